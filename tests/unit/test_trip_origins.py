"""Where a traveller came from is neither a party nor the place of the visit."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries", "place"),
    [
        ("وصل الرئيس التركي إلى الدوحة قادما من الكويت، أمس.", {"TUR", "QAT"}, "QAT"),
        ("وصلت وزيرة الخارجية الألمانية إلى بيروت أمس قادمة من عمان في جولة إقليمية.", {"DEU", "LBN"}, "LBN"),
        ("The Turkish president arrived in Doha on Monday coming from Kuwait.", {"TUR", "QAT"}, "QAT"),
    ],
)
def test_the_origin_of_a_trip_is_no_side_of_the_visit(text, countries, place):
    (visit,) = of_type(extract(text, "2020-12-23"), "visit")
    assert set(visit["countries"]) == countries
    assert visit["location"]["country"] == place


def test_a_visit_to_the_country_named_after_from_elsewhere_keeps_it():
    # "from" of another kind: the visitor's country named after the event word
    (visit,) = of_type(extract("وصل إلى الدوحة أمس وفد من الكويت برئاسة وزير الخارجية.", "2020-12-23"), "visit")
    assert {"KWT", "QAT"} <= set(visit["countries"])


@pytest.mark.parametrize(
    ("text", "absent", "place"),
    [
        # an adverb of directness between the words of coming and "from"
        ("وصل الرئيس الأمريكي إلى الرياض مساء الجمعة قادماً مباشرة من تل أبيب.", "ISR", "SAU"),
        ("وصل أمير قطر إلى الرياض أمس قادما مباشرة من الكويت.", "KWT", "SAU"),
        ("The US president arrived in Jeddah on Friday, coming directly from Israel.", "ISR", "SAU"),
        # a noun of a flight
        ("The US president arrived in Jeddah on Friday on a direct flight from Israel.", "ISR", "SAU"),
    ],
)
def test_the_origin_of_a_trip_told_with_an_adverb_or_a_flight(text, absent, place):
    (visit,) = of_type(extract(text, "2022-07-16"), "visit")
    assert absent not in visit["countries"]
    assert visit["location"]["country"] == place
