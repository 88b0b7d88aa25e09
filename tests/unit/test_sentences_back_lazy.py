"""The sentences before a candidate's, each with its dates (`_sentences_back`), are listed only
when read, and read as the list they stand for: nearest first, by index, by slice, reversed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from events.assemble.core import _sentences_back
from events.assemble.text import _ByStart
from events.text.sentences import split_sentences


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int


def _eager(sentences, start, dates):
    before = [sent for sent in sentences if sent[1] <= start]
    return [(sent, dates.inside(*sent)) for sent in reversed(before)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "وصل الأمير أمس الثلاثاء إلى الرياض. وعقد القادة قمة الأربعاء. وتضمنت الأوامر الملكية إعفاء الوزير.",
            ("الثلاثاء", "الأربعاء"),
        ),
        (
            "The emir arrived in Riyadh on Tuesday. The leaders held a summit on Wednesday. The decree removed the minister.",
            ("Tuesday", "Wednesday"),
        ),
        ("No date is told here. Nor here. The decree removed the minister.", ()),
    ],
)
def test_sentences_back_read_as_the_list(text, words):
    sentences = split_sentences(text)
    dates = [_Mention(text.index(w), text.index(w) + len(w)) for w in words]
    for sent in sentences:
        eager = _eager(sentences, sent[0], _ByStart(dates))
        lazy = _sentences_back(sentences, sent[0], _ByStart(dates))
        assert len(lazy) == len(eager)
        assert list(lazy) == eager
        assert list(reversed(lazy)) == list(reversed(eager))
        assert lazy[:3] == eager[:3]
        if eager:
            assert lazy[0] == eager[0] and lazy[-1] == eager[-1]
    last = sentences[-1][0]
    assert [len(d) for _, d in _sentences_back(sentences, last, _ByStart(dates))] == ([1, 1] if words else [0, 0])
