"""`python -m sitebuild finish SITE_DIR`: the post-build step, without any site generator."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import BuildError
from .finish import finish


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitebuild", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    finishing = commands.add_parser("finish", help="ship the runtime and wheel, split search, write the CSP")
    finishing.add_argument("site_dir", type=Path)
    finishing.add_argument("--no-csp-in-pages", action="store_true", help="for a development server's own scripts")
    args = parser.parse_args(argv)
    try:
        shipped = finish(args.site_dir, csp_in_pages=not args.no_csp_in_pages)
    except BuildError as error:
        print(f"sitebuild: {error}", file=sys.stderr)
        return 1
    print(f"sitebuild: finished {args.site_dir} (Pyodide {shipped.pyodide_version}, {shipped.package_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
