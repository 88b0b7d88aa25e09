"""A deed told after "after" with no date of its own, in a clause dated by a
preposition and a time expression ("cut ties in January 2016, after protesters stormed the
embassy"; "were driven back in June this year after Turkey sent troops"; "قطعت علاقاتها مع
طهران مطلع يناير 2016، بعد أن اقتحم محتجون سفارتها"): it came before that time, in the same
telling, so it takes that time's year, no finer. When the word of after opens a clause of
its own, a deed of a day told by a verb (an assault, a storming: `year_before.month_types`;
"after protesters stormed the embassy", "بعد أن اقتحم محتجون سفارتها"), that deed led straight
to the one of the time expression: it takes that time's month. A noun after it ("after a spate
of attacks", "إثر الهجمات") may name a stretch of deeds begun long before, and so may a lasting
deed ("after Turkey sent troops"): they keep the year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.contrasts import DEAL_NAME_HEADS
from events.assemble.dating import compared_since
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, latest_date_between
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

# a participle in -ing right after the opener: the subject's own doing, told as the circumstance
_GERUND = LazyPattern(r"\s+[\w-]+ing(?![\w-])", re.IGNORECASE)

# an English clause after the opener: a first word no article or possessive, then a verb in
# the past within three words ("after protesters stormed", "after Iran seized")
_EN_CLAUSE = LazyPattern(
    r"\s+(?!(?:a|an|the|its|his|her|their|this|that|these|those|one|two|three|several|many)(?![\w-]))[\w'-]+"
    r"(?:\s+[\w'-]+){0,2}?\s+[a-z]+ed(?![\w-])",
    re.IGNORECASE,
)

# "after the Huthis seized the presidential palace": a capitalised name after "the" is the
# subject of the verb in -ed after it, no noun that a participle describes (not a deal's name:
# "after the Wadi Araba Treaty signed in 1994"); so is a plural noun after a possessive
_EN_NAMED_SUBJECT = LazyPattern(
    r"\s+(?:the\s+(?:[A-Z][\w'-]*\s+){0,1}(?!" + DEAL_NAME_HEADS + r")"
    r"[A-Z][\w'-]*"
    # "after his supporters attacked peaceful protesters": a possessive and a plural noun, the subject
    r"|(?:his|her|its|their)\s+[a-z]+s)\s+[a-z]+ed(?![\w-])"
)

# a count of time right before the word of after ("two months after", "months after", "long after")
_COUNTED_BEFORE = LazyPattern(
    r"(?<![\w-])(?:(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some)\s+)?"
    r"(?:days?|weeks?|months?|years?)|long)\s+\Z",
    re.IGNORECASE,
)

# the most words between the time expression and the opener ("in January 2016, after")
_WORDS_BETWEEN = 2


@lru_cache(maxsize=4)
def load_year_before_ar(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The Arabic searches of `load_year_before` (data/assembly.json `year_before.ar`): the opener
    (with و or ف before it) at most three words before the event word, a span of time after it, the
    preposition or word of part of a period right before the time expression, or that word as the
    expression's own first word (مطلع يناير 2016)."""
    rules = load_assembly_rules(path).get("year_before", {}).get("ar", {})
    opener = re.compile(
        r"(?<![\w-])[وف]?(" + alternation(rules.get("openers", ()), spaced=True) + r")(?:\s+[^\s,،;؛:()]+){0,3}\s+$"
    )
    span = re.compile(r"\s*(?:" + alternation(rules.get("spans", ()), spaced=True) + r")(?![\w-])")
    leads = alternation(rules.get("prepositions", ()), spaced=True)
    preposition = re.compile(r"(?<![\w-])[وف]?(?:" + leads + r")\s+$")
    first_word = re.compile(r"(?:" + leads + r")(?![\w-])")
    return opener, span, preposition, first_word


@lru_cache(maxsize=4)
def load_lead_up_spans_ar(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, str]]:
    """The Arabic spans of `load_lead_up_spans` (`year_before.ar.lead_up`: بعد أسابيع من)."""
    rules = load_assembly_rules(path).get("year_before", {}).get("ar", {})
    spans = {k: v for k, v in rules.get("lead_up", {}).items() if not k.startswith("_")}
    return re.compile(r"\s*(" + alternation(spans, spaced=True) + r")(?![\w-])"), spans


