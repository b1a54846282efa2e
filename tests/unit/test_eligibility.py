"""Eligibility: each program's rules at their edges, the reasons in both languages, and the CLI."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import evaluate
from calculators.catalog.eligibility import PROGRAMS, compute
from calculators.cli import main

NAMES = [name for name, _ in PROGRAMS]
# Someone who meets every rule of every program, in a country where the Creator Fund still runs
# but Creator Rewards does not: tests change one input at a time from here.
EVERYTHING = {
    "age": "30",
    "followers": "100000",
    "views_30d": "1000000",
    "country": "US",
    "account_age_days": "1000",
    "posts_30d": "30",
    "business_account": "no",
}


def answers(lang="en", **changes):
    evaluation = evaluate("eligibility", {**EVERYTHING, **changes}, lang)
    assert evaluation.ok, evaluation.errors
    return evaluation.outputs()


def test_defaults():
    # 25 years old, 12,000 followers, 150,000 views, US, 365 days, 10 posts, personal account:
    # every threshold is met; only the Creator Fund is out, closed in the US since 2023-12-16
    # (and everywhere since 2024-02-26).
    outputs = evaluate("eligibility").outputs()
    assert {name: outputs[name] for name in NAMES} == {
        "creator_rewards": True,
        "live": True,
        "live_gifts": True,
        "subscriptions": True,
        "series": True,
        "shop_affiliate": True,
        "creator_fund": False,
    }
    assert outputs["creator_rewards_missing"] == []
    assert outputs["creator_fund_missing"] == ["The Creator Fund closed in the United States on 16 December 2023."]


def test_every_output_is_a_boolean_a_list_and_a_status():
    outputs = evaluate("eligibility").outputs()
    answers = [key for name in NAMES for key in (name, f"{name}_missing")]
    assert list(outputs) == answers + [f"{name}_status" for name in NAMES], "answers first, as outside tools read them"
    for name in NAMES:
        assert isinstance(outputs[name], bool)
        assert isinstance(outputs[f"{name}_missing"], list)
        assert outputs[name] == (outputs[f"{name}_missing"] == [])
        assert outputs[f"{name}_status"] in ("open", "not_open", "unknown")


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        # The official list of the Creator Rewards Program: missing from it means not open.
        ("FR", {"creator_rewards": "open", "creator_fund": "not_open", "live": "open", "subscriptions": "open"}),
        (
            "BE",
            {
                "creator_rewards": "not_open",
                "live_gifts": "unknown",
                "subscriptions": "unknown",
                "shop_affiliate": "open",
            },
        ),
        ("CH", {"creator_rewards": "not_open", "live_gifts": "open", "shop_affiliate": "unknown"}),
        (
            "CA",
            {"creator_rewards": "not_open", "live_gifts": "open", "shop_affiliate": "not_open", "series": "unknown"},
        ),
        # Reported lists: a country no page names is unknown, never assumed either way.
        ("LU", {"live_gifts": "unknown", "subscriptions": "unknown", "shop_affiliate": "unknown"}),
        ("CI", {"live_gifts": "not_open", "live": "open"}),
        # Where access to TikTok itself was restricted, even going LIVE is unknown.
        ("SN", {"live": "unknown", "live_gifts": "unknown", "creator_rewards": "not_open"}),
    ],
)
def test_each_program_is_open_not_open_or_unknown_where_the_reader_lives(country, expected):
    outputs = answers(country=country)
    assert {name: outputs[f"{name}_status"] for name in expected} == expected
    for name, status in expected.items():
        if status == "not_open" and name != "creator_fund":
            assert any("not open" in reason for reason in outputs[f"{name}_missing"]), (country, name)
        if status == "unknown":
            assert not any("not open" in reason for reason in outputs[f"{name}_missing"]), (country, name)


def test_the_status_reads_in_french():
    evaluation = evaluate("eligibility", {"country": "BE"}, "fr")
    assert evaluation.formatted()["creator_rewards_status"] == "Pas ouvert"
    assert evaluation.formatted()["subscriptions_status"] == "Inconnu"
    assert evaluation.outputs()["creator_rewards_missing"] == ["Le programme n'est pas ouvert en Belgique."]


def test_reasons_in_english_and_french():
    english = answers(followers="5000")
    assert "You need 10,000 followers; you have 5,000." in english["creator_rewards_missing"]
    french = answers("fr", followers="5 000")
    assert "Il te faut 10\u202f000 followers\u202f; tu en as 5\u202f000." in french["creator_rewards_missing"]


def test_creator_rewards_rules():
    assert answers(country="FR")["creator_rewards"] is True
    assert answers(age="18")["creator_rewards"] is True
    assert answers(age="17")["creator_rewards_missing"] == ["You must be at least 18 years old; you are 17."]
    assert answers(followers="10000")["creator_rewards"] is True
    assert answers(followers="9999")["creator_rewards_missing"] == ["You need 10,000 followers; you have 9,999."]
    assert answers(views_30d="100000")["creator_rewards"] is True
    assert answers(views_30d="99999")["creator_rewards_missing"] == [
        "You need 100,000 views in the last 30 days; you have 99,999."
    ]
    assert answers(business_account="yes")["creator_rewards_missing"] == [
        "You need a personal account, not a business account."
    ]
    assert answers(country="IT")["creator_rewards_missing"] == ["The program is not open in Italy."]


def test_korea_needs_19():
    assert answers(country="KR", age="18")["creator_rewards_missing"] == [
        "You must be at least 19 years old; you are 18."
    ]
    assert answers(country="KR", age="19")["creator_rewards"] is True
    # Going LIVE needs 18 everywhere; receiving gifts needs 19 in Korea.
    korean_18 = answers(country="KR", age="18")
    assert korean_18["live"] is True
    assert korean_18["live_gifts_missing"] == ["You must be at least 19 years old; you are 18."]
    assert answers(country="KR", age="19")["live_gifts"] is True
    assert answers(country="US", age="18")["live_gifts"] is True


def test_live_rules():
    assert answers(followers="1000")["live"] is True
    assert answers(followers="999")["live_missing"] == ["You need 1,000 followers; you have 999."]
    assert answers(followers="999")["live_gifts_missing"] == ["You need 1,000 followers; you have 999."]
    # The age sentence is said once for gifts, not once for LIVE and once more for gifts.
    assert answers(age="17")["live_gifts_missing"] == ["You must be at least 18 years old; you are 17."]
    # LIVE does not care about views or account type.
    assert answers(views_30d="0", business_account="yes")["live"] is True


def test_subscriptions_rules():
    assert answers(followers="9999", views_30d="99999")["subscriptions_missing"] == [
        "You need 10,000 followers; you have 9,999.",
        "You need 100,000 views in the last 30 days; you have 99,999.",
    ]
    assert answers(followers="10000", views_30d="100000")["subscriptions"] is True


def test_series_rules():
    assert answers(views_30d="1000", account_age_days="30", posts_30d="3")["series"] is True
    assert answers(views_30d="999", account_age_days="29", posts_30d="2")["series_missing"] == [
        "Your account must be at least 30 days old; yours is 29.",
        "You need 1,000 views in the last 30 days; you have 999.",
        "You need 3 public posts in the last 30 days; you have 2.",
    ]


def test_shop_affiliate_minimum_depends_on_the_country():
    # France: 1,500 (reported); the US: 1,000 (TikTok's policy); elsewhere in Shop countries:
    # a local figure where one is reported, else the US one.
    assert answers(country="FR", followers="1500")["shop_affiliate"] is True
    assert answers(country="FR", followers="1499")["shop_affiliate_missing"] == [
        "You need 1,500 followers; you have 1,499."
    ]
    assert answers(country="US", followers="999")["shop_affiliate_missing"] == [
        "You need 1,000 followers; you have 999."
    ]
    assert answers(country="US", followers="1000")["shop_affiliate"] is True
    assert answers(country="MX", followers="999")["shop_affiliate"] is False
    assert answers(country="GB", followers="999")["shop_affiliate_missing"] == [
        "You need 1,000 followers; you have 999."
    ]
    assert answers(country="CA")["shop_affiliate_missing"] == ["The program is not open in Canada."]
    assert answers(age="17")["shop_affiliate"] is False


def test_creator_fund_is_closed_everywhere():
    # It closed in the US, UK, France and Germany on 2023-12-16, in Italy and Spain on 2024-02-26.
    for country in ("US", "GB", "FR", "DE", "IT", "ES", "JP", "BE"):
        assert answers(country=country)["creator_fund"] is False
    assert answers(country="IT")["creator_fund_missing"] == ["The Creator Fund closed in Italy on 26 February 2024."]
    assert answers("fr", country="GB")["creator_fund_missing"] == [
        "Le Fonds pour les créateurs a fermé au Royaume-Uni le 16 décembre 2023."
    ]
    assert answers(country="JP")["creator_fund_missing"] == [
        "The Creator Fund never opened in Japan, and it has been closed everywhere since 26 February 2024."
    ]
    # Its own thresholds still say what was missing when it ran.
    assert answers(country="IT", followers="9999", views_30d="99999", age="17")["creator_fund_missing"] == [
        "You must be at least 18 years old; you are 17.",
        "The Creator Fund closed in Italy on 26 February 2024.",
        "You need 10,000 followers; you have 9,999.",
        "You need 100,000 views in the last 30 days; you have 99,999.",
    ]


def test_uk_is_read_as_gb():
    assert evaluate("eligibility", {"country": "uk"}).values["country"] == "GB"


def test_french_typing_and_reasons():
    evaluation = evaluate(
        "eligibility", {"age": "17", "followers": "1 200", "business_account": "oui", "country": "fr"}, "fr"
    )
    outputs = evaluation.outputs()
    assert outputs["creator_rewards_missing"] == [
        "Tu dois avoir au moins 18 ans\u202f; tu as 17 ans.",
        "Il te faut un compte personnel, pas un compte professionnel.",
        "Il te faut 10\u202f000 followers\u202f; tu en as 1\u202f200.",
    ]
    assert evaluation.formatted()["live"] == "Non"
    # 1 200 followers is enough for LIVE: only the age is missing.
    assert evaluation.formatted()["live_missing"] == "Tu dois avoir au moins 18 ans\u202f; tu as 17 ans."
    assert evaluation.formatted()["shop_affiliate_missing"] == (
        "Tu dois avoir au moins 18 ans\u202f; tu as 17 ans. Il te faut 1\u202f500 followers\u202f; tu en as 1\u202f200."
    )


def test_cli_gives_reasons_as_lists(capsys):
    assert main(["eligibility", "--json", "followers=5000"]) == 0
    outputs = json.loads(capsys.readouterr().out)
    assert outputs["creator_rewards"] is False
    assert outputs["creator_rewards_missing"] == ["You need 10,000 followers; you have 5,000."]
    assert outputs["live_missing"] == []


def test_cli_in_french(capsys):
    assert main(["eligibility", "--json", "--lang", "fr", "followers=5 000", "business_account=non"]) == 0
    outputs = json.loads(capsys.readouterr().out)
    assert outputs["subscriptions_missing"] == ["Il te faut 10\u202f000 followers\u202f; tu en as 5\u202f000."]


def test_cli_refuses_an_unknown_country(capsys):
    assert main(["eligibility", "--json", "country=ZZ"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "country" in captured.err


@pytest.mark.parametrize("raw", ["maybe", "2"])
def test_business_account_must_be_yes_or_no(raw):
    assert set(evaluate("eligibility", {"business_account": raw}).errors) == {"business_account"}


@given(
    age=st.integers(0, 130),
    followers=st.integers(0, 10**7),
    views=st.integers(0, 10**8),
    country=st.sampled_from(["US", "FR", "KR", "IT", "ES", "GB", "JP", "BE", "BR"]),
    days=st.integers(0, 5000),
    posts=st.integers(0, 100),
    business=st.booleans(),
    lang=st.sampled_from(["en", "fr"]),
)
def test_more_followers_never_lose_a_program(age, followers, views, country, days, posts, business, lang):
    fewer = compute(age, followers, views, country, days, posts, business, lang)
    more = compute(age, followers * 2 + 1, views, country, days, posts, business, lang)
    for name in NAMES:
        assert getattr(more, name) >= getattr(fewer, name)
        assert getattr(fewer, name) == (not getattr(fewer, f"{name}_missing"))
        assert len(getattr(more, f"{name}_missing")) <= len(getattr(fewer, f"{name}_missing"))
