"""A month or a year written inside an event noun's phrase dates that event
(«انتخابات سبتمبر/أيلول 2022»، «احتجاجات أكتوبر 2019»، "the March 2023 deal",
"the October 2019 protests"): right after the Arabic noun it is annexed to, or in English
between the article and the noun (past two qualifying words at most). That date is the
noun's own; another deed of the sentence is not dated by it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import TimeMention, TriggerMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_PRECISIONS = ("month", "year")
_ANNEXED = LazyPattern(r"[ \t]+")  # the noun, then its date with nothing but a space between
_ARTICLE = re.compile(r"(?:(?<![^\W\d_])the|\w['’]s)\s+\Z", re.IGNORECASE)  # "the October 2019 protests", "Kuwait's"
_QUALIFIERS = LazyPattern(r"\s+(?:[^\W\d_][\w'-]*\s+){0,2}")  # "the June 2023 parliamentary elections"
_RELATIVE_OF = LazyPattern(r"(?:\s+\d{4})?\s+(?:that|which|التي|الذي)\s+", re.IGNORECASE)  # a noun, its relative clause
_LAST_WORDS = LazyPattern(r"([^\W\d_]+)(?:\s+the)?\s*\Z", re.IGNORECASE)  # the word before a phrase


@lru_cache(maxsize=4)
def load_within(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """data/assembly.json `noun_dates.within`: the prepositions before an event noun's phrase
    that tell a deed done during that event."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("noun_dates", {}).get("within", ()))


def _done_within(text: str, start: int) -> bool:
    """Whether the phrase opening at `start` comes right after a word of `within` (perhaps
    with "the" between): "during the October 2019 protests", «خلال احتجاجات 2019»."""
    m = _LAST_WORDS.search(text, max(0, start - 30), start)
    return m is not None and fold_str(m.group(1)) in load_within()


def _written(d: TimeMention) -> bool:
    """A month or year the text writes out (not "last year"), not a recurring one."""
    return not d.recurring and d.basis == "explicit" and d.precision in _PRECISIONS


# the days of the week with the article, which an indefinite Arabic event noun takes as its own
# when annexed to one («مسيرات الجمعة»: Friday's marches; after a noun with the article, «خرجت
# المسيرات الجمعة», the day is the verb's time)
_WEEKDAYS = frozenset(fold_str(w) for w in ("الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس"))
_WITH_ARTICLE = LazyPattern(r"(?:[وفبلك]?ال|[وف]?لل)")


def _annexed_weekday(text: str, trigger: tuple[int, int], d: TimeMention) -> bool:
    """Whether `d`, a day of the week with the article, stands right after the indefinite Arabic
    event noun at `trigger`, annexed to it: the day of that noun's event."""
    if d.start <= trigger[1] or d.precision != "day" or d.basis != "relative" or d.recurring:
        return False
    if fold_str(d.text) not in _WEEKDAYS or not _ANNEXED.fullmatch(text, trigger[1], d.start):
        return False
    return _WITH_ARTICLE.match(fold_str(text[trigger[0] : trigger[1]])) is None


def noun_date(text: str, trigger: tuple[int, int], dates: Sequence[TimeMention], tense: str = "") -> TimeMention | None:
    """The written month or year inside the phrase of the event noun at `trigger` (an Arabic
    verb, with a `tense`, has none; an English word after "the" and a date is a noun whatever
    its form: "the October 2019 protests")."""
    arabic = not text[trigger[0] : trigger[0] + 1].isascii()
    if arabic and tense:
        return None
    for d in dates:
        if arabic and _annexed_weekday(text, trigger, d):
            return d  # «مسيرات الجمعة», «احتجاجات الثلاثاء»: that day's marches
        if not _written(d):
            continue
        if arabic:
            if d.start > trigger[1] and _ANNEXED.fullmatch(text, trigger[1], d.start):
                return d
        elif (
            d.end < trigger[0]
            and _QUALIFIERS.fullmatch(text, d.end, trigger[0])
            and _ARTICLE.search(text, max(0, d.start - 8), d.start)
        ):
            return d
    return None


def dated_in_its_name(
    text: str, trigger: tuple[int, int], tense: str, span: list[int] | None, dates: Sequence[TimeMention]
) -> bool:
    """Whether the date at `span` that dates the candidate is the month or year written inside
    its noun's phrase ("a year after the 2011 uprising", «بعد ثورة 2011»): the event's own date,
    never that of another deed of its sentence, whatever words stand before its noun."""
    own = next((d for d in dates if span is not None and [d.start, d.end] == list(span)), None)
    return own is not None and noun_date(text, trigger, [own], tense) is own


@lru_cache(maxsize=4)
def _object_rule(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int, frozenset[str]]:
    """data/assembly.json `noun_dates`: the types whose verb takes the event as its object
    (`object_types`), how many words that noun may stand after the verb (`object_words`), and
    the words that set it apart as another deed's (`apart`)."""
    rule = load_assembly_rules(path).get("noun_dates", {})
    return (
        frozenset(rule.get("object_types", ())),
        int(rule.get("object_words", 6)),
        frozenset(fold_str(w) for w in rule.get("apart", ())),
    )


_BREAK = LazyPattern(r"[،,;؛:()\[\]\"«»]")


def _the_verb_s_object(text: str, trigger: tuple[int, int], noun: TriggerMention) -> bool:
    """Whether the event noun, of a type whose verb takes the event itself as object, stands a few
    words after the verb at `trigger`, in its clause with no word of another time between: the
    object of the verb (فاز الرئيس بانتخابات 2022)."""
    types, words, apart = _object_rule()
    if noun.start < trigger[1] or noun.event_type not in types:
        return False
    between = text[trigger[1] : noun.start]
    if _BREAK.search(between):
        return False
    told = between.split()
    return len(told) <= words and not any(fold_str(w) in apart for w in told)


def without_other_nouns_dates(
    dates: list[TimeMention],
    text: str,
    trigger: tuple[int, int],
    triggers: Sequence[TriggerMention],
    event_type: str = "",
    tense: str = "",
) -> list[TimeMention]:
    """`dates` without those written inside another event noun's phrase than the word at
    `trigger` ("resigned after the October 2019 protests": the protests' month); not when that
    phrase tells the event the deed was done in ("arrested during the 2019 protests"), nor when
    the noun, of the deed's own `event_type`, is the object of its verb (a `tense`: فاز بانتخابات 2022)."""
    if not dates:
        return dates
    # the deed a noun's relative clause tells ("the 2011 uprising that toppled Ben Ali") does
    # not take the noun's own date from it (the deed, when catalogued, has its own day)
    others = [
        t
        for t in triggers
        if (t.end <= trigger[0] or t.start >= trigger[1])
        and not _RELATIVE_OF.fullmatch(text, trigger[1], t.start)
        and not (tense and t.event_type == event_type and _the_verb_s_object(text, trigger, t))
    ]
    drop = {
        id(d)
        for t in others
        if (d := noun_date(text, (t.start, t.end), dates, t.tense)) is not None
        and not _done_within(text, min(t.start, d.start))
        # a day of the week annexed to a noun («تظاهرة السبت شهدت مواجهات») is the sentence's
        # setting too, unless the sentence tells another date for the deed
        and (_written(d) or any(o is not d and not o.recurring for o in dates))
    }
    return [d for d in dates if id(d) not in drop] if drop else dates
