"""Measure the site's load budget in Chromium against a main-thread Pyodide baseline, in two
network profiles (benchmarks/network.py): 127.0.0.1 as it is, and 10 Mbit/s with 60 ms round
trips from a gzip-compressing server, as GitHub Pages serves.

    .venv/bin/python benchmarks/run.py            # full run (5 runs each), rewrites benchmarks/README.md
    .venv/bin/python benchmarks/run.py --short    # one run each, report to stdout (what CI does)

The site is built, served on 127.0.0.1 and driven by the Chromium tools/find_browser.py finds.
The baseline page (a copy of the measured page with benchmarks/baseline.js in place of the
site's script, and its pre-rendered results blanked) loads the npm package's runtime, whole
standard library included, and the same wheel, the way other Pyodide-in-MkDocs projects do: on
the main thread, as soon as the page loads. Every ratio compares two medians of this one run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from benchmarks import measure as visits  # noqa: E402
from benchmarks import webkit  # noqa: E402
from benchmarks.calls import table as calls_table  # noqa: E402
from benchmarks.measure import Samples  # noqa: E402
from benchmarks.network import PROFILES, Profile  # noqa: E402
from benchmarks.report import spreads  # noqa: E402
from benchmarks.report import table as budget_table  # noqa: E402
from tests.support.chromium import launch  # noqa: E402
from tests.support.server import Encoding, Ledger, serve  # noqa: E402

PREFIX = "/guide/"
CALCULATOR_PAGE = "methods/live-gifts/"
TEXT_PAGE = "glossary/"  # the home opens on a calculator; the glossary has none
CALCULATOR_LINK = 'a[href$="methods/live-gifts/"]'  # on the text page: its navigation's link
PAGE_SCRIPT = "assets/js/page.js"  # the site's entry module (mkdocs.yml, extra_javascript)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def build(site_dir: Path, site_url: str, config: Path) -> float:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(config),
            "--site-dir",
            str(site_dir),
        ],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


OUTPUT = re.compile(r"(<output\b[^>]*>)(.*?)(</output>)", re.DOTALL)
PRELOAD = re.compile(r'<link rel="preload"[^>]*>')
CSP = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')
EARLY_START = re.compile(r'<meta name="calculators-runtime"[^>]*><script type="module" async src="[^"]*"></script>')

# Each lever measured by taking it away: a copy of the measured page without it, in the same run.
# `full stdlib` points the copy's form at a copy of the wheel's folder holding the npm package's
# whole, uncompiled standard library instead of the trimmed one. Flags: full stdlib, no preload
# hints, no early worker start (the page script starts the worker, as before early-start.js).
VARIANTS = {
    "no_preload": ("without preload hints", False, True, False),
    "no_early": ("the worker started by the page script, not from the head", False, False, True),
    "before": ("without preload hints, whole uncompiled standard library (the site before)", True, True, True),
}


def make_baseline(site_dir: Path, page: str) -> str:
    """A copy of `page` (same depth, so its links still work) running benchmarks/baseline.js
    instead of the site's script, with no pre-rendered result (the naive way has none); returns
    its path. The baseline loads the whole standard library from the runtime folder, as the npm
    package lays it out."""
    html = (site_dir / page / "index.html").read_text(encoding="utf-8")
    site_script = re.search(rf'<script src="([^"]*{re.escape(PAGE_SCRIPT)})" type="module"></script>', html)
    if site_script is None:
        raise SystemExit(f"the measured page does not load {PAGE_SCRIPT}")
    root = site_script.group(1).removesuffix(PAGE_SCRIPT)
    baseline = (PROJECT / "benchmarks" / "baseline.js").read_text(encoding="utf-8")
    html = html.replace(site_script.group(0), f'<script type="module">{baseline}</script>')
    html = html.replace('<form class="calc"', f'<form data-root="{root}" class="calc"', 1)
    html = OUTPUT.sub(lambda match: match.group(1) + match.group(3), html)
    html = PRELOAD.sub("", html)  # the naive way has no hints
    html = EARLY_START.sub("", html)  # and starts no worker of ours
    html = CSP.sub("", html)  # nor a content security policy (which would block its inline script)
    target = page.rstrip("/") + "-baseline/"
    (site_dir / target).mkdir(parents=True)
    (site_dir / target / "index.html").write_text(html, encoding="utf-8")
    for runtime in (site_dir / "assets" / "pyodide").iterdir():
        stdlib = runtime / "python_stdlib.zip"
        if not stdlib.exists():
            shutil.copyfile(PROJECT / "node_modules" / "pyodide" / "python_stdlib.zip", stdlib)
    return target


def make_variant(site_dir: Path, page: str, name: str) -> str:
    """A copy of `page` without one or more levers (VARIANTS); returns its path."""
    _, full_stdlib, strip_preload, strip_early = VARIANTS[name]
    html = (site_dir / page / "index.html").read_text(encoding="utf-8")
    if strip_preload:
        html = PRELOAD.sub("", html)
    if strip_early:
        html, found = EARLY_START.subn("", html)
        if not found:
            raise SystemExit(f"{page} has no early start to take away")
    if full_stdlib:
        named = re.search(r"assets/calculators/([0-9a-f]+)/", html)
        if named is None:
            raise SystemExit(f"{page} names no wheel folder")
        package = site_dir / "assets" / "calculators" / named.group(1)
        copy = package.with_name(package.name + "f0")  # still a hex name: sw.js caches it like the others
        if not copy.exists():
            shutil.copytree(package, copy)
            shutil.copyfile(PROJECT / "node_modules" / "pyodide" / "python_stdlib.zip", copy / "python_stdlib.zip")
        html = html.replace(f"assets/calculators/{package.name}/", f"assets/calculators/{copy.name}/")
    target = page.rstrip("/") + f"-{name.replace('_', '-')}/"
    (site_dir / target).mkdir(parents=True)
    (site_dir / target / "index.html").write_text(html, encoding="utf-8")
    return target


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(
    base: str,
    baseline: str,
    page: str,
    variants: dict[str, str],
    runs: int,
    keystrokes: int,
    switch: list[Profile],
    ledger: Ledger,
) -> tuple[Samples, dict[str, float]]:
    """Every measure in both profiles. Baseline and site take turns, run after run, so that a
    change in the machine's load touches both alike. `switch` tells the server which profile
    is being measured (its encoding)."""
    samples = Samples()
    checks: dict[str, float] = {}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for run in range(runs):
            for profile in PROFILES:
                switch[0] = profile
                print(f"run {run + 1}/{runs}, {profile.name}", file=sys.stderr, flush=True)
                visits.baseline_visit(browser, base + baseline, profile, samples, ledger)
                visits.site_visit(browser, base + page, base + TEXT_PAGE, profile, keystrokes, samples, ledger)
                for name, variant in variants.items():
                    visits.cold_visit(browser, base + variant, profile, samples, name + "_", ledger)
        for profile in PROFILES:
            switch[0] = profile
            runtime = visits.text_page_visit(browser, base + TEXT_PAGE, profile, samples, ledger)
            checks[f"{profile.name}:bytes_text_page"] = len(runtime)
            visits.click_through(browser, base + TEXT_PAGE, CALCULATOR_LINK, profile, samples)
            samples.add(profile.name, "keystroke_p95", percentile(samples.all(profile.name, "keystroke"), 0.95))
            checks[f"{profile.name}:first_result"] = min(samples.all(profile.name, "result_at_paint"))
        browser.close()
    return samples, checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true", help="one run of each measure; print the report only")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-webkit", action="store_true", help="skip the WebKit figures (benchmarks/webkit.py)")
    parser.add_argument(
        "--config-file", type=Path, default=PROJECT / "mkdocs.yml", help="the MkDocs configuration to build"
    )
    parser.add_argument("--page", default=CALCULATOR_PAGE, help="the calculator page to measure (live-gifts)")
    parser.add_argument(
        "--output", type=Path, help="write the report here (default: benchmarks/README.md unless --short)"
    )
    args = parser.parse_args(argv)
    runs, keystrokes = (1, 5) if args.short else (args.runs, 30)

    port = free_port()
    site_url = f"http://127.0.0.1:{port}{PREFIX}"
    switch: list[Profile] = [PROFILES[0]]

    def encoding() -> Encoding:
        return switch[0].encoding

    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        build_seconds = build(site_dir, site_url, args.config_file)
        baseline = make_baseline(site_dir, args.page)
        variants = {name: make_variant(site_dir, args.page, name) for name in VARIANTS}
        ledger = Ledger()  # bytes on the wire, as the server sent them
        with serve(site_dir, PREFIX, port, cache_control="max-age=600", encoding=encoding, ledger=ledger) as base:
            samples, checks = measure(base, baseline, args.page, variants, runs, keystrokes, switch, ledger)
            switch[0] = PROFILES[0]
            webkit_figures = (
                "skipped (--no-webkit)"
                if args.no_webkit
                else webkit.run(base + args.page, base + baseline, base + TEXT_PAGE, runs)
            )
        calls = calls_table(next((site_dir / "assets" / "calculators").iterdir()))
    table, met = budget_table(samples, checks)
    build_row = f"\nFull build: {build_seconds:.1f} s (budget < 15 s: {'met' if build_seconds < 15 else 'NOT MET'}).\n"
    report = (
        f"Runs: {runs} per measure, headless Chromium, {os.cpu_count()} cores, one run of `benchmarks/run.py`; "
        "profiles: "
        + "; ".join(f"**{profile.name}**, {profile.title}" for profile in PROFILES)
        + ".\n\n"
        + table
        + build_row
        + "\n### Each run\n\n"
        + spreads(samples, ("cold_ready", "baseline_cold_ready", "warm_ready", "click_ready"))
        + "\n### WebKit (Safari's engine), beside Chromium, no budget yet\n\n"
        + webkit.table(
            webkit_figures,
            {
                name: samples.median(PROFILES[0].name, name)
                for name in ("cold_ready", "warm_ready", "baseline_cold_ready")
            },
        )
        + "\n### One call per calculator\n\n"
        + calls
    )
    met = met and build_seconds < 15
    if args.short and not args.output:
        print(report)
        return 0
    target = args.output or PROJECT / "benchmarks" / "README.md"
    header = (PROJECT / "benchmarks" / "README.head.md").read_text(encoding="utf-8")
    target.write_text(header + "\n## Latest report\n\n" + report, encoding="utf-8")
    print(report)
    print("every budget met" if met else "SOME BUDGET NOT MET", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
