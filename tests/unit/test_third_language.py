"""A third language needs data and pages only: a scratch locale record, and the calculators,
numbers, dates, typography and the site's pages all follow it, with no code change."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from calculators import evaluate, locales
from calculators.numbers import format_money, format_percent, parse_decimal
from calculators.text import check_lang


@pytest.fixture
def scratch_language(monkeypatch: pytest.MonkeyPatch) -> str:
    """A record for "xx", as a contributor would add one to data/locales.toml."""
    records = dict(locales._records())
    records["xx"] = dataclasses.replace(
        records["fr"],
        code="xx",
        name="Scratch",
        group=".",
        percent="{number} pct",
        currency_symbols={"USD": "USD", "EUR": "EUR", "GBP": "GBP"},
        money="{sign}{symbol} {number}",
        months=tuple(f"Month{number}" for number in range(1, 13)),
        first_day="1.",
        list_and=" & ",
        spacing=(("\\s+:", ":"),),
        second_currency="GBP",
    )
    monkeypatch.setattr(locales, "_records", lambda: records)
    return "xx"


def test_numbers_follow_the_record(scratch_language):
    assert check_lang(scratch_language) == "xx"
    assert format_money(Decimal("1234.5"), "xx") == "USD 1.234,50"
    assert format_percent(Decimal("17.5"), "xx") == "17,5 pct"
    assert parse_decimal("1 500,5", "xx") == Decimal("1500.5")
    assert locales.locale("xx").format_date("2025-10-01") == "1. Month10 2025"
    assert locales.locale("xx").join(["a", "b", "c"]) == "a, b & c"


def test_a_calculator_answers_in_it(scratch_language):
    evaluation = evaluate("live-gifts", {"coins": "1 500"}, "xx")
    assert evaluation.ok, evaluation.errors
    assert evaluation.outputs()["earnings"] == "3.75"  # the JSON does not depend on the language
    assert evaluation.formatted()["earnings"] == "USD 3,75"
    assert evaluate("live-gifts", {"coins": "1,5"}, "xx").errors["coins"]  # read with its own rules
    # Gifts by name too: 1 500 Roses and a Lion are 1,500 + 29,999 coins; its comma is decimal.
    assert evaluate("live-gifts", {"gifts": "1 500 × Rose, Lion"}, "xx").outputs()["gift_coins"] == "31499"
    assert evaluate("live-gifts", {"gifts": "1,5 × Rose"}, "xx").errors["gifts"]


def test_the_site_builds_a_page_in_it(scratch_language):
    from sitebuild import figures, forms, runtime
    from sitebuild.finish import PROJECT
    from sitebuild.pages import expand_markdown, finish_page

    markdown, slugs = expand_markdown(
        'Packs cost {{ rate("live_gifts.coin_pack_price") }} since {{ as_of("subscriptions.creator_share_us_ca") }}.\n\n'
        '{{ calculator("live-gifts") }}\n',
        "xx",
        "scratch.md",
    )
    assert slugs == ["live-gifts"]
    assert ">USD 0,99<" in markdown
    assert "1. Month10 2025" in markdown
    assert figures.cite_one(figures.RATES["live.min_age"].sources[0], "xx").startswith('<cite class="source">')
    form = forms.render("live-gifts", "xx", runtime.prepare(PROJECT))
    assert 'data-lang="xx"' in form
    assert 'value="10.000"' in form  # the default number of coins, grouped its way
    assert "selected>pounds (GBP)" in form or "GBP" in form  # its second currency, from its record
    assert finish_page("<p>Hello :</p>", "xx") == "<p>Hello:</p>"  # its typography, from its record


def test_the_language_selector_leads_to_each_twin(scratch_language, monkeypatch: pytest.MonkeyPatch):
    """Each twin carries its language's folder, which the page script reads to find the twin of the
    page in view after instant navigation (docs/assets/js/language-links.js), so no folder is typed."""
    from sitebuild import build

    monkeypatch.setattr(build, "LANGUAGES", ("en", "fr", scratch_language))
    for url in ("methods/tips/", "fr/methods/tips/", "xx/methods/tips/"):
        twins = {twin["lang"]: twin for twin in build.twins(url)}
        assert {lang: twin["path"] for lang, twin in twins.items()} == {
            "en": "methods/tips/",
            "fr": "fr/methods/tips/",
            "xx": "xx/methods/tips/",
        }
        assert all(twin["path"] == twin["prefix"] + "methods/tips/" for twin in twins.values())
    assert [twin["path"] for twin in build.twins("xx/")] == ["", "fr/", "xx/"]
