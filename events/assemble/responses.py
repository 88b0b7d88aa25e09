"""An Arabic event word after "in response to" (ردا على هجوم كيماوي): the deed responded to,
an earlier event than the response its sentence tells, even of the same type.
"""

from __future__ import annotations

from events.assemble.text import _RESPONSE_AR
from events.model import ActorMention, PlaceMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

# "ردا على هجوم", "ردا على الهجوم الكيميائي", "انتقاما لمقتل": the object of the response,
# with a word or two (a quotation mark, an article of quantity) between
_RESPONDED_TO = LazyPattern(r"(?<![^\W\d_])[وف]?(?:" + _RESPONSE_AR + r")\W*(?:\s+\S+)?\s*\W*$", compiler=gated_compile)
_RESPONSE_REACH = 30  # characters before the event word searched

# "ردا على الهجوم الكيميائي المفترض الذي استهدف دوما": a verb of the relative clause that
# describes the object of the response tells that deed too
_RESPONDED_RELATIVE = LazyPattern(
    r"(?<![^\W\d_])[وف]?(?:" + _RESPONSE_AR + r")\s+(?:[^\s،,.;؛:()]+\s+){1,4}(?:الذي|التي)\s+$", compiler=gated_compile
)
_RELATIVE_REACH = 80  # characters before the verb searched


def _responded_to(text: str, start: int) -> bool:
    """Whether the Arabic event word at `start` is the object of a response told before it:
    the deed responded to, not the response, which its sentence tells with a word of its
    own ("شنت الولايات المتحدة غارات جوية ردا على هجوم كيماوي على دوما")."""
    return _RESPONDED_TO.search(text, max(0, start - _RESPONSE_REACH), start) is not None


def without_responders(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    trigger_start: int,
    start: int,
    catalogued: bool = False,
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """`actors` and `places` without those named before "in response to" when the event word is
    its object (`_responded_to`), or a verb of a relative clause describing that object: they are the response's doers and targets ("شنت الولايات
    المتحدة وفرنسا غارات ردا على هجوم كيماوي على دوما": the chemical attack is not theirs), when
    a side or a place with a country stays after it, or the word names a catalogued deed (`catalogued`),
    whose entry tells its own sides ("توعد ترامب بشن ضربات على سوريا ردا على الهجوم الكيميائي على
    دوما": Syria's attack, not the United States')."""
    m = _RESPONDED_TO.search(text, max(start, trigger_start - _RESPONSE_REACH), trigger_start) or _RESPONDED_RELATIVE.search(
        text, max(start, trigger_start - _RELATIVE_REACH), trigger_start
    )
    if m is None:
        return actors, places
    kept_actors = [a for a in actors if a.start >= m.start()]
    kept_places = [p for p in places if p.start >= m.start()]
    if not catalogued and not any(n.country for n in (*kept_actors, *kept_places)):
        return actors, places
    return kept_actors, kept_places
