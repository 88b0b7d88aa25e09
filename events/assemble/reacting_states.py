"""A state that reacts to a deed is no party of it: the subject of a verb of reaction whose object
is the event word ("رحبت الجزائر باتفاق السلام", "Egypt welcomed the ceasefire reached between
Israel and Hamas", "أعربت الكويت عن قلقها من الهجوم") welcomed, condemned or feared the deed; it
did not take part in it (SCHEMA.md has no event of a statement). The subject is the name right
after the Arabic verb, at most `subject_words` words of its head between (رحبت وزارة الخارجية
الجزائرية), or right before the English one, at most `subject_words` words between (Egypt's
foreign ministry welcomed); word lists in `reacting_states` of data/assembly.json."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.dating import load_reaction_verbs
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _PROTESTED
from events.model import ActorMention, Event, PlaceMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_REACH = 90  # characters before the event word within which the verb of reaction stands
_CLAUSE_END = re.compile(r"[.,،;؛:!?؟]")
_STOP = LazyPattern(r"[.,،;؛:!?؟\"«»“”()]")


@lru_cache(maxsize=4)
def load_reacting_states(path: Path = ASSEMBLY_RULES) -> tuple[int, frozenset[str]]:
    """The words a subject's head may take between it and its verb (`subject_words`), and the
    words that open no subject (`not_subject`: prepositions, so "رحبت بزيارة الرئيس" names the
    object's side)."""
    rules = load_assembly_rules(path).get("reacting_states", {})
    return int(rules.get("subject_words", 3)), frozenset(fold_str(w).lower() for w in rules.get("not_subject", ()))


@lru_cache(maxsize=4)
def load_evaluations(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for an English verb that qualifies its object (`reacting_states.evaluations`:
    called the sentence "unjust"), the event word within three words after it, ending right
    before that word."""
    words = load_assembly_rules(path).get("reacting_states", {}).get("evaluations", ())
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return gated_compile(r"(?<!\S)(?:" + alternatives + r")(?:\s+[^\s.!?;:,\"]+){0,2}\s+$", re.IGNORECASE)


def _subject_gap(gap: str) -> bool:
    """Whether `gap` is at most a subject's head: a few words, no punctuation, no preposition."""
    words, stops = load_reacting_states()
    parts = gap.split()
    if len(parts) > words or _STOP.search(gap.replace("'s", "")):
        return False
    folded = [fold_str(w).lower() for w in parts]
    return not any(w in stops or (w.startswith(("ب", "ل")) and not gap.isascii()) for w in folded)


def reactor_of(text: str, actor: ActorMention | PlaceMention, verb: tuple[int, int]) -> bool:
    """Whether the actor is the subject of the verb at `verb`: after it in Arabic, before it in English."""
    start, end = verb
    if text[start:end].isascii():
        return actor.end <= start and _subject_gap(text[actor.end : start])
    return actor.start >= end and _subject_gap(text[end : actor.start])


def without_reacting_states(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger_start: int, start: int
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without the subject of a verb of reaction whose object is the event
    word (as a name or as a place), or of an English verb that qualifies it ("Joe Biden called the
    fall of Assad a fundamental act of justice"), when a side or a place with a country stays beside it."""
    m = load_reaction_verbs().search(text, max(start, trigger_start - _REACH), trigger_start)
    if m is None:
        m = load_evaluations().search(text, max(start, trigger_start - _REACH), trigger_start)
    if m is None:
        return actors, places
    verb = re.match(r"[وف]?[^\s]+", text[m.start() : m.end()])
    span = (m.start(), m.start() + (verb.end() if verb else 0))
    kept = [a for a in actors if not (a.country and reactor_of(text, a, span))]
    kept_places = [p for p in places if not (p.country and reactor_of(text, p, span))]
    gone = {n.country for n in (*actors, *places)} - {n.country for n in (*kept, *kept_places)}
    if not gone or not any(n.country for n in (*kept, *kept_places)):
        return actors, places
    return kept, kept_places


def reactors_only(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger_start: int, start: int
) -> bool:
    """Whether the event word is the object of a reaction whose side names every country of its
    sentence: the protesters named before a word of protest (`protested_markers`: "تظاهر آلاف في
    برلين ولندن تنديدا بالهجوم", "rallied in London in protest at the attack"), or the subject of
    a verb of reaction or of an English verb that qualifies its object, with the names before
    that verb ("Jake Sullivan, Joe Biden's choice for national security adviser, called the
    sentence unjust"). Such a word names the deed reacted to and none of its sides: the deed is
    the one the article tells elsewhere."""
    # the names of the event word's clause: none after a comma that follows it
    named = [
        n
        for n in (*actors, *places)
        if n.country and (n.end <= trigger_start or not _CLAUSE_END.search(text, trigger_start, n.start))
    ]
    if not named:
        return False
    m = _PROTESTED.search(text, max(start, trigger_start - 24), trigger_start)
    if m is not None:
        return all(n.end <= m.start() for n in named)
    m = load_reaction_verbs().search(text, max(start, trigger_start - _REACH), trigger_start)
    if m is None:
        m = load_evaluations().search(text, max(start, trigger_start - _REACH), trigger_start)
    if m is None:
        return False
    verb = re.match(r"[وف]?[^\s]+", text[m.start() : m.end()])
    span = (m.start(), m.start() + (verb.end() if verb else 0))
    return all(n.end <= span[0] or reactor_of(text, n, span) for n in named)


def dated_by_the_reaction(told: list[Event], reacted: Event) -> None:
    """The deed a reaction names, told before with sides of its own, takes the day the reaction's
    sentence gives it when its own telling gave only its month or year ("وتأتي القمة بعد ساعات من
    ضربات وجهتها الولايات المتحدة ... أعلنت السعودية دعمها للضربات التي تم شنها السبت") or none
    at all: the latest uncatalogued deed of its type told before it by the same noun (ضربات ...
    للضربات; not غارات), its reactor naming no side of its own, its date within the coarser one."""
    if reacted.date_precision != "day" or reacted.date_basis not in ("explicit", "relative") or not reacted.date:
        return
    words = _trigger_words(reacted.trigger)
    earlier = next(
        (
            ev
            for ev in reversed(told)
            if ev.event_type == reacted.event_type and ev.reference_id is None and words & _trigger_words(ev.trigger)
        ),
        None,
    )  # (a catalogued deed keeps the catalog's date)
    if earlier is None or not earlier.date:
        return
    if earlier.date_basis == "publication":
        pass  # told with no time of its own: the reaction's sentence tells it
    elif earlier.date_precision not in ("month", "year") or not reacted.date.startswith(earlier.date):
        return
    earlier.date, earlier.date_precision, earlier.date_basis = reacted.date, "day", reacted.date_basis
    earlier.spans["date"] = reacted.spans.get("date")


_CLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل")


def _trigger_words(trigger: str) -> frozenset[str]:
    """The words of an event word, folded, without their clitics and article: what two tellings
    of one deed by one noun share (للضربات, ضربات وجهتها)."""
    out = set()
    for word in fold_str(trigger).lower().split():
        for clitic in _CLITICS:
            if word.startswith(clitic) and len(word) - len(clitic) >= 3:
                word = word[len(clitic) :]
                break
        if len(word) >= 3:
            out.add(word)
    return frozenset(out)
