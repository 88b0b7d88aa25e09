"""A verb of giving with two objects, the receiver named bare between the giver and the supply
(«منحت السعودية مصر مساعدات مالية», «سلمت قطر الجيش اللبناني شحنة وقود», «أرسلت الولايات المتحدة
إلى أوكرانيا شحنة أسلحة», "Saudi Arabia gave Egypt financial aid"): the giver is the party right
after the Arabic verb or right before the English one, and the aid goes to the receiver's country,
whatever name stands nearer the supply's word (data/assembly.json `givers.double_object_verbs`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-03-15"  # a Friday


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("منحت السعودية مصر مساعدات مالية الاثنين.", "SAU", "EGY"),
        ("سلمت قطر الجيش اللبناني شحنة وقود الاثنين.", "QAT", "LBN"),
        ("أرسلت الولايات المتحدة إلى أوكرانيا شحنة أسلحة جديدة الاثنين.", "USA", "UKR"),
        ("منحت الولايات المتحدة أوكرانيا مساعدات عسكرية جديدة الاثنين.", "USA", "UKR"),
        ("Saudi Arabia gave Egypt financial aid on Monday.", "SAU", "EGY"),
        ("Washington handed Kyiv a new package of military aid on Monday.", "USA", "UKR"),
        # the plain order stays as it was
        ("أرسلت السعودية مساعدات إلى اليمن الاثنين.", "SAU", "YEM"),
        ("The United States sent new military aid to Ukraine on Monday.", "USA", "UKR"),
    ],
)
def test_the_giver_of_two_objects_gives_to_the_receiver(text: str, giver: str, receiver: str) -> None:
    found = of_type(extract(text, PUB), "aid")
    assert [(e["date"], e["countries"][0], (e["location"] or {}).get("country")) for e in found] == [("2024-03-11", giver, receiver)]
