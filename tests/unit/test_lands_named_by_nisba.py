"""A country's land or air named by its nisba or demonym (على الأراضي السورية، في الأجواء
العراقية، on Syrian territory, in Iraqi airspace) is a place of that country: a strike on
another country's land takes place there, not in the striking country."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.places import find_places, load_gazetteer
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("ضربت الطائرات مواقع للمسلحين على الأراضي السورية.", ["SYR"]),
        ("اعترضت الدفاعات طائرة مسيرة في الأجواء العراقية.", ["IRQ"]),
        ("Jets struck militant positions on Syrian territory.", ["SYR"]),
        ("Air defences shot down a drone in Iraqi airspace.", ["IRQ"]),
        ("The army deployed troops on Iraqi soil.", ["IRQ"]),
    ],
)
def test_lands_named_by_nisba(text: str, countries: list[str]) -> None:
    assert [p.country for p in find_places(text, fold(text), load_gazetteer())] == countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ونفذت القوات الجوية الأردنية أمس ضربات جوية ضد مواقع لمهربين على الأراضي السورية.", "SYR"),
        ("ونفذت القوات الجوية العراقية منذ العام الماضي ضربات جوية ضد مواقع للتنظيم على الأراضي السورية.", "SYR"),
    ],
)
def test_strikes_on_anothers_land(text: str, country: str) -> None:
    assert [e["location"]["country"] for e in of_type(extract(text, "2018-05-10"), "attack")] == [country]
