"""The built site, checked as files: both languages, pre-rendered calculators, a self-contained runtime."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from calculators import CALCULATORS, evaluate
from calculators.engine import evaluate_goal
from calculators.fields import GOAL_INPUT
from calculators.locales import locale
from sitebuild.forms import STATUS_MESSAGES, FormConfig
from tests.support.html import read_page

PREFETCH_LIST = re.compile(r'<script type="application/json" id="runtime-prefetch">(.*?)</script>', re.DOTALL)
PRELOAD_HINT = re.compile(r'<link rel="preload" href="([^"]+)" as="fetch" crossorigin>')

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
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"):
        assert (runtime / name).stat().st_size > 0, name
    [package_dir] = (built_site / "assets" / "calculators").iterdir()
    lock = json.loads((package_dir / "pyodide-lock.json").read_text(encoding="utf-8"))
    assert list(lock["packages"]) == ["calculators"]
    entry = lock["packages"]["calculators"]
    wheel = package_dir / entry["file_name"]
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    assert digest == entry["sha256"]
    folder = hashlib.sha256(wheel.read_bytes() + npm_version.encode()).hexdigest()
    assert package_dir.name == folder[:16], "the wheel's folder is named after its content and the runtime's version"
    assert lock["info"]["python"].startswith("3.14")
    page = read_page(built_site / "methods" / "live-gifts" / "index.html")
    config = page.forms[0].config
    assert config["runtime"] == f"assets/pyodide/{npm_version}/"
    assert config["package"] == f"assets/calculators/{package_dir.name}/"


def test_the_standard_library_is_trimmed_and_compiled(built_site: Path):
    """Beside the wheel: only compiled modules (hash-based, so no source is needed), fewer than
    the npm package's, the calculators' own imports among them."""
    [package_dir] = (built_site / "assets" / "calculators").iterdir()
    with zipfile.ZipFile(package_dir / "python_stdlib.zip") as library:
        names = library.namelist()
        magic = {library.read(name)[:4] for name in names}
        flags = {library.read(name)[4:8] for name in names}
    with zipfile.ZipFile(PROJECT / "node_modules" / "pyodide" / "python_stdlib.zip") as full:
        sources = [name for name in full.namelist() if name.endswith(".py")]
    assert names
    assert all(name.endswith(".pyc") for name in names)
    assert len(names) < len(sources) / 2
    assert {"decimal.pyc", "tomllib/__init__.pyc", "json/__init__.pyc", "pyodide/_package_loader.pyc"} <= set(names)
    assert len(magic) == 1, "one Python compiled them all"
    assert flags == {(1).to_bytes(4, "little")}, "unchecked hash-based bytecode: valid without its source"


def test_text_pages_do_not_mention_the_runtime(built_site: Path):
    """Only the page script decides to load Python: where a form exists, or on a reader's intent
    to open one (the inert prefetch list, its only mention on a text page)."""
    for page in (built_site / "glossary" / "index.html", built_site / "fr" / "sources" / "index.html"):
        html = page.read_text(encoding="utf-8")
        listed = PREFETCH_LIST.search(html)
        assert listed is not None, page
        assert "pyodide" not in PREFETCH_LIST.sub("", html).lower(), page
        assert 'rel="preload"' not in html, page
        assert 'rel="prefetch"' not in html, page
        prefetch = json.loads(listed.group(1))
        assert {"methods/live-gifts/", "fr/methods/live-gifts/", ""} <= set(prefetch["pages"])
        assert "glossary/" not in prefetch["pages"]
        assert all((built_site / file).is_file() for file in prefetch["files"]), prefetch["files"]


def test_calculator_pages_preload_the_runtime(built_site: Path):
    """The runtime's downloads start as the HTML arrives, largest first, each file one the
    worker asks for."""
    for page in (built_site / "methods" / "live-gifts" / "index.html", built_site / "fr" / "index.html"):
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        hints = PRELOAD_HINT.findall(head)
        assert hints, page
        files = [(page.parent / href).resolve() for href in hints]
        assert all(file.is_file() for file in files), hints
        names = [file.name for file in files]
        assert names[0] == "pyodide.asm.wasm"
        assert {"pyodide.mjs", "pyodide.asm.mjs", "python_stdlib.zip", "pyodide-lock.json"} <= set(names)
        assert any(name.endswith(".whl") for name in names)
        assert "runtime-prefetch" not in html


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


def test_compressible_files_have_precompressed_copies(built_site: Path):
    """For hosts that serve them: each copy holds exactly the file, and is smaller."""
    import gzip

    import brotli  # type: ignore[import-untyped]

    [wasm] = (built_site / "assets" / "pyodide").glob("*/pyodide.asm.wasm")
    page = built_site / "methods" / "live-gifts" / "index.html"
    for file in (wasm, page):
        data = file.read_bytes()
        packed_gz = file.with_name(file.name + ".gz").read_bytes()
        packed_br = file.with_name(file.name + ".br").read_bytes()
        assert gzip.decompress(packed_gz) == data, file
        assert brotli.decompress(packed_br) == data, file
        assert len(packed_br) < len(packed_gz) < len(data), file
    assert not list(built_site.rglob("*.zip.gz")), "the standard library compresses itself"


def test_the_first_paint_waits_for_the_whole_header(built_site: Path):
    """Chromium paints a page as it streams in; painted halfway through the header, the buttons
    already there step aside when the next ones arrive (a layout shift). `rel=expect` holds the
    first paint until a mark just after the header, which every page must carry, or the paint
    would wait for the whole document."""
    expect = re.compile(r'<link rel="expect" href="#([\w-]+)" blocking="render">')
    for path in sorted(built_site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if "</header>" not in html:
            continue  # a redirect page, with nothing to paint
        found = expect.search(html)
        assert found, f"{path.relative_to(built_site)} paints before its header is parsed"
        mark = html.find(f'id="{found.group(1)}"')
        assert html.index("</header>") < mark < html.index("<main"), path.relative_to(built_site)
