"""A deed told in a clause that a phrase of a short time before or after opens ("Prime
Minister Basindawa resigned on Sunday hours before the rebels and the parties signed a deal"), or
a comma and a word of simultaneity («أطلق الحزب أمس 250 صاروخا، بينما شنت الطائرات غارات»):
with no time of its own clause, it took place on the day the sentence tells before the phrase,
not on the publication's (data/assembly.json `hours_clauses`). A phrase before the noun of a
deed ("hours before the announcement") names that deed's time instead (data/calendar.json
`hours_around`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern

_BREAK = LazyPattern(r"[,،;؛.!?؟\n]")
# a word of a stretch of time in the clause: its deed has gone on since then, no one day's
_DURATION = LazyPattern(r"(?<![^\W\d_])(?:منذ|طوال|طيلة|since|for\s+(?:weeks|months|years|days))(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_hours_clauses(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """(a search for an opener of `hours_clauses` as whole words; one for a comma and a word of
    simultaneity, `while` and `continued_news.while_words`, perhaps joined to و; the most words between an opener and the event
    word)."""
    data = load_assembly_rules(path)
    rules = data.get("hours_clauses", {})
    pattern = re.compile(r"(?<!\S)(?:" + alternation(rules.get("openers", ()), spaced=True) + r")(?!\S)", re.IGNORECASE)
    # the Arabic words of simultaneity are those a clause of contrast opens with (`continued_news.while_words`)
    words = [*rules.get("while", ()), *data.get("continued_news", {}).get("while_words", ())]
    meanwhile = re.compile(r"[,،]\s*و?(?:" + alternation(words, spaced=True) + r")(?!\S)", re.IGNORECASE)
    return pattern, meanwhile, int(rules.get("words", 0))


def _opener_before(text: str, cand: _Candidate) -> re.Match[str] | None:
    """The opener whose clause holds the event word, if any: a phrase of a short time with a
    subject between them, or a comma and a word of simultaneity (the Arabic verb may come right
    after it: «بينما شنت الطائرات غارات»)."""
    pattern, meanwhile, words = load_hours_clauses()
    found, subject_needed = None, True
    for m in pattern.finditer(text, cand.sentence[0], cand.trigger[0]):
        found = m
    for m in meanwhile.finditer(text, cand.sentence[0], cand.trigger[0]):
        if found is None or m.start() > found.start():
            found, subject_needed = m, False
    if found is None or _BREAK.search(text, found.end(), cand.trigger[0]) is not None:
        return None
    between = text[found.end() : cand.trigger[0]].split()
    # a verb right after the phrase has no subject of its own: "hours before signing", no clause
    if (subject_needed and not between) or len(between) > words:
        return None
    return found


def hours_clause_start(text: str, cand: _Candidate) -> int | None:
    """Where the clause of a short time that holds an event verb in the past begins (see
    `told_in_an_hours_clause`), else None: its names are those after it."""
    if cand.tense != "past" or cand.reference_id is not None:
        return None
    opener = _opener_before(text, cand)
    return opener.start() if opener is not None else None


def told_in_an_hours_clause(text: str, cand: _Candidate) -> bool:
    """Whether an event verb in the past stands in a clause of its own opened by a phrase of a
    short time with its subject ("resigned on Tuesday, hours after mutinous soldiers detained him"):
    a deed of its own, on the day the sentence tells before the phrase (`date_by_the_hours_clause`),
    not a mere setting of the main deed."""
    return hours_clause_start(text, cand) is not None


def date_by_the_hours_clause(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated deed of a clause opened by a short time before or after
    (`_opener_before`) by the last day the sentence tells before the opener, when nothing after
    the opener tells a time."""
    if event.date_basis != "publication" or cand.reference_id is not None or cand.tense != "past":
        return  # (a deed going on or to come: «بينما تشن إسرائيل غارات يومية»)
    opener = _opener_before(text, cand)
    if opener is None or _DURATION.search(text, opener.end(), cand.sentence[1]) is not None:
        return  # «في حين تواصل إسرائيل منذ أشهر شن غارات»: a stretch of its own
    own = [d for d in dates if opener.end() <= d.start and d.end <= cand.sentence[1] and not d.recurring]
    if own:
        return  # the clause or the rest of the sentence tells a time of its own
    before = [d for d in dates if cand.sentence[0] <= d.start and d.end <= opener.start() and not d.recurring]
    if not before or before[-1].precision != "day":
        return
    if opener.group().lstrip()[:1] in ",،" and before[-1].basis != "relative":
        # "شنت غارات في الثالث من مارس 2021، بينما أطلقت الفصائل صواريخ": a day written out long
        # before is the main deed's alone; "أمس" of the news's days is the time of both
        return
    day = before[-1]
    if event.published and not event.published_estimated and day.value > event.published:
        return  # «دعت ميركل إلى اجتماع يوم الاثنين المقبل، فيما عقد هولاند اجتماعا»: the plan's day
    event.date, event.date_precision, event.date_basis = day.value, day.precision, day.basis  # type: ignore[assignment]
    spans["date"] = [day.start, day.end]
