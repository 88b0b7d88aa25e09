"""An office left and an office given to another, told in one sentence by two event words
joined by "and", a comma or و, are two changes of office, one for each person
(data/assembly.json `office_turns`); a ruler who takes power himself and the one he ousts are
one change, and a resignation told as the time of an appointment is left to the rules of
such clauses."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "triggers"),
    [
        (
            "British Prime Minister Liz Truss fired her finance minister Kwasi Kwarteng on Friday and "
            "appointed former foreign minister Jeremy Hunt in his place.",
            "2022-10-14",
            ["fired her finance minister", "appointed"],
        ),
        (
            "Jordan's King Abdullah appointed his office director Jafar Hassan as prime minister on Sunday "
            "and accepted the resignation of the government.",
            "2024-09-16",
            ["appointed", "resignation"],
        ),
        ("أقال الرئيس التونسي يوم الاثنين وزير الداخلية وعين نائبه خلفا له.", "2024-03-12", ["أقال", "وعين"]),
        (
            "Tunisian President Kais Saied sacked Prime Minister Najla Bouden late on Tuesday and replaced her "
            "with Ahmed Hachani, a former central bank official.",
            "2023-08-02",
            ["sacked", "replaced her with"],
        ),
        (
            "أنهى الرئيس التونسي قيس سعيد، مساء الأربعاء، مهام رئيس الحكومة أحمد الحشاني، "
            "وعيّن وزير الشؤون الاجتماعية كمال المدوري رئيسا للحكومة.",
            "2024-08-08",
            ["أنهى", "وعيّن"],
        ),
    ],
)
def test_an_office_left_and_one_given_are_two_changes(text: str, published: str, triggers: list[str]) -> None:
    found = of_type(extract(text, published), "appointment")
    assert sorted(e["trigger"] for e in found) == sorted(triggers), [e["trigger"] for e in found]
    assert len({e["date"] for e in found}) == 1


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a ruler taking power himself and the one he ousts: one coup
        ("Chad's leader, Gen Mahamat Deby, seized power in April last year, ousting the civilian government.", "2022-10-03"),
        # two words of one dismissal
        ("وشملت القرارات إعفاء قائد القوات البحرية السعودية وإحالته إلى التقاعد.", "2019-04-12"),
        # a replacement still to come is no change
        ("Tunisia's president sacked Prime Minister Najla Bouden and said he would replace her with a technocrat.", "2023-08-02"),
        # the resignation told as the time of the appointment
        (
            "Sheikh Nawaf appointed Sheikh Sabah Khalid al-Hamad al-Sabah as Kuwait's prime minister "
            "on June 20, after his predecessor Sheikh Jaber Mubarak al-Hamad al-Sabah resigned.",
            "2024-07-01",
        ),
    ],
)
def test_one_change_of_office(text: str, published: str) -> None:
    assert len(of_type(extract(text, published), "appointment")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # an impeachment charges the office holder; the removal, if any, comes with a trial
        "The Philippine House of Representatives impeached Vice President Sara Duterte on Wednesday.",
        "Philippine lawmakers impeached Vice President Sara Duterte last month on charges including a plot.",
    ],
)
def test_an_impeachment_is_no_change_of_office(text: str) -> None:
    assert of_type(extract(text, "2025-03-12"), "appointment") == []


def test_an_impeachment_with_its_removal_is_one() -> None:
    text = "Brazil's Senate impeached President Dilma Rousseff and removed her from office on Wednesday."
    assert len(of_type(extract(text, "2016-09-01"), "appointment")) == 1
