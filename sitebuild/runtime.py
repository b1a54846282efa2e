"""Ship Python to the browser: the pinned Pyodide runtime, the `calculators` wheel, and a lockfile
(and Chart.js, the other front-end package the calculators use).

The runtime comes from the npm package `pyodide` (pinned in package-lock.json) and is served
from the site itself. The wheel is built with the standard `build` frontend and added, with
its sha256, to a copy of Pyodide's lockfile by pyodide-build's `pyodide lockfile add-wheels`,
where the worker reads the sha256 it checks the wheel against before Python imports it.

Both live under versioned folders, `assets/pyodide/<pyodide version>/` and
`assets/calculators/<hash of the wheel>/`, so a cache (the browser's or the service worker's)
can keep them forever and a new deploy never pairs a new page with an old wheel.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from . import stdlib
from .errors import BuildError

# The standard library is not among them: the site ships a trimmed one beside the wheel (stdlib.py).
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")


@dataclass(frozen=True)
class Runtime:
    """Where the site serves Python from, relative to the site root."""

    wheel: Path
    pyodide_version: str
    chartjs_version: str

    @property
    def pyodide_dir(self) -> str:
        return f"assets/pyodide/{self.pyodide_version}/"

    @property
    def chart_script(self) -> str:
        """Chart.js, from npm, for the pages that draw charts."""
        return f"assets/vendor/chart.js/{self.chartjs_version}/chart.umd.min.js"

    @property
    def package_dir(self) -> str:
        """The wheel's folder, with the trimmed standard library compiled for this Pyodide."""
        digest = hashlib.sha256(self.wheel.read_bytes() + self.pyodide_version.encode()).hexdigest()
        return f"assets/calculators/{digest[:16]}/"


def runtime_source(project: Path) -> Path:
    source = project / "node_modules" / "pyodide"
    if not (source / "pyodide.mjs").exists():
        raise BuildError("The Pyodide runtime is missing: run `npm ci` (or `make setup`) first.")
    return source


def _tree_digest(package: Path) -> str:
    """A digest of the package's files (code and data), so an unchanged package reuses its wheel."""
    digest = hashlib.sha256()
    for path in sorted(path for path in package.rglob("*") if path.is_file() and "__pycache__" not in path.parts):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_wheel(project: Path, cache: Path) -> Path:
    """Build (or reuse) the wheel of `calculators` with the standard frontend, offline."""
    out = cache / _tree_digest(project / "calculators")
    wheels = sorted(out.glob("calculators-*.whl"))
    if wheels:
        return wheels[-1]
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(project)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise BuildError(f"Building the calculators wheel failed:\n{completed.stdout}\n{completed.stderr}")
    return sorted(out.glob("calculators-*.whl"))[-1]


def prepare(project: Path) -> Runtime:
    """Build the wheel (before pages render, so forms can name its folder)."""
    source = runtime_source(project)
    version = json.loads((source / "package.json").read_text(encoding="utf-8"))["version"]
    chartjs = json.loads((project / "node_modules" / "chart.js" / "package.json").read_text(encoding="utf-8"))[
        "version"
    ]
    return Runtime(build_wheel(project, project / "build" / "wheels"), version, chartjs)


def write_lockfile(source_lock: Path, wheel: Path, destination: Path) -> None:
    """Add the wheel to a copy of Pyodide's lockfile, then keep only what the site ships."""
    pyodide = Path(sys.executable).with_name("pyodide")
    full = destination.with_name("pyodide-lock.full.json")
    command = [str(pyodide), "lockfile", "add-wheels", "--input", str(source_lock), "--output", str(full), str(wheel)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise BuildError(f"`pyodide lockfile add-wheels` failed:\n{completed.stdout}\n{completed.stderr}")
    lock = json.loads(full.read_text(encoding="utf-8"))
    full.unlink()
    # The npm package carries no other packages, so entries for them would only point at 404s.
    lock["packages"] = {name: spec for name, spec in lock["packages"].items() if name == "calculators"}
    destination.write_text(json.dumps(lock, indent=1, sort_keys=True), encoding="utf-8")


def install(project: Path, site_dir: Path, runtime: Runtime) -> None:
    """Put the runtime and the wheel with its lockfile into their versioned folders."""
    source = runtime_source(project)
    pyodide_dir = site_dir / runtime.pyodide_dir
    pyodide_dir.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        destination = pyodide_dir / name
        if not destination.exists() or destination.stat().st_size != (source / name).stat().st_size:
            shutil.copyfile(source / name, destination)
    chart_script = site_dir / runtime.chart_script
    chart_script.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(project / "node_modules" / "chart.js" / "dist" / "chart.umd.min.js", chart_script)
    package_dir = site_dir / runtime.package_dir
    if package_dir.parent.exists():  # `mkdocs serve` reuses the folder: drop older wheels
        shutil.rmtree(package_dir.parent)
    package_dir.mkdir(parents=True)
    shipped = package_dir / runtime.wheel.name
    shutil.copyfile(runtime.wheel, shipped)
    write_lockfile(source / "pyodide-lock.json", shipped, package_dir / "pyodide-lock.json")
    library = stdlib.trimmed(project, runtime.wheel, runtime.pyodide_version, project / "build" / "stdlib")
    shutil.copyfile(library, package_dir / stdlib.NAME)


def stamp_service_worker(site_dir: Path, runtime: Runtime) -> None:
    """Tell the service worker which build it serves: its version and versioned folders."""
    worker = site_dir / "sw.js"
    build = {
        "version": runtime.package_dir.rstrip("/").rsplit("/", 1)[-1],
        "runtime": runtime.pyodide_dir,
        "package": runtime.package_dir,
    }
    text = worker.read_text(encoding="utf-8")
    placeholder = 'const BUILD = { version: "dev", runtime: "", package: "" };'
    if placeholder not in text:
        raise BuildError("docs/sw.js lost its BUILD placeholder")
    worker.write_text(text.replace(placeholder, f"const BUILD = {json.dumps(build)};"), encoding="utf-8")
    stray = site_dir / "fr" / "sw.js"  # the French build copies static files too; one worker serves all
    if stray.exists():
        stray.unlink()
