"""The country a war is fought in, for a strike whose sentence names only the side that struck
("وقد أسفرت الغارات الجوية التي شنها التحالف الشهر الماضي عن مقتل 51 شخصا", in a story about
Yemen): the one the article names most apart from the striker's sides, when the striker's own
country is named so often that no country leads the whole article."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.parties import HOME_LEAD
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import Mentions, _Candidate, _country_counts, _locative
from events.model import ActorMention, PlaceMention, TriggerMention
from events.text.dateline import filed_country
from events.text.normalize import fold_str


def _war_country(mentions: Mentions, named_from: int, sides: Collection[str]) -> str | None:
    """The country named most in the article (from `named_from` on) apart from `sides`, when it is
    named at least twice, `HOME_LEAD` times as often as any other country apart from `sides`, and no
    less often than any of `sides` (in a story of a country's own war, "الجيش المصري" striking in
    Sinai, that country leads, and the strike stays at home)."""
    counts = _country_counts(mentions, named_from)
    ranked = sorted(((n, c) for c, n in counts.items() if c not in sides), key=lambda nc: (-nc[0], nc[1]))
    if not ranked:
        return None
    n, first = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0
    most_of_sides = max((counts.get(c, 0) for c in sides), default=0)
    return first if n >= 2 and n >= HOME_LEAD * second and n >= most_of_sides else None


def filed_war_country(
    filed: Iterable[PlaceMention], dateline_end: int, mentions: Mentions, sides: Collection[str]
) -> str | None:
    """The country of the dateline (`filed`) as the place of a strike whose sentence names no place
    and only the striking side ("MARJAYOUN, Lebanon (Reuters) - ... after Israeli air raids",
    «بيروت - ... في غارات إسرائيلية»), when the article's names lead to no country: the story is
    filed from where the war is, when its body names that country too and it is none of `sides`
    (a Dubai newsroom's story of Yemen's war names no Emirati side and so places nothing there)."""
    country = filed_country(filed)
    if country is None or country in sides:
        return None
    named = any(m.country == country and m.start >= dateline_end for m in (*mentions.actors, *mentions.places))
    return country if named else None


def _striker_before(
    text: str,
    place: PlaceMention,
    cand: _Candidate,
    parties: Sequence[ActorMention],
    words_after: Sequence[TriggerMention] = (),
) -> bool:
    """Whether a country named before a strike's word, not after a preposition, is a side of it
    and a side of another country is named after the word, before any word of an event of another
    type ("وكانت الولايات المتحدة قد شنت ضربات جوية استهدفت نظام الأسد"): the side that struck, not
    where; whichever role the sentence's reading gave each side. (A side of a later event, "قتلت
    قواتها فلسطينيين كانوا يحتجون على نقل السفارة الأمريكية", is none of the strike's.)"""
    trigger = cand.trigger
    if place.end > trigger[0] or _locative(text, place):
        return False
    if not any(place.start < a.end and a.start < place.end for a in parties):
        return False
    other = min((t.start for t in words_after if t.event_type != cand.event_type and t.start >= trigger[1]), default=len(text))
    return any(a.country and a.country != place.country and trigger[1] <= a.start < other for a in parties)


