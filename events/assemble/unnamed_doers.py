"""An English attack whose doer goes unnamed ("Gunmen shot dead Boris Nemtsov near the Kremlin",
"A bomb killed Lebanon's former finance minister", "Drones attacked Saudi Aramco facilities"):
with no party named before the event word in its sentence, the parties named after it are whom
it befell, not its doer, unless "by" or "from" names the doer, in its word or after it ("was killed
by Israeli forces", "a ballistic missile fired by the Houthi militias", "missiles launched from
Yemen"), or "between" its sides ("fighting between Israeli troops and Hezbollah"). The event
then has no initiator (actor1), and its target is actor2. So has an Arabic attack told by its verb
with an unnamed doer right after it as its subject (`unnamed_doers.ar_subjects` of
data/assembly.json: اغتال مسلحون المعارض التونسي شكري بلعيد), unless a name after that subject,
past its indefinite adjectives only, tells whose it is (قصفت طائرات روسية، طائرات حربية
إسرائيلية، طائرات تابعة للتحالف).

Only the roles change: the place stays the one read from the sentence ("killed 13 U.S. service
members" at Kabul airport is no attack in the United States)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.places import load_war_types
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_DOER_NAMED = LazyPattern(r"(?<![^\W\d_])(?:by|from|between|among)(?![^\W\d_])")


def unnamed_doer_target(
    text: str,
    event_type: str,
    language: str,
    trigger: tuple[int, int],
    sentence_start: int,
    initiator: list[ActorMention],
    others: list[ActorMention],
) -> ActorMention | None:
    """The first party an English attack befell when it names no party before its word in its
    sentence and none after "by", "from" or "between", or an Arabic one whose verb's subject is an unnamed doer (see
    the module); None when a doer may be named."""
    if event_type not in load_war_types() or not initiator:
        return None
    if language == "ar":
        return _after_an_unnamed_subject(text, trigger, initiator, others)
    if language != "en":
        return None
    parties = sorted((*initiator, *others), key=lambda a: a.start)
    if any(sentence_start <= a.start < trigger[0] for a in parties):
        return None
    first = parties[0]
    if first.start < trigger[1] or _DOER_NAMED.search(text, trigger[0], first.start) is not None:
        return None
    return first


@lru_cache(maxsize=4)
def _arabic_subjects(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The folded nouns of an unnamed doer (`unnamed_doers.ar_subjects`)."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("unnamed_doers", {}).get("ar_subjects", ()))


_NEXT_WORD = LazyPattern(r"\s+([^\s.,،:;؛!?؟()\"«»]+)")


def _after_an_unnamed_subject(
    text: str, trigger: tuple[int, int], initiator: list[ActorMention], others: list[ActorMention]
) -> ActorMention | None:
    """The first party named after an Arabic attack's verb whose subject, the word right after it,
    is an unnamed doer, when a definite word stands between (اغتال مسلحون المعارض التونسي): no
    name that only indefinite words part from the subject (قصفت طائرات حربية إسرائيلية)."""
    word = _NEXT_WORD.match(text, trigger[1])
    if word is None or fold_str(word.group(1)) not in _arabic_subjects():
        return None
    after = sorted((a for a in (*initiator, *others) if a.start >= word.end()), key=lambda a: a.start)
    if not after:
        return None
    between = [w.lstrip("وف") if len(w) > 3 else w for w in text[word.end() : after[0].start].split()]
    if all(not w.startswith("ال") for w in between):
        # the doer's own name or nisba, past indefinite adjectives or a word of belonging:
        # "طائرات روسية", "طائرات حربية إسرائيلية", "طائرات تابعة للتحالف", "مسلحون من داعش"
        return None
    return after[0]
