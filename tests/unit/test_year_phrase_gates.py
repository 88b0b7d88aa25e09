"""Where a text names a year after or before another is searched only in a text that holds all the
words of one of the phrases: gated, the search finds exactly what the search of every text finds."""

import pytest

from events.assemble.following_years import _bare_phrases, year_phrase_positions


def _ungated(text: str) -> list[int]:
    return [m.start() for p in _bare_phrases() for m in p.finditer(text)]


_TEXTS = [
    "The Houthis seized Sanaa in 2014, and a coalition intervened the following year.",
    "He won the prize in 2019 for restoring ties THE YEAR BEFORE.",
    "They reached the agreement two years later, and met again three years earlier.",
    "The talks resumed a year afterwards; the ceasefire held.",
    "The year was hard, and later the following months were calm.",  # the words, no phrase
    "The minister said talks would continue.",  # none of the words
    "وانتخب رئيسا في العام التالي",
    "فاز بالجائزة عام 2019 لإعادته العلاقات في العام السابق.",
    "ووقع الاتفاق بعد ذلك بعامين، ثم ألغي قبلها بثلاث سنوات.",
    "وعاد إلى البلاد بعدها بعام.",
    "قال الوزير إن المحادثات مستمرة",  # none of the words
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_gated_year_phrases_are_those_of_the_whole_search(text: str) -> None:
    assert year_phrase_positions(text) == _ungated(text)


def test_the_rows_hold_phrases_of_every_pattern() -> None:
    """The table is no empty check: each pattern matches in one of its texts."""
    for pattern in _bare_phrases():
        assert any(pattern.search(t) for t in _TEXTS)
