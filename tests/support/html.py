"""Read built pages with the standard library: forms, outputs, resources, ids and links."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar


@dataclass
class Form:
    attrs: dict[str, str]
    inputs: dict[str, dict[str, str]] = field(default_factory=dict)
    outputs: dict[str, dict[str, str]] = field(default_factory=dict)
    output_text: dict[str, str] = field(default_factory=dict)

    @property
    def config(self) -> dict:
        """The page script's configuration of the form (`data-config`)."""
        return json.loads(self.attrs["data-config"])


@dataclass
class Page:
    forms: list[Form] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)  # what the browser fetches by itself
    links: list[str] = field(default_factory=list)  # <a href>
    ids: set[str] = field(default_factory=set)
    lang: str = ""
    meta: dict[str, list[str]] = field(default_factory=dict)  # <meta property|name> -> its contents, in order


class _Reader(HTMLParser):
    RESOURCE_ATTRS: ClassVar[dict[str, str]] = {
        "script": "src",
        "img": "src",
        "iframe": "src",
        "source": "src",
        "audio": "src",
        "video": "src",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._form: Form | None = None
        self._output: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.page.ids.add(values["id"])
        if tag == "html":
            self.page.lang = values.get("lang", "")
        if tag in self.RESOURCE_ATTRS and values.get(self.RESOURCE_ATTRS[tag]):
            self.page.resources.append(values[self.RESOURCE_ATTRS[tag]])
        if (
            tag == "link"
            and values.get("href")
            and values.get("rel") in ("stylesheet", "icon", "preload", "modulepreload")
        ):
            self.page.resources.append(values["href"])
        if tag == "meta" and "content" in values and (values.get("property") or values.get("name")):
            self.page.meta.setdefault(values.get("property") or values["name"], []).append(values["content"])
        if tag == "a" and "href" in values:
            self.page.links.append(values["href"])
        if tag == "form" and "data-calculator" in values:
            self._form = Form(values)
            self.page.forms.append(self._form)
        elif self._form is not None and tag in ("input", "select") and "name" in values:
            self._form.inputs[values["name"]] = values
        elif self._form is not None and tag == "output":
            self._output = values["name"]
            self._form.outputs[values["name"]] = values
            self._form.output_text[values["name"]] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        if tag == "output":
            self._output = None

    def handle_data(self, data: str) -> None:
        if self._form is not None and self._output is not None:
            self._form.output_text[self._output] += data


def read_page(path: Path) -> Page:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader.page


class _ArticleText(HTMLParser):
    """The prose of a page's article: without calculator forms, scripts and styles."""

    SKIPPED = frozenset({"form", "script", "style", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._in_article = 0
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._in_article += 1
        elif self._in_article and tag in self.SKIPPED:
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article -= 1
        elif self._in_article and tag in self.SKIPPED and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if self._in_article and not self._skipping:
            self.chunks.append(data)


def article_text(path: Path) -> str:
    reader = _ArticleText()
    reader.feed(path.read_text(encoding="utf-8"))
    return " ".join(reader.chunks)


@dataclass(frozen=True)
class Fact:
    """One figure as a built page shows it: which fact, its exact value, and its text."""

    fact: str
    value: str
    text: str


class _Facts(HTMLParser):
    """Every tagged figure of a page (`<data data-fact>`, or `<tspan data-fact>` in drawings)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts: list[Fact] = []
        self._open: list[tuple[str, str, str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "data-fact" in values:
            value = values.get("value", values.get("data-value", ""))
            self._open.append((tag, values["data-fact"], value, []))

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            _, fact, value, chunks = self._open.pop()
            self.facts.append(Fact(fact, value, "".join(chunks)))

    def handle_data(self, data: str) -> None:
        for *_, chunks in self._open:
            chunks.append(data)


def facts(path: Path) -> list[Fact]:
    reader = _Facts()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader.facts


class _UntaggedText(HTMLParser):
    """The article's visible text, forms and drawings included, without what the build computed
    or tagged: figures from the data file, results, dates, citations of other sites, code."""

    SKIPPED = frozenset({"script", "style", "code", "pre", "output", "time", "cite", "data", "template"})
    SKIPPED_CLASSES = frozenset(
        {"figure", "calc__converted", "calc__chart", "calc__steps", "calc__sensitivity", "calc__compare"}
    )
    """Tagged figures and what a calculator computed: a second currency, charts, the working, the
    results at each end of a rate (their rates are the calculator's inputs, like the fields'), the
    two scenarios' results and their difference."""
    VOID = frozenset({"input", "br", "img", "meta", "link", "hr", "source", "wbr", "col"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._stack: list[bool] = []  # per open element: does it start a skipped subtree?
        self._in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        self._stack.append(tag in self.SKIPPED or bool(classes & self.SKIPPED_CLASSES))
        if tag == "article":
            self._in_article += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or not self._stack:
            return
        self._stack.pop()
        if tag == "article":
            self._in_article -= 1

    def handle_data(self, data: str) -> None:
        if self._in_article and not any(self._stack):
            self.chunks.append(data)


def untagged_text(path: Path) -> str:
    reader = _UntaggedText()
    reader.feed(path.read_text(encoding="utf-8"))
    return " ".join(reader.chunks)


class _ProseNodes(HTMLParser):
    """Every text node a reader sees as prose (not code, scripts or styles), with its tag."""

    VERBATIM = frozenset({"script", "style", "code", "pre", "kbd", "samp", "textarea"})
    VOID = _UntaggedText.VOID

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.nodes: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if data.strip() and not self.VERBATIM & set(self._stack):
            self.nodes.append(data)


def prose_nodes(path: Path) -> list[str]:
    reader = _ProseNodes()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader.nodes
