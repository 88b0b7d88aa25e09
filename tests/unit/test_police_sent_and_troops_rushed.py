"""Police sent abroad, troops told by the other passive wordings of sending, and forces that
moved somewhere by the intransitive Arabic verb are deployed ("dispatched about 500 police
officers to Bahrain", "soldiers were airlifted into Kashmir"; «أرسل الأردن 300 شرطي إلى ليبيا»،
«تحركت وحدات من الجيش المصري إلى المنطقة الحدودية»). Not a letter sent to the police, troops
flown home, nor a government that moved to act."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-12"


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [
        ("The UAE dispatched about 500 police officers to Bahrain on Monday.", "2020-03-09", "BHR"),
        ("Jordan sent 300 policemen to Libya on Monday.", "2020-03-09", "LBY"),
        ("Thousands of Indian soldiers were airlifted into Kashmir on Tuesday.", "2020-03-10", "IND"),
        ("French paratroopers were rushed to Mali on Tuesday.", "2020-03-10", "MLI"),
        ("Egyptian troops were ferried to Yemen on Tuesday.", "2020-03-10", "YEM"),
        ("وأرسل الأردن 300 شرطي إلى ليبيا يوم الاثنين.", "2020-03-09", "LBY"),
        ("وأوفدت مصر عناصر الشرطة إلى الصومال يوم الاثنين.", "2020-03-09", "SOM"),
        ("Kenya deployed 400 police officers to Haiti on Monday.", "2020-03-09", "HTI"),
        ("ونشرت كينيا 400 شرطي في هايتي يوم الاثنين.", "2020-03-09", "HTI"),
        ("وتحركت وحدات من الجيش المصري إلى المنطقة الحدودية فجر الاثنين.", "2020-03-09", "EGY"),
        ("وتحركت قوات سورية نحو منبج يوم الاثنين.", "2020-03-09", "SYR"),
        ("ونزل الجيش التونسي إلى الشوارع يوم الاثنين.", "2020-03-09", "TUN"),
    ],
)
def test_police_and_troops_sent_or_moved_are_deployed(text: str, day: str, country: str) -> None:
    found = [e for e in of_type(extract(text, PUBLISHED), "deployment") if e["date"] == day]
    assert len(found) == 1 and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "Britain sent a letter to the police in Jordan on Monday.",
        "The wounded Egyptian soldiers were airlifted home on Tuesday.",
        "French troops were rushed to hospital in Mali on Tuesday.",
        "وأرسلت الحكومة الأردنية رسالة إلى الشرطة يوم الاثنين.",
        "وتحركت الحكومة المصرية لاحتواء الأزمة يوم الاثنين.",
        "ونزل المتظاهرون التونسيون إلى الشوارع يوم الاثنين.",
        "وتحركت قوات الدفاع المدني المصرية إلى مكان الحادث يوم الاثنين.",
    ],
)
def test_no_deployment(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "deployment")
    assert found == [], found


@pytest.mark.parametrize(
    "text",
    [
        "Police deployed tear gas against protesters in Khartoum on Monday.",
        "Riot police deployed water cannon against protesters in Hong Kong on Monday.",
        "Hong Kong police deployed rubber bullets and tear gas on Monday.",
    ],
)
def test_means_of_crowd_control_deployed_are_no_force_sent(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "deployment") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The UN deployed observers to Hodeidah in Yemen on Monday.", "YEM"),
        ("The Sudanese army deployed tanks around the airport in Khartoum on Monday.", "SDN"),
    ],
)
def test_observers_or_tanks_deployed_are_a_force_sent(text: str, country: str) -> None:
    found = of_type(extract(text, PUBLISHED), "deployment")
    assert len(found) == 1 and country in found[0]["countries"], found
