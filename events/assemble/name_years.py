"""A year that names a thing rather than dates a deed: "its 1972 law", "the 2015 nuclear agreement"."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event, TimeMention
from events.reference import ReferenceCatalog, match_references
from events.text.lazy import LazyPattern
from events.text.normalize import FoldedText


@lru_cache(maxsize=1)
def _name_year_search() -> tuple[re.Pattern[str], int]:
    """A search for a determiner or possessive right before a year (`name_years.determiners` of
    data/assembly.json), and how many words after the year the noun it names may stand."""
    rule = load_assembly_rules().get("name_years", {})
    before = re.compile(r"(?:^|\s)(?:" + alternation(rule.get("determiners", ())) + r")\s+$", re.IGNORECASE)
    return before, int(rule.get("words", 3))


@lru_cache(maxsize=4)
def _own_nouns(path: Path = ASSEMBLY_RULES) -> dict[str, re.Pattern[str]]:
    """Per event type, a search for a noun of that type as a whole word (`name_years.own_nouns`)."""
    nouns = load_assembly_rules(path).get("name_years", {}).get("own_nouns", {})
    return {kind: re.compile(r"(?<![\w-])(?:" + alternation(words) + r")(?![\w-])") for kind, words in nouns.items()}


# "newcomers from the 2019 protest movement", "veterans of the 1991 uprising": the thing named
# belongs to another noun, the subject of a verb told after it
_OF_THE = LazyPattern(r"(?<![^\W\d_])(?:of|from)\s+(?:the|its|their)\s+\Z", re.IGNORECASE)
_RELATIVE_WORD = LazyPattern(r"(?<![^\W\d_])(?:that|which|who)(?![^\W\d_])", re.IGNORECASE)


def _names_a_thing(text: str, d: TimeMention, trigger: tuple[int, int], event_type: str = "", verb: bool = False) -> bool:
    """Whether an English year stands between a determiner and a noun that is not the event word
    ("the UAE abolished its 1972 law boycotting Israel", "negotiating on reviving the 2015 nuclear
    agreement"): it names that thing, not the day of the deed; a year before the event word itself
    ("the 2011 uprising") or before a noun of the event's own type ("won the 2022 election", the
    noun the verb's deed is) still dates it. A `verb` in the past told after a year that names a
    thing of another noun ("newcomers from the 2019 protest movement won seats") is that noun's
    deed, not the thing's: the year does not date it."""
    if not re.fullmatch(r"\d{4}", text[d.start : d.end]):
        return False
    before, words = _name_year_search()
    if not before.search(text, max(0, d.start - 12), d.start):
        return False
    # (a pair of modifiers joined by "and" or "or" counts as one word: "a 2019 missile and drone attack")
    after = re.match(r"\s+([a-z][\w-]*(?:(?:\s+(?:and|or))?\s+[a-z][\w-]*){0," + str(words - 1) + "})", text[d.end :])
    if after is None:
        return False
    if (
        verb
        and trigger[0] >= d.end
        and _OF_THE.search(text, max(0, d.start - 12), d.start)
        and not _RELATIVE_WORD.search(text, d.end, trigger[0])  # "... of the 1974 revolution that toppled"
    ):
        return True
    own = _own_nouns().get(event_type)
    # the noun the year names, before any preposition ("the 2010 law on elections" names a law)
    phrase = re.split(r"\s(?:on|of|for|in|to|with|about|over|against|by)\s", " " + after.group(1) + " ", maxsplit=1)[0]
    if own is not None and own.search(phrase):
        return False
    return not (d.end <= trigger[0] < d.end + after.end()) and not _dates_the_means(text, d)


@lru_cache(maxsize=1)
def _of_year_match() -> re.Pattern[str]:
    """A match of an Arabic word of "of the year" (`name_years.ar_of_year`: لعام) and a year."""
    words = alternation(load_assembly_rules().get("name_years", {}).get("ar_of_year", ()))
    return re.compile(r"(?:" + words + r")\s+\d{4}")


def names_a_thing(text: str, d: TimeMention) -> bool:
    """Whether a year names a thing rather than sets a time of the news its sentence tells: an
    English year between a determiner and a noun (`_names_a_thing`: "a 1974 disengagement
    agreement"), an Arabic one after لعام (اتفاق فض الاشتباك لعام 1974). A sentence that names
    no other time than such a year names none the news told after it goes on in."""
    told = text[d.start : d.end]
    if re.fullmatch(r"\d{4}", told):
        return _names_a_thing(text, d, (-1, -1))
    return _of_year_match().fullmatch(told) is not None


@lru_cache(maxsize=1)
def _means_search() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for a preposition and an indefinite article right before a year, and a match of
    an event noun right after it (`name_years.means_*` of data/assembly.json)."""
    rule = load_assembly_rules().get("name_years", {})
    before = re.compile(
        r"(?:^|\s)(?:" + alternation(rule.get("means_prepositions", ())) + r")\s+(?:"
        + alternation(rule.get("means_determiners", ())) + r")\s+$",
        re.IGNORECASE,
    )
    noun = re.compile(r"\s+(?:" + alternation(rule.get("means_nouns", ())) + r")(?![\w-])", re.IGNORECASE)
    return before, noun


def _dates_the_means(text: str, d: TimeMention) -> bool:
    """Whether the year stands in an indefinite event noun after `in`, `through` ("seized power in
    a 2008 coup"): the deed of the clause was done by that event, whose year it is."""
    before, noun = _means_search()
    return bool(before.search(text, max(0, d.start - 20), d.start)) and noun.match(text, d.end) is not None


def catalogued_means(
    event: Event,
    text: str,
    d: TimeMention,
    catalog: ReferenceCatalog,
    folded: FoldedText | None,
    context: frozenset[str],
) -> bool:
    """Whether `d` is the year of the event by which the deed was done ("was overthrown in a 1953
    coup") and the catalog knows the event the sentence names in that year: the catalog's day
    then dates it, as when no year is written."""
    if not (re.fullmatch(r"\d{4}", text[d.start : d.end]) and _dates_the_means(text, d)):
        return False
    bound = None if event.published_estimated else event.published
    found = match_references(
        catalog, event.event_type, event.countries, event.quote, bound, event.language, folded=folded, context=context
    )
    return bool(found) and found[0].date[:4] == d.value[:4] and found[0].precision != "year"
