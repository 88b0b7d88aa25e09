"""A deed told by a verb in the past on a day of its own, then set in a wave of its type that a
relative clause dates apart («أضرب عمال يوم الاثنين، في أول مشاركة في موجة الاحتجاجات التي
تعصف بإيران منذ منتصف سبتمبر»), is a deed of its own beside the wave; two nouns of one deed
joined by و stay one."""

from __future__ import annotations

from test_extraction_support import extract, of_type


def test_a_strike_told_before_the_wave_it_joins_is_its_own_deed():
    text = (
        "أضرب عمال في منشآت بتروكيماويات في عسلوية وعبادان يوم الاثنين، في أول مشاركة لقطاع النفط في موجة "
        "الاحتجاجات التي تعصف بإيران منذ منتصف سبتمبر/أيلول إثر وفاة الشابة مهسا أميني."
    )
    assert sorted(e["date"] for e in of_type(extract(text, "2022-10-11"), "protest")) == ["2022-09", "2022-10-10"]


def test_two_nouns_of_one_truce_stay_one():
    text = "في إشارة إلى الهدنة ووقف إطلاق النار الذي تم بين حماس وإسرائيل في ذلك العام 2014."
    assert len(of_type(extract(text, "2018-05-30"), "ceasefire")) == 1


def test_a_win_in_a_dated_vote_is_that_vote():
    found = of_type(extract("وفاز الحزب في الانتخابات التي جرت في العراق في أبريل الماضي.", "2018-05-28"), "election")
    assert [e["date"] for e in found] == ["2018-04"], found


def test_a_deed_dated_to_a_year_before_the_wave_stays_in_it():
    # only a day of the verb's own tells it apart from the wave
    text = "أضرب عمال النفط عام 2022، في أول مشاركة لقطاع النفط في موجة الاحتجاجات التي تعصف بإيران منذ منتصف سبتمبر/أيلول."
    assert len(of_type(extract(text, "2022-10-11"), "protest")) == 1
