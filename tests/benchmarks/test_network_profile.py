"""The benchmark's network profile throttles every request a calculator page makes (the page's,
its Web Worker's and its service worker's) and counts their bytes on the wire, gzip included."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from benchmarks.network import LOCALHOST, NETWORK, Profile, Wire
from tests.support.chromium import launch
from tests.support.server import Ledger, serve

pytestmark = pytest.mark.browser

PAYLOAD = 500_000  # incompressible bytes: 0.4 s at 10 Mbit/s, a few ms on 127.0.0.1
PAGE = """<!doctype html><html lang="en"><title>probe</title><script type="module">
async function timed(url) {
  const started = performance.now();
  await (await fetch(url)).arrayBuffer();
  return performance.now() - started;
}
window.page = await timed("payload.bin?page");
window.json = await (await fetch("text.json")).json();
const worker = new Worker("worker.js", { type: "module" });
window.worker = await new Promise((resolve) => { worker.onmessage = ({ data }) => resolve(data); });
await navigator.serviceWorker.register("sw.js");
await navigator.serviceWorker.ready;
while (!navigator.serviceWorker.controller) await new Promise((resolve) => setTimeout(resolve, 20));
window.serviceWorker = await timed("payload.bin?service-worker");
</script></html>"""
WORKER = """const started = performance.now();
await (await fetch("payload.bin?worker")).arrayBuffer();
postMessage(performance.now() - started);"""
SERVICE_WORKER = """self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  if (event.request.url.includes("service-worker")) event.respondWith(fetch(event.request.url.replace("?service-worker", "?from-sw")));
});"""


@pytest.fixture(scope="module")
def probe_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("probe")
    (site / "index.html").write_text(PAGE, encoding="utf-8")
    (site / "worker.js").write_text(WORKER, encoding="utf-8")
    (site / "sw.js").write_text(SERVICE_WORKER, encoding="utf-8")
    (site / "payload.bin").write_bytes(os.urandom(PAYLOAD))
    (site / "text.json").write_text('{"words": "' + "the same words again " * 10_000 + '"}', encoding="utf-8")
    return site


def visit(site: Path, profile: Profile) -> tuple[dict[str, float], Wire]:
    ledger = Ledger()
    with serve(site, "/", encoding=profile.encoding, ledger=ledger) as base, sync_playwright() as playwright:
        browser = launch(playwright)
        context = browser.new_context(service_workers="allow")
        page = context.new_page()
        wire = Wire(context, page, profile, ledger)
        page.goto(base + "index.html")
        page.wait_for_function("window.serviceWorker !== undefined", timeout=60_000)
        timings = {name: page.evaluate(f"window.{name}") for name in ("page", "worker", "serviceWorker")}
        browser.close()
    return timings, wire


def moved(wire: Wire) -> dict[tuple[str, str], int]:
    """Bytes on the wire of each payload request, by (who asked, which target saw it)."""
    return {
        (transfer.url.partition("?")[2], transfer.target): transfer.wire
        for transfer in wire.transfers.values()
        if "payload.bin" in transfer.url
    }


def test_the_network_profile_throttles_page_worker_and_service_worker(probe_site: Path):
    timings, wire = visit(probe_site, NETWORK)
    at_full_speed = PAYLOAD * 8 / NETWORK.down_bits * 1000  # 400 ms
    for name, milliseconds in timings.items():
        assert milliseconds > 0.8 * at_full_speed, f"{name}: {milliseconds:.0f} ms, not throttled"
    counted = moved(wire)
    on_the_wire = {("page", "page"), ("from-sw", "service_worker")}
    assert on_the_wire | {("service-worker", "page")} <= set(counted), counted
    assert all(PAYLOAD <= counted[key] < PAYLOAD + 2_000 for key in on_the_wire), counted
    assert counted["service-worker", "page"] == 0, "what the service worker answers is counted once, as it fetched it"
    [text] = [transfer.wire for transfer in wire.transfers.values() if transfer.url.endswith("text.json")]
    assert text < 20_000, "gzip should shrink the repetitive JSON to a fraction of its 210 kB"


def test_the_server_counts_every_requesters_bytes_once(probe_site: Path):
    """The benchmark's bytes come from the server's ledger: the page's, the worker's and the
    service worker's requests, each once (CDP, through the page's session, missed a dedicated
    worker's events about one run in two on a loaded machine)."""
    _, wire = visit(probe_site, NETWORK)
    assert wire.ledger is not None
    sent = {path.partition("?")[2]: size for path, _, size in wire.ledger.entries() if "payload.bin" in path}
    assert set(sent) == {"page", "worker", "from-sw"}, "the service worker answers its request by fetching ?from-sw"
    assert all(PAYLOAD <= size < PAYLOAD + 2_000 for size in sent.values()), sent
    assert wire.bytes() == sum(size for _, _, size in wire.ledger.entries())
    [text] = [size for path, _, size in wire.ledger.entries() if path.endswith("text.json")]
    assert text < 20_000, "gzip on the fly, counted as sent"


def test_localhost_is_not_throttled(probe_site: Path):
    timings, wire = visit(probe_site, LOCALHOST)
    assert min(timings.values()) < 0.5 * PAYLOAD * 8 / NETWORK.down_bits * 1000, timings
    [text] = [transfer.wire for transfer in wire.transfers.values() if transfer.url.endswith("text.json")]
    assert text > 200_000, "files go as they are on localhost"
