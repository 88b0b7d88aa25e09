"""An Arabic deed of a type told before, named again by its definite noun with no time of its own
(«ويرى مراقبون أن التعيينات الجديدة تحسم ...», «نددت المعارضة بالمعاهدة»), is that deed told again,
no new one dated by the publication. A noun with its own object («القبض على نشطاء») or done by a
light verb («تم القبض على») is a deed of its own."""

from __future__ import annotations

from test_extraction_support import extract, of_type

PUB = "2015-04-29"  # a Wednesday


def test_the_appointments_named_again_are_no_new_deed() -> None:
    text = (
        "أصدر العاهل السعودي الملك سلمان أوامر ملكية اليوم الأربعاء أعفى بموجبها الأمير مقرن من ولاية العهد. "
        "ويرى مراقبون أن التعيينات الجديدة تحسم مسألة انتقال الحكم، في ظل الحرب في اليمن والتنافس مع إيران."
    )
    found = of_type(extract(text, PUB), "appointment")
    assert [e["countries"] for e in found] == [["SAU"]], found


def test_the_treaty_named_again_is_no_new_deal() -> None:
    text = (
        "وقع الأردن وإسرائيل معاهدة السلام في وادي عربة في 26 أكتوبر 1994. "
        "في المقابل، نددت قوى المعارضة الأردنية بالمعاهدة."
    )
    found = of_type(extract(text, "1994-10-28"), "agreement")
    assert [e["date"] for e in found] == ["1994-10-26"], found


def test_an_arrest_of_others_by_a_light_verb_stays() -> None:
    text = (
        "اعتقلت السلطات السعودية الداعية ناصر العمر في مكة يوم الثلاثاء الماضي. "
        "كما تم القبض على نشطاء حقوق الإنسان، ومنهم سمر بدوي."
    )
    assert len(of_type(extract(text, "2018-08-12"), "arrest")) == 2
