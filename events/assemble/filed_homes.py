"""The country a story is filed from, as the home of a domestic deed its sentence places nowhere.

A wire story is filed from the state it reports on and names it in its body ("YANGON (Reuters) -
The United States imposed sanctions on Myanmar's generals", «بغداد - ... العراق»), though the
foreign states acting on it may be named as often, so that no country leads the article by a clear
margin (`parties._home_country`). An election, a protest or an arrest told there with no country
of its own ("The generals alleged fraud in the Nov. 8 election, which the NLD won"), or a crackdown
by the state's forces named bare ("police fired water cannon and live rounds", `crackdowns`), took
place in that state. The story tells of that state from its ground when its body names a city or a region
of it ("In Yangon, crowds of protesters marched"), not only the state or its capital standing for
its government ("Washington said"): a story filed from Washington on the sanctions it imposes on
Myanmar reports Myanmar's deeds from afar. A story with no dateline, one filed from several
countries, or from one it hardly names, gives none.
"""

from __future__ import annotations

from collections.abc import Iterable

from events.assemble.parties import _article_countries
from events.assemble.text import Mentions
from events.model import PlaceMention
from events.text.dateline import filed_country


def filed_home(filed: Iterable[PlaceMention], mentions: Mentions, named_from: int) -> str | None:
    """The one country of the dateline's places (`filed`) when it is one of the countries the
    article is about (`parties._article_countries`: named at least twice, and at least half as
    often as the one named most) and the body (from `named_from`, the dateline's end) names a city
    or a region of it that is no actor's name; else None."""
    country = filed_country(filed)
    if country is None or country not in _article_countries(mentions):
        return None
    actors = {(a.start, a.end) for a in mentions.actors}
    on_its_ground = any(
        p.country == country
        and p.precision in ("city", "region")
        and p.start >= named_from
        and (p.start, p.end) not in actors
        for p in mentions.places
    )
    return country if on_its_ground else None
