"""Calculator forms, rendered at build time from what each calculator declares.

The HTML already holds the default result (`data-state="static"`), so a reader sees an answer
before any script runs. The page script then only swaps values in and out; every label,
message and number format comes from here or from `calculators`, in the page's language.
"""

from __future__ import annotations

import json
from html import escape

from calculators import calculator, evaluate
from calculators.engine import CURRENCIES, Evaluation
from calculators.fields import Calculator, Field, Kind, OutputKind
from calculators.numbers import format_decimal
from calculators.rates import RATES
from calculators.text import Lang, Text

from macros import cite
from runtime import Runtime

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
)
"""The messages the page script shows in a form's status line, carried as data attributes."""

_INPUT_MODE = {Kind.COUNT: "numeric", Kind.NUMBER: "decimal", Kind.MONEY: "decimal", Kind.PERCENT: "decimal"}
_UNIT = {Kind.MONEY: "USD", Kind.PERCENT: "%"}


def data_value(value: object) -> str:
    """The `data-value` of an output: the CLI's JSON value, with strings left bare."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _attrs(**attributes: str | None) -> str:
    return "".join(
        f' {name.replace("_", "-")}="{escape(value)}"' for name, value in attributes.items() if value is not None
    )


def _field(calc: Calculator, field: Field, lang: Lang) -> str:
    base = f"{calc.slug}-{field.name}"
    help_id = f"{base}-help" if field.help else None
    label = f'<label for="{base}">{escape(field.label(lang))}</label>'
    if field.kind is Kind.BOOLEAN:
        control = f'<input type="checkbox"{_attrs(id=base, name=field.name, value="true", aria_describedby=help_id)}{" checked" if field.default else ""}>'
        control = f'<span class="calc__check">{control}{label}</span>'
        label = ""
    elif field.kind is Kind.CHOICE:
        options = "".join(
            f'<option value="{escape(choice.code)}"{" selected" if choice.code == field.default else ""}>{escape(choice.label(lang))}</option>'
            for choice in field.choices
        )
        control = f"<select{_attrs(id=base, name=field.name, aria_describedby=help_id)}>{options}</select>"
    else:
        value = field.format(field.default, lang)
        control = (
            "<input"
            + _attrs(
                id=base,
                name=field.name,
                type="text",
                inputmode=_INPUT_MODE.get(field.kind),
                autocomplete="off",
                spellcheck="false",
                autocapitalize="characters" if field.kind is Kind.COUNTRY else "off",
                value=value,
                data_default=value,
                aria_describedby=help_id,
            )
            + ">"
        )
        unit = _UNIT.get(field.kind)
        if unit:
            control = (
                f'<span class="calc__control">{control}<span class="calc__unit" aria-hidden="true">{unit}</span></span>'
            )
    help_text = f'<p class="calc__help" id="{help_id}">{escape(field.help(lang))}</p>' if field.help else ""
    source = ""
    if field.is_assumption and field.rate:
        rate = RATES[field.rate]
        source = f'<p class="calc__source">{escape(UI["source"](lang))} {escape(cite(rate.sources, lang))}</p>'
    error = f'<p class="calc__error" id="{base}-error" hidden></p>'
    return f'<div class="calc__field" data-field="{field.name}">{label}{control}{help_text}{source}{error}</div>'


DEFAULT_CURRENCY = {"en": "", "fr": "EUR"}
"""French readers see euros beside dollars from the start; English readers choose."""


def _currency_block(slug: str, lang: Lang) -> str:
    """The optional second currency: a choice and its dated, editable exchange rate."""
    chosen = DEFAULT_CURRENCY[lang]
    rates = {code: RATES[f"fx.{code.lower()}_per_usd"] for code in CURRENCIES}
    options = [("", UI["usd_only"](lang))] + [(code, UI[code](lang)) for code in CURRENCIES]
    select = "".join(
        f'<option value="{code}"{" selected" if code == chosen else ""}>{escape(label)}</option>'
        for code, label in options
    )
    defaults = {code: format_decimal(rate.value, lang, max_places=4) for code, rate in rates.items()}
    value = defaults.get(chosen, defaults["EUR"])
    sources = " ".join(f"{code}: {cite(rate.sources, lang)}." for code, rate in rates.items())
    return (
        f'<div class="calc__currency">'
        f'<div class="calc__field"><label for="{slug}-currency">{escape(UI["currency"](lang))}</label>'
        f'<select id="{slug}-currency" data-currency>{select}</select></div>'
        f'<div class="calc__field"{"" if chosen else " hidden"} data-fx-field><label for="{slug}-fx">{escape(UI["fx_rate"](lang))}</label>'
        f'<input type="text" inputmode="decimal" autocomplete="off" id="{slug}-fx" value="{value}" data-fx'
        + "".join(f' data-default-{code.lower()}="{escape(text)}"' for code, text in defaults.items())
        + f' aria-describedby="{slug}-fx-source"><p class="calc__source" id="{slug}-fx-source">{escape(sources)}</p>'
        f'<p class="calc__error" id="{slug}-fx-error" hidden></p></div>'
        "</div>"
    )


def _converted(evaluation: Evaluation, lang: Lang) -> dict[str, str]:
    chosen = DEFAULT_CURRENCY[lang]
    if not chosen:
        return {}
    rate = RATES[f"fx.{chosen.lower()}_per_usd"].value
    return evaluation.converted(chosen, rate)  # type: ignore[arg-type]


def _charts(evaluation: Evaluation) -> str:
    """Each chart as a canvas the page script draws on, and the same numbers as a table."""
    figures = []
    for index, chart in enumerate(evaluation.charts()):
        if chart["kind"] == "growth":
            head = [chart["axis"]] + [series["label"] for series in chart["series"]]
            rows = [
                [label] + [series["texts"][row] for series in chart["series"]]
                for row, label in enumerate(chart["labels"])
            ]
        else:
            head = [UI["measure"](evaluation.lang), UI["amount"](evaluation.lang)]
            rows = [[label, chart["series"][0]["texts"][row]] for row, label in enumerate(chart["labels"])]
        table = (
            '<div class="calc__sr-only"><table class="calc__chart-table"><thead><tr>'
            + "".join(f'<th scope="col">{escape(cell)}</th>' for cell in head)
            + "</tr></thead><tbody>"
            + "".join(
                "<tr>"
                + f'<th scope="row">{escape(row[0])}</th>'
                + "".join(f"<td>{escape(cell)}</td>" for cell in row[1:])
                + "</tr>"
                for row in rows
            )
            + "</tbody></table></div>"
        )
        figures.append(
            f'<figure class="calc__chart" data-chart="{index}" data-chart-data="{escape(json.dumps(chart, ensure_ascii=False))}">'
            f"<figcaption>{escape(chart['title'])}</figcaption>"
            f'<div class="calc__canvas" aria-hidden="true"><canvas></canvas></div>{table}</figure>'
        )
    return "".join(figures)


def render(slug: str, lang: Lang, runtime: Runtime) -> str:
    """One calculator's form, with its default result filled in, naming the folders (relative
    to the site root) of the Python runtime and of the calculators wheel."""
    calc = calculator(slug)
    evaluation = evaluate(slug, {}, lang)
    if not evaluation.ok:  # a broken default is a bug in the data file: fail the build
        raise ValueError(f"{slug}: defaults do not validate: {evaluation.errors}")
    own = [field for field in calc.fields if not field.is_assumption]
    assumptions = [field for field in calc.fields if field.is_assumption]
    parts = [
        f'<form class="calc" method="get" novalidate{_attrs(data_calculator=slug, data_state="static", data_lang=lang, data_runtime=runtime.pyodide_dir, data_package=runtime.package_dir, data_chartjs=runtime.chart_script if calc.charts else None, aria_labelledby=f"{slug}-title")}',
        "".join(f' data-msg-{key.replace("_", "-")}="{escape(UI[key](lang))}"' for key in STATUS_MESSAGES),
        ">",
        f'<p class="calc__title" id="{slug}-title">{escape(calc.title(lang))}</p>',
        f'<p class="calc__summary">{escape(calc.summary(lang))}</p>',
        f'<fieldset class="calc__inputs"><legend>{escape(UI["your_numbers"](lang))}</legend>',
        "".join(_field(calc, field, lang) for field in own),
        "</fieldset>",
    ]
    if assumptions:
        parts += [
            f'<details class="calc__assumptions"><summary>{escape(UI["assumptions"](lang))}</summary>',
            "".join(_field(calc, field, lang) for field in assumptions),
            f'<button type="button" class="md-button calc__reset" data-reset>{escape(UI["reset"](lang))}</button>',
            "</details>",
        ]
    values, texts, converted = evaluation.outputs(), evaluation.formatted(), _converted(evaluation, lang)
    has_money = any(output.kind is OutputKind.MONEY for output in calc.outputs)
    rows = "".join(
        f'<div class="calc__result"><dt id="{slug}-out-{output.name}">{escape(output.label(lang))}</dt>'
        f'<dd><output name="{output.name}"{_attrs(aria_labelledby=f"{slug}-out-{output.name}", data_value=data_value(values[output.name]))}>'
        f"{escape(texts[output.name])}</output>"
        + (
            f'<span class="calc__converted" data-converted="{output.name}"{"" if output.name in converted else " hidden"}>'
            f"{escape(converted.get(output.name, ''))}</span>"
            if output.kind is OutputKind.MONEY
            else ""
        )
        + "</dd></div>"
        for output in calc.outputs
    )
    parts += [
        f'<section class="calc__results" aria-label="{escape(UI["results"](lang))}"><dl>{rows}</dl>{_charts(evaluation)}</section>',
        _currency_block(slug, lang) if has_money else "",
        f'<p class="calc__actions"><button type="button" class="md-button calc__share" data-share>{escape(UI["share"](lang))}</button></p>',
        f'<p class="calc__status" role="status" aria-live="polite">{escape(UI["static"](lang))}</p>',
        "</form>",
    ]
    return "".join(parts)
