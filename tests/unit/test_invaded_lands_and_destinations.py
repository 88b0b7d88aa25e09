"""Places of events. The land an invasion, an occupation or an aggression is of, named
after the event word by its own preposition (the proclitic ل, على, of), is where the deed
happened, not a city of the invader's country named elsewhere in the sentence. A place a way
leads to (a road, a crossing, a flight, a border, then to, with or linking) is not where the
event happened, nor is its country the side that places it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-11-10"


def _located(text: str, event_type: str) -> list[str | None]:
    return [(e.get("location") or {}).get("country") for e in of_type(extract(text, PUB), event_type)]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the invaded land, not the invader's capital named in the sentence
        ("Saudi Arabia reopened its embassy in Baghdad in 2015, a quarter century after the Iraqi invasion of Kuwait in August 1990.", "KWT"),
        ("Egypt reopened its consulate in Baghdad in 2016, decades after the Iraqi invasion of Kuwait in August 1990.", "KWT"),
        ("وأعادت مصر فتح قنصليتها في بغداد عام 2016 بعد قطيعة طويلة، إثر الغزو العراقي للكويت في أغسطس 1990.", "KWT"),
        # a place of the invader's own country that is the object stays the place
        ("بدأ العدوان السعودي على اليمن في 26 مارس 2015.", "YEM"),
        ("The Turkish incursion into Afrin began in January 2018.", "SYR"),
    ],
)
def test_the_invaded_land_is_the_place(text, where):
    assert where in _located(text, "attack")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # no preposition governs the name: the city stated stays the place
        ("The Iraqi army shelled Basra in March 2003 during the invasion.", "IRQ"),
        ("قصفت القوات العراقية البصرة في مارس 2003.", "IRQ"),
    ],
)
def test_a_place_no_invasion_governs_stays(text, where):
    assert _located(text, "attack") == [where]


@pytest.mark.parametrize(
    ("text", "event_type", "where"),
    [
        # where the way leads is not the venue: the acting state's own ground
        ("Moroccan forces entered the buffer zone on Friday to reopen the road to Mauritania.", "deployment", "MAR"),
        ("أرسل الجيش المغربي يوم الجمعة قوات إلى المنطقة العازلة لإعادة فتح الطريق المؤدي إلى موريتانيا.", "deployment", "MAR"),
        ("Saudi Arabia suspended on Monday all flights to Doha.", "sanctions", "SAU"),
        ("علقت السعودية يوم الاثنين رحلاتها إلى الدوحة.", "sanctions", "SAU"),
        ("قررت السعودية يوم الاثنين إغلاق كل المنافذ البرية مع قطر.", "sanctions", "SAU"),
    ],
)
def test_where_a_way_leads_is_not_the_place(text, event_type, where):
    assert _located(text, event_type) == [where]


@pytest.mark.parametrize(
    ("text", "event_type", "where"),
    [
        # a destination with no way noun before it stays the place of an event sent there
        ("Morocco sent troops to Mauritania on Friday.", "deployment", "MRT"),
        ("أرسل المغرب قوات إلى موريتانيا يوم الجمعة.", "deployment", "MRT"),
        # a border crossed into a land: the land entered is the place
        ("Turkey sent troops across the border into Syria on Monday.", "deployment", "SYR"),
        ("وصل الرئيس التركي إلى الدوحة يوم الاثنين في زيارة رسمية.", "visit", "QAT"),
        ("The Turkish president flew to Doha on Monday for an official visit.", "visit", "QAT"),
        # a visitor's flight ends where the visit is
        ("The Turkish foreign minister took a flight to Saudi Arabia on Monday for a visit.", "visit", "SAU"),
    ],
)
def test_a_destination_without_a_way_stays(text, event_type, where):
    assert _located(text, event_type) == [where]


def _resolved(text: str) -> list[tuple[str, str]]:
    from events.places import find_places, load_gazetteer
    from events.text.normalize import fold

    return [(p.name, p.country) for p in find_places(text, fold(text), load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a small seat of a first-level division, in an article of its country, is that seat
        ("أعلنت السلطات في الجزائر يوم الاثنين اعتقال خمسة مهربين في الطارف.", ("El Tarf", "DZA")),
        ("Algerian police arrested five smugglers in El Tarf on Monday.", ("El Tarf", "DZA")),
        ("تظاهر مئات المحتجين في ليبيا يوم الاثنين في غات.", ("Ghat", "LBY")),
        ("اعتقل الجيش الإسرائيلي ثلاثة فلسطينيين في مدينة سلفيت شمال الضفة الغربية.", ("Salfit", "PSE")),
        # the far namesake stays the place in an article of its own country
        ("قالت الشرطة في مصر إنها اعتقلت يوم الاثنين خمسة أشخاص في الطارف.", ("At Tarif", "EGY")),
    ],
)
def test_a_seat_of_a_division_in_an_article_of_its_country(text, place):
    assert place in _resolved(text)


def test_a_seat_of_a_division_places_an_event():
    text = "Hundreds of Algerians protested on Monday in El Tarf over water cuts."
    assert [(e.get("location") or {}).get("name") for e in of_type(extract(text, PUB), "protest")] == ["El Tarf"]


def _located_at(text: str, event_type: str) -> list[str | None]:
    return [(e.get("location") or {}).get("name") for e in of_type(extract(text, PUB), event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "where"),
    [
        # a capital after و or ف and a preposition opening the sentence is where, not a government
        ("وفي الرياض، التقى وزير الخارجية البريطاني، اليوم الاثنين، العاهل السعودي في مستهل جولة تشمل قطر.", "visit", "Riyadh"),
        ("وفي أنقرة، بحث وزير الخارجية الإيراني، الاثنين، مع نظيره التركي الأزمة السورية.", "meeting", "Ankara"),
        # a capital as the subject of the opening verb stays the government, not the place
        ("وأعلنت الرياض، الاثنين، قطع العلاقات الدبلوماسية مع قطر.", "sanctions", "Saudi Arabia"),
    ],
)
def test_a_capital_after_a_conjoined_preposition_is_a_place(text, event_type, where):
    assert _located_at(text, event_type) == [where]


def test_a_noun_of_invading_outside_the_event_word_governs_nothing():
    from events.assemble.invaded import _invaded_at
    from events.model import PlaceMention

    text = "عقد اجتماع ضم ممثلين للسعودية في القاهرة."
    start = text.index("للسعودية")
    place = PlaceMention(start, start + len("للسعودية"), "للسعودية", "Saudi Arabia", "SAU", 0.0, 0.0, "country", 0)
    trigger = (text.index("اجتماع"), text.index("اجتماع") + len("اجتماع"))
    assert not _invaded_at(text, trigger, place)
    text = "إثر الغزو العراقي للكويت."
    start = text.index("للكويت")
    place = PlaceMention(start, start + len("للكويت"), "للكويت", "Kuwait", "KWT", 0.0, 0.0, "country", 0)
    assert _invaded_at(text, (text.index("الغزو"), text.index("الغزو") + len("الغزو")), place)
