"""Troops sent with no destination in their sentence and no party but the sender ("Turkey sent
23 more troops on Thursday", "أرسلت تركيا 23 جنديا", "Ankara set up the base") went to the place
the text has just told of, as aid and trips do; told by a noun or a verb of either tense too.
The sender's own name told as an owner before ("Ankara's support") is the sender that acts, not
a place told (for aid too); another country so told ("Libya's east") stays one. The
sender's own place told before, or a destination in the sentence, stays the place (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2017-06-22"


def _country_of(text: str, event_type: str = "deployment") -> str | None:
    found = of_type(extract(text, PUBLISHED), event_type)
    assert len(found) == 1, found
    return (found[0]["location"] or {}).get("country")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Qatar faces a boycott by its Gulf neighbours. Turkey sent 23 more troops on Thursday.", "QAT"),
        ("وتواجه قطر مقاطعة من جيرانها الخليجيين. وأرسلت تركيا 23 جنديا وخمس مدرعات يوم الخميس.", "QAT"),
        ("تواجه قطر مقاطعة من جيرانها الخليجيين. ونشرت تركيا 23 جنديا يوم الخميس.", "QAT"),
        # a verb that may be of either tense
        ("Qatar faces a boycott by its Gulf neighbours. Ankara set up the base under a defence accord signed in 2014.", "QAT"),
        # the owner named last before is no place told
        (
            "Officials in Doha praised Ankara's support for the emirate on Sunday. A contingent of 23 Turkish "
            "troops and five armored vehicles landed at the Tariq bin Ziyad military base on Thursday, the military said.",
            "QAT",
        ),
        # guards: the sender's own place told before; a destination of its own
        ("Erdogan spoke to reporters in Ankara on Monday. Turkey deployed 200 more troops on Tuesday.", "TUR"),
        ("تحدث أردوغان للصحفيين في أنقرة يوم الاثنين. ونشرت تركيا 200 جندي إضافي يوم الثلاثاء.", "TUR"),
        ("Qatar faces a boycott by its neighbours. Turkey sent 200 more troops to Libya on Tuesday.", "LBY"),
        ("وتواجه قطر مقاطعة من جيرانها. وأرسلت تركيا قوات إلى ليبيا يوم الخميس.", "LBY"),
    ],
)
def test_troops_sent_with_no_destination_went_where_the_text_was(text, country):
    assert _country_of(text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the sender's own name told as an owner is no place told
        ("Officials in Doha praised Ankara's support for the emirate on Sunday. Turkey flew in planeloads of food on Thursday.", "QAT"),
        # guards: another country told as an owner stays a place told
        ("The floods in Libya's east killed thousands of people. Turkey sent three planes with rescue teams on Wednesday.", "LBY"),
        ("الفيضانات في شرق ليبيا قتلت الآلاف. وأرسلت تركيا ثلاث طائرات تحمل فرق إنقاذ يوم الأربعاء.", "LBY"),
    ],
)
def test_aid_skips_the_sender_told_as_an_owner(text, country):
    assert _country_of(text, "aid") == country
