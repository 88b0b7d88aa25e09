"""A verb of outcome negated in the past ("لم ينجح الاتفاق", "لم تسفر المحادثات") tells that the
deed named as its subject did not succeed or yield: the deed itself took place. Other verbs
negated by لم, and any verb negated by لن, still negate the deed."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "ولم ينجح الاتفاق السياسي الذي وُقّع في الصخيرات المغربية في ديسمبر 2015 في إنهاء هذا الانقسام.",
            "agreement",
            "2015-12",
        ),
        ("ولم تسفر المحادثات التي عقدت في جنيف الشهر الماضي عن أي نتيجة.", "meeting", "2020-09"),
    ],
)
def test_negated_outcome_keeps_the_deed(text, kind, date):
    found = of_type(extract(text, "2020-10-24"), kind)
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("لم يتم الاتفاق على موعد للمحادثات.", "agreement"),
        ("لن ينجح الاتفاق في إنهاء الانقسام.", "agreement"),
        ("وقالت الحكومة إن الجيش لم يقصف المدينة.", "attack"),
        ("لم توقع الحكومة الاتفاق مع المعارضة.", "agreement"),
    ],
)
def test_other_negations_still_hold(text, kind):
    assert not of_type(extract(text, "2020-10-24"), kind)
