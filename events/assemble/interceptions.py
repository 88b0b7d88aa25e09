"""Missiles intercepted: the side that intercepts is the attack's target, and so is the side whose
air defences, interceptors or Iron Dome the sentence names ("Saudi air defences intercepted a
missile fired by the Houthis", «قال التحالف إن منظومة الدفاع الجوي السعودية اعترضت صاروخا أطلقته
ميليشيا الحوثي»): the defences belong to the side attacked (data/assembly.json `defence_nouns`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_interception_words
from events.model import ActorMention
from events.text.normalize import fold_str

# Words before the attack's word read for one of intercepting ("اعترضت قوات الدفاع الجوي السعودي صاروخا")
INTERCEPTION_REACH = 6


def _intercepted(text: str, sentence_start: int, trigger: tuple[int, int]) -> bool:
    """Whether the attack's word is, or follows within `INTERCEPTION_REACH` words in its
    sentence, a word of intercepting or detecting (`interception_words`), maybe with a
    conjunction or preposition on it (واعترضت، باعتراض)."""
    near = text[max(sentence_start, trigger[0] - 80) : trigger[1]].split()[-(INTERCEPTION_REACH + len(text[trigger[0] : trigger[1]].split())) :]
    return any(_is_interception_word(w) for w in near)


def _is_interception_word(word: str) -> bool:
    """Whether the word is one of `interception_words`, maybe with a conjunction or a
    preposition on it (واعترضت، باعتراض)."""
    words = load_interception_words()
    folded = fold_str(word).strip(".,،؛;:\"'«»()").lower()
    return folded in words or (folded[:1] in ("و", "ف", "ب") and folded[1:] in words)


@dataclass(frozen=True)
class DefenceNouns:
    after_name: re.Pattern[str]  # English: what follows a name whose defences these are
    before_of: re.Pattern[str]  # English: what stands before a name after "of" ("air defences of")
    before_name: re.Pattern[str]  # Arabic: what stands before a name whose defences these are
    noun: re.Pattern[str]  # any of the nouns, either language (folded, lower case)
    pronouns: frozenset[str]
    reach: int


@lru_cache(maxsize=4)
def load_defence_nouns(path: Path = ASSEMBLY_RULES) -> DefenceNouns:
    """The patterns of data/assembly.json `defence_nouns`."""
    rules = load_assembly_rules(path)["defence_nouns"]
    en = alternation((w.lower() for w in rules["en"]), spaced=True)
    ar = alternation((fold_str(w) for w in rules["ar"]), spaced=True)
    return DefenceNouns(
        after_name=re.compile(r"^(?:['’]s)?(?:\s+[\w-]+['’]s)?\s+(?:" + en + r")(?![\w-])", re.IGNORECASE),
        before_of=re.compile(r"(?<![\w-])(?:" + en + r")(?:\s+systems?|\s+batter(?:y|ies))?\s+of\s+(?:the\s+)?$", re.IGNORECASE),
        before_name=re.compile(r"(?<!\w)[وبل]?(?:" + ar + r")(?:\s+\S+){0,2}?\s+$"),
        noun=re.compile(r"(?<![\w-])[وبل]?(?:" + en + "|" + ar + r")(?![\w-])", re.IGNORECASE),
        pronouns=frozenset(fold_str(w).lower() for w in rules["pronouns"]),
        reach=int(rules["reach"]),
    )


def defended_side(text: str, sentence_start: int, actor: ActorMention) -> bool:
    """Whether the name is of the side whose defences the words around it name ("Saudi air
    defences", "Israel's Iron Dome", "the air defences of Saudi Arabia", «الدفاع الجوي السعودي»,
    «منظومة الدفاع الجوي السعودية»)."""
    nouns = load_defence_nouns()
    if nouns.after_name.match(text[actor.end : actor.end + 60]) is not None:
        return True
    before = text[max(sentence_start, actor.start - 50) : actor.start]
    return nouns.before_of.search(before) is not None or nouns.before_name.search(fold_str(before)) is not None


def _defended_as_target(
    text: str, sentence_start: int, initiator: list[ActorMention], others: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """The parties of an attack on a side whose defences the sentence names: that side is the
    target, and the doer the first party of another country (None: no such side)."""
    defended = next((a for a in [*initiator, *others] if a.country and defended_side(text, sentence_start, a)), None)
    if defended is None:
        return None
    doer = next(
        (a for a in [*initiator, *others] if a is not defended and a.country and a.country != defended.country), None
    )
    rest = [a for a in [*initiator, *others] if a is not defended and a is not doer]
    return ([doer] if doer is not None else []), [defended, *rest]


def _interceptor_as_target(
    text: str,
    sentence_start: int,
    trigger: tuple[int, int],
    verb: bool,
    initiator: list[ActorMention],
    others: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The parties of an intercepted missile attack: an initiator named before the attack's
    word, or right after it when the word is the verb of intercepting (`verb`: "اعترضت قوات
    الدفاع الجوي السعودي صاروخا"), is the side that intercepted, its target; the doer is the first other party of
    another country named after that word ("صاروخا أطلقته المليشيا الحوثية"), or none."""
    defended = _defended_as_target(text, sentence_start, initiator, others)
    if defended is not None:
        return defended
    if not initiator or not _intercepted(text, sentence_start, trigger):
        return initiator, others
    if initiator[0].start >= trigger[0] and not (verb and _is_interception_word(text[trigger[0] : trigger[1]].split()[0])):
        # a party after a missile's word, or after the noun of intercepting ("اعتراض الصواريخ
        # التي أطلقتها المليشيا"), is the one that fired it; after the verb, the interceptor
        return initiator, others
    interceptor = initiator[0]
    doer = next((a for a in others if a.start >= trigger[0] and a.country and a.country != interceptor.country), None)
    rest = [a for a in others if a is not doer]
    return ([doer] if doer is not None else []), [interceptor, *rest]
