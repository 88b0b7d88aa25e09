"""An attack told twice by its toll: "أكد التحالف أنه سيحقق في الأنباء عن مقتل 33 شخصا إثر قصف
جوي على مدينة حجة، الإثنين ... يذكر أن 33 شخصا لقوا مصرعهم إثر غارة جوية على حجة، الأحد" is one
strike, on Sunday; Monday is the day of the report.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import RETOLD_DAYS, _unique, event_day
from events.model import Event
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_TOKEN = LazyPattern(r"\d+|[^\W\d_]+")


@lru_cache(maxsize=4)
def load_repeated_tolls(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], int, int]:
    """assembly.json `repeated_tolls`: the folded starts of words of death, the words a figure
    may stand from one, and the least figure that tells a toll apart."""
    rules = load_assembly_rules(path).get("repeated_tolls", {})
    words = tuple(fold_str(w).lower() for w in rules.get("death_words", ()))
    return words, int(rules.get("window", 3)), int(rules.get("least", 3))


def _death_word(word: str) -> bool:
    words = load_repeated_tolls()[0]
    folded = fold_str(word).lower()
    return folded.startswith(words) or (folded[:1] in ("و", "ف") and folded[1:].startswith(words))


def _tolls(event: Event) -> set[int]:
    """The figures of the dead its sentence tells: a figure within `window` words of a word of death."""
    _, window, least = load_repeated_tolls()
    tokens = _TOKEN.findall(event.quote)
    return {
        int(tok)
        for i, tok in enumerate(tokens)
        if tok.isdigit()
        and int(tok) >= least
        and any(_death_word(w) for w in tokens[max(0, i - window) : i + window + 1] if not w.isdigit())
    }


def _same_toll(a: Event, b: Event) -> bool:
    if a.event_type != "attack" or b.event_type != "attack" or a.quote == b.quote:
        return False
    da, db = event_day(a), event_day(b)
    if da is None or db is None or da == db or abs((da - db).days) > RETOLD_DAYS:
        return False
    if not set(a.countries) & set(b.countries):
        return False
    return bool(_tolls(a) & _tolls(b))


def without_repeated_tolls(events: list[Event]) -> list[Event]:
    """The events less each attack that tells the toll of an attack told on an earlier day: that
    one takes its sides and its sentence as a source."""
    kept: list[Event] = []
    for ev in events:
        earlier = next((o for o in events if o is not ev and _same_toll(o, ev) and o.date < ev.date), None)
        if earlier is None:
            kept.append(ev)
            continue
        earlier.actors = _unique([*earlier.actors, *ev.actors])
        earlier.countries = _unique([*earlier.countries, *ev.countries])
        earlier.sources = [*earlier.sources, *ev.sources]
    return kept
