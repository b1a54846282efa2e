"""Bilingual strings. The language is always passed in, never read from global state."""

from __future__ import annotations

from dataclasses import dataclass

from .locales import languages

Lang = str
"""A language code with a record in data/locales.toml: "en", "fr"."""
LANGUAGES: tuple[Lang, ...] = languages()


@dataclass(frozen=True)
class Text:
    """One sentence in English and in French; `format` fills the same placeholders in both. A
    language with a locale record but no translation of its own reads the English."""

    en: str
    fr: str

    def __call__(self, lang: Lang) -> str:
        return {"en": self.en, "fr": self.fr}.get(lang, self.en)

    def format(self, lang: Lang, **values: object) -> str:
        return self(lang).format(**values)


def check_lang(lang: str) -> Lang:
    """Check a user-supplied language code, so a typo fails loudly instead of silently meaning English."""
    if lang not in languages():
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(languages())}")
    return lang
