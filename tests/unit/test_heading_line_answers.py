"""`_heading_line` answers the same whichever of its tests rejects a line first: the
first line, a line after blank lines only, a list item, a dated line, a long line, a line
that ends a sentence and one with a stray full stop are no headings; a short bare line
between paragraphs is."""

from __future__ import annotations

import pytest

from events.assemble.headings import _heading_line


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


@pytest.mark.parametrize(
    ("text", "sentence", "date_offsets", "expected"),
    [
        # a short line between paragraphs, with no full stop: a heading
        ("The talks went on.\nOfficials meet in the capital\nMore follows.", "Officials meet in the capital", (), True),
        ("انتهت المحادثات.\nمسؤولون يلتقون في العاصمة\nالمزيد لاحقا.", "مسؤولون يلتقون في العاصمة", (), True),
        ("The talks went on.\n   Officials meet in the capital  \nMore follows.", "Officials meet in the capital", (), True),
        # the first line, or one after blank lines only: the story's lead
        ("Officials meet in the capital\nMore follows.", "Officials meet in the capital", (), False),
        ("\n \nمسؤولون يلتقون في العاصمة\nالمزيد لاحقا.", "مسؤولون يلتقون في العاصمة", (), False),
        # an item of a list
        ("The talks went on.\n- Officials meet in the capital\nMore follows.", "Officials meet in the capital", (), False),
        ("انتهت المحادثات.\n• مسؤولون يلتقون في العاصمة\nالمزيد لاحقا.", "مسؤولون يلتقون في العاصمة", (), False),
        # a line that opens on a date of its own (offset from the line's first character)
        ("The talks went on.\n5 June: officials meet\nMore follows.", "5 June: officials meet", (0,), False),
        ("انتهت المحادثات.\n  5 يونيو: مسؤولون يلتقون\nالمزيد لاحقا.", "5 يونيو: مسؤولون يلتقون", (2,), False),
        # a line that ends a sentence, or has a stray full stop in its last word
        ("The talks went on.\nOfficials met in the capital.\nMore follows.", "Officials met in the capital.", (), False),
        ("انتهت المحادثات.\nالتقى المسؤولون في العاصمة.4542\nالمزيد لاحقا.", "التقى المسؤولون في العاصمة.4542", (), False),
        # more words than a heading holds
        (
            "The talks went on.\nOfficials of the two states meet in the capital of the third one for a long round of talks today\nMore.",
            "Officials of the two states meet in the capital of the third one for a long round of talks today",
            (),
            False,
        ),
        # a blank line
        ("The talks went on.\n   \nMore follows.", "   ", (), False),
    ],
)
def test_heading_line(text, sentence, date_offsets, expected):
    start, end = _span(text, sentence)
    line_start = text.rfind("\n", 0, start) + 1
    assert _heading_line(text, start, end, [line_start + d for d in date_offsets]) is expected
