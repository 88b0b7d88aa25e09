"""An event told in a sentence that names no country but "the capital" with no name or
adjective of its own ("أعلنت وزارة الدفاع التوصل إلى وقف لإطلاق النار في العاصمة", "a truce
was reached in the capital"), or the country itself with no name ("تسري في البلاد هدنة", "شرق
البلاد"): the capital is that of the country the article is about, and البلاد is that country,
where the event took place (`bare_capital` of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, _clause
from events.model import PlaceMention, TimeMention, TriggerMention
from events.places import Gazetteer
from events.text.dateline import of_several_cities


@lru_cache(maxsize=8)
def load_bare_capital(path: Path = ASSEMBLY_RULES, key: str = "bare_capital") -> re.Pattern[str]:
    """A word for the capital (of `key` in data/assembly.json), after a preposition or none,
    followed by no adjective (ال...) and no capitalised name."""
    words = alternation(load_assembly_rules(path).get(key, ()), spaced=True)
    return re.compile(r"(?<!\w)(?:[بل]|لل)?(?:" + words + r")(?!\w)(?!\s+(?:ال|(?-i:[A-Z])|of\s))", re.IGNORECASE)


def in_the_bare_capital(text: str, cand: _Candidate) -> bool:
    """Whether the event's sentence places something in a capital, or a country, it does not name."""
    s, e = cand.sentence
    return load_bare_capital().search(text, s, e) is not None


def the_bare_capital_of(
    text: str,
    cand: _Candidate,
    home: str | None,
    filed: list[PlaceMention],
    gazetteer: Gazetteer,
    times: Sequence[TimeMention] = (),
    counts: Mapping[str, int] = MappingProxyType({}),
    triggers: Sequence[TriggerMention] = (),
    stated: PlaceMention | None = None,
) -> PlaceMention | str | None:
    """Where an event is that its own clause places in "the capital" with no name or adjective
    ("police detained him hours later in the capital", «تجمع مئات من أنصار الانقلاب في العاصمة»),
    whatever other country the sentence names (a flag waved, a body of another state): the
    dateline's city when it is a capital ("NIAMEY (Reuters) - ...", «نيامي - ...»), unless the
    article is about another country (`home`, named at least twice past the dateline, `counts`,
    and more often than the dateline's: "WASHINGTON - ... the Taliban entered the capital" in a
    story about Afghanistan), whose capital it then is (its code); a country named once, as in
    a reaction («فيما نددت واشنطن بالاعتقال»), does not outweigh the dateline. None when the
    clause (past a time set between commas after it: «اعتقلت قوات الأمن، الثلاثاء، القيادي ... في
    العاصمة») names no bare capital, or neither a dateline's capital nor the article's country
    tells which (`capital_words` of data/assembly.json). Nor when a verb of another event type
    (`triggers`, those of the sentence) stands between the event's word and the capital ("arrived
    hours after protesters marched in the capital": the protest's capital), or a place of another
    country the sentence names as the event's (`stated`) stands nearer its word ("Turkish troops
    entered Syria as protesters rallied in the capital")."""
    lo, hi = _clause_past_its_times(text, cand, times)
    bare = load_bare_capital(key="capital_words").search(text, lo, hi)
    if bare is None:
        return None
    a, b = sorted((cand.trigger[1], bare.start()))
    if any(t.tense and t.event_type != cand.event_type and a <= t.start and t.end <= b for t in triggers):
        return None
    found = _capital_meant(home, filed, gazetteer, counts)
    country = found.country if isinstance(found, PlaceMention) else found
    if stated is not None and stated.country != country and _distance(stated, cand) < _distance(bare, cand):
        return None
    return found


def _distance(span: PlaceMention | re.Match[str], cand: _Candidate) -> int:
    """How far a name stands from the event word, in characters."""
    start, end = (span.start, span.end) if isinstance(span, PlaceMention) else span.span()
    return max(start - cand.trigger[1], cand.trigger[0] - end, 0)


def _capital_meant(
    home: str | None, filed: list[PlaceMention], gazetteer: Gazetteer, counts: Mapping[str, int]
) -> PlaceMention | str | None:
    """The dateline's city when it is a capital and the article is not about another country,
    else the article's country (see `the_bare_capital_of`); never a city of a dateline of several
    ("MOSCOW/KYIV (Reuters) -": either could be "the capital")."""
    about = counts.get(home, 0) if home is not None else 0
    for city in () if of_several_cities(filed) else filed:
        country = gazetteer.country(city.country) if city.precision == "city" else None
        if country is None or abs(country.lat - city.lat) >= 1e-3 or abs(country.lon - city.lon) >= 1e-3:
            continue  # the country's point is its capital
        if home in (None, city.country) or about < 2 or about <= counts.get(city.country, 0):
            return city
    return home


_BETWEEN_COMMAS = re.compile(r"[\s,،]*")


def _clause_past_its_times(text: str, cand: _Candidate, times: Sequence[TimeMention]) -> tuple[int, int]:
    """The clause of the event word, going on past a comma that only sets off one of its times
    (`times`: «اعتقلت قوات الأمن، الثلاثاء، القيادي», "arrested, on Tuesday, the leader")."""
    lo, hi = _clause(text, cand.sentence, cand.trigger)
    e = cand.sentence[1]
    while hi < e:
        rest = _BETWEEN_COMMAS.match(text, hi).end()
        time = next((t for t in times if t.start == rest), None)
        if time is None:
            break
        after = _BETWEEN_COMMAS.match(text, time.end)
        if "," not in after.group() and "،" not in after.group():
            break
        _, hi = _clause(text, cand.sentence, (after.end(), after.end()))
    return lo, hi
