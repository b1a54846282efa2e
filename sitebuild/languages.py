"""One search index and one sitemap per language.

mkdocs-static-i18n writes a single search index holding both languages. French pages load
their index and their sitemap from the French root (see overrides/main.html), so each language
searches only its own pages, with its own stemmer, and instant navigation stays inside it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

SECOND_LANGUAGES = ("fr",)


def split_search_index(site_dir: Path) -> None:
    """Split MkDocs' index into one per language; a generator with another search format is left as is."""
    index_path = site_dir / "search" / "search_index.json"
    if not index_path.exists():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    by_language: dict[str, list[dict]] = {"en": []}
    for doc in index["docs"]:
        lang = next(
            (code for code in SECOND_LANGUAGES if doc["location"].startswith(f"{code}/") or doc["location"] == code),
            "en",
        )
        if lang != "en":
            doc = {**doc, "location": doc["location"].removeprefix(f"{lang}/").removeprefix(lang)}
        by_language.setdefault(lang, []).append(doc)
    for lang, docs in by_language.items():
        target = index_path if lang == "en" else site_dir / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        config = {**index["config"], "lang": [lang]}
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False), encoding="utf-8")


def write_language_sitemap(site_dir: Path, lang: str) -> None:
    """A sitemap of one language's pages, under that language's root."""
    if not (site_dir / "sitemap.xml").exists() or not (site_dir / lang).is_dir():
        return
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    urls = re.findall(r"<url>.*?</url>", sitemap, flags=re.DOTALL)
    kept = [url for url in urls if re.search(rf"<loc>[^<]*/{lang}/[^<]*</loc>", url)]
    head = sitemap[: sitemap.index("<url>")] if urls else sitemap
    (site_dir / lang / "sitemap.xml").write_text(head + "\n".join(kept) + "\n</urlset>\n", encoding="utf-8")
