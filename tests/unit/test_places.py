"""The places stage: gazetteer data and `find_places` on Arabic and English text."""

from __future__ import annotations

import json

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.places import _REACH, _WORD, DEFAULT_PATH, CountryPlace, Gazetteer, _last_words, find_places, load_gazetteer
from events.text.matching import phrase_key
from events.text.normalize import fold, fold_str


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))


def places(gazetteer: Gazetteer, text: str, context: tuple[str, ...] = ()) -> list[tuple[str, str, str, str]]:
    """(surface, canonical name, country, precision) of every place found."""
    return [(p.text, p.name, p.country, p.precision) for p in find_places(text, fold(text), gazetteer, context)]


def only(gazetteer: Gazetteer, text: str, context: tuple[str, ...] = ()) -> tuple[str, str, str, str]:
    found = places(gazetteer, text, context)
    assert len(found) == 1, found
    return found[0]


# --- clitics and spelling variants ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("وصل الوفد إلى الدوحة أمس", "الدوحة", "Doha", "QAT"),
        ("وصل الوفد بالدوحة أمس", "بالدوحة", "Doha", "QAT"),
        ("عقد الاجتماع في الدوحه", "الدوحه", "Doha", "QAT"),
        ("سافر الوزير للدوحة", "للدوحة", "Doha", "QAT"),
        ("عاد من الدَّوحة", "الدَّوحة", "Doha", "QAT"),
        ("زار أنقرة ثم عاد", "أنقرة", "Ankara", "TUR"),
        ("زار انقره ثم عاد", "انقره", "Ankara", "TUR"),
        ("قنصلية بلاده في إسطنبول", "إسطنبول", "Istanbul", "TUR"),
        ("قنصلية بلاده في اسطنبول", "اسطنبول", "Istanbul", "TUR"),
        ("وصل إلى أبو ظبي", "أبو ظبي", "Abu Dhabi", "ARE"),
        ("وصل إلى أبوظبي", "أبوظبي", "Abu Dhabi", "ARE"),
        ("قصف في دمشق وبغداد", "وبغداد", "Baghdad", "IRQ"),
        ("توجه الوفد لطرابلس", "لطرابلس", "Tripoli", "LBY"),
        ("اشتباكات في دير الزور", "دير الزور", "Deir ez-Zor", "SYR"),
        ("The minister arrived in Doha on Monday", "Doha", "Doha", "QAT"),
        ("Fighting resumed in Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor", "SYR"),
        ("Air strikes hit Raqqa overnight", "Raqqa", "Raqqa", "SYR"),
        ("Talks opened in Washington", "Washington", "Washington", "USA"),
        # a capital named by its country's adjective
        ("The deal was signed in the South African capital", "South African capital", "Pretoria", "ZAF"),
        ("Protesters gathered in the Kenyan capital", "Kenyan capital", "Nairobi", "KEN"),
        ("تظاهر الآلاف في العاصمة الأوكرانية", "العاصمة الأوكرانية", "Kyiv", "UKR"),
        ("وصل الوفد إلى العاصمة الأرمينية", "العاصمة الأرمينية", "Yerevan", "ARM"),
        ("تظاهر الآلاف في العاصمة التايلندية", "العاصمة التايلندية", "Bangkok", "THA"),
    ],
)
def test_city_spellings_and_clitics(gazetteer: Gazetteer, text: str, surface: str, name: str, country: str) -> None:
    found = [p for p in places(gazetteer, text) if p[3] == "city"]
    assert found, places(gazetteer, text)
    assert found[-1] == (surface, name, country, "city")


