"""A deed told after «قبل أن» or "before" with a time of its own written in that clause is a
later deed of its own on that time, whether or not the deed before the opener has a date:
"قطعت البحرين علاقاتها مع قطر قبل أن تعيد العلاقات معها عام 2023" and "Bahrain cut ties with
Qatar before restoring relations with Doha in 2023" tell the restoration of 2023 beside the
break, which keeps its own date (the year is the later deed's, not the break's).

The clause so opened runs to a semicolon or the end of its sentence: a short aside set off by
two commas inside it ("قبل أن تعيد، بوساطة كويتية، العلاقات معها عام 2023", "before restoring,
through Kuwaiti mediation, relations with Doha in 2023") does not end it, while a comma that
opens no such aside does (data/assembly.json `before_clauses`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention, TimeMention, TriggerMention
from events.text.lazy import LazyPattern

_COMMA = LazyPattern(r"[,،]")
_STOP = LazyPattern(r"[,،;؛.!?؟\n]")


@lru_cache(maxsize=4)
def load_before_clauses(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int, int]:
    """(a search for an opener of a later deed's clause, «قبل أن» or "before", as a whole word,
    in Arabic perhaps after و or ف; the most words of an aside between two commas inside the
    clause; the most words between the opener and the later deed's word: a subject, "before
    the two countries signed")."""
    rules = load_assembly_rules(path).get("before_clauses", {})
    words = rules.get("openers", [])
    pattern = re.compile(r"(?<!\S)[وف]?(?:" + alternation(words, spaced=True) + r")(?!\S)", re.IGNORECASE)
    return pattern, int(rules.get("aside_words", 0)), int(rules.get("subject_words", 0))


@lru_cache(maxsize=4)
def load_object_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types whose Arabic verb takes the counterpart right after it, as its object (يلتقي بوتين):
    that name is no subject of the later deed's clause."""
    return frozenset(load_assembly_rules(path).get("before_clauses", {}).get("object_types", ()))


def clause_end(text: str, start: int, end: int) -> int:
    """Where the clause going from `start` ends, at most at `end` (the sentence's end): at a
    semicolon or the end of the sentence, past any aside of a few words between two commas; at
    a comma that opens no such aside."""
    _, aside_words, _ = load_before_clauses()
    pos = start
    while True:
        stop = _STOP.search(text, pos, end)
        if stop is None:
            return end
        if _COMMA.fullmatch(stop.group()) is None:
            return stop.start()
        closing = _STOP.search(text, stop.end(), end)
        if closing is None or _COMMA.fullmatch(closing.group()) is None:
            return stop.start()
        if len(text[stop.end() : closing.start()].split()) > aside_words:
            return stop.start()
        pos = closing.end()


def _explicit(d: TimeMention) -> bool:
    """A year, a month or a day of a month written out, not recurring (a weekday or a day counted
    from the publication is the sentence's own news)."""
    return not d.recurring and d.basis == "explicit"


@lru_cache(maxsize=64)
def later_deed_stretch(text: str, sentence: tuple[int, int], start: int) -> tuple[int, int] | None:
    """When the event word at `start` comes right after an opener of a later deed's clause (at
    most `subject_words` words between), the stretch of that clause: from the opener's end to
    the clause's end (`clause_end`). None otherwise. Kept for the last few asked: each event
    word is asked about once for each date and step that weighs it."""
    pattern, _, subject_words = load_before_clauses()
    lo = max(sentence[0], start - 120)
    opener = None
    for m in pattern.finditer(text, lo, start):
        opener = m
    if opener is None or len(text[opener.end() : start].split()) > subject_words:
        return None
    if _STOP.search(text, opener.end(), start) is not None:
        return None
    return opener.end(), clause_end(text, opener.end(), sentence[1])


def dated_later_deed(
    text: str, sentence: tuple[int, int], trigger: tuple[int, int], dates: Sequence[TimeMention], others: Sequence[tuple[int, int]] = ()
) -> TimeMention | None:
    """The date written out after the event word `trigger` in its clause of a later deed
    (`later_deed_stretch`), with none of the event words `others` between: that deed's own
    time. None when the word opens no such clause or the clause has no such date."""
    stretch = later_deed_stretch(text, sentence, trigger[0])
    if stretch is None:
        return None
    for d in sorted(dates, key=lambda d: d.start):
        if trigger[1] <= d.start and d.end <= stretch[1] and _explicit(d):
            if any(trigger[1] <= o[0] < d.start for o in others):
                return None
            return d
    return None


def dated_before_cuts(
    text: str, sentence: tuple[int, int], dates: Sequence[TimeMention], triggers: Sequence[TriggerMention]
) -> list[int]:
    """Where the clauses of later deeds with a date of their own begin (the opener's start), in a
    sentence with an asserted event word before the opener: the parts before and after it tell
    deeds of different times."""
    s, e = sentence
    inside = [t for t in triggers if s <= t.start < e and t.modality == "asserted"]
    cuts: list[int] = []
    pattern, _, _ = load_before_clauses()
    for t in inside:
        if dated_later_deed(text, sentence, (t.start, t.end), dates, [(o.start, o.end) for o in inside if o is not t]) is None:
            continue
        opener = None
        for m in pattern.finditer(text, max(s, t.start - 120), t.start):
            opener = m
        if opener is not None and any(o.end <= opener.start() for o in inside):
            cuts.append(opener.start())
    return cuts


def _opener_before(text: str, sentence: tuple[int, int], start: int) -> re.Match[str] | None:
    pattern, _, _ = load_before_clauses()
    found = None
    for m in pattern.finditer(text, max(sentence[0], start - 120), start):
        found = m
    return found


def _main_subject(
    text: str, sentence: tuple[int, int], opener: int, triggers: Sequence[TriggerMention], actors: Sequence[ActorMention]
) -> list[ActorMention]:
    """The doer of the deed told before the opener at `opener`: the last name before its word
    (Bahrain cut ties; أردوغان زار), else the name right after an Arabic verb (وقطعت البحرين)."""
    main = [t for t in triggers if sentence[0] <= t.start and t.end <= opener and t.modality == "asserted"]
    if not main:
        return []
    word = main[0]
    before = [a for a in actors if sentence[0] <= a.start and a.end <= word.start]
    if before:
        return [before[-1]]
    after = next((a for a in actors if a.start >= word.end), None)
    if after is not None and after.start < opener and _right_after(text, word.end, after.start):
        return [after]
    return []


def _right_after(text: str, end: int, start: int) -> bool:
    """Whether a name at `start` follows the word ending at `end` with at most one word between
    (the subject of an Arabic verb, perhaps with its noun before the nisba: الشرطة المصرية)."""
    between = text[end:start]
    return start >= end and len(between.split()) <= 1 and _STOP.search(between) is None


def before_clause_sides(
    text: str,
    trigger: tuple[int, int],
    sentence: tuple[int, int],
    triggers: Sequence[TriggerMention],
    dates: Sequence[TimeMention],
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    event_type: str,
) -> tuple[list[ActorMention], list[PlaceMention], bool] | None:
    """The names of the deed told by `trigger` in a sentence split by the clause of a later deed
    with a date of its own (`dated_before_cuts`): for the deed before the opener, the names
    outside that clause ("واعتقلت الشرطة المصرية الناشط قبل أن تشن غارات على ليبيا عام 2015": no
    Libya); for the later deed, the names of its clause, with the doer of the deed before it when
    the clause names none of its own before or right after its word ("Bahrain cut ties with
    Qatar before restoring relations with Doha in 2023": Bahrain restored them; a name right after
    the verb of a type of `object_types` is its counterpart, "قبل أن يلتقي الرئيس الروسي"), and
    True. None when the sentence has no such clause."""
    cuts = dated_before_cuts(text, sentence, dates, triggers)
    if not cuts:
        return None
    for cut in sorted(cuts):
        opener = load_before_clauses()[0].match(text, cut)
        if opener is None:
            continue
        end = clause_end(text, opener.end(), sentence[1])
        if trigger[0] < cut:
            return (
                [a for a in actors if not cut <= a.start < end],
                [p for p in places if not cut <= p.start < end],
                False,
            )
        if opener.end() <= trigger[0] < end:
            own = [a for a in actors if cut <= a.start < end]
            own_places = [p for p in places if cut <= p.start < end]
            subject = any(a.end <= trigger[0] for a in own) or (
                event_type not in load_object_types() and any(_right_after(text, trigger[1], a.start) for a in own)
            )
            if not subject:
                doer = _main_subject(text, sentence, cut, triggers, actors)
                if not {a.country for a in own} - {a.country for a in doer} and not own_places:
                    # "قبل أن تعيد العلاقات معها عام 2023": no side of its own named, the deed is
                    # between the sides of the deed before it
                    return list(actors), list(places), True
                own = [*doer, *own]
            return own, own_places, True
    return None


def apart_by_a_later_clause(text: str, sentence: tuple[int, int], one: tuple[int, int], other: tuple[int, int], dates: Sequence[TimeMention]) -> bool:
    """Whether of the event words `one` and `other` the later one opens the clause of a later deed
    with a date of its own (`dated_later_deed`) after the earlier one's word: two deeds of their
    own times, neither a part of the other ("تظاهر آلاف في الخرطوم قبل أن يعلن البشير استقالته عام
    2019", "Thousands protested in Khartoum before Bashir resigned in 2019")."""
    first, later = sorted((one, other))
    stretch = later_deed_stretch(text, sentence, later[0])
    return stretch is not None and first[1] <= stretch[0] and dated_later_deed(text, sentence, later, dates) is not None
