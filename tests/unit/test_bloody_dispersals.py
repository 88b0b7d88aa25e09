"""A sit-in, a protest or a camp whose dispersal is called bloody or deadly was
attacked (CAMEO 175), as one told with its dead is; a bloody break-up of
anything else is no attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups blamed the militia for the bloody dispersal of the sit-in in Omdurman on May 3.",
        "The deadly break-up of the protest camp in Omdurman on May 3 shocked the country.",
        "تتهم المعارضة الميليشيا بالفض الدموي لاعتصام أم درمان يوم 3 مايو.",
        "وقع الفض الدامي للاعتصام في أم درمان يوم 3 مايو.",
    ],
)
def test_a_bloody_dispersal_is_an_attack(text):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "attack")] == ["2021-05-03"]


def test_a_bloody_break_up_of_anything_else_is_none():
    told = "Rights groups blamed the militia for the bloody dispersal of the sit-in in Omdurman on May 3."
    everyday = "The bloody break-up of the Sudanese band in Omdurman on May 3 shocked its fans."
    assert of_type(extract(told, PUBLISHED), "attack")
    assert of_type(extract(everyday, PUBLISHED), "attack") == []
