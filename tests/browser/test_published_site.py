"""The very files to publish, at the address they were built for, under their own headers.

`make check-site` runs this on site/ (PUBLISHED_SITE=site): the deploy workflow does, between
`make build` for the Pages address and the upload of that same folder. Within `make test` it
checks the tests' own build, so the check itself is tested on every run.

The browser asks for the site's real address (https://<owner>.github.io/<repo>/ in the workflow);
every request to it is answered from the folder with the headers of `_headers`, as Netlify or
Cloudflare Pages would send them (GitHub Pages sends none: the `<meta>` policy, which applies here
too, is what holds there). Any other request is refused and recorded.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route

from tests.browser.conftest import PYTHON_READY_TIMEOUT
from tests.browser.test_content_security_policy import RECORD_VIOLATIONS
from tests.support.server import MIME_TYPES
from tools.preview import built_for, read_headers

pytestmark = pytest.mark.browser

PAGES = ("", "methods/live-gifts/", "fr/methods/live-gifts/")
SETTLED = "form[data-calculator][data-state=ready], form[data-calculator][data-state=error]"


@pytest.fixture(scope="module")
def published() -> Path | None:
    folder = os.environ.get("PUBLISHED_SITE")
    return Path(folder).resolve() if folder else None


@dataclass
class AtItsAddress:
    """A page that reaches `address` only, answered from `site_dir`."""

    site_dir: Path
    address: str
    page: Page
    headers: dict[str, str]
    foreign: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def answer(self, route: Route) -> None:
        url = route.request.url
        if not url.startswith(self.address):
            self.foreign.append(url)
            route.abort("blockedbyclient")
            return
        file = self.site_dir / unquote(urlsplit(url).path[len(urlsplit(self.address).path) :])
        if file.is_dir():
            file = file / "index.html"
        status = 200
        if not file.is_file() or self.site_dir not in file.resolve().parents:
            status, file = 404, self.site_dir / "404.html"
        content_type = MIME_TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        route.fulfill(status=status, body=file.read_bytes(), headers={**self.headers, "Content-Type": content_type})


@pytest.fixture
def at_its_address(browser: Browser, published: Path | None, request: pytest.FixtureRequest) -> Iterator[AtItsAddress]:
    # Without PUBLISHED_SITE, the tests' own build (for the test server's address) stands in.
    site_dir = (published or request.getfixturevalue("built_site")).resolve()
    address = built_for(site_dir)
    assert address, f"no sitemap.xml in {site_dir}: build the site first (make build)"
    # Routing sees every request only while the service worker is kept out (test_offline.py has it).
    context = browser.new_context(service_workers="block")
    context.add_init_script(RECORD_VIOLATIONS)
    checked = AtItsAddress(site_dir, address, context.new_page(), read_headers(site_dir))
    context.route("**/*", checked.answer)
    checked.page.on("console", lambda message: checked.console.append(message.text))
    checked.page.on("pageerror", lambda error: checked.errors.append(str(error)))
    checked.page.on("worker", lambda worker: worker.on("console", lambda message: checked.console.append(message.text)))
    yield checked
    context.close()


def wait_for_forms(page: Page) -> list[str]:
    """Wait until the page's calculators are ready (or failed: no need to wait for a timeout then);
    return the policy violations seen."""
    if page.query_selector("form[data-calculator]"):
        page.wait_for_selector(SETTLED, timeout=PYTHON_READY_TIMEOUT)
        states = page.eval_on_selector_all("form[data-calculator]", "forms => forms.map((form) => form.dataset.state)")
        assert "error" not in states, (page.url, page.evaluate("window.__violations"))
    return page.evaluate("window.__violations")


def test_pages_work_at_the_address_they_were_built_for(at_its_address):
    page = at_its_address.page
    violations = []
    for path in PAGES:
        response = page.goto(at_its_address.address + path)
        assert response.status == 200, path
        violations += [f"{path}: {violation}" for violation in wait_for_forms(page)]
    assert violations == []
    assert at_its_address.foreign == []
    assert at_its_address.errors == []
    assert not [text for text in at_its_address.console if "Content Security Policy" in text]


def test_a_missing_page_gets_the_404_page(at_its_address):
    response = at_its_address.page.goto(at_its_address.address + "no-such-page/")
    assert response.status == 404
    assert at_its_address.page.query_selector("h1") is not None
    assert at_its_address.foreign == []
