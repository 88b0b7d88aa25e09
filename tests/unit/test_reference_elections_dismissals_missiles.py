"""Reference catalog.

Well-known regional events of 2016-2018 that the press of 2017-2018 retells without a
date (elections inside Hamas and Iraq's parliament, dismissals in Algeria and Yemen,
Houthi missiles on Riyadh, assassinations, visits, laws, attacks in Libya and Syria) are
dated by the catalog. A new event of the same kind, told with other words, keeps its own
date: an execution by the Islamic State in Sweida is not the July 2018 attacks there, a
new missile on Riyadh is not the catalogued ones, a re-election is not the first election.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.reference import ReferenceCatalog, ReferenceEntry, match_reference


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        (
            "وجاء ذلك بعد انتخاب إسماعيل هنية رئيسا للمكتب السياسي لحركة حماس.",
            "2018-03-01",
            "election",
            "haniyeh_elected_hamas_chief_2017",
            "2017-05-06",
        ),
        (
            "Parliament elected Barham Salih as president of Iraq after months of deadlock.",
            "2018-11-01",
            "election",
            "barham_salih_elected_2018",
            "2018-10-02",
        ),
        (
            "وانتخب البرلمان العراقي محمد الحلبوسي رئيسا لمجلس النواب.",
            "2018-10-01",
            "election",
            "halbousi_elected_speaker_2018",
            "2018-09-15",
        ),
        (
            "وكان الرئيس بوتفليقة قد أقال تبون وعين أحمد أويحيى وزيرا أول.",
            "2018-02-01",
            "appointment",
            "ouyahia_appointed_pm_2017",
            "2017-08-15",
        ),
        (
            "وكان الرئيس هادي قد أقال محافظ عدن عيدروس الزبيدي.",
            "2017-07-01",
            "appointment",
            "zubaidi_dismissed_2017",
            "2017-04-27",
        ),
        (
            "Jim Mattis resigned as defense secretary over Syria policy.",
            "2019-01-15",
            "appointment",
            "mattis_resignation_2018",
            "2018-12-20",
        ),
        (
            "The Houthis fired a missile at al-Yamamah Palace in Riyadh.",
            "2018-02-01",
            "attack",
            "yamamah_palace_missile_2017",
            "2017-12-19",
        ),
        (
            "واتهمت حماس إسرائيل باغتيال مازن فقها في غزة.",
            "2017-06-01",
            "attack",
            "faqha_assassination_2017",
            "2017-03-24",
        ),
        (
            "Hamas blamed Mossad for the assassination of Fadi al-Batsh in Kuala Lumpur.",
            "2018-06-01",
            "attack",
            "batsh_assassination_2018",
            "2018-04-21",
        ),
        (
            "وفرضت قوات خليفة حفتر سيطرتها على درنة بعد معارك مع مجلس شورى مجاهدي درنة.",
            "2018-09-01",
            "attack",
            "derna_offensive_2018",
            "2018-05-07",
        ),
        (
            "وأقر الكنيست قانون القومية الذي أثار غضب الفلسطينيين.",
            "2018-09-01",
            "ratification",
            "nation_state_law_2018",
            "2018-07-19",
        ),
        (
            "وكان الملك سلمان قد زار موسكو في أول زيارة لعاهل سعودي إلى روسيا.",
            "2018-05-01",
            "visit",
            "king_salman_visit_moscow_2017",
            "2017-10-05",
        ),
        (
            "Erdogan visited Khartoum and Sudan agreed to let Turkey restore Suakin island.",
            "2018-03-01",
            "visit",
            "erdogan_visit_sudan_2017",
            "2017-12-24",
        ),
        (
            "Protesters set fire to the Iranian consulate in Basra.",
            "2018-10-01",
            "protest",
            "basra_iranian_consulate_burned_2018",
            "2018-09-07",
        ),
        (
            "Kuwait expelled Iranian diplomats over the Abdali cell.",
            "2017-09-01",
            "sanctions",
            "kuwait_expels_iranian_diplomats_2017",
            "2017-07-20",
        ),
        (
            "وأعاد الأردن وسوريا فتح معبر نصيب الحدودي.",
            "2018-11-01",
            "relations",
            "nasib_crossing_reopened_2018",
            "2018-10-15",
        ),
        (
            "واجتمع السيسي ونتنياهو علنا في نيويورك.",
            "2017-11-01",
            "meeting",
            "sisi_netanyahu_new_york_2017",
            "2017-09-18",
        ),
        (
            "وقع الرئيس ترامب قرار حظر السفر على مواطني سبع دول.",
            "2017-03-01",
            "sanctions",
            "travel_ban_2017",
            "2017-01-27",
        ),
    ],
)
def test_retold_events_of_2017_2018_take_their_catalogued_date(text, published, event_type, ref_id, date):
    found = of_type(extract(text, published), event_type)
    assert found, extract(text, published)
    assert found[0]["reference_id"] == ref_id
    assert found[0]["date"] == date
    assert found[0]["date_basis"] == "reference"


def test_a_month_entry_dates_by_its_month():
    found = of_type(extract("وخرج آلاف المغاربة في احتجاجات جرادة.", "2018-05-01"), "protest")
    assert found
    assert (found[0]["reference_id"], found[0]["date"], found[0]["date_basis"]) == (
        "jerada_protests_2017",
        "2017-12",
        "reference",
    )


@pytest.mark.parametrize(
    ("text", "published", "event_type", "not_ref"),
    [
        # a hostage executed weeks after the Sweida attacks: the place alone does not name them
        (
            "أعدم تنظيم الدولة الإسلامية أحد الرهائن الذين خطفهم من محافظة السويداء.",
            "2018-08-05",
            "attack",
            "sweida_isis_attacks_2018",
        ),
        # another Houthi missile on Riyadh, not the airport or palace missiles of 2017
        (
            "وأطلق الحوثيون صاروخا باليستيا باتجاه الرياض اعترضته الدفاعات الجوية.",
            "2018-04-15",
            "attack",
            "riyadh_airport_missile_2017",
        ),
        # Haniyeh's re-election of 2021 is not his first election of 2017
        (
            "وأعادت حماس انتخاب إسماعيل هنية رئيسا لمكتبها السياسي لولاية ثانية.",
            "2021-09-01",
            "election",
            "haniyeh_elected_hamas_chief_2017",
        ),
    ],
)
def test_a_new_event_of_the_same_kind_is_not_the_catalogued_one(text, published, event_type, not_ref):
    found = of_type(extract(text, published), event_type)
    assert found, extract(text, published)
    assert all(e.get("reference_id") != not_ref for e in found), found



def _entry(ref_id: str, keywords_en: tuple[str, ...]) -> ReferenceEntry:
    return ReferenceEntry(
        id=ref_id,
        event_type="attack",
        name_en=ref_id,
        name_ar=ref_id,
        date="2018-07-25",
        precision="day",
        end_date=None,
        countries=("SYR",),
        location_country=None,
        aliases_ar=(),
        aliases_en=(),
        keywords_ar=(),
        keywords_en=keywords_en,
        source="Wikipedia: test",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one name written twice is one keyword, not the two the entry needs
        ("The group executed a hostage from Sweida, the Sweida 24 network said.", None),
        ("The Sweida 24 network said the hostage was taken in Sweida province.", None),
        # two keywords of the entry: named
        ("The group executed a hostage taken in the Sweida suicide attacks.", "raid"),
    ],
)
def test_a_keyword_written_twice_counts_once(sentence, expected):
    catalog = ReferenceCatalog([_entry("raid", ("Sweida", "suicide attacks"))], min_hits={"raid": 2})
    found = match_reference(catalog, "attack", {"SYR"}, sentence, "2018-08-05", "en")
    assert (found.id if found else None) == expected
