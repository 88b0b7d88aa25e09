"""A second word of an event type in one sentence, told with a doer of its own, kept behind the
word of its type that the sentence's slot chose.

A sentence holds one candidate per event type and clause (`candidates._candidates`): the
strongest word wins, and a weaker one is most often the same deed told again ("a visit ... his
visit"). But a word of the type with a doer of its own named between it and the winner is another
deed ("وتأتي زيارته بعد أن أجرى ولي العهد السعودي زيارة ناجحة إلى الولايات المتحدة": the emir's
visit, told before, and the crown prince's own trip; "was named after Defence Minister Ibn Auf
announced that he was stepping down"). When the winner yields no event of its own (it retells one
told before, it is a state, it names no side), the runner-up is assembled in its place; when the
winner does, the runner-up is left out, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_place_prepositions(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], tuple[str, ...]]:
    """The prepositions (data/assembly.json `runner_up_doers`) after which a name is where a deed
    went or whom it befell, not its doer: English words, and the Arabic words and proclitic
    letters (ب، ل) written on the name."""
    rules = load_assembly_rules(path).get("runner_up_doers", {})
    words = frozenset(fold_str(w) for w in rules.get("prepositions", ()))
    return words, tuple(rules.get("proclitics", ()))


_WORD_BEFORE = LazyPattern(r"([^\W\d_]+)[\s\"'“”«»]*$")


def _after_a_preposition(text: str, actor: ActorMention) -> bool:
    """Whether the name stands right after a preposition, or right after a proclitic letter of one
    written on it (لقطر، بالولايات المتحدة): a place or a target, not a doer."""
    words, proclitics = load_place_prepositions()
    attached = text[max(0, actor.start - 2) : actor.start].lstrip()
    if attached and not text[actor.start - 1].isspace() and attached.endswith(proclitics):
        return True
    found = _WORD_BEFORE.search(text, max(0, actor.start - 30), actor.start)
    return found is not None and fold_str(found.group(1)) in words


def _doer_names(actor: ActorMention) -> set[str]:
    return {actor.actor_id, *([actor.country] if actor.country else []), *actor.members}


def own_doer_between(
    text: str, earlier: tuple[int, int], later: tuple[int, int], sentence_start: int, actors: Sequence[ActorMention]
) -> bool:
    """Whether a name stands between two event words of one type in one sentence, not after a
    preposition, that names no one the sentence names before the earlier word: the later word's
    own doer ("... his visit comes after Saudi Crown Prince Mohammed bin Salman made a visit to the
    United States"); not the first word's own subject or object right after it ("زار أردوغان قطر، في
    أول زيارة", "visited Qatar, his first visit"), nor a place after a preposition ("a visit to the
    Gulf"), nor the doer told again ("Erdogan visited ..., and Erdogan's visit ...")."""
    told = set()
    for a in actors:
        if sentence_start <= a.start and a.end <= earlier[0]:
            told |= _doer_names(a)
    between = sorted((a for a in actors if earlier[1] <= a.start and a.end <= later[0]), key=lambda a: a.start)
    governed: list[ActorMention] = []  # names after a preposition, and those listed after them
    for a in between:
        if _after_a_preposition(text, a) or any(_LIST_GAP.fullmatch(text, g.end, a.start) for g in governed):
            governed.append(a)
    return any(
        (a.country or a.members or a.kind == "person")
        and not _doer_names(a) & told
        and a not in governed
        and not _RIGHT_AFTER.fullmatch(text, earlier[1], a.start)
        for a in between
    )


# what joins two names of one list: commas, "and", "the" (و is written on the next name)
_LIST_GAP = LazyPattern(r"(?:[\s,،]|\band\b|\bthe\b|(?<!\S)و)*", re.IGNORECASE)


# at most two words and no mark of a new clause between an event word and a name: the word's own
# subject or object ("زار أردوغان قطر", "visited Qatar"), not the doer of another deed
_RIGHT_AFTER = LazyPattern(r"(?:\s+[^\s,،;؛.:!?()]+){0,2}\s*")


# a word opening a clause of another time: the deed told after it came before or after the other
_TIME_OPENER = LazyPattern(r"(?<![^\W\d_])(?:after|before|since|following|[وف]?(?:بعد|قبل|منذ|عقب|إثر|اثر))(?![^\W\d_])", re.IGNORECASE)


def as_runner_up(text: str, winner: _Candidate, runner: _Candidate) -> _Candidate:
    """The runner-up as it is kept behind the winner: a background deed, dated only by a time of
    its own or by the catalog, not by the publication ("وإن كانت حركة الشباب قد نفذت هجمات مماثلة
    في السابق": no deed of the day); told after the winner past a word of another time ("وتأتي
    زيارته بعد أن أجرى ولي العهد زيارة"), the setting of the sentence's deed as well."""
    after = winner.trigger[1] <= runner.trigger[0] and _TIME_OPENER.search(text, winner.trigger[1], runner.trigger[0])
    return replace(runner, circumstance=runner.circumstance or bool(after), background=True, runner_up=None)


def with_runners_up(candidates: Iterable[_Candidate], produced: Callable[[], Hashable]) -> Iterator[_Candidate]:
    """The candidates in turn; after one that yields no event (`produced` tells the same before
    and after it), its runner-up, and so on down the line."""
    for cand in candidates:
        current: _Candidate | None = cand
        while current is not None:
            before = produced()
            yield current
            if produced() != before:
                break
            current = current.runner_up
