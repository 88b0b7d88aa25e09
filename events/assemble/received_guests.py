"""A foreign guest received by a host with no city of its own told: the guest's visit.

A host who receives (استقبل، received, welcomed) a foreign head of state, minister or
delegation receives him at home: "استقبل الرئيس بشار الأسد الشيخ عبد الله بن زايد",
"Lula received Venezuela's Nicolas Maduro at the presidential palace" tell the guest's visit
to the host's country, as the same words with the host's city already did (GUIDELINES: a
visit in which the visitor meets people is one visit). A city named in the possessive
("Venezuela's Maduro") is the guest's country, not the place. A guest of a resident post, an
ambassador, a consul or an envoy (`received_guests` of data/assembly.json), is met where he
serves: talks, no visit. And a guest told first, "X was received by Y in Z" (welcomed,
hosted), is the visitor to the place's country.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_location_roles
from events.model import ActorMention, PlaceMention
from events.text.gates import gated_compile


@lru_cache(maxsize=4)
def load_received_guests(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for the nouns of a resident post, and a match of a passive auxiliary ending
    right before the reception word (data/assembly.json `received_guests`)."""
    rules = load_assembly_rules(path).get("received_guests", {})
    posts = gated_compile(
        r"(?<![^\W\d_])[وف]?(?:[بك]?ال|لل|[بل])?(?:" + alternation(rules.get("resident_posts", ())) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )
    passive = re.compile(
        r"(?<![^\W\d_])(?:" + alternation(rules.get("passive_auxiliaries", ())) + r")\s+(?:\w+ly\s+)?$", re.IGNORECASE
    )
    return posts, passive


_POST_REACH = 20  # characters either side of the guest's name searched for the noun of his post
_PHRASE_BREAK = re.compile(r"[،,.;:؛]")


def _hosting(cameo: str | None) -> bool:
    return cameo in load_location_roles()[1]


def received_at_home(
    text: str,
    sentence: tuple[int, int],
    cameo: str | None,
    initiator: Sequence[ActorMention],
    others: Sequence[ActorMention],
    place: PlaceMention | None,
    place_is_no_venue: bool,
) -> bool:
    """Whether a host received a foreign guest with no city of the event told: with no place,
    with only the host's own country, or with a name that is no venue (`place_is_no_venue`: a
    name in the possessive). A guest of a resident post stays in talks."""
    if not _hosting(cameo) or not initiator:
        return False
    host = initiator[0].country
    if not host:
        return False
    if place is not None and not place_is_no_venue and not (place.precision == "country" and place.country == host):
        return False
    guests = [a for a in others if a.country and a.country != host]
    if not guests:
        return False
    posts, _ = load_received_guests()
    guest = guests[0]
    # the post's noun beside the guest's name, in his own phrase ("السفير القطري", "للسفير القطري",
    # "the Turkish ambassador"; not "، كما استقبل السفير" of another guest)
    before = _PHRASE_BREAK.split(text[max(sentence[0], guest.start - _POST_REACH) : guest.start])[-1]
    after = _PHRASE_BREAK.split(text[guest.end : min(sentence[1], guest.end + _POST_REACH)])[0]
    return posts.search(before + guest.text + after) is None


def received_abroad(
    text: str, trigger_start: int, cameo: str | None, initiator: Sequence[ActorMention], place: PlaceMention | None
) -> bool:
    """Whether the subject was received by a host ("was received by Kagame in Kigali", "he was
    welcomed by President William Ruto at State House in Nairobi") in a city of another country
    than his own: the subject's visit there."""
    if not _hosting(cameo) or not initiator or place is None or place.precision == "country":
        return False
    _, passive = load_received_guests()
    if passive.search(text[max(0, trigger_start - 30) : trigger_start]) is None:
        return False
    guest = initiator[0].country
    return bool(guest and place.country and guest != place.country)


def guest_first(
    initiator: Sequence[ActorMention], others: Sequence[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The first foreign guest as the visitor, the host and the rest after him: a visit is the
    guest's, placed at the host's (the visited side)."""
    host = initiator[0].country if initiator else None
    guest = next((a for a in others if a.country and a.country != host), None)
    if guest is None:
        return list(initiator), list(others)
    return [guest], [*initiator, *(a for a in others if a is not guest)]
