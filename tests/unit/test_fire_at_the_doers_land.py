"""An attack and fire aimed at its own doer's land, with no doer named or by the attack's
target, are two attacks, however they are told: a side is not the target of its own attack on
its own land. One attack told twice, and fire aimed at another land, stay as they were."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.stateless_doers import struck_back
from events.model import Event


def _attack(quote: str, actor1: str | None, actor2: str | None, place: str | None) -> Event:
    return Event(
        event_id="",
        article_id="t",
        event_type="attack",
        cameo="190",
        date="2017-12-08",
        date_precision="day",
        date_basis="relative",
        title="",
        quote=quote,
        trigger="",
        actor1=actor1,
        actor2=actor2,
        location={"country": place} if place else None,
    )


@pytest.mark.parametrize(
    ("strike", "fire", "apart"),
    [
        # fire at the striker's land, its doer unnamed or the strike's target: two attacks
        (
            _attack(
                "Israeli aircraft struck Hamas positions in Gaza after rockets were fired at southern Israel.",
                "ISR",
                "hamas",
                "ISR",
            ),
            _attack(
                "Israeli aircraft struck Hamas positions in Gaza after rockets were fired at southern Israel.",
                None,
                "ISR",
                "ISR",
            ),
            True,
        ),
        (
            _attack(
                "قصفت طائرات إسرائيلية مواقع لحماس في غزة بعد أن أطلقت صواريخ على جنوب إسرائيل.", "ISR", "hamas", "ISR"
            ),
            _attack(
                "قصفت طائرات إسرائيلية مواقع لحماس في غزة بعد أن أطلقت صواريخ على جنوب إسرائيل.", None, "ISR", "ISR"
            ),
            True,
        ),
        (
            _attack(
                "Israeli jets struck Hamas sites in Gaza, and Hamas fired rockets at Israel.", "ISR", "hamas", "PSE"
            ),
            _attack(
                "Israeli jets struck Hamas sites in Gaza, and Hamas fired rockets at Israel.", "hamas", "ISR", "ISR"
            ),
            True,
        ),
        (
            _attack(
                "شنت طائرات إسرائيلية غارات على مواقع لحماس، وأطلقت حماس صواريخ على إسرائيل.", "ISR", "hamas", "PSE"
            ),
            _attack(
                "شنت طائرات إسرائيلية غارات على مواقع لحماس، وأطلقت حماس صواريخ على إسرائيل.", "hamas", "ISR", "ISR"
            ),
            True,
        ),
        # a target misread as the doer's side, the fire landing elsewhere: no telling apart
        (
            _attack("Russian warplanes carried out raids on Tuesday on parts of Idlib province.", "RUS", "hts", "SYR"),
            _attack("Heavy air strikes resumed on Tuesday after weeks of calm.", None, "RUS", "SYR"),
            False,
        ),
        (
            _attack("شنت طائرات روسية غارات الثلاثاء على أجزاء من محافظة إدلب.", "RUS", "hts", "SYR"),
            _attack("واستؤنفت الغارات العنيفة الثلاثاء بعد أسابيع من الهدوء.", None, "RUS", "SYR"),
            False,
        ),
        # one strike told twice, its target named once
        (
            _attack("Israeli aircraft struck Hamas positions in Gaza.", "ISR", "hamas", "PSE"),
            _attack("The Israeli strikes hit Gaza.", "ISR", None, "PSE"),
            False,
        ),
        (
            _attack("قصفت طائرات إسرائيلية مواقع لحماس في غزة.", "ISR", "hamas", "PSE"),
            _attack("وأصابت الغارات الإسرائيلية غزة.", "ISR", None, "PSE"),
            False,
        ),
    ],
)
def test_fire_at_the_doers_land_is_another_attack(strike: Event, fire: Event, apart: bool) -> None:
    assert struck_back(strike, fire) is apart
    assert struck_back(fire, strike) is apart


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the strike and the fire before it, one sentence, one day: two attacks
        (
            "Late on Friday, Israeli aircraft struck several Hamas positions in Gaza after rockets were fired at southern Israel.",
            2,
        ),
        (
            "وفي وقت متأخر من يوم الجمعة، قصفت طائرات إسرائيلية مواقع لحماس في غزة، فيما أطلقت صواريخ على جنوب إسرائيل.",
            2,
        ),
        # one strike told twice: one attack
        (
            "Late on Friday, Israeli aircraft struck several Hamas positions in Gaza. The strikes hit the southern Gaza Strip.",
            1,
        ),
        ("وفي وقت متأخر من يوم الجمعة، قصفت طائرات إسرائيلية مواقع لحماس في غزة.", 1),
    ],
)
def test_a_strike_and_the_fire_at_its_doer(text: str, count: int) -> None:
    assert len(of_type(extract(text, "2017-12-09"), "attack")) == count


@pytest.mark.parametrize(
    ("quote", "reference_id"),
    [
        ("ثاني عملية عسكرية تركية واسعة في سوريا، بعد عملية درع الفرات التي انطلقت في 24 أغسطس 2016", "euphrates_shield_2016"),
        ("Turkey's second major military operation in Syria, after Operation Euphrates Shield of August 2016", "euphrates_shield_2016"),
    ],
)
def test_a_recalled_catalogued_operation_is_no_strike_of_the_day(quote: str, reference_id: str) -> None:
    # the catalogued operation, its sides read the wrong way round from the place named, and the
    # generic word for it in the same sentence: one operation told twice, not a strike and fire back
    recalled = _attack(quote, "SYR", "TUR", "SYR")
    recalled.reference_id = reference_id
    generic = _attack(quote, "TUR", "SYR", "SYR")
    assert struck_back(recalled, generic) is False
    assert struck_back(generic, recalled) is False
    recalled.reference_id = None  # the same two, told as the day's news, are strike and fire back
    assert struck_back(recalled, generic) is True
