"""A year inside an indefinite event noun dates the deed done in that event ("seized power in a
2008 coup", «اعتقل المحتجين خلال احتجاجات 2019»); a list of powers or rights tells no event."""

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
        ("اعتقل الأمن مئات الناشطين خلال احتجاجات 2019 في العراق.", "2020-11-10", "arrest", "2019"),
        ("واعتقلت الشرطة مئات الصحفيين في مظاهرات 2019 في الجزائر.", "2020-11-10", "arrest", "2019"),
        ("دمرت الطائرات الإسرائيلية المطار في حرب 2006 على لبنان.", "2020-11-10", "attack", "2006"),
        ("وقتل العشرات في اشتباكات 2012 بين الجيش والمسلحين في اليمن.", "2020-11-10", "attack", "2012"),
        # what stays: a deed after the event, or with a day of its own, keeps its date
        ("The army retook the town after a 2014 offensive in Syria.", "2020-11-10", "attack", "2014|2020-11-10"),
        # (and the relative aside's deed, of its own year, beside it)
        (
            "Sudan's army, which seized power in a 2019 coup, dissolved the government on Monday.",
            "2021-10-27",
            "appointment",
            "2019|2021-10-25",
        ),
        ("فرضت الولايات المتحدة عقوبات على روسيا بعد غزو 2014 لأوكرانيا.", "2020-11-10", "sanctions", "2020-11-10"),
        ("قتل 2000 شخص في هجوم على قرية في نيجيريا.", "2020-11-10", "attack", "2020-11-10"),
    ],
)
def test_a_year_in_an_indefinite_event_noun_dates_the_deed_done_in_it(text, published, event_type, date):
    found = sorted(e["date"] for e in of_type(extract(text, published), event_type))
    assert "|".join(found) == date


@pytest.mark.parametrize(
    "text",
    [
        # every item of a list of powers, through فضلا عن، إضافة إلى، و and commas
        "يتمتع الرئيس في تونس بصلاحيات واسعة منها تعيين رئيس الحكومة وإقالته، فضلا عن تعيين القضاة وإعلان حالة الطوارئ.",
        "ويحق للبرلمان في الكويت استجواب الوزراء وعزلهم، إضافة إلى رفض الميزانية.",
        # a verbal noun after في وسعه, in the bare form of a verb in the past
        "وفي وسعه محاكمة وعزل الوزراء في مصر.",
        # "the power to", "the right to", "the authority to", "empowered to": through commas and "as well as"
        "The constitution gives the Tunisian president the power to appoint ministers, dissolve parliament and declare war.",
        "Under the law, the Egyptian army has the right to arrest civilians, ban protests and expel journalists.",
        "The Kuwaiti parliament has the authority to question ministers, reject the budget and impeach the prime minister.",
        "The new law gives Russia's president the power to impose sanctions, expel diplomats and cut ties with any country.",
        "The president is empowered to declare war on Iran, dissolve parliament and appoint judges.",
    ],
)
def test_a_list_of_powers_tells_no_event(text):
    assert extract(text, "2020-11-10") == []


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # what stays: a deed done, told after the list or in a clause of its own
        (
            "يتمتع الرئيس التونسي بصلاحيات واسعة، لكنه أقال أمس رئيس الحكومة.",
            "appointment",
            "2020-11-09",
        ),
        (
            "The Tunisian president, who has the power to appoint ministers, dismissed the prime minister on Monday.",
            "appointment",
            "2020-11-09",
        ),
        (
            "The Egyptian army has the right to arrest civilians, but on Monday it arrested dozens of journalists.",
            "arrest",
            "2020-11-09",
        ),
        ("وبإمكانه تعيين الوزراء، وقد عزلت الحكومة أمس وزير الدفاع في تونس.", "appointment", "2020-11-09"),
    ],
)
def test_a_deed_done_beside_a_list_of_powers_stays(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, "2020-11-10"), event_type)] == [date]


def test_powers_handed_over_open_no_list():
    """«نقل صلاحياته إلى»: the powers handed over open no list of powers; the handover is a change
    of office of its own, and the verb after the comma is a deed done too."""
    text = "أعلن الرئيس اليمني، اليوم الخميس، نقل صلاحياته إلى مجلس رئاسي، وأعفى نائبه من منصبه."
    told = [(e["date"], e["trigger"]) for e in of_type(extract(text, "2022-04-07"), "appointment")]
    assert told == [("2022-04-07", "نقل"), ("2022-04-07", "وأعفى")]
