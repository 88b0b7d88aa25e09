"""Where the rules for landslides won, deals initialled, deeds done again, breaks of ties ended,
clauses of contrast and of a short time, and stances stop: an award won by a landslide is no
election; a law initialled is no deal; "followed on Tuesday by summoning" names another deed; a
sanction a restoration prompted is no break it ended; a subject's own date before "while" still
dates the deed after it; a raid hours after a visit keeps the visit's place out; an
anti-American protest is not held in the United States; the Lebanese Forces party takes back no
town."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2024-01-10"


def _found(text: str) -> list[tuple[str, str | None, frozenset[str], str | None]]:
    return [
        (e["event_type"], e["date"], frozenset(e["countries"]), (e["location"] or {}).get("country")) for e in extract(text, _PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Messi won the Ballon d'Or by a landslide in Paris on Monday.", "election"),
        ("The documentary won the Oscar by a landslide in Los Angeles on Sunday.", "election"),
        ("Rescuers said a landslide in northern Pakistan on Monday killed 15; the army won praise for its response.", "election"),
        ("Ukraine's president initialled the law on mobilisation on Monday.", "agreement"),
        ("The minister initialled each page of the budget in Baghdad on Monday.", "agreement"),
        ("استعادت شركة القوات اللبنانية مقر المدينة الرياضية.", "attack"),
    ],
)
def test_no_such_event(text: str, event_type: str) -> None:
    found = _found(text)
    assert not [f for f in found if f[0] == event_type], found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Russia expelled two British diplomats on Monday, and London followed on Tuesday by summoning the Russian ambassador.",
            ("sanctions", "2024-01-09"),
        ),
        ("Israel struck Iran in April and Tehran followed in October with a missile barrage.", ("attack", "2023-10")),
    ],
)
def test_another_deed_followed(text: str, absent: tuple[str, str]) -> None:
    found = [(f[0], f[1]) for f in _found(text)]
    assert absent not in found, found


def test_a_sanction_the_restoration_prompted() -> None:
    found = _found("Bahrain restored diplomatic ties with Qatar on Monday, prompting Saudi Arabia to impose sanctions on Manama.")
    assert ("sanctions", "2024-01-08") in [(f[0], f[1]) for f in found], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia and Iran signed in Beijing on March 10 an agreement to restore ties, while Bahrain reopened its embassy.",
            ("relations", "2023-03-10"),
        ),
        ("Egypt signed on March 15, 2023 a deal with Russia, while Russia's foreign minister visited Cairo.", ("visit", "2023-03-15")),
        ("وقعت مصر في 15 مارس 2023 اتفاقا مع روسيا، فيما زار وزير الخارجية الروسي القاهرة.", ("visit", "2023-03-15")),
    ],
)
def test_the_subject_s_own_date_before_while(text: str, expected: tuple[str, str]) -> None:
    found = [(f[0], f[1]) for f in _found(text)]
    assert expected in found, found


def test_the_raid_keeps_the_visit_s_place_out() -> None:
    found = _found("Jordan's foreign minister visited Washington on Monday, hours after Israeli troops raided Jenin.")
    raids = [f for f in found if f[0] == "attack"]
    assert raids and "USA" not in raids[0][2], found


def test_a_protest_against_a_country_is_not_held_there() -> None:
    found = _found("Thousands joined an anti-American protest on Friday.")
    assert [f for f in found if f[0] == "protest"] and all(f[3] != "USA" for f in found), found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a deal's capitalised name before its participle is the noun the year dates
        (
            "Jordan said it remained committed to the Wadi Araba Treaty signed in 1994, while Israel closed the Allenby crossing.",
            ("agreement", "1994"),
            ("sanctions", "1994"),
        ),
        # "along with", "with the backing of" name no other deed: the same deed followed
        (
            "Britain expelled two Russian diplomats on Monday, and Germany followed on Tuesday along with France.",
            ("sanctions", "2024-01-09"),
            None,
        ),
        (
            "Morocco normalised relations with Israel in December 2020 and Sudan followed in January with the backing of Washington.",
            ("relations", "2021-01"),
            None,
        ),
        # other openers of ending
        (
            "أعلنت قطر والإمارات استئناف العلاقات الدبلوماسية يوم الاثنين، ليسدل الستار على قطيعة استمرت أربع سنوات.",
            ("relations", "2024-01-08"),
            ("sanctions", "2024-01-08"),
        ),
        (
            "Qatar and the UAE restored diplomatic relations on Monday, turning the page on a four-year break in ties.",
            ("relations", "2024-01-08"),
            ("sanctions", "2024-01-08"),
        ),
        ("Negotiators from Serbia and Kosovo initialled the settlement in Brussels on Friday.", ("agreement", "2024-01-05"), None),
        ("Heavy rains triggered a landslide that buried miners in Indonesia on Monday, the ruling party said.", None, ("election", "2024-01-08")),
    ],
)
def test_the_rules_where_they_hold(
    text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    found = [(f[0], f[1]) for f in _found(text)]
    if expected:
        assert expected in found, found
    if absent:
        assert absent not in found, found


def test_a_body_named_by_a_stance_keeps_its_place() -> None:
    found = _found("Pro-Syrian government forces shelled rebel positions on Monday, a monitor said.")
    assert [f for f in found if f[0] == "attack" and f[3] == "SYR"], found


def test_a_pronoun_subject_after_hours_after_keeps_its_side() -> None:
    found = _found("Israeli troops killed three Palestinians in Jenin on Monday, hours after they opened fire on an Israeli checkpoint.")
    assert [f for f in found if f[0] == "attack" and "PSE" in f[2]], found
