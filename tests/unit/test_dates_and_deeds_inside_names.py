"""Names that hold a day and month (of alliances, movements, squares) give no date, also when
their days are coordinated; a base verb after a plural subject in an `until` clause is a deed
still to come; a stampede's dead are no attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2013-04-06"


@pytest.mark.parametrize(
    "text",
    [
        "في توافق نادر بين قوى 8 و14 آذار.",
        "اشتبك أنصار قوى 8 و 14 آذار في طرابلس.",
        "اجتمع قادة قوى 8 آذار و14 آذار في بيروت.",
        "شارك ناشطو حركتي 20 فبراير و15 مارس في المسيرة.",
        "اجتمع فريقا 8 و14 آذار في القصر.",
        "تظاهر الآلاف في ساحة 14 آذار.",
        "Leaders of the March 8 and 14 alliances met in Beirut.",
        "Leaders of the March 8 and March 14 alliances met in Beirut.",
        "Supporters of the 8 and 14 March camps clashed in Tripoli.",
    ],
)
def test_days_and_months_of_a_name_are_no_date(text: str) -> None:
    assert find_dates(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وقعت الاشتباكات في 8 و14 آذار في طرابلس.", "2013-03-14"),
        ("Clashes erupted on March 8 and 14 in Tripoli.", "2013-03-08"),
        ("Protests were held on March 8 and March 14 in Beirut.", "2013-03-14"),
    ],
)
def test_coordinated_days_without_a_name_stay_dates(text: str, value: str) -> None:
    assert value in [m.value for m in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Protesters in Beirut vowed to stay on the streets of Lebanon until all the country's sectarian leaders step down.",
            "appointment",
        ),
        ("Sudanese talks in Khartoum continue until the two sides sign a deal.", "agreement"),
        ("A stampede at the funeral in Kerman, Iran, on Tuesday killed 56 people.", "attack"),
        ("قتل 20 حاجا في التدافع الذي وقع في منى بالسعودية أمس.", "attack"),
    ],
)
def test_no_event_of_the_type(text: str, kind: str) -> None:
    assert of_type(extract(text, "2020-01-08"), kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He ruled Algeria until mass protests in February 2019 forced him from office.", "protest"),
        ("Gunmen killed 19 people in Cairo on Sunday.", "attack"),
    ],
)
def test_the_event_stays(text: str, kind: str) -> None:
    assert of_type(extract(text, "2020-01-08"), kind) != []
