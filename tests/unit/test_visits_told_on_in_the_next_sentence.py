"""What the sentence right after a visit tells of the visitor is that visit: talks whose only
country is the one visited, on the visit's day (the visitor told by a pronoun or a title), and a
visit between the same countries a day or a few after the arrival. Talks with other states, a
later sentence about another visitor, or a visit a week on stay events of their own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _kinds(text: str, published: str) -> list[tuple[str, str | None]]:
    return sorted((e["event_type"], e["date"]) for e in extract(text, published) if e["event_type"] in ("visit", "meeting"))


@pytest.mark.parametrize(
    ("text", "published", "visits"),
    [
        (
            "باريس (وام) - بدأ الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات اليوم زيارة دولة إلى فرنسا. "
            "وعقد سموه جلسة مباحثات مع الرئيس إيمانويل ماكرون في قصر الإليزيه.",
            "2022-07-18",
            [("visit", "2022-07-18")],
        ),
        (
            "وصل الرئيس التركي رجب طيب أردوغان اليوم إلى القاهرة في زيارة رسمية. "
            "وعقد مباحثات مع الرئيس عبد الفتاح السيسي في قصر الاتحادية.",
            "2024-02-14",
            [("visit", "2024-02-14")],
        ),
        (
            "NAIROBI, Oct 31 (Reuters) - Britain's King Charles arrived in Kenya on Monday night for a four-day state visit. "
            "On Tuesday he was welcomed by President William Ruto at State House in Nairobi, where the two held talks.",
            "2023-10-31",
            [("visit", "2023-10-30")],
        ),
        (
            "French President Emmanuel Macron began a state visit to Morocco on Monday. "
            "He held talks with King Mohammed VI at the royal palace in Rabat.",
            "2024-10-29",
            [("visit", "2024-10-28")],
        ),
    ],
)
def test_the_next_sentence_tells_the_same_visit(text: str, published: str, visits: list) -> None:
    assert _kinds(text, published) == visits


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # talks of the visited side with a third state, the sentence after: another event
        (
            "French President Emmanuel Macron began a state visit to Morocco on Monday. "
            "Moroccan Foreign Minister Nasser Bourita held talks with his Spanish counterpart on Monday.",
            "2024-10-29",
            2,
        ),
        # a visit a week on is another visit
        (
            "Blinken arrived in Israel on Oct. 12 for talks with Netanyahu. "
            "Blinken returned to Israel on Oct. 22 for a second visit.",
            "2023-10-24",
            2,
        ),
    ],
)
def test_other_deeds_of_the_next_sentence_stay(text: str, published: str, count: int) -> None:
    assert len(of_type(extract(text, published), "visit") + of_type(extract(text, published), "meeting")) == count, _kinds(text, published)
