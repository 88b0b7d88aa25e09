"""A sentence that takes up what the sentence before told: in Arabic, opened by a verb joined to و
and a demonstrative or a noun of its saying (`referred_back` of data/assembly.json: "وجاء ذلك خلال
قمة ...", "وتعهد الوزير بذلك في اتصال هاتفي", "وجاء الإعلان في ختام زيارة"); in English, opened by
the decision told before coming hours after a deed ("The decisions came hours after ..."): what it tells came with what the demonstrative points back to, so its
event, with no date of its own, took place on the one day the sentence before gives it, when
that day is in the week before the publication."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention

RECENT_DAYS = 7  # the day carried is at most this many days before the publication


@lru_cache(maxsize=4)
def load_referring_opening(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A match, at a sentence's start, of و and a verb (no word of `not_after`: ومع ذلك), at most `words` words (none of
    `not_after`) and a demonstrative standing alone (none with a definite noun after it: هذا
    الاتفاق names a noun, it takes nothing up) or, right after a verb of coming, a noun of a saying (`saying_nouns`: وجاء الإعلان); and a match, right after it, of the words that
    put the sentence's event at another time than the one taken up (`not_before`: بعد، قبل), unless
    a count of hours follows them (`hours`: بعد ساعات من, the same day)."""
    rules = load_assembly_rules(path).get("referred_back", {})
    demonstratives = alternation(rules.get("demonstratives", ()))
    nouns = alternation(rules.get("saying_nouns", ()))
    coming = alternation(rules.get("coming_verbs", ()))
    stops = alternation(rules.get("not_after", ()))
    words = int(rules.get("words", 3))
    word = r"(?!(?:" + stops + r")(?!\w))[^\W\d_]+"
    opening = re.compile(
        r"[\W_]*[وف](?:" + word + r"(?:\s+" + word + r"){0," + str(words) + r"}\s+(?:" + demonstratives + r")(?!\w)(?!\s+ال)"
        + (r"|(?:" + coming + r")\s+(?:" + nouns + r")(?!\w)" if nouns and coming else "")
        + r")"
    )
    hours = alternation(rules.get("hours", ()))
    # (a count of hours after the word of after or before keeps the day: no other time)
    hours_apart = r"(?!\s+(?:" + hours + r")\s+(?:من|على)(?!\w))" if hours else ""
    later = re.compile(r"\s*[،,]?\s*(?:" + alternation(rules.get("not_before", ())) + r")(?!\w)" + hours_apart)
    return opening, later


@lru_cache(maxsize=4)
def load_english_taken_up_hours(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at a sentence's start, of a noun of the decision told before and a verb of coming,
    then a count of hours and after or before (`referred_back` `en_nouns`, `en_hours`)."""
    rules = load_assembly_rules(path).get("referred_back", {})
    nouns = alternation(rules.get("en_nouns", ()))
    hours = alternation(rules.get("en_hours", ()))
    return re.compile(
        r"[\W_]*(?:The|This|That|These|Those)\s+(?:" + nouns + r")\s+(?:came|comes|come)\s+(?:" + hours + r")\s+(?:after|before)\s"
    )


def _recent(day: str, published: str | None) -> bool:
    if not published:
        return False
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    return 0 <= gap <= RECENT_DAYS


def date_by_what_it_takes_up(
    event: Event, text: str, cand: _Candidate, before_dates: Sequence[TimeMention], spans: dict
) -> None:
    """Date a publication-dated event whose sentence takes up the one before by a demonstrative
    before the event word (Arabic), or opens on the decision told before coming hours after it
    (English), by the single recent day that sentence gives."""
    if event.date_basis != "publication" or event.date_precision != "day":
        return
    opening, later = load_referring_opening()
    m = opening.match(text, cand.sentence[0], cand.trigger[0])
    taken_up = m is not None and later.match(text, m.end(), cand.trigger[0]) is None
    if not taken_up and load_english_taken_up_hours().match(text, cand.sentence[0], cand.trigger[0]) is None:
        return
    days = [d for d in before_dates if d.precision == "day" and d.basis in ("explicit", "relative") and not d.recurring]
    if not days or len({d.value for d in days}) != 1 or not _recent(days[-1].value, event.published):
        return
    d = days[-1]
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    spans["date"] = [d.start, d.end]


def referring_starts(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """The starts of the sentences that take up the one before (a demonstrative, a noun of its
    saying, the decision coming hours after): the sentence before must be read for dates too."""
    opening, english = load_referring_opening()[0], load_english_taken_up_hours()
    return [s for s, e in sentences if opening.match(text, s, e) is not None or english.match(text, s, e) is not None]
