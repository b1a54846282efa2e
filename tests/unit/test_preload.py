"""`preload()` leaves nothing to read: after it, the package's files can vanish (as they do in a
Python started from the browser's memory snapshot) and every calculator still answers alike."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import calculators
from calculators import CALCULATORS, evaluate_json
from calculators.fields import GOAL_INPUT
from calculators.preload import NOT_IN_THE_BROWSER, preload

PACKAGE = Path(calculators.__file__).parent

# In a fresh interpreter: import the package from a zip, as zipimport reads a wheel; optionally
# preload; delete the zip; evaluate every case. Prints the answers, or the error.
RUN = """
import json, os, sys
archive, do_preload, cases = sys.argv[1], sys.argv[2] == "yes", json.loads(sys.stdin.read())
sys.path.insert(0, archive)
import calculators
if do_preload:
    calculators.preload()
os.remove(archive)
try:
    print(json.dumps([json.loads(calculators.evaluate_json(c["slug"], json.dumps(c["values"]), c["lang"])) for c in cases]))
except Exception as error:
    print(json.dumps({"error": repr(error)}))
"""


def cases() -> list[dict]:
    found = []
    for slug, calculator in CALCULATORS.items():
        for lang in ("en", "fr"):
            found.append({"slug": slug, "lang": lang, "values": {}})
            found.append({"slug": slug, "lang": lang, "values": {field.name: "?" for field in calculator.fields}})
            if calculator.goal is not None:
                found.append({"slug": slug, "lang": lang, "values": {GOAL_INPUT: "1000"}})
    return found


def run_from_a_vanishing_zip(tmp_path: Path, preloaded: bool) -> object:
    archive = tmp_path / ("preloaded.zip" if preloaded else "lazy.zip")
    with zipfile.ZipFile(archive, "w") as packed:
        for path in PACKAGE.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                packed.write(path, Path("calculators") / path.relative_to(PACKAGE))
    completed = subprocess.run(
        [sys.executable, "-c", RUN, str(archive), "yes" if preloaded else "no"],
        input=json.dumps(cases()),
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,  # not the project: `calculators` must come from the zip
    )
    return json.loads(completed.stdout)


def test_after_preload_every_calculator_answers_without_its_files(tmp_path: Path):
    expected = [json.loads(evaluate_json(case["slug"], json.dumps(case["values"]), case["lang"])) for case in cases()]
    assert run_from_a_vanishing_zip(tmp_path, preloaded=True) == expected


def test_without_preload_the_package_still_reads_files_late(tmp_path: Path):
    """The control: the check above can fail (data files are read on first use)."""
    answer = run_from_a_vanishing_zip(tmp_path, preloaded=False)
    assert isinstance(answer, dict)
    assert "FileNotFoundError" in answer["error"] or "ZipImportError" in answer["error"], answer


def test_preload_names_every_module_but_the_command_line():
    names = set(preload())
    on_disk = {
        ".".join(("calculators", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        for path in PACKAGE.rglob("*.py")
    } - {"calculators"}
    assert names == on_disk - NOT_IN_THE_BROWSER
