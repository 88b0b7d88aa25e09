"""A deed told with no time of its own right after a sentence that names another day than the
lead's, no later than the publication, goes on with that day, not with the day the lead names
(Arabic and English); a day still to come in the sentence before, or a quoted one, does not
stop the lead's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_AR_LEAD = "أعلنت المملكة العربية السعودية مساء الأحد قطع علاقاتها الدبلوماسية مع إيران.\n"
_EN_LEAD = "TUNIS (Reuters) - Tunisian President Kais Saied dismissed Prime Minister Hichem Mechichi on Sunday.\n"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "after", "date"),
    [
        (
            _AR_LEAD
            + "وأعلنت البحرين اليوم الاثنين قطع علاقاتها الدبلوماسية مع إيران. "
            + "وقررت الإمارات خفض مستوى تمثيلها الدبلوماسي في طهران إلى مستوى قائم بالأعمال.",
            "2016-01-04",
            "sanctions",
            "وقررت",
            "2016-01-04",
        ),
        (
            _EN_LEAD
            + "On Monday morning, army vehicles surrounded the parliament building in the capital. "
            + "Ghannouchi began a sit-in outside the gates with several lawmakers.",
            "2021-07-26",
            "protest",
            "Ghannouchi began",
            "2021-07-26",
        ),
    ],
)
def test_a_deed_after_another_day_goes_on_with_it(
    text: str, published: str, event_type: str, after: str, date: str
) -> None:
    at = text.index(after)
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] >= at]
    assert found and {e["date"] for e in found} == {date}


@pytest.mark.parametrize(
    ("text", "published", "event_type", "after", "date"),
    [
        # a meeting set for a day to come is no time the deed after it goes on with
        (
            "وقعت حركتا فتح وحماس، أمس الخميس، اتفاق مصالحة في القاهرة.\n"
            "وينص الاتفاق على أن تعقد الفصائل الفلسطينية اجتماعا موسعا في القاهرة في 21 نوفمبر المقبل. "
            "وخرج آلاف الفلسطينيين إلى شوارع مدينة غزة ورفعوا الأعلام.",
            "2017-10-13",
            "protest",
            "وخرج",
            "2017-10-12",
        ),
        (
            "AL-ULA (Reuters) - Gulf leaders signed a declaration at a summit in Al-Ula on Tuesday.\n"
            "Qatar's emir told the summit that the deal would hold until next year. "
            "Protesters marched in Doha to celebrate the accord.",
            "2021-01-06",
            "protest",
            "Protesters",
            "2021-01-05",
        ),
    ],
)
def test_a_day_to_come_before_the_deed_keeps_the_leads_day(
    text: str, published: str, event_type: str, after: str, date: str
) -> None:
    at = text.index(after)
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] >= at]
    assert found and {e["date"] for e in found} == {date}
