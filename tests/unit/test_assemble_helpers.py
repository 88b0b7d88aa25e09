"""Hand-written scans in assembly agree with the patterns they stand for."""

from __future__ import annotations

import random

from events.assemble import _WORD_BEFORE, _word_before


def test_word_before_agrees_with_the_pattern() -> None:
    rng = random.Random(7)
    alphabet = ["ا", "ب", "ل", " ", "\u0640", "1", "٣", "_", ",", "\n", "a", "\u064e", "²"]
    texts = ["وقالت مفوضية   الانتخابات", "مجلس ـ الأمن", "ـ ـ", "12 ـ", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(70))) for _ in range(3000)]
    for text in texts:
        for start in range(len(text) + 1):
            m = _WORD_BEFORE.search(text, max(0, start - 40), start)
            assert _word_before(text, start) == (m.group(1) if m else None), (text, start)
