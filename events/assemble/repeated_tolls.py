"""An attack told twice by its toll: "أكد التحالف أنه سيحقق في الأنباء عن مقتل 33 شخصا إثر قصف
جوي على مدينة حجة، الإثنين ... يذكر أن 33 شخصا لقوا مصرعهم إثر غارة جوية على حجة، الأحد" is one
strike, on Sunday; Monday is the day of the report. A figure may be written in words ("Thirty-three
people were killed", «مقتل ثلاثة وثلاثين شخصا»).
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


@lru_cache(maxsize=4)
def load_figure_words(path: Path = ASSEMBLY_RULES) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """assembly.json `repeated_tolls`: the folded words of units and of tens with their values,
    and the Arabic words of ten that follow a unit in a figure from 13 to 19."""
    rules = load_assembly_rules(path).get("repeated_tolls", {})
    units = {fold_str(w).lower(): int(v) for w, v in rules.get("units", {}).items()}
    tens = {fold_str(w).lower(): int(v) for w, v in rules.get("tens", {}).items()}
    return units, tens, frozenset(fold_str(w).lower() for w in rules.get("teen", ()))


def _figures(tokens: list[str]) -> list[tuple[int, int]]:
    """The figures among `tokens`, each with the index of its last token: digits, or words of
    `load_figure_words` (thirty-three, ثلاثة وثلاثين, ثلاثة عشر)."""
    units, tens, teen = load_figure_words()
    words = [fold_str(t).lower() for t in tokens]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok, w = tokens[i], words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if tok.isdigit():
            out.append((int(tok), i))
        elif w in tens:
            unit = units.get(nxt, 0) if nxt.isascii() else 0
            out.append((tens[w] + (unit if unit < 10 else 0), i + 1 if 0 < unit < 10 else i))
            i += 1 if 0 < unit < 10 else 0
        elif w in units:
            if nxt[:1] == "و" and nxt[1:] in tens:  # ثلاثة وثلاثين
                out.append((units[w] + tens[nxt[1:]], i + 1))
                i += 1
            elif nxt in teen and units[w] < 10:  # ثلاثة عشر
                out.append((units[w] + 10, i + 1))
                i += 1
            else:
                out.append((units[w], i))
        i += 1
    return out


def _death_word(word: str) -> bool:
    words = load_repeated_tolls()[0]
    folded = fold_str(word).lower()
    return folded.startswith(words) or (folded[:1] in ("و", "ف") and folded[1:].startswith(words))


def _tolls(event: Event) -> set[int]:
    """The figures of the dead its sentence tells: a figure within `window` words of a word of death."""
    _, window, least = load_repeated_tolls()
    tokens = _TOKEN.findall(event.quote)
    return {
        figure
        for figure, i in _figures(tokens)
        if figure >= least
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
