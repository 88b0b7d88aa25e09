"""The folding table holds, for every character it covers, exactly what `fold_char` gives."""

import pytest

from events.text.normalize import _TABLE, fold_char, fold_str

ROWS = ["أ", "إ", "آ", "ة", "ى", "ـ", "\u064e", "٣", "۳", "،", "«", "A", "É", "z", "7", " ", "ß"]


@pytest.mark.parametrize("ch", ROWS)
def test_table_row_is_fold_char(ch: str) -> None:
    expected = fold_char(ch)
    if ord(ch) < len(_TABLE):
        assert (_TABLE[ord(ch)] or "") == expected
    assert fold_str(ch) == expected


def test_whole_table_is_fold_char() -> None:
    for code, folded in enumerate(_TABLE):
        assert (folded or "") == fold_char(chr(code))
