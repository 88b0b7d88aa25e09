"""An event word right after a word of in the wake of (`wake_openers` of data/assembly.json:
في أعقاب، عقب، إثر، following), told as the cause of a deed its sentence dates before it
("اعتقلته قوات الأمن في سبتمبر 2019، وذلك في أعقاب احتجاجات اندلعت في عدة مدن", "was
arrested in September 2019, in the wake of protests in several cities"): with no date of
its own, the cause came shortly before that deed, in its month, not on the publication's
day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event
from events.temporal import TimeMention


@lru_cache(maxsize=4)
def load_wake_causes(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of in the wake of, and perhaps one word more (an adjective: in the
    wake of limited protests), ending, with a space, where the matched text ends."""
    words = alternation(load_assembly_rules(path).get("wake_openers", ()), spaced=True)
    return re.compile(r"(?<![^\W\d_])[وف]?(?:" + words + r")\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _date_by_wake_cause(event: Event, text: str, start: int, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated event whose word follows a word of in the wake of by the
    month of the last date told before it in its sentence, when that lies before the
    publication's month."""
    if event.date_basis != "publication" or event.published is None:
        return
    if load_wake_causes().search(text, max(0, start - 40), start) is None:
        return
    before = [d for d in dates if d.end <= start and not d.recurring and d.value and d.basis in ("explicit", "relative")]
    if not before:
        return
    d = max(before, key=lambda m: m.start)
    value = d.value[:7] if d.precision == "day" else d.value
    if value >= event.published[: len(value)]:
        return  # of the publication's month: the day of the cause is not known
    event.date, event.date_basis = value, d.basis  # type: ignore[assignment]
    event.date_precision = "month" if d.precision == "day" else d.precision  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [d.start, d.end]
