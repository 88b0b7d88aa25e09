"""Reference catalog.

Keywords that only name a kind of event ("a second term", "re-elected") name a catalogued
event of a kind held again and again only within a few years of it, unless the sentence
places the deed in the past (a year, "آنذاك", "at the time", "former"); a name among the
keywords, or a treaty made once, names its entry however old.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # within the years of the entry: the keywords name it
        ("وفاز الرئيس الأمريكي بولاية ثانية.", "2013-06-01", "election", "us_election_2012", "2012-11-06"),
        ("The US president won a second term.", "2013-06-01", "election", "us_election_2012", "2012-11-06"),
        # years later, a past-time word places the deed back then
        ("وفاز الرئيس الأمريكي آنذاك بولاية ثانية.", "2017-06-01", "election", "us_election_2012", "2012-11-06"),
        ("The US president at the time won a second term.", "2017-06-01", "election", "us_election_2012", "2012-11-06"),
        # a name among the keywords (a person, a square) names the entry however old
        (
            "وأنهت ثمانية عشر يوما من التظاهرات في ميدان التحرير حكم حسني مبارك.",
            "2024-12-17",
            "protest",
            "egypt_revolution_2011",
            "2011-01-25",
        ),
        (
            "In Sudan, the army ousted Omar al-Bashir after months of street protests.",
            "2024-12-17",
            "appointment",
            "bashir_ousted_2019",
            "2019-04-11",
        ),
        # a treaty made once: its keywords name it however old
        (
            "وقال مسؤول أردني إن معاهدة السلام مع إسرائيل صامدة.",
            "2019-05-10",
            "agreement",
            "wadi_araba_treaty_1994",
            "1994-10-26",
        ),
    ],
)
def test_keywords_name_an_old_entry_when_near_or_anchored_in_the_past(text, published, event_type, ref_id, date):
    found = of_type(extract(text, published), event_type)
    assert found, extract(text, published)
    assert found[0]["reference_id"] == ref_id
    assert found[0]["date"] == date
    assert found[0]["date_basis"] == "reference"


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # years after the 2012 vote, "a second term" with no time anchor is not that vote
        ("وفاز الرئيس الأمريكي بولاية ثانية.", "2017-06-01", "election"),
        ("وقال المحلل إن الرئيس الأمريكي فاز بولاية ثانية رغم الأزمة.", "2018-02-01", "election"),
        ("The US president won a second term.", "2017-06-01", "election"),
        ("Analysts said the American president had been re-elected despite the crisis.", "2018-02-01", "election"),
    ],
)
def test_keywords_alone_do_not_name_an_old_recurring_event(text, published, event_type):
    found = of_type(extract(text, published), event_type)
    assert all(e.get("reference_id") != "us_election_2012" for e in found), found


# Well-known regional events of 2018-2025 that the press retells without a date.
@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        (
            "وأعاد المسؤول التذكير بتفجير الفحيص الذي أودى بحياة أحد أفراد الدرك.",
            "2019-03-01",
            "attack",
            "fuheis_bombing_2018",
            "2018-08-10",
        ),
        (
            "The Fuheis bombing killed a gendarme near Amman.",
            "2019-03-01",
            "attack",
            "fuheis_bombing_2018",
            "2018-08-10",
        ),
        (
            "وفر آلاف المدنيين بعد سقوط ود مدني في يد قوات الدعم السريع.",
            "2025-12-01",
            "attack",
            "wad_madani_falls_rsf_2023",
            "2023-12-18",
        ),
        (
            "The KDP came first in the Kurdistan parliament election.",
            "2025-03-01",
            "election",
            "kurdistan_parliament_election_2024",
            "2024-10-20",
        ),
        (
            "وجاء تكليف محمد مصطفى بتشكيل الحكومة في ظل ضغوط دولية.",
            "2025-12-01",
            "appointment",
            "mohammad_mustafa_appointed_2024",
            "2024-03-14",
        ),
        ("Residents fled after the fall of Hama.", "2025-12-01", "attack", "hama_captured_2024", "2024-12-05"),
        (
            "ونص الإعلان الدستوري السوري على مرحلة انتقالية مدتها خمس سنوات.",
            "2025-12-01",
            "agreement",
            "syria_constitutional_declaration_2025",
            "2025-03-13",
        ),
        (
            "The pope condemned the Mar Elias Church bombing in Damascus.",
            "2025-12-01",
            "attack",
            "mar_elias_church_bombing_2025",
            "2025-06-22",
        ),
        (
            "واحتفل السودانيون باستعادة الجيش للقصر الجمهوري في الخرطوم.",
            "2025-12-01",
            "attack",
            "khartoum_palace_recaptured_2025",
            "2025-03-21",
        ),
        (
            "The UN welcomed the appointment of Kamil Idris as prime minister.",
            "2025-12-01",
            "appointment",
            "kamil_idris_appointed_2025",
            "2025-05-19",
        ),
        (
            "وقتل المئات في اشتباكات السويداء بين العشائر البدوية والفصائل الدرزية.",
            "2025-12-01",
            "attack",
            "sweida_clashes_2025",
            "2025-07-13",
        ),
        (
            "Sanchez's letter to King Mohammed VI angered Algeria.",
            "2025-12-01",
            "relations",
            "spain_backs_morocco_autonomy_2022",
            "2022-03-18",
        ),
        (
            "ووافقت حماس على خطة ترامب لإنهاء الحرب في غزة.",
            "2025-12-01",
            "agreement",
            "trump_gaza_plan_2025",
            "2025-09-29",
        ),
        (
            "The US-Russia talks in Riyadh discussed ending the war.",
            "2025-12-01",
            "meeting",
            "us_russia_riyadh_talks_2025",
            "2025-02-18",
        ),
        (
            "The first round of US-Iran talks was held in Muscat.",
            "2025-12-01",
            "meeting",
            "us_iran_muscat_talks_2025",
            "2025-04-12",
        ),
        (
            "Three Israelis were killed in the Allenby Bridge shooting.",
            "2025-12-01",
            "attack",
            "allenby_crossing_shooting_2024",
            "2024-09-08",
        ),
        (
            "وتوعدت كتائب حزب الله بالرد على اغتيال أبو باقر الساعدي.",
            "2025-12-01",
            "attack",
            "abu_baqir_saadi_killed_2024",
            "2024-02-07",
        ),
        (
            "وحضر هنية حفل تنصيب بزشكيان في طهران.",
            "2025-12-01",
            "appointment",
            "pezeshkian_sworn_in_2024",
            "2024-07-30",
        ),
        (
            "Hundreds were killed since Israel launched Operation Gideon's Chariots.",
            "2025-12-01",
            "attack",
            "gideons_chariots_2025",
            "2025-05-16",
        ),
        (
            "وأدانت اليونان إغراق السفينة إيترنيتي سي في البحر الأحمر.",
            "2025-12-01",
            "attack",
            "eternity_c_sinking_2025",
            "2025-07-07",
        ),
        ("وقتل المئات منذ سيطرة الفصائل على حلب.", "2025-12-01", "attack", "aleppo_captured_2024", "2024-11"),
    ],
)
def test_a_regional_event_named_without_a_date_is_dated_from_the_catalog(text, published, event_type, ref_id, date):
    found = of_type(extract(text, published), event_type)
    assert found, extract(text, published)
    assert found[0]["reference_id"] == ref_id
    assert found[0]["date"] == date
    assert found[0]["date_basis"] == "reference"
