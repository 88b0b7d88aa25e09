"""The country a story is filed from, as the home of a domestic deed its sentence places nowhere.

A wire story is filed from the state it reports on and names it in its body ("YANGON (Reuters) -
The United States imposed sanctions on Myanmar's generals", «بغداد - ... العراق»), though the
foreign states acting on it may be named as often, so that no country leads the article by a clear
margin (`parties._home_country`). An election, a protest or an arrest told there with no country
of its own ("The generals alleged fraud in the Nov. 8 election, which the NLD won") took place in
that state. A story with no dateline, or one filed from a city of a state it hardly names (a
Washington story of Iran's protests), gives none.
"""

from __future__ import annotations

from collections.abc import Iterable

from events.assemble.parties import _article_countries
from events.assemble.text import Mentions
from events.model import PlaceMention
from events.text.dateline import filed_country


def filed_home(filed: Iterable[PlaceMention], mentions: Mentions) -> str | None:
    """The one country of the dateline's places (`filed`) when it is one of the countries the
    article is about (`parties._article_countries`: named at least twice, and at least half as
    often as the one named most); else None."""
    country = filed_country(filed)
    return country if country is not None and country in _article_countries(mentions) else None
