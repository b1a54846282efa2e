"""`make preview`: the site built for 127.0.0.1, served with its production headers, works under
them: a calculator page loads through tools/preview.py with no policy violation and gets ready."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill
from tests.browser.test_content_security_policy import RECORD_VIOLATIONS
from tools.preview import built_for, preview, read_headers

pytestmark = pytest.mark.browser

PROJECT = Path(__file__).resolve().parents[2]
FORM = 'form[data-calculator="live-gifts"]'


@pytest.fixture(scope="module")
def previewed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """What `make preview` does, on a free port: build for http://127.0.0.1:<port>/, then serve."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    site_dir = tmp_path_factory.mktemp("preview")
    env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{port}/", "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    completed = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr[-3000:]
    with preview(site_dir, port) as base_url:
        yield site_dir, base_url


def test_preview_serves_at_the_address_the_site_was_built_for(previewed):
    site_dir, base_url = previewed
    assert base_url == built_for(site_dir)
    assert base_url.startswith("http://127.0.0.1:")


def test_preview_sends_the_headers_of_the_headers_file(previewed):
    site_dir, base_url = previewed
    expected = read_headers(site_dir)
    assert "frame-ancestors 'none'" in expected["Content-Security-Policy"]  # header only: no <meta> can carry it
    with urllib.request.urlopen(base_url + "methods/live-gifts/") as response:
        for name, value in expected.items():
            assert response.headers[name] == value
    wasm = next(site_dir.glob("assets/pyodide/*/pyodide.asm.wasm")).relative_to(site_dir).as_posix()
    with urllib.request.urlopen(base_url + wasm) as response:
        assert response.headers["Content-Type"] == "application/wasm"
        assert response.headers["Content-Security-Policy"] == expected["Content-Security-Policy"]


def test_calculator_page_through_preview_has_no_violation(browser, previewed):
    _, base_url = previewed
    context = browser.new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.on("worker", lambda worker: worker.on("console", lambda message: console.append(message.text)))
    response = page.goto(base_url + "methods/live-gifts/")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    page.wait_for_selector(f'{FORM}[data-state="ready"]', timeout=PYTHON_READY_TIMEOUT)
    fill(page, f"{FORM} input[name=coins]", "1,500")
    # 1,500 coins x 0.5 = 750 diamonds; 750 x $0.005 = $3.75, computed by Python in the page.
    expect(page.locator(f"{FORM} output[name=earnings]")).to_have_attribute("data-value", "3.75")
    violations = page.evaluate("window.__violations")
    context.close()
    assert violations == []
    assert not [text for text in console if "Content Security Policy" in text]
