#!/usr/bin/env python3
"""Find the Chromium (or Google Chrome) that the tests and the benchmark drive, or install one.

One answer for the Makefile, the tests and the benchmark, in this order:

1. `CHROMIUM`, when set (a path, or a command on PATH); nothing else is tried then;
2. Debian's Chromium, /usr/bin/chromium;
3. Google Chrome, then any other Chromium the machine has (on PATH or where installers put it);
4. the Chromium of Playwright's own cache, if `playwright install` has put one there;
5. none: with `--install`, Debian's `chromium` package through apt on Debian, Playwright's
   Chromium (`python -m playwright install chromium`) elsewhere; without, a message saying so.

On Ubuntu, apt's `chromium` and `chromium-browser` are transitional packages for a snap, whose
launcher Playwright cannot drive, and GitHub's hosted runners link /usr/bin/chromium to a
Chromium snapshot that has had start-up problems there (actions/runner-images#12096) while they
carry Google Chrome at /usr/bin/google-chrome. So on Ubuntu and its derivatives Google Chrome
comes before /usr/bin/chromium, and snap launchers are skipped everywhere.

    python3 tools/find_browser.py            # print the browser's path, or explain and exit 1
    python3 tools/find_browser.py --install  # install one first if the machine has none
    python3 tools/find_browser.py --verbose  # also say why, and what was passed over

Standard library only: it runs before any environment exists, with any Python >= 3.11.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEBIAN_CHROMIUM = "/usr/bin/chromium"
GOOGLE_CHROME = ("google-chrome", "google-chrome-stable")
GOOGLE_CHROME_PATHS = (
    "/opt/google/chrome/chrome",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
)
OTHER_CHROMIUM = ("chromium", "chromium-browser", "chrome")
OTHER_CHROMIUM_PATHS = ("/Applications/Chromium.app/Contents/MacOS/Chromium",)
# Inside a Playwright cache: chromium-<revision>/<platform folder>/<executable>.
PLAYWRIGHT_EXECUTABLES = (
    "chromium-*/chrome-linux*/chrome",
    "chromium-*/chrome-mac*/Chromium.app/Contents/MacOS/Chromium",
    "chromium-*/chrome-mac*/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
    "chromium-*/chrome-win*/chrome.exe",
)
HELP = "Install Google Chrome or Chromium, or set CHROMIUM to the path of one."


class BrowserNotFound(RuntimeError):
    """No browser on the machine, and none could be installed."""


@dataclass(frozen=True)
class Machine:
    """What the choice depends on; tests pass fakes, `Machine.this()` the real thing."""

    env: Mapping[str, str]
    os_release: Mapping[str, str]
    is_executable: Callable[[str], bool]
    which: Callable[[str], str | None]
    realpath: Callable[[str], str]
    head: Callable[[str], bytes]  # the first bytes of a file, to recognise a snap launcher script
    glob: Callable[[str], list[str]]
    home: str
    platform: str = "linux"
    is_root: bool = False
    python: str = "python3"  # the interpreter that would run `playwright install`
    has_playwright: bool = False

    @classmethod
    def this(cls) -> Machine:
        return cls(
            env=os.environ,
            os_release=read_os_release(),
            is_executable=lambda path: os.path.isfile(path) and os.access(path, os.X_OK),
            which=shutil.which,
            realpath=os.path.realpath,
            head=_head,
            glob=glob.glob,
            home=str(Path.home()),
            platform=sys.platform,
            is_root=hasattr(os, "geteuid") and os.geteuid() == 0,
            python=sys.executable,
            has_playwright=importlib.util.find_spec("playwright") is not None,
        )


@dataclass(frozen=True)
class Choice:
    """The browser to launch (`path`, and why), or none: then how one would be installed."""

    path: str | None
    reason: str
    install: tuple[tuple[str, ...], ...] = ()  # commands that install one, when there is a way
    passed_over: tuple[str, ...] = field(default=())


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(4096)
    except OSError:
        return b""


def read_os_release(paths: Sequence[str] = ("/etc/os-release", "/usr/lib/os-release")) -> dict[str, str]:
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            continue
        return parse_os_release(text)
    return {}


def parse_os_release(text: str) -> dict[str, str]:
    fields = {}
    for line in text.splitlines():
        name, equals, value = line.strip().partition("=")
        if equals and not name.startswith("#"):
            fields[name] = value.strip().strip("\"'")
    return fields


def distribution(os_release: Mapping[str, str]) -> set[str]:
    """The distribution and those it derives from: {"ubuntu", "debian"} for Ubuntu or Mint."""
    return {os_release.get("ID", "").lower(), *os_release.get("ID_LIKE", "").lower().split()} - {""}


def is_snap(machine: Machine, path: str) -> bool:
    """A snap's launcher: /snap/bin/chromium, a link to /usr/bin/snap, or Ubuntu's transitional script."""
    real = machine.realpath(path)
    if path.startswith("/snap/") or real.startswith("/snap/") or os.path.basename(real) == "snap":
        return True
    head = machine.head(real)
    return head.startswith(b"#!") and b"/snap/bin/" in head


def playwright_cache(machine: Machine) -> str | None:
    """Where `playwright install` puts browsers on this platform (PLAYWRIGHT_BROWSERS_PATH wins)."""
    configured = machine.env.get("PLAYWRIGHT_BROWSERS_PATH")
    if configured == "0":  # inside the playwright package itself: not looked into
        return None
    if configured:
        return configured
    if machine.platform == "darwin":
        return os.path.join(machine.home, "Library", "Caches", "ms-playwright")
    if machine.platform.startswith("win"):
        return os.path.join(machine.env.get("LOCALAPPDATA", machine.home), "ms-playwright")
    return os.path.join(machine.env.get("XDG_CACHE_HOME") or os.path.join(machine.home, ".cache"), "ms-playwright")


def _revision(path: str) -> int:
    match = re.search(r"chromium-(\d+)", path)
    return int(match.group(1)) if match else -1


def candidates(machine: Machine) -> list[tuple[str, str]]:
    """Every (path, description) worth trying, best first, as they would be looked up."""
    ubuntu = "ubuntu" in distribution(machine.os_release)
    debian = [(DEBIAN_CHROMIUM, "Debian's Chromium")]
    chrome = [(machine.which(name), f"Google Chrome ({name} on PATH)") for name in GOOGLE_CHROME]
    chrome += [(path, "Google Chrome") for path in GOOGLE_CHROME_PATHS]
    others = [(machine.which(name), f"Chromium ({name} on PATH)") for name in OTHER_CHROMIUM]
    others += [(path, "Chromium") for path in OTHER_CHROMIUM_PATHS]
    cache = playwright_cache(machine)
    playwright = []
    if cache:
        found = [path for pattern in PLAYWRIGHT_EXECUTABLES for path in machine.glob(os.path.join(cache, pattern))]
        playwright = [(path, "Playwright's Chromium") for path in sorted(found, key=_revision, reverse=True)]
    ordered = (chrome + debian if ubuntu else debian + chrome) + others + playwright
    seen: set[str] = set()
    unique = []
    for path, description in ordered:
        if path and path not in seen:
            seen.add(path)
            unique.append((path, description))
    return unique


def install_commands(machine: Machine) -> tuple[tuple[tuple[str, ...], ...], str]:
    """The commands that install a browser here and what they install, or no commands and why."""
    family = distribution(machine.os_release)
    if "debian" in family and "ubuntu" not in family:
        sudo: tuple[str, ...] = ()
        if not machine.is_root:
            if not machine.which("sudo"):
                return (), "Debian's chromium package needs root (apt-get install chromium)"
            sudo = ("sudo",)
        return (
            (*sudo, "apt-get", "update", "-qq"),
            (*sudo, "apt-get", "install", "-y", "-qq", "chromium"),
        ), "Debian's chromium package, with apt"
    if machine.has_playwright:
        return ((machine.python, "-m", "playwright", "install", "chromium"),), "Playwright's Chromium"
    return (), "Playwright, which would install its own Chromium, is not installed in this Python"


def choose(machine: Machine) -> Choice:
    """The browser to use on `machine`, following the order in this module's docstring."""
    wanted = machine.env.get("CHROMIUM", "").strip()
    if wanted:
        path = wanted if "/" in wanted or os.sep in wanted else machine.which(wanted)
        if path and machine.is_executable(path):
            return Choice(path, f"CHROMIUM={wanted}")
        return Choice(None, f"CHROMIUM={wanted} is not an executable file")

    passed_over = []
    for path, description in candidates(machine):
        if not machine.is_executable(path):
            continue
        if is_snap(machine, path):
            passed_over.append(f"{path}: a snap launcher, which Playwright cannot drive")
            continue
        return Choice(path, description, passed_over=tuple(passed_over))

    commands, what = install_commands(machine)
    if commands:
        return Choice(None, what, install=commands, passed_over=tuple(passed_over))
    return Choice(None, f"no Chromium or Google Chrome found, and {what}", passed_over=tuple(passed_over))


