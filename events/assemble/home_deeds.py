"""A catalogued deed of the article's country, told by a name that names no country.

"The elections will be held under a state of emergency in force since the failed coup
attempt", in an article about Turkey: the sentence names no party, yet the deed it
recalls is the catalogued one of the country the article is about. Its country is
then the article's, when the sentence's words name an entry of that country.
"""

from __future__ import annotations

from functools import lru_cache

from events.assemble.rules import load_assembly_rules
from events.reference import ReferenceCatalog, match_references


@lru_cache(maxsize=1)
def _home_types() -> frozenset[str]:
    """Types of a deed a state does within itself (data/assembly.json `catalogued_home_types`)."""
    return frozenset(load_assembly_rules().get("catalogued_home_types", ()))


def catalogued_at_home(
    catalog: ReferenceCatalog,
    event_type: str,
    sentence: str,
    home: str | bool | None,
    published: str | None,
    language: str | None,
) -> bool:
    """Whether `sentence`, which names no country, tells a catalogued `event_type` deed of
    `home`, the article's country: its words name an entry of that type and country, dated
    before `published`. Only deeds a state does within itself count: a truce or a deal
    told with no sides is made by sides the sentence does not name."""
    if not isinstance(home, str) or not sentence or event_type not in _home_types():
        return False
    found = match_references(catalog, event_type, (home,), sentence, published, language)
    return bool(found) and home in found[0].countries
