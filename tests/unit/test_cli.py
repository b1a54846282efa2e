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
    # 1,000 coins x 0.5 = 500 diamonds, x $0.005 = $2.50. The outputs keep their names and order;
    # newer ones only ever come after them.
    assert list(json.loads(capsys.readouterr().out).items()) == [
        ("diamonds", "500"),
        ("earnings", "2.50"),
        ("viewer_spend", "14.14"),
        ("creator_share", "17.68"),
        ("coins_for_goal", "40000"),
        ("gift_coins", "0"),
    ]


def test_gifts_by_name(capsys):
    assert main(["live-gifts", "--json", "coins=0", "gifts=3 x Rose, 1 x Lion"]) == 0
    # 3 x 1 + 1 x 29,999 = 30,002 coins; x 0.5 = 15,001 diamonds; x $0.005 = $75.005, $75.01.
    out = json.loads(capsys.readouterr().out)
    assert (out["gift_coins"], out["diamonds"], out["earnings"]) == ("30002", "15001", "75.01")


def test_gifts_by_name_in_french(capsys):
    assert main(["live-gifts", "--lang", "fr", "coins=0", "gifts=3 × Rose ; 1 500 roses"]) == 0
    # 3 + 1 500 = 1 503 coins, written the French way.
    assert "1\u202f503" in capsys.readouterr().out


def test_an_unknown_gift_exits_2_and_names_the_field_and_the_gift(capsys):
    assert main(["live-gifts", "--json", "gifts=3 x Rose, 2 x Dragon"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("live-gifts: gifts: ")
    assert "Dragon" in captured.err
    assert main(["live-gifts", "--lang", "fr", "gifts=1,5 rose"]) == 2
    assert "« 1,5 »" in capsys.readouterr().err.replace("\u00a0", " ")


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
