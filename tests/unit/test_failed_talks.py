"""Talks that failed were still held («فشل المحادثات التي أجراها هولبروك»): a meeting; so was an
offensive that failed («بفشل الهجوم»). A failure to reach or to hold something («فشل التوصل إلى
اتفاق», «فشل في عقد») is none of it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "وجاءت الضربات بعد فشل المحادثات التي أجراها المبعوث الأميركي ريتشارد هولبروك مع ميلوشيفيتش في بلغراد "
            "الثلاثاء.",
            "1999-03-25",
            "1999-03-23",
        ),
        (
            "وأعلن الوسيط فشل المفاوضات التي جرت بين الحكومة السودانية والمتمردين في أديس أبابا أمس.",
            "2014-12-08",
            "2014-12-07",
        ),
    ],
)
def test_failed_talks_were_held(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "meeting")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("وتصاعد القتال في ليبيا بعد فشل التوصل إلى اتفاق لوقف إطلاق النار أمس.", "2019-04-10", "ceasefire"),
        ("وتصاعد التوتر بين مصر وإثيوبيا بعد فشل توقيع اتفاق بشأن سد النهضة في واشنطن أمس.", "2020-02-29", "agreement"),
        ("وأقر الوسطاء بفشل في عقد جولة محادثات بين الحكومة اليمنية والحوثيين في جنيف أمس.", "2018-09-09", "meeting"),
    ],
)
def test_a_failure_to_reach_is_no_event(text: str, published: str, kind: str) -> None:
    assert not of_type(extract(text, published), kind)


def test_aid_given_is_aid() -> None:
    found = of_type(extract("Washington gave Serbia $50 million in economic aid on Friday.", "2001-04-01"), "aid")
    assert [e["date"] for e in found] == ["2001-03-30"], found


def test_a_failed_offensive_was_launched() -> None:
    found = of_type(extract("واعترف الجيش الليبي بفشل الهجوم على العاصمة طرابلس أمس.", "2019-05-10"), "attack")
    assert [e["date"] for e in found] == ["2019-05-09"], found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ونددت السلطة الفلسطينية بفشل مجلس الأمن في فرض عقوبات على إسرائيل.", "sanctions"),
        ("وأعربت المنظمة عن أسفها لفشل المجتمع الدولي في فرض وقف لإطلاق النار في سوريا.", "ceasefire"),
    ],
)
def test_a_failure_after_a_preposition_negates(text: str, kind: str) -> None:
    assert not of_type(extract(text, "2020-03-10"), kind)
