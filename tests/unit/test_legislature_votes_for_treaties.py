"""A legislature's vote for a treaty, a protocol or an accession (with or without its tally), a
state's bid ratified, a deal told before approved by a pronoun with its tally or by a relative clause
of its legislature, and a membership taking effect are ratifications, in English and in Arabic; a vote for a bill, against a treaty,
or a UN resolution is none of them."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2024-01-24"  # a Wednesday


def _typed(text: str, event_type: str) -> list[tuple[str, list[str]]]:
    return sorted((e["date"], sorted(e["countries"])) for e in extract(text, PUBLISHED) if e["event_type"] == event_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vote for the treaty, its tally between
        ("Russia's Federation Council voted 155-0 for the treaty with Ukraine on Tuesday.", [("2024-01-23", ["RUS", "UKR"])]),
        ("Turkey's lawmakers voted 287 to 55 in favour of Sweden's accession protocol late on Tuesday.", [("2024-01-23", ["SWE", "TUR"])]),
        ("صوت البرلمان التركي لصالح بروتوكول انضمام السويد يوم الثلاثاء.", [("2024-01-23", ["SWE", "TUR"])]),
        # a bid ratified
        ("Turkey's parliament ratified Finland's bid on March 30, 2023.", [("2023-03-30", ["FIN", "TUR"])]),
        ("صادق البرلمان التركي على طلب فنلندا الانضمام إلى حلف الناتو في 30 مارس 2023.", [("2023-03-30", ["FIN", "TUR"])]),
        # a membership taking effect
        ("Finland's NATO membership took effect in April 2023.", [("2023-04", ["FIN"])]),
        ("ودخلت عضوية فنلندا في حلف الناتو حيز التنفيذ في أبريل 2023.", [("2023-04", ["FIN"])]),
        # a deal told before, approved by a pronoun with its tally
        ("Russia's State Duma received the treaty with Ukraine on Monday and approved it by 443 votes to one on Tuesday.", [("2024-01-23", ["RUS", "UKR"])]),
        ("تسلم مجلس الدوما الروسي المعاهدة مع أوكرانيا ووافق عليها بأغلبية 443 صوتا يوم الثلاثاء.", [("2024-01-23", ["RUS", "UKR"])]),
        # a deal told before a relative clause whose legislature ratified or approved it
        (
            "Ankara's intervention followed a security accord signed with Libya in November 2019, which Turkey's parliament ratified in December 2019.",
            [("2019-12", ["LBY", "TUR"])],
        ),
        (
            "The two countries settled their border dispute in an agreement signed in Beijing in October 2004, which Russia's parliament approved in May 2005.",
            [("2005-05", ["CHN", "RUS"])],
        ),
        ("وقعت تركيا اتفاقية أمنية مع ليبيا في نوفمبر 2019، والتي صادق عليها البرلمان التركي في ديسمبر 2019.", [("2019-12", ["LBY", "TUR"])]),
    ],
)
def test_ratified(text, expected):
    assert _typed(text, "ratification") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's parliament voted 150 to 20 for the electoral law on Tuesday.",
        "Turkey's lawmakers voted against the treaty with Sweden on Tuesday.",
        "Turkish voters voted for the ruling party on Sunday.",
        "Iraq's parliament approved it by 150 votes to 20 on Tuesday, a law on elections.",
        "The measure took effect in April 2023.",
        "Turkey's parliament rejected Finland's bid on Tuesday.",
        "صوت البرلمان العراقي لصالح قانون الانتخابات يوم الثلاثاء.",
        "ودخل القرار حيز التنفيذ في أبريل 2023.",
        # a budget or a bill approved in a relative clause; a deal the parliament rejected
        "Iraq's budget, which the parliament approved in May 2019, includes a deal with Kurdish leaders.",
        "The energy deal brought a new law, which the parliament approved in May 2019.",
        "Turkey signed an accord with Libya in November 2019, which the Turkish parliament rejected in December 2019.",
        "ميزانية العراق، التي أقرها البرلمان في مايو 2019، تأخرت شهرين.",
    ],
)
def test_not_ratified(text):
    assert _typed(text, "ratification") == []

