"""Arabic round 11: verbal nouns continuing a demanded list, retold deeds in a clause of
time, ..."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "sanctions"),
    [
        # the verbal nouns after و continue the list the demand governs
        (
            "طالبت الدول الأربع قطر بإغلاق قناة الجزيرة، وخفض علاقاتها مع إيران، وقطع صلتها بالجماعات الإرهابية.",
            [],
        ),
        ("طالب البرلمان الحكومة بطرد السفير الإيراني، وقطع العلاقات مع طهران.", []),
        ("دعت المعارضة إلى إجراء انتخابات مبكرة، وقطع العلاقات مع إسرائيل.", []),
        # a verb with an ending of person opens its own clause
        ("طالبت قطر بإلغاء الحصار، وقطعت السعودية علاقاتها مع قطر.", ["2017-06-05"]),
        # a list no cue governs is told as done
        ("قامت السعودية بإغلاق حدودها مع قطر، وقطع العلاقات معها.", ["2017-06-05"]),
        # a verb after a clause that is no list of verbal nouns
        ("أغلقت السعودية حدودها، وقطع الملك سلمان العلاقات مع قطر.", ["2017-06-05"]),
    ],
)
def test_a_verbal_noun_continuing_a_demanded_list_is_no_deed(text, sanctions):
    found = of_type(extract(text, "2017-06-23"), "sanctions")
    assert sorted(e["date"] for e in found) == sanctions, found
