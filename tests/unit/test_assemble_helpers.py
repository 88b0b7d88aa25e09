"""Hand-written scans in assembly and attribution agree with the patterns they stand for; the headline."""

from __future__ import annotations

import random
import re

import pytest

from events.assemble.core import _headline
from events.assemble.text import _clause, _dating_clause, _word_before
from events.attribution import _is_latin
from events.text.normalize import is_arabic

_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\u0640]*$")


def test_word_before_agrees_with_the_pattern() -> None:
    rng = random.Random(7)
    alphabet = ["ا", "ب", "ل", " ", "\u0640", "1", "٣", "_", ",", "\n", "a", "\u064e", "²"]
    texts = ["وقالت مفوضية   الانتخابات", "مجلس ـ الأمن", "ـ ـ", "12 ـ", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(70))) for _ in range(3000)]
    for text in texts:
        for start in range(len(text) + 1):
            m = _WORD_BEFORE.search(text, max(0, start - 40), start)
            assert _word_before(text, start) == (m.group(1) if m else None), (text, start)


@pytest.mark.parametrize(
    ("text", "trigger_word", "headline"),
    [
        ("زار الوزير الدوحة أمس.", "زار", "زار الوزير الدوحة أمس"),
        (" ".join(f"w{i}" for i in range(30)), "w20", "…w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26…"),
        (" ".join(f"w{i}" for i in range(30)), "w28", "…w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29"),
        ("«Talks began in Doha on Monday.»", "Talks", "Talks began in Doha on Monday"),
    ],
)
def test_headline_is_fourteen_words_around_the_trigger(text: str, trigger_word: str, headline: str) -> None:
    start = text.index(trigger_word)
    assert _headline(text, (0, len(text)), (start, start + len(trigger_word))) == headline


_SUBORDINATORS_AS_FIRST_WRITTEN = re.compile(
    r"(?:^|\s)(?:[وف]?(?:إن|أن|بأن|لأن|ان|بان|بعد|قبل|عقب|إثر|اثر|منذ|الذي|التي|الذين|اللذين|اللتين|اللواتي)"
    r"|that|which|who|after|before|since|following)(?=\s)"
)


# a preposition right before "that" makes it a demonstrative ("resigned from that post")
_AFTER_A_PREPOSITION = re.compile(r"(?<![\w-])(?:after|before|from|in|on|at|of|to|with|for|by|since)\s*$", re.IGNORECASE)
_PHRASE_BREAKS = {"على", "في", "من", "إلى", "الى", "عن", "مع", "the", "a", "an", "to", "on", "in", "with", "from", "by", "of"}
_RELATIVE_PRONOUNS = {
    c + w for c in ("", "و", "ف") for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي")
} | {"which", "that"}


_ASIDE_PRONOUNS = {c + w for c in ("", "و", "ف") for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي")} | {
    "who",
    "which",
}


def _dating_clause_by_one_pattern(
    quote: str, offset: int, trigger: tuple[int, int], punctuation: bool = True
) -> tuple[int, int]:
    if punctuation:
        lo, hi = _clause(quote, (0, len(quote)), (trigger[0] - offset, trigger[1] - offset))
    else:
        lo, hi = 0, len(quote)
    for m in _SUBORDINATORS_AS_FIRST_WRITTEN.finditer(quote, lo, hi):
        if m.group().strip() == "that" and _AFTER_A_PREPOSITION.search(quote, 0, m.start() + len(m.group()) - len(m.group().lstrip())):
            continue  # "after that", "from that post": a demonstrative, no clause
        if m.end() <= trigger[0] - offset:
            lo = m.end()
            # an aside a comma opens with a relative pronoun and closes before the trigger
            if m.start() >= 1 and quote[m.start() - 1] in ",،" and m.group().strip() in _ASIDE_PRONOUNS:
                close = re.compile("[،,;؛:()]").search(quote, m.end(), trigger[0] - offset)
                if close is not None and close.group() in ",،":
                    lo = close.end()
        elif m.start() >= trigger[1] - offset:
            between = quote[trigger[1] - offset : m.start()].strip().strip(",،").split()
            own_phrase = len(between) <= 2 and not any(w.lower() in _PHRASE_BREAKS for w in between)
            if own_phrase and m.group().strip() in _RELATIVE_PRONOUNS:
                continue
            hi = m.start()
            break
    return lo + offset, hi + offset


def test_dating_clause_agrees_with_one_pattern() -> None:
    rng = random.Random(13)
    pieces = ["أن", "بعد", "وإن", "التي", "that", "after", "قال", "الوزير", " ", " ", "،", ",", ":", "\n"]
    for _ in range(5000):
        quote = "".join(rng.choice(pieces) for _ in range(rng.randrange(25)))
        offset = rng.choice([0, 7])
        a = rng.randrange(len(quote) + 1)
        b = rng.randrange(a, len(quote) + 1)
        for punctuation in (True, False):
            trigger = (a + offset, b + offset)
            assert _dating_clause(quote, offset, trigger, punctuation) == _dating_clause_by_one_pattern(
                quote, offset, trigger, punctuation
            ), (quote, trigger, punctuation)


def test_is_latin_agrees_with_is_arabic() -> None:
    for code in range(0x10000):
        word = "ab" + chr(code)
        assert _is_latin(word) == (not any(is_arabic(c) for c in word)), hex(code)
