"""A meeting named as the setting of a deed (في اجتماعهم, at their meeting) is held, an event
beside the deed decided at it, and does not outweigh that deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "deed", "date"),
    [
        (
            "القاهرة - أقر وزراء الخارجية العرب في اجتماعهم بالقاهرة أمس الأحد حزمة من العقوبات الاقتصادية والمالية على سوريا.",
            "sanctions",
            "2011-11-27",
        ),
        (
            "CAIRO - Arab foreign ministers at their meeting in Cairo on Sunday approved a package of economic sanctions on Syria.",
            "sanctions",
            "2011-11-27",
        ),
        (
            "القاهرة - قرر وزراء الخارجية العرب، في اجتماع طارئ عقدوه أمس الأحد في مقر جامعة الدول العربية، "
            "استئناف مشاركة وفود الحكومة السورية في اجتماعات مجلس الجامعة.",
            "relations",
            "2011-11-27",
        ),
        (
            "Arab foreign ministers, at an emergency meeting in Cairo on Sunday, decided to suspend Syria's membership.",
            "sanctions",
            "2011-11-27",
        ),
    ],
)
def test_the_deed_and_the_meeting_it_was_decided_at(text: str, deed: str, date: str) -> None:
    found = extract(text, "2011-11-28")
    assert [e["date"] for e in of_type(found, deed)] == [date], found
    assert [e["date"] for e in of_type(found, "meeting")] == [date], found


@pytest.mark.parametrize(
    ("text", "event_type", "absent"),
    [
        # the talks are the setting of the participle's deal, not of the raid told after the comma
        (
            "Under the deal, finalised by negotiators from both sides at talks in Rome on Sunday, Israel will pay "
            "$20 million in compensation to the families of the ten Turks killed in the raid.",
            "meeting",
            "attack",
        ),
        # the talks are where the observers sat, in a relative clause: the signing stays one with them
        (
            "Rakhmonov and Nuri signed a peace agreement in the Kremlin on Friday. The document was also signed by the "
            "UN special envoy, Gerd Merrem, in the presence of representatives of neighbouring states that acted as "
            "observers at the talks.",
            "agreement",
            None,
        ),
    ],
)
def test_no_setting_for_another_clause(text: str, event_type: str, absent: str | None) -> None:
    found = extract(text, "1997-06-28")
    assert of_type(found, event_type), found
    if absent:
        assert not of_type(found, absent), found
    else:
        assert len(of_type(found, event_type)) == 1, found


def test_taking_part_in_a_summit_is_the_deed() -> None:
    found = extract("شارك الرئيس المصري في القمة العربية بالرياض أمس الأحد.", "2011-11-28")
    assert [e["date"] for e in of_type(found, "meeting")] == ["2011-11-27"], found
