"""An English army or fighters taking a place from an armed side, and fighters seizing parts of a
city, are its capture, as سيطر ... على is; money, orders or a delegation taken from someone, and
parts seized by police, are none (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Khalifa Hifter's Libyan National Army took Derna from Islamist militants in 2018 after a long siege.",
            "2023-09-19",
            "2018",
        ),
        (
            "Libya's east is controlled by Khalifa Hifter, whose forces took Derna from Islamist militants in 2018.",
            "2023-09-19",
            "2018",
        ),
        ("Iraqi troops took Mosul from Islamic State in July 2017.", "2018-09-19", "2017-07"),
        (
            "وسيطر الجيش الوطني الليبي بقيادة خليفة حفتر على درنة من أيدي المتشددين الإسلاميين عام 2018 بعد حصار طويل.",
            "2023-09-19",
            "2018",
        ),
        (
            "Lebanon's Hezbollah fighters and their allies briefly seized parts of Beirut in May 2008.",
            "2016-10-31",
            "2008-05",
        ),
        (
            "وسيطر مقاتلو حزب الله اللبناني وحلفاؤهم لفترة وجيزة على أجزاء من بيروت في مايو 2008.",
            "2016-10-31",
            "2008-05",
        ),
    ],
)
def test_a_place_taken_by_armed_men(text, published, date):
    found = of_type(extract(text, published), "attack")
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    "text",
    [
        "Libya's army took orders from the government in Tripoli in 2018.",
        "Libya's army took money from militants in 2018.",
        "Libyan officials took a delegation from the army to Derna in 2018.",
        "Egyptian police seized parts of a shipment of weapons in Sinai in 2018.",
        "وتلقى الجيش الليبي أوامر من الحكومة في طرابلس عام 2018.",
    ],
)
def test_nothing_taken_by_force(text):
    assert not of_type(extract(text, "2023-09-19"), "attack"), extract(text, "2023-09-19")
