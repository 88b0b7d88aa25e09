"""A year inside an indefinite event noun dates the deed done in that event ("seized power in a
2008 coup", «اعتقل المحتجين خلال احتجاجات 2019»); a list of powers or rights tells no event
(twenty-second modality round)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the deed done in an event named with its year: that year
        ("Guinea's junta seized power in a 2008 coup.", "2021-10-27", "appointment", "2008"),
        ("Colonel Goita took power in Mali in a 2020 putsch.", "2021-10-27", "appointment", "2020"),
        ("Tebboune became Algeria's president through a 2019 election.", "2021-10-27", "appointment", "2019"),
        ("اعتقل الأمن مئات المتظاهرين خلال احتجاجات 2019 في العراق.", "2020-11-10", "arrest", "2019"),
        ("واعتقلت الشرطة مئات المحتجين في مظاهرات 2019 في الجزائر.", "2020-11-10", "arrest", "2019"),
        ("دمرت الطائرات الإسرائيلية المطار في حرب 2006 على لبنان.", "2020-11-10", "attack", "2006"),
        ("وقتل العشرات في اشتباكات 2012 بين الجيش والمسلحين في اليمن.", "2020-11-10", "attack", "2012"),
        # what stays: a deed after the event, or with a day of its own, keeps its date
        ("The army retook the town after a 2014 offensive in Syria.", "2020-11-10", "attack", "2014|2020-11-10"),
        (
            "Sudan's army, which seized power in a 2019 coup, dissolved the government on Monday.",
            "2021-10-27",
            "appointment",
            "2021-10-25",
        ),
        ("فرضت الولايات المتحدة عقوبات على روسيا بعد غزو 2014 لأوكرانيا.", "2020-11-10", "sanctions", "2020-11-10"),
        ("قتل 2000 شخص في هجوم على قرية في نيجيريا.", "2020-11-10", "attack", "2020-11-10"),
    ],
)
def test_a_year_in_an_indefinite_event_noun_dates_the_deed_done_in_it(text, published, event_type, date):
    found = sorted(e["date"] for e in of_type(extract(text, published), event_type))
    assert "|".join(found) == date
