"""What a page shows when its link is shared: Open Graph and Twitter card data, and the site image.

Chats and social networks read `og:title`, `og:description`, `og:url` and `og:image` from the
page they are given; without them a link shows as a bare address. `page_card` computes those
values for one page, in its language (the theme writes them as `<meta>` tags); `write_image` draws
the one site image at build time, with a font found on the machine or the one inside Pillow, so
the build fetches nothing. The image's address must be absolute, so it is built from `site_url`.

A page holding calculators is shared for them: its card's title names them ("LIVE gifts
calculator"), and a shared link keeps its inputs in its query (`?live-gifts.coins=1500`), which
the page reads back. `og:url` stays the page's canonical address.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from calculators import CALCULATORS
from calculators.locales import locale
from calculators.text import LANGUAGES, Lang, Text
from calculators.typography import space

from .errors import BuildError

IMAGE = "assets/social.png"
"""The site image, relative to the site root."""
IMAGE_SIZE = (1200, 630)
"""The size link previews expect for a large image (1.91:1)."""

SITE_NAME = Text("How TikTok pays", "Comment TikTok paie")
"""Drawn on the image in both languages; the tests check it against each language's site_name."""
TAGLINE = Text(
    "Every way creators get paid, with sourced figures and calculators",
    "Toutes les façons d'être payé, avec des chiffres sourcés et des calculateurs",
)
IMAGE_ALT = Text(
    "How TikTok pays, Comment TikTok paie: every way creators get paid, with sourced figures and calculators.",
    "Comment TikTok paie, How TikTok pays : toutes les façons d'être payé, avec des chiffres sourcés et des calculateurs.",
)
NOT_FOUND = Text("Page not found", "Page introuvable")

BACKGROUND = "#880e4f"  # the theme's dark primary colour (docs/assets/site.css)
BARS = "#c2185b"
WHITE = "#ffffff"
PALE = "#f8bbd0"


def _home(url: str) -> bool:
    page = url
    for lang in LANGUAGES[1:]:
        page = page.removeprefix(f"{lang}/")
    return page in ("", "index.html")


def card_title(title: str, url: str, calculators: Sequence[str], lang: Lang) -> str:
    """The page's title, or, on a page that holds calculators (the home page aside, which holds
    its estimator), the calculators' titles: a shared calculator link shows the calculator."""
    if not calculators or _home(url):
        return title
    return locale(lang).join([CALCULATORS[slug].title(lang) for slug in calculators])


def page_card(
    *,
    site_url: str,
    url: str,
    lang: Lang,
    title: str,
    description: str,
    site_name: str,
    calculators: Sequence[str] = (),
) -> dict[str, Any]:
    """One page's link-preview data, in its language. `url` is the page's address relative to the
    site root (`fr/methods/live-gifts/`); `site_url` is where the site lives (absolute)."""
    if not site_url.startswith(("https://", "http://")):
        raise BuildError(f"site_url must be an absolute address for link previews, not {site_url!r}")
    root = site_url if site_url.endswith("/") else site_url + "/"
    others = [other for other in LANGUAGES if other != lang]
    return {
        "type": "website",
        "site_name": site_name,
        "title": space(card_title(title, url, calculators, lang), lang),
        "description": space(description, lang),
        "url": root + url.lstrip("/"),
        "locale": locale(lang).social_locale,
        "alternate_locales": [locale(other).social_locale for other in others],
        "image": root + IMAGE,
        "image_type": "image/png",
        "image_width": IMAGE_SIZE[0],
        "image_height": IMAGE_SIZE[1],
        "image_alt": space(IMAGE_ALT(lang), lang),
        "twitter_card": "summary_large_image",
    }


FONT_FOLDERS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "C:/Windows/Fonts",
)
FONTS = {
    "bold": ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "NotoSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf"),
    "regular": ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "Arial.ttf", "arial.ttf"),
}
"""Fonts found on the machine, best first; without any, Pillow's own font (which lacks accents)."""


def font_file(weight: str, folders: Sequence[str] = FONT_FOLDERS) -> Path | None:
    """A local font file of that weight, or None: nothing is ever downloaded."""
    found = _local_fonts(tuple(folders))
    return next((found[name] for name in FONTS[weight] if name in found), None)


@cache
def _local_fonts(folders: tuple[str, ...]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in folders:
        root = Path(folder)
        if root.is_dir():
            for path in sorted(root.rglob("*.tt[fc]")):
                found.setdefault(path.name, path)
    return found


def drawable(text: str, font: Any) -> str:
    """`text` with each letter the font lacks replaced by its unaccented form (é -> e), so the image
    never shows an empty box; fonts that cover French leave it as it is."""
    missing = bytes(font.getmask("\U0010fffe"))
    kept = []
    for character in text:
        if not character.isascii() and bytes(font.getmask(character)) == missing:
            character = unicodedata.normalize("NFKD", character)[0]
        kept.append(character)
    return "".join(kept)


def draw_image() -> Any:
    """The site image: both languages' names and the tagline on the theme's colour, beside a
    rising bar chart. Pillow is needed only here, at build time."""
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:  # pragma: no cover - the `site` extras install it
        raise BuildError("Pillow is needed to draw the site image: pip install -e '.[site]'") from None
    width, height = IMAGE_SIZE
    image = Image.new("RGB", IMAGE_SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    # Three rising bars, at the right: what a creator's income could do.
    bottom, bar = height - 90, 70
    for number, bar_height in enumerate((150, 250, 370)):
        left = width - 330 + number * (bar + 30)
        draw.rounded_rectangle((left, bottom - bar_height, left + bar, bottom), radius=10, fill=BARS)
    draw.line((width - 360, bottom, width - 60, bottom), fill=PALE, width=4)

    files = {weight: font_file(weight) for weight in FONTS}

    def font(size: int, weight: str = "regular") -> Any:
        path = files[weight] or files["regular"]
        return ImageFont.truetype(str(path), size) if path else ImageFont.load_default(size=size)

    def text(position: tuple[int, int], words: str, face: Any, colour: str) -> None:
        draw.text(position, drawable(words, face), font=face, fill=colour)

    left, right = 80, width - 380
    text((left, 110), SITE_NAME("en"), font(88, "bold"), WHITE)
    text((left, 225), SITE_NAME("fr"), font(60, "bold"), PALE)
    small, top = font(30), 360
    for lang in LANGUAGES:
        for line in wrap(drawable(TAGLINE(lang), small), small, right - left):
            text((left, top), line, small, WHITE if lang == "en" else PALE)
            top += 42
        top += 16
    return image


def wrap(text: str, font: Any, width: int) -> list[str]:
    """`text` cut into lines no wider than `width` pixels in `font`, between words."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def write_image(site_dir: Path) -> Path:
    """Draw the site image into the built site; return its path."""
    target = site_dir / IMAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    draw_image().save(target, format="PNG", optimize=True)
    return target
