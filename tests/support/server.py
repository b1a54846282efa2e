"""Serve a built site on 127.0.0.1 under the path of its `site_url`, as a static host would."""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

MIME_TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"
    headers_to_add: ClassVar[Mapping[str, str]] = {}
    cache_control = "no-store"
    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_site_prefix__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def end_headers(self) -> None:
        for name, value in self.headers_to_add.items():
            self.send_header(name, value)
        self.send_header("Cache-Control", self.cache_control)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A browser that drops a download (a blocked or aborted request) is not an error here."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(
    site_dir: Path,
    prefix: str = "/",
    port: int = 0,
    headers: Mapping[str, str] | None = None,
    cache_control: str = "no-store",
) -> Iterator[str]:
    """Yield the base URL of `site_dir` served under `prefix`; stop the server afterwards.

    Tests keep `no-store` so nothing leaks between runs; the benchmark caches for ten minutes,
    as GitHub Pages does.
    """
    attributes = {"prefix": prefix, "headers_to_add": dict(headers or {}), "cache_control": cache_control}
    handler = type("Handler", (SiteHandler,), attributes)
    server = QuietServer(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
