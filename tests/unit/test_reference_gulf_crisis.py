"""Reference catalog: the steps of the 2017 Gulf crisis.

The press of 2017 retells the crisis step by step without dates: the recalls of
ambassadors by Senegal, Chad and Niger, the joint terror lists of the four states,
the Kuwaiti emir's mediation tour, the first Turkish troops in Doha, Iran's food
shipments, the Cairo meeting on Qatar's reply, Tillerson's shuttle, the US-Qatar
memorandum, Trump's visit to Riyadh told with a verb and the Turkish parliament's vote
on troops for Qatar. Each is dated by the catalog. A new list or a new batch, told with a
novelty word, keeps its own date.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "ref_id", "date"),
    [
        ("واستدعت السنغال سفيرها لدى قطر للتشاور.", "sanctions", "qatar_ambassador_recalled_senegal_2017", "2017-06-07"),
        ("Chad recalled its ambassador from Doha for consultations.", "sanctions", "qatar_ambassador_recalled_chad_2017", "2017-06-08"),
        ("واستدعت النيجر سفيرها لدى قطر.", "sanctions", "qatar_ambassador_recalled_niger_2017", "2017-06-10"),
        (
            "وأدرجت الدول الأربع شخصيات وكيانات مرتبطة بقطر على قوائم الإرهاب.",
            "sanctions",
            "quartet_terror_list_2017",
            "2017-06-08",
        ),
        ("وزار أمير الكويت جدة والدوحة ودبي في إطار وساطته.", "visit", "kuwait_emir_mediation_tour_2017", "2017-06-06"),
        ("The Kuwaiti emir visited Jeddah, Doha and Dubai to mediate.", "visit", "kuwait_emir_mediation_tour_2017", "2017-06-06"),
        ("ووصلت أولى طلائع القوات التركية إلى الدوحة.", "deployment", "turkish_troops_arrive_qatar_2017", "2017-06"),
        ("وأرسلت إيران شحنات من المواد الغذائية إلى قطر.", "aid", "iran_food_shipments_qatar_2017", "2017-06"),
        ("Iran sent planeloads of food to Qatar.", "aid", "iran_food_shipments_qatar_2017", "2017-06"),
        (
            "واجتمع وزراء خارجية الدول الأربع في القاهرة لبحث الرد القطري.",
            "meeting",
            "cairo_quartet_meeting_2017",
            "2017-07-05",
        ),
        ("وقام تيلرسون بجولة مكوكية بين الكويت والرياض والدوحة.", "visit", "tillerson_gulf_shuttle_2017", "2017-07-10"),
        (
            "ووقعت قطر والولايات المتحدة مذكرة تفاهم لمكافحة تمويل الإرهاب.",
            "agreement",
            "us_qatar_terror_financing_mou_2017",
            "2017-07-11",
        ),
        ("وحين زار ترامب الرياض التقى قادة الدول العربية والإسلامية.", "visit", "trump_visit_saudi_2017", "2017-05-20"),
        ("Trump visited Riyadh and met leaders of Arab and Muslim countries.", "visit", "trump_visit_saudi_2017", "2017-05-20"),
        ("وجاء ذلك خلال قمة إسلامية أمريكية جمعت قادة خمسين دولة.", "meeting", "riyadh_summit_2017", "2017-05-21"),
        (
            "وأقر البرلمان التركي نشر قوات في قطر.",
            "deployment",
            "turkey_parliament_qatar_troops_deployment_2017",
            "2017-06-07",
        ),
    ],
)
def test_gulf_crisis_step_dated_by_catalog(text: str, event_type: str, ref_id: str, date: str) -> None:
    found = of_type(extract(text, "2017-07-25"), event_type)
    assert found, text
    assert found[0]["date"] == date
    assert found[0]["date_basis"] == "reference"
    assert found[0]["reference_id"] == ref_id


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وأدرجت الدول الأربع كيانات وأفرادا جددا على قوائم الإرهاب.", "sanctions"),
        ("ووصلت دفعة جديدة من القوات التركية إلى الدوحة.", "deployment"),
    ],
)
def test_new_instance_keeps_its_own_date(text: str, event_type: str) -> None:
    found = of_type(extract(text, "2017-11-20"), event_type)
    assert found, text
    assert all(e["date_basis"] != "reference" for e in found), found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the later, different measure of one country: not its June recall
        ("وأغلقت تشاد السفارة القطرية وطردت الدبلوماسيين القطريين.", "2017-08-23"),
        ("Chad closed the Qatari embassy and expelled its diplomats.", "2017-08-23"),
    ],
)
def test_later_measure_is_not_the_recall(text: str, date: str) -> None:
    found = of_type(extract(text, "2017-09-01"), "sanctions")
    assert found, text
    assert found[0]["date"] == date


def test_later_visit_is_not_the_first_one() -> None:
    # months after the 2025 visit, the same words name the latest visit, and "again" a new one
    found = of_type(extract("وزار ترامب الرياض والتقى الملك سلمان.", "2025-09-01"), "visit")
    assert found
    assert found[0]["date"] == "2025-05-13"
    found = of_type(extract("Trump visited Riyadh again.", "2025-09-01"), "visit")
    assert found
    assert all(e["date_basis"] != "reference" for e in found), found
