"""An explosion in a public place (a street, a market, a mosque, a checkpoint, a convoy) is told
as an attack though no bomb is named; one of gas or in a factory stays an accident (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2017-06-01"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("وقع انفجار اليوم الخميس في أحد شوارع القطيف شرق السعودية.", ["attack"]),
        ("قتل خمسة أشخاص في انفجار هز سوقا شعبيا في بغداد اليوم الخميس.", ["attack"]),
        ("An explosion tore through a crowded market in Baghdad on Thursday, killing five people.", ["attack"]),
        ("A blast hit an army checkpoint near Kirkuk on Thursday.", ["attack"]),
        # gas or a factory: an accident
        ("وقع انفجار غاز في أحد شوارع القطيف اليوم الخميس.", []),
        ("A gas explosion hit a street in Baghdad on Thursday.", []),
    ],
)
def test_an_explosion_in_a_public_place_is_an_attack(text, types):
    assert [e["event_type"] for e in extract(text, _PUBLISHED)] == types
