"""Events the text dates only by the publication. A meeting told again by its definite word
with no date of its own (عقب الاجتماع، وجرى الاجتماع، the talks, the meeting) is the one meeting
the article dates in the week before the publication, or on its day, even when its own sentence
names other countries: the sides of a meeting are told once, where it is dated; in English a
word may stand between the determiner and the meeting (the half-hour meeting). So is a truce
(الهدنة، the truce) whose later sentence names its mediators. A reception of
visitors (استقبل، received) told with no date of its own after a visit dated in the week before,
between no countries but the visit's, is that visit's, not a meeting of the publication's day.
A clause closed by "right after" and a definite noun of an event (عقب التوقيع، following the
signing) takes the day the article gives that event, though a later clause of its sentence
gives a date of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

WEDNESDAY = "2022-10-19"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a statement made after the meeting, naming a country the meeting was about
        (
            "عقد وزراء خارجية مصر والأردن اجتماعا في القاهرة يوم الاثنين لبحث الأوضاع في المنطقة. "
            "وقال وزير الخارجية المصري عقب الاجتماع إن بلاده تدعم الحوار الوطني في السودان.",
            "2022-10-17",
        ),
        # the meeting's setting told in a sentence of its own, naming its sponsor's country
        (
            "التقى ممثلو الحكومتين الليبيتين في القاهرة، أمس الثلاثاء، بحضور مسؤولين مصريين. "
            "وجرى الاجتماع برعاية المبعوثة الأممية وبمشاركة ممثلين عن تونس.",
            "2022-10-18",
        ),
        # the talks' mediators named after the meeting, dated on the publication's day
        (
            "Sudanese army and RSF envoys met in Jeddah on Wednesday. "
            "Kuwait and the United States were instrumental in the talks.",
            WEDNESDAY,
        ),
    ],
)
def test_definite_meeting_word_retells_the_dated_meeting(text: str, date: str) -> None:
    meetings = of_type(extract(text, WEDNESDAY), "meeting")
    assert [m["date"] for m in meetings] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite meeting is another one
        "The foreign ministers of Egypt and Jordan met in Cairo on Monday. "
        "Kuwaiti officials held a meeting with US envoys.",
        # two meetings dated in the week: the definite word may be either
        "عقد وزيرا خارجية السعودية وإيران اجتماعا في بغداد يوم الاثنين. "
        "وعقد وزيرا خارجية تركيا وسوريا اجتماعا في موسكو يوم الثلاثاء. وحضر رئيس الوزراء الأردني الاجتماع.",
    ],
)
def test_definite_word_stays_when_it_may_be_another(text: str) -> None:
    meetings = of_type(extract(text, WEDNESDAY), "meeting")
    assert [m["date"] for m in meetings if m["date_basis"] == "publication"] == [WEDNESDAY]


@pytest.mark.parametrize(
    "text",
    [
        "وصل وفد إسرائيلي برئاسة مستشار الأمن القومي مئير بن شبات إلى الرباط أمس الثلاثاء في زيارة رسمية "
        "إلى المغرب. واستقبل الملك محمد السادس أعضاء الوفد الإسرائيلي بالقصر الملكي.",
        # the host's reception names only the host's country
        "Morocco and Israel signed four agreements in Rabat on Tuesday during a visit by a US-Israeli "
        "delegation led by Jared Kushner. King Mohammed VI received the delegation at the royal palace, "
        "according to a statement from the Royal Cabinet.",
        "An Israeli delegation led by national security adviser Meir Ben-Shabbat arrived in Rabat on Tuesday "
        "for an official visit to Morocco. Morocco's King Mohammed VI received the Israeli delegation at the royal palace.",
    ],
)
def test_undated_reception_is_the_dated_visit(text: str) -> None:
    found = extract(text, WEDNESDAY)
    assert of_type(found, "meeting") == []
    assert [v["date"] for v in of_type(found, "visit")] == ["2022-10-18"]


@pytest.mark.parametrize(
    "text",
    [
        # a reception of a third country's minister is another event: his own visit
        "An Israeli delegation arrived in Rabat on Tuesday for an official visit to Morocco. "
        "Morocco's King Mohammed VI received the French foreign minister at the royal palace.",
    ],
)
def test_reception_of_another_country_stays(text: str) -> None:
    found = of_type(extract(text, WEDNESDAY), "meeting") + of_type(extract(text, WEDNESDAY), "visit")
    assert [e["date"] for e in found if "FRA" in e["countries"]] == [WEDNESDAY]


EARTHQUAKE_AR = "، وجدد تعازيه في ضحايا الزلزال الذي ضرب جنوب تركيا في السادس من فبراير الماضي."
SIGNED_AR = "وقعت دولة الإمارات والجمهورية التركية، يوم الجمعة، اتفاقية الشراكة الاقتصادية الشاملة. "


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            SIGNED_AR + "وأجرى الشيخ محمد بن زايد اتصالا هاتفيا مع الرئيس التركي عقب التوقيع، تبادلا خلاله التهاني"
            + EARTHQUAKE_AR,
            "2023-03-04",
            "2023-03-03",
        ),
        (
            "The UAE and Turkey signed a comprehensive economic partnership agreement on Friday. Sheikh Mohamed "
            "bin Zayed held a phone call with the Turkish president following the signing, and renewed his "
            "condolences for the victims of the earthquake that struck southern Turkey on February 6.",
            "2023-03-04",
            "2023-03-03",
        ),
        # a date of the call's own clause is its own
        (
            SIGNED_AR + "وأجرى الشيخ محمد بن زايد يوم الأحد اتصالا هاتفيا مع الرئيس التركي عقب التوقيع" + EARTHQUAKE_AR,
            "2023-03-06",
            "2023-03-05",
        ),
    ],
)
def test_call_closed_by_after_the_signing_takes_its_day(text: str, published: str, date: str) -> None:
    assert [m["date"] for m in of_type(extract(text, published), "meeting")] == [date]


MET_IN_RIYADH = "Syria's interim president met the US president in Riyadh on Tuesday. "
JOINED = " meeting, hosted by the Saudi crown prince at the royal court, was also joined by Turkey's president by phone."


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (MET_IN_RIYADH + "The half-hour" + JOINED, ["2025-05-13"]),
        # an indefinite one may be another meeting
        (MET_IN_RIYADH + "An hour-long" + JOINED, ["2025-05-13", "2025-05-15"]),
    ],
)
def test_determiner_before_a_modifier_of_the_meeting(text: str, dates: list[str]) -> None:
    assert [m["date"] for m in of_type(extract(text, "2025-05-15"), "meeting")] == dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "دخلت هدنة بين إسرائيل والفصائل الفلسطينية في غزة حيز التنفيذ يوم الاثنين. "
            "وتوسط وسطاء مصريون وقطريون في الهدنة، التي بدأت عند الفجر، وفق مسؤولين فلسطينيين.",
            "2022-04-04",
        ),
        (
            "A ceasefire between Israel and Palestinian militants in Gaza took effect on Monday. Egyptian and "
            "Qatari mediators brokered the truce, which came into effect at dawn, according to Palestinian officials.",
            "2022-04-04",
        ),
    ],
)
def test_definite_truce_word_retells_the_dated_truce(text: str, date: str) -> None:
    assert [c["date"] for c in of_type(extract(text, "2022-04-06"), "ceasefire")] == [date]