# --- ambiguous names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "context", "country"),
    [
        ("اشتباكات عنيفة في طرابلس", (), "LBY"),  # no context: the larger city
        ("اشتباكات عنيفة في طرابلس", ("LBY",), "LBY"),
        ("اشتباكات عنيفة في طرابلس", ("LBN",), "LBN"),
        ("اشتباكات عنيفة في طرابلس", ("USA", "LBN"), "LBN"),
        ("اشتباكات في طرابلس اللبنانية", (), "LBN"),  # a nisba beside the name beats the context
        ("اشتباكات في طرابلس اللبنانية", ("LBY",), "LBN"),
        ("وصل إلى العاصمة الليبية طرابلس", ("LBN",), "LBY"),
        ("Clashes broke out in Tripoli", (), "LBY"),
        ("Clashes broke out in Tripoli", ("LBN",), "LBN"),
        ("Clashes broke out in Tripoli, Lebanon", (), "LBN"),
        ("Clashes broke out in the Lebanese city of Tripoli", (), "LBN"),
    ],
)
def test_tripoli(gazetteer: Gazetteer, text: str, context: tuple[str, ...], country: str) -> None:
    tripoli = [p for p in places(gazetteer, text, context) if p[1] == "Tripoli"]
    assert tripoli
    assert {p[2] for p in tripoli} == {country}


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("زار الوزير عمان", (), ("Oman", "OMN", "country")),
        ("زار الوزير عمان", ("JOR",), ("Amman", "JOR", "city")),
        ("زار الوزير سلطنة عمان", ("JOR",), ("Oman", "OMN", "country")),
        ("مظاهرات في الإسكندرية", (), ("Alexandria", "EGY", "city")),
        ("مظاهرات في الإسكندرية", ("USA",), ("Alexandria", "EGY", "city")),
        ("Protests in Alexandria", (), ("Alexandria", "EGY", "city")),
    ],
)
def test_other_ambiguous_names(
    gazetteer: Gazetteer, text: str, context: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    assert only(gazetteer, text, context)[1:] == expected


@pytest.mark.parametrize(
    ("text", "context", "name", "country"),
    [
        # each reading of a shared name, chosen by the countries the article names
        ("Fighting resumed in Hyderabad", ("IND",), "Hyderabad", "IND"),
        ("Fighting resumed in Hyderabad", ("PAK",), "Hyderabad", "PAK"),
        ("Shelling hit Rafah", ("PSE",), "Rafah", "PSE"),
        ("Shelling hit Rafah", ("EGY",), "Rafah (Egypt)", "EGY"),
        ("Students marched in Cambridge", ("GBR",), "Cambridge", "GBR"),
        ("Students marched in Cambridge", ("USA",), "Cambridge", "USA"),
        ("قصف على رفح", ("PSE",), "Rafah", "PSE"),
        # the country the article names most often wins among the named ones
        ("اشتباكات في طرابلس", {"LBN": 3, "LBY": 1}, "Tripoli", "LBN"),
        ("Clashes in Tripoli", {"LBN": 1, "LBY": 4}, "Tripoli", "LBY"),
        # a capital of a named country still wins over a namesake elsewhere
        ("Protests in Tripoli", ("LBY", "USA"), "Tripoli", "LBY"),
    ],
)
def test_shared_names_follow_the_article_countries(
    gazetteer: Gazetteer, text: str, context: tuple[str, ...] | dict[str, int], name: str, country: str
) -> None:
    assert only(gazetteer, text, context)[1:3] == (name, country)


@pytest.mark.parametrize(
    ("text", "surface", "country", "precision"),
    [
        # a city said to lie in another country is a namesake the gazetteer lacks: that country's place
        ("Militants stormed the town of Palma in northern Mozambique", "Palma", "MOZ", "region"),
        ("Militants stormed Palma, Mozambique, on Wednesday", "Palma", "MOZ", "region"),
        ("In Palma, Mozambique, insurgents stormed a hotel", "Palma", "MOZ", "region"),
        ("Insurgents stormed Palma, Mozambique's northernmost town", "Palma", "MOZ", "region"),
        ("In Palma, Mozambique's northernmost town, insurgents stormed a hotel", "Palma", "MOZ", "region"),
        ("In Palma, Mozambique on Wednesday, insurgents stormed a hotel", "Palma", "MOZ", "region"),
        ("The attack in Perth in Britain", "Perth", "GBR", "region"),
        ("وقع هجوم في مدينة بيرث في بريطانيا", "بيرث", "GBR", "region"),
        ("هاجم مسلحون مدينة حيدر آباد في الهند", "حيدر آباد", "IND", "region"),
        # not when the city lies in that country, nor when its own country is named, nor across a verb
        ("Talks in Moscow, Russia", "Moscow", "RUS", "city"),
        ("وصل الوزير إلى موسكو في روسيا", "موسكو", "RUS", "city"),
        ("Protests in Madrid and Palma in Spain", "Palma", "ESP", "city"),
        ("The minister flew from Palma to Mozambique", "Palma", "ESP", "city"),
        ("وصل الوزير من موسكو إلى تركيا", "موسكو", "RUS", "city"),
        ("Clashes in Tripoli in Lebanon", "Tripoli", "LBN", "city"),
        # a place put before its clause: the country after the comma is the clause's subject
        ("In Brussels, Ukraine's prime minister signed a pact", "Brussels", "BEL", "city"),
        ("Talks ended. In Brussels, Ukraine signed a pact", "Brussels", "BEL", "city"),
        ("In Brussels, Ukraine's prime minister, Denys Shmyhal, signed a pact", "Brussels", "BEL", "city"),
    ],
)
def test_a_city_said_to_lie_in_another_country(
    gazetteer: Gazetteer, text: str, surface: str, country: str, precision: str
) -> None:
    found = [p for p in places(gazetteer, text) if p[0] == surface]
    assert [(p[2], p[3]) for p in found] == [(country, precision)]


# --- precision -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("قصف جوي على محافظة إدلب", "Idlib Governorate", "SYR"),
        ("معارك في ريف حلب الشمالي", "Aleppo Governorate", "SYR"),
        ("حصار الغوطة الشرقية مستمر", "Eastern Ghouta", "SYR"),
        ("هجوم في شمال سيناء", "North Sinai", "EGY"),
        ("عملية عسكرية في سيناء", "Sinai", "EGY"),
        ("استفتاء في كردستان العراق", "Iraqi Kurdistan", "IRQ"),
        ("نزاع دارفور", "Darfur", "SDN"),
        ("مستوطنات الضفة الغربية", "West Bank", "PSE"),
        ("غارات على قطاع غزة", "Gaza Strip", "PSE"),
        ("أمطار غزيرة في محافظة ظفار", "Dhofar", "OMN"),
        ("انتخابات في محافظة المنيا", "Minya Governorate", "EGY"),
        ("Shelling in Idlib province", "Idlib Governorate", "SYR"),
        ("Settlements in the West Bank", "West Bank", "PSE"),
        ("Raids on the Gaza Strip", "Gaza Strip", "PSE"),
        ("Unrest in Darfur", "Darfur", "SDN"),
        # provinces and areas of the conflicts of the wire news
        ("Fighting in the Amhara region", "Amhara", "ETH"),
        ("اشتباكات في إقليم أمهرة", "Amhara", "ETH"),
        ("Clashes in Oromia", "Oromia", "ETH"),
        ("An operation in Nagorno-Karabakh", "Nagorno-Karabakh", "AZE"),
        ("اندلعت اشتباكات في إقليم قره باغ", "Nagorno-Karabakh", "AZE"),
        ("A bombing in Balochistan", "Balochistan", "PAK"),
        ("تفجير في إقليم بلوشستان", "Balochistan", "PAK"),
        ("A raid in North Waziristan", "Waziristan", "PAK"),
        ("Taliban fighters in Helmand", "Helmand", "AFG"),
        ("قتال في ولاية هلمند", "Helmand", "AFG"),
        ("An attack in Borno", "Borno", "NGA"),
        ("Insurgents in Cabo Delgado", "Cabo Delgado", "MOZ"),
        ("M23 rebels in North Kivu", "North Kivu", "COD"),
        ("معارك في إقليم شمال كيفو", "North Kivu", "COD"),
        ("Troops in Abkhazia", "Abkhazia", "GEO"),
        ("A vote in Iraqi Kurdistan", "Iraqi Kurdistan", "IRQ"),
        ("Drone strikes in Kurdistan", "Iraqi Kurdistan", "IRQ"),
        ("Fighting in Gezira State", "Gezira State", "SDN"),
        ("هجوم في ولاية الجزيرة", "Gezira State", "SDN"),
    ],
)
def test_region_precision(gazetteer: Gazetteer, text: str, name: str, country: str) -> None:
    assert only(gazetteer, text)[1:] == (name, country, "region")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("غارة على محافظة حجة", "محافظة حجة", "YEM"),  # a province word makes a city a region
        ("اشتباكات في ولاية تيبازة", "ولاية تيبازة", "DZA"),
        ("قصف على شمال سوريا", "شمال سوريا", "SYR"),  # a compass word makes a country a region
        ("عملية في شمالي العراق", "شمالي العراق", "IRQ"),
        ("Operations in northern Syria", "northern Syria", "SYR"),
        ("Fighting in Hodeidah province", "Hodeidah province", "YEM"),
    ],
)
def test_derived_regions(gazetteer: Gazetteer, text: str, surface: str, country: str) -> None:
    found = only(gazetteer, text)
    assert (found[0], found[2], found[3]) == (surface, country, "region")


