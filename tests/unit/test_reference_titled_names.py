"""An Arabic catalogued name that holds a person by the surname alone ("إعلان ترامب الانسحاب من
الاتفاق النووي") is found with the titles and given name the press writes before the surname
inside it ("إعلان الرئيس الأمريكي، دونالد ترامب الانسحاب ..."), when no event word of the
entry's type stands inside the name: the name alone tells the event, and it stands in place of
the shorter name it overlaps (the deal withdrawn from)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2018-06-20"


@pytest.mark.parametrize(
    "text",
    [
        "وتراجع الريال الإيراني بعد إعلان الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي.",
        "وتراجع الريال الإيراني بعد إعلان الرئيس الأمريكي، دونالد ترامب الانسحاب من الاتفاق النووي.",
        "وارتفعت الأسعار منذ قرار الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي.",
    ],
)
def test_a_titled_name_inside_an_alias_names_the_event(text: str) -> None:
    found = [e for e in extract(text, PUBLISHED) if e.get("reference_id") == "us_withdrawal_jcpoa_2018"]
    assert [(e["event_type"], e["date"]) for e in found] == [("sanctions", "2018-05-08")], extract(text, PUBLISHED)
