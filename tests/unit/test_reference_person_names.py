"""Reference catalog: events named by a person, in the press's long forms of the name.

The catalog names many events by a person's surname («اغتيال السادات», "Sadat
assassination") or by given name and surname ("assassination of Yitzhak Rabin"). The
press writes an office, a nationality, "former", "late" or "ousted" and the given names
before the surname («اغتيال الرئيس المصري السابق أنور السادات», "the dismissal of
Egyptian Defence Minister Field Marshal Hussein Tantawi"). The titles are the catalog's
list, the actor dictionary's honorifics and title words and every country's nationality
adjective; the given names of a surname come from the actor dictionary's full names of
the one person who bears it and from the catalog's own longer names. A different person
of the same surname, a title run before a name the catalog does not know, and a new
event of the same kind against another person keep their own dates.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.reference import load_catalog, without_titles
from events.text.normalize import fold

PUBLISHED = "2023-05-10"


@pytest.mark.parametrize(
    ("text", "ref_id", "date"),
    [
        ("وقال إنه لعب دورا في اغتيال الرئيس المصري السابق أنور السادات.", "sadat_assassination_1981", "1981-10-06"),
        ("وتحدث عن اغتيال الرئيس المصري محمد أنور السادات.", "sadat_assassination_1981", "1981-10-06"),
        ("وقال إن اغتيال الرئيس الراحل أنور السادات غيّر المنطقة.", "sadat_assassination_1981", "1981-10-06"),
        (
            "He recalled the assassination of former Egyptian President Anwar Sadat.",
            "sadat_assassination_1981",
            "1981-10-06",
        ),
        (
            "The assassination of late Egyptian President Anwar Sadat shocked the region.",
            "sadat_assassination_1981",
            "1981-10-06",
        ),
        (
            "وأعاد التقرير إلى الأذهان اغتيال رئيس الوزراء الإسرائيلي الأسبق إسحاق رابين.",
            "rabin_assassination_1995",
            "1995-11-04",
        ),
        ("وذكر اغتيال رئيس الحكومة الإسرائيلية إسحاق رابين.", "rabin_assassination_1995", "1995-11-04"),
        ("وذكّر بإقالة وزير الدفاع المصري المشير حسين طنطاوي.", "tantawi_dismissed_2012", "2012-08-12"),
        (
            "He recalled the dismissal of Egyptian Defence Minister Field Marshal Hussein Tantawi.",
            "tantawi_dismissed_2012",
            "2012-08-12",
        ),
        (
            "This came after the resignation of former Egyptian President Hosni Mubarak.",
            "mubarak_resigns_2011",
            "2011-02-11",
        ),
        (
            "The fall of ousted Egyptian President Hosni Mubarak changed the region.",
            "mubarak_resigns_2011",
            "2011-02-11",
        ),
        (
            "The removal of former Sudanese President Omar al-Bashir changed the region.",
            "bashir_ousted_2019",
            "2019-04-11",
        ),
        (
            "The killing of former Libyan leader Muammar Gaddafi ended an era.",
            "gaddafi_killed_2011",
            "2011-10-20",
        ),
        (
            "وأثار اغتيال المهندس التونسي محمد الزواري في صفاقس غضبا واسعا.",
            "zouari_assassination_2016",
            "2016-12-15",
        ),
        ("وتحدث عن اعتقال الناشطة السعودية لجين الهذلول.", "hathloul_arrest_2018", "2018-05-15"),
    ],
)
def test_event_named_by_a_person_with_titles_is_the_catalogued_one(text: str, ref_id: str, date: str) -> None:
    found = [e for e in extract(text, PUBLISHED) if e.get("reference_id") == ref_id]
    assert found, extract(text, PUBLISHED)
    assert found[0]["date"] == date
    assert found[0]["date_basis"] == "reference"


@pytest.mark.parametrize(
    "text",
    [
        # a different person of the same surname
        "وأعلنت الشرطة اغتيال الضابط المصري عاطف السادات أمس.",
        "وأعلنت الشرطة مقتل رجل الأعمال السعودي عدنان خاشقجي أمس.",
        # a title run before a name the catalog does not know
        "وأعلنت الشرطة اغتيال الرئيس المصري السابق لنادي الصيد أمس.",
        "Police said the former Egyptian minister Ahmed Nabil was killed yesterday.",
        # a new event of that kind against another person
        "وأعلنت الشرطة اعتقال الناشطة السعودية سلمى الشهاب أمس.",
        "Police said Saudi journalist Turki al-Jasser was killed yesterday.",
    ],
)
def test_other_persons_keep_their_own_dates(text: str) -> None:
    found = extract(text, PUBLISHED)
    assert all(e.get("date_basis") != "reference" for e in found), found


@pytest.mark.parametrize(
    ("text", "compact"),
    [
        ("اغتيال رئيس الوزراء الإسرائيلي الأسبق إسحاق رابين", "اغتيال رابين"),
        ("الرئيس المصري الأسبق محمد مرسي", "مرسي"),
        ("the killing of Saudi journalist Jamal Khashoggi", "the killing of khashoggi"),
        ("بين الرئيس الأمريكي باراك أوباما والرئيس الإيراني حسن روحاني", "بين اوباما وروحاني"),
        # a title with a possessor's pronoun in place of its article; a possessive before a title
        ("بعد مقتل زعيمه أبو بكر البغدادي", "بعد مقتل البغدادي"),
        ("منذ مقتل زعيمها أسامة بن لادن", "منذ مقتل بن لادن"),
        ("after the killing of its leader Abu Bakr al-Baghdadi", "after the killing of al-baghdadi"),
        ("after the killing of their leader Hassan Nasrallah", "after the killing of nasrallah"),
    ],
)
def test_a_run_of_titles_and_a_given_name_is_left_out(text: str, compact: str) -> None:
    found = without_titles(load_catalog(), fold(text))
    assert found is not None
    assert found.text.lower() == compact


@pytest.mark.parametrize(
    ("text", "published", "ref_id", "date"),
    [
        # a sentence naming no country: the deed takes the sides of the catalogued one it names
        ("وتراجع نفوذ التنظيم بعد مقتل زعيمه أبو بكر البغدادي.", "2020-03-01", "baghdadi_killed_2019", "2019-10-26"),
        ("The group weakened after the death of its leader Abu Bakr al-Baghdadi.", "2020-03-01", "baghdadi_killed_2019", "2019-10-26"),
        ("وتراجع نفوذ القاعدة منذ مقتل زعيمها أسامة بن لادن.", "2013-03-01", "bin_laden_killed_2011", "2011-05-02"),
        ("Al-Qaeda has weakened since the killing of its leader Osama bin Laden.", "2013-03-01", "bin_laden_killed_2011", "2011-05-02"),
    ],
)
def test_a_deed_of_no_country_named_by_a_catalogued_name(text: str, published: str, ref_id: str, date: str) -> None:
    found = [e for e in extract(text, published) if e["event_type"] == "attack"]
    assert [(e["reference_id"], e["date"], e["date_basis"]) for e in found] == [(ref_id, date, "reference")], found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a person the catalog has no deed of; a catalogued deed after the publication
        ("وتراجع نفوذ التنظيم بعد مقتل زعيمه أبو عمر المهاجر.", "2020-03-01"),
        ("The group weakened after the killing of its leader Abu Omar al-Muhajir.", "2020-03-01"),
        ("وتراجع نفوذ التنظيم بعد مقتل زعيمه أبو بكر البغدادي.", "2018-03-01"),
        ("The group weakened after the death of its leader Abu Bakr al-Baghdadi.", "2018-03-01"),
    ],
)
def test_no_catalogued_sides_without_a_catalogued_name(text: str, published: str) -> None:
    found = extract(text, published)
    assert all(e.get("date_basis") != "reference" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "وقتل خمسة جنود في هجوم على موقع عسكري أمس بعد أسبوع من مقتل زعيم داعش أبو بكر البغدادي.",
        "Five soldiers were killed in an attack on a military post yesterday, a week after the killing of ISIS leader Abu Bakr al-Baghdadi.",
    ],
)
def test_another_deed_beside_a_catalogued_name_takes_none_of_its_sides(text: str) -> None:
    # the day's attack names no country of its own: the sides of the killing named beside it are not its own
    found = extract(text, "2019-11-02")
    assert all(e.get("date_basis") == "reference" for e in found if {"USA", "SYR"} & set(e["countries"])), found


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun on a word that is no title, a possessive before no title
        "بعد مقتل شقيقه أبو بكر البغدادي",
        "after the killing of his brother Abu Bakr al-Baghdadi",
    ],
)
def test_no_possessive_run_without_a_title(text: str) -> None:
    found = without_titles(load_catalog(), fold(text))
    assert found is None or ("مقتل البغدادي" not in found.text and "killing of al-baghdadi" not in found.text.lower())


def test_the_given_name_may_stay() -> None:
    found = without_titles(load_catalog(), fold("assassination of former Egyptian President Anwar Sadat"), True)
    assert found is not None
    assert found.text == "assassination of anwar sadat"


@pytest.mark.parametrize(
    ("text", "ref_id", "date"),
    [
        # the name of a movement before its leader's title, no event word read in the name
        (
            "Iran fired missiles at Israel on 1 October, in response to the killing of Hezbollah leader "
            "Hassan Nasrallah in Beirut.",
            "nasrallah_killed_2024",
            "2024-09-27",
        ),
        (
            "Iran fired missiles at Israel on 1 October, in response to the assassination of Hamas political "
            "leader Ismail Haniyeh in Tehran.",
            "haniyeh_killed_2024",
            "2024-07-31",
        ),
        (
            "أطلقت إيران صواريخ على إسرائيل في 1 أكتوبر ردا على اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران.",
            "haniyeh_killed_2024",
            "2024-07-31",
        ),
    ],
)
def test_a_leader_named_with_his_movement_and_title(text: str, ref_id: str, date: str) -> None:
    found = [e for e in extract(text, "2024-10-27") if e.get("reference_id") == ref_id]
    assert found, extract(text, "2024-10-27")
    assert found[0]["date"] == date


def test_a_movement_title_before_a_person_the_catalog_does_not_know() -> None:
    found = extract("Police said Hamas political leader Ahmed Nabil was killed yesterday in Gaza.", "2024-10-27")
    assert all(e.get("date_basis") != "reference" for e in found), found
