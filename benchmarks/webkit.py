"""The same cold and warm starts in WebKit, Safari's engine (every iPhone reader's), reported
beside Chromium's with no budget yet.

Debian's `webkit2gtk-driver` gives WebKitWebDriver, driven here with Selenium; it needs a
display, so the benchmark runs it under `xvfb-run` when there is none. WebKit has no network
emulation through WebDriver, so only the localhost profile is measured. Each cold visit is a
new WebDriver session (an ephemeral profile); the warm visit is the same reader coming back,
once the service worker and the memory snapshot are in place. Times are read inside the page:
the `calculators:ready` mark (the site's runtime-client.js and the baseline both set it), in ms
since navigation start.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

DRIVER = "WebKitWebDriver"
READY_SECONDS = 240
SNAPSHOT_SECONDS = 120

READY_MARK = "return performance.getEntriesByName('calculators:ready')[0]?.startTime ?? null;"
SNAPSHOT_SAVED = """const done = arguments[arguments.length - 1];
caches.open("immutable").then((cache) => cache.keys())
  .then((keys) => done(keys.some((request) => request.url.endsWith("/python-memory.snapshot"))))
  .catch(() => done(false));"""
CONTROLLED = "return Boolean(navigator.serviceWorker && navigator.serviceWorker.controller);"


def available() -> str | None:
    """Why WebKit cannot be measured here, or None if it can."""
    if shutil.which(DRIVER) is None:
        return f"{DRIVER} not found (Debian: apt-get install webkit2gtk-driver)"
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run") is None:
        return "no display and no xvfb-run (Debian: apt-get install xvfb)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    return None


def _session() -> Any:
    from selenium import webdriver

    options = webdriver.WebKitGTKOptions()
    options.add_argument("--automation")
    return webdriver.WebKitGTK(options=options)


def _wait(driver: Any, script: str, seconds: float, asynchronous: bool = False) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = driver.execute_async_script(script) if asynchronous else driver.execute_script(script)
        if value:
            return value
        time.sleep(0.25)
    raise TimeoutError(script[:60])


def measure(site_url: str, baseline_url: str, text_url: str, runs: int) -> dict[str, list[float]]:
    """Cold and warm ready for the site, cold ready for the baseline, in ms, `runs` each."""
    figures: dict[str, list[float]] = {"cold_ready": [], "warm_ready": [], "baseline_cold_ready": []}
    for _ in range(runs):
        driver = _session()
        try:
            driver.set_script_timeout(30)
            driver.get(baseline_url)
            figures["baseline_cold_ready"].append(_wait(driver, READY_MARK, READY_SECONDS))
        finally:
            driver.quit()
        driver = _session()
        try:
            driver.set_script_timeout(30)
            driver.get(site_url)
            figures["cold_ready"].append(_wait(driver, READY_MARK, READY_SECONDS))
            _wait(driver, CONTROLLED, 60)
            _wait(driver, SNAPSHOT_SAVED, SNAPSHOT_SECONDS, asynchronous=True)
            driver.get(text_url)
            driver.get(site_url)
            figures["warm_ready"].append(_wait(driver, READY_MARK, READY_SECONDS))
        finally:
            driver.quit()
    return figures


def run(site_url: str, baseline_url: str, text_url: str, runs: int) -> dict[str, list[float]] | str:
    """Measure in a child process (under xvfb-run when there is no display); return the figures
    or why there are none."""
    missing = available()
    if missing:
        return missing
    command = [sys.executable, str(Path(__file__).resolve()), site_url, baseline_url, text_url, str(runs)]
    if not os.environ.get("DISPLAY"):
        command = ["xvfb-run", "--auto-servernum", *command]
    completed = subprocess.run(command, capture_output=True, text=True, check=False, timeout=3600)
    if completed.returncode != 0:
        return "WebKit run failed: " + (completed.stderr.strip().splitlines() or ["no output"])[-1][:300]
    result: dict[str, list[float]] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def table(figures: dict[str, list[float]] | str, chromium: dict[str, float]) -> str:
    """WebKit's medians beside Chromium's (localhost profile), with each one's ratio to its own
    engine's baseline."""
    if isinstance(figures, str):
        return f"Not measured: {figures}.\n"
    base = statistics.median(figures["baseline_cold_ready"])
    lines = [
        "| Measure (localhost, ms) | WebKit: site | baseline | ratio | Chromium: site | baseline | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, title in (("cold_ready", "Cold: runtime ready"), ("warm_ready", "Warm: runtime ready")):
        value = statistics.median(figures[name])
        chromium_value, chromium_base = chromium[name], chromium["baseline_cold_ready"]
        lines.append(
            f"| {title} | {value:.0f} | {base:.0f} | {value / base:.2f} | "
            f"{chromium_value:.0f} | {chromium_base:.0f} | {chromium_value / chromium_base:.2f} |"
        )
    runs = ", ".join(f"{name}: " + ", ".join(f"{value:.0f}" for value in values) for name, values in figures.items())
    return "\n".join(lines) + f"\n\nWebKit runs (ms): {runs}.\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="WebKit cold and warm starts (run by benchmarks/run.py)")
    parser.add_argument("site_url")
    parser.add_argument("baseline_url")
    parser.add_argument("text_url")
    parser.add_argument("runs", type=int)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.site_url, args.baseline_url, args.text_url, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
