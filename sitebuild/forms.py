"""Calculator forms, rendered at build time from what each calculator declares.

The HTML already holds the default result (`data-state="static"`), so a reader sees an answer
before any script runs. The page script then only swaps values in and out; every label,
message and number format comes from here or from `calculators`, in the page's language.
The markup lives in `templates/form.html` (Jinja, autoescaped); this module prepares its data.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, TypedDict

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from calculators import calculator, evaluate
from calculators.engine import CURRENCIES, ChartData, Evaluation, command, differences, evaluate_goal, goal_default
from calculators.fields import Calculator, Field, Kind, OutputKind
from calculators.goals import GOAL_FIELD, goal_outputs
from calculators.locales import locale
from calculators.numbers import format_decimal
from calculators.rates import RATES
from calculators.text import Lang, Text
from calculators.typography import space

from .errors import BuildError
from .figures import cite_figure, data_html, help_html
from .runtime import Runtime

UI = {
    "your_numbers": Text("Your numbers", "Tes chiffres"),
    "assumptions": Text("Adjust the assumptions", "Ajuster les hypothèses"),
    "reset": Text("Reset to defaults", "Revenir aux valeurs par défaut"),
    "results": Text("Results", "Résultats"),
    "measure": Text("Result", "Résultat"),
    "amount": Text("Amount", "Montant"),
    "share": Text("Copy a link to these numbers", "Copier le lien vers ces chiffres"),
    "copied": Text("Link copied.", "Lien copié."),
    "currency": Text("Also show amounts in", "Afficher aussi les montants en"),
    "usd_only": Text("US dollars only", "dollars US seulement"),
    "EUR": Text("euros (EUR)", "euros (EUR)"),
    "GBP": Text("pounds (GBP)", "livres sterling (GBP)"),
    "fx_rate": Text("Exchange rate, per US dollar", "Taux de change, pour 1 dollar US"),
    "copy_failed": Text("Copy this link from the address bar.", "Copie ce lien depuis la barre d'adresse."),
    "source": Text("Source:", "Source :"),
    "working": Text("How this is calculated", "Comment c'est calculé"),
    "rates_used": Text("The rates, and where they come from:", "Les taux, et d'où ils viennent :"),
    "default": Text("by default", "par défaut"),
    "terminal": Text(
        "The same answer from a terminal, with the calculators package of this site:",
        "La même réponse depuis un terminal, avec le paquet calculators de ce site :",
    ),
    "copy_command": Text("Copy the command", "Copier la commande"),
    "command_copied": Text("Command copied.", "Commande copiée."),
    "copy_results": Text("Copy the results", "Copier les résultats"),
    "results_copied": Text("Results copied.", "Résultats copiés."),
    "download_csv": Text("Download inputs and results (CSV)", "Télécharger les données et les résultats (CSV)"),
    "download_json": Text("Download inputs and results (JSON)", "Télécharger les données et les résultats (JSON)"),
    "sensitivity": Text(
        "How much the result depends on the rates sources disagree on",
        "À quel point le résultat dépend des taux sur lesquels les sources divergent",
    ),
    "rate": Text("Rate and result", "Taux et résultat"),
    "at_low": Text("At the low end", "Au plus bas"),
    "at_yours": Text("With your value", "Avec ta valeur"),
    "at_high": Text("At the high end", "Au plus haut"),
    "compare": Text("Compare with another scenario", "Comparer avec un autre scénario"),
    "scenario_a": Text("Scenario A", "Scénario A"),
    "scenario_b": Text("Scenario B", "Scénario B"),
    "scenario_b_numbers": Text("Scenario B: its numbers", "Scénario B : ses chiffres"),
    "comparison": Text(
        "Scenario A (above) and scenario B side by side", "Le scénario A (ci-dessus) et le scénario B côte à côte"
    ),
    "difference": Text("Difference (B − A)", "Écart (B − A)"),
    "goal": Text("What would it take to earn a monthly goal?", "Que faudrait-il pour atteindre un objectif par mois ?"),
    "static": Text(
        "Showing the result for the default values. The calculator starts in a moment.",
        "Résultat pour les valeurs par défaut. Le calculateur démarre dans un instant.",
    ),
    "loading": Text("Starting the calculator…", "Démarrage du calculateur…"),
    "loading_package": Text("Loading the formulas…", "Chargement des formules…"),
    "ready": Text("Results update as you type.", "Les résultats se mettent à jour pendant la saisie."),
    "invalid": Text(
        "Fix the highlighted field to update the results.", "Corrige le champ signalé pour mettre à jour les résultats."
    ),
    "integrity": Text(
        "The calculator's code did not match its published checksum, so it was not run. The results are for the default values.",
        "Le code du calculateur ne correspond pas à son empreinte publiée : il n'a pas été exécuté. Les résultats correspondent aux valeurs par défaut.",
    ),
    "error": Text(
        "The calculator could not start in this browser, so the results will not update: they are for the default values.",
        "Le calculateur n'a pas pu démarrer dans ce navigateur : les résultats ne se mettront pas à jour et correspondent aux valeurs par défaut.",
    ),
}

STATUS_MESSAGES = (
    "static",
    "loading",
    "loading_package",
    "ready",
    "invalid",
    "error",
    "integrity",
    "copied",
    "copy_failed",
    "command_copied",
    "results_copied",
)
"""The messages the page script shows in a form's status line, carried in the form's configuration."""


class NumberStyle(TypedDict):
    """How the page's language writes numbers (calculators/data/locales.toml), for the numbers the
    page script writes itself: the charts' axes. `money` and `percent` are patterns with
    `{sign}`, `{symbol}` and `{number}`; `symbol` is the US dollar's."""

    decimal: str
    group: str
    minus: str
    percent: str
    money: str
    symbol: str


