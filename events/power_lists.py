"""A list of powers or rights that tells no event: "يتمتع الرئيس بصلاحيات واسعة منها تعيين رئيس
الحكومة وحل البرلمان، فضلا عن تعيين القضاة، وفي وسعه محاكمة وعزل الوزراء", "the constitution
gives the president the power to appoint ministers, dissolve parliament and declare war".

After a noun or phrase of a power or a right to act (صلاحيات، يحق، في وسعه، بإمكانه، the power
to, the right to), every event word of the sentence that is no verb in the past is a deed one may
do, however far on, through فضلا عن، إضافة إلى، و، commas, "as well as", until a word that turns
to a deed done or to another clause (الذي، بعد، لكن، which, after, but). An Arabic word in the bare
past form joined by و (`وعزل`, no ending of person) is the verbal noun it shares that form with.
The words are data/modality.json `power_lists`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.text.normalize import fold_str
from events.text.reach_back import opener_before

_PATH = Path(__file__).resolve().parent / "data" / "modality.json"
_CONJ = ("و", "ف")
# endings of person that make a bare Arabic past form a verb, not a verbal noun (`وقطعت`)
_VERB_ENDINGS = ("ت", "وا", "تا", "ا")


@dataclass(frozen=True)
class PowerOpeners:
    words: frozenset[str]  # one-word openers (folded)
    before_to: frozenset[str]  # English nouns and participles an opener ends on "to" after
    breaks: frozenset[str]
    reach: int


@lru_cache(maxsize=2)
def load_power_openers(path: Path = _PATH) -> PowerOpeners:
    spec = json.loads(path.read_text(encoding="utf-8")).get("power_lists", {})
    openers = [fold_str(w) for w in spec.get("openers", ())]
    return PowerOpeners(
        frozenset(w for w in openers if " " not in w),
        frozenset(w.split()[0] for w in openers if w.endswith(" to")),
        frozenset(fold_str(w) for w in spec.get("breaks", ())),
        int(spec.get("reach", 0)),
    )


def _bare(word: str) -> str:
    return word[1:] if word[:1] in _CONJ and len(word) > 3 else word


def verbal_noun_form(words: list[str], i: int) -> bool:
    """Whether the Arabic past form at token `i` is joined by و right after a word, with no comma
    between, and has no ending of person (`محاكمة وعزل`, not `وعزلت` nor `، وأعفى`)."""
    word = words[i]
    return word[:1] == "و" and not word[1:].endswith(_VERB_ENDINGS) and i > 0 and words[i - 1][:1].isalnum()


def _opens(words: list[str], i: int, lo: int, openers: PowerOpeners) -> bool:
    word = words[i]
    if word == "to":
        return i - 1 >= lo and words[i - 1] in openers.before_to
    return not word.isascii() and (word in openers.words or _bare(word) in openers.words)


def power_listed(words: list[str], head: int, lo: int, past_heads: frozenset[int]) -> int | None:
    """The token of the opener of a list of powers reaching the event word at token `head`, the
    sentence's first token at `lo`; None when a break or a verb in the past stands between (an
    Arabic bare past form joined by و, an item of the list, does not break it)."""
    openers = load_power_openers()
    return opener_before(
        words,
        head,
        lo,
        openers.reach,
        lambda i: (i in past_heads and not verbal_noun_form(words, i))
        or words[i] in openers.breaks
        or _bare(words[i]) in openers.breaks,
        lambda i: _opens(words, i, lo, openers),
    )
