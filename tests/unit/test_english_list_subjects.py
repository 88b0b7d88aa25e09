"""The subject of an English event word told by a list of names before it is the first name of
the list, as the first name after an Arabic verb is: "Saudi Arabia, Egypt, the United Arab
Emirates and Bahrain cut ties" is Saudi Arabia's measure first, as «قطعت السعودية ومصر والإمارات
والبحرين العلاقات» is, no longer Bahrain's. Only a list of three names or more whose last name
follows "and" and that opens its clause (of two sides the nearest stays the subject): a name after a comma that ends no list, or the object of another verb before
"and", is no first name of the subject."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "doer"),
    [
        ("Saudi Arabia, Egypt, the United Arab Emirates and Bahrain cut ties with Qatar on Monday.", "sanctions", "SAU"),
        ("As a reminder, Saudi Arabia, Egypt and Bahrain cut ties with Qatar on Monday.", "sanctions", "SAU"),
        ("قطعت السعودية ومصر والإمارات والبحرين العلاقات مع قطر يوم الاثنين.", "sanctions", "SAU"),
        # guards: the object of a verb before "and", a name after a comma that ends no list, a
        # pair of sides, whose nearest hosts their talks
        ("Turkey attacked Kurdish forces and Russia sent troops to Syria on Monday.", "deployment", "RUS"),
        ("After talks between Israel and Egypt, Hamas agreed to a truce on Monday.", "ceasefire", "hamas"),
        ("Bahrain cut ties with Qatar on Monday.", "sanctions", "BHR"),
        ("Iraqi and Kuwaiti officials met in Kuwait City on Monday.", "meeting", "KWT"),
    ],
)
def test_the_first_name_of_a_list_is_the_subject(text, event_type, doer):
    found = of_type(extract(text, "2017-06-07"), event_type)
    assert found and found[0]["actor1"] == doer, [(e["actor1"], e["actor2"]) for e in found]
