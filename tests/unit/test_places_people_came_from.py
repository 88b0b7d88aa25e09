"""Where people or goods came from is no place of the deed: a name right after "from", or after
Arabic words of coming from, and the names listed with it; not after a word of leaving, taking
or distance, and not after a bare Arabic من."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.origins import origins
from events.model import PlaceMention


def _places(text: str, names: list[str]) -> list[PlaceMention]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(PlaceMention(start, start + len(name), name, name, "XXX", 0.0, 0.0, "country"))
    return out


@pytest.mark.parametrize(
    ("text", "names", "origin"),
    [
        # after "from", and every name listed with it
        (
            "Russian paratroopers were flown in, along with contingents from Belarus, Armenia, Tajikistan and Kyrgyzstan.",
            ["Belarus", "Armenia", "Tajikistan", "Kyrgyzstan"],
            {"Belarus", "Armenia", "Tajikistan", "Kyrgyzstan"},
        ),
        ("Beijing halted imports of citrus fruit and some fish from Taiwan.", ["Taiwan"], {"Taiwan"}),
        (
            "Planes have arrived from France, Qatar, Iran, Turkey and other countries.",
            ["France", "Qatar", "Iran", "Turkey"],
            {"France", "Qatar", "Iran", "Turkey"},
        ),
        # after Arabic words of coming from, with و on the next name
        ("وصلت أمس قوات قادمة من السعودية والإمارات إلى البحرين.", ["السعودية", "والإمارات", "البحرين"], {"السعودية", "والإمارات"}),
        ("حطت في مطار بيروت طائرات قادمة من قطر والكويت.", ["بيروت", "قطر", "والكويت"], {"قطر", "والكويت"}),
        # a name after the list is no origin
        ("Aid from Qatar reached Lebanon on Monday.", ["Qatar", "Lebanon"], {"Qatar"}),
        # not after a word of leaving or taking, where the deed is done
        ("France began withdrawing its troops from Mali in August.", ["Mali"], set()),
        ("Israeli forces seized the town from Syria.", ["Syria"], set()),
        ("Turkey expelled hundreds of migrants from Istanbul.", ["Istanbul"], set()),
        # not after a distance: near the name
        ("Militants attacked a checkpoint 30 km from Damascus.", ["Damascus"], set()),
        # not after a bare Arabic من: partitive, or the deed's own place
        ("أعلن ناشطون اعتقال الشيخ من مكة المكرمة يوم الثلاثاء.", ["مكة المكرمة"], set()),
        ("انسحبت القوات من عفرين وسيطرت على أجزاء من محافظة إدلب.", ["عفرين", "محافظة إدلب"], set()),
    ],
)
def test_names_told_as_where_someone_came_from(text, names, origin):
    found = origins(text, _places(text, names), (0, 0))
    assert {n for n in names if text.index(n) in found} == origin


def test_fire_from_a_place_close_after_an_attack_is_left_to_the_attack():
    text = "Hezbollah fired rockets from Lebanon at Israel."
    word = (text.index("fired"), text.index("fired") + len("fired"))
    assert origins(text, _places(text, ["Lebanon"]), word, fired_reach=60) == set()
    assert origins(text, _places(text, ["Lebanon"]), word) == {text.index("Lebanon")}


@pytest.mark.parametrize(
    ("text", "published", "event_type", "not_place", "place"),
    [
        # a measure on goods from a country: done on the measuring state's ground
        ("Beijing responded on Wednesday by halting imports of citrus fruit and some fish from Taiwan.", "2022-08-06", "sanctions", "TWN", "CHN"),
        # forces come from two states, to the land the sentence names after them
        ("وصلت أمس قوات قادمة من السعودية والإمارات لحماية المنشآت الحيوية في البحرين.", "2022-08-06", "deployment", "SAU", "BHR"),
    ],
)
def test_the_place_a_deed_is_told_from_is_not_its_place(text, published, event_type, not_place, place):
    (event,) = of_type(extract(text, published), event_type)
    assert event["location"]["country"] != not_place
    assert event["location"]["country"] == place


def test_aid_arrived_from_states_went_to_the_country_of_the_story():
    text = (
        "BEIRUT (Reuters) - The blast tore through Lebanon's capital on Tuesday, and Lebanon's government resigned "
        "on Friday. Lebanon's president said the country needed help.\nPlanes loaded with medical supplies, field "
        "hospitals and rescue teams have arrived from France, Qatar, Iran, Turkey and other countries since the explosion."
    )
    aid = of_type(extract(text, "2020-08-08"), "aid")
    assert aid
    assert all(e["location"]["country"] == "LBN" and "LBN" in e["countries"] for e in aid)
