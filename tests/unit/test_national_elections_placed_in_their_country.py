"""A country's election is held across it: told as the country's (qualified by it, or placed in it),
it stays placed in the country, not in a city or region where a telling puts part of the vote
or its count (soldiers voting in Kurdistan, Erdogan casting his ballot in Istanbul, results in
several provinces among them Baghdad); a city or region named in the election's own phrase
(الانتخابات البلدية في بيروت, the Istanbul mayoral election) is its place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "location"),
    [
        (
            'أظهرت النتائج الأولية للانتخابات النيابية العراقية في عشر محافظات، تقدم تحالف "سائرون" في عدة محافظات بينها بغداد وواسط والمثنى.',
            "2018-05-14",
            "Iraq",
        ),
        (
            "Preliminary results of the Iraqi parliamentary elections in ten provinces showed the Sairoon alliance ahead in several provinces including Baghdad.",
            "2018-05-14",
            "Iraq",
        ),
        (
            "يشارك نحو مليون فرد من الجيش والشرطة في التصويت في جميع أنحاء العراق، في أول انتخابات تشريعية تشهدها البلاد. وفي إقليم كردستان العراق، اصطف مقاتلو البشمركة أمام مراكز الاقتراع للإدلاء بأصواتهم.",
            "2018-05-10",
            "Iraq",
        ),
        (
            "جرت الانتخابات الرئاسية والتشريعية التركية الأحد. وصوت أردوغان في القسم الآسيوي من إسطنبول الأحد.",
            "2018-06-25",
            "Turkey",
        ),
        (
            "Turkey's presidential election was held on Sunday. Erdogan cast his vote in the Asian side of Istanbul on Sunday.",
            "2018-06-25",
            "Turkey",
        ),
    ],
)
def test_a_country_s_election_stays_in_the_country(text, published, location):
    found = of_type(extract(text, published), "election")
    assert len(found) == 1, found
    assert found[0]["location"]["name"] == location, found


@pytest.mark.parametrize(
    ("text", "published", "location"),
    [
        ("أجريت الانتخابات البلدية في بيروت الأحد.", "2018-05-07", "Beirut"),
        ("The Istanbul mayoral election was held on Sunday.", "2019-06-24", "Istanbul"),
        ("Turkey's ruling party lost the rerun of the Istanbul mayoral election on Sunday.", "2019-06-24", "Istanbul"),
    ],
)
def test_a_city_in_the_election_s_own_phrase_is_its_place(text, published, location):
    found = of_type(extract(text, published), "election")
    assert found, text
    assert found[0]["location"]["name"] == location, found
