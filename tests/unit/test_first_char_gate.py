"""A pattern led by a look-ahead at the characters its matches can begin with finds exactly
the matches it found without it, over whole texts and within stretches of them."""

import re

import pytest

from events.assemble.following_years import _bare_phrases, year_phrase_positions
from events.temporal import _hours_around
from events.text.gates import first_char_gated

_TEXTS = [
    "وقال الوزير بعد ساعات من الإعلان إن القوات انسحبت، وفي العام التالي عادت إلى المدينة.",
    "والتقى الرئيسان قبل ذلك بعامين في الدوحة، ثم فبعد ساعات من القمة أعلن البيان.",
    "Hours before the announcement, the minister met them; a year later, they signed it.",
    "THE FOLLOWING YEAR the talks resumed. Shortly after the vote, 2 years later, it fell.",
    "",
]

_PATTERNS = [
    (r"(?<!\w)[وف]?(?:بعد|قبل)\s+(?:ساعات|ذلك)", 0),
    (r"(?<![^\W\d_])(?:the\s+following\s+year|a\s+year\s+later|في\s+العام\s+التالي)(?![^\W\d_])", re.IGNORECASE),
    (r"(?<!\S)(?:(?P<n>\d{1,2}|two)\s+years?\s+later|ثم)", re.IGNORECASE),
    (r"\b(?:shortly|hours)\s+(?:before|after)\b", re.IGNORECASE),
    (r"(?:(?-i:[A-Z])[a-z]+\s+)?(?:met|signed)", re.IGNORECASE),
    (r"[،,]\s*(?:ثم|a)", 0),
]


@pytest.mark.parametrize("source, flags", _PATTERNS)
@pytest.mark.parametrize("text", _TEXTS)
def test_same_matches(source: str, flags: int, text: str) -> None:
    plain = re.compile(source, flags)
    gated = first_char_gated(plain)
    assert gated.pattern.startswith("(?=[")
    assert [(m.span(), m.groups()) for m in gated.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
    for lo in range(0, len(text), 7):
        hi = min(len(text), lo + 25)
        found, expected = gated.search(text, lo, hi), plain.search(text, lo, hi)
        assert (found and found.span()) == (expected and expected.span())
        assert bool(gated.match(text, lo)) == bool(plain.match(text, lo))


@pytest.mark.parametrize(
    "source",
    [
        r"(?:قبل|before)?",  # may match nothing: every position may hold a match
        r"[^\s]+\s+(?:بعد|after)",  # a negated class
        r".(?:بعد|after)",  # any character
    ],
)
def test_patterns_left_as_they_are(source: str) -> None:
    plain = re.compile(source)
    assert first_char_gated(plain) is plain


def _ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    assert pattern.pattern.startswith("(?=[")
    return re.compile(pattern.pattern[pattern.pattern.index("])") + 2 :], pattern.flags)


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الحكومة الاتفاق يوم الثلاثاء. وقبل ساعات من الإعلان التقى الوزيران.",
        "The government announced the deal on Tuesday. Hours before the announcement, they met.",
        "وانتخب رئيسا في العام التالي. وكان قد فاز قبل ذلك بعام.",
        "He was elected the following year, and two years later he resigned.",
    ],
)
def test_whole_text_scans_as_before(text: str) -> None:
    for pattern in (_hours_around()[0], *_bare_phrases()):
        plain = _ungated(pattern)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert year_phrase_positions(text) == [m.start() for p in _bare_phrases() for m in _ungated(p).finditer(text)]
