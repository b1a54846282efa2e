"""`python -m calculators`, as power users and outside tests call it."""

import json
import subprocess
import sys
from pathlib import Path

from calculators import CALCULATORS
from calculators.cli import main

PROJECT = Path(__file__).resolve().parents[2]


def test_json_output_follows_the_contract(capsys):
    assert main(["live-gifts", "--json", "coins=1000"]) == 0
    # 1,000 coins x 0.5 = 500 diamonds, x $0.005 = $2.50.
    assert json.loads(capsys.readouterr().out) == {
        "diamonds": "500",
        "earnings": "2.50",
        "viewer_spend": "14.14",
        "creator_share": "17.68",
        "coins_for_goal": "40000",
    }


def test_french_input(capsys):
    assert main(["live-gifts", "--json", "--lang", "fr", "coins=1 500", "diamonds_per_coin=0,5"]) == 0
    assert json.loads(capsys.readouterr().out)["earnings"] == "3.75"


def test_human_output_is_written_in_the_language(capsys):
    assert main(["live-gifts", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Tes gains" in out
    assert "25,00\u00a0$US" in out


def test_invalid_input_exits_2_and_names_the_field(capsys):
    assert main(["live-gifts", "--json", "coins=many"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "coins" in captured.err


def test_unknown_field_is_refused(capsys):
    assert main(["live-gifts", "--json", "coinz=3"]) == 2
    assert "coinz" in capsys.readouterr().err


def test_list_names_every_slug(capsys):
    assert main(["--list"]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == list(CALCULATORS)


def test_runs_as_a_module_with_the_system_python():
    """The package is stdlib-only and Python 3.11 compatible: any python can run it from the repo."""
    completed = subprocess.run(
        [sys.executable, "-m", "calculators", "live-gifts", "--json", "coins=1000"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["earnings"] == "2.50"
    unknown = subprocess.run(
        [sys.executable, "-m", "calculators", "nope"], cwd=PROJECT, capture_output=True, text=True, check=False
    )
    assert unknown.returncode == 2
