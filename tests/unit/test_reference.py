"""The reference-event catalog: data integrity, aliases found in text, and dating by match."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date

import pycountry
import pytest

from events.model import EVENT_TYPES
from events.reference import (
    CATALOG_PATH,
    ReferenceCatalog,
    ReferenceEntry,
    find_references,
    load_catalog,
    match_reference,
    match_references,
    upcoming_reference,
)
from events.text.matching import phrase_key
from events.text.normalize import fold

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX", "PSE"}
DATE_FORMS = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}


@pytest.fixture(scope="module")
def catalog() -> ReferenceCatalog:
    return load_catalog()


@pytest.fixture(scope="module")
def raw() -> dict:
    with open(CATALOG_PATH, encoding="utf-8") as f:
        return json.load(f)


def _as_date(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


# ---------------------------------------------------------------- data


def test_catalog_has_a_source_and_enough_entries(raw, catalog):
    assert raw["_source"].strip()
    assert len(catalog) == len(raw["entries"]) >= 170
    assert len({e.id for e in catalog.entries()}) == len(catalog)


def test_every_entry_is_well_formed(catalog):
    problems: list[str] = []
    for e in catalog.entries():
        if e.event_type not in EVENT_TYPES:
            problems.append(f"{e.id}: type {e.event_type}")
        if not re.fullmatch(DATE_FORMS[e.precision], e.date):
            problems.append(f"{e.id}: date {e.date} is not of precision {e.precision}")
        try:
            start = _as_date(e.date)
            if e.end_date is not None and _as_date(e.end_date) < start:
                problems.append(f"{e.id}: end_date before date")
        except ValueError as exc:
            problems.append(f"{e.id}: {exc}")
        if not e.countries or not set(e.countries) <= ISO3:
            problems.append(f"{e.id}: countries {e.countries}")
        if e.location_country is not None and e.location_country not in ISO3:
            problems.append(f"{e.id}: location {e.location_country}")
        if not (e.name_en.strip() and e.name_ar.strip() and e.aliases_ar and e.aliases_en):
            problems.append(f"{e.id}: names or aliases missing")
        if not (e.keywords_ar and e.keywords_en):
            problems.append(f"{e.id}: keywords missing")
        if not e.source.startswith("Wikipedia: "):
            problems.append(f"{e.id}: source {e.source!r}")
        if not re.fullmatch(r"[a-z0-9_]+", e.id):
            problems.append(f"{e.id}: id is not a slug")
    assert not problems, problems


def test_real_calendar_dates_only(catalog):
    for e in catalog.entries():
        y, *rest = (int(p) for p in e.date.split("-"))
        assert 1900 <= y <= date.today().year, e.id  # the press retells Sykes-Picot (1916) and Balfour (1917)
        date(y, *[*rest, 1, 1][:2])  # raises on 2017-02-30 and the like


def test_an_alias_names_one_event_only(catalog):
    """Or events of one name and one kind in different years (namesakes: "هجوم المنيا",
    the Minya attacks of 2017 and 2018), of which the latest before the publication is meant."""
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for e in catalog.entries():
        for alias in (*e.aliases_ar, *e.aliases_en):
            owners[phrase_key(alias)].add(e.id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    kinds = {k: {catalog.get(i).event_type for i in v} for k, v in shared.items()}
    assert all(len(t) == 1 for t in kinds.values()), kinds
    days = {k: {catalog.get(i).date for i in v} for k, v in shared.items()}
    assert all(len(d) == len(shared[k]) for k, d in days.items()), days


def test_arabic_and_english_text_in_the_right_lists(catalog):
    arabic = re.compile(r"[\u0600-\u06ff]")
    for e in catalog.entries():
        assert all(arabic.search(a) for a in e.aliases_ar), e.id
        assert not any(arabic.search(a) for a in (*e.aliases_en, *e.keywords_en)), e.id


@pytest.mark.parametrize(
    ("ref_id", "event_type", "value", "countries"),
    [
        ("qatar_boycott_2017", "sanctions", "2017-06-05", {"SAU", "ARE", "BHR", "EGY", "QAT"}),
        ("turkey_parliament_qatar_troops_2017", "ratification", "2017-06-07", {"TUR", "QAT"}),
        ("libya_ceasefire_geneva_2020", "ceasefire", "2020-10-23", {"LBY"}),
        ("us_election_2020", "election", "2020-11-03", {"USA"}),
        ("alula_declaration_2021", "relations", "2021-01-05", {"SAU", "QAT"}),
        ("skhirat_agreement_2015", "agreement", "2015-12-17", {"LBY"}),
        ("iraq_invasion_2003", "attack", "2003-03-20", {"USA", "IRQ"}),
        ("abraham_accords_2020", "agreement", "2020-09-15", {"ISR", "ARE", "BHR"}),
        ("saudi_iran_beijing_agreement_2023", "relations", "2023-03-10", {"SAU", "IRN"}),
        ("fall_of_assad_2024", "appointment", "2024-12-08", {"SYR"}),
    ],
)
def test_anchor_entries(catalog, ref_id, event_type, value, countries):
    e = catalog.get(ref_id)
    assert e is not None
    assert (e.event_type, e.date, e.precision) == (event_type, value, "day")
    assert countries <= set(e.countries)


def test_get_unknown_id_is_none(catalog):
    assert catalog.get("no_such_event") is None


def test_loader_is_cached():
    """Loaded once per process (its cost is part of the start-up `python -m events bench` reports)."""
    load_catalog.cache_clear()
    first = load_catalog()
    assert load_catalog() is first


# ---------------------------------------------------------------- aliases


def refs(text: str, catalog: ReferenceCatalog) -> list[tuple[str, str]]:
    return [(m.text, m.ref_id) for m in find_references(text, fold(text), catalog)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تضررت التجارة بحصار قطر منذ عامين", [("بحصار قطر", "qatar_boycott_2017")]),
        (
            "وانتهت الأزمة الخليجية بإعلان العلا",
            [("الأزمة الخليجية", "qatar_boycott_2017"), ("بإعلان العلا", "alula_declaration_2021")],
        ),
        ("رغم الحصار المفروض على قطر", [("الحصار المفروض على قطر", "qatar_boycott_2017")]),
        ("وفق اتفاق الصخيرات الموقع برعاية أممية", [("اتفاق الصخيرات", "skhirat_agreement_2015")]),
        ("التزم الطرفان باتفاق ستوكهولم", [("باتفاق ستوكهولم", "stockholm_agreement_2018")]),
        ("منذ الاتفاق النووي مع القوى الكبرى", [("الاتفاق النووي", "iran_nuclear_deal_2015")]),
        (
            "بعد الانسحاب الأمريكي من الاتفاق النووي",
            [("الانسحاب الأمريكي من الاتفاق النووي", "us_withdrawal_jcpoa_2018")],
        ),
        ("وللمرة الأولى منذ عملية غصن الزيتون", [("عملية غصن الزيتون", "olive_branch_2018")]),
        ("منذ مقتل خاشقجي في القنصلية", [("مقتل خاشقجي", "khashoggi_killed_2018")]),
        ("في ذكرى طوفان الأقصى", [("طوفان الأقصى", "october_7_attack_2023")]),
        ("بعد اغتيال قاسم سليماني قرب مطار بغداد", [("اغتيال قاسم سليماني", "soleimani_killed_2020")]),
        ("the Qatar blockade ended in 2021", [("Qatar blockade", "qatar_boycott_2017")]),
        ("since the Abraham Accords were signed", [("Abraham Accords", "abraham_accords_2020")]),
        ("Turkey launched Operation Olive Branch", [("Operation Olive Branch", "olive_branch_2018")]),
        ("under the JCPOA, Iran", [("JCPOA", "iran_nuclear_deal_2015")]),
        ("after the killing of Jamal Khashoggi", [("killing of Jamal Khashoggi", "khashoggi_killed_2018")]),
        # generic words and undated movements name no single event
        ("منذ الربيع العربي تغيرت المنطقة", []),
        ("شارك الآلاف في الحراك الجزائري", []),
        ("the Arab Spring changed the region", []),
        ("a blockade of the port", []),
    ],
)
def test_find_references(catalog, text, expected):
    assert refs(text, catalog) == expected


def test_reference_mentions_carry_the_entry(catalog):
    text = "وقال إن حصار قطر لم يحقق أهدافه"
    [m] = find_references(text, fold(text), catalog)
    assert text[m.start : m.end] == m.text == "حصار قطر"
    assert (m.event_type, m.date, m.precision) == ("sanctions", "2017-06-05", "day")
    assert {"SAU", "QAT"} <= set(m.countries)


def test_offsets_survive_diacritics_and_tatweel(catalog):
    text = "بعد اتفـاق الصُّخَيرات"
    [m] = find_references(text, fold(text), catalog)
    assert text[m.start : m.end] == "اتفـاق الصُّخَيرات"


# ---------------------------------------------------------------- matching


TURKEY_QATAR_RATIFICATION = (
    "ودخلت اتفاقية التعاون العسكري حيز التنفيذ بعد تصديق البرلمان التركي عليها، "
    "واعتمدها الرئيس رجب طيب أردوغان. وبموجب الاتفاقية، تمت إقامة قاعدة عسكرية تركية في قطر"
)
GENEVA_CEASEFIRE = (
    "وهو تعطيل اتفاق وقف إطلاق النار الذي توصل إليه مجلس النواب الليبي، واللجنة العسكرية المشتركة 5 + 5 في جنيف، سويسرا"
)
BIDEN_WIN = "حيث تخشى تركيا من العزلة الكاملة بعد فوز المرشح الديمقراطي جو بايدن في الانتخابات الرئاسية الأميركية"


@pytest.mark.parametrize(
    ("event_type", "countries", "sentence", "published", "language", "expected"),
    [
        (
            "ratification",
            {"TUR", "QAT"},
            TURKEY_QATAR_RATIFICATION,
            "2020-11-10",
            "ar",
            "turkey_parliament_qatar_troops_2017",
        ),
        ("ceasefire", {"LBY"}, GENEVA_CEASEFIRE, "2020-11-10", "ar", "libya_ceasefire_geneva_2020"),
        ("ceasefire", {"LBY", "CHE"}, GENEVA_CEASEFIRE, "2020-11-10", None, "libya_ceasefire_geneva_2020"),
        ("election", {"USA"}, BIDEN_WIN, "2020-11-10", "ar", "us_election_2020"),
        ("election", {"USA", "TUR"}, BIDEN_WIN, "2023-01-01", "ar", "us_election_2020"),
        ("sanctions", {"SAU", "QAT"}, "عقب مقاطعة الرباعي العربي لقطر", "2020-11-10", "ar", "qatar_boycott_2017"),
        (
            "sanctions",
            {"MRT", "QAT"},
            "وأعلنت موريتانيا قطع علاقاتها مع قطر",
            "2017-06-08",
            "ar",
            "qatar_ties_cut_mauritania_2017",
        ),
        (
            "election",
            {"USA"},
            "Turkey fears isolation after Biden's win in the US presidential election",
            "2020-11-15",
            "en",
            "us_election_2020",
        ),
        (
            "ceasefire",
            {"LBY"},
            "the ceasefire agreed by the 5+5 committee in Geneva",
            "2021-02-01",
            "en",
            "libya_ceasefire_geneva_2020",
        ),
        ("election", {"USA"}, "after Trump won the presidential election", "2017-03-01", "en", "us_election_2016"),
        ("election", {"USA"}, "after Trump won the presidential election", "2025-03-01", "en", "us_election_2024"),
        (
            "attack",
            {"SAU", "TUR"},
            "the killing of Jamal Khashoggi in Istanbul",
            "2019-01-01",
            "en",
            "khashoggi_killed_2018",
        ),
        (
            "agreement",
            {"YEM"},
            "وبحسب اتفاق ستوكهولم الموقع بين الطرفين",
            "2019-06-01",
            "ar",
            "stockholm_agreement_2018",
        ),
    ],
)
def test_match_reference_finds_the_event(catalog, event_type, countries, sentence, published, language, expected):
    entry = match_reference(catalog, event_type, countries, sentence, published, language)
    assert entry is not None and entry.id == expected


@pytest.mark.parametrize(
    ("event_type", "countries", "sentence", "published"),
    [
        # a ceasefire in Yemen: the Libyan ceasefire's words are absent
        ("ceasefire", {"YEM"}, "اتفقت الأطراف اليمنية على هدنة إنسانية في تعز", "2020-11-10"),
        ("ceasefire", {"LBY"}, "اتفقت الأطراف اليمنية على هدنة إنسانية في تعز", "2020-11-10"),
        # the 2020 election cannot be named in 2018
        ("election", {"USA"}, BIDEN_WIN, "2018-01-01"),
        # no keyword at all
        ("election", {"USA"}, "أدلى الناخبون بأصواتهم في الانتخابات", "2021-01-01"),
        ("attack", {"SYR"}, "قتل عشرة مدنيين في قصف على ريف حلب", "2019-05-01"),
        # right words, other countries
        ("ceasefire", {"SYR"}, GENEVA_CEASEFIRE, "2020-11-10"),
        # a year and a country's name do not make a catalogued event
        ("attack", {"RUS", "SYR"}, "وقتل عشرات المقاتلين الروس في سوريا منذ بدأت موسكو تدخلها عام 2015", "2018-05-27"),
        ("attack", {"RUS", "SYR"}, "Dozens of Russian fighters have been killed in Syria since 2015", "2018-05-27"),
        # a country's name beside a year is no side of the entry named
        ("attack", {"TUR"}, "Turkish jets struck Kurdish militants in 2015, the Russian ministry said.", "2018-05-27"),
        # a country's name and a year, written for another deed of the sentence: not Trump's 2017 visit
        (
            "visit",
            {"QAT", "SAU"},
            "The emir's arrival in AlUla was his first visit to the kingdom since Saudi Arabia imposed a boycott on Qatar in June 2017.",
            "2021-01-05",
        ),
        ("visit", {"QAT", "SAU"}, "وكانت أول زيارة للأمير إلى المملكة منذ أن فرضت السعودية حصارا على قطر في يونيو 2017.", "2021-01-05"),
        # a new batch of troops is a new deployment, not the 2017 one
        ("deployment", {"TUR", "QAT"}, "وصول دفعة جديدة من الجنود الأتراك إلى قطر بعد الحصار", "2020-11-10"),
        (
            "deployment",
            {"TUR", "QAT"},
            "وصول الدفعة الأولى الجديدة من الجنود الأتراك إلى قطر خلال الحصار",
            "2020-11-10",
        ),
        # days after a vote its results are the article's own news
        ("election", {"IRQ"}, "أظهرت النتائج الأولية تقدم تحالف سائرون في الانتخابات", "2018-05-14"),
        # a name shared by several events and no date to choose between them
        ("election", {"USA"}, "after Trump won the presidential election", None),
        # a keyword in the other language does not count when the language is given
        ("ceasefire", {"LBY"}, "وقف إطلاق النار في Geneva", "2021-01-01"),
        ("ratification", {"TUR", "QAT"}, TURKEY_QATAR_RATIFICATION, "2016-01-01"),
    ],
)
def test_match_reference_declines(catalog, event_type, countries, sentence, published):
    language = "ar" if re.search(r"[\u0600-\u06ff]", sentence) else "en"
    assert match_reference(catalog, event_type, countries, sentence, published, language) is None


@pytest.mark.parametrize(
    ("keyword", "only_a_country"),
    [("Saudi Arabia", True), ("السعودية", True), ("Russian", True), ("Riyadh", False), ("Trump", False), ("2017", False)],
)
def test_keywords_that_are_a_countrys_name_only_name_a_participant(catalog, keyword, only_a_country):
    assert (phrase_key(keyword) in catalog._country_keys) is only_a_country


def test_unknown_type_or_empty_sentence(catalog):
    assert match_reference(catalog, "weather", {"USA"}, BIDEN_WIN, "2021-01-01") is None
    assert match_reference(catalog, "election", {"USA"}, "", "2021-01-01") is None


@pytest.mark.parametrize(
    ("countries", "sentence", "expected"),
    [
        (
            {"SAU", "EGY", "ARE", "BHR", "YEM", "MRT", "COM", "QAT"},
            "أعلنت سبع دول قطع علاقاتها الدبلوماسية مع قطر وهي السعودية ومصر والإمارات والبحرين واليمن وموريتانيا وجزر القمر",
            ["qatar_boycott_2017", "qatar_ties_cut_mauritania_2017", "qatar_ties_cut_comoros_2017"],
        ),
        (
            {"SAU", "EGY", "ARE", "BHR", "YEM", "MRT", "COM", "QAT"},
            "Saudi Arabia, Egypt, the UAE, Bahrain, Yemen, Mauritania and the Comoros cut diplomatic ties with Qatar",
            ["qatar_boycott_2017", "qatar_ties_cut_mauritania_2017", "qatar_ties_cut_comoros_2017"],
        ),
        (
            {"JOR", "DJI", "QAT"},
            "أعلنت الأردن وجيبوتي خفض تمثيلهما الدبلوماسي مع الدوحة",
            ["qatar_ties_downgraded_djibouti_2017", "qatar_ties_downgraded_jordan_2017"],
        ),
        # the four states alone: one event; Yemen's break on the same day belongs to it
        (
            {"SAU", "EGY", "ARE", "BHR", "YEM", "QAT"},
            "قطعت السعودية ومصر والإمارات والبحرين واليمن علاقاتها مع قطر",
            ["qatar_boycott_2017"],
        ),
        # Mauritania named, but not as a party of this event: nothing split off
        (
            {"SAU", "ARE", "BHR", "EGY", "QAT"},
            "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar, a move Mauritania followed",
            ["qatar_boycott_2017"],
        ),
    ],
)
def test_a_sentence_can_list_several_catalogued_events_of_one_episode(catalog, countries, sentence, expected):
    language = "ar" if re.search(r"[\u0600-\u06ff]", sentence) else "en"
    found = match_references(catalog, "sanctions", countries, sentence, "2017-06-20", language)
    assert sorted(e.id for e in found[1:]) == sorted(expected[1:])
    assert found[0].id in expected
    assert match_reference(catalog, "sanctions", countries, sentence, "2017-06-20", language) == found[0]


def test_joiners_after_the_publication_are_not_listed(catalog):
    sentence = "قطعت السعودية ومصر والإمارات والبحرين وموريتانيا وجزر القمر علاقاتها مع قطر"
    countries = {"SAU", "EGY", "ARE", "BHR", "MRT", "COM", "QAT"}
    found = match_references(catalog, "sanctions", countries, sentence, "2017-06-06", "ar")
    assert [e.id for e in found] == ["qatar_boycott_2017", "qatar_ties_cut_mauritania_2017"]


def test_bad_publication_date_is_ignored(catalog):
    entry = match_reference(catalog, "ceasefire", {"LBY"}, GENEVA_CEASEFIRE, "not a date", "ar")
    assert entry is not None and entry.id == "libya_ceasefire_geneva_2020"


# ---------------------------------------------------------------- the rules, on a small catalog


def _entry(ref_id: str, event_type: str, value: str, countries: tuple[str, ...], **kw) -> ReferenceEntry:
    return ReferenceEntry(
        id=ref_id,
        event_type=event_type,
        name_en=ref_id,
        name_ar=ref_id,
        date=value,
        precision={4: "year", 7: "month", 10: "day"}[len(value)],
        end_date=None,
        countries=countries,
        location_country=None,
        aliases_ar=kw.get("aliases_ar", ()),
        aliases_en=kw.get("aliases_en", ()),
        keywords_ar=kw.get("keywords_ar", ()),
        keywords_en=kw.get("keywords_en", ()),
        source="Wikipedia: test",
    )


@pytest.fixture(scope="module")
def small() -> ReferenceCatalog:
    entries = [
        _entry("summit_a", "meeting", "2015-03-01", ("AAA",), keywords_en=("Lakeside", "treaty hall")),
        _entry("summit_b", "meeting", "2019-03-01", ("AAA",), keywords_en=("Lakeside",)),
        _entry("vote_x", "election", "2020-05-01", ("BBB",), keywords_en=("Smith",)),
        _entry(
            "pact",
            "agreement",
            "2010-01-01",
            ("CCC", "DDD"),
            keywords_en=("harbour", "pact"),
            aliases_en=("Harbour Pact",),
        ),
        _entry(
            "rotation", "deployment", "2012-06", ("EEE",), keywords_en=("garrison", "island"), keywords_ar=("الحامية",)
        ),
    ]
    return ReferenceCatalog(entries, min_hits={"rotation": 2}, novelty_cues={"en": ["new", "another"], "ar": ["جديدة"]})


@pytest.mark.parametrize(
    ("event_type", "countries", "sentence", "published", "expected"),
    [
        (
            "meeting",
            {"AAA"},
            "talks at Lakeside",
            "2019-06-01",
            "summit_b",
        ),  # shared keyword: the latest, just after it
        ("meeting", {"AAA"}, "talks at Lakeside", "2017-01-01", "summit_a"),  # summit_b is after publication
        # long after both, named alike: the latest before the publication
        ("meeting", {"AAA"}, "talks at Lakeside", "2030-01-01", "summit_b"),
        ("meeting", {"AAA"}, "talks at Lakeside in the treaty hall", "2030-01-01", "summit_a"),
        ("election", {"BBB"}, "Smith won the vote", "2020-05-03", None),  # fresh news of the count
        ("election", {"BBB"}, "Smith won the vote", "2020-06-01", "vote_x"),
        ("agreement", {"CCC"}, "under the Harbour Pact", "2020-01-01", "pact"),
        ("agreement", {"ZZZ"}, "under the pact", "2020-01-01", None),  # no country in common
        ("agreement", set(), "under the pact", "2020-01-01", "pact"),  # the event names no country
        ("deployment", {"EEE"}, "the garrison", "2020-01-01", None),  # one keyword, two needed
        ("deployment", {"EEE"}, "the garrison on the island", "2020-01-01", "rotation"),
        ("deployment", {"EEE"}, "another garrison on the island", "2020-01-01", None),  # novelty cue
        (
            "deployment",
            {"EEE"},
            "a garrison went to the island in June, and months later the ministers held new talks",
            "2020-01-01",
            "rotation",
        ),
        ("deployment", {"EEE"}, "وصلت الحامية الجديدة إلى island", "2020-01-01", None),
    ],
)
def test_rules(small, event_type, countries, sentence, published, expected):
    entry = match_reference(small, event_type, countries, sentence, published)
    assert (entry.id if entry else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of saying written like a cue of novelty: "and stressed that"
        ("وصلت الحامية إلى الجزيرة، وشدد على أهميتها", "rotation"),
        ("The garrison reached the island, and the minister stressed it", "rotation"),
        # the cue itself: "tightened", "new"
        ("وصلت الحامية إلى الجزيرة، وشدد الجيش الإجراءات", None),
        ("The new garrison reached the island", None),
    ],
)
def test_a_phrase_unlike_a_novelty_cue_marks_no_new_instance(sentence, expected):
    entries = [_entry("rotation", "deployment", "2012-06-01", ("EEE",), keywords_en=("garrison", "island"), keywords_ar=("الحامية", "الجزيرة"))]
    catalog = ReferenceCatalog(
        entries, novelty_cues={"en": ["new", "tightened"], "ar": ["شدد"]}, novelty_not={"ar": ["شدد على"], "en": []}
    )
    entry = match_reference(catalog, "deployment", {"EEE"}, sentence, "2020-01-01")
    assert (entry.id if entry else None) == expected


def test_small_catalog_api(small):
    assert len(small) == 5
    assert [e.id for e in small.entries()][:2] == ["summit_a", "summit_b"]
    assert small.min_hits("rotation") == 2 and small.min_hits("pact") == 1
    text = "Under the harbour pact, and not the Harbour Pactum"
    assert [(m.text, m.ref_id) for m in find_references(text, fold(text), small)] == [("harbour pact", "pact")]


def test_duplicate_ids_are_refused():
    e = _entry("x", "meeting", "2015", ("AAA",), keywords_en=("k",))
    with pytest.raises(ValueError):
        ReferenceCatalog([e, e])


@pytest.mark.parametrize(
    ("event_type", "value", "expected"),
    [
        ("sanctions", "2017-06-05", True),  # the boycott of Qatar, a day
        ("sanctions", "2017-06", True),  # a month holding it
        ("sanctions", "2017", True),
        ("sanctions", "2017-06-04", False),
        ("attack", "2017-06-05", False),  # another type
    ],
)
def test_dates_on_tells_whether_an_entry_of_the_type_falls_on_a_date(catalog, event_type, value, expected):
    assert catalog.dates_on(event_type, value) == expected


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        (frozenset({"TUR", "QAT"}), "turkey_parliament_qatar_troops_2017"),
        (frozenset({"TUR", "LBY"}), "turkey_parliament_libya_security_2019"),
    ],
)
def test_the_articles_countries_choose_between_entries_the_sentence_supports_alike(catalog, context, expected):
    sentence = "The military cooperation agreement came into force after the Turkish parliament ratified it."
    found = match_references(catalog, "ratification", {"TUR"}, sentence, "2020-11-10", "en", context=context)
    assert found and found[0].id == expected


@pytest.mark.parametrize(
    ("event_type", "countries", "sentence", "published", "expected"),
    [
        # an election in the weeks before the catalogued one speaks of it, named or not
        ("election", ["IRQ"], "الانتخابات العراقية في الصحف العربية", "2018-05-09", "iraq_election_2018"),
        ("election", ["IRQ"], "Iraqis prepare for the parliamentary elections.", "2018-04-20", "iraq_election_2018"),
        ("election", ["TUR"], "أحزاب أخرى تخوض الانتخابات بمفردها", "2018-06-23", "turkey_election_2018"),
        # after it, or long before it, or elsewhere: nothing ahead
        ("election", ["IRQ"], "الانتخابات العراقية", "2018-05-13", None),
        ("election", ["IRQ"], "Iraq's elections", "2017-11-01", None),
        ("election", ["JOR"], "Jordan's elections", "2018-05-09", None),
        # an attack is not held on a set day: only a name of the catalogued event counts
        ("attack", ["SYR"], "Air strikes hit Douma.", "2018-04-01", None),
        ("attack", ["SYR"], "الهجوم الكيميائي على دوما", "2018-04-01", "douma_chemical_attack_2018"),
        ("election", ["IRQ"], "الانتخابات العراقية", None, None),
    ],
)
def test_upcoming_reference(catalog, event_type, countries, sentence, published, expected):
    entry = upcoming_reference(catalog, event_type, countries, sentence, published)
    assert (entry.id if entry is not None else None) == expected


@pytest.mark.parametrize(
    ("event_type", "countries", "sentence", "published"),
    [
        ("sanctions", ["QAT"], "منذ مقاطعة قطر في يونيو 2017 ازدادت التجارة مع تركيا", "2020-11-10"),
        ("ceasefire", ["LBY"], "Since the Geneva ceasefire in Libya, the fighting has stopped.", "2020-12-01"),
        ("election", ["USA"], "بعد فوز بايدن في الانتخابات الرئاسية الأمريكية", "2020-11-10"),
    ],
)
def test_a_sentence_folded_again_finds_what_its_first_fold_found(catalog, event_type, countries, sentence, published):
    """The search of a sentence is shared by every later call that folds it again (the memo is
    keyed by the sentence): each such call finds what a search from scratch finds."""
    catalog._found_in.clear()
    fresh = [e.id for e in match_references(catalog, event_type, countries, sentence, published)]
    assert fresh, "the sentence names a catalogued event"
    again = match_references(catalog, event_type, countries, sentence, published, folded=fold(sentence))
    third = match_references(catalog, event_type, countries, sentence, published)
    assert [e.id for e in again] == [e.id for e in third] == fresh
    assert sum(key[1] == sentence for key in catalog._found_in) == 1  # one search for the three calls
