"""Build the site with the latest Zensical and report what works: `make zensical` (not part of make test).

Zensical, Material for MkDocs' successor, reads mkdocs.yml but runs no MkDocs hook and has no
static-i18n. So the trial builds from `python -m sitebuild stage` (every page already expanded,
French under fr/), with a config derived from mkdocs.yml, then runs `python -m sitebuild finish`,
and checks the result the way the site's own tests do. It writes reports/zensical.md.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WORK = PROJECT / "build" / "zensical"
VENV = PROJECT / ".zensical-venv"
REPORT = PROJECT / "reports" / "zensical.md"
PYTHON = sys.executable


def run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=PROJECT, **options)  # type: ignore[call-overload]


def zensical() -> tuple[Path, str]:
    """A virtual environment with the latest Zensical from PyPI, and its version."""
    if not (VENV / "bin" / "zensical").exists():
        subprocess.run([PYTHON, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "--quiet", "--upgrade", "zensical"], check=True)
    version = run([str(VENV / "bin" / "zensical"), "--version"]).stdout.strip()
    return VENV / "bin" / "zensical", version


def config(site_dir: Path, docs_dir: Path) -> str:
    """mkdocs.yml without what Zensical cannot run (hooks, plugins, markdown-include), on the staged pages."""
    text = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"^hooks:\n(  - .*\n)+", "", text, flags=re.MULTILINE)
    text = re.sub(r"^plugins:\n(  .*\n|\n)+?(?=^\S)", "", text, flags=re.MULTILINE)
    text = re.sub(r"^  - markdown_include\.include:\n(      .*\n)+", "", text, flags=re.MULTILINE)
    text = re.sub(r"^nav:\n(  .*\n)+", "", text, flags=re.MULTILINE)
    # Zensical wants paths relative to its config file (absolute ones make it panic).
    text = re.sub(r"^docs_dir: .*$", f"docs_dir: {docs_dir.relative_to(WORK)}", text, flags=re.MULTILINE)
    text = text.replace("custom_dir: overrides", f"custom_dir: {Path('..', '..', 'overrides')}")
    text = re.sub(r"^watch:\n(  - .*\n)+", "", text, flags=re.MULTILINE)
    text = text.replace('!ENV [SITE_URL, "https://tiktok-pay.github.io/guide/"]', '"http://127.0.0.1:8000/"')
    return text + f"site_dir: {site_dir.relative_to(WORK)}\n"


def check(site: Path) -> list[tuple[str, bool, str]]:
    """What a reader would get: the checks the site's own tests make, in a few words each."""
    pages = sorted(site.rglob("index.html"))
    french = [page for page in pages if page.relative_to(site).parts[0] == "fr"]
    html = {page: page.read_text(encoding="utf-8") for page in pages}
    leftovers = [str(page.relative_to(site)) for page, text in html.items() if "{{" in text or "{!" in text]
    forms = sum(len(re.findall(r"<form[^>]*data-calculator=", text)) for text in html.values())
    runtime = list(site.glob("assets/pyodide/*/pyodide.asm.wasm"))
    wheel = list(site.glob("assets/calculators/*/calculators-*.whl"))
    lang_fr = sum('lang="fr"' in html[page][:400] for page in french)
    csp = sum("Content-Security-Policy" in text for text in html.values())
    search = (site / "search" / "search_index.json").exists()
    switcher = sum('hreflang="fr"' in text for text in html.values())
    return [
        ("Pages built (English, French)", bool(pages), f"{len(pages) - len(french)}, {len(french)}"),
        ("No macro left in any page", not leftovers, ", ".join(leftovers[:5]) or "none left"),
        ("Calculator forms pre-rendered", forms > 0, f"{forms} forms"),
        ("Pyodide runtime and wheel shipped", bool(runtime and wheel), f"{len(runtime)} runtime, {len(wheel)} wheel"),
        ("French pages declare lang=fr", bool(french) and lang_fr == len(french), f"{lang_fr} of {len(french)}"),
        ("Language selector links each page to its twin", switcher > 0, f"{switcher} pages link a French twin"),
        ("Content security policy in every page", csp == len(html), f"{csp} of {len(html)}"),
        ("A search index per language (MkDocs format)", search, "search/search_index.json" if search else "absent"),
    ]


def main() -> int:
    binary, version = zensical()
    if WORK.exists():
        shutil.rmtree(WORK)
    docs, site = WORK / "docs", WORK / "site"
    staged = run([PYTHON, "-m", "sitebuild", "stage", str(docs)])
    if staged.returncode:
        print(staged.stderr, file=sys.stderr)
        return 1
    (WORK / "mkdocs.yml").write_text(config(site, docs), encoding="utf-8")
    started = time.monotonic()
    built = run([str(binary), "build", "--clean", "-f", str(WORK / "mkdocs.yml")])
    seconds = time.monotonic() - started
    finished = run([PYTHON, "-m", "sitebuild", "finish", str(site)]) if built.returncode == 0 else built
    results = check(site) if site.exists() else []
    warnings = [line for line in (built.stdout + built.stderr).splitlines() if "arning" in line or "rror" in line]
    lines = [
        "# Zensical trial",
        "",
        f"`make zensical` on {datetime.date.today().isoformat()}: Zensical {version or '(unknown version)'}, "
        f"built in {seconds:.1f} s from `python -m sitebuild stage`, then `python -m sitebuild finish`.",
        "",
        "| Check | Result | Detail |",
        "|---|:---:|---|",
        *(f"| {name} | {'yes' if ok else 'no'} | {detail} |" for name, ok, detail in results),
        f"| `sitebuild finish` on Zensical's output | {'yes' if finished.returncode == 0 else 'no'} | "
        f"{(finished.stdout or finished.stderr).strip().splitlines()[-1][:160] if (finished.stdout or finished.stderr).strip() else ''} |",
        "",
        "Zensical's own messages:",
        "",
        *(f"    {line}" for line in warnings[:20] or ["(none)"]),
        "",
    ]
    REPORT.parent.mkdir(exist_ok=True)
    old = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    notes = old[old.index("## What this means") :] if "## What this means" in old else ""
    REPORT.write_text("\n".join(lines) + ("\n" + notes if notes else ""), encoding="utf-8")
    print(json.dumps({name: ok for name, ok, _ in results}, indent=1))
    print(f"report: {REPORT.relative_to(PROJECT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
