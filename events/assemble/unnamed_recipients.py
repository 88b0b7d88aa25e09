"""Aid given by states told with no recipient nor destination ("Qatar, Kuwait, Iran and Turkey
have also flown in field hospitals and relief goods", «وأرسلت قطر والكويت مستشفيات ميدانية»),
in an article about one country that is none of the givers, went to that country: it is the
aid's place and its recipient (data/assembly.json `unnamed_recipients`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.origins import origins
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import ActorMention, Event, PlaceMention
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_unnamed_recipient_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The types of `unnamed_recipients` (aid)."""
    return frozenset(load_assembly_rules(path).get("unnamed_recipients", {}).get("types", ()))


def recipient_at_home(
    event: Event,
    text: str,
    trigger_end: int,
    sentence_end: int,
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    home: str | None,
) -> str | None:
    """The country the article is about (`home`), when `event` is aid whose sentence names
    givers but no other country after the event word (up to `sentence_end`) than the list of
    givers right after it (the Arabic subject) or the places it came from, and `home` is none
    of them."""
    if event.event_type not in load_unnamed_recipient_types() or not home or home in event.countries:
        return None
    if not event.countries:
        return None
    named = sorted((m for m in (*actors, *places) if m.country), key=lambda m: m.start)
    # (the givers also those it came from: "have arrived from France, Qatar and Iran")
    givers = _subject_after(text, trigger_end, named) | origins(text, named, (trigger_end, trigger_end))
    if any(m.country and trigger_end <= m.start < sentence_end and m.start not in givers for m in (*actors, *places)):
        return None  # a recipient or a destination named ("to Lebanon", «لقطر»)
    return home


# what joins the names of a list of givers: a comma, "and", و
_JOIN = LazyPattern(r"\A(?:\s*[,،]?\s*(?:and\s+|و)?)\Z", re.IGNORECASE)


def _subject_after(text: str, at: int, named: Sequence[ActorMention | PlaceMention]) -> set[int]:
    """The starts of the names that follow the event word right after it as a list (the Arabic
    subject after its verb: «ونقلت قطر والكويت جوا»)."""
    out: set[int] = set()
    for m in named:
        if m.start < at:
            continue
        gap = text[at : m.start]
        if not _JOIN.match(gap) and not (not out and not gap.strip()):
            break
        out.add(m.start)
        at = max(at, m.end)
    return out
