"""The quotations of a sentence are read from its quotation marks alone, and a sentence with
no relative date is not read for quotations at all: the dates kept are the same."""

import pytest

from events.assemble import quoted_days
from events.assemble.quoted_days import _quotations, without_quoted_relative_days
from events.assemble.text import _Candidate
from events.model import TimeMention


def _by_characters(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations as a walk over every character of the sentence finds them."""
    out, opened = [], None
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            if opened is None:
                opened = i
            else:
                out.append((opened, i + 1))
                opened = None
        elif ch in "“«":
            opened = i
        elif ch in "”»" and opened is not None:
            out.append((opened, i + 1))
            opened = None
    if opened is not None:
        out.append((opened, end))
    return out


@pytest.mark.parametrize(
    "text",
    [
        'قال الوزير: "سنبدأ اليوم العمل"، وأضاف أن الاتفاق نافذ.',
        "وأعلن الوزير «ابتداءً من اليوم» تعليق الرحلات، ثم قال «غدا».",
        "قال «لن نتراجع» ثم «سنمضي”",
        'He said "we start today" and then "tomorrow',
        "“Today we are in need,” he told the summit on Monday.",
        "» stray closing mark, then “an opening one",
        "No quotation at all here.",
        "",
    ],
)
def test_quotations_as_by_characters(text: str) -> None:
    for start, end in [(0, len(text)), (3, max(3, len(text) - 4))]:
        assert list(_quotations(text, start, end)) == _by_characters(text, start, end)


def _date(start: int, end: int, basis: str) -> TimeMention:
    return TimeMention(start=start, end=end, text="x", value="2024-01-01", precision="day", basis=basis)


@pytest.mark.parametrize(
    "text, trigger, dates, kept",
    [
        ('أعلن الوزير، أمس، قطع العلاقات "ابتداءً من اليوم".', (19, 22), [(12, 15, "relative"), (39, 44, "relative")], [0]),
        ("أعلن الوزير يوم 5 يناير قطع العلاقات.", (0, 4), [(12, 23, "explicit")], [0]),
        ('"Today we are in need," he told the summit on Monday.', (27, 31), [(1, 6, "relative"), (46, 52, "relative")], [1]),
        ("He cut ties on January 5.", (3, 6), [(15, 24, "explicit")], [0]),
    ],
)
def test_relative_days_in_quotations(
    text: str, trigger: tuple[int, int], dates: list[tuple[int, int, str]], kept: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    cand = _Candidate("cut_ties", None, (0, len(text)), trigger, text[trigger[0] : trigger[1]], 1.0)
    mentions = [_date(*d) for d in dates]
    if all(d[2] != "relative" for d in dates):

        def never(*_args: object) -> None:
            raise AssertionError("read for quotations with no relative date")

        monkeypatch.setattr(quoted_days, "_quotations", never)
    assert without_quoted_relative_days(text, cand, mentions) == [mentions[i] for i in kept]
