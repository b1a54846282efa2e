"""Link previews, computed without any site generator: sitebuild.social's plain functions."""

from __future__ import annotations

import pytest

from sitebuild import social
from sitebuild.errors import BuildError

SITE = "https://example.org/guide/"


def card(url: str, lang: str = "en", calculators: tuple[str, ...] = (), **changes: str) -> dict:
    values = {"title": "LIVE gifts", "description": "How coins become cash: tip", "site_name": "How TikTok pays"}
    values.update(changes)
    return social.page_card(site_url=SITE, url=url, lang=lang, calculators=calculators, **values)


def test_a_page_card_points_at_the_page_and_the_site_image():
    english = card("methods/live-gifts/")
    assert english["url"] == "https://example.org/guide/methods/live-gifts/"
    assert english["image"] == "https://example.org/guide/assets/social.png"
    assert (english["locale"], english["alternate_locales"]) == ("en_US", ["fr_FR"])
    french = card("fr/methods/live-gifts/", "fr", description="Comment les Pièces deviennent de l'argent : astuce")
    assert (french["locale"], french["alternate_locales"]) == ("fr_FR", ["en_US"])
    assert french["description"] == "Comment les Pièces deviennent de l'argent\u00a0: astuce"
    assert french["image_alt"].startswith("Comment TikTok paie")


def test_a_calculator_page_is_titled_by_its_calculators_but_the_home_is_not():
    assert card("methods/live-gifts/", calculators=("live-gifts",))["title"] == "LIVE gifts calculator"
    assert card("fr/methods/live-gifts/", "fr", ("live-gifts",))["title"] == "Calculateur de Cadeaux LIVE"
    both = card("getting-paid/", calculators=("eligibility", "payout"))["title"]
    assert both == "Eligibility checker and Payout calculator"
    assert card("", calculators=("quick-estimate",), title="How TikTok pays creators")["title"] == (
        "How TikTok pays creators"
    )
    assert card("fr/", "fr", ("quick-estimate",), title="Comment TikTok paie")["title"] == "Comment TikTok paie"
    assert card("glossary/")["title"] == "LIVE gifts"


def test_the_site_address_must_be_absolute():
    with pytest.raises(BuildError, match="absolute"):
        social.page_card(
            site_url="/guide/", url="", lang="en", title="T", description="D", site_name="S", calculators=()
        )
    assert (
        card("x/")["url"]
        == social.page_card(site_url=SITE.rstrip("/"), url="x/", lang="en", title="T", description="D", site_name="S")[
            "url"
        ]
    )


def test_the_image_is_drawn_without_fetching_anything_and_never_shows_a_missing_letter():
    from PIL import ImageFont

    default = ImageFont.load_default(size=30)  # Pillow's own font: no accented letters
    assert social.drawable("Toutes les façons d'être payé", default) == "Toutes les facons d'etre paye"
    assert social.font_file("bold", folders=()) is None
    image = social.draw_image()
    assert image.size == social.IMAGE_SIZE


def test_wrap_keeps_lines_within_the_width():
    from PIL import ImageFont

    font = ImageFont.load_default(size=30)
    lines = social.wrap(social.TAGLINE("en"), font, 500)
    assert len(lines) > 1
    assert " ".join(lines) == social.TAGLINE("en")
    assert all(font.getlength(line) <= 500 for line in lines)
