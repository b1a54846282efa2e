"""Tables generated from the data file: a calculator's assumptions, the LIVE gifts by name with
their prices, and the Sources page's list of every figure and every source. Pages pull them in
with markdown-include (`{!rates/live-gifts.en.md!}`, `{!gifts.fr.md!}`, `{!sources.fr.md!}`);
they are written as Markdown whose cells already hold the tagged values and linked citations."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from pathlib import Path

from calculators import CALCULATORS
from calculators.availability import PROGRAMS, STATUS_NAMES, Program, Scope, Status, status
from calculators.countries import country_name
from calculators.gifts import GIFTS
from calculators.locales import locale
from calculators.quoting import End, figure
from calculators.rates import RATES, ROLE_NAMES, SOURCES, Bound, Figure, Role, Source
from calculators.text import LANGUAGES, Lang, Text
from calculators.typography import space

from .figures import (
    cite,
    cite_figure,
    cite_figures,
    cite_one,
    cite_short,
    data_html,
    help_html,
    historical_text,
    history_text,
    range_with_unit,
    value_with_unit,
)

LABELS = {
    "figure": Text("Figure", "Donnée"),
    "value": Text("Value", "Valeur"),
    "range": Text("Reported range", "Fourchette rapportée"),
    "role": Text("Kind", "Nature"),
    "source": Text("Sources", "Sources"),
    "input": Text("Input", "Champ"),
    "note": Text("Note", "Remarque"),
    "publisher": Text("Publisher", "Éditeur"),
    "page": Text("Page", "Page"),
    "dates": Text("Dates", "Dates"),
    "used_for": Text("Figures", "Données"),
    "gift": Text("Gift", "Cadeau"),
    "coins": Text("Price in coins", "Prix en Pièces"),
    "lists": Text("Lists that give it", "Listes qui le donnent"),
    "others": Text("Other prices published", "Autres prix publiés"),
}

TOPICS: dict[str, Text] = {
    "creator_rewards": Text("Creator Rewards Program", "Programme de récompenses pour les créateurs"),
    "creator_fund": Text("Creator Fund", "Fonds pour les créateurs"),
    "live": Text("LIVE", "LIVE"),
    "live_gifts": Text("LIVE gifts", "Cadeaux LIVE"),
    "payout": Text("Getting paid", "Se faire payer"),
    "subscriptions": Text("Subscriptions", "Abonnements"),
    "series": Text("Series", "Séries"),
    "brand_deal": Text("Brand deals", "Partenariats de marque"),
    "affiliate": Text("Affiliate marketing", "Affiliation"),
    "shop_affiliate": Text("TikTok Shop affiliate", "Affiliation TikTok Shop"),
    "own_products": Text("Your own products", "Tes propres produits"),
    "engagement": Text("Engagement", "Engagement"),
    "eligibility": Text("Eligibility example", "Exemple d'éligibilité"),
    "income_mix": Text("Income mix", "Répartition des revenus"),
    "tips": Text("Tips", "Tips"),
    "pulse": Text("TikTok Pulse", "TikTok Pulse"),
    "marketplace": Text("Creator Marketplace and TikTok One", "Creator Marketplace et TikTok One"),
    "promote": Text("Promote", "Promote"),
    "spark_ads": Text("Spark Ads", "Spark Ads"),
    "bio_link": Text("Bio link", "Lien dans la bio"),
    "fx": Text("Exchange rates", "Taux de change"),
    "rules": Text("Rules and taxes", "Règles et impôts"),
    "rules.fr": Text("Rules and taxes: France", "Règles et impôts : France"),
    "rules.eu": Text("Rules and taxes: European Union", "Règles et impôts : Union européenne"),
    "rules.be": Text("Rules and taxes: Belgium", "Règles et impôts : Belgique"),
    "rules.ch": Text("Rules and taxes: Switzerland", "Règles et impôts : Suisse"),
    "rules.lu": Text("Rules and taxes: Luxembourg", "Règles et impôts : Luxembourg"),
    "rules.ca": Text("Rules and taxes: Canada", "Règles et impôts : Canada"),
    "rules.qc": Text("Rules and taxes: Québec", "Règles et impôts : Québec"),
    "rules.us": Text("Rules and taxes: United States", "Règles et impôts : États-Unis"),
    "rules.tiktok": Text("Rules and taxes: TikTok's settings", "Règles et impôts : les réglages de TikTok"),
}


def topic_of(key: str) -> str:
    """The figure's group on the Sources page: its first part (`live_gifts`), or its first two
    where they name a topic of their own (`rules.fr`)."""
    parts = key.split(".")
    two = ".".join(parts[:2])
    return two if two in TOPICS else parts[0]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _note(item: Figure, lang: Lang) -> str:
    parts = [help_html(space(item.note(lang), lang), lang)] if item.note else []
    if item.history:
        parts.append(history_text(item, lang))
    return " ".join(parts)


def rates_table(slug: str, lang: Lang) -> str:
    """The sourced assumptions behind one calculator (its example inputs are not listed)."""
    calculator = CALCULATORS[slug]
    header = [LABELS[name](lang) for name in ("input", "value", "range", "source")]
    rows = []
    for field in calculator.fields:
        if field.rate is None or not field.is_assumption:
            continue
        item = figure(field.rate)
        spread = range_with_unit(item, lang)
        note = _note(item, lang)
        rows.append(
            [
                escape(space(field.label(lang), lang)),
                data_html(item, "value", lang),
                spread,
                cite_figure(item, lang) + (f" {note}" if note else ""),
            ]
        )
    return _table(header, rows) if rows else ""


def _lists(sources: tuple[Source, ...], lang: Lang) -> str:
    """ "Back to Front Show, The Next Hint and Sportskeeda", each linking to its page: a column
    of its own says these are the lists that report the price."""
    return locale(lang).join([cite_short(source, lang) for source in sources])


def gifts_table(lang: Lang) -> str:
    """Every gift with a sourced price, in the data file's order by price: the price the calculator
    uses with the lists that give it, then any other price published, each with its own lists."""
    header = [LABELS[name](lang) for name in ("gift", "coins", "lists", "others")]
    rows = []
    for gift in GIFTS:
        item = figure(gift.key)
        ends: tuple[tuple[End, Bound | None], ...] = (("low", item.low), ("high", item.high))
        others = [
            f"{data_html(item, end, lang)} ({_lists(bound.sources, lang)})"
            for end, bound in ends
            if bound is not None and bound.value != item.value
        ]
        note = _note(item, lang)
        rows.append(
            [
                escape(gift.name(lang)),
                data_html(item, "value", lang),
                _lists(item.sources, lang),
                "; ".join(others) + (f"<br>{note}" if note else ""),
            ]
        )
    return _table(header, rows)


def sources_table(lang: Lang) -> str:
    """Every figure by topic, then every source: the Sources page."""
    parts = []
    by_topic: dict[str, list[Figure]] = {}
    for key, item in RATES.items():
        by_topic.setdefault(topic_of(key), []).append(item)
    header = [LABELS[name](lang) for name in ("figure", "value", "role", "source", "note")]
    for topic, items in by_topic.items():
        title = TOPICS.get(topic, Text(topic, topic))(lang)
        parts.append(f"### {title} {{ #figures-{topic.replace('_', '-').replace('.', '-')} }}\n")
        rows = []
        for item in items:
            value = value_with_unit(item, lang)
            spread = range_with_unit(item, lang)
            if spread:
                value += f"<br>({spread})"
            rows.append(
                [
                    f'<span id="{item.key.replace(".", "-").replace("_", "-")}">{escape(item.label(lang))}</span>',
                    value,
                    escape(ROLE_NAMES[item.role](lang)),
                    cite_figure(item, lang, checked=True) if item.role not in (Role.EXAMPLE, Role.THRESHOLD) else "",
                    _note(item, lang),
                ]
            )
        parts.append(_table(header, rows))
    return "\n".join(parts)


def bibliography(lang: Lang) -> str:
    """Every source the data file cites, with the figures it backs."""
    used: dict[str, list[str]] = {}
    for key, item in RATES.items():
        for source in item.all_sources:
            used.setdefault(source.id, []).append(key)
    header = [LABELS[name](lang) for name in ("page", "used_for")]
    rows = []
    for source_id, source in sorted(
        SOURCES.items(), key=lambda pair: (not pair[1].official, not pair[1].primary, pair[1].publisher)
    ):
        keys = used.get(source_id, [])
        links = ", ".join(
            f'<a href="#{key.replace(".", "-").replace("_", "-")}">{escape(RATES[key].label(lang))}</a>' for key in keys
        )
        rows.append([cite_one(source, lang, checked=True), links])
    return _table(header, rows)


COUNTRY_GROUPS: tuple[tuple[str, Text, tuple[str, ...]], ...] = (
    (
        "francophone-europe-canada",
        Text(
            "France, Belgium, Switzerland, Luxembourg, Monaco, Canada",
            "France, Belgique, Suisse, Luxembourg, Monaco, Canada",
        ),
        ("FR", "BE", "CH", "LU", "MC", "CA"),
    ),
    ("largest-markets", Text("Largest markets", "Grands marchés"), ("US", "GB", "DE", "IT", "ES", "BR", "JP", "KR")),
    (
        "francophone-africa",
        Text("French-speaking Africa", "Afrique francophone"),
        ("SN", "CI", "CM", "MA", "TN", "DZ", "CD"),
    ),
)
"""The countries the availability page covers, in the tables it shows them in."""

STATUS_MARKS = {Status.OPEN: "✓", Status.NOT_OPEN: "✗", Status.UNKNOWN: "?"}
HOW_READ = {
    Scope.OFFICIAL_LIST: Text(
        "TikTok names every country, so a country it does not name is not open.",
        "TikTok nomme tous les pays : un pays qu'il ne nomme pas n'est pas ouvert.",
    ),
    Scope.REPORTED_LIST: Text(
        "Only the press and guides name countries, so a country none of them names is unknown.",
        "Seuls la presse et des guides nomment des pays : un pays qu'aucun ne nomme reste inconnu.",
    ),
    Scope.NO_COUNTRY_CONDITION: Text(
        "TikTok's rules set no country condition, so it is open wherever TikTok runs; unknown where access to TikTok has been restricted.",
        "Les règles de TikTok ne posent aucune condition de pays : c'est ouvert partout où TikTok fonctionne, inconnu là où l'accès à TikTok a été restreint.",
    ),
    Scope.CLOSED: Text("Closed everywhere.", "Fermé partout."),
}


def _status_cell(program: Program, country: str, lang: Lang) -> str:
    result = status(program.id, country)
    text = f'<span aria-hidden="true">{STATUS_MARKS[result]}</span> {STATUS_NAMES[result](lang)}'
    if result is Status.OPEN and program.open_key and RATES[program.open_key].historical:
        text += historical_text(RATES[program.open_key], lang)
    return f'<span class="status status--{result.value}">{text}</span>'


def availability_tables(lang: Lang) -> str:
    """Each program's status in each covered country, by group of countries, then the sources
    of each program's answers and how its list is read."""
    parts = []
    header_label = Text("Program", "Programme")(lang)
    for anchor, title, countries in COUNTRY_GROUPS:
        parts.append(f"### {title(lang)} {{ #{anchor} }}\n")
        header = [header_label] + [escape(country_name(code, lang)) for code in countries]
        rows = [
            [escape(program.name(lang))] + [_status_cell(program, code, lang) for code in countries]
            for program in PROGRAMS
        ]
        parts.append(_table(header, rows))
    parts.append(
        f"### {Text('Sources, program by program', 'Sources, programme par programme')(lang)} {{ #availability-sources }}\n"
    )
    for program in PROGRAMS:
        sources = cite_figures([RATES[key] for key in program.keys], lang)
        parts.append(f"- **{escape(program.name(lang))}.** {escape(HOW_READ[program.scope](lang))} {sources}")
    return "\n".join(parts) + "\n"


