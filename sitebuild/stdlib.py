"""A trimmed standard library for the browser: the modules the calculators and Pyodide's own
start-up import, compiled to bytecode by Pyodide's Python 3.14 under Node (sitebuild/stdlib.mjs),
never by the host's Python, whose bytecode would not match.

The full `python_stdlib.zip` of the npm package holds 614 source files (2.5 MB, every one
compiled again at each start); the trimmed one holds the 150 or so that the site loads, already
compiled. It is served from the wheel's folder (`assets/calculators/<hash>/`), whose hash covers
the wheel and the Pyodide version, the two things the list of modules depends on. The golden
table (tests/pyodide) and the browser tests run against it, so a module it lacks fails there.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

from .errors import BuildError

NAME = "python_stdlib.zip"


def trimmed(project: Path, wheel: Path, pyodide_version: str, cache: Path) -> Path:
    """The trimmed standard library for `wheel` (built once per wheel and Pyodide version)."""
    script = project / "sitebuild" / "stdlib.mjs"
    importer = project / "docs" / "assets" / "js" / "worker" / "wheel.js"  # imported by the script
    inputs = wheel.read_bytes() + pyodide_version.encode() + script.read_bytes() + importer.read_bytes()
    digest = hashlib.sha256(inputs).hexdigest()[:16]
    target = cache / digest / NAME
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    node = shutil.which("node")
    if node is None:
        raise BuildError("Node.js is needed to compile the standard library inside Pyodide (`make setup`).")
    completed = subprocess.run(
        [node, str(script), str(wheel), str(partial)],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
        timeout=600,
    )
    if completed.returncode != 0 or not partial.exists():
        raise BuildError(f"Trimming the standard library in Pyodide failed:\n{completed.stdout}\n{completed.stderr}")
    partial.replace(target)
    return target
