"""Precision of the small types. A border or an airspace opened (not reopened) for a
limited time or purpose (مؤقتا، استثنائيا، أمام الحجاج) is a passage opened for a season, no
restored ties; a crossing opened (فتح معبر) is a passage for people and goods, no ties told. A
border, an airspace or an embassy opened or reopened between states after a rift stays
`relations`, and so does a crossing reopened."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2018-08-18"


@pytest.mark.parametrize(
    "text",
    [
        # a crossing opened for a season
        "قررت السلطات المصرية الأحد فتح معبر رفح الحدودي مع قطاع غزة حتى نهاية الشهر.",
        "فتحت مصر الخميس معبر رفح البري مع قطاع غزة طوال شهر رمضان.",
        "فتحت الأردن الخميس المعابر الحدودية أمام الشاحنات.",
        # a border opened for pilgrims, or for a time
        "قررت الرياض الأحد فتح الحدود البرية مؤقتا من أجل الحج.",
        "فتحت السعودية الخميس الحدود البرية أمام الحجاج القطريين.",
        "قررت السلطات الأحد فتح المجال الجوي استثنائيا أمام الرحلات الإنسانية.",
    ],
)
def test_a_passage_opened_for_a_season_is_no_relations(text):
    assert of_type(extract(text, PUB), "relations") == []


@pytest.mark.parametrize(
    "text",
    [
        # ties restored: an embassy, a border or an airspace opened or reopened between states
        "فتحت السعودية الأحد حدودها البرية ومجالها الجوي أمام قطر بعد قطيعة استمرت ثلاث سنوات.",
        "أعلنت الإمارات الأحد فتح سفارتها في دمشق.",
        "أعلنت الكويت الأحد إعادة فتح المعابر مع العراق.",
        "أعادت قطر الأحد فتح سفارتها في دمشق.",
        # a crossing reopened
        "أعلنت الأردن الأحد إعادة فتح معبر جابر الحدودي مع سوريا.",
        "أعادت سوريا الأحد فتح المعبر الحدودي مع الأردن.",
        # the reopening verb before its doers and the day, the crossing after them
        "أعاد الأردن وسوريا، صباح اليوم الاثنين، فتح معبر جابر الحدودي بين البلدين.",
        "أعادت السلطات العراقية والسورية صباح الأحد فتح المعبر الحدودي بين البلدين.",
        "Saudi Arabia reopened its airspace and land border to Qatar on Sunday.",
    ],
)
def test_ties_restored_by_an_opening_stay_relations(text):
    found = of_type(extract(text, PUB), "relations")
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("text", "kept", "called_for"),
    [
        # the participle of a verb of calling adds the speaker's call: what it calls for is no deed
        ("التقى الرئيس العراقي أمس نظيره الإيراني في بغداد، داعيا إلى المصالحة.", "meeting", "relations"),
        ("التقى الرئيس العراقي أمس نظيره الإيراني في بغداد، داعياً إلى المصالحة مع الكويت.", "meeting", "relations"),
        ("أعلن المبعوث الأممي أمس بداية حوار سياسي في العراق، حاثا على المصالحة.", None, "relations"),
        ("استقبل الرئيس التركي أمس رئيس الوزراء العراقي، مطالبا بالتفاوض مع أربيل.", "visit", "meeting"),
        ("استقبل الرئيس التركي أمس رئيس الوزراء العراقي في أنقرة، مطالبا بالمصالحة مع أربيل.", "visit", "relations"),
    ],
)
def test_a_call_told_by_a_participle_is_no_deed(text, kept, called_for):
    found = extract(text, PUB)
    assert [e for e in of_type(found, called_for) if e["trigger"] not in ("التقى", "استقبل")] == [], found
    if kept:
        assert len(of_type(found, kept)) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        # the verb and the participle tell no call when the deed is told for itself
        "التقى الرئيس العراقي أمس نظيره الإيراني في بغداد، وأعلن البلدان المصالحة بعد قطيعة.",
        "تصالحت الحكومة العراقية أمس مع إقليم كردستان، منهية أزمة الاستفتاء.",
    ],
)
def test_a_deed_told_without_a_call_stays(text):
    assert of_type(extract(text, PUB), "relations") != [], extract(text, PUB)


KUWAIT = "2024-05-11"


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        # the participle of appointing or electing before a noun names an office held, no deed
        (
            "Kuwait's emir addressed the nation on Friday. Rows between elected lawmakers and appointed "
            "governments in Kuwait have blocked reforms for years.",
            "appointment",
            None,
        ),
        ("Kuwait's parliament has often clashed with governments appointed by the ruling family.", "appointment", None),
        ("Kuwait's newly appointed prime minister met the emir on Sunday.", "appointment", "meeting"),
        ("The appointed envoy for Yemen met Houthi leaders in Sanaa on Sunday.", "appointment", "meeting"),
        (
            "Kuwait has the most powerful elected parliament in the Gulf, and the emir met its speaker on Sunday.",
            "election",
            "meeting",
        ),
        (
            "Kuwait's parliament, elected since 1963, has often clashed with governments appointed by the emir.",
            "election",
            None,
        ),
    ],
)
def test_a_participle_naming_an_office_held_tells_no_deed(text, event_type, kept):
    found = extract(text, KUWAIT)
    assert of_type(found, event_type) == [], found
    if kept:
        assert len(of_type(found, kept)) == 1, found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the verb tells the deed
        ("Kuwait's emir appointed a new prime minister on Sunday.", "appointment", "2024-05-05"),
        ("The Iraqi government appointed governors for three provinces on Sunday.", "appointment", "2024-05-05"),
        (
            "Kuwait's emir dissolved parliament and appointed Sheikh Ahmad as prime minister on Sunday.",
            "appointment",
            "2024-05-05",
        ),
        ("Lebanon's parliament elected army chief Joseph Aoun as president on Thursday.", "election", "2024-05-09"),
        # a name ending like an article is no determiner of the participle
        ("Jordan appointed a new army chief on Sunday.", "appointment", "2024-05-05"),
        ("عين أمير الكويت الأحد الشيخ أحمد رئيسا للوزراء.", "appointment", "2024-05-05"),
    ],
)
def test_a_verb_of_appointing_or_electing_stays_a_deed(text, event_type, date):
    found = of_type(extract(text, KUWAIT), event_type)
    assert date in [e["date"] for e in found], found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a year between a determiner and a noun that is not the event word names that thing
        ("Days earlier, the UAE formally abolished its 1972 law boycotting Israel.", "relations", "2021-06-20"),
        (
            "Iran is currently negotiating in Vienna with world powers on reviving the 2015 nuclear agreement.",
            "meeting",
            "2021-06-20",
        ),
        ("Protesters marked the anniversary of the 2011 uprising in Tunisia on Friday.", "protest", "2021-06-18"),
        # before the event word itself, it dates the event
        ("Thousands took part in the 2019 protests in Algeria.", "protest", "2019"),
        ("Iran and world powers reached an agreement in Vienna in 2015.", "agreement", "2015"),
    ],
)
def test_a_year_naming_a_thing_dates_no_other_deed(text, event_type, date):
    found = of_type(extract(text, "2021-06-20"), event_type)
    assert date in [e["date"] for e in found], found


@pytest.mark.parametrize(
    "text",
    [
        # the reconciliation after في or من: a view of it, a stance on it, a role in it
        "وقال المحلل السياسي الفلسطيني إن موقف القاهرة من المصالحة بين فتح وحماس لم يتغير.",
        "وتحدث وزير الخارجية المصري أمس عن رؤية بلاده في المصالحة بين فتح وحماس.",
    ],
)
def test_a_reconciliation_spoken_of_as_a_topic_is_no_relations(text):
    assert of_type(extract(text, "2018-08-02"), "relations") == []


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت قطر والسعودية أمس المصالحة بعد قطيعة استمرت ثلاث سنوات.",
        "تصالحت قطر والسعودية أمس بعد قطيعة دامت ثلاث سنوات.",
    ],
)
def test_a_reconciliation_told_as_done_stays(text):
    assert [e["date"] for e in of_type(extract(text, "2018-08-02"), "relations")] == ["2018-08-01"]
