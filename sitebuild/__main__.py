"""`python -m sitebuild`: the build's steps, without any site generator.

python -m sitebuild stage OUT_DIR      # docs/ with every page expanded, French under fr/
python -m sitebuild finish SITE_DIR    # ship the runtime and wheel, split search, write the CSP
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import BuildError
from .finish import PROJECT, finish
from .stage import stage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitebuild", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    finishing = commands.add_parser("finish", help="ship the runtime and wheel, split search, write the CSP")
    finishing.add_argument("site_dir", type=Path)
    finishing.add_argument("--no-csp-in-pages", action="store_true", help="for a development server's own scripts")
    staging = commands.add_parser("stage", help="write docs/ expanded, for a generator that runs no hook")
    staging.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "stage":
            count = stage(PROJECT, args.out_dir)
            print(f"sitebuild: staged {count} pages in {args.out_dir}")
            return 0
        shipped = finish(args.site_dir, csp_in_pages=not args.no_csp_in_pages)
    except BuildError as error:
        print(f"sitebuild: {error}", file=sys.stderr)
        return 1
    print(f"sitebuild: finished {args.site_dir} (Pyodide {shipped.pyodide_version}, {shipped.package_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
