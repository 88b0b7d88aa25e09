"""A deed told as done the year after, or the year before, the year its sentence gave before it
("The Houthis seized the capital Sanaa in 2014, and a Saudi-led coalition intervened the following
year"; "awarded the prize in 2019 for restoring ties with its neighbour the year before"; "وانتخب
رئيسا في العام التالي"): that year plus or less one, not the year told for the deed before it
(data/assembly.json `following_years`, `preceding_years`). A sentence that names no time before
the deed counts from the last time the sentence before it names ("... on August 14, 2013, ...
He was elected president the following year")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.counted_years import load_counted_later, years_counted_later
from events.assemble.rules import load_assembly_rules, load_following_years, load_preceding_years
from events.assemble.text import _Candidate, anchor_date_before
from events.assemble.word_gates import may_name
from events.model import Event, TimeMention
from events.text.gates import anchor_words, gated_compile
from events.text.lazy import LazyPattern


def date_by_the_following_year(
    event: Event,
    text: str,
    cand: _Candidate,
    dates: Sequence[TimeMention],
    spans: dict,
    before: tuple[tuple[int, int], Sequence[TimeMention]] | None = None,
) -> None:
    """Date an event whose word a phrase of the following (or preceding) year follows by the year
    after (or before) the latest date told before the word in its sentence, or, with none there,
    in the sentence before (`before`: its span and its dates)."""
    shift, m = 1, load_following_years().match(text, cand.trigger[1], cand.sentence[1])
    if m is None:
        shift, m = -1, load_preceding_years().match(text, cand.trigger[1], cand.sentence[1])
    if m is None and (counted := years_counted_later(text, cand.trigger[1], cand.sentence[1])) is not None:
        m, shift = counted  # "the agreement reached two years later", "بعد ذلك بعامين"
    if m is None:
        return
    d = anchor_date_before(dates, cand.sentence[0], cand.trigger[0], before)
    if d is None:
        return
    year = str(int(d.value[:4]) + shift)
    if event.published and year > event.published[:4]:
        return
    event.date, event.date_precision, event.date_basis = year, "year", d.basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [m.start(), m.end()]


# the words an event word may stand from the phrase, which open each pattern of a phrase
_WORDS_BEFORE = LazyPattern(r"^\\s\+\(\?:\[\^\\W\\d_\]\+\\s\+\)\{0,\d+\}\?")


@lru_cache(maxsize=1)
def _bare_phrases() -> tuple[re.Pattern[str], ...]:
    """The phrase patterns without the words before them: scanning a whole text for a phrase
    need not try every word as the start of a run of words that leads to it."""
    out = []
    for pattern in (load_following_years(), load_preceding_years(), load_counted_later()):
        bare, found = _WORDS_BEFORE.subn("", pattern.pattern)
        if not found:
            raise ValueError(f"a year phrase pattern without its leading words: {pattern.pattern[:40]}")
        out.append(gated_compile(r"(?<![^\W\d_])" + bare, pattern.flags))
    return tuple(out)


@lru_cache(maxsize=1)
def _phrase_anchors() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For each pattern of `_bare_phrases`, the words one of its matches holds all of: a phrase
    of the following or the preceding year, or, for a count of years, "year" (English) or a word
    of later or earlier (Arabic, `counted_years.ar_later`, `ar_earlier`)."""
    rules = load_assembly_rules()
    counted = rules.get("counted_years", {})
    return (
        anchor_words(rules["following_years"]),
        anchor_words(rules.get("preceding_years", {}).get("phrases", ())),
        anchor_words(["year", *counted.get("ar_later", ()), *counted.get("ar_earlier", ())]),
    )


def year_phrase_positions(text: str) -> list[int]:
    """Where the text names a year after or before another (the following year, العام السابق): the
    sentences before must be read for dates too, for a sentence that names no year of its own.
    (A pattern is searched for only in an article that holds the words of one of its phrases.)"""
    return [
        m.start()
        for p, anchors in zip(_bare_phrases(), _phrase_anchors(), strict=True)
        if may_name(text, anchors)
        for m in p.finditer(text)
    ]
