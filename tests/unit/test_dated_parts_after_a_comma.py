"""Two Arabic deeds of one type set apart by a comma and a word of after or before, each with a
day of its own («عقدتا اجتماعهما في فبراير، بعد اتصال هاتفي ... في يناير»), are two events."""

from __future__ import annotations

from test_extraction_support import extract, of_type


def test_a_deed_after_a_comma_and_a_word_of_after_keeps_its_own_day():
    text = (
        "وكانت لجنتا المتابعة في البلدين قد عقدتا اجتماعهما الأول في الرياض في فبراير/شباط الماضي، "
        "بعد اتصال هاتفي أجراه ولي عهد البحرين بأمير قطر في يناير/كانون الثاني."
    )
    assert sorted(e["date"] for e in of_type(extract(text, "2023-04-13"), "meeting")) == ["2023-01", "2023-02"]
