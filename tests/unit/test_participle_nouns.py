"""An English past participle after "those" or a definite plural noun and before the phrase's
own verb ("many of the vessels attacked have no link to Israel") names things by a deed done
to them, no deed of its sentence; the same deed told by a verb of its own stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-04-16"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Houthis say they target ships linked to Israel, but many of the vessels attacked have no clear link to Israel.", "attack"),
        ("Officials said most of the tankers attacked were carrying fuel for Syria.", "attack"),
    ],
)
def test_a_participle_naming_things_is_no_event(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Houthi forces attacked two vessels in the Red Sea on Monday.", "attack"),
        ("Iraqi police arrested the journalist Ali Hassan in Basra on Monday.", "arrest"),
        ("واعتقلت الشرطة العراقية الصحفي علي حسن في البصرة يوم الاثنين.", "arrest"),
    ],
)
def test_a_deed_told_by_its_verb_stays(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert len(found) == 1, found
