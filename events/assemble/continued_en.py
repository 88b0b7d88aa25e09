"""An English sentence that goes on with the news of the sentence right before it ("The two
leaders met in Ankara on Tuesday. They signed three agreements on trade."): its event, with
no time word of its own, took place on the day that sentence names, when it names one day in
the week before the publication. A sentence goes on with that news when its subject is a
pronoun or the actor the sentence before named ("Rashid, a former minister, won 162 votes"),
or when its verb is told as more of the same ("also", "later": data/assembly.json
`continued_news_en`), or when it points back with a definite noun to an event of the sentence
before ("Police dispersed the protest and detained several participants"). Not a deed told in the pluperfect ("had") or a state in
the past progressive ("was being held": in course when told), in a sentence that turns to another
piece of news ("Separately, ...": `undated_retellings.other_news`), as the content of a verb of
saying before it, inside a quotation or as the topic of a verb of discussion, nor the talks of
a visit or an event of a type told before, whose retelling the merge of one article's tellings
decides."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.assemble.continued import _recent, load_other_news_opener, load_parts_of
from events.assemble.counted_back import days_counted_before
from events.assemble.name_years import names_a_thing
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules, load_discussion_verbs
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern

_PLUPERFECT = LazyPattern(
    r"\bhad\s+(?:[a-z]+ly\s+|not\s+|already\s+|also\s+)*(?:[a-z]+(?:ed|en|wn|ne|ld|nt|un|ue)\b|(?=\W*$))", re.IGNORECASE
)
_FIRST_NAME = LazyPattern(r"\W*([A-Z][\w'-]+)(?=[\s,])")
# the past progressive ("was being held", "were still being questioned"): a state in course when told
_PROGRESSIVE = LazyPattern(r"\b(?:was|were)\s+(?:still\s+)?being\b", re.IGNORECASE)


def _alternatives(words: Sequence[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"


@lru_cache(maxsize=4)
def _rules(
    path: Path = ASSEMBLY_RULES,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The subject words of the actors told before that open a sentence, the adverbs before a
    verb telling more of the same news, the verbs of saying, a span of the same day before or
    after a told event that opens a sentence, the words setting a deed at the same occasion,
    and the capitalised words that open a sentence
    without naming its subject (`continued_news_en`)."""
    rules = load_assembly_rules(path).get("continued_news_en", {})
    subjects = re.compile(r"\W*(?:" + _alternatives(rules.get("subjects", ())) + r")\b(?!['’-])")
    adverbs = re.compile(r"\b(?:" + _alternatives(rules.get("adverbs", ())) + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
    saying = re.compile(r"\b(?:" + _alternatives(rules.get("saying", ())) + r")\b", re.IGNORECASE)
    measured = re.compile(
        r"\W*(?:" + _alternatives(rules.get("measured_openers", ())) + r")\s+(?:before|after)\s+the\s+[^\W\d_]",
        re.IGNORECASE,
    )
    same = re.compile(
        r"\b(?:" + _alternatives(rules.get("same_occasion", ())) + r")\s+the\s+same\s+[^\W\d_]", re.IGNORECASE
    )
    return subjects, adverbs, saying, measured, same, frozenset(rules.get("not_subjects", ()))


# not the event as the mark of another time ("Days after the meeting", "ahead of the vote")
_NOT_MEASURED = "".join(
    f"(?<!{w} )" for w in ("after", "before", "since", "following", "ahead of", "prior to", "until")
)


@lru_cache(maxsize=4)
def _told_nouns(path: Path = ASSEMBLY_RULES) -> dict[str, re.Pattern[str]]:
    """By event type, a search for 'the' and a noun pointing back to an event of that type
    (perhaps one word between: "the Friday protest"), not after a word that makes it the mark
    of another time (`continued_news_en.told_nouns`)."""
    nouns = load_assembly_rules(path).get("continued_news_en", {}).get("told_nouns", {})
    return {
        kind: re.compile(
            _NOT_MEASURED + r"\bthe\s+(?:[a-z][\w-]*\s+)?(?:" + _alternatives(words) + r")\b(?![-'’])", re.IGNORECASE
        )
        for kind, words in nouns.items()
        if not kind.startswith("_")
    }


def _points_back(text: str, cand: _Candidate, kinds: frozenset[str]) -> bool:
    """Whether the event's sentence names, with 'the', an event of one of `kinds` (the types of
    the events of the sentence before): "Police dispersed the protest" after a protest."""
    nouns = _told_nouns()
    return any(kind in nouns and nouns[kind].search(text, *cand.sentence) for kind in kinds)


def _goes_on(text: str, cand: _Candidate, before: tuple[int, int], kinds: frozenset[str] = frozenset()) -> bool:
    """Whether the event's sentence, up to its event word, goes on with the news of the sentence
    `before`: a pronoun or the actor named there as subject, an adverb of more of the same, or
    a definite noun pointing back to an event there of one of `kinds`."""
    start, opening = cand.sentence[0], text[cand.sentence[0] : cand.trigger[0]]
    subjects, adverbs, saying, measured, same, not_subjects = _rules()
    if (
        _PLUPERFECT.search(text, start, cand.sentence[1])
        or saying.search(opening)
        or opening.count('"') % 2
        or "“" in opening
        or _PROGRESSIVE.search(opening)
    ):
        # background told as done before, the content of speech, a quotation, or a state in
        # course as it was told ("Mursi was being held by the military"), not the day before's deed
        return False
    except_types, discussion = load_discussion_verbs()
    if cand.event_type not in except_types and discussion.search(opening):
        return False  # "The ministers discussed the normalization of relations": a topic talked about
    if measured.match(text, start, cand.trigger[0]) or same.search(text, start, cand.sentence[1]):
        return True  # "Minutes before the session, rockets struck", "at the same ceremony": its day
    if subjects.match(text, start, cand.trigger[0]) or adverbs.search(opening):
        return True
    if _points_back(text, cand, kinds - {cand.event_type}):
        return True
    name = _FIRST_NAME.match(opening)
    if name is None or name.group(1) in not_subjects:
        return False
    return re.search(r"(?<![\w'])" + re.escape(name.group(1)) + r"(?![\w'])", text[before[0] : before[1]]) is not None


def _told_before(event: Event, day: str, before: tuple[int, int], told: Sequence[Event]) -> bool:
    """Whether the article told an event of which this one is a part (the talks of a visit), or
    one of its type in the sentence before or on another day, whose retelling the merge of one
    article's tellings decides."""
    parts = load_parts_of().get(event.event_type, ())
    return any(
        ev.event_type in parts
        or (ev.event_type == event.event_type and (ev.date != day or before[0] <= ev.spans["quote"][0] < before[1]))
        for ev in told
    )


def _day_carried(before: tuple[int, int], told: Sequence[Event]) -> tuple[str, str, list[int] | None] | None:
    """The day, its basis and its span, of the events of the sentence `before`, itself with no
    date, that a date told further back or the catalog of known events dates (the news goes on
    over several sentences), if they all share it."""
    carried = [
        ev
        for ev in told
        if before[0] <= ev.spans["quote"][0] < before[1]
        and ev.date_precision == "day"
        and (
            (ev.date_basis in ("explicit", "relative") and ev.spans.get("date") and ev.spans["date"][1] <= before[0])
            or ev.date_basis == "reference"
        )
    ]
    if not carried or len({ev.date for ev in carried}) != 1:
        return None
    span = carried[-1].spans.get("date")
    return carried[-1].date or "", carried[-1].date_basis, list(span) if span else None


def _day_before(
    text: str, before: tuple[int, int], dates: Sequence[TimeMention], told: Sequence[Event]
) -> tuple[str, str, list[int] | None] | None:
    """The one day the sentence `before` names (its value, basis and span), or, when it names
    no date at all, the day it carried from further back (`_day_carried`)."""
    # (a year that names a thing, "a 1974 disengagement agreement", is no time frame of the news)
    days = [
        d for d in dates if before[0] <= d.start and d.end <= before[1] and not d.recurring and not names_a_thing(text, d)
    ]
    if not days:
        return _day_carried(before, told)
    if any(d.precision != "day" for d in days) or len({d.value for d in days}) != 1:
        return None  # a new time frame told beside it
    return days[-1].value, days[-1].basis, [days[-1].start, days[-1].end]


def date_as_continued_en(
    event: Event,
    text: str,
    cand: _Candidate,
    before: tuple[int, int],
    context: tuple[Sequence[TimeMention], Sequence[Event]],
    spans: dict,
) -> None:
    """Date a publication-dated English event of a sentence with no date of its own that goes on
    with the news of the sentence right before it (`before`, its start and end) by the one day
    that sentence names or carries (`context`: the dates of the text found there, the events
    told so far)."""
    dates, told = context
    if event.date_basis != "publication" or event.date_precision != "day" or before[0] >= before[1]:
        return
    day = _day_before(text, before, dates, told)
    kinds = frozenset(ev.event_type for ev in told if before[0] <= ev.spans["quote"][0] < before[1])
    if day is None or not _recent(day[0], event.published) or not _goes_on(text, cand, before, kinds):
        return
    if load_other_news_opener().match(text, cand.sentence[0]):
        return  # "Separately, Qatar also sent planes carrying medical aid": another piece of news
    if _told_before(event, day[0], before, told):
        return
    value = day[0]
    if counted := days_counted_before(text, cand):  # "..., two days after a referendum": before that day
        value = (date.fromisoformat(value[:10]) - timedelta(days=counted)).isoformat()
    event.date, event.date_precision, event.date_basis = value, "day", day[1]  # type: ignore[assignment]
    spans["date"] = day[2]
