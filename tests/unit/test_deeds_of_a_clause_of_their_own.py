"""A deed of a type another event word of its sentence would take in (a visit takes in the
meetings of its visitor) is a deed of its own when it stands in a clause of its own after that
word: in English after ", and" with a subject of its own; in Arabic a host's verb after «، و»
on a day of its own. A clause whose object points back at the first doer ("and the president
received him", «واستقبله») tells the same visit, and a visitor's own meeting stays his visit's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2024-03-20"


def _told(text: str) -> list[tuple[str, str | None]]:
    return sorted((e["event_type"], e["date"]) for e in extract(text, PUBLISHED) if e["event_type"] in ("visit", "meeting"))


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Egypt's foreign minister flew to Amman on March 3, and Tunisia's prime minister was received by "
            "the Algerian president in Algiers five days later.",
            "2024-03-08",
        ),
        (
            "Qatar's emir visited Ankara on March 4, and the Iraqi president received Jordan's king in Baghdad on March 9.",
            "2024-03-09",
        ),
        (
            "زار وزير الخارجية المصري عمّان في 3 مارس، واستقبل الرئيس الجزائري رئيس الوزراء التونسي في الجزائر في 8 مارس.",
            "2024-03-08",
        ),
        (
            "وصل أمير قطر إلى أنقرة في 4 مارس، واستقبل الرئيس العراقي العاهل الأردني في بغداد في 9 مارس.",
            "2024-03-09",
        ),
    ],
)
def test_a_deed_of_another_doer_is_kept(text: str, second: str) -> None:
    told = _told(text)
    assert len(told) == 2
    assert second in {date for _, date in told}


@pytest.mark.parametrize(
    "text",
    [
        # the object points back at the visitor: the reception is the visit's own
        "Qatar's emir visited Ankara on March 4, and the Turkish president received him at the palace on March 5.",
        "وصل أمير قطر إلى أنقرة في 4 مارس، واستقبله الرئيس التركي في القصر الرئاسي في 5 مارس.",
        # the visitor's own meeting on the next day: one visit
        "Qatar's emir arrived in Ankara on March 4 and met the Turkish president on March 5.",
        "وصل أمير قطر إلى أنقرة في 4 مارس، والتقى الرئيس التركي في القصر الرئاسي في 5 مارس.",
    ],
)
def test_the_visit_takes_in_its_own_reception(text: str) -> None:
    assert _told(text) == [("visit", "2024-03-04")]
