"""A catalogued event told on a day of the sentence that counts that many days after it ("صوّت
مجلس النواب، أمس الأحد، على قبول استقالة الحكومة، بعد يومين من إعلان رئيسها نيته تقديمها", the
catalog's resignation on the Friday): the sentence tells a later step of it on its own day,
not the catalogued deed, so the day the text gives holds."""

from __future__ import annotations

import re
from datetime import date

from events.assemble.text import _Candidate, _days_counted
from events.model import TimeMention
from events.text.lazy import LazyPattern

# "بعد يومين من", "two days after": the count of days after the deed it names
_COUNT_AFTER = LazyPattern(
    r"(?<!\S)(?:(?P<en>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|(?P<weeks>weeks?))\s+(?:after|following)"
    r"|[وف]?بعد\s+(?P<ar>يوم|يومين|أسبوع|اسبوع|أسبوعين|اسبوعين)(?:\s+واحد)?\s+(?:من|على))(?!\w)",
    re.IGNORECASE,
)


def counts_from_the_entry(text: str, cand: _Candidate, day: TimeMention, entry_date: str) -> bool:
    """Whether the sentence of `cand` counts, after `day` (a day the sentence gives), as many
    days after a deed as lie between the catalog's `entry_date` and that day."""
    if day.precision != "day" or len(entry_date) < 10:
        return False
    gap = (date.fromisoformat(day.value[:10]) - date.fromisoformat(entry_date[:10])).days
    if gap <= 0:
        return False
    return any(_days_counted(m) == gap for m in _COUNT_AFTER.finditer(text, day.end, cand.sentence[1]))




def counts_days_after(text: str, cand: _Candidate) -> bool:
    """Whether the sentence of `cand` counts days after a deed ("بعد يومين من", "two days after")."""
    return _COUNT_AFTER.search(text, cand.sentence[0], cand.sentence[1]) is not None


# right after the event word: a comma, a word of measure, then the count ("has stepped down, just
# one day after he was sworn in", "استقال بعد يومين من أدائه اليمين")
_RIGHT_AFTER = LazyPattern(
    r"\s*[,،]?\s*(?:(?:just|only|barely|some|about)\s+)?|\s+(?:[\u0621-\u064a\u0640]+\s+){1,4}", re.IGNORECASE
)  # (an Arabic verb's subject may stand between: "واستقال رئيس المجلس العسكري بعد يوم من")
_COUNT_REACH = 60


def days_after_the_entry(text: str, cand: _Candidate, entry_date: str) -> str | None:
    """The day of an event word matched to a catalogued event with no date of its own, when a
    count of days after a deed follows the word right away ("The head of the council has stepped
    down, just one day after he was sworn in following the removal of al-Bashir"): the catalogued
    deed is the one counted from, and the event came that many days after its day."""
    if cand.reference_id is not None or len(entry_date) < 10:
        return None
    m = _COUNT_AFTER.search(text, cand.trigger[1], min(cand.sentence[1], cand.trigger[1] + _COUNT_REACH))
    if m is None or _RIGHT_AFTER.fullmatch(text, cand.trigger[1], m.start()) is None:
        return None
    days = _days_counted(m) if m is not None else None
    if not days:
        return None
    return date.fromordinal(date.fromisoformat(entry_date[:10]).toordinal() + days).isoformat()
