"""Two deeds of one type in one sentence, each by a verb in the past with a subject of its own,
joined with no comma: in English by "and", perhaps "the", and a name right before the second verb
("severed diplomatic relations with Iran on Monday and the United Arab Emirates downgraded its
ties"); in Arabic by و written on the second verb, its subject named right after it ("قطعت ...
يوم الاثنين وخفضت الإمارات مستوى علاقاتها"). Two events, each with the sides of its own clause,
when the second subject names a country the first clause does not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.own_subjects import own_subject_bounds
from events.model import ActorMention, TriggerMention


def _doers(text: str, published: str, event_type: str) -> list[tuple[str | None, frozenset[str]]]:
    return sorted(
        ((e["actor1"], frozenset(e["countries"])) for e in extract(text, published) if e["event_type"] == event_type),
        key=lambda d: (str(d[0]), sorted(d[1])),
    )


@pytest.mark.parametrize(
    ("text", "published", "event_type", "expected"),
    [
        (
            "Egypt severed diplomatic relations with Iran on Monday and the United Arab Emirates downgraded its ties.",
            "2016-01-05",
            "sanctions",
            [("ARE", frozenset({"ARE"})), ("EGY", frozenset({"EGY", "IRN"}))],
        ),
        (
            "قطعت مصر العلاقات الدبلوماسية مع إيران يوم الاثنين وخفضت الإمارات مستوى علاقاتها معها.",
            "2016-01-05",
            "sanctions",
            [("ARE", frozenset({"ARE"})), ("EGY", frozenset({"EGY", "IRN"}))],
        ),
        (
            "Israeli jets struck Hamas positions in Gaza and Hezbollah fired rockets at northern Israel.",
            "2016-01-05",
            "attack",
            [("hezbollah", frozenset({"ISR", "LBN"})), ("israel_army", frozenset({"ISR", "PSE"}))],
        ),
    ],
)
def test_each_deed_has_the_sides_of_its_own_clause(text, published, event_type, expected):
    assert _doers(text, published, event_type) == expected


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        # one doer, named again as the second subject: one attack told by two verbs
        ("شنت إسرائيل غارات على غزة وقصفت الطائرات الإسرائيلية مواقع في رفح.", "2016-01-05", "attack", 1),
        # the two states are the subject of one verb: one measure
        ("Bahrain and the United Arab Emirates cut diplomatic ties with Qatar on Monday.", "2017-06-06", "sanctions", 1),
    ],
)
def test_one_doer_or_one_verb_stays_one_deed(text, published, event_type, count):
    assert len([e for e in extract(text, published) if e["event_type"] == event_type]) == count


def _actor(text: str, name: str, country: str) -> ActorMention:
    start = text.index(name)
    return ActorMention(start, start + len(name), name, country, "country", country)


def _trigger(text: str, word: str, tense: str) -> TriggerMention:
    start = text.index(word)
    return TriggerMention(start, start + len(word), word, "sanctions", None, weight=0.9, tense=tense)


@pytest.mark.parametrize(
    ("text", "names", "words", "bounded"),
    [
        # a name after "and" right before the verb: the first deed's sides end at "and"
        (
            "Egypt severed ties with Iran and Jordan downgraded its ties.",
            [("Egypt", "EGY"), ("Iran", "IRN"), ("Jordan", "JOR")],
            [("severed", "past"), ("downgraded", "past")],
            True,
        ),
        (
            "قطعت مصر العلاقات مع إيران وخفضت الأردن علاقاتها.",
            [("مصر", "EGY"), ("إيران", "IRN"), ("الأردن", "JOR")],
            [("قطعت", "past"), ("وخفضت", "past")],
            True,
        ),
        # the second subject is a state the first clause names: no clause of another doer
        (
            "Egypt severed ties with Iran and Iran downgraded its ties.",
            [("Egypt", "EGY"), ("Iran", "IRN")],
            [("severed", "past"), ("downgraded", "past")],
            False,
        ),
        # a comma before "and" is the clause break the sentence already has
        (
            "Egypt severed ties with Iran, and Jordan downgraded its ties.",
            [("Egypt", "EGY"), ("Iran", "IRN"), ("Jordan", "JOR")],
            [("severed", "past"), ("downgraded", "past")],
            False,
        ),
        # two names after "between": the pair of one deed, not a second subject
        (
            "Sanctions between Egypt and Jordan imposed a ban on trade.",
            [("Egypt", "EGY"), ("Jordan", "JOR")],
            [("Sanctions", ""), ("imposed", "past")],
            False,
        ),
        # a verb not in the past tells no deed done
        (
            "Egypt severed ties with Iran and Jordan will downgrade its ties.",
            [("Egypt", "EGY"), ("Iran", "IRN"), ("Jordan", "JOR")],
            [("severed", "past"), ("downgrade", "base")],
            False,
        ),
    ],
)
def test_bounds_of_the_first_deed(text, names, words, bounded):
    actors = sorted((_actor(text, n, c) for n, c in names), key=lambda a: a.start)
    triggers = [_trigger(text, w, t) for w, t in words]
    lo, hi = own_subject_bounds(text, (triggers[0].start, triggers[0].end), "sanctions", triggers, actors, (0, len(text)))
    assert ((lo, hi) != (0, len(text))) is bounded


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Border clashes between Thailand and Cambodia killed 35 people on Monday.", {"THA", "KHM"}),
        ("A 1998-2000 war between Ethiopia and Eritrea killed 80,000 people.", {"ETH", "ERI"}),
    ],
)
def test_a_pair_after_between_are_both_sides(text, countries):
    found = of_type(extract(text, "2024-10-23"), "attack")
    assert found and set(found[0]["countries"]) == countries, found
