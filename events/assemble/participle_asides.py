"""A deed's noun followed by an aside set off by commas that opens with the participle of its
deed ("The treaty, signed by Medvedev and Obama in Prague in April, must still be approved";
"الاتفاقية، الموقعة في الرياض عام 2019، تنص على") is dated by that aside: the participle tells
when the noun's deed was done, though the aside stands outside the noun's own clause. An English
noun may take such a phrase with no comma, up to the verb of its sentence ("An agreement brokered
by Charles Michel and signed in April was meant to defuse the standoff")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_participles
from events.assemble.text import _CLAUSE_BREAK
from events.model import TimeMention
from events.text.lazy import LazyPattern

# the comma after the event word; for a measure, perhaps past the object it names ("blockade of the Gaza Strip,", "embargo on Iran,")
_OPENING_COMMA = LazyPattern(r"\s*[,،]")
_MEASURE_COMMA = LazyPattern(r"(?:\s+(?:of|on|against)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?\s*[,،]")
_ASIDE_WORDS = 16  # the most words of such an aside
_PHRASE_WORDS = 10  # the most words between the noun and the participle of `attributive_participles`
_PARTICIPLE_REACH = 6  # the most words between that participle and its time ("signed in Juba in October")
# an English past participle right after the noun, opening the phrase that describes it
_BARE_PARTICIPLE = LazyPattern(r"\s+[a-z]+ed\b")
# a verb in the past between the participle and a time: the sentence's own verb, whose time that is
# ("signed in Doha collapsed in April")
_ANOTHER_VERB = LazyPattern(r"\b(?:[a-z]+ed|fell|broke|began|ended|took|made|held|won|lost)\b")
# the verb of the sentence the noun is the subject of, or a relative word: the phrase ends there
_PHRASE_END = LazyPattern(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|"
    r"which|who|that|while|but|when|after|before|since)\b",
    re.IGNORECASE,
)


def date_in_participle_aside(
    text: str, trigger: tuple[int, int], sentence_end: int, dates: Sequence[TimeMention], *, measure: bool = False
) -> TimeMention | None:
    """The one time written in the aside opened by a participle right after the event word
    and a comma (None: no such aside, or not one time in it); with `measure`, a participle of a
    measure's imposing (`load_measure_participles`) opens one too."""
    comma = (_MEASURE_COMMA if measure else _OPENING_COMMA).match(text, trigger[1], sentence_end)
    if comma is None:
        return None
    participle = load_participles().match(text, comma.end(), sentence_end) or (
        load_measure_participles().match(text, comma.end(), sentence_end) if measure else None
    )
    if participle is None:
        return None
    close = _CLAUSE_BREAK.search(text, participle.end(), sentence_end)
    end = close.start() if close is not None else sentence_end
    if len(text[participle.end() : end].split()) > _ASIDE_WORDS:
        return None
    told = [d for d in dates if participle.end() <= d.start and d.end <= end and not d.recurring]
    return told[0] if told and len({d.value for d in told}) == 1 else None


@lru_cache(maxsize=4)
def load_measure_participles(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the participles of a measure's imposing (data/assembly.json `measure_participles`)."""
    words = load_assembly_rules(path).get("measure_participles", {}).get("words", ())
    return re.compile(r"\s[وف]?(?:" + alternation(words) + r")(?=\s)", re.IGNORECASE)


def _one_time_after(text: str, at: int, end: int, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The one time written a few words after a participle ending at `at`, before `end`, with no
    verb in the past between (the sentence's own verb, whose time that is); None when there is
    none or more than one."""
    told = [
        d
        for d in dates
        if at <= d.start
        and d.end <= end
        and not d.recurring
        and len(text[at : d.start].split()) <= _PARTICIPLE_REACH
        and _ANOTHER_VERB.search(text, at, d.start) is None
    ]
    return told[0] if told and len({d.value for d in told}) == 1 else None


def date_in_bare_participle_phrase(
    text: str, trigger: tuple[int, int], sentence_end: int, dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The one time written a few words after a participle of `attributive_participles` in the
    phrase that opens with a past participle right after an English event noun, with no comma,
    and runs to the sentence's verb ("An agreement brokered by X and signed in April was meant
    to ..."); None when there is no such phrase or not one time in it."""
    if _BARE_PARTICIPLE.match(text, trigger[1], sentence_end) is None:
        return None
    end_at = _PHRASE_END.search(text, trigger[1], sentence_end)
    close = _CLAUSE_BREAK.search(text, trigger[1], sentence_end)
    end = min(m.start() if m is not None else sentence_end for m in (end_at, close))
    participle = load_participles().search(text, trigger[1] - 1, end)
    if participle is None or len(text[trigger[1] : participle.start()].split()) > _PHRASE_WORDS:
        return None
    return _one_time_after(text, participle.end(), end, dates)


# ", which" or ", that" right after an English event noun: a relative clause about it
_RELATIVE_OPENER = LazyPattern(r"\s*,\s*(?:which|that)\s+", re.IGNORECASE)


def date_in_relative_deed(
    text: str, trigger: tuple[int, int], sentence_end: int, dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The one time written a few words after a participle of `attributive_participles` that
    is the verb of a relative clause set off by a comma right after an English event noun, its
    subject between ("the interim accord, which he and PLO chairman Yasser Arafat signed at the
    White House on September 28, into a test of confidence"): the clause tells when the noun's
    deed was done. None when there is no such clause, another verb comes before the participle
    ("which was delayed after it was signed"), or not one time follows it."""
    opener = _RELATIVE_OPENER.match(text, trigger[1], sentence_end)
    if opener is None:
        return None
    close = _CLAUSE_BREAK.search(text, opener.end(), sentence_end)
    end = close.start() if close is not None else sentence_end
    participle = load_participles().search(text, opener.end() - 1, end)
    if participle is None or len(text[opener.end() : participle.start()].split()) > _PHRASE_WORDS:
        return None
    if _PHRASE_END.search(text, opener.end(), participle.start()) is not None:
        return None
    return _one_time_after(text, participle.end(), end, dates)


# what may stand between an English event word and its time: the verb's agent ("by the Iraqi
# parliament") or the noun's complement ("of the prime minister"), then the preposition of time
_AGENT_THEN_TIME = LazyPattern(
    r"\s+(?:(?:by|of)\s+(?P<words>(?:[\w'’.-]+\s+){1,6}))?(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?", re.IGNORECASE
)
# a participle, or a word opening a clause, in the agent or the complement: the time is then that
# phrase's own ("the government formed in January", "a cell involved in 2016 bombings")
_CLAUSE_IN_PHRASE = LazyPattern(r"\b(?:[a-z]+ed|who|which|that|whose)\b")


def time_right_after_the_word(text: str, trigger: tuple[int, int], dates: Sequence[TimeMention]) -> TimeMention | None:
    """The time written right after an English event word, perhaps past a verb's agent
    ("approved by the Iraqi parliament in 2008") or a noun's complement ("led to the resignation
    of the prime minister in 2012") of up to six words with no participle (a lower-case word in
    -ed: not "United") or relative word in them: the word's own, though a time of another deed
    stands nearer before it."""
    for d in dates:
        if d.start < trigger[1] or d.recurring:
            continue
        m = _AGENT_THEN_TIME.fullmatch(text, trigger[1], d.start)
        if m is not None and not (m.group("words") and _CLAUSE_IN_PHRASE.search(m.group("words"))):
            return d
    return None