INDEX = "calculators.md"
"""The page that lists every calculator."""
CALCULATOR_LINE = re.compile(r'^\{\{\s*calculator\(\s*"([a-z0-9-]+)"\s*\)\s*\}\}', re.MULTILINE)


HEADING_ID = re.compile(r"^#+ .*\{ #([a-z0-9-]+) \}", re.MULTILINE)


def calculator_homes(docs: Path) -> dict[str, str]:
    """Where each calculator lives: the first page holding it (method pages first, the index last),
    as a link to the section it sits in."""
    pages = sorted(
        (path for path in docs.rglob("*.md") if not path.name.endswith(".fr.md")),
        key=lambda path: (path.relative_to(docs).as_posix() == INDEX, path.parent == docs, path.as_posix()),
    )
    homes: dict[str, str] = {}
    for path in pages:
        text = path.read_text(encoding="utf-8")
        for line in CALCULATOR_LINE.finditer(text):
            sections = HEADING_ID.findall(text, 0, line.start())
            anchor = f"#{sections[-1]}" if sections else ""
            homes.setdefault(line.group(1), path.relative_to(docs).as_posix() + anchor)
    return homes


def calculator_index(lang: Lang, homes: dict[str, str]) -> str:
    """Every calculator of the catalogue: its question, what it does, and a link to its form."""
    answers = Text("Answers:", "Répond à :")(lang)
    open_it = Text("Open it: [{title}]({link}).", "Pour l'ouvrir : [{title}]({link}).")
    parts = []
    for slug, calculator in CALCULATORS.items():
        home = homes.get(slug)
        if home is None or home.startswith(INDEX):
            continue  # not on any page yet, or described on the index page itself
        title = escape(space(calculator.title(lang), lang), quote=False)
        lines = [f"## {title} {{ #{slug} }}", ""]
        if calculator.question:
            lines.append(f"**{answers}** {escape(space(calculator.question(lang), lang), quote=False)}")
        lines.append(escape(space(calculator.summary(lang), lang), quote=False))
        lines.append(open_it.format(lang, title=title, link=home))
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def write_includes(directory: Path, docs: Path | None = None) -> None:
    """Generate the include files; rewrite only what changed so `mkdocs serve` does not loop."""
    files = {}
    for lang in LANGUAGES:
        files[f"sources.{lang}.md"] = sources_table(lang)
        files[f"bibliography.{lang}.md"] = bibliography(lang)
        files[f"availability.{lang}.md"] = availability_tables(lang)
        if docs is not None:
            files[f"calculators.{lang}.md"] = calculator_index(lang, calculator_homes(docs))
        files[f"gifts.{lang}.md"] = gifts_table(lang)
        for slug in CALCULATORS:
            files[f"rates/{slug}.{lang}.md"] = rates_table(slug, lang)
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


__all__ = ["bibliography", "cite", "gifts_table", "rates_table", "sources_table", "write_includes"]
