"""The Pages workflow's shape: one job sets up once, tests, builds once, checks that build and
uploads exactly it; the deploy job publishes it. Actions are pinned; the browser is left to
tools/find_browser.py (Google Chrome on the hosted image, see test_find_browser.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

PROJECT = Path(__file__).resolve().parents[2]
WORKFLOW = PROJECT / ".github" / "workflows" / "deploy.yml"
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$")  # an exact release, or a commit


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def build_steps(workflow) -> list[dict]:
    return workflow["jobs"]["build"]["steps"]


def index(steps: list[dict], predicate) -> list[int]:
    return [number for number, step in enumerate(steps) if predicate(step)]


def runs(step: dict, command: str) -> bool:
    return any(re.fullmatch(rf"make\b.*\b{command}\b.*", line.strip()) for line in step.get("run", "").splitlines())


def uses(step: dict, action: str) -> bool:
    return step.get("uses", "").split("@")[0] == action


def test_it_runs_on_pushes_to_main(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert set(workflow["permissions"]) >= {"pages", "id-token"}


def test_one_build_job_and_a_deploy_job_that_needs_it(workflow):
    assert set(workflow["jobs"]) == {"build", "deploy"}
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] in ("build", ["build"])
    assert deploy["environment"]["name"] == "github-pages"
    assert [step.get("uses", "").split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_hosted_ubuntu_runners(workflow):
    for job in workflow["jobs"].values():
        assert re.fullmatch(r"ubuntu-(latest|\d\d\.\d\d)", job["runs-on"])


def test_the_build_job_sets_up_once_tests_builds_once_checks_and_uploads_that_build(build_steps):
    (checkout,) = index(build_steps, lambda step: uses(step, "actions/checkout"))
    (test,) = index(build_steps, lambda step: runs(step, "test"))
    (build,) = index(build_steps, lambda step: runs(step, "build") or "mkdocs" in step.get("run", ""))
    (check,) = index(build_steps, lambda step: runs(step, "check-site"))
    (upload,) = index(build_steps, lambda step: uses(step, "actions/upload-pages-artifact"))
    assert checkout == 0
    assert test < build < check < upload == len(build_steps) - 1
    # The build is for the Pages address that configure-pages reports, and lands in site/...
    (pages,) = index(build_steps, lambda step: uses(step, "actions/configure-pages"))
    assert pages < build
    pages_id = build_steps[pages]["id"]
    assert build_steps[build]["env"]["SITE_URL"] == f"${{{{ steps.{pages_id}.outputs.base_url }}}}/"
    assert "site_dir" not in (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    # ...which is uploaded as is: the check reads it, nothing after the build writes it.
    assert build_steps[upload]["with"]["path"].rstrip("/") == "site"
    assert [step.get("run", "") for step in build_steps[build + 1 : upload]] == ["make check-site"]


def test_pip_and_npm_downloads_are_cached(build_steps):
    (python,) = [step for step in build_steps if uses(step, "actions/setup-python")]
    assert python["with"]["cache"] == "pip"
    assert (PROJECT / python["with"]["cache-dependency-path"]).is_file()
    major, minor = map(int, python["with"]["python-version"].split("."))
    assert (major, minor) >= (3, 12)  # tools/find-python's floor (pyodide-build)
    (node,) = [step for step in build_steps if uses(step, "actions/setup-node")]
    assert node["with"]["cache"] == "npm"
    assert (PROJECT / "package-lock.json").is_file()


def test_actions_are_pinned_to_a_release(workflow):
    actions = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert actions
    assert [action for action in actions if not PINNED.match(action)] == []


def test_the_browser_is_left_to_the_finder():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "/usr/bin/chromium" not in text
    assert "CHROMIUM" not in text
    assert "apt-get" not in text


def test_ci_runs_the_benchmarks_short_mode_after_the_tests(build_steps):
    """`make test` leaves the benchmark out (it takes minutes); CI runs its short mode next."""
    (test,) = index(build_steps, lambda step: runs(step, "test"))
    (bench,) = index(build_steps, lambda step: runs(step, "bench-short"))
    assert bench == test + 1
