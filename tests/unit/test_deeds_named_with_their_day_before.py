"""A deed told with no time of its own right after a sentence that names a deed of its type with its
day in that deed's own clause, a deed that is no event of its own there, is that deed told again, on
that day, in English as in Arabic; a day set off from the deed's word by a clause of its own, or one
not before the publication, dates nothing after it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_EN_LEAD = "JENIN (Reuters) - Israeli forces kept up their biggest military operation in the West Bank in two decades on Tuesday.\n\n"
_AR_LEAD = "رام الله - واصلت القوات الإسرائيلية عمليتها العسكرية في مخيم جنين اليوم الثلاثاء.\n"
_EN_AFTER = " The Israeli army launched the operation with drone strikes on command centres of armed groups."
_AR_AFTER = " وشن الجيش الإسرائيلي العملية بغارات بطائرات مسيرة على مواقع في المخيم."
_PENCE = (
    "ANKARA (AA) - Turkey and the United States agreed on Thursday evening to pause the Turkish military operation "
    "in northern Syria for 120 hours.\n\nPence told a news conference that the United States would lift the sanctions "
)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "after", "date"),
    [
        (
            _EN_LEAD + "The Palestinian Health Ministry said those killed since the assault began early on Monday "
            "included several teenagers." + _EN_AFTER,
            "2023-07-04",
            "attack",
            "The Israeli army",
            "2023-07-03",
        ),
        (
            _AR_LEAD + "وقالت وزارة الصحة الفلسطينية إن عدد القتلى منذ بدء الهجوم فجر الاثنين ارتفع إلى 12." + _AR_AFTER,
            "2023-07-04",
            "attack",
            "وشن",
            "2023-07-03",
        ),
        (
            _PENCE + "it imposed on Turkey on Monday once a permanent ceasefire was in place. "
            "Washington had imposed sanctions on the Turkish defence and energy ministries and three ministers.",
            "2019-10-18",
            "sanctions",
            "Washington had",
            "2019-10-14",
        ),
        # the day set off from the deed's word by a clause of its own: the publication's
        (
            _EN_LEAD + "The Palestinian Health Ministry said those killed since the assault, which Israel had planned "
            "for weeks, began early on Monday included several teenagers." + _EN_AFTER,
            "2023-07-04",
            "attack",
            "The Israeli army",
            "2023-07-04",
        ),
        (
            _AR_LEAD + "وقالت وزارة الصحة الفلسطينية إن عدد القتلى منذ بدء الهجوم، الذي انطلق فجر الاثنين، ارتفع إلى 12."
            + _AR_AFTER,
            "2023-07-04",
            "attack",
            "وشن",
            "2023-07-04",
        ),
        # the day of the publication itself is no day before it
        (
            _EN_LEAD + "The Palestinian Health Ministry said those killed since the assault resumed on Tuesday "
            "included several teenagers." + _EN_AFTER,
            "2023-07-04",
            "attack",
            "The Israeli army",
            "2023-07-04",
        ),
    ],
)
def test_a_deed_named_with_its_day_before_dates_its_retelling(
    text: str, published: str, event_type: str, after: str, date: str
) -> None:
    at = text.index(after)
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] >= at]
    assert found and {e["date"] for e in found} == {date}
