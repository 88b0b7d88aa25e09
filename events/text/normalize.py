"""Arabic and Latin text folding that keeps a map back to the original text.

Folding makes spelling variants meet: alef forms (أ إ آ ٱ) become ا, alef
maqsura ى becomes ي, ta marbuta ة becomes ه, hamza seats ؤ ئ become و ي,
Persian ی ک become ي ك, diacritics and tatweel vanish, Arabic-Indic and
Persian digits become ASCII digits, Latin letters are lower-cased. Every
matcher runs on folded text; `FoldedText.span` maps a folded span back to the
original characters, so offsets shown to users always point at the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from events.text.lazy import LazyPattern

_DROP = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c"}

_MAP: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",
    "ې": "ي",
    "ک": "ك",
    "ڪ": "ك",
    "گ": "ك",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "،": ",",
    "؛": ";",
    "٫": ".",
    "٬": ",",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended Arabic-Indic (Persian, Urdu)


def fold_char(ch: str) -> str:
    """The folded form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch.isascii():
        return ch.lower()
    low = ch.lower()
    if len(low) != 1:
        return ch
    if "\u00c0" <= low <= "\u024f":  # Latin with accents: é -> e
        base = unicodedata.normalize("NFD", low)[0]
        return base
    return low


@dataclass(frozen=True, slots=True)
class FoldedText:
    """Folded text plus, for each folded character, its index in the original."""

    original: str
    text: str
    index: Sequence[int]

    def to_original(self, i: int) -> int:
        """Original offset of folded offset `i` (`len(text)` maps to the end)."""
        if i >= len(self.index):
            return len(self.original)
        return self.index[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded span [start, end)."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.index[start], self.index[end - 1] + 1


def _build_table() -> list[str | None]:
    """The folded form of every code point up to the last one that changes (None: dropped).

    A list, not a dict: `str.translate` treats a code point the table lacks
    as unchanged only after catching a LookupError, so a dict of the changed
    characters alone costs an exception for every Arabic letter.
    """
    chars = {chr(c) for c in range(0x2000)} | set(_MAP) | _DROP
    changed: dict[int, str | None] = {}
    for ch in chars:
        folded = fold_char(ch)  # once per character: the table is built at every start-up
        if folded != ch:
            changed[ord(ch)] = folded or None
    table: list[str | None] = [chr(c) for c in range(max(changed) + 1)]
    for c, folded in changed.items():
        table[c] = folded
    return table


# str.translate runs in C: folding a short string costs microseconds. Characters
# beyond the table (above U+2000, not in _MAP/_DROP) fold to themselves.
_TABLE = _build_table()
_DROP_ORDS = frozenset(ord(ch) for ch in _DROP)
_DROP_RUN = LazyPattern("[" + "".join(re.escape(ch) for ch in sorted(_DROP)) + "]+")
# Every character folding changes, and what it becomes ('' when dropped). No
# result is itself changed, so replacing one character at a time all through
# the text gives what translating it does.
_CHANGED = {chr(c): folded or "" for c, folded in enumerate(_TABLE) if folded != chr(c)}


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class of `chars`, written as ranges (quicker to compile)."""
    codes = sorted(map(ord, chars))
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_CHANGED_CHAR = LazyPattern(_char_class(_CHANGED))


def _fold_long(text: str) -> str:
    """`text.translate(_TABLE)` for a long text, several times faster.

    `str.translate` looks every character of a non-ASCII text up on its own,
    while an article holds only a dozen or so distinct characters that fold
    changes: the regex engine finds the next one, and `str.replace` replaces
    all its occurrences at once. Characters before the one found need nothing,
    so the next search starts there.
    """
    search = _CHANGED_CHAR.search
    found = search(text)
    while found is not None:
        ch = found.group()
        text = text.replace(ch, _CHANGED[ch])
        found = search(text, found.start())
    return text


def fold(text: str) -> FoldedText:
    """Fold `text` for matching, remembering where each character came from."""
    folded = _fold_long(text)
    if len(folded) == len(text):
        return FoldedText(text, folded, range(len(text)))
    # the kept characters: the stretches between runs of dropped ones
    n = len(text)
    offsets = _offsets(n)
    kept: list[Sequence[int]] = []
    prev = 0
    for m in _DROP_RUN.finditer(text):
        kept.append(offsets[prev : m.start()])
        prev = m.end()
    kept.append(offsets[prev:n])
    return FoldedText(text, folded, tuple(chain.from_iterable(kept)))


_OFFSETS: tuple[int, ...] = ()  # 0, 1, 2, ...: grown on demand, up to _MAX_SHARED
_MAX_SHARED = 1 << 16


def _offsets(n: int) -> Sequence[int]:
    """0, 1, 2, ... up to at least n-1: a tuple of shared int objects when `n` is not too big.

    An offset map holds one int per character; slicing them from a shared tuple
    copies references rather than making a new int for each offset above 256.
    """
    global _OFFSETS
    if n > _MAX_SHARED:
        return range(n)
    if n > len(_OFFSETS):
        _OFFSETS = tuple(range(min(_MAX_SHARED, max(n, 2 * len(_OFFSETS), 4096))))
    return _OFFSETS


# The folds of the short strings asked for (words, names, keys): the steps of one article fold
# the same few words again and again (forgotten when too many).
_FOLD_MEMO: dict[str, str] = {}
_FOLD_MEMO_LEN = 40  # the longest string remembered
_FOLD_MEMO_LIMIT = 50_000


def fold_str(text: str) -> str:
    """Folded text without the offset map (dictionary keys, search queries)."""
    folded = _FOLD_MEMO.get(text)
    if folded is None:
        folded = text.translate(_TABLE)
        if len(text) <= _FOLD_MEMO_LEN:
            if len(_FOLD_MEMO) >= _FOLD_MEMO_LIMIT:
                _FOLD_MEMO.clear()
            _FOLD_MEMO[text] = folded
    return folded


def listed_after_proclitics(word: str, words: Collection[str]) -> bool:
    """Whether the folded `word` is one of `words`, perhaps after one proclitic (و ف ب ل) or two
    ("وقطع", "بقطع", "وبدعم"): the word of a list as it stands in running Arabic text."""
    return word in words or (word[:1] in _PROCLITICS and (word[1:] in words or word[2:] in words))


_PROCLITICS = ("و", "ف", "ب", "ل")


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII digits; same length as `text`."""
    return text.translate(_DIGITS)


_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}

ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset("ٱپچژکگیی")


def is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"


# the ranges of `is_arabic`
_ARABIC_RUN = LazyPattern("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+")


def arabic_share(text: str) -> float:
    """Share of letters in `text` that are Arabic (0 when there are none)."""
    total = sum(map(str.isalpha, text))
    if not total:
        return 0.0
    arabic = sum(map(str.isalpha, "".join(_ARABIC_RUN.findall(text))))
    return arabic / total
