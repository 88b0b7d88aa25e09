"""The country a war is fought in, for a strike whose sentence names only the side that struck
("وقد أسفرت الغارات الجوية التي شنها التحالف الشهر الماضي عن مقتل 51 شخصا", in a story about
Yemen): the one the article names most apart from the striker's sides, when the striker's own
country is named so often that no country leads the whole article."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from events.assemble.parties import HOME_LEAD
from events.assemble.text import Mentions, _Candidate, _country_counts, _locative
from events.model import ActorMention, PlaceMention, TriggerMention


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
