"""Faults a review found in this round's rules, each mended: a time told in the sentence
outweighs "within hours" of another deed, and "within an hour's drive" is a distance; two
ministers resigning by letters to one prime minister are two resignations; a prince's given name
still names him; a truce due to begin was agreed; a rank before "to be" is no plan; an attempted
coup is no change of office; a post taken over by fighters, a round of a legal battle, a ship
seized with its cargo, a plan for settlements and chaos that spread are none of their events."""

from __future__ import annotations

import pytest
from test_extraction_support import actors_and_countries, extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "عقد البرلمان المصري جلسة يوم الثلاثاء. وقصفت طائرات إسرائيلية رفح في غضون ساعات من انتهاء "
            "الهدنة يوم الخميس.",
            "2024-08-10",
            "attack",
            ["2024-08-08"],
        ),
        (
            "Egypt's parliament met on Tuesday. Israeli jets struck a village within an hour's drive of Rafah.",
            "2024-08-10",
            "attack",
            ["2024-08-10"],
        ),
        (
            "Lebanon's Information Minister Manal Abdel Samad resigned on Sunday in a letter to Prime Minister "
            "Hassan Diab.\n\nEnvironment Minister Damianos Kattar resigned on Sunday in a letter to Prime Minister "
            "Hassan Diab.",
            "2020-08-11",
            "appointment",
            ["2020-08-09", "2020-08-09"],
        ),
        ("A Gaza ceasefire agreed on Sunday is due to begin on Monday.", "2024-08-07", "ceasefire", ["2024-08-04"]),
        ("A Gaza ceasefire agreed on Sunday is due to begin on Monday.", "2024-08-07", "agreement", []),
        ("The sovereign council of Sudan is due to be sworn in this week.", "2019-08-18", "appointment", []),
        ("A team of Nordic monitors is to be deployed to Sri Lanka to supervise it.", "2002-02-23", "deployment", []),
        (
            "Russian oligarch Roman Abramovich was among the most prominent figures to be sanctioned by Britain "
            "on Thursday.",
            "2022-03-12",
            "sanctions",
            ["2022-03-10"],
        ),
        (
            "Turkish troops in Qatar, the first foreign force to be deployed in the emirate, held exercises on Monday.",
            "2017-06-20",
            "deployment",
            ["2017-06-19"],
        ),
        (
            "Gabon's military officers seized power on Monday in an attempted coup that was foiled within hours.",
            "2019-01-09",
            "appointment",
            [],
        ),
        ("Taliban fighters took over the post from Afghan police in Kunduz province on Monday.", "2021-07-07", "appointment", []),
        (
            "Qatar won the first round of its legal battle with the UAE at the International Court of Justice on Monday.",
            "2018-07-25",
            "election",
            [],
        ),
        ("Houthi rebels seized a ship carrying a cargo of food in the Red Sea off Yemen on Monday.", "2024-08-07", "aid", []),
        ("Israel's cabinet endorsed a settlement plan for the E1 area near Jerusalem on Wednesday.", "2024-08-09", "agreement", []),
        (
            "وقالت القوات العراقية إن الفوضى التي انتشرت في الموصل بعد انسحاب الجيش يوم الاثنين.",
            "2024-08-07",
            "deployment",
            [],
        ),
    ],
)
def test_mended(text, published, event_type, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), event_type)) == dates


def test_a_princes_given_name_still_names_him():
    text = (
        "Saudi billionaire Prince Alwaleed bin Talal was among dozens of princes held at the Ritz-Carlton in Riyadh.\n\n"
        "Alwaleed met French President Emmanuel Macron in Paris on Monday."
    )
    actors, _countries = actors_and_countries(extract(text, "2018-03-10"))
    assert "alwaleed_bin_talal" in actors
