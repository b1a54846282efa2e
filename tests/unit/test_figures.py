"""The data file keeps its promises: every figure rests on a page that states it, dated, and no
figure can quietly go stale, disagree with a calculator or lose its source."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from urllib.parse import urlsplit

import pytest

from calculators import CALCULATORS
from calculators.rates import RATES, REVIEWED, SOURCES, Citation, DataError, Figure, Role, load
from calculators.units import Kind

STALE_AFTER = datetime.timedelta(days=3 * 365)
"""A figure whose every source is older than this describes the past: it must say so."""

GENERIC = re.compile(r"compiled by|this site|ce site|various|several|divers|reports? on", re.IGNORECASE)

NUMBER_WORDS = {
    1: ("one", "un", "une", "a single"),
    2: ("two", "deux", "double", "twice"),
    3: ("three", "trois"),
    4: ("four", "quatre"),
    5: ("five", "cinq"),
    7: ("seven", "sept"),
    10: ("ten", "dix"),
    15: ("fifteen", "quinze"),
    16: ("sixteen", "seize"),
    20: ("twenty", "vingt"),
    30: ("thirty", "trente"),
    60: ("one minute", "1 minute", "une minute", "1 min", "1분"),
    100: ("hundred", "cent"),
    35000: ("thirty-five thousand", "trente-cinq mille"),
}


def iso_date(text: str) -> datetime.date:
    parts = [int(part) for part in text.split("-")]
    return datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def written_forms(value: Decimal) -> set[str]:
    """The ways a page may write `value`: 0.40, .40, 0,4, 10,000, 10 000, 10K, ten, 4 cents…"""
    forms = {str(value), f"{value.normalize():f}"}
    if value != value.to_integral_value():
        for text in list(forms):
            forms |= {text.replace(".", ","), text.lstrip("0"), text.rstrip("0").rstrip("."), text + "0"}
        if value < 1:
            cents = (value * 100).normalize()
            forms |= {f"{cents:f} cent", *(f"{word} cent" for word in NUMBER_WORDS.get(int(cents), ()))}
            forms |= {f"{word} to {other} cent" for word in NUMBER_WORDS.get(int(cents), ()) for other in ("four",)}
        return forms
    number = int(value)
    for separator in (",", " ", ".", "\u202f", "\u00a0", "'", "\u2019"):  # Swiss francs: 100'000
        forms.add(f"{number:,}".replace(",", separator))
    if number >= 1000 and number % 100 == 0:
        forms |= {f"{number / 1000:g}k", f"{number // 1000} 000"}
    if number >= 1_000_000 and number % 1_000_000 == 0:
        forms |= {f"{number // 1_000_000}m", f"{number // 1_000_000} million"}
    if number >= 1_000_000_000 and number % 1_000_000_000 == 0:
        forms |= {f"{number // 1_000_000_000} billion", f"{number // 1_000_000_000} milliard"}
    return forms | set(NUMBER_WORDS.get(number, ()))


def states(quote: str, value: Decimal) -> bool:
    """Whether `quote` writes `value` (as a number of its own, not part of a longer one)."""
    text = quote.lower()
    for form in written_forms(value):
        pattern = r"(?<![\d.,])" + re.escape(form.lower()) + r"(?![\d])"
        anchored = r"[$€£]" + re.escape(form.lower())
        if re.search(pattern, text) or re.search(anchored, text):
            return True
    return False


def citations(figure: Figure) -> list[tuple[str, object, tuple[Citation, ...]]]:
    """Each value the data file attributes to pages, with those pages."""
    groups: list[tuple[str, object, tuple[Citation, ...]]] = []
    if not figure.derived and figure.unit.kind is not Kind.TEXT:
        groups.append(("value", figure.value, figure.citations))
    for end, bound in (("low", figure.low), ("high", figure.high)):
        if bound is not None and not figure.derived:
            groups.append((end, bound.value, bound.citations))
    groups += [(f"until {change.until}", change.value, change.citations) for change in figure.history]
    return groups


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_every_source_is_a_page_with_an_address_and_dates(source_id):
    source = SOURCES[source_id]
    parts = urlsplit(source.url)
    assert parts.scheme in ("http", "https"), source.url
    assert "." in parts.netloc, source.url
    assert source.publisher, source_id
    assert not GENERIC.search(source.publisher), source.publisher
    assert source.title.en
    assert source.title.fr
    checked = iso_date(source.checked)
    assert checked <= iso_date(REVIEWED), "checked after the review date"
    for date in (source.published, source.updated):
        if date:
            assert iso_date(date) <= checked, f"{date} is after the day the page was read"


@pytest.mark.parametrize("key", sorted(RATES))
def test_every_sourced_value_is_stated_by_its_pages(key):
    """Each citation keeps the words of its page, and those words give the value cited."""
    figure = RATES[key]
    if figure.role.needs_sources:
        assert figure.all_sources, f"{key}: a {figure.role.value} figure without a source"
    elif not figure.derived:
        assert not figure.citations, f"{key}: the site's own {figure.role.value} cites no page"
    for what, value, cited in citations(figure):
        for citation in cited:
            assert citation.quote, f"{key} ({what}): {citation.source.id} has no quote"
            if isinstance(value, Decimal):
                assert states(citation.quote, value), f"{key} ({what}) = {value}: not in {citation.quote!r}"


@pytest.mark.parametrize("key", sorted(RATES))
def test_stated_means_a_tiktok_page_and_reported_means_none(key):
    figure = RATES[key]
    official = [source for source in figure.all_sources if source.official]
    if figure.role is Role.STATED:
        assert official, f"{key} is 'stated by TikTok' but cites no TikTok page"
    if figure.role is Role.REPORTED and official and not figure.derived:
        # A figure TikTok states in full is "stated"; "reported" with a TikTok page is for a
        # figure that TikTok gave once (an old page) or only for one end of its range.
        assert figure.note or figure.low or figure.history, f"{key}: a TikTok page states it; call it 'stated'"


@pytest.mark.parametrize("key", sorted(RATES))
def test_no_figure_describes_the_past_as_the_present(key):
    """A figure whose every page is old must be marked historical (pages then give its date),
    dated by `as_of`, or carry the history of how it changed."""
    figure = RATES[key]
    dates = [source.updated or source.published for source in figure.all_sources]
    if not figure.all_sources or not all(dates):
        return  # undated pages, read recently: their age is unknown
    newest = max(iso_date(date) for date in dates)
    if iso_date(REVIEWED) - newest > STALE_AFTER:
        assert figure.historical or figure.as_of, f"{key}: its newest page is from {newest}; mark it historical"


@pytest.mark.parametrize("key", sorted(RATES))
def test_historical_figures_cite_pages_of_their_time(key):
    """A 2022 figure is sourced to pages from then, not to a later page that does not state it."""
    figure = RATES[key]
    if not figure.historical or not figure.as_of:
        return
    year = int(figure.as_of[:4])
    for source in figure.sources:
        published = source.published or source.updated
        if published and source.published:
            assert int(published[:4]) <= year + 1, f"{key} ({year}) cites {source.id}, published {published}"


def test_calculator_defaults_are_the_figures_they_name():
    """A form's default and a page's figure cannot disagree: the field reads its figure."""
    for calculator in CALCULATORS.values():
        for field in calculator.fields:
            if field.rate is None:
                continue
            figure = RATES[field.rate]
            assert isinstance(figure.value, Decimal)
            assert Decimal(field.default) == figure.value, f"{calculator.slug}.{field.name}"


def test_derived_figures_follow_their_inputs():
    price = RATES["live_gifts.price_per_coin"]
    assert price.number == RATES["live_gifts.coin_pack_price"].number / RATES["live_gifts.coin_pack_coins"].number
    assert price.low is not None
    assert price.low.value < price.number
    assert {source.id for source in RATES["live_gifts.coin_pack_price"].all_sources} <= {
        source.id for source in price.all_sources
    }


def test_open_range_ends_keep_the_words_of_their_source():
    """ "More than $2" must not be shown as "$2.00": an open end says so."""
    for key, figure in RATES.items():
        for bound in (figure.low, figure.high):
            if bound is None:
                continue
            opening = r"\b(more than|over|plus de|au-delà de)\s*[$€]?"
            open_end = "|".join(opening + re.escape(form) + r"(?![\d])" for form in written_forms(bound.value))
            for citation in bound.citations:
                if re.search(open_end, citation.quote, re.IGNORECASE):
                    assert bound.qualifier, f"{key}: {citation.quote!r} gives an open end"


def test_a_figure_that_changed_keeps_its_earlier_value():
    share = RATES["subscriptions.creator_share_us_ca"]
    assert share.as_of
    assert share.history
    assert share.history[-1].until == share.as_of
    assert share.history[-1].value != share.value


BROKEN = {
    "stated without TikTok": (
        '[figures."a.b"]\nvalue = "1"\nunit = "usd"\nrole = "stated"\nlabel = { en = "A", fr = "A" }\n'
        'sources = [{ id = "blog", quote = "1" }]\n',
        "stated by TikTok",
    ),
    "a number as a float": (
        '[figures."a.b"]\nvalue = 0.4\nunit = "usd"\nrole = "example"\nlabel = { en = "A", fr = "A" }\n',
        "strings",
    ),
    "unknown source": (
        '[figures."a.b"]\nvalue = "1"\nunit = "usd"\nrole = "reported"\nlabel = { en = "A", fr = "A" }\nsources = ["nowhere"]\n',
        "unknown source",
    ),
    "unknown unit": (
        '[figures."a.b"]\nvalue = "1"\nunit = "usd-per-smile"\nrole = "example"\nlabel = { en = "A", fr = "A" }\n',
        "unit",
    ),
    "derived from itself": (
        '[figures."a.b"]\nderived = "a.b * 2"\nunit = "usd"\nrole = "example"\nlabel = { en = "A", fr = "A" }\n',
        "derived from itself",
    ),
}
HEADER = (
    'reviewed = "2026-11-23"\n[sources.blog]\npublisher = "Blog"\ntitle = "T"\nurl = "https://example.org/"\n'
    'lang = "en"\nchecked = "2026-11-23"\n'
)


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_the_loader_refuses_a_broken_data_file(case):
    text, message = BROKEN[case]
    with pytest.raises((DataError, ValueError), match=message):
        load(HEADER + text)
