"""Bilingual strings. The language is always passed in, never read from global state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["en", "fr"]
LANGUAGES: tuple[Lang, ...] = ("en", "fr")


@dataclass(frozen=True)
class Text:
    """One sentence in English and in French; `format` fills the same placeholders in both."""

    en: str
    fr: str

    def __call__(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en

    def format(self, lang: Lang, **values: object) -> str:
        return self(lang).format(**values)


def check_lang(lang: str) -> Lang:
    """Narrow a user-supplied language code, so a typo fails loudly instead of silently meaning English."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang  # type: ignore[return-value]
