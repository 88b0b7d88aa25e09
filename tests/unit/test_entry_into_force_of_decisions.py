"""Words of entering into force tell a ratification only near a word of an agreement (a treaty,
a protocol, a memorandum; اتفاقية، معاهدة، بروتوكول): a decision, a law or a ban that comes into
force (قبل دخول القرار حيز التنفيذ، as the new law came into force) is no ratification."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("ودخل قرار الحكومة العراقية بإغلاق مطار أربيل حيز التنفيذ مساء أمس الاثنين.", "2019-03-12"),
        ("ودخل المرسوم الرئاسي الجديد في العراق حيز التنفيذ مساء أمس الاثنين.", "2019-03-12"),
        ("ودخل قانون الضرائب الجديد في الأردن حيز التنفيذ أمس الأحد وسط انتقادات واسعة.", "2019-03-12"),
        ("The Jordanian parliament's new tax law came into force on Sunday amid wide criticism.", "2019-03-12"),
        ("Hundreds of travellers left Erbil on the last flights before the ban entered into force on Friday.", "2019-03-12"),
    ],
)
def test_a_decision_coming_into_force_is_no_ratification(text: str, published: str) -> None:
    assert of_type(extract(text, published), "ratification") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("ودخلت المعاهدة الحدودية بين الأردن والعراق حيز التنفيذ أمس.", "2019-03-12", "2019-03-11"),
        ("ودخل البروتوكول الأمني بين تركيا وقطر حيز التنفيذ أمس الاثنين.", "2019-03-12", "2019-03-11"),
        ("The border treaty between Jordan and Iraq entered into force on Monday.", "2019-03-12", "2019-03-11"),
        ("The security protocol between Turkey and Qatar came into force on Monday.", "2019-03-12", "2019-03-11"),
    ],
)
def test_an_agreement_coming_into_force_stays_a_ratification(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "ratification")] == [date]
