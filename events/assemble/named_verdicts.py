"""A speaker's name for a deed, in quotation marks after a verb of naming ("Erdogan called the
raid "a bloody massacre"", "Biden called the fall of Assad "a fundamental act of justice"",
«ووصف أردوغان الهجوم بأنه "مجزرة دموية"»).

The sentence tells a reaction. An event word inside the quoted name ("massacre", مجزرة) is the
speaker's word for a deed, never a deed of its own; the event word that is the object named
("the fall of Assad", الاتفاق) points back to an event of its type the article tells elsewhere,
as the object of a word of reaction does (reacted_objects.py). Told with no event of its type
elsewhere, the object may be the only telling of the deed and stays.
(data/assembly.json `named_verdicts`.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TriggerMention
from events.text.normalize import fold_str
from events.triggers import ASSERTED

# the quotation marks, folded: fold_str makes “ ” « » a plain double quotation mark
_NOT_WORD = r"\s.;؛:!?؟()\"'‘’"


@lru_cache(maxsize=4)
def load_named_verdicts(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Searches (folded, lower-cased) for: the verb of naming and the words of the named deed
    before an event word (the head of an object named); the same with the quotation mark and
    the first words of the name before an event word (the head of an event word inside the
    name); and, anchored right after an event word, its own phrase and the opening quotation
    mark of its name (the tail of an object named)."""
    rules = load_assembly_rules(path)["named_verdicts"]
    stops = alternation(fold_str(w).lower() for w in load_assembly_rules(path)["reacted_objects"]["stops"])
    verbs = alternation((fold_str(w).lower() for w in rules["words"]), spaced=True)
    links = alternation((fold_str(w).lower() for w in rules["links"]), spaced=True)
    quotes = "".join(sorted({re.escape(fold_str(q)) for q in rules["quotes"]}))
    # a word of the clause, an Arabic comma after it allowed (the subject's aside stands between
    # an Arabic verb and its object: «وصف المندوب، خلال مداخلته، الإطلاق بـ»)
    word = r"(?!(?:" + stops + r")\s)[^" + _NOT_WORD + r",،]+[,،]?\s+"
    verb = r"(?<![^\W\d_])[وف]?(?:" + verbs + r")\s+"
    between = r"(?:" + word + r"){0," + str(int(rules["object_words"])) + r"}"
    named = re.compile(verb + between + r"$")
    inside_words = r"(?:[^" + _NOT_WORD + r"]+\s+){0," + str(int(rules["inside_words"])) + r"}"
    inside = re.compile(verb + between + r"(?:(?:" + links + r")\s*)?[" + quotes + r"]\s*" + inside_words + r"$")
    own = r"(?:\s*[^" + _NOT_WORD + r",،]+){0," + str(int(rules["own_words"])) + r"}"
    tail = re.compile(own + r"\s+(?:(?:" + links + r")\s*)?[" + quotes + r"]")
    return named, inside, tail


def inside_a_named_verdict(text: str, cand: _Candidate) -> bool:
    """Whether the event word stands inside the quoted name a verb of naming gives a deed
    ("called the raid "a bloody massacre"", «وصف الهجوم بأنه "مجزرة"»)."""
    _, inside, _ = load_named_verdicts()
    head = fold_str(text[cand.sentence[0] : cand.trigger[0]]).lower()
    return inside.search(head) is not None


def _quote_start(event: Event) -> int | None:
    """Where the sentence an event was read from starts (its span's first offset)."""
    quote = event.spans.get("quote")
    return quote[0] if quote else None


def named_by_a_verdict(text: str, cand: _Candidate, told: Sequence[Event], words: Sequence[TriggerMention]) -> bool:
    """Whether the event word is the object of a verb of naming whose quoted name follows its
    phrase ("called the fall of Assad "a fundamental act of justice"") and an event of its type
    is told in another sentence: before it (`told`), or by an asserted event word."""
    named, _, tail = load_named_verdicts()
    s, e = cand.sentence
    if not any(ev.event_type == cand.event_type and _quote_start(ev) != s for ev in told) and not any(
        t.event_type == cand.event_type and t.modality == ASSERTED and not s <= t.start < e for t in words
    ):
        return False
    head = fold_str(text[s : cand.trigger[0]]).lower()
    if named.search(head) is None:
        return False
    return tail.match(fold_str(text[cand.trigger[1] : e]).lower()) is not None
