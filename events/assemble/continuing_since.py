"""The time a deed has gone on since, told in an aside right after its word ("Protesters, who have
blocked major roads across the country since Oct. 17, celebrated the news"; "US military
assistance to Lebanon, which has totalled about $1 billion since 2006"; "لفض اعتصام أنصار الشيخ
عيسى قاسم، المستمر أمام منزله منذ يونيو/حزيران 2016"): the aside describes the event word's own
deed as going on up to now, and the time after since (منذ) is when it began, its date, though a
date of the sentence's main verb (the day the sit-in was broken up) stands nearer the word. The
aside opens at a comma after the event word's noun phrase, with an English relative and a verb in
the present perfect or an Arabic participle of going on (data/assembly.json `continuing_since`);
without the comma ("fighters from Zintan who have controlled the site since 2011") the relative
describes the last noun, not the event word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import TimeMention


@lru_cache(maxsize=1)
def _continuing_aside() -> re.Pattern[str]:
    """A match, from the end of the event word, of the words of its noun phrase, the comma, the
    English relative and perfect or the Arabic participle, the words of the aside, and since or
    منذ with the spaces after it (assembly.json `continuing_since`)."""
    rules = load_assembly_rules()["continuing_since"]
    between, inside = int(rules["words_between"]), int(rules["words_in"])
    opener = (
        rf"(?:(?:{alternation(rules['relatives'])})\s+(?:{alternation(rules['perfect'])})"
        rf"|[وف]?(?:{alternation(rules['participles'])}))"
    )
    return re.compile(
        rf"(?:\s+[^\s.,;:!?،؛()]+){{0,{between}}}\s*[,،]\s*{opener}(?![^\W\d_])"
        rf"(?:\s+[^\s.,;:!?،؛()]+){{0,{inside}}}?\s+(?:{alternation(rules['since'])})\s+",
        re.IGNORECASE,
    )


def date_of_its_continuation(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The time that follows since in an aside of the event word's deed going on (see the module),
    if any: a time of the calendar, not a count of time back ("منذ ثلاث سنوات", left out of `dates`
    before)."""
    found = _continuing_aside().match(text, cand.trigger[1], cand.sentence[1])
    if found is None:
        return None
    at = found.end()
    return next((d for d in dates if d.start == at and d.precision in ("year", "month", "day")), None)
