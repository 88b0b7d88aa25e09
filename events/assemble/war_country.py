"""The country a war is fought in, for a strike whose sentence names only the side that struck
("وقد أسفرت الغارات الجوية التي شنها التحالف الشهر الماضي عن مقتل 51 شخصا", in a story about
Yemen): the one the article names most apart from the striker's sides, when the striker's own
country is named so often that no country leads the whole article."""

from __future__ import annotations

from collections.abc import Collection

from events.assemble.parties import HOME_LEAD
from events.assemble.text import Mentions, _country_counts


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
