"""A resignation told by its verb and again by its noun with the article ("news of the resignation
spread", "مع انتشار خبر الاستقالة") is one resignation, on the verb's day; a resignation of another
person told by a noun annexed to her or to her name ("announced her resignation", "أعلنت ... استقالتها")
stays another (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.oaths import one_resignation
from events.model import Event


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Algeria's President Abdelaziz Bouteflika has resigned after 20 years in power, bowing to weeks of mass "
            "demonstrations. Crowds poured into the streets of the capital, Algiers, overnight, waving flags and "
            "honking car horns as news of the resignation spread.",
            ["2019-04-02"],
        ),
        (
            "استقال الرئيس الجزائري عبد العزيز بوتفليقة بعد 20 عاما في السلطة، رضوخا لأسابيع من المظاهرات الحاشدة. "
            "وتدفقت الحشود إلى شوارع العاصمة الجزائر ليلا، ملوحين بالأعلام مع انتشار خبر الاستقالة.",
            ["2019-04-03"],
        ),
    ],
)
def test_a_resignation_told_again_by_its_noun_is_one(text, dates):
    found = of_type(extract(text, "2019-04-03"), "appointment")
    assert [e["date"] for e in found] == dates, found


@pytest.mark.parametrize(
    "text",
    [
        "Lebanese Prime Minister Hassan Diab resigned on Monday. "
        "Lebanon's Justice Minister Marie-Claude Najm also announced her resignation on Monday.",
        "استقال رئيس الوزراء اللبناني حسان دياب يوم الاثنين. "
        "كما أعلنت وزيرة العدل اللبنانية ماري كلود نجم استقالتها يوم الاثنين.",
    ],
)
def test_another_person_s_resignation_stays_another(text):
    found = of_type(extract(text, "2020-08-11"), "appointment")
    assert len(found) == 2, found


def _appointment(trigger: str, quote: str, day: str, basis: str, actors: list[str]) -> Event:
    return Event(
        event_id="e",
        article_id="a",
        event_type="appointment",
        cameo=None,
        date=day,
        date_precision="day",
        date_basis=basis,
        title="",
        quote=quote,
        trigger=trigger,
        actors=actors,
        countries=["DZA"],
        published="2019-04-03",
    )


@pytest.mark.parametrize(
    ("noun_quote", "noun_trigger", "day", "basis", "actors", "one"),
    [
        ("as news of the resignation spread", "resignation", "2019-04-03", "publication", ["DZA"], True),
        ("as news of the resignation spread", "resignation", "2019-04-02", "explicit", ["DZA"], True),
        ("مع انتشار خبر الاستقالة", "الاستقالة", "2019-04-03", "publication", ["DZA"], True),
        ("the resignation of the interior minister", "resignation", "2019-04-02", "explicit", ["DZA"], False),
        ("as news of the resignation spread", "resignation", "2019-04-05", "publication", ["DZA"], False),
        ("as news of the resignation spread", "resignation", "2019-04-03", "explicit", ["DZA"], False),
        ("the resignation of Ouyahia", "resignation", "2019-04-02", "explicit", ["ahmed_ouyahia"], False),
    ],
)
def test_one_resignation(noun_quote, noun_trigger, day, basis, actors, one):
    verb = _appointment("resigned", "Bouteflika resigned on Tuesday", "2019-04-02", "relative", ["abdelaziz_bouteflika"])
    noun = _appointment(noun_trigger, noun_quote, day, basis, actors)
    assert one_resignation(verb, noun) is one
    assert one_resignation(noun, verb) is one
