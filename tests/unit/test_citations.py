"""Short citations: who states a figure comes first, each publisher is named once, and only
third parties are "reported by"."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from calculators.rates import RATES, SOURCES, Source
from calculators.text import Text
from sitebuild.figures import cite

AUTHORITY_HOSTS = re.compile(
    r"(^|\.)(irs\.gov|economie\.gouv\.fr|impots\.gouv\.fr|senat\.fr|assemblee-nationale\.fr|canada\.ca"
    r"|admin\.ch|public\.lu|belgium\.be|europa\.eu|revenuquebec\.ca|vie-publique\.fr|caissedesdepots\.fr)$"
)


def _source(
    ident: str, publisher: str, *, official: bool = False, primary: bool = False, published: str = ""
) -> Source:
    return Source(
        id=ident,
        publisher=publisher,
        title=Text(f"Page {ident}", f"Page {ident}"),
        url=f"https://example.org/{ident}",
        lang="en",
        published=published,
        checked="2026-11-23",
        official=official,
        primary=primary,
    )


def test_government_pages_are_cited_in_their_own_name():
    """A page on a government's own site states that government's rule: never "reported by"."""
    missing = [
        ident
        for ident, source in SOURCES.items()
        if AUTHORITY_HOSTS.search(urlparse(source.url).hostname or "") and not source.primary
    ]
    assert missing == [], "mark these sources primary = true"


def test_order_and_reported_by():
    tiktok = _source("a", "TikTok", official=True)
    irs = _source("b", "Internal Revenue Service", primary=True)
    blog = _source("c", "Some Blog", published="2024-05-01")
    text = cite((blog, irs, tiktok), "en")
    assert (
        text.index("TikTok")
        < text.index("Internal Revenue Service")
        < text.index("reported by")
        < text.index("Some Blog")
    )
    assert "reported by" not in text.split("Some Blog")[0].split(";")[0]
    assert "rapporté par" in cite((blog,), "fr")
    assert "rapporté par" not in cite((irs,), "fr")


def test_each_publisher_is_named_once():
    pages = [_source(f"t{n}", "TikTok", official=True, published=f"2023-0{n}-01") for n in (1, 2, 3)]
    text = cite(tuple(pages), "en")
    assert re.sub(r"<[^>]+>", "", text).count("TikTok") == 1
    for page in pages:
        assert f'href="{page.url}"' in text
    assert text.count("<cite") == 1


def test_every_figure_with_sources_cites_each_of_them():
    for key, figure in RATES.items():
        text = cite(figure.all_sources, "fr")
        for source in figure.all_sources:
            assert f'href="{source.url.replace("&", "&amp;")}"' in text, key
