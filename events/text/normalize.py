"""Arabic and Latin text folding that keeps a map back to the original text.

Folding makes spelling variants meet: alef forms (أ إ آ ٱ) become ا, alef
maqsura ى becomes ي, ta marbuta ة becomes ه, hamza seats ؤ ئ become و ي,
Persian ی ک become ي ك, diacritics and tatweel vanish, Arabic-Indic and
Persian digits become ASCII digits, Latin letters are lower-cased. Every
matcher runs on folded text; `FoldedText.span` maps a folded span back to the
original characters, so offsets shown to users always point at the article.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

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


def _build_table() -> dict[int, str | None]:
    chars = {chr(c) for c in range(0x2000)} | set(_MAP) | _DROP
    return {ord(ch): (fold_char(ch) or None) for ch in chars if fold_char(ch) != ch}


# str.translate runs in C: folding a whole article costs microseconds. Characters
# outside the table (above U+2000, not in _MAP/_DROP) fold to themselves.
_TABLE = _build_table()
_DROP_ORDS = frozenset(ord(ch) for ch in _DROP)


def fold(text: str) -> FoldedText:
    """Fold `text` for matching, remembering where each character came from."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return FoldedText(text, folded, range(len(text)))
    drop = _DROP
    index = tuple(i for i, ch in enumerate(text) if ch not in drop)
    return FoldedText(text, folded, index)


def fold_str(text: str) -> str:
    """Folded text without the offset map (dictionary keys, search queries)."""
    return text.translate(_TABLE)


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII digits; same length as `text`."""
    return text.translate(_DIGITS)


_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}

ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset("ٱپچژکگیی")


def is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"


def is_word_char(ch: str) -> bool:
    """Letters and digits of any script (Arabic diacritics count as part of a word)."""
    return ch.isalnum() or ("\u064b" <= ch <= "\u065f") or ch == "\u0640" or ch == "\u0670"


def arabic_share(text: str) -> float:
    """Share of letters in `text` that are Arabic (0 when there are none)."""
    arabic = latin = 0
    for ch in text:
        if ch.isalpha():
            if is_arabic(ch):
                arabic += 1
            else:
                latin += 1
    total = arabic + latin
    return arabic / total if total else 0.0
