"""The build outlives MkDocs: the finishing step runs without it and gives the very same site."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.site

PROJECT = Path(__file__).resolve().parents[2]
# Runs the command, then fails if anything imported MkDocs along the way.
WITHOUT_MKDOCS = (
    "import runpy, sys\n"
    "sys.argv = ['sitebuild', 'finish', sys.argv[1]]\n"
    "try:\n"
    "    runpy.run_module('sitebuild', run_name='__main__')\n"
    "except SystemExit as end:\n"
    "    if end.code: raise\n"
    "imported = sorted(name for name in sys.modules if name.split('.')[0] in ('mkdocs', 'material', 'mkdocs_static_i18n'))\n"
    "assert not imported, imported\n"
)


def test_finish_runs_without_mkdocs_and_completes_the_same_site(built_site: Path, tmp_path: Path, site_url: str):
    pages_only = tmp_path / "site"
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", "SITEBUILD_SKIP_FINISH": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(pages_only)]
    built = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    assert not (pages_only / "_headers").exists(), "the pages alone, not finished yet"

    finished = subprocess.run(
        [sys.executable, "-c", WITHOUT_MKDOCS, str(pages_only)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert "finished" in finished.stdout

    compared = filecmp.dircmp(built_site, pages_only)
    problems: list[str] = []

    def walk(comparison: filecmp.dircmp, where: str = "") -> None:
        problems.extend(f"only in one: {where}{name}" for name in comparison.left_only + comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        problems.extend(f"differs: {where}{name}" for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{where}{name}/")

    walk(compared)
    # MkDocs stamps the build date into the sitemap; everything else must be identical.
    problems = [problem for problem in problems if not problem.endswith(("sitemap.xml", "sitemap.xml.gz"))]
    assert problems == []


def test_a_malformed_or_unknown_macro_fails_the_build(tmp_path: Path):
    from sitebuild.errors import BuildError
    from sitebuild.pages import expand_markdown

    for text in ('{{ rate("no.such_figure") }}', '{{ rate("creator_rewards.rpm_low" }}', "{{ ratee() }}"):
        with pytest.raises(BuildError):
            expand_markdown(f"A figure: {text}.", "en", "page.md")