def test_compass_region_point_moves_towards_the_direction(gazetteer: Gazetteer) -> None:
    north = find_places("شمال سوريا", fold("شمال سوريا"), gazetteer)[0]
    south = find_places("جنوب سوريا", fold("جنوب سوريا"), gazetteer)[0]
    syria = gazetteer.country("SYR")
    assert syria is not None
    assert north.lat > south.lat
    assert (north.lat, north.lon) != (syria.lat, syria.lon)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("أعلنت السعودية قطع العلاقات", "السعودية", "SAU"),
        ("قطعت المملكة العربية السعودية العلاقات", "المملكة العربية السعودية", "SAU"),
        ("وصل إلى الإمارات", "الإمارات", "ARE"),
        ("العلاقات مع الإمارات العربية المتحدة", "الإمارات العربية المتحدة", "ARE"),
        ("قالت أمريكا إن", "أمريكا", "USA"),
        ("قالت أميركا إن", "أميركا", "USA"),
        ("تسليم التسجيلات للولايات المتحدة", "للولايات المتحدة", "USA"),
        ("تقيم بالسعودية", "بالسعودية", "SAU"),
        ("اتهمت قطر جيرانها", "قطر", "QAT"),
        ("ليبيا تقطع علاقاتها", "ليبيا", "LBY"),
        ("انضمت جزر المالديف", "جزر المالديف", "MDV"),
        ("تصريحات حول سورية", "سورية", "SYR"),
        ("شهدت قرغيزستان احتجاجات", "قرغيزستان", "KGZ"),
        ("تظاهر آلاف في مولدافيا", "مولدافيا", "MDA"),
        ("فيضانات في بنغلادش", "بنغلادش", "BGD"),
        ("انقلاب في تايلند", "تايلند", "THA"),
        ("وصل إلى الجبل الأسود", "الجبل الأسود", "MNE"),
        ("Saudi Arabia cut ties", "Saudi Arabia", "SAU"),
        ("talks with the US and Iran", "US", "USA"),
        ("the U.S. said", "U.S.", "USA"),
        ("the UAE said", "UAE", "ARE"),
        ("Turkey's parliament voted", "Turkey", "TUR"),
    ],
)
def test_country_precision(gazetteer: Gazetteer, text: str, surface: str, country: str) -> None:
    found = places(gazetteer, text)
    assert (surface, country, "country") in [(p[0], p[2], p[3]) for p in found], found


