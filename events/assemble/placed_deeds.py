"""Two verbs of one type in one sentence, the second joined to the first's clause by a word of
addition or sequence (and, then, و، كما، ثم), each with a place of its own named after a word of
place ("bombed targets in Gaza and struck a car in southern Lebanon", "قصفت الطائرات مواقع في
دمشق، كما استهدفت مستودعا في حمص"), tell two deeds when the places are in two countries or are
two cities farther apart than `two_cities_km`. Not when the first verb's clause names no place
("stormed and seized the building in Homs": one deed told twice), when a place is where the deed
came from ("fired rockets from Gaza and hit Sderot"), or when the second word is no verb in the
past (a verbal noun taking up the first deed) (data/assembly.json `placed_deeds`). An English
noun of the crowd right before a verb in the past tells that verb's deed ("rallied in Baghdad on
Friday, as protesters also gathered in Basra"), and a noun of the crowd right after an Arabic verb
is its subject, not a later deed ending its clause ("، كما تظاهر محتجون في مدينة البصرة")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.apart import _km
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _locative, _span_before
from events.model import PlaceMention, TriggerMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, is_arabic

_SENTENCE_BREAK = LazyPattern(r"[.;:؛!?؟]")


@lru_cache(maxsize=4)
def _rules(
    path: Path = ASSEMBLY_RULES,
) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], frozenset[str], float]:
    """(types, English joiner search, Arabic joiner search, folded origin words, kilometres)."""
    all_rules = load_assembly_rules(path)
    rules = all_rules.get("placed_deeds", {})

    def joiners(words: Sequence[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    en = re.compile(r"(?:,\s*)?(?<![\w-])(?:" + joiners(rules.get("en_joiners", ())) + r")\s+$", re.IGNORECASE)
    ar = re.compile(r"(?:،\s*|,\s*|\s)(?:(?:" + joiners(rules.get("ar_joiners", ())) + r")\s+)?$")
    origins = frozenset(fold_str(w).lower() for w in rules.get("origin_words", ()))
    return frozenset(rules.get("types", ())), en, ar, origins, float(all_rules.get("two_cities_km", 0))


def _where(
    text: str, places: Sequence[PlaceMention], start: int, end: int, origins: frozenset[str]
) -> list[PlaceMention]:
    """The places named between `start` and `end` after a word of place, none of them an origin."""
    found = []
    for p in places:
        if not (start <= p.start and p.end <= end) or not _locative(text, p):
            continue
        i, j = _span_before(text, p.start)
        if fold_str(text[i:j]).lower() in origins:
            continue
        found.append(p)
    return found


def _two_grounds(a: PlaceMention, b: PlaceMention, km: float) -> bool:
    """Whether the two places lie in two countries, or are two cities farther apart than `km`."""
    if a.country != b.country:
        return True
    if a.precision != "city" or b.precision != "city" or a.name == b.name:
        return False
    distance = _km({"lat": a.lat, "lon": a.lon}, {"lat": b.lat, "lon": b.lon})
    return distance is not None and distance > km


def _past(t: TriggerMention) -> bool:
    """Whether the word is a verb in the past: in English also one whose tense the lexicon leaves
    open, when its first word ends in -ed or is a past of `en_irregular_pasts` (rallied, struck),
    not a noun (sit-ins, demonstrators)."""
    if t.tense == "past":
        return True
    words = t.text.lower().split()
    return (
        t.tense == ""
        and not is_arabic(t.text)
        and bool(words)
        and (words[0].endswith("ed") or words[0] in _irregular_pasts())
    )


@lru_cache(maxsize=1)
def _irregular_pasts() -> frozenset[str]:
    return frozenset(w.lower() for w in load_assembly_rules().get("placed_deeds", {}).get("en_irregular_pasts", ()))


# an English verb in the past after a crowd's noun, perhaps with "also" or "too" between
# ("protesters also gathered in Basra")
_PAST_AFTER = LazyPattern(r"\s+(?:also\s+|too\s+|again\s+)?([a-z]+)\b")


def _crowd_of_a_past_verb(text: str, t: TriggerMention) -> bool:
    """Whether an English noun of the event's type (protesters, demonstrators) is the subject of a
    verb in the past right after it ("as protesters also gathered in Basra"): the verb's deed,
    told by its doers' noun."""
    if is_arabic(t.text) or t.tense or " " in t.text.strip():
        return False
    m = _PAST_AFTER.match(text, t.end)
    return m is not None and (m.group(1).lower().endswith("ed") or m.group(1).lower() in _irregular_pasts())


def own_place_deed(
    text: str,
    t: TriggerMention,
    triggers: Sequence[TriggerMention],
    places: Sequence[PlaceMention],
    sentence: tuple[int, int],
) -> bool:
    """Whether the verb `t` follows a verb of its type in `sentence`, joined to it by a word of
    addition or sequence, each clause with a place of its own on another ground."""
    types, en, ar, origins, km = _rules()
    if t.event_type not in types or not (_past(t) or _crowd_of_a_past_verb(text, t)) or t.modality != "asserted":
        return False
    before = [
        u for u in triggers if u.event_type == t.event_type and sentence[0] <= u.start and u.end <= t.start and _past(u)
    ]
    if not before or before[-1].modality != "asserted":
        return False
    first = before[-1]
    if is_arabic(t.text):
        joined = ar.search(text, first.end, t.start)
        if joined is not None and joined.group().strip(" ،,") == "" and not fold_str(t.text).startswith(("و", "ف")):
            return False  # two verbs side by side, with no word joining them
    else:
        joined = en.search(text, first.end, t.start)
    if joined is None or _SENTENCE_BREAK.search(text, first.end, joined.start()) is not None:
        return False
    # (the crowd named right after the verb, "كما تظاهر محتجون في مدينة البصرة", is its subject,
    # no later deed ending its clause)
    later = [
        u.start
        for u in triggers
        if t.end <= u.start < sentence[1] and not (u.event_type == t.event_type and not _past(u) and not text[t.end : u.start].strip())
    ]
    end = min(later, default=sentence[1])
    stop = _SENTENCE_BREAK.search(text, t.end, end)
    ones = _where(text, places, first.end, joined.start(), origins)
    twos = _where(text, places, t.end, stop.start() if stop else end, origins)
    return bool(ones) and bool(twos) and all(_two_grounds(a, b, km) for a in ones for b in twos)


def told_with_own_place(
    text: str,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    mentions: Sequence[TriggerMention],
    places: Sequence[PlaceMention],
) -> bool:
    """Whether the event word at `trigger` is such a second verb (`own_place_deed`)."""
    t = next((u for u in mentions if (u.start, u.end) == trigger), None)
    return t is not None and own_place_deed(text, t, mentions, places, sentence)


def own_clause_places(
    text: str,
    places: list[PlaceMention],
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    mentions: Sequence[TriggerMention],
    named: Sequence[PlaceMention],
) -> list[PlaceMention]:
    """`places` of the clause of the event word at `trigger` when it or the next word of its type
    is such a second verb (`own_place_deed`): the second deed's are those after its word, the
    first's those before the second's word."""
    t = next((u for u in mentions if (u.start, u.end) == trigger), None)
    if t is None:
        return places
    if own_place_deed(text, t, mentions, named, sentence):
        return [p for p in places if p.start >= t.end] or places
    later = [u for u in mentions if u.event_type == t.event_type and t.end <= u.start < sentence[1]]
    if later and own_place_deed(text, later[0], mentions, named, sentence):
        return [p for p in places if p.end <= later[0].start] or places
    return places
