"""A sentence that opens by turning to another piece of news (وفي سياق متصل، Separately: `other_news`
of data/assembly.json `undated_retellings`) does not go on with the day of the sentence before it, in
Arabic as in English: its deed with no time of its own is the publication's news, not one of the day
the sentence before names. A sentence that goes on with that news with no such opener, or with one of
the same time (وفي الوقت نفسه), still takes its day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_AR = (
    "بيروت - وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت اليوم الخميس.\n"
    "وأعلن مجلس الوزراء اللبناني أمس الأربعاء حالة الطوارئ في بيروت، وقرر وضع المسؤولين عن المرفأ قيد الإقامة الجبرية.\n"
)
_EN = (
    "BEIRUT (Reuters) - French President Emmanuel Macron arrived in Beirut on Thursday.\n\n"
    "The Lebanese cabinet on Wednesday declared a state of emergency in Beirut and ordered the house arrest of port officials.\n\n"
)


@pytest.mark.parametrize(
    ("text", "after", "date"),
    [
        # another piece of news: the publication's day
        (
            _AR + "وفي سياق متصل، وصلت إلى مطار بيروت طائرات تحمل مساعدات طبية من قطر، فيما أرسلت فرنسا طائرتين محملتين بفرق إنقاذ.",
            "وفي سياق",
            "2020-08-06",
        ),
        (_EN + "Separately, Qatar also sent planes carrying medical aid to Beirut.", "Separately", "2020-08-06"),
        # the news of the sentence before goes on: its day
        (
            _AR + "ووصلت إلى مطار بيروت طائرات تحمل مساعدات طبية من قطر، فيما أرسلت فرنسا طائرتين محملتين بفرق إنقاذ.",
            "ووصلت",
            "2020-08-05",
        ),
        (_AR + "وفي الوقت نفسه، أرسلت فرنسا طائرتين محملتين بفرق إنقاذ.", "وفي الوقت", "2020-08-05"),
        (_EN + "Qatar also sent planes carrying medical aid to Beirut.", "Qatar also", "2020-08-05"),
    ],
)
def test_other_news_takes_no_day_of_the_sentence_before(text: str, after: str, date: str) -> None:
    at = text.index(after)
    found = [e for e in of_type(extract(text, "2020-08-06"), "aid") if e["spans"]["trigger"][0] >= at]
    assert found and {e["date"] for e in found} == {date}
