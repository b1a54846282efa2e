"""The charts write their numbers the way the page does: the value axis in dollars, in percent or
as a plain count, as Python decides from the outputs a chart plots, in the page's language and
with the site's own typography (French: `1 000 $US`, `4 %`, narrow no-break spaces). The tick
labels are read from the charts actually drawn, before and after Python answers."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from calculators.numbers import format_decimal, format_money, format_percent
from tests.browser.conftest import PYTHON_READY_TIMEOUT, fill
from tests.browser.test_every_calculator import calculator_pages

pytestmark = pytest.mark.browser

NUMBER = {"en": r"\d{1,3}(,\d{3})*(\.\d{1,2})?", "fr": r"\d{1,3}(\u202f\d{3})*(,\d{1,2})?"}
TICK = {
    "money": {"en": rf"\$({NUMBER['en']})", "fr": rf"({NUMBER['fr']})\u00a0\$US"},
    "percent": {"en": rf"({NUMBER['en']})%", "fr": rf"({NUMBER['fr']})\u202f%"},
    "count": {"en": r"(\d{1,3}(,\d{3})*)", "fr": r"(\d{1,3}(\u202f\d{3})*)"},
}

# The chart's tick labels as drawn, by scale (none for a doughnut), or null before it is drawn.
TICKS = """figure => {
  const chart = window.Chart?.getChart(figure.querySelector("canvas"));
  if (!chart) return null;
  return Object.fromEntries(Object.entries(chart.scales).map(([id, scale]) => [id, scale.ticks.map((tick) => tick.label)]));
}"""

# What the tooltip of each slice says, through the chart's own callback.
TOOLTIPS = """figure => {
  const chart = window.Chart.getChart(figure.querySelector("canvas"));
  const label = chart.config.options.plugins.tooltip.callbacks.label;
  const dataset = chart.data.datasets[0];
  return dataset.data.map((_, dataIndex) => label({ dataset, datasetIndex: 0, dataIndex }));
}"""


def drawn_ticks(page, figure: str) -> dict[str, list[str]]:
    """Poll (without evaluating strings, which the content security policy forbids) until drawn."""
    for _ in range(150):
        ticks = page.locator(figure).evaluate(TICKS)
        if ticks is not None:
            return ticks
        page.wait_for_timeout(100)
    raise AssertionError(f"{figure} was never drawn")


def open_ready(recorded, built_site, served_site, slug: str, lang: str):
    page = recorded.page
    page.goto(served_site + calculator_pages(built_site)[(slug, lang)])
    page.wait_for_selector(f'form[data-calculator="{slug}"][data-state=ready]', timeout=PYTHON_READY_TIMEOUT)
    return page


def check_ticks(ticks: list[str], axis_format: str, lang: str) -> None:
    assert ticks, "the axis has ticks"
    pattern = re.compile(TICK[axis_format][lang])
    for tick in ticks:
        assert pattern.fullmatch(tick), f"{tick!r} is not a {axis_format} tick in {lang}"
    if axis_format != "money":
        assert not any("$" in tick for tick in ticks)
    if axis_format != "percent":
        assert not any("%" in tick for tick in ticks)


# (calculator, chart index, kind, axis format, a field to type into, a value that makes the axis
# run into the thousands (or, for percent, over 100 %))
AXES = [
    ("creator-rewards", 0, "bars", "money", "qualified_views", 10_000_000),
    ("creator-rewards", 1, "growth", "money", "qualified_views", 10_000_000),
    ("brand-deal", 1, "growth", "money", "followers", 5_000_000),
    ("engagement-rate", 0, "bars", "percent", "likes", 1_000_000),
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    ("slug", "index", "kind", "axis_format", "field", "big"), AXES, ids=[f"{a[0]}-{a[2]}-{a[3]}" for a in AXES]
)
def test_the_value_axis_is_written_like_the_page(
    recorded, built_site, served_site, lang, slug, index, kind, axis_format, field, big
):
    page = open_ready(recorded, built_site, served_site, slug, lang)
    form = f'form[data-calculator="{slug}"]'
    figure = f'{form} figure[data-chart="{index}"]'
    before = drawn_ticks(page, figure)
    assert sorted(before) == ["x", "y"], f"a {kind} chart has a category axis and a value axis"
    check_ticks(before["y"], axis_format, lang)

    # Python's answer redraws the chart (and refills its table) with bigger numbers: thousands.
    table = page.locator(f"{figure} tbody")
    shown = table.text_content()  # what to_have_text compares with
    fill(page, f"{form} [name={field}]", format_decimal(Decimal(big), lang))
    expect(table).not_to_have_text(shown)
    after = drawn_ticks(page, figure)
    assert after["y"] != before["y"]
    check_ticks(after["y"], axis_format, lang)
    grouped = "," if lang == "en" else "\u202f"
    assert any(grouped in tick for tick in after["y"]), after["y"]
    assert recorded.errors == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_share_chart_has_no_axis_and_says_percent(recorded, built_site, served_site, lang):
    page = open_ready(recorded, built_site, served_site, "income-mix", lang)
    figure = 'form[data-calculator="income-mix"] figure[data-chart="0"]'
    assert drawn_ticks(page, figure) == {}, "a doughnut has no axis"
    labels = page.locator(figure).evaluate(TOOLTIPS)
    percent = re.compile(rf".+: {TICK['percent'][lang]}")
    shares = [label for label in labels if not label.endswith(": ")]
    assert shares, labels
    for label in shares:
        assert percent.fullmatch(label), f"{label!r} is not a share in percent in {lang}"
    assert recorded.errors == []


# The formatter the axes use, against Python's own formatting of the same numbers.
FORMAT = """async ([formatName, values]) => {
  const script = document.querySelector('script[src$="assets/js/page.js"]');
  const { axisFormatter } = await import(new URL("charts.js", script.src).href);
  const form = document.querySelector("form[data-calculator]");
  const config = JSON.parse(form.dataset.config);
  const format = axisFormatter(formatName, form.dataset.lang, config.numbers);
  return values.map((value) => format(value));
}"""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_axis_numbers_are_written_as_python_writes_them(recorded, built_site, served_site, lang):
    page = open_ready(recorded, built_site, served_site, "live-gifts", lang)
    values = ["0", "4", "12000", "1234567", "-1500"]
    numbers = [Decimal(value) for value in values]
    as_js = {name: page.evaluate(FORMAT, [name, [float(value) for value in values]]) for name in TICK}
    assert as_js["money"] == [format_money(number, lang, places=0) for number in numbers]
    assert as_js["count"] == [format_decimal(number, lang) for number in numbers]
    assert as_js["percent"] == [format_percent(number, lang) for number in numbers]
    assert page.evaluate(FORMAT, ["percent", [4.35, 0.5]]) == [
        format_percent(Decimal(v), lang) for v in ("4.35", "0.5")
    ]
    assert page.evaluate(FORMAT, ["count", [2.6]]) == ["3"]
    assert recorded.errors == []
