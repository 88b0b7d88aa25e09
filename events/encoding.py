"""Turning the bytes of an input file into text.

Arabic news files arrive as UTF-8 (with or without a BOM), as UTF-16 from
Windows tools, and as Windows-1256 from older Arabic sites and exports.
Windows-1256 decodes every byte, so it is accepted only when the result reads
like Arabic text; Windows-1252 is the last resort for Latin text. UTF-8 text
with a few broken bytes (a truncated download, files joined together) is
read as UTF-8 with those bytes replaced and counted: read as Windows-1256 it
would turn into mojibake that still looks like Arabic letters. A file with
NUL bytes that are not UTF-16, or with many control characters, is binary.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from events.text.lazy import LazyPattern

TRIED = "utf-8, utf-16, windows-1256, windows-1252"
CANNOT_DECODE = f"cannot decode (tried {TRIED})"
BINARY = "binary file"

# Longest prefix looked at to guess the encoding or to decide a file is binary.
HEAD_BYTES = 1 << 16

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: the DOS end-of-file mark
_CONTROL = LazyPattern(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")

# Punctuation a real single-byte Arabic or Latin text uses outside ASCII.
_COMMON_PUNCT = frozenset("،؛؟«»‘’‚“”„…•–—\u00a0\u00ad\u200c\u200d\u200e\u200f°")
_ARABIC_LETTER = LazyPattern(r"[\u0621-\u064a\u0671-\u06d3]")
_MIXED = LazyPattern(r"[A-Za-z][\u0621-\u064a]|[\u0621-\u064a][A-Za-z]")


class DecodeError(ValueError):
    """The bytes are not text in an encoding we read (message: `binary file` or `cannot decode ...`)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # invalid UTF-8 sequences read as U+FFFD


# UTF-8 with broken bytes: at least this many well-formed non-ASCII characters per broken
# sequence. Real Windows-1256 Arabic news read as UTF-8 gives at most one well-formed
# character per forty broken sequences (its letters are lead bytes followed by lead bytes).
_UTF8_GOOD_PER_BAD = 4


def replaced_bytes_note(count: int) -> str:
    """The message for a text read with `count` broken UTF-8 sequences replaced."""
    noun = "sequence" if count == 1 else "sequences"
    return f"{count} invalid UTF-8 byte {noun} (read as U+FFFD); the rest was read"


def decode_mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with a few broken byte sequences, those replaced by U+FFFD; None when
    the bytes are not mostly well-formed UTF-8 (a single-byte encoding, binary data).

    A real Windows-1256 or Windows-1252 text almost never forms a well-formed
    multi-byte UTF-8 sequence, so one per `_UTF8_GOOD_PER_BAD` broken ones is
    far more than those encodings give by chance.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if bad <= 0 or good < _UTF8_GOOD_PER_BAD * bad:
        return None
    return Decoded(text, "utf-8", bad)


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when `head` starts with a byte-order mark."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    return None


