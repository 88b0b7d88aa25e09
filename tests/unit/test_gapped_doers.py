"""A deed told of one state at one time, then, its verb left out, of another state at another
time, the object told by a pronoun (وكانت كينيا قد وقعت اتفاقية دفاع معها عام 2011 وأوغندا عام
2015) is one deed of each state, each at its own time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وكانت كينيا قد وقعت اتفاقية دفاع معها عام 2011 وأوغندا عام 2015.",
        "Kenya had signed a defence pact with it in 2011 and Uganda in 2015.",
    ],
)
def test_a_gapped_second_state_does_the_deed_at_its_own_time(text):
    found = sorted(of_type(extract(text, "2020-10-20"), "agreement"), key=lambda e: e["date"])
    assert [e["date"] for e in found] == ["2011", "2015"]
    assert [("KEN" in e["countries"], "UGA" in e["countries"]) for e in found] == [(True, False), (False, True)]



@pytest.mark.parametrize(
    "text",
    [
        # the second state told by its possessive, perhaps with its army; in Arabic by its army
        "Mali's army seized power in August 2020 and Burkina Faso's in September 2022.",
        "Mali's army seized power in August 2020 and Burkina Faso's army in September 2022.",
        "واستولى جيش مالي على السلطة في أغسطس 2020 وجيش بوركينا فاسو في سبتمبر 2022.",
    ],
)
def test_a_second_state_s_army_seized_power_at_its_own_time(text):
    found = sorted(of_type(extract(text, "2023-07-31"), "appointment"), key=lambda e: e["date"])
    assert [(e["date"], e["countries"]) for e in found] == [("2020-08", ["MLI"]), ("2022-09", ["BFA"])], found
    # the first state's place is not the second's
    assert (found[1]["location"] or {}).get("country") != "MLI", found


@pytest.mark.parametrize(
    "text",
    [
        # a possessive of a state that is no doer of the verb left out: no deed of its own time
        "Mali's army seized power in August 2020 and Burkina Faso's president condemned it.",
        "واستولى جيش مالي على السلطة في أغسطس 2020 وجيش بوركينا فاسو في حالة تأهب.",
    ],
)
def test_no_second_deed_without_its_own_time(text):
    found = of_type(extract(text, "2023-07-31"), "appointment")
    assert [e["date"] for e in found] == ["2020-08"], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer named after its verb, right before the first time, the object a pronoun
        ("بعد معاهدتي السلام اللتين وقعتهما مصر عام 1979 والأردن عام 1994.", [("1979", "EGY"), ("1994", "JOR")]),
        ("وتعد الاتفاقية امتدادا لاتفاقيتين وقعتهما كينيا عام 2011 وأوغندا عام 2015.", [("2011", "KEN"), ("2015", "UGA")]),
    ],
)
def test_a_doer_right_before_the_first_time_still_has_a_gapped_second(text, expected):
    found = sorted(of_type(extract(text, "2020-10-20"), "agreement"), key=lambda e: e["date"])
    assert [(e["date"], e["countries"][0]) for e in found] == expected, found
    assert not any({"EGY", "JOR"} <= set(e["countries"]) or {"KEN", "UGA"} <= set(e["countries"]) for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a state other than the doer right before the first time may be the one the second stands for
        "Kenya signed a defence pact with Somalia in 2011 and Uganda in 2015.",
        "ووقعت كينيا اتفاقية دفاع مع الصومال عام 2011 وأوغندا عام 2015.",
    ],
)
def test_a_partner_right_before_the_first_time_leaves_one_deed(text):
    assert [e["date"] for e in of_type(extract(text, "2020-10-20"), "agreement")] == ["2011"]
