"""Measure the site's load budget in headless Chromium against a main-thread Pyodide baseline.

    .venv/bin/python benchmarks/run.py            # full run (5 runs each), rewrites benchmarks/README.md
    .venv/bin/python benchmarks/run.py --short    # one run each, report to stdout (what CI does)

The site is built, served on 127.0.0.1 and driven by Debian's Chromium. The baseline page
(a copy of the measured page with benchmarks/baseline.js in place of the site's script) loads
the same runtime and wheel the way other Pyodide-in-MkDocs projects do: on the main thread, as
soon as the page loads.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, sync_playwright

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from benchmarks.calls import table as calls_table  # noqa: E402
from tests.support.chromium import launch  # noqa: E402
from tests.support.server import serve  # noqa: E402

PREFIX = "/guide/"
CALCULATOR_PAGE = "methods/live-gifts/"
TEXT_PAGE = "glossary/"  # the home opens on a calculator; the glossary has none
FORM = 'form[data-calculator="live-gifts"]'
PAGE_SCRIPT = "assets/js/page.js"  # the site's entry module (mkdocs.yml, extra_javascript)

# Timestamps, in ms since navigation start, recorded inside the page.
PROBE = """
window.__bench = { longTasks: [], readyAt: null, keystrokes: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: "longtask", buffered: true });
new MutationObserver((records) => {
  for (const record of records) {
    const target = record.target;
    if (record.attributeName === "data-state" && target.dataset.state === "ready" && window.__bench.readyAt === null) {
      window.__bench.readyAt = performance.now();
    }
    if (record.attributeName === "data-value" && window.__bench.typedAt !== undefined) {
      window.__bench.keystrokes.push(performance.now() - window.__bench.typedAt);
      window.__bench.typedAt = undefined;
    }
  }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state", "data-value"] });
document.addEventListener("input", () => { window.__bench.typedAt = performance.now(); }, true);
"""


SNAPSHOT_SAVED = """async () => {
  const cache = await caches.open("immutable");
  return (await cache.keys()).some((request) => request.url.endsWith("/python-memory.snapshot"));
}"""


@dataclass
class Samples:
    values: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.values.setdefault(name, []).append(value)

    def median(self, name: str) -> float:
        return statistics.median(self.values[name])

    def spread(self, name: str) -> str:
        values = self.values[name]
        return f"{min(values):.0f}–{max(values):.0f}"


def wait_until(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(0.2)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


def first_contentful_paint(page) -> float:
    return page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN")


def bytes_fetched(context: BrowserContext, url: str) -> tuple[int, list[str]]:
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)
    total = 0
    for request in responses:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    page.close()
    return total, [request.url for request in responses]


def measure_site(browser: Browser, page_url: str, base: str, runs: int, keystrokes: int, samples: Samples) -> None:
    for _ in range(runs):
        context = browser.new_context(service_workers="allow", bypass_csp=True)  # the probe polls with page functions
        context.add_init_script(PROBE)
        page = context.new_page()
        page.goto(page_url)
        page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=120_000)
        samples.add("first_result", first_contentful_paint(page))  # the result is in the HTML
        samples.add("cold_ready", page.evaluate("window.__bench.readyAt"))
        # Tasks while Python loads: between the worker's start and its first answer.
        started = page.evaluate("performance.getEntriesByName('calculators:start')[0].startTime")
        long_tasks = [duration for start, duration in page.evaluate("window.__bench.longTasks") if start >= started]
        samples.add("long_tasks_over_50", sum(1 for duration in long_tasks if duration > 50))
        samples.add("longest_task", max(long_tasks, default=0))
        for index in range(keystrokes):
            page.fill(f"{FORM} input[name=coins]", str(1000 + index))
            page.wait_for_function(f"window.__bench.keystrokes.length >= {index + 1}", timeout=10_000)
        for latency in page.evaluate("window.__bench.keystrokes"):
            samples.add("keystroke", latency)
        # Second visit: HTTP cache, service worker and Python snapshot warm. A reader who stays a
        # few seconds lets the worker save the snapshot; wait for it like that reader.
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=15_000)
        wait_until(lambda page=page: page.evaluate(SNAPSHOT_SAVED), seconds=30)
        page.goto(base + TEXT_PAGE)
        page.goto(page_url)
        page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=120_000)
        samples.add("warm_ready", page.evaluate("window.__bench.readyAt"))
        context.close()


def make_baseline(site_dir: Path, page: str) -> str:
    """A copy of `page` (same depth, so its links still work) running benchmarks/baseline.js
    instead of the site's script; returns its path."""
    html = (site_dir / page / "index.html").read_text(encoding="utf-8")
    site_script = re.search(rf'<script src="([^"]*{re.escape(PAGE_SCRIPT)})" type="module"></script>', html)
    if site_script is None:
        raise SystemExit(f"the measured page does not load {PAGE_SCRIPT}")
    root = site_script.group(1).removesuffix(PAGE_SCRIPT)
    baseline = (PROJECT / "benchmarks" / "baseline.js").read_text(encoding="utf-8")
    html = html.replace(site_script.group(0), f'<script type="module">{baseline}</script>')
    html = html.replace('<form class="calc"', f'<form data-root="{root}" class="calc"', 1)
    target = page.rstrip("/") + "-baseline/"
    (site_dir / target).mkdir(parents=True)
    (site_dir / target / "index.html").write_text(html, encoding="utf-8")
    return target


def measure_baseline(browser: Browser, url: str, runs: int, samples: Samples) -> None:
    for _ in range(runs):
        context = browser.new_context(bypass_csp=True)  # the probe polls with page functions
        context.add_init_script(PROBE)
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector(f"{FORM}[data-state=ready]", timeout=120_000)
        samples.add("baseline_first_result", page.evaluate("window.__bench.readyAt"))
        samples.add("baseline_cold_ready", page.evaluate("window.__bench.readyAt"))
        long_tasks = page.evaluate("window.__bench.longTasks")
        samples.add("baseline_long_tasks_over_50", sum(1 for _, duration in long_tasks if duration > 50))
        samples.add("baseline_longest_task", max((duration for _, duration in long_tasks), default=0))
        context.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(
    samples: Samples, build_seconds: float, text_bytes: int, text_runtime: list[str], calc_bytes: int, runs: int
) -> str:
    base_cold = samples.median("baseline_cold_ready")
    keys = samples.values["keystroke"]
    p50, p95 = percentile(keys, 0.5), percentile(keys, 0.95)
    rows = [
        (
            "First result visible (ms)",
            samples.median("first_result"),
            samples.spread("first_result"),
            samples.median("baseline_first_result"),
            "at first paint",
            samples.median("first_result") <= samples.median("first_result"),
        ),
        (
            "Cold: runtime ready (ms)",
            samples.median("cold_ready"),
            samples.spread("cold_ready"),
            base_cold,
            "≤ baseline cold",
            samples.median("cold_ready") <= base_cold,
        ),
        (
            "Warm: runtime ready (ms)",
            samples.median("warm_ready"),
            samples.spread("warm_ready"),
            base_cold,
            "< ½ baseline cold",
            samples.median("warm_ready") < base_cold / 2,
        ),
        ("Keystroke to result, p50 (ms)", p50, f"{min(keys):.0f}–{max(keys):.0f}", None, "", True),
        ("Keystroke to result, p95 (ms)", p95, "", None, "< 50", p95 < 50),
        (
            "Main-thread tasks > 50 ms while Python loads",
            samples.median("long_tasks_over_50"),
            samples.spread("long_tasks_over_50"),
            samples.median("baseline_long_tasks_over_50"),
            "0 from the runtime",
            samples.median("long_tasks_over_50") == 0,
        ),
        (
            "Longest main-thread task while Python loads (ms)",
            samples.median("longest_task"),
            samples.spread("longest_task"),
            samples.median("baseline_longest_task"),
            "",
            True,
        ),
        ("Bytes, text-only page", text_bytes, "", None, "no runtime byte", not text_runtime),
        ("Bytes, calculator page (cold)", calc_bytes, "", None, "", True),
        ("Full build (s)", build_seconds, "", None, "< 15", build_seconds < 15),
    ]
    lines = [
        f"Runs: {runs} per measure, headless Chromium, {os.cpu_count()} cores, served from 127.0.0.1.",
        "",
        "| Measure | Site (median) | Spread | Baseline (median) | Ratio | Budget | Met |",
        "|---|---:|---:|---:|---:|---|:---:|",
    ]
    for name, value, spread, baseline, budget, met in rows:
        ratio = f"{value / baseline:.2f}" if baseline else ""
        shown_baseline = f"{baseline:.0f}" if baseline is not None else ""
        lines.append(
            f"| {name} | {value:.0f} | {spread} | {shown_baseline} | {ratio} | {budget} | {'yes' if met else 'NO'} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true", help="one run of each measure; print the report only")
    parser.add_argument("--runs", type=int, default=5)
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
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        build_seconds = build(site_dir, site_url, args.config_file)
        baseline = make_baseline(site_dir, args.page)
        samples = Samples()
        with serve(site_dir, PREFIX, port, cache_control="max-age=600") as base, sync_playwright() as playwright:
            browser = launch(playwright)
            measure_baseline(browser, base + baseline, runs, samples)
            measure_site(browser, base + args.page, base, runs, keystrokes, samples)
            context = browser.new_context(service_workers="block")
            text_bytes, text_urls = bytes_fetched(context, base + TEXT_PAGE)
            calc_bytes, _ = bytes_fetched(context, base + args.page)
            context.close()
            browser.close()
        calls = calls_table(next((site_dir / "assets" / "calculators").iterdir()))
    text_runtime = [url for url in text_urls if "/assets/pyodide/" in url or "/assets/calculators/" in url]
    table = report(samples, build_seconds, text_bytes, text_runtime, calc_bytes, runs)
    table += "\n### One call per calculator\n\n" + calls
    if args.short and not args.output:
        print(table)
        return 0
    target = args.output or PROJECT / "benchmarks" / "README.md"
    header = (PROJECT / "benchmarks" / "README.head.md").read_text(encoding="utf-8")
    target.write_text(header + "\n## Latest report\n\n" + table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
