"""Two verbs of one type in one sentence, joined by and, then, و، كما or ثم, each with a place of
its own in two countries or two cities far apart, tell two deeds; one deed told by two verbs, a
place the deed came from, and a verbal noun taking up a deed stay one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "places"),
    [
        (
            "Warplanes bombed positions in Aleppo on Sunday and struck a convoy in western Iraq.",
            "attack",
            ["Aleppo", "Western Iraq"],
        ),
        (
            "Drones struck a fuel depot in Kirkuk on Sunday and attacked a checkpoint in Basra.",
            "attack",
            ["Basra", "Kirkuk"],
        ),
        (
            "قصفت طائرات حربية مواقع في حلب يوم الأحد، كما استهدفت مستودعا في دير الزور.",
            "attack",
            ["Aleppo", "Deir ez-Zor"],
        ),
        (
            "قصفت طائرات مسيرة مستودعا للوقود في كركوك يوم الأحد وهاجمت حاجزا في البصرة.",
            "attack",
            ["Basra", "Kirkuk"],
        ),
        (
            "Police arrested three journalists in Cairo on Sunday and detained a lawyer in Aswan.",
            "arrest",
            ["Aswan", "Cairo"],
        ),
        (
            "اعتقلت الشرطة ثلاثة صحفيين في القاهرة يوم الأحد، ثم اعتقلت محاميا في أسوان.",
            "arrest",
            ["Aswan", "Cairo"],
        ),
        (
            "Protesters rallied in Basra on Sunday and marched in Mosul.",
            "protest",
            ["Basra", "Mosul"],
        ),
        (
            "تظاهر مئات الطلاب في البصرة يوم الأحد، كما تظاهر عمال في الموصل.",
            "protest",
            ["Basra", "Mosul"],
        ),
        # one deed told by two verbs: the first clause names no place
        (
            "Gunmen stormed and seized a police station in Aleppo on Sunday.",
            "attack",
            ["Aleppo"],
        ),
        (
            "اقتحم مسلحون وسيطروا على مركز للشرطة في حلب يوم الأحد.",
            "attack",
            ["Aleppo"],
        ),
        # a place the deed came from is no ground of a deed of its own
        (
            "Militants fired rockets from Gaza on Sunday and struck a house in Ashkelon.",
            "attack",
            ["Ashkelon"],
        ),
        # a verbal noun takes up the deed told by the verb
        (
            "Warplanes bombed positions in Aleppo on Sunday, and the bombing in Idlib killed four.",
            "attack",
            ["Aleppo"],
        ),
        (
            "قصفت طائرات حربية مواقع في حلب يوم الأحد، والقصف في إدلب أوقع أربعة قتلى.",
            "attack",
            ["Aleppo"],
        ),
    ],
)
def test_deeds_in_two_places_of_one_sentence(text, kind, places):
    events = of_type(extract(text, "2024-05-14"), kind)
    assert sorted((e.get("location") or {}).get("name") for e in events) == places
