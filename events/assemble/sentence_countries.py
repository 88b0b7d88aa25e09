"""A domestic deed (an arrest, a vote, a protest, a change of office) told in a clause that names
no country, in a sentence whose other names give one country alone ("Sudan's Prime Minister
Abdalla Hamdok resigned late on Sunday, six weeks after he was reinstated by the military"):
that country's, the only state the sentence speaks of."""

from __future__ import annotations

from collections.abc import Sequence

from events.model import ActorMention


def sentence_s_one_country(actors: Sequence[ActorMention]) -> list[str]:
    """The one country the sentence's actors belong to, as a list; empty when they give none or
    more than one."""
    countries = {a.country for a in actors if a.country}
    return list(countries) if len(countries) == 1 else []
