"""A gathering named again with no date of its own («وشارك في القمة، التي استمرت يومين، العاهل
الأردني») is the one an earlier sentence told held or closed on a day by a verb right before its
noun («اختتمت قمة شرم الشيخ أعمالها أمس», «انعقدت القمة العربية أمس»), even with sayings between
them; not a gathering still to come («تعقد القمة المقبلة»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2000-10-18"
_SAYING = 'وأقر كلينتون بأن الطريق "لن يكون سهلا"، مضيفا: "يجب ألا نخدع أنفسنا". '
_ATTENDED = "وشارك في القمة، التي استمرت يومين، العاهل الأردني الملك عبد الله الثاني."


@pytest.mark.parametrize(
    "opening",
    [
        "اختتمت قمة شرم الشيخ أعمالها أمس بإعلان الرئيس الأميركي بيل كلينتون توصل الإسرائيليين والفلسطينيين إلى تفاهم "
        "على خطوات لوقف المواجهات المستمرة منذ نحو ثلاثة أسابيع. ",
        "انعقدت القمة العربية الطارئة أمس في القاهرة وسط خلافات حول الموقف من إسرائيل منذ نحو ثلاثة أسابيع. ",
    ],
)
def test_a_gathering_named_again_takes_the_day_it_was_held(opening):
    found = [e for e in of_type(extract(opening + _SAYING + _ATTENDED, PUB), "meeting") if "JOR" in e["countries"]]
    assert [e["date"] for e in found] == ["2000-10-17"], found


def test_a_gathering_still_to_come_gives_no_day():
    opening = "أعلن الأمين العام أمس أن القمة المقبلة ستنعقد في القاهرة الشهر القادم. "
    found = [e for e in of_type(extract(opening + _SAYING + _ATTENDED, PUB), "meeting") if "JOR" in e["countries"]]
    assert "2000-10-17" not in [e["date"] for e in found], found


def test_a_gathering_called_for_gives_no_day():
    opening = "دعت السعودية أمس إلى عقد قمة عربية طارئة في القاهرة. "
    found = [e for e in of_type(extract(opening + _SAYING + _ATTENDED, PUB), "meeting") if "JOR" in e["countries"]]
    assert "2000-10-17" not in [e["date"] for e in found], found

