"""The day an event was held, told in a relative clause right after its word ("the results of
the election that took place on Sunday", "نتائج الانتخابات البرلمانية التي جرت الأحد"): that
clause is the event's own, and its date dates the event, though a date of the sentence's main
verb (the day the results were announced) stands nearer the word. An election told by its win
or result dates by the day its ballot, named later in the sentence, was held on ("أعلنت الهيئة،
مساء أمس الاثنين، فوز الرئيس ...، بعد حصوله على 90 في المائة ... في الاقتراع الرئاسي الذي جرى
يوم الأحد"), a day before the announcement's (`holding_clauses.ballots` of data/assembly.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention


@lru_cache(maxsize=2)
def _holding_clause(closing: bool = False) -> re.Pattern[str]:
    """Up to `words_between` words after the event word, perhaps a comma ("الانتخابات الرئاسية السابقة
    لأوانها، الذي جرى أمس الأحد"), a relative word, a verb of holding or taking place (or, when
    `closing`, of its close: "a summit in Brussels that ended on Monday"), perhaps its place
    ("الذي عقد في الرياض أول من أمس"), then perhaps a word that leads a date (assembly.json
    `holding_clauses`)."""
    rules = load_assembly_rules()["holding_clauses"]
    verbs = [*rules["verbs"], *(rules.get("closing_verbs", ()) if closing else ())]
    return re.compile(
        rf"(?P<between>(?:\s+[^\s.,;:!?،؛]+){{0,{int(rules['words_between'])}}}?)\s*[,،]?\s+(?:{alternation(rules['relatives'])})"
        rf"\s+(?:{alternation(verbs, spaced=True)})"
        # "الذي عقد في الرياض أول من أمس", "that was held in Riyadh on Tuesday": where, before when
        r"(?:\s+(?:في|ب|in|at)\s+[^\s.,;:!?،؛]+(?:\s+[^\s.,;:!?،؛]+)?(?=\s+(?:on|يوم|أمس|أول|اليوم|مساء|صباح|\d)))?"
        rf"(?:\s+(?:{alternation(rules['date_leads'])}))?\s+",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _topics() -> re.Pattern[str]:
    """A word that brings in another noun between the event word and the relative (`holding_clauses.topics`)."""
    words = load_assembly_rules()["holding_clauses"].get("topics", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")(?![^\W\d_])", re.IGNORECASE)


# what may follow the day of a clause of holding: its end, or a word of place or time; not the
# object of an active verb ("مجلس النواب، الذي عقد يوم الأحد جلسة": the parliament held a session)
_AFTER_THE_DAY = re.compile(r"\s*(?:[.,;:!?،؛)\n]|$|(?:في|ب|in|at|on|بعد|after|وسط|amid)(?![^\W\d_]))", re.IGNORECASE)


def _date_of_its_holding(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The date that opens a clause of the event's holding right after its word, if any, with no
    other noun brought in between them and nothing after it that the verb would act on."""
    closing = cand.event_type in load_assembly_rules()["holding_clauses"].get("closing_types", ())
    found = _holding_clause(closing).match(text, cand.trigger[1], cand.sentence[1])
    if found is None or _topics().search(text, *found.span("between")) is not None:
        return None
    at = found.end()
    day = next((d for d in dates if d.start <= at < d.end or d.start == at), None)
    if day is None or _AFTER_THE_DAY.match(text, day.end) is None:
        return None
    return day


@lru_cache(maxsize=1)
def _onset_clause() -> re.Pattern[str]:
    """A relative word and a verb of beginning right after the event word, or, past a comma
    that closes up to six words naming where it is, the same (assembly.json
    `holding_clauses.onset_verbs`), then perhaps a word that leads a date: "a sit-in that began
    on April 6", "a sit-in outside the Defence Ministry in Khartoum, which started on April 6". A
    relative with no comma after other words ("against the war that began in 2003") tells of a
    later noun, not of the event word."""
    rules = load_assembly_rules()["holding_clauses"]
    verbs = alternation(rules.get("onset_verbs", ()), spaced=True)
    relative = rf"\s+(?:{alternation(rules['relatives'])})\s+(?:{verbs})(?:\s+(?:{alternation(rules['date_leads'])}))?\s+"
    return re.compile(rf"(?:(?:\s+[^\s.,;:!?،؛]+){{1,6}}?\s*[,،])?{relative}", re.IGNORECASE)


def date_of_its_onset(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The date that a clause of a protest's or a fight's beginning after its word opens (`_onset_clause`:
    "A sit-in outside the Defence Ministry, which started on April 6, continued"): the day the
    event began, for one whose own clause gives no date."""
    rules = load_assembly_rules()["holding_clauses"]
    if cand.event_type not in rules.get("onset_types", ()):
        return None
    found = _onset_clause().match(text, cand.trigger[1], cand.sentence[1])
    if found is None:
        return None
    at = found.end()
    return next((d for d in dates if d.start <= at < d.end or d.start == at), None)


@lru_cache(maxsize=1)
def _ballots() -> re.Pattern[str]:
    """A word of a ballot (assembly.json `holding_clauses.ballots`), perhaps after ب، ل، في or و."""
    words = load_assembly_rules()["holding_clauses"].get("ballots", ())
    return re.compile(r"(?<![\w-])(?:[وبلف]|وب|ول)?(?:" + alternation(words) + r")(?![\w-])", re.IGNORECASE)


def _date_of_its_ballot(
    text: str, cand: _Candidate, dates: Sequence[TimeMention], chosen: TimeMention | None
) -> TimeMention | None:
    """For an election, the date of a holding clause of a ballot word later in its sentence, when
    it is a day before `chosen` (the day the win or the result was announced; with none, the
    sentence's last date before the word, the announcement's told in a clause of its own)."""
    if chosen is None:
        before = [d for d in dates if cand.sentence[0] <= d.start and d.end <= cand.trigger[0]]
        chosen = before[-1] if before else None
    if chosen is None or chosen.precision != "day":
        return None
    for m in _ballots().finditer(text, cand.trigger[1], cand.sentence[1]):
        found = _holding_clause().match(text, m.end(), cand.sentence[1])
        if found is None:
            continue
        at = found.end()
        d = next((d for d in dates if d.start <= at < d.end or d.start == at), None)
        if d is not None and d.precision == "day" and d.value < chosen.value:
            return d
        return None
    return None
