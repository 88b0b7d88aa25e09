"""An English aside set off by two commas that describes a person or a thing by a deed of its
own, opened by a relative word or a participle ("Outgoing President Abdel Aziz, first elected
in 2009, is stepping down"; "the accord, which was signed in 2015, ..."), holds that deed's
date: a date inside it dates the event word inside it, never an event word of the sentence
outside it (data/assembly.json `aside_openers`). So does an Arabic relative clause that describes
a name before the event word and runs to a comma ("أنقرة التي تقاتل في سوريا منذ العام 2016 لدعم
الفصائل، ستحشد حلفاءها ضد دمشق المتهمة بأنها تزود المقاتلين بأسلحة"): its date is the
deed of its own verb, not of an event word told after it (data/assembly.json `ar_aside_openers`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention, TriggerMention
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_aside_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at a comma, of the comma and a word that opens a describing aside: one of
    `aside_openers`, or a past participle in -ed."""
    words = sorted(load_assembly_rules(path).get("aside_openers", ()), key=len, reverse=True)
    return re.compile(r",\s*(?:(?:" + "|".join(map(re.escape, words)) + r")\s|[a-z]+ed\s)", re.IGNORECASE)


# a name set off by two commas after the noun it names ("Burkina Faso's leader, Capt Ibrahim
# Traore,"): capitalised words, perhaps with a short particle (bin, al-Burhan, de)
_NAME_WORD = r"(?:[A-Z][\w'.-]*|(?:al|el|bin|ibn|ould|de|van|von)(?:-[\w'.-]+)?)"
_APPOSITIVE_NAME = LazyPattern(r",\s*(?:" + _NAME_WORD + r"\s+){0,5}" + _NAME_WORD + r"\s*\Z")
_PAST_PARTICIPLE = LazyPattern(r",\s*[a-z]+ed\s", re.IGNORECASE)
_PARTICIPLE_AFTER = LazyPattern(r"\s*[a-z]+ing\s", re.IGNORECASE)


def _closes_an_appositive(text: str, sentence: tuple[int, int], comma: int) -> bool:
    """Whether the comma at `comma` closes a name set off after the noun it names: a verb in -ed
    right after it, with no verb of the sentence after its clause but a participle in -ing, is the
    sentence's main verb ("The country's leader, Capt Ibrahim Traore, seized power in September,
    ousting ..."), not a participle opening an aside."""
    return _APPOSITIVE_NAME.search(text, sentence[0], comma) is not None


def _asides(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """(start, end) of each describing aside of the English sentence, from its opening
    comma to its closing one."""
    found: list[tuple[int, int]] = []
    for m in re.finditer(",", text[sentence[0] : sentence[1]]):
        start = sentence[0] + m.start()
        opener = load_aside_opener().match(text, start)
        if opener is None:
            continue
        close = text.find(",", m.end() + sentence[0], sentence[1])
        if (
            _PAST_PARTICIPLE.fullmatch(opener.group())
            and _closes_an_appositive(text, sentence, start)
            and (close < 0 or _PARTICIPLE_AFTER.match(text, close + 1))
        ):
            continue  # no verb of the sentence after it: the verb in -ed is the main one
        if close > 0:
            found.append((start, close))
    return found


@lru_cache(maxsize=4)
def load_ar_aside_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for an Arabic relative word (`ar_aside_openers`) as a whole word."""
    words = sorted(load_assembly_rules(path).get("ar_aside_openers", ()), key=len, reverse=True)
    return re.compile(r"(?<!\S)[وف]?(?:" + "|".join(map(re.escape, words)) + r")(?!\S)")


@lru_cache(maxsize=4)
def load_ar_aside_continuers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after a comma, of a preposition that goes on with the clause before it
    (`ar_aside_continuers`: "الذي وقعه الطرفان الخميس، خلال زيارة ...")."""
    words = sorted(load_assembly_rules(path).get("ar_aside_continuers", ()), key=len, reverse=True)
    return re.compile(r"\s*[وف]?(?:" + "|".join(map(re.escape, words)) + r")(?!\S)")


def _ar_asides(text: str, sentence: tuple[int, int], before: int) -> list[tuple[int, int]]:
    """(start, end) of each Arabic relative clause of the sentence that closes at a comma
    before `before`: from its relative word to that comma. A comma followed by a preposition
    of setting closes nothing: the words after it go on with the clause."""
    found: list[tuple[int, int]] = []
    for m in load_ar_aside_opener().finditer(text, sentence[0], before):
        comma = re.compile(r"[،,]").search(text, m.end(), before)
        if comma is not None and load_ar_aside_continuers().match(text, comma.end()) is None:
            found.append((m.start(), comma.start()))
    return found


def without_other_asides_dates(
    text: str, cand: _Candidate, dates: list[TimeMention], triggers: Sequence[TriggerMention]
) -> list[TimeMention]:
    """`dates` without those inside a describing aside that holds an event word of its own
    before the date, when the candidate's word is outside that aside."""
    if not dates:
        return dates
    arabic = not text[cand.trigger[0] : cand.trigger[0] + 1].isascii()
    asides = _ar_asides(text, cand.sentence, cand.trigger[0]) if arabic else _asides(text, cand.sentence)
    drop: set[int] = set()
    for lo, hi in asides:
        if lo <= cand.trigger[0] < hi:
            continue
        for d in dates:
            inside = [t for t in triggers if lo < t.start and t.end <= d.start]
            whole = [t for t in triggers if lo < t.start and t.end <= hi]
            if lo < d.start and d.end <= hi and inside and not _tells_the_word_before(text, cand, lo, whole):
                drop.add(id(d))
    return [d for d in dates if id(d) not in drop] if drop else dates


def _tells_the_word_before(text: str, cand: _Candidate, lo: int, inside: Sequence[TriggerMention]) -> bool:
    """Whether the aside opens right after the candidate's word and tells its own deed only, every
    event word in it of the candidate's type ("The treaty, signed by Medvedev and Obama in Prague
    in April, must still be approved"): the aside dates the treaty's signing. One that tells
    another deed too ("signed in April 2016 during a visit to Cairo") keeps its date to itself."""
    return not text[cand.trigger[1] : lo].strip() and all(t.event_type == cand.event_type for t in inside)
