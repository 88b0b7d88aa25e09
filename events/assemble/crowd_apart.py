"""An arrest of a named person told on a day of its own is not a retelling of an arrest of a
count of unnamed people told with no day ("The government said 2,839 soldiers had been
detained. Former air force commander General Akin Ozturk was detained on Saturday"): the
count is no event of SCHEMA.md (`_unnamed_crowd`) and takes along what is merged into it
(`_dedupe`), which would lose the one arrest the article names. A retelling still goes with
the count: one told by a definite noun ("The arrests took place on Saturday") or by a pronoun
subject ("They were detained on Saturday", "وقد اعتقلوا يوم السبت")."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from events.model import Event
from events.text.lazy import LazyPattern

# a pronoun or a determiner of people told before opening the clause of the event word
_PRONOUN_SUBJECT = LazyPattern(
    r"^\W*(?:and\s+|but\s+)?(?:they|he|she|it|those|these|all|most|many|some|others|هم|هو|هي|هؤلاء|معظمهم|بعضهم)\b",
    re.IGNORECASE,
)
_OWN_DAY = frozenset({"explicit", "relative"})


def _told_by_a_pronoun(event: Event) -> bool:
    """Whether the event word's subject is a pronoun: a word before it, or the plural ending of an
    Arabic verb ("وقد اعتقلوا يوم السبت")."""
    if event.trigger.endswith("وا"):
        return True
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    return _PRONOUN_SUBJECT.search(event.quote[: max(0, trigger[0] - quote[0])]) is not None


def named_apart_from_the_crowd(a: Event, b: Event, unnamed: AbstractSet[int], definite: AbstractSet[int]) -> bool:
    """Whether one of two arrests is of an unnamed count with no day of its own and the other,
    told in another sentence on a day of its own, is none of its retellings."""
    if a.event_type != "arrest" or b.event_type != "arrest" or a.quote == b.quote:
        return False
    if (id(a) in unnamed) == (id(b) in unnamed):
        return False
    crowd, single = (a, b) if id(a) in unnamed else (b, a)
    return (
        crowd.date_basis == "publication"
        and single.date_basis in _OWN_DAY
        and id(single) not in definite
        and not _told_by_a_pronoun(single)
    )
