"""Typographic spacing in the reader's language: French puts a narrow no-break space before ; ! ?
and a no-break space before : and inside « ». The rules are data (`spacing` in locales.toml);
the site build applies them to every text node of a page, and messages get them here."""

from __future__ import annotations

import re
from functools import cache

from .locales import locale

_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@cache
def _rules(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(pattern), _UNICODE_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), replacement))
        for pattern, replacement in locale(lang).spacing
    )


def space(text: str, lang: str) -> str:
    """`text` with the typographic spaces of `lang` (prose only: not code, not an address)."""
    for pattern, replacement in _rules(lang):
        text = pattern.sub(replacement, text)
    return text
