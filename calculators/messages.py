"""Every message a reader can see about their input, in both languages."""

from __future__ import annotations

from .text import Lang, Text
from .typography import space

MESSAGES: dict[str, Text] = {
    "required": Text("Enter a value.", "Saisis une valeur."),
    "not_a_number": Text("Enter a number, like {example}.", "Saisis un nombre, par exemple {example}."),
    "bad_grouping": Text(
        "Use a comma only between groups of three digits, like 1,500; the decimal point is a dot.",
        "Sur la page anglaise, la virgule sépare les milliers ; ici, écris 1 500 ou 0,5.",
    ),
    "too_long": Text("That is too long to be a number.", "C'est trop long pour être un nombre."),
    "whole_number": Text("Enter a whole number.", "Saisis un nombre entier."),
    "too_small": Text("Enter at least {minimum}.", "Saisis au moins {minimum}."),
    "too_large": Text("Enter at most {maximum}.", "Saisis au plus {maximum}."),
    "not_a_choice": Text("Choose one of: {choices}.", "Choisis parmi : {choices}."),
    "not_a_boolean": Text("Answer yes or no.", "Réponds oui ou non."),
    "not_a_country": Text(
        "Enter a two-letter country code, like US or FR.",
        "Saisis un code pays à deux lettres, par exemple FR ou BE.",
    ),
    "unknown_field": Text("This calculator has no field named {name}.", "Ce calculateur n'a pas de champ {name}."),
    "low_above_high": Text(
        "The low value must not be above the high value ({high}).",
        "La valeur basse ne doit pas dépasser la valeur haute ({high}).",
    ),
    "shares_over_100": Text(
        "Together these shares must not exceed 100%.",
        "Ensemble, ces parts ne doivent pas dépasser 100 %.",
    ),
    "not_text": Text("Enter text, like {example}.", "Saisis du texte, par exemple {example}."),
    "text_too_long": Text(
        "That is too long: enter at most {maximum} characters.",
        "C'est trop long : saisis au plus {maximum} caractères.",
    ),
    "gift_unknown": Text(
        "No gift called “{name}” is listed. Write gifts as in the table of gifts, like 3 × Rose, 1 × Lion.",
        "Aucun cadeau « {name} » dans la liste. Écris les cadeaux comme dans le tableau des cadeaux, par exemple 3 × Rose, 1 × Lion.",
    ),
    "gift_count": Text(
        "“{count}” is not a number of gifts: write a whole number from 0 to {maximum}, like 3 × Rose.",
        "« {count} » n'est pas un nombre de cadeaux : écris un nombre entier de 0 à {maximum}, par exemple 3 × Rose.",
    ),
    "gift_missing_name": Text(
        "“{item}” names no gift: write its name after the number, like 3 × Rose.",
        "« {item} » ne nomme aucun cadeau : écris son nom après le nombre, par exemple 3 × Rose.",
    ),
    "not_available": Text("not available", "non disponible"),
    "moves_most": Text(
        "Of these rates, “{input}” moves the result most: from {low} to {high}.",
        "De ces taux, c'est « {input} » qui fait le plus varier le résultat : de {low} à {high}.",
    ),
}


def message(key: str, lang: Lang, **values: object) -> str:
    """The message `key` in `lang`, with its placeholders filled and its typography done."""
    return space(MESSAGES[key].format(lang, **values), lang)
