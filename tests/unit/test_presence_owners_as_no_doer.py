"""A state named only as the owner of an embassy or a consulate is no doer of the deed told beside
it: the building tells where, or what the deed is about ("a protest in front of the Saudi consulate",
"وقفة احتجاجية أمام مقر القنصلية السعودية")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "not_doer", "doer"),
    [
        (
            "نظمت جمعية بيت الإعلاميين العرب في تركيا، الجمعة، وقفة احتجاجية أمام مقر القنصلية السعودية في إسطنبول للتنديد باختفاء الكاتب جمال خاشقجي.",
            "protest",
            "SAU",
            None,
        ),
        (
            "The association House of Arab Journalists in Turkey on Friday staged a protest in front of the Saudi consulate in Istanbul to denounce the disappearance of writer Jamal Khashoggi.",
            "protest",
            "SAU",
            None,
        ),
        ("وتظاهر مئات أمام السفارة الإماراتية في لندن السبت.", "protest", "ARE", None),
        ("Hundreds demonstrated in front of the Emirati embassy in London on Saturday.", "protest", "ARE", None),
        # negative rows: a state or its envoy named as such still does the deed
        ("The Saudi ambassador met the Turkish foreign minister in Ankara on Monday.", "visit", None, "SAU"),
        ("قطعت السعودية العلاقات مع قطر يوم الاثنين.", "sanctions", None, "SAU"),
        ("Saudi Arabia cut ties with Qatar on Monday.", "sanctions", None, "SAU"),
    ],
)
def test_the_owner_of_an_embassy_is_no_doer(text, event_type, not_doer, doer):
    found = of_type(extract(text, "2018-10-05"), event_type)
    assert found, found
    if not_doer is not None:
        assert found[0]["actor1"] != not_doer, found
    if doer is not None:
        assert found[0]["actor1"] == doer, found
