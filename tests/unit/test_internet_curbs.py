"""Restrictions a state imposes on the internet at home are no sanctions (data/triggers.json),
in English as in Arabic, as curbs on the press or a curfew are none; sanctions imposed over
such curbs, and restrictions imposed on another state's trade, still are."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وفرضت السلطات الإيرانية قيودا على الإنترنت يوم الخميس.",
        "وفرضت السلطات قيودا على استخدام الإنترنت في طهران يوم الخميس.",
        "Iranian authorities imposed restrictions on the internet on Thursday.",
        "Egypt imposed curbs on the internet on Thursday.",
    ],
)
def test_curbs_on_the_internet_are_no_sanctions(text):
    assert of_type(extract(text, "2022-09-23"), "sanctions") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("فرضت الولايات المتحدة عقوبات على وزير الاتصالات الإيراني يوم الخميس.", {"USA", "IRN"}),
        ("فرضت الولايات المتحدة قيودا على صادرات الرقائق إلى الصين يوم الخميس.", {"USA", "CHN"}),
        ("The United States imposed sanctions on Iran's communications minister on Thursday.", {"USA", "IRN"}),
        ("The United States imposed restrictions on chip exports to China on Thursday.", {"USA", "CHN"}),
    ],
)
def test_sanctions_and_curbs_on_trade_still_are(text, countries):
    (event,) = of_type(extract(text, "2022-09-23"), "sanctions")
    assert countries <= set(event["countries"]) and event["date"] == "2022-09-22"
