"""A deed told with a saying that ends its sentence and holds a day ("..., army spokesman Tamer
al-Rifai said on Friday night") was done by that day: a later day read for it elsewhere (the day
a toll rose, which "Hours after the attack" reaches back to) gives way to the saying's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LEAD = (
    "CAIRO, Nov 25 (Reuters) - The death toll from an attack on a packed mosque in Egypt's North Sinai rose to 305 "
    "on Saturday, the public prosecutor said.\n"
)


@pytest.mark.parametrize(
    ("rest", "day"),
    [
        (", army spokesman Tamer al-Rifai said on Friday night, without giving a death toll.", "2017-11-24"),
        (", army spokesman Tamer al-Rifai said on Friday night.", "2017-11-24"),
        (", army spokesman Tamer al-Rifai said on Saturday.", "2017-11-25"),
    ],
)
def test_a_deed_is_no_later_than_its_saying(rest, day):
    text = LEAD + "Hours after the attack, Egyptian military aircraft destroyed several vehicles used by the attackers" + rest
    destroyed = [e for e in of_type(extract(text, "2017-11-25"), "attack") if e["trigger"] == "destroyed"]
    assert [e["date"] for e in destroyed] == [day]
