"""A verb in the subjunctive after قبل أن, in a story told in the past, tells the later deed of that
story, done: told so after a year written out (إثر انقلاب أوت 2008 قبل أن ينتخب في العام التالي) as
after a verb in the past, and placed, as a verb in the past is, in the country the article is about
when its sentence names none (عينه وزيرا للدفاع في نوفمبر الماضي، قبل أن يستقيل في مارس). A deed
still to come before which another is planned (تعتزم ... عام 2024 قبل أن يتسلم) is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_LEAD = "فاز الغزواني بالانتخابات الرئاسية في موريتانيا يوم السبت. "


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            _LEAD + "ووصل ولد عبد العزيز إلى الحكم إثر انقلاب أوت 2008 قبل أن يُنتخب في العام التالي.",
            "2019-06-23",
            "election",
            "2009",
        ),
        (
            _LEAD + "وكان الرئيس قد عين الغزواني وزيرا للدفاع في نوفمبر الماضي، قبل أن يستقيل من منصبه في مارس.",
            "2019-06-23",
            "appointment",
            "2019-03",
        ),
    ],
)
def test_the_later_deed_of_a_past_story_is_told_done(text, published, kind, date):
    found = of_type(extract(text, published), kind)
    assert date in [e["date"] for e in found]
    assert all(e["countries"] == ["MRT"] for e in found)


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (
            "تعتزم الحكومة المصرية إجراء الانتخابات عام 2024 قبل أن يتسلم الرئيس الجديد منصبه.",
            "2023-06-23",
            "appointment",
        ),
        (
            "قال مسؤولون في موريتانيا إن الرئيس يرغب في أن يعين وزيرا للدفاع عام 2020 قبل أن يستقيل من منصبه.",
            "2019-06-23",
            "appointment",
        ),
    ],
)
def test_a_deed_before_which_another_is_planned_is_none(text, published, kind):
    assert of_type(extract(text, published), kind) == []
