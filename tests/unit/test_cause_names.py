"""Names told in the grounds of a deed (على خلفية، بسبب، because of) or as the relation of a party
named before them (خصم طهران، Iran's arch-rival) are what the deed is about or who a party is:
neither its sides nor its place, when two countries or more are named before them; with fewer,
they may be the deed's only other side and stay."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        (
            "قطع المغرب العلاقات الدبلوماسية مع إيران الثلاثاء على خلفية دعمها لجبهة البوليساريو عبر حزب الله اللبناني.",
            "sanctions",
            {"MAR", "IRN"},
        ),
        (
            "Morocco cut diplomatic ties with Iran on Tuesday because of its support for militants in Lebanon.",
            "sanctions",
            {"MAR", "IRN"},
        ),
        ("وقعت الولايات المتحدة الجمعة صفقات أسلحة مع السعودية خصم طهران اللدود.", "agreement", {"USA", "SAU"}),
        ("The United States signed arms deals with Saudi Arabia, Iran's arch-rival, on Friday.", "agreement", {"USA", "SAU"}),
        # guards: one country before the grounds, which may name the deed's other side
        ("قطع المغرب العلاقات الدبلوماسية الثلاثاء على خلفية دعم إيران لجبهة البوليساريو.", "sanctions", {"MAR", "IRN", "ESH"}),
        # a name of the clause before the grounds stays
        ("Egypt and Sudan signed a defence pact on Tuesday because of tensions with Ethiopia.", "agreement", {"EGY", "SDN"}),
    ],
)
def test_the_grounds_and_the_relations_of_a_party_name_no_side(text, event_type, countries):
    found = of_type(extract(text, "2018-05-02"), event_type)
    assert found and set(found[0]["countries"]) == countries, [(e["countries"], e["trigger"]) for e in found]
