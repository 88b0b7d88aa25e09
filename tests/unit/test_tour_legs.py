"""The next stop of a tour told with no verb of its own («زارا كييف في الخامس من فبراير ثم موسكو في
اليوم التالي», "visited Kyiv on Feb. 5 and then Moscow") is another visit by the same visitor; a
then followed by a verb tells another deed, which its own word reads."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _visits(text: str, published: str) -> list[tuple[str, frozenset[str]]]:
    return sorted((ev["date"], frozenset(ev["countries"])) for ev in of_type(extract(text, published), "visit"))


def test_an_english_leg_on_its_own_day() -> None:
    visits = _visits("The French envoy visited Kyiv on Feb. 5 and then Moscow on Feb. 6.", "2015-02-12")
    assert [d for d, _ in visits] == ["2015-02-05", "2015-02-06"], visits
    assert "UKR" in visits[0][1] and "RUS" in visits[1][1], visits


@pytest.mark.parametrize(
    ("text", "published", "count", "country"),
    [
        ("فزار الملك المغربي في أكتوبر الماضي رواندا وتنزانيا، ثم نيجيريا مطلع ديسمبر حيث وقّع البلدان اتفاقاً.", "2017-01-31", None, "NGA"),
        ("The U.S. envoy visited Beirut last week and then Israel.", "2024-11-27", 2, "ISR"),
        ("Zelensky's envoy visited Ankara on Monday and then Moscow to meet Putin.", "2024-11-27", 2, "RUS"),
    ],
)
def test_the_stop_after_then_is_a_visit(text: str, published: str, count: int | None, country: str) -> None:
    visits = _visits(text, published)
    assert any(country in c for _, c in visits), visits
    if count is not None:
        assert len(visits) == count, visits


@pytest.mark.parametrize(
    "text",
    [
        "وزار الوزير الفرنسي بيروت أمس ثم عاد إلى باريس.",
        "The French minister visited Beirut on Tuesday, then flew home to Paris.",
        "وزار الوزير الفرنسي بيروت أمس ثم التقى الرئيس اللبناني.",
        # a place after then that opens a clause of its own is no stop
        "Pelosi visited Taiwan on Tuesday, then China's military began drills around the island.",
        "Lavrov visited Beijing on Tuesday, then China announced it would send its envoy to Moscow.",
        "Macron visited Beijing on Tuesday, then Taiwan's president visited the United States.",
    ],
)
def test_a_then_before_a_verb_adds_no_stop(text: str) -> None:
    assert len(_visits(text, "2024-11-27")) == 1
