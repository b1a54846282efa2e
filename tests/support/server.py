"""Serve a built site on 127.0.0.1 under the path of its `site_url`, as a static host would.

Three ways to send the bytes, as hosts do: as they are (`identity`, the tests' default);
compressed with gzip on the fly for html, js, mjs, css, json and wasm (`gzip`, as GitHub Pages
does); or, where the build left a `.br` or `.gz` copy beside a file, that copy to a browser that
accepts it, else gzip on the fly (`precompressed`, as nginx's gzip_static and brotli_static, or
Caddy's `precompressed`, do).

A `Ledger` counts the bytes the server writes for each request (status line, headers and body,
compressed or not): what crossed the wire, whoever asked (page, worker or service worker), and
nothing for what a browser took from its own caches.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import gzip
import http.server
import io
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO, ClassVar, Literal
from urllib.parse import urlsplit

Encoding = Literal["identity", "gzip", "precompressed"]
COMPRESSED_TYPES = (".html", ".js", ".mjs", ".css", ".json", ".wasm")  # what GitHub Pages compresses
GZIP_LEVEL = 6

MIME_TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
}


class Compressor:
    """gzip copies made once per file (compressing the runtime takes a while), shared by threads."""

    def __init__(self) -> None:
        self._copies: dict[tuple[str, float], bytes] = {}
        self._lock = threading.Lock()

    def gzipped(self, path: str) -> bytes:
        key = (path, os.stat(path).st_mtime)
        with self._lock:
            if key not in self._copies:
                self._copies[key] = gzip.compress(Path(path).read_bytes(), GZIP_LEVEL, mtime=0)
            return self._copies[key]

    def warm(self, site_dir: Path) -> None:
        """Compress every file a browser may ask for now, so that no measured request pays for it."""
        for path in site_dir.rglob("*"):
            if path.suffix in COMPRESSED_TYPES and path.is_file():
                self.gzipped(str(path))


class Ledger:
    """Bytes written per request: (path, wall-clock start in seconds, bytes), from any thread."""

    def __init__(self) -> None:
        self._entries: list[tuple[str, float, int]] = []
        self._lock = threading.Lock()

    def add(self, path: str, started: float, sent: int) -> None:
        with self._lock:
            self._entries.append((path, started, sent))

    def entries(self) -> list[tuple[str, float, int]]:
        with self._lock:
            return list(self._entries)

    def bytes(self, since: float = 0.0, before: float | None = None) -> int:
        """Bytes of the requests that started in [since, before)."""
        return sum(
            sent for _, started, sent in self.entries() if started >= since and (before is None or started < before)
        )


class _CountingWriter(io.BufferedIOBase):
    """The response stream, counting what goes through it."""

    def __init__(self, stream: io.BufferedIOBase) -> None:
        super().__init__()
        self._stream = stream
        self.count = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any, /) -> int:  # any buffer, as io.BufferedIOBase takes
        self.count += memoryview(data).nbytes
        return self._stream.write(data)

    def flush(self) -> None:
        self._stream.flush()


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"
    ledger: Ledger | None = None
    headers_to_add: ClassVar[Mapping[str, str]] = {}
    cache_control = "no-store"
    choose_encoding: Callable[[], Encoding] = staticmethod(lambda: "identity")
    compressor: Compressor
    extensions_map: ClassVar[dict[str, str]] = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def setup(self) -> None:
        super().setup()
        self.wfile = _CountingWriter(self.wfile)

    def handle_one_request(self) -> None:
        writer = self.wfile
        assert isinstance(writer, _CountingWriter)
        writer.count, started = 0, time.time()
        try:
            super().handle_one_request()
        finally:
            if self.ledger is not None and writer.count:
                self.ledger.add(getattr(self, "path", ""), started, writer.count)

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_site_prefix__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def end_headers(self) -> None:
        for name, value in self.headers_to_add.items():
            self.send_header(name, value)
        self.send_header("Cache-Control", self.cache_control)
        if self.choose_encoding() != "identity":
            self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    def send_head(self) -> BinaryIO | None:
        path = self.translate_path(self.path)
        if os.path.isdir(path) and urlsplit(self.path).path.endswith("/"):
            path = os.path.join(path, "index.html")
        encoding = self.choose_encoding()
        if encoding == "identity" or not os.path.isfile(path):
            return super().send_head()  # a folder's redirect, a 404, or the file as it is
        accepted = {part.split(";")[0].strip() for part in self.headers.get("Accept-Encoding", "").split(",")}
        if encoding == "precompressed":
            for coding, suffix in (("br", ".br"), ("gzip", ".gz")):
                if coding in accepted and os.path.isfile(path + suffix):
                    return self._send(path, Path(path + suffix).read_bytes(), coding)
        if "gzip" in accepted and path.endswith(COMPRESSED_TYPES):
            return self._send(path, self.compressor.gzipped(path), "gzip")
        return super().send_head()

    def _send(self, path: str, body: bytes, coding: str) -> BinaryIO:
        """A 200 with `body`, the file at `path` sent with Content-Encoding `coding`."""
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", email.utils.formatdate(os.stat(path).st_mtime, usegmt=True))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A browser that drops a download (a blocked or aborted request) is not an error here."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(
    site_dir: Path,
    prefix: str = "/",
    port: int = 0,
    headers: Mapping[str, str] | None = None,
    cache_control: str = "no-store",
    encoding: Encoding | Callable[[], Encoding] = "identity",
    ledger: Ledger | None = None,
) -> Iterator[str]:
    """Yield the base URL of `site_dir` served under `prefix`; stop the server afterwards.

    Tests keep `no-store` so nothing leaks between runs; the benchmark caches for ten minutes,
    as GitHub Pages does. `encoding` may be a function, asked at each request: the benchmark
    switches one server (one address, which the site is built for) between its profiles.
    `ledger`, if given, counts the bytes sent for each request.
    """
    compressor = Compressor()
    choose = encoding if callable(encoding) else lambda: encoding
    if encoding != "identity":
        compressor.warm(site_dir)
    attributes = {
        "prefix": prefix,
        "headers_to_add": dict(headers or {}),
        "cache_control": cache_control,
        "choose_encoding": staticmethod(choose),
        "compressor": compressor,
        "ledger": ledger,
    }
    handler = type("Handler", (SiteHandler,), attributes)
    server = QuietServer(("127.0.0.1", port), functools.partial(handler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
