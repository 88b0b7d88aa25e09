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
A direct quotation is the speech of the saying that frames it wherever that
saying stands: before it, in the sentence where it opens, when it runs over
several sentences (said on Monday: "This is a historic day. We signed the
agreement today."), or after it, joined to it by a comma ("We signed the
agreement today," the minister told reporters on Monday; «وقعنا اليوم
الاتفاقية»، قال الوزير يوم الاثنين); a saying after it with no day of its own
("...," he said) takes the day of a saying told in the sentence before the
quotation ("The minister spoke to reporters on Monday").
A relative word outside the speech, a speech of the publication's day and a
speech with no day of its own keep the publication's count.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator, Sequence
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
    said_on = None
    if opener is not None and any(_has(words.verbs, t.group()) for t in tokens[:opener]):
        open_at = tokens[opener].start()
        said_on = _said_on(tokens[:opener], words, days, lo, open_at)
        if said_on is None and not any(lo <= d.start < open_at for d in days) and ends:
            before = ends[-2] if len(ends) > 1 else 0
            said_on = _said_on(list(_TOKEN.finditer(text, before, lo)), words, days, before, lo)
    if said_on is None and (quotation := _quotation_around(text, mention.start)) is not None:
        said_on = _said_around(text, words, days, *quotation)
    return said_on if said_on is not None and said_on < published else None


_QUOTE_MARKS = re.compile('["“«”»\n]')
_QUOTE_REACH = 1500  # characters a direct quotation may run over, across its sentences
_JOINERS = (",", "،")  # the comma that joins a quotation to the saying after it


def _quotations(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(opening, closing) offsets of the marks of the direct quotations between `lo` and `hi`:
    straight marks taken in pairs, curly ones and guillemets from the opening to the closing
    mark; none runs over a line break."""
    opened = None
    for m in _QUOTE_MARKS.finditer(text, lo, hi):
        i, ch = m.start(), m.group()
        if ch == "\n":
            opened = None
        elif ch == '"' and opened is not None and text[opened] == '"':
            yield opened, i
            opened = None
        elif ch in '"“«':
            opened = i
        elif opened is not None:
            yield opened, i
            opened = None


def _quotation_around(text: str, at: int) -> tuple[int, int] | None:
    """The quotation (`_quotations`) holding the offset `at`, within its paragraph, or None."""
    lo = max(text.rfind("\n", 0, at) + 1, at - _QUOTE_REACH)
    end = text.find("\n", at)
    hi = min(len(text) if end < 0 else end, at + _QUOTE_REACH)
    return next(((a, b) for a, b in _quotations(text, lo, hi) if a < at < b), None)


def _joined_after(text: str, closing: int, hi: int) -> bool:
    """Whether the quotation closing at `closing` is joined by a comma to what follows it up
    to `hi`, the rest of its sentence ("We signed today," the minister said)."""
    return text[:closing].rstrip().endswith(_JOINERS) or text[closing + 1 : hi].lstrip().startswith(_JOINERS)


def quotation_frame_starts(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """The starts of the sentences whose saying may frame a relative day word quoted in a later
    sentence, which must be read for their dates: the sentence where a quotation that holds such
    a word and runs over several sentences opens, and the sentence before a quotation that holds
    one and is closed by a saying joined to it by a comma."""
    words = load_speech_words()
    firsts = {w.split()[0] for group in words.relative_days.values() for w in group if w}
    starts = [s for s, _ in sentences]
    out: list[int] = []
    for opening, closing in _quotations(text, 0, len(text)):
        if not firsts & set(_TOKEN.findall(_key(text[opening:closing]))):
            continue
        k = bisect.bisect_right(starts, opening) - 1
        if k < 0:
            continue
        if sentences[k][1] < closing:
            out.append(starts[k])
        stop = _SENTENCE_END.search(text, closing + 1)
        if k > 0 and _joined_after(text, closing, stop.start() if stop else len(text)):
            out.append(starts[k - 1])
    return out


def _said_around(text: str, words: SpeechWords, days: Sequence[TimeMention], opening: int, closing: int) -> date | None:
    """The day of the saying that frames the quotation between the marks at `opening` and
    `closing`: told with a day before it in the sentence where it opens, else after it in the
    sentence where it closes, joined by a comma, and then, with no day of its own there, the day
    of a saying told in the sentence before the quotation."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, opening)]
    lo = ends[-1] if ends else 0
    said_on = _said_on(list(_TOKEN.finditer(text, lo, opening)), words, days, lo, opening)
    if said_on is not None:
        return said_on
    stop = _SENTENCE_END.search(text, closing + 1)
    hi = stop.start() if stop else len(text)
    if not _joined_after(text, closing, hi):
        return None  # "We signed today." The minister said ...: a sentence of its own
    tokens = list(_TOKEN.finditer(text, closing + 1, hi))
    if not any(_has(words.verbs, t.group()) for t in tokens[:_VERB_AFTER_QUOTE]):
        return None
    said_on = _said_on(tokens, words, days, closing + 1, hi)
    if said_on is None and not any(closing < d.start < hi for d in days) and ends:
        before = ends[-2] if len(ends) > 1 else 0
        said_on = _said_on(list(_TOKEN.finditer(text, before, lo)), words, days, before, lo)
    return said_on


_VERB_AFTER_QUOTE = 5  # words after the closing mark within which its verb of saying stands ("," the foreign minister told)


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