@lru_cache(maxsize=4)
def load_year_before(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Searches for the word that opens the deed (data/assembly.json `year_before.openers`,
    anchored at the end of the searched text, at most five words before the event word ("after
    policewoman Yvonne Fletcher was shot dead") and
    none of them a participle in -ing: "after failing to end the protests" tells no deed of the
    protests), for a
    span of time after it (`year_before.spans`: after years of talks), and for the
    preposition right before the time expression that dates the clause (`year_before.prepositions`)."""
    rules = load_assembly_rules(path).get("year_before", {})
    opener = re.compile(
        r"(?<![\w-])(" + alternation(rules.get("openers", ()), spaced=True) + r")(?:\s+(?![\w-]+ing(?![\w-]))[^\s,;:()]+){0,5}\s+$", re.IGNORECASE
    )
    span = re.compile(r"\s*(?:" + alternation(rules.get("spans", ()), spaced=True) + r")(?![\w-])", re.IGNORECASE)
    preposition = re.compile(r"(?<![\w-])(?:" + alternation(rules.get("prepositions", ()), spaced=True) + r")\s+$", re.IGNORECASE)
    return opener, span, preposition


@lru_cache(maxsize=4)
def load_lead_up_spans(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, str]]:
    """A span of time that ran up to the clause's time right after the opener ("after months of
    mass protests", data/assembly.json `year_before.lead_up`), and the precision each dates to."""
    spans = {k: v for k, v in load_assembly_rules(path).get("year_before", {}).get("lead_up", {}).items() if not k.startswith("_")}
    # perhaps after a count ("after 17 hours of talks", "after three days of clashes")
    count = r"(?:(?:\d+|a few|several|many|some|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?"
    return re.compile(r"\s*" + count + r"(" + alternation(spans, spaced=True) + r")(?![\w-])", re.IGNORECASE), spans


def _lead_up_precision(text: str, at: int, language: str = "en") -> str:
    """"day", "month" or "year" after a span that ran up to the clause's time ("hours of", "days
    of", "months of"), else "year": a deed after "after" alone."""
    search, spans = load_lead_up_spans_ar() if language == "ar" else load_lead_up_spans()
    m = search.match(text, at)
    return spans.get(" ".join(m.group(1).lower().split()), "year") if m else "year"


@lru_cache(maxsize=4)
def load_month_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The types of a deed of a day that a clause after "after" dates by the month (`year_before.month_types`)."""
    return frozenset(load_assembly_rules(path).get("year_before", {}).get("month_types", ()))


@lru_cache(maxsize=4)
def load_clause_openers_ar(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The Arabic openers of a clause told by a verb (`year_before.ar.clause_openers`: بعد أن، بعدما)."""
    rules = load_assembly_rules(path).get("year_before", {}).get("ar", {})
    return frozenset(" ".join(w.split()) for w in rules.get("clause_openers", ()))


def _opens_a_clause(text: str, opener: re.Match[str], language: str) -> bool:
    """Whether the word of after (`opener`, its group 1) opens a clause with a verb of its own,
    not a noun phrase."""
    if language == "ar":
        return " ".join(opener.group(1).split()) in load_clause_openers_ar()
    return _EN_CLAUSE.match(text, opener.end(1)) is not None or _EN_NAMED_SUBJECT.match(text, opener.end(1)) is not None


def year_before_after(cand: _Candidate, text: str, dates: Sequence[TimeMention], language: str) -> tuple[TimeMention, str] | None:
    """The time expression that dates the sentence right before the "after" (بعد أن، إثر) that
    opens the background deed's clause, when a preposition leads it, and the precision the deed
    takes from it ("year", or "month" for a deed of the month before it); None otherwise."""
    if language not in ("en", "ar"):
        return None
    if language == "ar":
        opener, span, preposition, first_word = load_year_before_ar()
    else:
        (opener, span, preposition), first_word = load_year_before(), None
    start = cand.sentence[0]
    m = opener.search(text, start, cand.trigger[0])
    if m is None or span.match(text, m.end(1)) or _GERUND.match(text, m.end(1)):
        return None  # "after years of talks"; "attacked on Thursday after detonating a car bomb": the same telling
    if _COUNTED_BEFORE.search(text, max(start, m.start(1) - 30), m.start(1)):
        return None  # "freed him in 2019, two months after police arrested him": perhaps the year before
    # not a time compared with ("the first premier forced out since 2003, two months after protests erupted")
    d = latest_date_between([d for d in dates if not compared_since(text, d)], start, m.start())
    if d is None:
        return None
    if preposition.search(text, max(start, d.start - 12), d.start) is None and not (
        first_word is not None and first_word.match(text, d.start)  # "مطلع يناير 2016"
    ):
        return None
    if len(re.findall(r"[^\W_]+", text[d.end : m.start()])) > _WORDS_BETWEEN:
        return None  # "in February, and Kalin was the first to visit Damascus after the offensive": another clause's time
    precision = _lead_up_precision(text, m.end(1), language)
    if cand.event_type in load_month_types() and _opens_a_clause(text, m, language):
        precision = "month"  # "cut ties in January 2016 after protesters stormed its embassy"
    return d, precision


def lead_up_to_a_deed_of_its_type(text: str, cand: _Candidate, kept: Sequence[_Candidate]) -> bool:
    """Whether the background deed is a span that ran up to a deed of its own type told before it
    in its sentence ("rebels seized government buildings on Sunday after days of fighting"): the
    fighting and the seizure are one episode, the deed told, so the span is no event of its own."""
    if is_arabic(cand.trigger_text):
        opener, language = load_year_before_ar()[0], "ar"
    else:
        opener, language = load_year_before()[0], "en"
    m = opener.search(text, cand.sentence[0], cand.trigger[0])
    if m is None:
        return False
    search = (load_lead_up_spans_ar() if language == "ar" else load_lead_up_spans())[0]
    span = search.match(text, m.end(1))
    if span is None or text[span.end() : cand.trigger[0]].strip():
        return False
    return any(
        k.sentence == cand.sentence and k.event_type == cand.event_type and not k.circumstance and k.trigger[1] <= m.start()
        for k in kept
    )


def _date_by_the_year_after(
    event: Event, cand: _Candidate, text: str, dates: Sequence[TimeMention], spans: dict, language: str, coarse_only: bool = False
) -> None:
    """Date a background deed opened by "after" (بعد أن، إثر) by the year of the time expression
    that dates its sentence right before that word, when a preposition leads that expression;
    with `coarse_only`, only by one of a month or a year (the only deed of a sentence whose clause
    before is dated by a day, "ended his membership on Monday after he was designated", may be of
    any time before that day)."""
    found = year_before_after(cand, text, dates, language)
    if found is None:
        return
    d, precision = found
    if coarse_only and d.precision == "day":
        return
    if precision == "day" and d.precision == "day":
        event.date, event.date_precision = d.value, "day"  # "ended on Monday after 17 hours of talks"
    elif precision in ("day", "month") and len(d.value) >= 7:
        event.date, event.date_precision = d.value[:7], "month"
    else:
        event.date, event.date_precision = d.value[:4], "year"
    event.date_basis = d.basis
    spans["date"] = [d.start, d.end]
