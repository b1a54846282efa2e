"""tools/find_browser.py: which browser the tests drive, on each kind of machine, present or absent.

Each machine is a fake: the files it has, its links, its PATH, its os-release. Nothing here looks
at the real machine, except the last tests, which run the command on a file made for them.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import subprocess
import sys
from pathlib import Path

import pytest

from tools import find_browser
from tools.find_browser import BrowserNotFound, Machine, choose, find, parse_os_release

PROJECT = Path(__file__).resolve().parents[2]
HOME = "/home/dev"
DEBIAN = {"ID": "debian"}
UBUNTU = {"ID": "ubuntu", "ID_LIKE": "debian"}
MINT = {"ID": "linuxmint", "ID_LIKE": "ubuntu debian"}
FEDORA = {"ID": "fedora"}
# Ubuntu's transitional chromium-browser package: a script that hands over to the snap.
SNAP_SCRIPT = b'#!/bin/sh\nif ! [ -x /snap/bin/chromium ]; then exit 1; fi\nexec /snap/bin/chromium "$@"\n'
# GitHub's hosted Ubuntu images (runner-images, install-google-chrome.sh).
RUNNER_CHROMIUM = "/usr/local/share/chromium/chrome-linux/chrome"
RUNNER_FILES = {"/opt/google/chrome/google-chrome", "/opt/google/chrome/chrome", RUNNER_CHROMIUM}
RUNNER_LINKS = {
    "/usr/bin/google-chrome": "/etc/alternatives/google-chrome",
    "/etc/alternatives/google-chrome": "/opt/google/chrome/google-chrome",
    "/usr/bin/google-chrome-stable": "/opt/google/chrome/google-chrome",
    "/usr/bin/chromium": RUNNER_CHROMIUM,
    "/usr/bin/chromium-browser": RUNNER_CHROMIUM,
}


def machine(
    files: set[str] = frozenset(),
    links: dict[str, str] | None = None,
    os_release: dict[str, str] = DEBIAN,
    env: dict[str, str] | None = None,
    scripts: dict[str, bytes] | None = None,
    path: tuple[str, ...] = ("/usr/local/bin", "/usr/bin", "/bin", "/snap/bin"),
    **details,
) -> Machine:
    """A machine whose executables are `files` (and `scripts`), reached also through `links`."""
    links = links or {}
    scripts = scripts or {}
    executables = set(files) | set(scripts)

    def realpath(name: str) -> str:
        for _ in range(10):
            if name not in links:
                return name
            name = links[name]
        raise AssertionError("link loop")

    def is_executable(name: str) -> bool:
        return realpath(name) in executables

    def which(command: str) -> str | None:
        return next((f"{folder}/{command}" for folder in path if is_executable(f"{folder}/{command}")), None)

    return Machine(
        env=env or {},
        os_release=os_release,
        is_executable=is_executable,
        which=which,
        realpath=realpath,
        head=lambda name: scripts.get(name, b"\x7fELF"),
        glob=lambda pattern: [name for name in sorted(executables) if fnmatch.fnmatch(name, pattern)],
        home=HOME,
        **details,
    )


# CHROMIUM, when set, decides alone.


def test_chromium_set_wins_over_everything():
    chosen = choose(machine({"/usr/bin/chromium", "/opt/custom/chrome"}, env={"CHROMIUM": "/opt/custom/chrome"}))
    assert (chosen.path, chosen.reason) == ("/opt/custom/chrome", "CHROMIUM=/opt/custom/chrome")


def test_chromium_may_name_a_command_on_path():
    chosen = choose(machine({"/usr/bin/brave-browser"}, env={"CHROMIUM": "brave-browser"}))
    assert chosen.path == "/usr/bin/brave-browser"


def test_chromium_set_but_absent_is_an_error_not_a_fallback():
    chosen = choose(machine({"/usr/bin/chromium"}, env={"CHROMIUM": "/usr/bin/google-chrome"}, is_root=True))
    assert chosen.path is None
    assert chosen.install == ()  # an explicit choice is not silently replaced or installed
    assert "CHROMIUM=/usr/bin/google-chrome is not an executable file" in chosen.reason
    with pytest.raises(BrowserNotFound, match="CHROMIUM=/usr/bin/google-chrome"):
        find(machine=machine({"/usr/bin/chromium"}, env={"CHROMIUM": "/usr/bin/google-chrome"}))


def test_empty_chromium_counts_as_unset():
    assert choose(machine({"/usr/bin/chromium"}, env={"CHROMIUM": " "})).path == "/usr/bin/chromium"


# Debian: its own Chromium first.


def test_debian_chromium_first_on_debian():
    chosen = choose(machine({"/usr/bin/chromium", "/usr/bin/google-chrome"}))
    assert (chosen.path, chosen.reason) == ("/usr/bin/chromium", "Debian's Chromium")


def test_google_chrome_when_debian_chromium_is_absent():
    chosen = choose(machine({"/usr/bin/google-chrome-stable"}))
    assert chosen.path == "/usr/bin/google-chrome-stable"
    assert chosen.reason.startswith("Google Chrome")


def test_another_chromium_on_path():
    assert choose(machine({"/usr/local/bin/chromium-browser"}, os_release=FEDORA)).path == (
        "/usr/local/bin/chromium-browser"
    )


# Ubuntu: Google Chrome first, and never a snap launcher.


def test_github_hosted_ubuntu_runner_gets_google_chrome():
    chosen = choose(machine(RUNNER_FILES, RUNNER_LINKS, os_release=UBUNTU))
    assert chosen.path == "/usr/bin/google-chrome"
    assert chosen.reason == "Google Chrome (google-chrome on PATH)"


def test_ubuntu_without_google_chrome_takes_a_chromium_that_is_not_a_snap():
    links = {"/usr/bin/chromium": RUNNER_CHROMIUM}
    assert choose(machine({RUNNER_CHROMIUM}, links, os_release=UBUNTU)).path == "/usr/bin/chromium"


def test_snap_launchers_are_passed_over():
    links = {"/snap/bin/chromium": "/usr/bin/snap"}
    scripts = {"/usr/bin/chromium-browser": SNAP_SCRIPT}
    fake = machine({"/usr/bin/snap"}, links, os_release=UBUNTU, scripts=scripts, python="py", has_playwright=True)
    chosen = choose(fake)
    assert chosen.path is None
    assert [note.split(":")[0] for note in chosen.passed_over] == ["/snap/bin/chromium", "/usr/bin/chromium-browser"]
    assert chosen.install == (("py", "-m", "playwright", "install", "chromium"),)


def test_ubuntu_derivatives_count_as_ubuntu():
    assert choose(machine(RUNNER_FILES, RUNNER_LINKS, os_release=MINT)).path == "/usr/bin/google-chrome"


def test_macos_applications():
    chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
    assert choose(machine({chrome}, os_release={}, platform="darwin")).path == chrome


# Playwright's own Chromium, when `playwright install` has put one in its cache.


def test_newest_playwright_chromium_in_the_cache():
    cache = f"{HOME}/.cache/ms-playwright"
    files = {
        f"{cache}/chromium-1187/chrome-linux/chrome",
        f"{cache}/chromium-1200/chrome-linux64/chrome",
        f"{cache}/chromium_headless_shell-1200/chrome-linux/headless_shell",
    }
    chosen = choose(machine(files, os_release=UBUNTU))
    assert (chosen.path, chosen.reason) == (f"{cache}/chromium-1200/chrome-linux64/chrome", "Playwright's Chromium")


def test_playwright_browsers_path_is_honoured():
    files = {
        "/srv/browsers/chromium-1200/chrome-linux/chrome",
        f"{HOME}/.cache/ms-playwright/chromium-1/chrome-linux/chrome",
    }
    chosen = choose(machine(files, os_release=FEDORA, env={"PLAYWRIGHT_BROWSERS_PATH": "/srv/browsers"}))
    assert chosen.path == "/srv/browsers/chromium-1200/chrome-linux/chrome"


def test_a_system_browser_comes_before_playwright_cache():
    files = {"/usr/bin/google-chrome", f"{HOME}/.cache/ms-playwright/chromium-1200/chrome-linux/chrome"}
    assert choose(machine(files, os_release=FEDORA)).path == "/usr/bin/google-chrome"


# None: install, the way that works on this system, or say what to do.


def test_none_on_debian_as_root_installs_chromium_with_apt():
    chosen = choose(machine(is_root=True))
    assert chosen.path is None
    assert chosen.install == (("apt-get", "update", "-qq"), ("apt-get", "install", "-y", "-qq", "chromium"))


def test_none_on_debian_as_a_user_installs_with_sudo():
    chosen = choose(machine({"/usr/bin/sudo"}))
    assert [command[:2] for command in chosen.install] == [("sudo", "apt-get"), ("sudo", "apt-get")]


def test_none_on_debian_without_root_or_sudo_says_so():
    chosen = choose(machine())
    assert (chosen.path, chosen.install) == (None, ())
    assert "needs root" in chosen.reason


@pytest.mark.parametrize("os_release", [UBUNTU, FEDORA, {}], ids=["ubuntu", "fedora", "unknown"])
def test_none_elsewhere_installs_playwright_chromium(os_release):
    chosen = choose(machine(os_release=os_release, is_root=True, python="/venv/bin/python", has_playwright=True))
    assert chosen.install == (("/venv/bin/python", "-m", "playwright", "install", "chromium"),)


def test_none_elsewhere_without_playwright_is_a_clear_error():
    chosen = choose(machine(os_release=UBUNTU, has_playwright=False))
    assert (chosen.path, chosen.install) == (None, ())
    with pytest.raises(BrowserNotFound) as raised:
        find(machine=machine(os_release=UBUNTU, has_playwright=False))
    message = str(raised.value)
    assert "No Chromium or Google Chrome found" in message
    assert "set CHROMIUM" in message


def test_without_install_find_says_how_to_get_one():
    with pytest.raises(BrowserNotFound, match=r"--install` \(which `make test` runs\) would install Debian's"):
        find(machine=machine(is_root=True))


def test_install_runs_the_commands_then_finds_the_browser(monkeypatch):
    files: set[str] = set()
    ran = []

    def run(command, **options):
        ran.append(tuple(command))
        if command[-1] == "chromium":
            files.add("/usr/bin/chromium")  # what `apt-get install chromium` leaves behind
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(find_browser.subprocess, "run", run)
    fake = dataclasses.replace(machine(is_root=True), is_executable=lambda name: name in files)
    assert find(install=True, machine=fake) == "/usr/bin/chromium"
    assert ran == [("apt-get", "update", "-qq"), ("apt-get", "install", "-y", "-qq", "chromium")]


def test_a_failed_install_is_reported(monkeypatch):
    monkeypatch.setattr(find_browser.subprocess, "run", lambda command, **_: subprocess.CompletedProcess(command, 100))
    with pytest.raises(BrowserNotFound, match=r"`apt-get update -qq` failed \(exit status 100\)"):
        find(install=True, machine=machine(is_root=True))


def test_os_release_parsing():
    text = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n# a comment\n\nVERSION_ID="22"\n'
    fields = parse_os_release(text)
    assert (fields["ID"], fields["ID_LIKE"], fields["VERSION_ID"]) == ("linuxmint", "ubuntu debian", "22")


# The command, as the Makefile runs it.


def test_command_prints_the_chosen_path(tmp_path):
    browser = tmp_path / "my-chrome"
    browser.write_text("#!/bin/sh\n")
    browser.chmod(0o755)
    command = [sys.executable, str(PROJECT / "tools" / "find_browser.py"), "--verbose"]
    completed = subprocess.run(
        command, env={"CHROMIUM": str(browser), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, check=False
    )
    assert (completed.returncode, completed.stdout) == (0, f"{browser}\n")
    assert f"CHROMIUM={browser}" in completed.stderr


def test_command_explains_a_missing_browser(tmp_path):
    command = [sys.executable, "-m", "tools.find_browser"]
    env = {"CHROMIUM": str(tmp_path / "absent"), "PATH": "/usr/bin:/bin"}
    completed = subprocess.run(command, env=env, cwd=PROJECT, capture_output=True, text=True, check=False)
    assert (completed.returncode, completed.stdout) == (1, "")
    assert "is not an executable file" in completed.stderr