# --- common words, guards and blockers -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("نشرت الوكالة صور الحادث", ("LBN",)),  # صور: pictures
        ("قالت جدتي إن جدة المنزل", ("SAU",)),  # جدة: grandmother
        ("أشاد بدور حماة الوطن", ("SYR",)),  # حماة: protectors
        ("ارتدى معطفا رمادي اللون", ("IRQ",)),  # رمادي: grey, without the article
        ("كان اللون الرمادي غالبا", ()),  # a guarded name without any cue
        ("لتحقيق مآرب سياسية", ("YEM",)),  # مآرب: aims
        ("دخلوا جنات عدن", ("YEM",)),
        ("سرت شائعات كثيرة", ()),  # سرت: spread
        ("خرج المحتجون ضد الطبقة السياسية", ("SYR",)),  # الطبقة: the class, not Tabqa
        ("طالب المحتجون برحيل الطبقة الحاكمة", ("SYR",)),
        ("تآكلت مدخرات الطبقة الوسطى", ("SYR",)),
        ("في العديد من الدول", ("QAT",)),  # العديد: many
        ("الوضع المالي صعب", ()),  # المالي: the financial, not Mali
        ("القوات السورية تتقدم", ()),  # السورية: the Syrian, not سورية (Syria)
        ("زار مسقط رأسه", ()),  # مسقط رأس: birthplace
        ("دول المغرب العربي", ()),
        ("نقلت صحيفة واشنطن بوست", ()),
        ("ترأس مشهد الافتتاح", ()),  # مشهد: scene
        ("ظهر في صور نشرتها الوكالة", ("LBN",)),  # strict: a weak cue is not enough
        ("رفض الطلب بحجة أن الوقت ضيق", ("YEM",)),  # حجة: pretext
        ("وجاء في الخبر أن", ("SAU",)),  # الخبر: the news item
        ("في مشهد يعكس التوتر", ("IRN",)),
        ("على الصعيد الدولي", ("EGY",)),  # الصعيد: level
        ("it was a nice day", ()),
        ("let us go", ()),
        ("a roast turkey", ()),
        ("Nice weather today", ()),  # guarded and sentence-initial, no cue
        ("Reading the report, he left", ()),
        ("Michael Jordan retired", ()),
        ("The Washington Post reported", ()),
        ("The Kurdistan Workers Party claimed it", ()),  # the PKK, no place
        ("The Kurdistan Workers' Party claimed it", ()),
        ("بثت قناة الجزيرة التقرير", ()),  # Al Jazeera, not Sudan's Gezira
        ("قدم السند القانوني", ("PAK",)),  # السند: support, not Sindh
    ],
)
def test_common_words_are_not_places(gazetteer: Gazetteer, text: str, context: tuple[str, ...]) -> None:
    assert places(gazetteer, text, context) == []


