"""Shared fixtures: one real `mkdocs build --strict` per test session, served like a static host."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.server import serve

PROJECT = Path(__file__).resolve().parent.parent
SITE_PREFIX = "/guide/"  # served under a sub-path, as on GitHub Pages, to catch root-relative URLs


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def site_port() -> int:
    return _free_port()


@pytest.fixture(scope="session")
def site_url(site_port: int) -> str:
    return f"http://127.0.0.1:{site_port}{SITE_PREFIX}"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, site_url: str) -> Path:
    """The site as `mkdocs build --strict` makes it, with `site_url` at the test server.

    Instant navigation follows only the absolute URLs in sitemap.xml, so the site must be
    built for the address it is served at.
    """
    site_dir = tmp_path_factory.mktemp("site")
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    completed = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, f"mkdocs build --strict failed:\n{completed.stdout}\n{completed.stderr}"
    warnings = [line for line in completed.stderr.splitlines() if line.startswith("WARNING")]
    assert not warnings, "\n".join(warnings)
    return site_dir


def site_headers(site_dir: Path) -> dict[str, str]:
    """The headers the build asks a static host to send (`_headers`, Netlify's format)."""
    headers = {}
    for line in (site_dir / "_headers").read_text(encoding="utf-8").splitlines():
        if line.startswith("  ") and ":" in line:
            name, _, value = line.strip().partition(":")
            headers[name] = value.strip()
    return headers


@pytest.fixture(scope="session")
def served_site(built_site: Path, site_port: int) -> Iterator[str]:
    """Base URL of the built site on 127.0.0.1, at the address it was built for, sent with the
    site's own headers, content security policy included."""
    with serve(built_site, SITE_PREFIX, site_port, headers=site_headers(built_site)) as base_url:
        yield base_url
