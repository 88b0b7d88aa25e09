"""An English apposition that ranks the event word it holds against earlier ones (", the first
vote since U.S. troops withdrew at the end of 2011", ", his first visit to the kingdom since the
crisis began") counts from the deed of its since-clause: the names of that clause are when the
count starts, neither a party of the event nor its place. So does a clause that ranks the event
told before it («وانطلقت المشاورات في السادس من ديسمبر، وهي الأولى منذ انهيار محادثات الكويت»,
"the talks began on Dec. 6 and were the first since negotiations in Kuwait collapsed"). The
words are data/assembly.json `ranked_appositions`."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import ActorMention, PlaceMention

_APPOSITION_END = re.compile(r"[,;:.()]")


@lru_cache(maxsize=4)
def load_ranked_appositions(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for the opening of a ranked apposition or noun phrase, anchored at the end of the
    text before the event word (', the first ', ', his first such '; after a verb of being or in:
    'was the fifth ', 'in the fifth ', not a ranked subject: 'The first UN convoy since the quake
    crossed into Syria'), and one for its word of since."""
    rules = load_assembly_rules(path)["ranked_appositions"]
    opening = re.compile(
        r"(?:,\s+|(?<![\w-])(?:was|is|were|are|be|been|marks|marked|in)\s+)(?:" + alternation(rules["determiners"]) + r")\s+(?:"
        + alternation(rules["ranks"])
        + r")"
        r"\s+(?:such\s+)?(?:[A-Za-z'-]+\s+){0,2}$",
        re.IGNORECASE,
    )
    since = re.compile(r"(?<![\w-])(?:" + alternation(rules["since"]) + r")(?![\w-])", re.IGNORECASE)
    return opening, since


def without_names_since(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without those of the since-clause of a ranked apposition that holds
    the event word, up to the end of the apposition."""
    opening, since = load_ranked_appositions()
    if opening.search(text[max(sentence[0], trigger[0] - 80) : trigger[0]]) is None:
        return actors, places
    close = _APPOSITION_END.search(text, trigger[1], sentence[1])
    end = close.start() if close is not None else sentence[1]
    m = since.search(text, trigger[1], end)
    if m is None:
        return actors, places
    lo = m.end()
    return _without_span(actors, places, lo, end)


@lru_cache(maxsize=4)
def _load_later_rankings(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a clause that ranks the deed told before it, up to its word of since (group
    `since`): «، وهي الأولى منذ», «وهي الأولى من نوعها منذ», "and were the first since", ", the
    first such talks since"."""
    rules = load_assembly_rules(path)["ranked_appositions"]
    arabic = (
        r"(?:[،,]\s*)?(?<![^\W\d_])و?(?:هي|هو|هما|هم|وهي|وهو)\s+(?:" + alternation(rules.get("ar_ranks", ()))
        + r")(?:\s+من\s+نوعها|\s+من\s+نوعه)?\s+(?P<ar_since>" + alternation(rules.get("ar_since", ())) + r")(?![^\W\d_])"
    )
    english = (
        r"(?:,\s+|(?<![\w-])(?:and\s+)?(?:was|is|were|are)\s+)(?:" + alternation(rules["determiners"]) + r")\s+(?:"
        + alternation(rules["ranks"]) + r")\s+(?:such\s+)?(?:[A-Za-z'-]+\s+){0,2}?(?P<en_since>"
        + alternation(rules["since"]) + r")(?![\w-])"
    )
    return re.compile(arabic + "|" + english, re.IGNORECASE)


def without_names_of_a_later_ranking(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without those named after the word of since of a clause that ranks the
    deed told before it in its sentence, up to that clause's end or a word of between (the sides
    named after it are the deed's own): when the count starts."""
    m = _load_later_rankings().search(text, trigger[1], sentence[1])
    if m is None:
        return actors, places
    lo = m.end()
    close = _APPOSITION_END.search(text, lo, sentence[1])
    end = close.start() if close is not None else sentence[1]
    # "the first since 2016 between Iran and Saudi Arabia": the sides after "between" right after a
    # time are the deed's ("since the war between Israel and Hamas began": the war's)
    sides = _BETWEEN.search(text, lo, end)
    if sides is not None and _A_TIME.fullmatch(text, lo, sides.start()):
        end = sides.start()
    return _without_span(actors, places, lo, end)


_A_TIME = re.compile(
    r"\s*(?:(?:عام|سنة|year)\s+)?[0-9\u0660-\u0669]{4}\s*"
    r"|\s*(?:[^\W\d_]+\s+)?(?:سنوات|سنة|سنتين|أعوام|عامين|أشهر|شهور|years?|months?|decades?|عقود|عقد)\s*",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"(?<![^\W\d_])(?:between|بين)(?![^\W\d_])", re.IGNORECASE)


def _without_span(
    actors: list[ActorMention], places: list[PlaceMention], lo: int, end: int
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without those that start within [lo, end)."""
    return [a for a in actors if not lo <= a.start < end], [p for p in places if not lo <= p.start < end]
