"""The doer of a deed an accusation charges someone with is the accused, never the accuser:
"اتهمت الدوحة الرياض بمنع القطريين من أداء الحج ... بعد إغلاق حدودها" and "Doha accused Riyadh
of closing its land border" are Saudi Arabia's closure, no deed of Qatar; "اتهم محام الإمارات
بأنها تبث الخوف ... عبر المقاطعة" is the boycott of the UAE. The accused is the name between the
word of accusation and its charge (after the Arabic accuser: the last name there, with those joined
to it by و; "اتهام السعودية لقطر ب"), or, when the verb holds the accused as a pronoun after a
relative ("غولن الذي تتهمه أنقرة بتدبير محاولة الانقلاب", "Gulen, whom Ankara accuses of
orchestrating the coup attempt"), the name before the relative. The accuser is no side of the deed."""

from __future__ import annotations

import re

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK
from events.model import ActorMention
from events.text.lazy import LazyPattern

_RULES = load_assembly_rules()["accused_doers"]
# a word of accusation ("اتهمت", "وتتهمه", "اتهام", "accused") and, after it within `_WORDS` words
# and no clause break, the word that opens its charge (a word with ب, "of")
_ACCUSING = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:" + alternation(_RULES["ar"]) + r")(?:ه|ها|هم|هما)?|" + alternation(_RULES["en"]) + r")(?!\S)",
    re.IGNORECASE,
)
_OPENER = LazyPattern(r"(?<!\S)(?:ب(?:ال)?[\u0621-\u064a]{2,}|of)(?!\S)", re.IGNORECASE)
_NOT_OPENERS = frozenset(load_assembly_rules()["charge_non_openers"])
_WORDS = 16
_PRONOUN_OBJECT = re.compile(r"^[وف]?(?:" + alternation(_RULES["ar_pronoun_stems"]) + r")\S*(?:ه|ها|هم|هما)$")
# a relative right before the accusation (Arabic) or before its subject (English)
_RELATIVE = LazyPattern(r"(?<!\S)(?:الذي|التي|الذين|whom|which)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_BREAK = re.compile(r"[.;:!?؟؛]")


def _joined(text: str, first: ActorMention, second: ActorMention) -> bool:
    """Whether `second` is joined to `first` by and/و only ("واشنطن والرياض", "Riyadh and Abu Dhabi")."""
    gap = text[first.end : second.start].strip().lower()
    return gap in ("و", "and", ",", "،") or (not gap and text[second.start - 1 : second.start] == "و")


def _accusation(
    text: str, start: int, trigger_start: int, actors: list[ActorMention]
) -> tuple[int, int, int] | None:
    """The last accusation before the event word in its sentence: where its word starts and ends
    and where its charge opens (before the event word or at it). An Arabic charge follows the
    accused, named or a pronoun on the verb ("اتهم محام بارز ... الإمارات بأنها": no charge in بارز)."""
    found = None
    for m in _ACCUSING.finditer(text, start, trigger_start):
        named = _PRONOUN_OBJECT.match(m.group()) is not None or m.group().isascii()
        for o in _OPENER.finditer(text, m.end(), trigger_start + 1):
            if o.group() in _NOT_OPENERS:
                continue
            if not named and not any(m.end() <= a.start and a.end <= o.start() for a in actors):
                continue
            between = text[m.end() : o.start()]
            if len(between.split()) <= _WORDS and not _CLAUSE_BREAK.search(between):
                found = (m.start(), m.end(), o.start())
            break
    return found


def accused_as_doer(
    text: str,
    sentence_start: int,
    trigger_start: int,
    initiator: list[ActorMention],
    others: list[ActorMention],
    sentence_actors: list[ActorMention],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator and the other sides of an event word told after an accusation in its sentence,
    when the event word is the charge or the initiator is the accuser: the accused first and the
    accuser out (unchanged when no accused is found)."""
    found = _accusation(text, sentence_start, trigger_start, sentence_actors)
    if found is None:
        return initiator, others
    word_start, word_end, opening = found
    word = text[word_start:word_end]
    english = word.isascii()
    between = [a for a in sentence_actors if word_end <= a.start and a.end <= opening]
    accusers: list[ActorMention] = []
    if english:
        before = [a for a in sentence_actors if a.end <= word_start and not _BREAK.search(text, a.end, word_start)]
        if before and len(text[before[-1].end : word_start].split()) <= 3:
            accusers = [before[-1]]
    elif _PRONOUN_OBJECT.match(word):
        accusers, between = between[:1], []  # "تتهمه أنقرة بتدبير": the name after the verb accuses
    elif len(between) > 1:
        k = len(between) - 1
        while k > 0 and _joined(text, between[k - 1], between[k]):
            k -= 1
        accusers, between = between[:k], between[k:]
    accused = between
    if not accused:
        # "غولن الذي تتهمه أنقرة", "Gulen, whom Ankara accuses": the name the relative stands for
        start = accusers[0].start if english and accusers else word_start
        rel = _RELATIVE.search(text, max(sentence_start, start - 40), start)
        named = [] if rel is None else [a for a in sentence_actors if a.end <= rel.start()]
        if not named or len(text[named[-1].end : rel.start()].split()) > 1 or _BREAK.search(text, named[-1].end, rel.start()):
            return initiator, others
        accused = [named[-1]]
    spans = {(a.start, a.end) for a in accusers}
    charged = opening <= trigger_start and charged_word(text, opening, trigger_start)
    # the accuser taken as the doer, or a name the charge acts on ("بمنع القطريين ...، بعد أن أغلقت")
    first = initiator[0] if initiator else None
    taken = first is not None and (
        (first.start, first.end) in spans or (opening < first.start < trigger_start and charged_word(text, opening, first.start))
    )
    if not charged and not taken:
        return initiator, others
    out = spans | {(a.start, a.end) for a in accused}
    ids = {a.actor_id for a in accused}
    rest = [a for a in (*initiator, *others) if (a.start, a.end) not in out and a.actor_id not in ids]
    return accused, rest


def charged_word(text: str, opening: int, trigger_start: int) -> bool:
    """Whether the event word stands in the charge opened at `opening`: no clause break between."""
    between = text[opening:trigger_start]
    return len(between.split()) <= _WORDS and not _CLAUSE_BREAK.search(between)
