"""Countries named by an older or other common name are read: East Timor, Swaziland, Zaire, and
their Arabic forms."""

from __future__ import annotations

import pytest

from events.actors import find_actors
from events.resources import load_resources
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("East Timor voted for independence in 1999.", "TLS"),
        ("صوتت تيمور الشرقية لصالح الاستقلال.", "TLS"),
        ("The East Timorese voted for independence.", "TLS"),
        ("King Mswati rules Swaziland.", "SWZ"),
        ("Mobutu ruled Zaire for three decades.", "COD"),
        ("حكم موبوتو زائير ثلاثة عقود.", "COD"),
    ],
)
def test_an_older_or_common_name_reads_its_country(text, country):
    assert country in [a.country for a in find_actors(text, fold(text), load_resources().actors)]