@pytest.mark.parametrize(
    ("text", "context", "name", "country"),
    [
        ("وصل إلى مدينة صور", (), "Tyre", "LBN"),  # a strong cue alone
        ("غارة في درنة", ("LBY",), "Derna", "LBY"),  # a weak cue and the country named
        ("غارات على مدينة صور", (), "Tyre", "LBN"),  # strict names need a strong cue
        ("قصف محافظة حجة", (), "Hajjah province", "YEM"),
        ("وصل إلى جدة", ("SAU",), "Jeddah", "SAU"),
        ("اجتماع بجدة", ("SAU",), "Jeddah", "SAU"),  # the proclitic ب is a weak cue
        ("قصف على مدينة حماة", (), "Hama", "SYR"),
        ("معارك في مأرب", ("YEM",), "Marib", "YEM"),
        ("غارات على درنة الليبية", (), "Derna", "LBY"),  # its own country's nisba right after
        ("Protests in Nice", ("FRA",), "Nice", "FRA"),
        ("the city of Reading", (), "Reading", "GBR"),
    ],
)
def test_guarded_names_with_cues(
    gazetteer: Gazetteer, text: str, context: tuple[str, ...] | dict[str, int], name: str, country: str
) -> None:
    assert only(gazetteer, text, context)[1:3] == (name, country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey", [("Turkey", "TUR")]),
        ("turkey", []),
        ("Mosul", [("Mosul", "IRQ")]),
        ("mosul", []),
        ("PARIS - talks resumed", [("PARIS", "FRA")]),
        ("He left Paris for Jordan and jordan", [("Paris", "FRA"), ("Jordan", "JOR")]),
    ],
)
def test_english_needs_capitals(gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p[0], p[2]) for p in places(gazetteer, text)] == expected