class FormConfig(TypedDict):
    """Everything the page script needs to know about a form besides its fields and outputs, as
    JSON in the form's `data-config` (see "The browser contract" in CONTRIBUTING.md); mirrored by
    `FormConfig` in docs/assets/js/contract.js. Folders and Chart.js are relative to the site root."""

    runtime: str
    package: str
    chartjs: str | None
    messages: dict[str, str]
    fx_defaults: dict[str, str]
    charts: list[ChartData]
    numbers: NumberStyle


RESERVED_STATUS = (
    "static",
    "loading",
    "loading_package",
    "ready",
    "invalid",
    "copied",
    "copy_failed",
    "command_copied",
    "results_copied",
)
"""The status messages of a form that works: the status line keeps room for the longest, so the
page below it does not move as the calculator starts (the failure messages may take more room)."""

_INPUT_MODE = {Kind.COUNT: "numeric", Kind.NUMBER: "decimal", Kind.MONEY: "decimal", Kind.PERCENT: "decimal"}
_UNIT = {Kind.MONEY: "USD", Kind.PERCENT: "%"}


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("sitebuild", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def number_style(lang: Lang) -> NumberStyle:
    rules = locale(lang)
    return {
        "decimal": rules.decimal,
        "group": rules.group,
        "minus": rules.minus,
        "percent": rules.percent,
        "money": rules.money,
        "symbol": rules.symbol("USD"),
    }


def data_value(value: object) -> str:
    """The `data-value` of an output: the CLI's JSON value, with strings left bare."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _text(text: Text, lang: Lang) -> str:
    return space(text(lang), lang)


def _field(calc: Calculator, field: Field, lang: Lang) -> dict[str, Any]:
    base = f"{calc.slug}-{field.name}"
    help_id = f"{base}-help" if field.help else None
    context: dict[str, Any] = {
        "name": field.name,
        "id": base,
        "label": _text(field.label, lang),
        "help_id": help_id,
        "help": Markup(help_html(space(field.help(lang), lang), lang)) if field.help else None,
        "source": Markup(cite_figure(RATES[field.rate], lang)) if field.is_assumption and field.rate else None,
    }
    if field.kind is Kind.BOOLEAN:
        return {**context, "kind": "checkbox", "checked": bool(field.default)}
    if field.kind is Kind.CHOICE:
        options = [
            {"code": choice.code, "label": _text(choice.label, lang), "selected": choice.code == field.default}
            for choice in field.choices
        ]
        return {**context, "kind": "select", "options": options}
    return {
        **context,
        "kind": "text",
        "inputmode": _INPUT_MODE.get(field.kind),
        "autocapitalize": "characters" if field.kind is Kind.COUNTRY else "off",
        "value": field.format(field.default, lang),
        "unit": _UNIT.get(field.kind),
        "maxlength": field.max_length if field.kind is Kind.TEXT else None,
    }


def _currency(lang: Lang) -> dict[str, Any]:
    """The optional second currency: a choice and its dated, editable exchange rate."""
    chosen = locale(lang).second_currency
    figures = {code: RATES[f"fx.{code.lower()}_per_usd"] for code in CURRENCIES}
    defaults = _fx_defaults(lang)
    options = [{"code": "", "label": _text(UI["usd_only"], lang), "selected": not chosen}]
    options += [{"code": code, "label": _text(UI[code], lang), "selected": code == chosen} for code in CURRENCIES]
    sources = Markup(" ").join(Markup(f"{code}: {cite_figure(item, lang)}.") for code, item in figures.items())
    return {
        "chosen": chosen,
        "options": options,
        "value": defaults.get(chosen, defaults["EUR"]),
        "sources": sources,
    }


def _fx_defaults(lang: Lang) -> dict[str, str]:
    """Each second currency's default exchange rate, written as the reader would type it."""
    return {code: format_decimal(RATES[f"fx.{code.lower()}_per_usd"].number, lang, max_places=4) for code in CURRENCIES}


def _converted(evaluation: Evaluation, lang: Lang) -> dict[str, str]:
    chosen = locale(lang).second_currency
    if not chosen:
        return {}
    return evaluation.converted(chosen, RATES[f"fx.{chosen.lower()}_per_usd"].number)


def _charts(data: list[ChartData], lang: Lang) -> list[dict[str, Any]]:
    """Each chart's title and the same numbers as a table (the numbers for the page script go
    in the form's configuration)."""
    charts = []
    for chart in data:
        if chart["kind"] == "growth":
            head = [chart["axis"]] + [series["label"] for series in chart["series"]]
            rows = [
                [label] + [series["texts"][row] for series in chart["series"]]
                for row, label in enumerate(chart["labels"])
            ]
        else:
            head = [_text(UI["measure"], lang), _text(UI["amount"], lang)]
            rows = [[label, chart["series"][0]["texts"][row]] for row, label in enumerate(chart["labels"])]
        charts.append({"title": chart["title"], "head": head, "rows": rows})
    return charts


def _goal(calc: Calculator, evaluation: Evaluation, lang: Lang) -> dict[str, Any] | None:
    """The goal section of a calculator that answers one: its input and its answer for the
    default goal, after the calculator's own results."""
    if calc.goal is None:
        return None
    answer = evaluate_goal(evaluation)
    outputs = [
        {
            "name": output.name,
            "label": _text(output.label, lang),
            "value": data_value(answer.values[output.name]),
            "text": answer.text[output.name],
        }
        for output in goal_outputs(calc)
    ]
    return {"field": _field(calc, GOAL_FIELD, lang), "outputs": outputs}


def _working(calc: Calculator, evaluation: Evaluation, lang: Lang) -> dict[str, Any]:
    """The working shown ("How this is calculated"): the formula filled with the default numbers, each assumption's
    default with its sources and their dates, and the command that gives the same answer (the
    page script refills the formula and the command as the reader types)."""
    rates_used = [
        {
            "label": _text(field.label, lang),
            "value": Markup(data_html(RATES[field.rate], "value", lang)),
            "source": Markup(cite_figure(RATES[field.rate], lang, checked=True)),
        }
        for field in calc.fields
        if field.is_assumption and field.rate
    ]
    goal = goal_default(lang) if calc.goal is not None else None
    return {
        "steps": evaluation.working(),
        "rates": rates_used,
        "command": command(calc.slug, {}, lang, goal),
    }


def _scenario(calc: Calculator, evaluation: Evaluation, outputs: list[dict[str, Any]], lang: Lang) -> dict[str, Any]:
    """Scenario B of "Compare with another scenario": the same fields under their own ids (without
    help and sources, which the form above shows), and a row per result with its difference,
    pre-rendered for the default values in both scenarios."""
    fields = []
    for field in calc.fields:
        block = _field(calc, field, lang)
        block.update(id=f"{calc.slug}-b-{field.name}", help_id=None, help=None, source=None)
        fields.append(block)
    difference = differences(evaluation, evaluation)
    rows = [{**output, "difference": difference.get(output["name"], "")} for output in outputs]
    return {"fields": fields, "rows": rows}


def render(slug: str, lang: Lang, runtime: Runtime) -> str:
    """One calculator's form, with its default result filled in, naming the folders (relative
    to the site root) of the Python runtime and of the calculators wheel."""
    calc = calculator(slug)
    evaluation = evaluate(slug, {}, lang)
    if not evaluation.ok:  # a broken default is a bug in the data file: fail the build
        raise BuildError(f"{slug}: defaults do not validate: {evaluation.errors}")
    values, texts, converted = evaluation.outputs(), evaluation.formatted(), _converted(evaluation, lang)
    outputs = [
        {
            "name": output.name,
            "label": _text(output.label, lang),
            "value": data_value(values[output.name]),
            "text": texts[output.name],
            "money": output.kind is OutputKind.MONEY,
            "converted": converted.get(output.name, ""),
        }
        for output in calc.outputs
    ]
    has_money = any(output.kind is OutputKind.MONEY for output in calc.outputs)
    charts = evaluation.charts()
    config: FormConfig = {
        "runtime": runtime.pyodide_dir,
        "package": runtime.package_dir,
        "chartjs": runtime.chart_script if calc.charts else None,
        "messages": {key: _text(UI[key], lang) for key in STATUS_MESSAGES},
        "fx_defaults": _fx_defaults(lang) if has_money else {},
        "charts": charts,
        "numbers": number_style(lang),
    }
    context = {
        "slug": slug,
        "lang": lang,
        "config": json.dumps(config, ensure_ascii=False),
        "ui": {key: _text(text, lang) for key, text in UI.items()},
        "title": _text(calc.title, lang),
        "summary": _text(calc.summary, lang),
        "own": [_field(calc, field, lang) for field in calc.fields if not field.is_assumption],
        "assumptions": [_field(calc, field, lang) for field in calc.fields if field.is_assumption],
        "outputs": outputs,
        "charts": _charts(charts, lang),
        "goal": _goal(calc, evaluation, lang),
        "working": _working(calc, evaluation, lang),
        "sensitivity": evaluation.sensitivity(),
        "currency": _currency(lang) if has_money else None,
        "compact": calc.compact,
        "scenario": None if calc.compact else _scenario(calc, evaluation, outputs, lang),
        "status_reserve": max((_text(UI[key], lang) for key in RESERVED_STATUS), key=len),
    }
    return _environment().get_template("form.html").render(context)
