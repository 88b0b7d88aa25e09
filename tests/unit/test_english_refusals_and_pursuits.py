"""A deed ruled out, refused, foiled, thwarted, averted or blocked, sanctions
waived (أحبطت، عرقلت، أعفت من العقوبات), a deal sought, worked on, neared or mediated,
an attack or a protest being prepared or planned, aid pledged to be sent and
sanctions warned of are no events, in English as in Arabic (تعمل على،
اقتربت من، تتوسط); the cue governs only the event word it precedes in its
clause, not a deed told in the past beside it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday", يوم الاثنين, is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # ruled out or refused
        ("Turkey ruled out sending troops to Qatar.", "deployment"),
        ("Israel ruled out a ceasefire in Gaza.", "ceasefire"),
        ("The United States ruled out sanctions on Turkey.", "sanctions"),
        ("Saudi Arabia ruled out restoring ties with Qatar.", "relations"),
        ("Israel refused a ceasefire in Gaza.", "ceasefire"),
        # a deal sought, worked on, neared, close or mediated
        ("Qatar and Turkey are close to reaching an agreement.", "agreement"),
        ("Qatar and Turkey are nearing a deal.", "agreement"),
        ("Qatar and Turkey are working on a deal.", "agreement"),
        ("Qatar and Turkey are seeking a deal.", "agreement"),
        ("Egypt is mediating a ceasefire in Gaza.", "ceasefire"),
        ("تعمل قطر وتركيا على اتفاق تجاري.", "agreement"),
        ("اقتربت قطر وتركيا من التوصل إلى اتفاق.", "agreement"),
        ("تتوسط مصر لوقف إطلاق النار في غزة.", "ceasefire"),
        # an attack or a protest being prepared or planned
        ("Israel is preparing an attack on Rafah.", "attack"),
        ("Unions are planning a protest in Baghdad.", "protest"),
        # aid pledged to be sent or given
        ("Saudi Arabia pledged to send aid to Yemen.", "aid"),
        ("Saudi Arabia pledged to give $500 million to Yemen.", "aid"),
        # an attack foiled, thwarted or averted, aid blocked, sanctions waived
        ("Egyptian police foiled an attack on a church in Cairo on Monday.", "attack"),
        ("Egyptian police thwarted an attack on a church in Cairo on Monday.", "attack"),
        ("Egyptian police averted an attack on a church in Cairo on Monday.", "attack"),
        ("Israel blocked aid from entering Gaza on Monday.", "aid"),
        ("The United States waived sanctions on Iraq on Monday.", "sanctions"),
        ("أحبطت الشرطة المصرية هجوما على كنيسة في القاهرة يوم الاثنين.", "attack"),
        ("عرقلت إسرائيل دخول المساعدات إلى غزة يوم الاثنين.", "aid"),
        ("أعفت الولايات المتحدة العراق من العقوبات يوم الاثنين.", "sanctions"),
        # sanctions warned of
        ("The United States issued fresh warnings of sanctions against Turkey on Monday.", "sanctions"),
    ],
)
def test_a_deed_ruled_out_sought_or_planned_is_no_event(text, kind):
    assert of_type(extract(text, PUBLISHED), kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        # the deed in the past beside the cue is told as done, the one the cue governs is not
        ("Militants who were planning a new attack stormed an army post in Sinai on Monday.", "attack", "stormed"),
        (
            "Qatar and Turkey, which are working on a trade deal, signed a defence agreement on Monday.",
            "agreement",
            "signed",
        ),
        ("Saudi Arabia, which had pledged to help, sent aid to Yemen on Monday.", "aid", "sent"),
        ("Despite warnings of sanctions, Egypt cut ties with Qatar on Monday.", "sanctions", "cut"),
        # protesters blocked still protest; an office holder relieved of his post is no sanction waived
        ("Police blocked protesters from reaching the parliament in Baghdad on Monday.", "protest", "protesters"),
        ("أعفى الرئيس العراقي وزير الداخلية من منصبه يوم الاثنين.", "appointment", "أعفى"),
        ("Israel ruled out talks with Hamas and its jets struck Gaza on Monday.", "attack", "struck"),
    ],
)
def test_a_cue_governs_only_the_event_word_of_its_clause(text, kind, trigger):
    found = [(e["trigger"], e["date"]) for e in of_type(extract(text, PUBLISHED), kind)]
    assert found == [(trigger, "2021-05-10")]