def _striker_first(
    place: PlaceMention, initiator: list[ActorMention], others: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The roles of a strike whose striker is the country named before its word (`_striker_before`):
    that country's side initiates, and the sides read as initiating before are struck (a target named
    after the word, "استهدفت نظام الرئيس السوري", is not the doer)."""
    named = [a for a in (*initiator, *others) if place.start < a.end and a.start < place.end]
    if not named or (all(a in initiator for a in named) and initiator[: len(named)] == named):
        return initiator, others
    rest = [a for a in (*initiator, *others) if a not in named]
    return named, rest


@lru_cache(maxsize=4)
def load_struck_objects(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int, int]:
    """Prepositions of what a strike hits, the most words from one to a noun it governs, and the
    most words of a name right before that noun left out of that count (data/assembly.json
    `struck_objects`)."""
    rules = load_assembly_rules(path).get("struck_objects", {})
    prepositions = frozenset(fold_str(w).lower() for w in rules.get("prepositions", ()))
    return prepositions, int(rules.get("words", 0)), int(rules.get("name_words", 0))


def _name_word(word: str) -> bool:
    """A word of a Latin name: a capital in it (Ain, al-Asad) and no punctuation closing it."""
    return any(c.isupper() for c in word) and word[-1].isalnum()


def _struck_object(text: str, start: int) -> bool:
    """Whether the word at `start` follows, within the words allowed, a preposition of what a
    strike hits ("at two military bases", "على قاعدتين عسكريتين"): the thing hit, no event. The
    words of a name standing right after the preposition (or after it and "the") and right before
    the word ("at the Ain al-Asad air base") name the thing hit and are not counted."""
    prepositions, most, name_words = load_struck_objects()
    words = [fold_str(w).lower() for w in text[max(0, start - 120) : start].split()]
    if any(w in prepositions for w in words[-most:]):
        return True
    raw = text[max(0, start - 120) : start].split()
    k = len(raw)
    while k > 0 and len(raw) - k < name_words and _name_word(raw[k - 1]):
        k -= 1
    head = words[:k]
    if head and head[-1] == "the":
        head = head[:-1]
    # the name right after the preposition, or after it and "the"
    return k < len(raw) and bool(head) and head[-1] in prepositions


def _next_other_deed(text: str, cand: _Candidate, words_after: Sequence[TriggerMention]) -> int:
    """Where the first word of an event of another type after the strike's word begins (the
    end of the text when none does): a place past it is that deed's. A word that is what the
    strike hit ("struck a convoy") tells no other deed."""
    return min(
        (
            t.start
            for t in words_after
            if t.event_type != cand.event_type and t.start >= cand.trigger[1] and not _struck_object(text, t.start)
        ),
        default=len(text),
    )


def _struck_in_after(
    text: str,
    place: PlaceMention,
    cand: _Candidate,
    places: Sequence[PlaceMention],
    parties: Sequence[ActorMention],
    words_after: Sequence[TriggerMention] = (),
) -> PlaceMention | None:
    """For a strike whose place would be the country of the side that struck, named as a party
    before its word and not after a preposition, the place of another country that a preposition
    places after the word, before any word of an event of another type ("Iran fired missiles at
    two military bases in Iraq", "أطلقت إيران صواريخ على قاعدتين عسكريتين في العراق", the
    striker being the subject right after an Arabic verb): where the fire fell, not where it came
    from."""
    trigger = cand.trigger
    named = [a for a in parties if place.start < a.end and a.start < place.end]
    # the side that struck: named before the word, or as the subject right after it (أطلقت إيران)
    if place.precision != "country" or not named or _locative(text, place):
        return None
    if place.end > trigger[0] and named[0] is not parties[0]:
        return None
    after = max(trigger[1], place.end)
    other = _next_other_deed(text, cand, words_after)
    return next(
        (p for p in places if p.country != place.country and after <= p.start < other and _locative(text, p)), None
    )


def struck_abroad(
    text: str,
    place: PlaceMention,
    cand: _Candidate,
    places: Sequence[PlaceMention],
    strikers: Sequence[ActorMention],
    clause: tuple[int, int],
    words_after: Sequence[TriggerMention] = (),
) -> PlaceMention | None:
    """For a strike whose place would be a city or region of the striking side's own country, the
    place of another country that a preposition places after the word, in the word's own clause
    and before any word of an event of another type ("Iran's Revolutionary Guards launched strikes
    on Kurdish groups in northern Iraq, ..., as authorities in Tehran struggled to contain
    protests"; "شنت مقاتلات تركية غارات على مواقع في شمال العراق، فيما قالت وزارة الدفاع في
    أنقرة"): where the fire fell; the striker's own city is another clause's."""
    own = {a.country for a in strikers if a.country}
    if place.precision == "country" or place.country not in own:
        return None
    trigger = cand.trigger
    other = _next_other_deed(text, cand, words_after)
    return next(
        (
            p
            for p in places
            if p.country not in own
            and trigger[1] <= p.start < other
            and clause[0] <= p.start < clause[1]
            and _locative(text, p)
        ),
        None,
    )