# --- offsets -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر تركية إن أنقرة بحوزتها تسجيلات، وطلبت واشنطن من أنقرة تقديمها.",
        "وصل الأمـــير إلى الدَّوحةِ قادماً من الرياض ثم بغداد",
        "اشتباكات في طرابلس اللبنانية وريف إدلب والغوطة الشرقية وقطاع غزة",
        "Fighting in northern Syria, near Manbij, and in Idlib province; the U.S. and Turkey talked.",
        "\n\nالقاهرة (رويترز) - قالت مصر",
    ],
)
def test_offsets_point_into_the_original_text(gazetteer: Gazetteer, text: str) -> None:
    found = find_places(text, fold(text), gazetteer)
    assert found
    last_end = -1
    for p in found:
        assert text[p.start : p.end] == p.text
        assert p.start >= last_end  # sorted, no overlaps
        last_end = p.end
        assert not text[p.start].isspace() and not text[p.end - 1].isspace()


_TOKENS = ["الدوحة", "بالدوحة", "وطرابلس", "سوريا", "في", "مدينة", "صور", "جدة", "قال", "،", ".", "Doha", "in", "Nice"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=20), st.lists(st.sampled_from(["SAU", "LBN", "LBY"]), max_size=2))
def test_offsets_round_trip_property(tokens: list[str], context: list[str]) -> None:
    text = " ".join(tokens)
    gazetteer = load_gazetteer()
    for p in find_places(text, fold(text), gazetteer, context):
        assert text[p.start : p.end] == p.text
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180


# --- the data ----------------------------------------------------------------------------


def test_data_has_a_source_and_sensible_counts(data: dict) -> None:
    assert "GeoNames" in data["_source"] and "curated" in data["_source"]
    assert len(data["countries"]) >= 240
    assert len(data["regions"]) >= 60
    assert len(data["cities"]) >= 5000
    assert DEFAULT_PATH.stat().st_size < 3_000_000


def test_country_codes_are_iso_alpha3(data: dict) -> None:
    iso3 = {c.alpha_3 for c in pycountry.countries}
    countries = {c["iso3"] for c in data["countries"]}
    assert countries <= iso3
    fields = data["city_fields"]
    assert {row[fields.index("country")] for row in data["cities"]} <= countries
    assert {r["country"] for r in data["regions"]} <= countries


def test_coordinates_are_in_range(data: dict) -> None:
    fields = data["city_fields"]
    points = [(c["lat"], c["lon"]) for c in data["countries"]]
    points += [(r["lat"], r["lon"]) for r in data["regions"]]
    points += [(row[fields.index("lat")], row[fields.index("lon")]) for row in data["cities"]]
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in points)


def test_stored_keys_match_the_matcher_folding(data: dict) -> None:
    """Keys are computed at build time; they must equal what PhraseMatcher would compute."""
    fields = data["city_fields"]
    names = [n for c in data["countries"] for n in c["names"]]
    names += [n for r in data["regions"] for n in r["names"]]
    names += [n for row in data["cities"] for n in row[fields.index("names")]]
    names += data["blockers"]
    bad = [(spelling, key) for spelling, key, _flags in names if phrase_key(spelling) != key]
    assert bad == []
    article = data["name_flags"]["needs_article"]
    wrong = [
        spelling
        for spelling, key, flags in names
        if bool(flags & article) != (fold_str(spelling).startswith("ال") and not key.startswith("ال"))
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("iso3", "name_en", "name_ar", "near"),
    [
        ("QAT", "Qatar", "قطر", (25.29, 51.53)),
        ("SAU", "Saudi Arabia", "المملكة العربية السعودية", (24.69, 46.72)),
        ("TUR", "Turkey", "تركيا", (39.92, 32.85)),
        ("LBY", "Libya", "ليبيا", (32.89, 13.19)),
        ("USA", "United States", "الولايات المتحدة", (38.90, -77.04)),
    ],
)
def test_country_lookup(gazetteer: Gazetteer, iso3: str, name_en: str, name_ar: str, near: tuple[float, float]) -> None:
    place = gazetteer.country(iso3)
    assert isinstance(place, CountryPlace)
    assert (place.iso3, place.name_en, fold_str(place.name_ar)) == (iso3, name_en, fold_str(name_ar))
    assert abs(place.lat - near[0]) < 0.5 and abs(place.lon - near[1]) < 0.5


