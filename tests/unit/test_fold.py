"""Folding a whole text gives, character by character, what folding each character gives."""

from __future__ import annotations

import random

from events.text.normalize import _CHANGED, fold, fold_char, fold_str


def test_fold_agrees_with_folding_each_character() -> None:
    rng = random.Random(7)
    alphabet = [*_CHANGED, *map(chr, range(0x0600, 0x0700)), *"abc XYZ\n-]^\\", "\u2019", "\u3000", "😀"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        folded = fold(text)
        assert folded.text == "".join(map(fold_char, text)) == fold_str(text)
        assert [folded.original[i] for i in folded.index] == [ch for ch in text if fold_char(ch)]


def test_offset_map_of_long_texts() -> None:
    for n in (10, 5000, 70000):  # grown shared offsets, and past them
        text = ("قالَ" * n)[: n * 4]
        folded = fold(text)
        assert list(folded.index) == [i for i, ch in enumerate(text) if fold_char(ch)]
