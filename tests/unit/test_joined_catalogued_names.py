"""English and Arabic dating of background events. The catalog knows the arrests of a
presidential candidate in Tunisia (2019, 2020) and in Algeria (2021). Catalogued events named one after
another, joined by a conjunction or a comma and perhaps an article ("the Oslo Accords and the
Wadi Araba treaty", "اتفاقية كامب ديفيد واتفاقية وادي عربة"), are as many events, each dated by
the catalog: the second name is no mere repetition of the first one's event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2021-10-10"


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        ("Jordan recalled the Oslo Accords and the Wadi Araba treaty.", "agreement", {"1993-09-13", "1994-10-26"}),
        ("Jordan recalled the Oslo Accords or the Wadi Araba treaty.", "agreement", {"1993-09-13", "1994-10-26"}),
        ("The Oslo Accords, the Wadi Araba treaty and the Abraham Accords changed the region.", "agreement",
         {"1993-09-13", "1994-10-26", "2020-09-15"}),
        ("وذكّر الأردن باتفاقية أوسلو ومعاهدة وادي عربة.", "agreement", {"1993-09-13", "1994-10-26"}),
    ],
)
def test_joined_catalogued_names_are_each_an_event(text: str, event_type: str, dates: set[str]) -> None:
    found = {e["date"] for e in extract(text, PUB) if e["event_type"] == event_type}
    assert dates <= found


@pytest.mark.parametrize(
    "text",
    [
        # one name told twice is one event
        "Jordan recalled the Oslo Accords, the Oslo Accord of 1993.",
    ],
)
def test_one_catalogued_name_repeated_is_one_event(text: str) -> None:
    found = [e for e in extract(text, PUB) if e["event_type"] == "agreement"]
    assert len(found) <= 1


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a catalogued arrest of a named person, dated by the catalog (the latest before the publication)
        ("وقال محامي المرشح إن توقيف نبيل القروي جاء قبل أسابيع من الاقتراع.", "2019-09-10", "2019-08-23"),
        ("Nabil Karoui was arrested in Algeria, his lawyer said.", "2021-09-10", "2021-08"),
    ],
)
def test_catalogued_arrest_of_a_named_person(text: str, published: str, date: str) -> None:
    assert date in {e["date"] for e in extract(text, published) if e["event_type"] == "arrest"}
