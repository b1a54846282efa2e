"""Pages written out for any generator: `python -m sitebuild stage OUT_DIR`.

MkDocs expands the pages through its hook, page by page. A generator that runs no hook (Zensical
today) can build from a staged copy of docs/ instead, in which every figure macro is written out,
every include is inlined, every calculator form is already in place as HTML, and each language
has its own folder (English at the root, French under fr/, as on the published site). The
generator only has to turn Markdown into pages; `finish` then ships the runtime.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from .build import LANGUAGES, prepare
from .errors import BuildError
from .forms import render
from .pages import SLOT_PATTERN, expand_markdown

INCLUDE = re.compile(r"^\{!(.+?)!\}[ \t]*$", re.MULTILINE)


def page_language(path: Path) -> tuple[str, Path]:
    """`page.fr.md` is French, at `fr/page.md`; `page.md` is in the first language, at the root."""
    for lang in LANGUAGES[1:]:
        suffix = f".{lang}.md"
        if path.name.endswith(suffix):
            return lang, Path(lang) / path.with_name(path.name[: -len(suffix)] + ".md")
    return LANGUAGES[0], path


def stage(project: Path, out: Path) -> int:
    """Write the expanded pages (and copy the other files of docs/) into `out`; return the page count."""
    docs = project / "docs"
    includes = project / "build" / "includes"
    shipped = prepare(project, includes)
    if out.exists():
        shutil.rmtree(out)
    count = 0
    for path in sorted(docs.rglob("*")):
        if path.is_dir():
            continue
        relative = path.relative_to(docs)
        if path.suffix != ".md":
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            continue
        lang, target_relative = page_language(relative)
        markdown = path.read_text(encoding="utf-8")
        markdown = INCLUDE.sub(lambda match, where=relative: _include(includes, match.group(1), where), markdown)
        markdown, _ = expand_markdown(markdown, lang, relative.as_posix())  # type: ignore[arg-type]
        markdown = SLOT_PATTERN.sub(lambda match, lang=lang: render(match.group(1), lang, shipped), markdown)  # type: ignore[misc]
        target = out / target_relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
        count += 1
    return count


def _include(includes: Path, name: str, where: Path) -> str:
    path = includes / name
    if not path.exists():
        raise BuildError(f"{where}: no generated include {name}")
    return path.read_text(encoding="utf-8")
