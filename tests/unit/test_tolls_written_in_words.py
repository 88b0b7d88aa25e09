"""An attack told twice by its toll is one attack however the toll is written, in English as in
Arabic: a figure in words ('Thirty-three people were killed', «ثلاثة وثلاثين شخصا لقوا مصرعهم»,
«ثلاثة عشر شخصا») is the figure in digits an earlier telling gives, and the attack is one, on the
earlier day; another figure in words is another toll, another attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.repeated_tolls import _figures

REPORTED = "2018-04-23"


def _inquiry_ar(toll: int) -> str:
    return (
        "أكدت قوات التحالف العربي في اليمن، بقيادة السعودية، أنها ستجري تحقيقا لمعرفة مدى صحة الأنباء التي "
        f"تحدثت عن مقتل {toll} شخصا في أحد الأعراس، إثر قصف جوي على مدينة حجة اليمنية، وفقا لتصريحات أدلى بها "
        "المتحدث باسم التحالف، الإثنين.\n"
    )


INQUIRY_EN = (
    "The forces of the Arab coalition in Yemen, led by Saudi Arabia, said they would carry out an investigation "
    "into reports of 33 people killed at a wedding after an air strike on the Yemeni city of Hajjah, according "
    "to remarks by the coalition spokesman to CNN on Monday.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        INQUIRY_EN + "Thirty-three people were killed in an air strike on the city of Hajjah on Sunday.",
        INQUIRY_EN + "Thirty three people were killed in an air strike on the city of Hajjah on Sunday.",
        _inquiry_ar(33) + "يذكر أن ثلاثة وثلاثين شخصا لقوا مصرعهم إثر غارة جوية على مدينة حجة، الأحد.",
        _inquiry_ar(13) + "يذكر أن ثلاثة عشر شخصا لقوا مصرعهم إثر غارة جوية على مدينة حجة، الأحد.",
    ],
)
def test_a_toll_in_words_is_the_toll_in_digits(text: str) -> None:
    attacks = of_type(extract(text, REPORTED), "attack")
    assert [a["date"] for a in attacks] == ["2018-04-22"], attacks


@pytest.mark.parametrize(
    "text",
    [
        INQUIRY_EN + "Thirty-four people were killed in an air strike on the city of Hajjah on Sunday.",
        _inquiry_ar(33) + "يذكر أن أربعة وثلاثين شخصا لقوا مصرعهم إثر غارة جوية على مدينة حجة، الأحد.",
    ],
)
def test_another_toll_in_words_is_another_attack(text: str) -> None:
    attacks = of_type(extract(text, REPORTED), "attack")
    assert sorted(a["date"] for a in attacks) == ["2018-04-22", "2018-04-23"], attacks


@pytest.mark.parametrize(
    ("tokens", "figures"),
    [
        (["Thirty", "three", "people"], [(33, 1)]),
        (["twelve", "killed"], [(12, 0)]),
        (["ثلاثة", "وثلاثين", "شخصا"], [(33, 1)]),
        (["ثلاثة", "عشر", "شخصا"], [(13, 1)]),
        (["25", "people"], [(25, 0)]),
        (["the", "thirtieth", "day"], []),
    ],
)
def test_figures_of_words(tokens: list[str], figures: list[tuple[int, int]]) -> None:
    assert _figures(tokens) == figures
