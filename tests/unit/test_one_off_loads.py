"""Aid told by a load sent once, its weight or a single shipment (أرسلت الإمارات طائرة تحمل 30 طناً
من المساعدات الطبية; a shipment of aid), is a deed of one day, not the ongoing flow dated by the
publication year: with no date of its own it takes the publication day, as does relief sent
once with no load told."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-08-06"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وأرسلت الإمارات طائرة تحمل 30 طناً من المساعدات الطبية إلى لبنان.", "2020-08-06"),
        ("وأرسلت مصر إلى لبنان شحنة من المساعدات الطبية.", "2020-08-06"),
        ("The UAE sent a plane carrying 30 tonnes of medical aid to Lebanon.", "2020-08-06"),
        # relief sent once with no load told: the day too
        ("Qatar sent humanitarian aid to Lebanon.", "2020-08-06"),
    ],
)
def test_a_load_sent_once_takes_the_day(text, date):
    found = of_type(extract(text, PUB), "aid")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]
