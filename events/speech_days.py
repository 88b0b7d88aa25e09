"""Relative day words inside what was said on an earlier day.

A relative day word (أمس، اليوم، أمس الأول، yesterday, today, last night) counts
from the publication, unless it stands inside what a speaker said on a day of
its own: "The ambassador told the council on Monday that the rebels had fired
seven missiles yesterday", published on Tuesday, is Sunday's firing, and
«وأوضح في بيان الخميس أن الغارة وقعت صباح اليوم» is Thursday's raid.

The saying is a verb of reporting (data/modality.json `attribution`: `report`,
`claim`, `speech_verbs`) with a day of its own near it (a weekday or a date, not
itself a relative day word, resolved to a day before the publication), both
before the word that opens the speech (`speech_openers`: إن، أن، that, a
quotation mark, a colon), which comes before the relative word, in one sentence.
A relative word outside the speech, a speech of the publication's day and a
speech with no day of its own keep the publication's count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from events.model import TimeMention
from events.temporal import CALENDAR_PATH
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str
from events.triggers import expand_pattern, read_modality

_TOKEN = LazyPattern(r"[^\W_]+|[«\"“:]")
_SENTENCE_END = re.compile(r"[.!?؟\n]+")
_REACH_BEFORE = 40  # characters from a day before the verb of saying to the verb
_REACH_AFTER = 120  # characters from the verb to a day after it (past its subject: VSO)
_CLITICS = ("و", "ف")


@dataclass(frozen=True)
class SpeechWords:
    verbs: frozenset[str]
    openers: frozenset[str]
    relative_days: dict[int, tuple[str, ...]]  # offset -> folded words
    weekdays: dict[int, frozenset[str]]  # Monday = 0 -> folded names


def _key(word: str) -> str:
    return fold_str(word).lower()


@lru_cache(maxsize=2)
def load_speech_words() -> SpeechWords:
    """The verbs of saying, the words that open a speech and the relative day words, built once."""
    data = read_modality()["attribution"]
    verbs = {_key(f.text) for key in ("report", "claim", "speech_verbs") for p in data[key] for f in expand_pattern(p)}
    calendar = json.loads(CALENDAR_PATH.read_text(encoding="utf-8"))
    return SpeechWords(
        frozenset(v for v in verbs if " " not in v),
        frozenset(_key(w) for w in data["speech_openers"]),
        {int(k): tuple(_key(w) for w in words) for k, words in calendar["relative_days"].items()},
        {int(k): frozenset(_key(w) for w in words) for k, words in calendar["weekdays"].items()},
    )


def _has(words: frozenset[str], token: str) -> bool:
    token = _key(token)
    return token in words or (len(token) > 3 and token[0] in _CLITICS and token[1:] in words)


def _on_its_weekday(words: SpeechWords, mention: TimeMention, day: date) -> bool:
    """Whether `day` is the weekday the mention names, if it names one ("أمس الثلاثاء")."""
    said = _TOKEN.findall(_key(mention.text))
    named = [n for n, names in words.weekdays.items() if any(_has(names, w) for w in said)]
    return not named or day.weekday() in named


def _offset(words: SpeechWords, mention: TimeMention, published: date) -> int | None:
    """The offset in days of a relative day word from the publication, or None."""
    if mention.basis != "relative" or mention.precision != "day" or mention.end_value:
        return None
    offset = (date.fromisoformat(mention.value) - published).days
    said = _key(mention.text)
    if any(w in said for w in words.relative_days.get(offset, ())):
        return offset
    return None


def _said_on(tokens: list[re.Match[str]], words: SpeechWords, days: Sequence[TimeMention], lo: int, hi: int) -> date | None:
    """The day, between `lo` and `hi`, that a verb of saying among `tokens` carries."""
    verbs = [t for t in tokens if _has(words.verbs, t.group())]
    for day in days:
        if lo <= day.start and day.end <= hi and any(
            0 <= day.start - v.end() <= _REACH_AFTER or 0 <= v.start() - day.end <= _REACH_BEFORE for v in verbs
        ):
            return date.fromisoformat(day.value)
    return None


def _speech_day(
    text: str, words: SpeechWords, mention: TimeMention, days: Sequence[TimeMention], published: date
) -> date | None:
    """The day of the saying whose speech holds `mention`, or None. A speech whose verb has
    no day of its own goes on from the sentence before when that one tells a saying with a
    day ("وصف السفير، الاثنين، الهجمات ... وقال: «... يوم أمس»")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)]
    lo = ends[-1] if ends else 0
    tokens = list(_TOKEN.finditer(text, lo, mention.start))
    opener = next((i for i in range(len(tokens) - 1, -1, -1) if _has(words.openers, tokens[i].group())), None)
    if opener is None or not any(_has(words.verbs, t.group()) for t in tokens[:opener]):
        return None
    open_at = tokens[opener].start()
    said_on = _said_on(tokens[:opener], words, days, lo, open_at)
    if said_on is None and not any(lo <= d.start < open_at for d in days) and ends:
        before = ends[-2] if len(ends) > 1 else 0
        said_on = _said_on(list(_TOKEN.finditer(text, before, lo)), words, days, before, lo)
    return said_on if said_on is not None and said_on < published else None


def with_speech_days(text: str, mentions: list[TimeMention], published: str | None) -> list[TimeMention]:
    """`mentions` with each relative day word inside what was said on an earlier day
    counted from the day of the saying (see the module docstring)."""
    if not published or not mentions:
        return mentions
    pub = date.fromisoformat(published)
    words = load_speech_words()
    offsets = [_offset(words, m, pub) for m in mentions]
    if all(o is None for o in offsets):
        return mentions
    days = [m for m, o in zip(mentions, offsets, strict=True) if o is None and m.precision == "day" and not m.end_value]
    out: list[TimeMention] = []
    for mention, offset in zip(mentions, offsets, strict=True):
        said_on = None if offset is None else _speech_day(text, words, mention, days, pub)
        if said_on is not None and offset is not None and _on_its_weekday(words, mention, said_on + timedelta(days=offset)):
            mention = replace(mention, value=(said_on + timedelta(days=offset)).isoformat())
        out.append(mention)
    return out
