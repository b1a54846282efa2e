"""The two network profiles the benchmark measures in, and what crosses the wire in each.

`localhost`: the site on 127.0.0.1, files sent as they are. `network`: Chromium's network
emulation at 10 Mbit/s down and 60 ms round trip, from a server that compresses html, js, mjs,
css, json and wasm with gzip, as GitHub Pages does.

Chromium applies `Network.emulateNetworkConditions`, sent to a page, to the page and to its
dedicated workers (the worker that loads Python included), but not to a service worker's own
requests; `Wire` therefore attaches to every worker the page starts (CDP auto-attach, each one
paused until it is set up) and throttles service workers with
`Network.emulateNetworkConditionsByRule`. `tests/benchmarks/test_network_profile.py` checks all
three by timing. `Wire` also records each request and, given the server's `Ledger`, counts the
bytes that crossed the wire since it was opened, as the server wrote them (status, headers and body,
compressed or not), whichever of those targets asked. Counted by the server because CDP, through
the page's session, misses a dedicated worker's network events about one run in two here.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import BrowserContext, CDPSession, Page
from playwright.sync_api import Error as PlaywrightError

from tests.support.server import Encoding, Ledger

RUNTIME_PATHS = ("/assets/pyodide/", "/assets/calculators/")
NETWORK_EVENTS = (
    "Network.requestWillBeSent",
    "Network.responseReceived",
    "Network.loadingFinished",
    "Network.loadingFailed",
)


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    encoding: Encoding
    latency_ms: float = 0
    down_bits: int = 0  # per second; 0 is no limit
    up_bits: int = 0

    @property
    def throttled(self) -> bool:
        return self.down_bits > 0

    def conditions(self) -> dict[str, Any]:
        return {
            "offline": False,
            "latency": self.latency_ms,
            "downloadThroughput": self.down_bits / 8,
            "uploadThroughput": self.up_bits / 8,
        }


LOCALHOST = Profile("localhost", "127.0.0.1, files sent as they are", "identity")
NETWORK = Profile(
    "network", "10 Mbit/s down, 60 ms round trip, gzip as GitHub Pages", "gzip", 60, 10_000_000, 5_000_000
)
PROFILES = (LOCALHOST, NETWORK)


@dataclass
class Transfer:
    url: str
    target: str  # page, worker or service_worker
    started: float  # wall-clock seconds
    wire: int = 0  # bytes on the wire, headers included
    cached: bool = False  # from the HTTP cache, the service worker or a prefetch: no wire bytes
    done: bool = False


@dataclass
class _Target:
    """One CDP target: the page, or a worker reached through the page (non-flat sessions)."""

    kind: str
    send: Callable[[str, dict[str, Any]], object]
    children: dict[str, _Target] = field(default_factory=dict)


class Wire:
    """Throttle a page (and its workers) to `profile` and record every request they make."""

    def __init__(self, context: BrowserContext, page: Page, profile: Profile, ledger: Ledger | None = None) -> None:
        self.profile = profile
        self.ledger = ledger
        self.opened = time.time()
        self.transfers: dict[tuple[int, str], Transfer] = {}
        self._ids = itertools.count(1)
        self._session: CDPSession = context.new_cdp_session(page)
        session = self._session
        self._page = _Target("page", lambda method, params: session.send(method, params))
        for event in NETWORK_EVENTS:
            session.on(event, lambda params, event=event: self._network(self._page, event, params))
        session.on("Target.attachedToTarget", lambda params: self._attached(self._page, params))
        session.on("Target.receivedMessageFromTarget", lambda params: self._message(self._page, params))
        session.send("Network.enable", {})
        if profile.throttled:
            session.send("Network.emulateNetworkConditions", profile.conditions())
        session.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": False})

    def _attached(self, parent: _Target, params: dict[str, Any]) -> None:
        """A worker started: record its requests, throttle it if it is a service worker (the
        page's conditions already cover dedicated workers), attach to its own workers, resume it."""
        session_id = params["sessionId"]
        kind = params["targetInfo"]["type"]

        def send(method: str, payload: dict[str, Any]) -> None:
            message = json.dumps({"id": next(self._ids), "method": method, "params": payload})
            with contextlib.suppress(PlaywrightError):  # the worker is gone (the snapshot worker closes itself)
                parent.send("Target.sendMessageToTarget", {"sessionId": session_id, "message": message})

        child = parent.children[session_id] = _Target(kind, send)
        send("Network.enable", {})
        if kind == "service_worker" and self.profile.throttled:
            rule = {"urlPattern": "", **self.profile.conditions()}
            del rule["offline"]
            send("Network.emulateNetworkConditionsByRule", {"offline": False, "matchedNetworkConditions": [rule]})
        send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": False})
        send("Runtime.runIfWaitingForDebugger", {})
        del child

    def _message(self, parent: _Target, params: dict[str, Any]) -> None:
        child = parent.children.get(params["sessionId"])
        if child is None:
            return
        message = json.loads(params["message"])
        method = message.get("method", "")
        if method.startswith("Network."):
            self._network(child, method, message["params"])
        elif method == "Target.attachedToTarget":
            self._attached(child, message["params"])
        elif method == "Target.receivedMessageFromTarget":
            self._message(child, message["params"])

    def _network(self, target: _Target, event: str, params: dict[str, Any]) -> None:
        key = (id(target), params["requestId"])
        if event == "Network.requestWillBeSent":
            if key not in self.transfers:  # a redirect keeps its request id
                self.transfers[key] = Transfer(params["request"]["url"], target.kind, params["wallTime"])
            return
        transfer = self.transfers.get(key)
        if transfer is None:
            return
        if event == "Network.responseReceived":
            response = params["response"]
            transfer.cached = bool(
                response.get("fromDiskCache") or response.get("fromServiceWorker") or response.get("fromPrefetchCache")
            )
        elif event == "Network.loadingFinished":
            transfer.done = True
            transfer.wire = 0 if transfer.cached else int(params["encodedDataLength"])
        elif event == "Network.loadingFailed":
            transfer.done = True

    def wait_quiet(self, page: Page, quiet_ms: int = 1500, limit_ms: int = 60_000) -> None:
        """Wait until nothing is in flight and nothing new started for `quiet_ms`."""
        waited, still = 0, 0
        seen = len(self.transfers)
        while waited < limit_ms:
            page.wait_for_timeout(250)  # lets Playwright deliver the CDP events meanwhile
            waited += 250
            busy = len(self.transfers) != seen or any(not transfer.done for transfer in self.transfers.values())
            seen = len(self.transfers)
            still = 0 if busy else still + 250
            if still >= quiet_ms:
                return

    def bytes(self, before: float | None = None, after: float | None = None) -> int:
        """Bytes on the wire for the requests started before (or after) a wall-clock time, in
        seconds: from the server's ledger if there is one, else from CDP's events."""
        if self.ledger is not None:
            return self.ledger.bytes(since=max(self.opened, after or 0.0), before=before)
        return sum(
            transfer.wire
            for transfer in self.transfers.values()
            if (before is None or transfer.started < before) and (after is None or transfer.started >= after)
        )

    def runtime_urls(self) -> list[str]:
        """Requests for the Python runtime or the calculators package, from the network or not."""
        return [transfer.url for transfer in self.transfers.values() if any(p in transfer.url for p in RUNTIME_PATHS)]

    def close(self) -> None:
        self._session.detach()
