"""A deed done by a document is dated by the document's own date (`document_deeds` of
data/assembly.json): a law, a decree or a resolution acts when it is issued or adopted. As the
subject right after an Arabic verb, the document's name may run to a few words before the
participle of its issuing ("إذ فرض قانون مقاطعة إسرائيل الصادر عام 1957 حظرا شاملا": the ban
of 1957), and the participle's date is then the deed's, not another noun's; as the antecedent
of an English relative clause after the verb that adopted it ("The U.N. Security Council on
Thursday adopted resolution 1973, which ... tightened sanctions on Gaddafi's government"), the
deeds of that clause, with no date of their own, were done on the day of the adoption."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.issuing_subjects import _nouns, _rules
from events.assemble.rules import ASSEMBLY_RULES, alternation
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern

# a comma (and spaces) that may stand between a document's name and its relative word
_COMMA = LazyPattern(r"\s*,?\s*$")
# what ends a clause before the event word: a stop, a semicolon, a colon
_STOP = LazyPattern(r"[.;:!?]")


@lru_cache(maxsize=4)
def _relative(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    words = alternation(_rules(path).get("relatives", ()), spaced=True)
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])", re.IGNORECASE)


def date_by_its_document(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated event whose word stands in an English relative clause about a
    document that a verb before it, dated in its clause, adopted (`dates`: the sentence's)."""
    if event.date_basis != "publication" or event.published is None:
        return
    s = cand.sentence[0]
    found = None
    for m in _relative().finditer(text, s, cand.trigger[0]):
        found = m
    if found is None or _STOP.search(text, found.end(), cand.trigger[0]) is not None:
        return
    if len(text[found.end() : cand.trigger[0]].split()) > _rules().get("relative_words", 12):
        return
    head = text[s : found.start()]
    comma = _COMMA.search(head)
    words = head[: comma.start() if comma else len(head)].split()
    # the document's noun, perhaps with its number or name after it ("resolution 1973")
    tail = [w.strip("\"'“”").lower() for w in words[-3:]]
    if not any(w in _nouns() for w in tail):
        return
    noun_at = s + head.lower().rfind(next(w for w in reversed(tail) if w in _nouns()))
    told = [d for d in dates if s <= d.start and d.end <= noun_at]
    if not told:
        return
    d = told[-1]
    if d.recurring or not d.value or d.basis not in ("explicit", "relative") or d.precision not in ("day", "month"):
        return
    if re.search(r"[,;:]", text[d.end : noun_at]) or d.value[:10] > event.published[:10]:
        return  # the date of another clause, or later than the publication
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    event.end_date = d.end_value
    spans["date"] = [d.start, d.end]
