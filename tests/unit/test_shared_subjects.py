"""An English verb in the past joined by "and" to a verb in the past before it, with no subject of
its own between them, is done by that verb's subject: in "Pakistan expelled India's ambassador
and suspended bilateral trade" the name nearest before "suspended" is the first verb's object,
and the trade was suspended by Pakistan, one deed with the expulsion, not a second one of India's.
A subject of its own after "and", or none named before the first verb, leaves the order as it was."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.shared_subjects import subject_of_the_verb_before
from events.model import ActorMention, TriggerMention


@pytest.mark.parametrize(
    ("text", "event_type", "doer", "count"),
    [
        (
            "ISLAMABAD, Aug 8 (AP) - Pakistan expelled India's ambassador and suspended bilateral trade on Wednesday.",
            "sanctions",
            "PAK",
            1,
        ),
        (
            "India revoked Pakistan's most-favoured-nation trade status and imposed a 200 percent customs duty "
            "on all Pakistani imports on Friday.",
            "sanctions",
            "IND",
            1,
        ),
        # guards: a subject of its own after "and"; one verb only; an Arabic verb, whose subject follows it
        ("Turkey attacked Kurdish forces and Russia sent troops to Syria on Monday.", "deployment", "RUS", 1),
        ("Pakistan suspended bilateral trade with India on Wednesday.", "sanctions", "PAK", 1),
        ("طردت باكستان السفير الهندي وعلقت التجارة الثنائية يوم الأربعاء.", "sanctions", "PAK", 1),
    ],
)
def test_a_verb_joined_by_and_shares_the_subject_before(text, event_type, doer, count):
    found = of_type(extract(text, "2019-08-08"), event_type)
    assert len(found) == count and found[0]["actor1"] == doer, [(e["actor1"], e["actor2"], e["trigger"]) for e in found]


def _country(start: int, name: str, code: str) -> ActorMention:
    return ActorMention(start, start + len(name), name, code, "country", code)


def _verb(start: int, word: str, tense: str) -> TriggerMention:
    return TriggerMention(start, start + len(word), word, "sanctions", "161", tense=tense)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Turkey recalled Israel's envoy and suspended trade.", "past", "TUR"),
        ("Turkey recalled Israel's envoy and then suspended trade.", "past", "TUR"),
        # guards: a verb not in the past; a stop between the verbs; no "and" right before the verb
        ("Turkey recalled Israel's envoy and will suspend trade.", "future", "ISR"),
        ("Turkey recalled Israel's envoy. Israel's trade and suspended trade.", "past", "ISR"),
        ("Turkey recalled Israel's envoy, Israel suspended trade.", "past", "ISR"),
    ],
)
def test_the_subject_is_taken_from_the_verb_before_only_across_and(text, tense, expected):
    first = _verb(text.index("recalled"), "recalled", "past")
    word = "suspend" if tense == "future" else "suspended"
    second = _verb(text.rindex(word), word, tense)
    turkey, israel = _country(0, "Turkey", "TUR"), _country(text.rindex("Israel"), "Israel", "ISR")
    initiator, others = subject_of_the_verb_before(text, (second.start, second.end), [first, second], [israel], [turkey])
    assert initiator[0].actor_id == expected
    assert {a.actor_id for a in [*initiator, *others]} == {"TUR", "ISR"}
