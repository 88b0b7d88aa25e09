"""A deed told of one state at one time, then, with its verb left out, of another state at another
time ("وقعت مصر معاهدة سلام معها عام 1979 والأردن عام 1994", "Egypt signed a peace treaty with it
in 1979 and Jordan in 1994"): the second state did the same deed at its own time, one more event.
The second state is a country named right after "and" (و) that follows the time of the first
deed, and its time follows it at once, perhaps after a preposition of time, closing its clause;
it is no side of the first deed. Not when a name stands right before the first time ("signed a
treaty with Israel in 1979 and Jordan in 1994", "cut ties with Eritrea in 2009 and Somalia in
2010"): the second state may stand for that object as well as for the doer. The doer itself
there, its object a pronoun («اللتين وقعتهما مصر عام 1979 والأردن عام 1994»), leaves no doubt."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.joined_times import dating_time
from events.assemble.text import on_its_own_time
from events.model import ActorMention, Event, TimeMention
from events.text.lazy import LazyPattern

_AND = LazyPattern(r"\s*,?\s*(?:and|و)\s*", re.IGNORECASE)
# a body of the second state named before it in Arabic ("وجيش بوركينا فاسو في سبتمبر 2022")
_AR_BODY = LazyPattern(r"(?:جيش|قوات|حكومة|برلمان)\s+")
# its possessive, perhaps with the body, in English ("and Burkina Faso's in September 2022")
_POSSESSIVE = LazyPattern(r"['’]s(?:\s+(?:army|military|armed forces|forces|government|parliament|junta))?", re.IGNORECASE)
_TIME_WORD = LazyPattern(r"\s*(?:(?:in|on|during|في|عام|سنة|خلال)\s+)?", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:،؛!?]|$)")


def gapped_doer(
    event: Event, text: str, actors: Sequence[ActorMention], dates: Sequence[TimeMention], initiator: Sequence[ActorMention]
) -> Event | None:
    """The deed of the second state of a gapped clause after `event`'s time (see the module), or
    None. `actors` and `dates` are those of the sentence, `initiator` the first deed's doers."""
    if not initiator:
        return None
    first = dating_time(event, dates)
    if first is None:
        return None
    joined = _AND.match(text, first.end)
    if joined is None:
        return None
    # the Arabic و is written on the name, and the name's span may hold it ("والأردن")
    starts = {joined.end(), joined.end() - 1} if text[joined.end() - 1 : joined.end()] == "و" else {joined.end()}
    if (body := _AR_BODY.match(text, joined.end())) is not None:
        starts.add(body.end())
    state = next((a for a in actors if a.start in starts and a.kind == "country" and a.country), None)
    if state is None:
        return None
    owned = _POSSESSIVE.match(text, state.end)
    at = _TIME_WORD.match(text, owned.end() if owned else state.end)
    second = next((d for d in dates if at is not None and state.end <= d.start <= at.end()), None)
    if (
        second is None
        or second.recurring
        or second.end_value
        or second.value == first.value
        or _CLAUSE_END.match(text, second.end) is None
        or (event.published is not None and second.value > event.published[: len(second.value)])
    ):
        return None
    doers = {c for a in initiator for c in (a.members or (a.country,)) if c}
    if state.country in doers:
        return None
    # "signed a treaty with Israel in 1979 and Jordan in 1994": a state named right before the first
    # time may be the one the second stands for as well as the doer; only world knowledge tells
    if any(
        a.end <= first.start and _TIME_WORD.fullmatch(text, a.end, first.start) and not ({a.country, *a.members} & doers)
        for a in actors
    ):
        return None
    countries = [state.country, *(c for c in event.countries if c not in doers and c != state.country)]
    done_by = {i.actor_id for i in initiator}
    split_actors = [state.actor_id, *(a for a in event.actors if a not in doers and a != state.country and a not in done_by)]
    split = on_its_own_time(event, second, countries=list(dict.fromkeys(countries)), actors=list(dict.fromkeys(split_actors)))
    split.actor1 = state.actor_id
    if (event.location or {}).get("country") in doers - {state.country}:
        # "Mali's army seized power in August 2020 and Burkina Faso's in September 2022": not in Mali
        split.location = None
        split.spans.pop("location", None)
    event.countries = [c for c in event.countries if c != state.country or c in doers]
    event.actors = [a for a in event.actors if a != state.actor_id]
    return split
