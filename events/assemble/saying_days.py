"""An English deed told in the that-clause of a verb of saying dated to the day ("Iran
announced on Sunday that it had closed its airspace", "The ministry said late on Monday that
troops had withdrawn"), with no date of its own: it was done by the day it was told, and is
that day's news, as it is when "that" is left out ("said on Sunday it had closed"), or when the
announcement is told in the passive with its maker saying the deed in a relative clause ("The
breakthrough was announced on Monday night by Kuwait's foreign minister, who said Riyadh had
reopened its airspace"), or when the deed is its noun told done in the passive ("announced on
Sunday that an agreement had been reached"). Not a deed to come ("said on Sunday that it would close"), nor one
after a second verb of saying."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.past_perfect import told_in_the_past_perfect
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.speech_gaps import english_saying_before
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

# a verb of saying, and at most one word of the hour, right before the day
_SAYING_VERBS = r"said|announced|confirmed|reported|stated|declared|told(?:\s+\S+){1,2}?"
_THAT_AFTER = LazyPattern(r"\s*,?\s*that\s", re.IGNORECASE)
# "was announced on Monday night by Kuwait's foreign minister, ..., who said": the one who
# made the announcement, and what he said in it
_BY_WHO_SAID = LazyPattern(
    r"\s+by\s+[^.;:\"“”]{1,160}?,\s*(?:who|which)\s+(?:said|announced|confirmed|stated|added|declared)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_ANOTHER_SAYING = LazyPattern(r"(?<!\w)(?:said|says|announced|confirmed|reported|claimed|added)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_decision_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, ending right before the event word, for a verb of a decision taken
    (`saying_days.decision_verbs`), perhaps after "had", and "to": reported speech need not
    shift the tense back ("said on Friday that they agreed to normalise relations")."""
    verbs = alternation(load_assembly_rules(path).get("saying_days", {}).get("decision_verbs", ()))
    return re.compile(r"(?<![\w'])(?:had\s+)?(?:" + verbs + r")\s+to\s+$", re.IGNORECASE)


def _decided(text: str, cand: _Candidate) -> bool:
    """Whether the event word comes right after "(had) agreed to", "(had) decided to"."""
    return load_decision_verbs().search(text, max(cand.sentence[0], cand.trigger[0] - 30), cand.trigger[0]) is not None


@lru_cache(maxsize=4)
def load_passive_after(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after a noun of an event, for a passive in the past of its doing
    ("had been reached", "was signed": `saying_days.auxiliaries` and `participles`)."""
    rules = load_assembly_rules(path).get("saying_days", {})
    return re.compile(
        r"\s+(?:" + alternation(rules.get("auxiliaries", ())) + r")\s+(?:" + alternation(rules.get("participles", ())) + r")(?![\w-])",
        re.IGNORECASE,
    )


def _done_in_the_passive(text: str, cand: _Candidate) -> bool:
    """Whether a passive in the past of its doing comes right after the event noun ("that an
    agreement had been reached"), as «أنه تم التوصل إلى اتفاق» tells it done."""
    return load_passive_after().match(text, cand.trigger[1]) is not None


@lru_cache(maxsize=4)
def load_arabic_saying(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Searches for an Arabic verb of saying and its subject ending right before the day
    (`saying_days.ar_verbs`, `ar_subject_words`), for the opener of what was said right after
    the day (`ar_openers`, perhaps with a pronoun on it), and for another verb of saying."""
    rules = load_assembly_rules(path).get("saying_days", {})
    verbs = alternation(rules.get("ar_verbs", ()))
    words = int(rules.get("ar_subject_words", 0))
    return (
        re.compile(r"(?<!\w)[وف]?(?:" + verbs + r")(?!\w)(?:\s*[،,]?\s*[^\s.،,؛:!?؟]+){0," + str(words) + r"}\s*[،,]?\s*$"),
        re.compile(r"\s*[،,]?\s*[وف]?(?:" + alternation(rules.get("ar_openers", ())) + r")(?:ه|ها|هم|هما)?\s"),
        re.compile(r"(?<!\w)[وف]?(?:" + verbs + r"|قال|قالت|أضاف|أضافت)(?!\w)"),
    )


def _arabic_day_of_the_saying(text: str, cand: _Candidate, day: TimeMention) -> TimeMention | None:
    """The Arabic twin of `day_of_the_saying`: «أعلن ترمب، الخميس، أن الإمارات وإسرائيل توصلتا»."""
    saying, opener, another = load_arabic_saying()
    that = opener.match(text, day.end, cand.trigger[0])
    if that is None or saying.search(text, max(cand.sentence[0], day.start - 120), day.start) is None:
        return None
    return None if another.search(text, that.end(), cand.trigger[0]) is not None else day


def day_of_the_saying(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The day between a verb of saying and "that" before the English event word, when the
    word is a verb in the past (or the past perfect, or after "had agreed to", or a noun told
    done by a passive in the past after it) and no date nor other verb of saying stands between
    them; in Arabic, between a verb of saying with its subject and أن before a verb in the past."""
    if cand.background or not (
        cand.tense == "past" or told_in_the_past_perfect(text, cand) or _decided(text, cand) or _done_in_the_passive(text, cand)
    ):
        return None
    before = [d for d in dates if cand.sentence[0] <= d.start and d.end <= cand.trigger[0]]
    if not before:
        return None
    day = before[-1]
    if day.precision != "day" or day.recurring:
        return None
    if is_arabic(text[cand.trigger[1] - 1]):
        return _arabic_day_of_the_saying(text, cand, day) if cand.tense == "past" else None
    that = _THAT_AFTER.match(text, day.end) or _BY_WHO_SAID.match(text, day.end, cand.trigger[0])
    if that is None or that.end() > cand.trigger[0]:
        return None
    if english_saying_before(_SAYING_VERBS).search(text, max(cand.sentence[0], day.start - 90), day.start) is None:
        return None
    if _ANOTHER_SAYING.search(text, that.end(), cand.trigger[0]) is not None:
        return None
    return day


def dated_by_their_saying(events: Sequence[Event], said_days: dict[int, TimeMention]) -> None:
    """Give the day of their saying (`said_days`, by id) to the events still dated by the
    publication once the article's tellings are merged: a deed the article also tells on a day
    of its own ("said Wednesday that it had killed him ... The strike on Tuesday") keeps it."""
    for ev in events:
        day = said_days.get(id(ev))
        if day is None or ev.date_basis != "publication":
            continue
        ev.date, ev.date_precision, ev.date_basis = day.value, "day", day.basis  # type: ignore[assignment]
        ev.spans["date"] = [day.start, day.end]
