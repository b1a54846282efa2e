"""`python -m calculators`: every calculator from a terminal, with the same parsing as the pages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .catalog import CALCULATORS
from .engine import calculator, evaluate, evaluate_goal
from .goals import goal_outputs
from .text import LANGUAGES, Lang
from .typography import space

USAGE_EXAMPLE = "python -m calculators live-gifts --json coins=1000"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m calculators",
        description="Estimate what TikTok pays. Inputs not given take their defaults.",
        epilog=f"Example: {USAGE_EXAMPLE}",
    )
    parser.add_argument("slug", nargs="?", help="which calculator (see --list)")
    parser.add_argument("inputs", nargs="*", metavar="name=value", help="an input, typed as on the page")
    parser.add_argument("--json", action="store_true", help="print one JSON object of the outputs")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language for reading inputs and writing outputs"
    )
    parser.add_argument(
        "--goal",
        metavar="AMOUNT",
        help="also answer what is needed to earn AMOUNT (USD) a month, typed as on the page",
    )
    parser.add_argument("--list", action="store_true", help="list the calculators and exit")
    parser.add_argument("--fields", action="store_true", help="list the calculator's inputs with their defaults")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_intermixed_args(argv)
    lang: Lang = args.lang
    if args.list:
        for slug, calc in CALCULATORS.items():
            print(f"{slug}\t{space(calc.title(lang), lang)}")
        return 0
    if not args.slug:
        parser.error("name a calculator, or use --list")
    if args.slug not in CALCULATORS:
        parser.error(f"unknown calculator {args.slug!r}; use --list to see them")
    calc = calculator(args.slug)
    if args.goal is not None and calc.goal is None:
        answering = ", ".join(slug for slug, item in CALCULATORS.items() if item.goal is not None)
        parser.error(f"{args.slug} answers no goal; these do: {answering}")
    if args.fields:
        for item in calc.fields:
            print(f"{item.name}\t{item.format(item.default, lang)}\t{space(item.label(lang), lang)}")
        return 0
    raw: dict[str, str] = {}
    for assignment in args.inputs:
        name, equals, value = assignment.partition("=")
        if not equals or not name:
            parser.error(f"expected name=value, got {assignment!r}")
        raw[name.strip()] = value
    evaluation = evaluate(args.slug, raw, lang)
    if not evaluation.ok:
        for name, problem in evaluation.errors.items():
            print(f"{args.slug}: {name}: {problem}", file=sys.stderr)
        return 2
    values, texts = evaluation.outputs(), evaluation.formatted()
    outputs = calc.outputs
    if args.goal is not None:
        goal = evaluate_goal(evaluation, args.goal)
        if goal.error is not None:
            print(f"{args.slug}: --goal: {goal.error}", file=sys.stderr)
            return 2
        values.update(goal.values)
        texts.update(goal.text)
        outputs += goal_outputs(calc)
    if args.json:
        print(json.dumps(values, ensure_ascii=False))
        return 0
    labels = {output.name: space(output.label(lang), lang) for output in outputs}
    width = max(len(label) for label in labels.values())
    print(space(calc.title(lang), lang))
    for name, text in texts.items():
        print(f"  {labels[name]:<{width}}  {text}")
    return 0
