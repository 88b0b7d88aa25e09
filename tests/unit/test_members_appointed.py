"""The Arabic verb of appointing with the members it appoints (وعيّن جلالته أعضاءها برئاسة السيد
عزيز أخنوش، عين الرئيس أعضاء المجلس), as with a post named (وزيرا، سفيرا), appoints them: a
change of office. The noun of an eye or a spring (بالعين المجردة، شاهد عيان، رأس العين) beside
members is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-10-08"


@pytest.mark.parametrize(
    "text",
    [
        "وعيّن الملك محمد السادس أمس أعضاء الحكومة الجديدة برئاسة عزيز أخنوش.",
        "استقبل الملك محمد السادس، أمس الخميس بالقصر الملكي بفاس، أعضاء الحكومة الجديدة، وعيّن جلالته أعضاءها برئاسة السيد عزيز أخنوش.",
    ],
)
def test_members_appointed_are_a_change_of_office(text: str) -> None:
    assert [(e["date"], e["countries"]) for e in of_type(extract(text, PUB), "appointment")] == [("2021-10-07", ["MAR"])]


@pytest.mark.parametrize(
    "text",
    [
        "شاهد أعضاء الوفد المغربي بالعين المجردة حجم الدمار في المدينة أمس.",
        "قال شاهد عيان إن أعضاء البرلمان المغربي غادروا القاعة أمس.",
        "زار أعضاء الوفد المغربي منطقة رأس العين أمس.",
    ],
)
def test_an_eye_beside_members_appoints_no_one(text: str) -> None:
    assert of_type(extract(text, PUB), "appointment") == []
