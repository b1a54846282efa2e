"""French typography done by the build: the locale's spacing rules applied to every text node of a
page, never to markup, attributes, code or addresses."""

from __future__ import annotations

import html
import re

from calculators.typography import space

TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
VERBATIM = {"code", "pre", "script", "style", "kbd", "samp", "textarea", "math"}
"""Elements whose text is shown or run exactly as written."""
_OPENING = re.compile(r"<\s*([a-zA-Z][a-zA-Z0-9-]*)")
_CLOSING = re.compile(r"<\s*/\s*([a-zA-Z][a-zA-Z0-9-]*)")


def space_html(page: str, lang: str) -> str:
    """`page` with the spacing rules of `lang` applied to its text (and nothing else)."""
    out = []
    depth: dict[str, int] = {}
    position = 0
    for match in TAG.finditer(page):
        out.append(_text(page[position : match.start()], lang, depth))
        tag = match.group(0)
        out.append(tag)
        closing, opening = _CLOSING.match(tag), _OPENING.match(tag)
        if closing and closing.group(1).lower() in VERBATIM:
            name = closing.group(1).lower()
            depth[name] = max(0, depth.get(name, 0) - 1)
        elif opening and opening.group(1).lower() in VERBATIM and not tag.endswith("/>"):
            name = opening.group(1).lower()
            depth[name] = depth.get(name, 0) + 1
        position = match.end()
    out.append(_text(page[position:], lang, depth))
    return "".join(out)


def _text(text: str, lang: str, depth: dict[str, int]) -> str:
    if not text or any(depth.values()) or not text.strip():
        return text
    plain = html.unescape(text)
    spaced = space(plain, lang)
    return text if spaced == plain else html.escape(spaced, quote=False)
