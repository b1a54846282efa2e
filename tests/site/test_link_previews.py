"""What a shared link shows: every built page carries Open Graph and Twitter card data in its own
language, pointing at its own address and at one site image that the build drew."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from calculators import CALCULATORS
from sitebuild import social
from tests.support.html import read_page

pytestmark = pytest.mark.site

LOCALES = {"en": "en_US", "fr": "fr_FR"}
ONE_EACH = (
    "og:type",
    "og:site_name",
    "og:title",
    "og:description",
    "og:url",
    "og:locale",
    "og:image",
    "og:image:alt",
    "twitter:card",
    "twitter:title",
    "twitter:description",
    "twitter:image",
)


def built_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def address(site: Path, site_url: str, path: Path) -> str:
    return site_url + path.relative_to(site).as_posix().removesuffix("index.html")


def test_the_one_404_page_is_in_the_default_language(built_site: Path):
    """Static hosts serve the root 404.html for every missing address; each language's pass writes
    it, and the last (French) one used to win, labelling the English text as French."""
    page = read_page(built_site / "404.html")
    assert page.lang == "en"
    assert page.meta["og:locale"] == ["en_US"]
    assert page.meta["og:title"] == [social.NOT_FOUND("en")]


def test_every_page_has_a_link_preview_in_its_language(built_site: Path, site_url: str):
    pages = built_pages(built_site)
    assert len(pages) > 30
    assert any(path.relative_to(built_site).parts[0] == "fr" for path in pages)
    for path in pages:
        page = read_page(path)
        where = str(path.relative_to(built_site))
        meta = page.meta
        for name in ONE_EACH:
            assert len(meta.get(name, [])) == 1, (where, name)
            assert meta[name][0].strip(), (where, name)
        one = {name: meta[name][0] for name in ONE_EACH}
        assert one["og:url"] == address(built_site, site_url, path), where
        assert one["og:locale"] == LOCALES[page.lang], where
        assert meta["og:locale:alternate"] == [code for lang, code in LOCALES.items() if lang != page.lang], where
        assert one["og:site_name"] == social.SITE_NAME(page.lang), where
        assert one["og:image"] == one["twitter:image"] == site_url + social.IMAGE, where
        assert one["twitter:card"] == "summary_large_image", where
        assert (one["twitter:title"], one["twitter:description"]) == (one["og:title"], one["og:description"]), where
        assert "{{" not in one["og:title"] + one["og:description"], where


def test_titles_and_descriptions_come_from_each_page(built_site: Path):
    home, french_home = read_page(built_site / "index.html"), read_page(built_site / "fr" / "index.html")
    assert home.meta["og:title"] == ["How TikTok pays creators"]
    assert french_home.meta["og:title"] == ["Comment TikTok paie les créateurs"]
    assert home.meta["og:description"] == home.meta["description"]
    # French typography in the French description: a no-break space before the colon.
    tips = read_page(built_site / "fr" / "methods" / "tips" / "index.html").meta["og:description"][0]
    assert "\u00a0:" in tips
    assert " :" not in tips


def test_a_calculator_page_is_shared_under_the_calculator_title(built_site: Path):
    for lang, prefix in (("en", ""), ("fr", "fr/")):
        page = read_page(built_site / prefix / "methods" / "live-gifts" / "index.html")
        assert page.meta["og:title"] == [CALCULATORS["live-gifts"].title(lang)]
        # The canonical address, without a query: a shared link keeps its own query in the address.
        assert "?" not in page.meta["og:url"][0]
        both = read_page(built_site / prefix / "getting-paid" / "index.html").meta["og:title"][0]
        assert CALCULATORS["eligibility"].title(lang) in both
        assert CALCULATORS["payout"].title(lang) in both


def test_the_site_image_is_a_large_png(built_site: Path):
    data = (built_site / social.IMAGE).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == social.IMAGE_SIZE == (1200, 630)
    assert len(data) < 300_000, "link previews fetch it on every share"
    for path in (built_site / "index.html", built_site / "fr" / "index.html"):
        meta = read_page(path).meta
        assert meta["og:image:width"] == ["1200"]
        assert meta["og:image:height"] == ["630"]
        assert meta["og:image:type"] == ["image/png"]


def test_head_alternates_lead_to_a_language_root_with_its_sitemap(built_site: Path, site_url: str):
    """The theme fetches `sitemap.xml` next to every `<link rel="alternate" hreflang>` of the head
    (to switch language on the same page), so these must stay each language's root: pointed at a
    page's twin, they would cost a failed request on every page. Page-level pairs are in the
    sitemap, where search engines read them."""
    alternate = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([a-z-]+)">')
    for path in built_pages(built_site):
        head = path.read_text(encoding="utf-8").partition("</head>")[0]
        links = alternate.findall(head)
        assert sorted(lang for _, lang in links) == ["en", "fr"], path
        for href, _ in links:
            assert (built_site / href.removeprefix(site_url) / "sitemap.xml").is_file(), (path, href)
    assert 'hreflang="fr"' in (built_site / "sitemap.xml").read_text(encoding="utf-8")
