"""A person captured alive, taken prisoner or taken captive is held: an arrest of that person, not
the capture of a place ("Gaddafi was captured alive on Thursday by revolutionary fighters",
«وأسر مقاتلو المجلس الانتقالي القذافي حيا»، «ووقع القذافي في الأسر»). Troops entering a country
are a deployment, their count and the forces beside them between ("About 1,000 Saudi soldiers and
500 police from the UAE entered Bahrain on Monday", «ودخل نحو ألف جندي سعودي ... البحرين»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2011-10-21"


@pytest.mark.parametrize(
    "text",
    [
        "Libya's former leader Gaddafi was captured alive on Thursday by revolutionary fighters, who found him hiding in a drainage pipe.",
        "Revolutionary fighters captured Gaddafi alive in Sirte on Thursday.",
        "وأسر مقاتلو المجلس الانتقالي الليبي القذافي حيا في سرت يوم الخميس.",
        "ووقع القذافي في الأسر يوم الخميس في سرت الليبية.",
    ],
)
def test_a_person_captured_alive_is_arrested(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "arrest")] == ["2011-10-20"]


# a place captured is an attack; a word of living or of families is no capture
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Rebel fighters captured the Libyan town of Sirte on Thursday.", "arrest"),
        ("وقعت الأسر الليبية في أزمة حادة يوم الخميس.", "arrest"),
        ("وبقي الجندي الليبي حيا بعد الهجوم على سرت يوم الخميس.", "arrest"),
        ("Iraq's army entered its third year of war with the Islamic State on Thursday.", "deployment"),
    ],
)
def test_no_capture_of_a_person(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


@pytest.mark.parametrize(
    "text",
    [
        "About 1,000 Saudi soldiers and 500 police from the UAE entered Bahrain on Monday under the banner of the Gulf Cooperation Council's Peninsula Shield force.",
        "ودخل نحو ألف جندي سعودي و500 شرطي إماراتي البحرين يوم الاثنين تحت راية قوات درع الجزيرة.",
    ],
)
def test_troops_counted_entering_a_country_are_deployed(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2011-03-15"), "deployment")] == ["2011-03-14"]
