"""The built site, checked as files: both languages, pre-rendered calculators, a self-contained runtime."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from calculators import CALCULATORS, evaluate
from calculators.engine import evaluate_goal
from calculators.fields import GOAL_INPUT
from calculators.locales import locale
from sitebuild.forms import STATUS_MESSAGES, FormConfig
from tests.support.html import read_page

pytestmark = pytest.mark.site

PROJECT = Path(__file__).resolve().parents[2]
DOCS = PROJECT / "docs"


def english_sources() -> list[Path]:
    return sorted(path for path in DOCS.rglob("*.md") if not path.name.endswith(".fr.md"))


def built_path(site: Path, source: Path, lang: str) -> Path:
    relative = source.relative_to(DOCS)
    folder = relative.parent if relative.name == "index.md" else relative.with_suffix("")
    return (site / "fr" if lang == "fr" else site) / folder / "index.html"


def all_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_exists_in_both_languages(built_site: Path):
    for source in english_sources():
        assert source.with_name(source.stem + ".fr.md").exists(), f"{source.name} has no French twin"
        english, french = (
            read_page(built_path(built_site, source, "en")),
            read_page(built_path(built_site, source, "fr")),
        )
        assert (english.lang, french.lang) == ("en", "fr"), source


def test_calculators_are_prerendered_with_their_defaults(built_site: Path):
    seen = set()
    for page_path in all_pages(built_site):
        page = read_page(page_path)
        for form in page.forms:
            slug, lang = form.attrs["data-calculator"], page.lang
            seen.add(slug)
            assert form.attrs["data-state"] == "static"
            assert form.attrs["data-lang"] == lang
            calculator = CALCULATORS[slug]
            goal = {GOAL_INPUT} if calculator.goal is not None else set()
            assert set(form.inputs) == {field.name for field in calculator.fields} | goal
            evaluation = evaluate(slug, {}, lang)
            outputs = evaluation.outputs()
            texts = evaluation.formatted()
            if calculator.goal is not None:  # the goal's answer for the default goal, after the results
                answer = evaluate_goal(evaluation)
                outputs.update(answer.values)
                texts.update(answer.text)
            assert list(form.outputs) == list(outputs), page_path
            for name, value in outputs.items():
                expected = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                assert form.outputs[name]["data-value"] == expected, (page_path, name)
                assert form.output_text[name] == texts[name], (page_path, name)
    assert "live-gifts" in seen


def test_each_form_carries_one_json_configuration(built_site: Path):
    """The page script's settings are one JSON attribute per form, not scattered data attributes."""
    for page_path in all_pages(built_site):
        page = read_page(page_path)
        for form in page.forms:
            slug = form.attrs["data-calculator"]
            assert set(form.attrs) == {
                "class",
                "method",
                "novalidate",
                "data-calculator",
                "data-state",
                "data-lang",
                "data-config",
                "aria-labelledby",
            }
            config = form.config
            assert set(config) == set(FormConfig.__annotations__), (page_path, slug)
            assert set(config["messages"]) == set(STATUS_MESSAGES)
            assert config["charts"] == evaluate(slug, {}, page.lang).charts(), (page_path, slug)
            assert (config["chartjs"] is not None) == bool(CALCULATORS[slug].charts)
            assert config["numbers"]["group"] == locale(page.lang).group


def test_the_french_form_is_written_in_french(built_site: Path):
    page = read_page(built_site / "fr" / "methods" / "live-gifts" / "index.html")
    form = next(form for form in page.forms if form.attrs["data-calculator"] == "live-gifts")
    assert form.inputs["coins"]["value"] == "10\u202f000"
    assert form.inputs["diamonds_per_coin"]["value"] == "0,5"
    assert form.output_text["earnings"] == "25,00\u00a0$US"


def test_no_page_loads_anything_from_another_origin(built_site: Path):
    for page_path in all_pages(built_site):
        for resource in read_page(page_path).resources:
            assert not urlsplit(resource).netloc, f"{page_path} loads {resource}"
    for stylesheet in built_site.rglob("*.css"):
        text = stylesheet.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text, stylesheet
        assert "@import url(http" not in text, stylesheet


def test_the_runtime_ships_with_the_site(built_site: Path):
    npm_version = json.loads((PROJECT / "node_modules" / "pyodide" / "package.json").read_text())["version"]
    assert npm_version == json.loads((PROJECT / "package.json").read_text())["dependencies"]["pyodide"]
    runtime = built_site / "assets" / "pyodide" / npm_version
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"):
        assert (runtime / name).stat().st_size > 0, name
    [package_dir] = (built_site / "assets" / "calculators").iterdir()
    lock = json.loads((package_dir / "pyodide-lock.json").read_text(encoding="utf-8"))
    assert list(lock["packages"]) == ["calculators"]
    entry = lock["packages"]["calculators"]
    wheel = package_dir / entry["file_name"]
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert digest == entry["sha256"]
    assert package_dir.name == digest[:16], "the wheel's folder is named after its content"
    assert lock["info"]["python"].startswith("3.14")
    page = read_page(built_site / "methods" / "live-gifts" / "index.html")
    config = page.forms[0].config
    assert config["runtime"] == f"assets/pyodide/{npm_version}/"
    assert config["package"] == f"assets/calculators/{package_dir.name}/"


def test_text_pages_do_not_mention_the_runtime(built_site: Path):
    """Only the page script decides to load Python, and only where a form exists."""
    for page in (built_site / "glossary" / "index.html", built_site / "fr" / "sources" / "index.html"):
        assert "pyodide" not in page.read_text(encoding="utf-8").lower(), page


def test_each_language_searches_its_own_pages(built_site: Path):
    english = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    french = json.loads((built_site / "fr" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert english["config"]["lang"] == ["en"]
    assert french["config"]["lang"] == ["fr"]
    assert not any(doc["location"].startswith("fr/") for doc in english["docs"])
    assert any(doc["location"].startswith("methods/live-gifts/") for doc in french["docs"])
    french_titles = {doc["title"] for doc in french["docs"]}
    assert "Accueil" in french_titles or any("Cadeaux" in title for title in french_titles)


def test_the_home_page_opens_on_the_estimator(built_site: Path):
    """In both languages: the title, one sentence, then the quick estimate, compact, before any
    other section; the methods follow as grid cards."""
    for prefix in ("", "fr/"):
        html = (built_site / prefix / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article") :]
        form = article.index('<form class="calc calc--compact"')
        assert 'data-calculator="quick-estimate"' in article[form : form + 200]
        assert article.index("<h1") < article.index("<p>") < form < article.index("<h2"), prefix
        assert article.count('<div class="grid cards">') == 2, prefix
        assert read_page(built_site / prefix / "index.html").forms[0].attrs["data-calculator"] == "quick-estimate"