def guess_utf16(head: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when NUL bytes sit clearly on one side of the code units.

    ASCII characters (spaces, digits, newlines even in Arabic text) put a NUL
    in the high byte of their UTF-16 code unit; binary data spreads NULs on
    both sides.
    """
    sample = head[: len(head) - len(head) % 2]
    units = len(sample) // 2
    if units < 2:
        return None
    nul_even = sample[0::2].count(0)
    nul_odd = sample[1::2].count(0)
    high, low = max(nul_even, nul_odd), min(nul_even, nul_odd)
    if high < max(1, units // 20) or low > high // 50:
        return None
    return "utf-16-le" if nul_odd > nul_even else "utf-16-be"


def is_binary_text(text: str) -> bool:
    """True when more than 1% of the first characters are control characters."""
    sample = text[:HEAD_BYTES]
    if not sample:
        return False
    controls = len(_CONTROL.findall(sample))
    return controls > 0 and controls * 100 > len(sample)


def _plausible_unicode(text: str) -> bool:
    """Decoded UTF-16/32 reads as text: mostly ASCII, Latin, Arabic or punctuation."""
    sample = text[:HEAD_BYTES]
    if not sample:
        return True
    good = sum(
        1
        for ch in sample
        if ch < "\u0250" or "\u0600" <= ch <= "\u06ff" or "\u2000" <= ch <= "\u206f" or "\ufb50" <= ch <= "\ufeff"
    )
    return good * 10 >= len(sample) * 9


def _rare_share(text: str) -> tuple[int, int, int]:
    """(non-ASCII characters, Arabic letters, characters unlikely in real text) in `text`."""
    non_ascii = arabic = rare = 0
    prev_arabic = False
    for ch in text:
        if ch.isascii():
            prev_arabic = False
            continue
        non_ascii += 1
        cat = unicodedata.category(ch)
        if "\u0621" <= ch <= "\u06d3" and cat[0] == "L":
            arabic += 1
            prev_arabic = True
            continue
        if cat == "Mn":  # a diacritic belongs after an Arabic letter
            if not prev_arabic:
                rare += 1
            continue
        prev_arabic = False
        if cat[0] != "L" and ch not in _COMMON_PUNCT:
            rare += 1
    return non_ascii, arabic, rare


def plausible_arabic_single_byte(text: str) -> bool:
    """Text decoded as Windows-1256 reads like Arabic (not German or random bytes)."""
    sample = text[:HEAD_BYTES]
    non_ascii, arabic, rare = _rare_share(sample)
    if non_ascii == 0:
        return True
    if arabic * 2 < non_ascii or rare * 20 > non_ascii:
        return False
    return len(_MIXED.findall(sample)) <= max(2, arabic // 50)


def plausible_latin_single_byte(text: str) -> bool:
    """Text decoded as Windows-1252 reads like Latin-script text."""
    sample = text[:HEAD_BYTES]
    non_ascii = rare = 0
    for ch in sample:
        if ch.isascii():
            continue
        non_ascii += 1
        if not ch.isalpha() and ch not in _COMMON_PUNCT:
            rare += 1
    return rare * 10 <= non_ascii


def utf8_read_as_windows_1256(text: str) -> bool:
    """Text decoded as Windows-1256 is UTF-8 Arabic read the wrong way: every Arabic
    letter's UTF-8 lead byte (0xD8, 0xD9) reads as ط or ظ, so those two letters
    are more than half of all its letters (in real Arabic text, about one in seventy)."""
    sample = text[:HEAD_BYTES]
    tell = sample.count("ط") + sample.count("ظ")
    return tell >= 3 and tell * 2 > len(_ARABIC_LETTER.findall(sample))


def decode_single_byte(data: bytes) -> Decoded | None:
    """Windows-1256 when it reads as Arabic, else Windows-1252 when it reads as Latin text
    (None when neither, or when the bytes are broken UTF-8 Arabic)."""
    text = data.decode("cp1256")
    if utf8_read_as_windows_1256(text):
        return None
    if plausible_arabic_single_byte(text):
        return Decoded(text, "windows-1256")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if not _ARABIC_LETTER.search(text) and plausible_latin_single_byte(text):
        return Decoded(text, "windows-1252")
    return None


def decode_bytes(data: bytes) -> Decoded:
    """The text of a whole file; raises DecodeError (`binary file` / `cannot decode ...`)."""
    found = bom_encoding(data)
    codec: str | None = found[0] if found else None
    if codec is None and b"\x00" in data[:HEAD_BYTES]:
        codec = guess_utf16(data[:HEAD_BYTES])
        if codec is None:
            raise DecodeError(BINARY)
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise DecodeError(BINARY if found is None else CANNOT_DECODE) from None
        guessed = found is None
        if "\x00" in text[:HEAD_BYTES] or is_binary_text(text) or (guessed and not _plausible_unicode(text)):
            raise DecodeError(BINARY)
        return Decoded(text, codec)
    if b"\x00" in data:
        raise DecodeError(BINARY)
    try:
        decoded = Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        fallback = decode_mostly_utf8(data) or decode_single_byte(data)
        if fallback is None:
            if is_binary_text(data[:HEAD_BYTES].decode("latin-1")):
                raise DecodeError(BINARY) from None
            raise DecodeError(CANNOT_DECODE) from None
        decoded = fallback
    if is_binary_text(decoded.text):
        raise DecodeError(BINARY)
    return decoded


def stream_codec(head: bytes) -> tuple[str | None, int]:
    """How to read a line-based file whose first bytes are `head`.

    Returns (codec, BOM length): a UTF-16/32 codec for a file read through a
    text decoder, or None for a file read line by line as bytes (each line
    UTF-8, with a single-byte fallback). Raises DecodeError for a binary head.
    """
    found = bom_encoding(head)
    if found is not None:
        codec, size = found
        return (None, size) if codec == "utf-8-sig" else (codec, 0)
    if b"\x00" in head:
        codec = guess_utf16(head)
        # a short UTF-8 file with a stray NUL passes the guess; read as UTF-16 it is CJK soup
        if codec is None or not _plausible_unicode(head[: len(head) - len(head) % 2].decode(codec, "replace")):
            raise DecodeError(BINARY)
        return codec, 0
    return None, 0


class LineDecoder:
    """Decodes the byte lines of one file: UTF-8, else the single-byte encoding the first bad line shows.

    The fallback is decided once per file so that every line of a
    Windows-1256 file is read the same way. A UTF-8 line with a few broken
    bytes is read as UTF-8, and `replaced` tells how many were replaced.
    """

    def __init__(self) -> None:
        self.fallback: str | None = None
        self.replaced = 0  # broken UTF-8 sequences in the line decoded last

    def decode(self, line: bytes) -> str:
        self.replaced = 0
        if b"\x00" in line:
            raise DecodeError(BINARY)
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError:
            pass
        mostly = decode_mostly_utf8(line)
        if mostly is not None:
            self.replaced = mostly.replaced
            return mostly.text
        if self.fallback is None:
            found = decode_single_byte(line)
            if found is None:
                raise DecodeError(CANNOT_DECODE) from None
            self.fallback = found.encoding
            return found.text
        try:
            return line.decode("cp1256" if self.fallback == "windows-1256" else "cp1252")
        except UnicodeDecodeError:
            raise DecodeError(CANNOT_DECODE) from None