def find(install: bool = False, machine: Machine | None = None, log: Callable[[str], None] | None = None) -> str:
    """The path of the browser to launch; with `install`, install one first if there is none.

    Raises BrowserNotFound with a message that says what to do.
    """
    machine = machine or Machine.this()
    choice = choose(machine)
    if choice.path is None and choice.install:
        if not install:
            raise BrowserNotFound(
                f"No Chromium or Google Chrome found. `python3 tools/find_browser.py --install` (which "
                f"`make test` runs) would install {choice.reason}. {HELP}"
            )
        if log:
            log(f"no Chromium or Google Chrome found; installing {choice.reason}")
        for command in choice.install:
            if log:
                log("$ " + " ".join(command))
            # The installer's output goes to stderr (descriptor 2): stdout carries the answer alone.
            completed = subprocess.run(command, stdout=2, check=False)
            if completed.returncode != 0:
                raise BrowserNotFound(f"`{' '.join(command)}` failed (exit status {completed.returncode}). {HELP}")
        choice = choose(machine)
    if log:
        for note in choice.passed_over:
            log("passed over " + note)
        if choice.path:
            log(f"{choice.reason}: {choice.path}")
    if choice.path is None:
        reason = choice.reason if not choice.install else "installed, yet still no browser found"
        raise BrowserNotFound(f"{reason[0].upper()}{reason[1:]}. {HELP}")
    return choice.path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="find_browser", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--install", action="store_true", help="install a browser if the machine has none")
    parser.add_argument("--verbose", "-v", action="store_true", help="say which browser and why, on stderr")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"find_browser: {message}", file=sys.stderr)

    try:
        path = find(install=args.install, log=log if args.verbose else None)
    except BrowserNotFound as error:
        log(str(error))
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