def test_unknown_country_is_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("XXX") is None


def test_every_country_has_arabic_and_english_names(gazetteer: Gazetteer) -> None:
    missing = [c.iso3 for c in gazetteer.countries() if not c.name_ar or not c.name_en]
    assert missing == []


def test_loader_is_cached() -> None:
    """Loaded once per process (its cost is part of the start-up `python -m events bench` reports)."""
    first = load_gazetteer()
    assert load_gazetteer() is first
    assert load_gazetteer(DEFAULT_PATH) is first


def _tiny_gazetteer() -> Gazetteer:
    """A two-country slice built by hand: the stage works on any data of this shape."""

    def names(*spellings: str, flags: int = 0) -> list[list]:
        out = []
        for s in spellings:
            key = phrase_key(s)
            article = 2 if fold_str(s).startswith("ال") and not key.startswith("ال") else 0
            out.append([s, key, flags | article])
        return out

    cues = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))["cues"]
    return Gazetteer(
        {
            "countries": [
                {
                    "iso3": "AAA",
                    "name_en": "Aland",
                    "name_ar": "آلاند",
                    "lat": 1.0,
                    "lon": 1.0,
                    "names": names("آلاند"),
                },
                {
                    "iso3": "BBB",
                    "name_en": "Bland",
                    "name_ar": "بلاند",
                    "lat": 2.0,
                    "lon": 2.0,
                    "names": names("بلاند"),
                },
            ],
            "regions": [],
            "city_fields": ["name", "country", "lat", "lon", "population", "names", "curated"],
            "cities": [
                ["Port A", "AAA", 1.5, 1.5, 500, names("المرفأ", "Port"), 1],
                ["Port B", "BBB", 2.5, 2.5, 100, names("المرفأ", "Port"), 1],
                ["Rock", "BBB", 2.7, 2.7, 100, names("صخرة", flags=1), 1],
            ],
            "nisba": {"BBB": {"ar": ["بلاندي"], "en": ["Blandish"]}},
            "blockers": names("المرفأ القديم"),
            "cues": cues,
        }
    )


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("وصل إلى المرفأ", (), [("Port A", "AAA")]),  # population decides
        ("وصل إلى المرفأ", ("BBB",), [("Port B", "BBB")]),  # the article's countries decide
        ("وصل إلى المرفأ البلاندي", ("AAA",), [("Port B", "BBB")]),  # a nisba beside the name decides
        ("زار المرفأ القديم", (), []),  # blocker
        ("رأى صخرة كبيرة", ("BBB",), []),  # guarded, no cue
        ("وصل إلى صخرة", ("BBB",), [("Rock", "BBB")]),  # guarded, weak cue and context
        ("بلاند وآلاند", (), [("Bland", "BBB"), ("Aland", "AAA")]),
    ],
)
def test_tiny_gazetteer(text: str, context: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    found = find_places(text, fold(text), _tiny_gazetteer(), context)
    assert [(p.name, p.country) for p in found] == expected


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab-.'’ _،,\nالموصل", max_size=200),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=1, max_value=3),
)
def test_last_words_read_like_the_whole_window(text: str, start: int, n: int) -> None:
    start = min(start, len(text))
    assert _last_words(text, start, n) == _WORD.findall(text, max(0, start - _REACH), start)[-n:]


def test_folding_keeps_spaces_apart_from_words() -> None:
    """`_Hit.word_before_may_end_with` skips spaces in the folded text: folding must
    neither turn a space into a letter nor a letter into a space."""
    for code in range(0x3000):
        ch = chr(code)
        folded = fold_str(ch)
        assert folded.isspace() == ch.isspace() or (ch.isspace() and folded == ""), hex(code)
