"""The backer of a deed (بدعم من روسيا, backed by Russia): a party, never the doer."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.parties import _backed_at, _order_actors
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules, load_location_roles
from events.assemble.text import _span_before
from events.model import ActorMention, PlaceMention
from events.text.gates import anchor_words, case_blind_text, gated_compile, may_hold
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


def _support_search(words: list[str]) -> re.Pattern[str]:
    phrases = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return gated_compile(r"(?<![^\W\d_])[و]?(?:" + phrases + r")\s+(?:[^\W\d_]+\s+){0,2}\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_support_phrases(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a phrase of support (data/assembly.json `support_phrases`) and up to two
    words, ending where the backer's name begins ("بدعم من حليفتيها ", "backed by the ")."""
    return _support_search(list(load_assembly_rules(path).get("support_phrases", ())))


@lru_cache(maxsize=4)
def _load_backing_from_afar(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The same search for the phrases of a backing given from afar (`backing_from_afar`:
    بدعم من, backed by), not of a request or of help (بطلب من, at the request of, with the help
    of), whose giver is often the land the deed falls on."""
    return _support_search(list(load_assembly_rules(path).get("backing_from_afar", {}).get("phrases", ())))


@lru_cache(maxsize=4)
def _support_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase of support (`support_phrases`)."""
    return anchor_words(load_assembly_rules(path).get("support_phrases", ()))


@lru_cache(maxsize=8)
def _names_support(text: str) -> bool:
    """Whether `text` holds all the words of a phrase of support: only then can an actor in it
    be a backer (asked for each event of one article)."""
    return may_hold(case_blind_text(text), _support_anchors())


_JOINED = LazyPattern(r"\s*[,،]?\s*(?:and\s+(?:the\s+)?)?\s*", re.IGNORECASE)  # "روسيا وإيران", "Russia and Iran"


def backers(text: str, actors: list[ActorMention], from_afar: bool = False) -> list[ActorMention]:
    """The actors named as a deed's backers: right after a phrase of support, or joined by
    و/and to one that is; with `from_afar`, only after a phrase of a backing given from afar."""
    if not _names_support(text):
        return []
    support = _load_backing_from_afar() if from_afar else load_support_phrases()
    found: list[ActorMention] = []
    last: ActorMention | None = None
    for a in sorted(actors, key=lambda a: a.start):
        backing = support.search(text, max(0, a.start - 48), a.start) is not None
        if not backing and last is not None and a.start >= last.end:
            gap = text[last.end : a.start]
            backing = _JOINED.fullmatch(gap) is not None and (gap.strip() != "" or a.text.startswith("و"))
        if backing:
            found.append(a)
            last = a
    return found


def without_backer_places(
    text: str, places: list[PlaceMention], event_type: str, actors: list[ActorMention]
) -> list[PlaceMention]:
    """The places of a sentence without the countries named as the backers from afar of a deed
    placed at its target ("وشن الجيش السوري بدعم من روسيا هجوما", "backed by the United States"):
    the deed fell on another side, not on its backer's land. A state that asked for it or helped
    ("at the request of the Syrian government", «بطلب من العراق») is often where it fell."""
    if event_type not in load_location_roles()[0]:
        return places
    backing = backers(text, actors, from_afar=True)
    if not backing:
        return places
    return [
        p
        for p in places
        if p.precision != "country" or not any(a.start < p.end and p.start < a.end for a in backing)
    ]


def ordered_with_backers_last(
    text: str, actors: list[ActorMention], trigger: tuple[int, int], language: str
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator and the other actors, as `_order_actors` gives them of those that back
    no deed, a country named after the event word as where ("غارة ... شمالي اليمن", "ضد مواقع
    للتنظيم على الأراضي السورية") never the subject when another side can be, a patron first after the event word as the subject; the backers of the deed
    ("وشنت القوات السورية، بدعم من روسيا، هجوما", "backed by Russia") come after the others
    and never as the initiator."""
    backing = backers(text, actors)
    rest = [a for a in actors if a not in backing]
    initiator, others = _order_actors(text, rest, trigger, language)
    if initiator and initiator[0].start >= trigger[1] and _named_as_where(text, initiator[0]):
        place = initiator[0]
        subject, objects = _order_actors(text, [a for a in rest if a is not place], trigger, language)
        if subject and _backed_at(text, subject[0]) is None:
            initiator, others = subject, [*objects, place]
    if language == "ar":
        initiator, others = _patron_as_subject(text, trigger, initiator, others)
    return initiator, [*others, *backing]


@lru_cache(maxsize=4)
def load_direction_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of a part of a country before its name (data/assembly.json `direction_words`)."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("direction_words", ()))


def _after_direction(text: str, actor: ActorMention) -> bool:
    """Whether a country is named after a word of its part ("شمالي اليمن"): a place."""
    if actor.kind != "country":
        return False
    i, j = _span_before(text, actor.start)
    return fold_str(text[i:j]) in load_direction_words()


@lru_cache(maxsize=4)
def load_land_nouns(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns of a country's land or air before its adjective (data/assembly.json `land_nouns`)."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("land_nouns", {}).get("words", ()))


def _named_as_where(text: str, actor: ActorMention) -> bool:
    """Whether a country is named as the place of a deed: after a word of its part ("شمالي
    اليمن") or as the adjective of its land ("على الأراضي السورية")."""
    if actor.kind != "country":
        return False
    if _after_direction(text, actor):
        return True
    i, j = _span_before(text, actor.start)
    return fold_str(text[i:j]) in load_land_nouns()


def _aimed_noun(noun: str) -> bool:
    """Whether the words hold a noun of a target (data/assembly.json `aims.heads`: مواقع،
    أهداف، مقار), which is struck, not the one that strikes."""
    heads = load_assembly_rules().get("aims", {}).get("heads", ())
    return any(w.removeprefix("ال") in heads for w in noun.split())


_SUBJECT_WORDS = 3  # the words of a subject's noun and adjectives between the event word and its patron
_BREAK = LazyPattern(r"[.,،؛;:()\"«»]")


def _patron_as_subject(
    text: str, trigger: tuple[int, int], initiator: list[ActorMention], others: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """A patron named for a plain noun ("وهاجمت قوات موالية لإيران قاعدة أمريكية", "قوات
    تابعة لإيران") stands for that noun and takes its place in the clause: the first name
    after the event word, with that noun right after the word (up to `_SUBJECT_WORDS` words,
    no punctuation), it is the subject, though ل marks it."""
    after = sorted((a for a in (*initiator, *others) if a.start >= trigger[1]), key=lambda a: a.start)
    if not after or after[0] in initiator or (found := _backed_at(text, after[0])) is None or found[0] != "before":
        return initiator, others
    if initiator and initiator[0].end <= trigger[0]:
        return initiator, others  # "طائرات إسرائيلية قصفت مواقع تابعة لحزب الله": the subject came first
    noun = text[trigger[1] : found[1]]
    if len(noun.split()) > _SUBJECT_WORDS or _BREAK.search(noun) or _aimed_noun(noun):
        return initiator, others  # "مظاهرة أمام مقر لمنظمة ... المقربة من إيران": no subject of the event word
    patron = after[0]
    return [patron], [*initiator, *(a for a in others if a is not patron)]
