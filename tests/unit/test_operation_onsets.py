"""The onset of an operation told by the operation alone, among the words of a war ("قتلوا منذ
بدء العملية في 12 مارس", "killed since the operation began on March 12"), is the attack it
opened, dated by its own day; an electoral or a peace process's start is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "وقضى 300 من المسلحين منذ بدء العملية في 12 مارس الماضي، مع ارتفاع القتلى في صفوف القوات التركية إلى 50.",
            "وقالت الهيئة الانتخابية التركية إن 300 من المراقبين انتشروا منذ بدء العملية الانتخابية في 12 مارس الماضي.",
        ),
        (
            "Some 300 militants have died since the operation began on March 12, and the toll among Turkish troops has risen to 50.",
            "The Turkish election board said 300 observers had been deployed since the electoral operation began on March 12.",
        ),
    ],
)
def test_the_onset_of_an_operation_is_an_attack(text, other):
    assert [e["date"] for e in of_type(extract(text, "2019-05-01"), "attack")] == ["2019-03-12"]
    assert not of_type(extract(other, "2019-05-01"), "attack")
