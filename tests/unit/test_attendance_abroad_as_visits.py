"""A head of state or a minister attending a ceremony, an inauguration or a funeral came to its
place: a visit there. A crowd attending one (thousands, fans, citizens) visits no one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "countries", "place"),
    [
        ("Sudanese President Omar al-Bashir attended the independence ceremony in Juba on Saturday.", "2011-07-09", {"SDN", "SSD"}, "SSD"),
        ("Cuban President Fidel Castro attended the inauguration in Pretoria on Tuesday.", "1994-05-10", {"CUB", "ZAF"}, "ZAF"),
        ("وحضر الرئيس السوداني عمر البشير حفل إعلان الاستقلال في جوبا السبت.", "2011-07-09", {"SDN", "SSD"}, "SSD"),
    ],
)
def test_a_leader_attending_a_ceremony_abroad_visits_its_place(text, published, countries, place):
    found = of_type(extract(text, published), "visit")
    assert [(set(e["countries"]), e["location"]["country"]) for e in found] == [(countries, place)]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands attended the funeral in Tehran on Thursday.",
        "Football fans attended the opening ceremony in Doha.",
        "وحضر آلاف المواطنين مراسم التشييع في طهران.",
        # a purpose, warned against: no one came
        "وكان رئيس مجلس النواب قد حذر الثلاثاء النواب من تلبية أي دعوات لحضور احتفالات من دون إذن المجلس، مؤكدا "
        "أنه على يقين من عدم حضور النواب حفل السفارة الإسرائيلية.",
    ],
)
def test_a_crowd_attending_a_ceremony_visits_no_one(text):
    assert of_type(extract(text, "2024-07-31"), "visit") == []
