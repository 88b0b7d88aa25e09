"""Plans that open a sentence and reach its end: "ومن المقرر أن يزور الوزير موسكو الأسبوع
المقبل في أول زيارة له", "ويُنتظر أن يجتمع البرلمان ... على أن يتولى ... تُنظَّم خلالها
انتخابات", "وتحتاج الاتفاقية إلى مصادقة البرلمان ... قبل دخولها حيز النفاذ", "is expected to
serve ... while a presidential election is organised", "وسيتوجه الرئيس إلى الجزائر الأسبوع
المقبل في زيارة رسمية", "will travel to Riyadh next week on a two-day visit".

After a word of expectation before `أن`/"to" (من المقرر أن، يُنتظر أن، is expected to), a copula
right before "to" (is to serve), a stipulation opened after a comma (، على أن يتولى), a verb
of requirement or stipulating (تحتاج، requires، ينص الاتفاق على، stipulates) or a verb in the future (سيتوجه، سيقوم، will), every event
word of the sentence that is no verb in the past is still to come, however far on, until a
word that turns to what happened or presupposes it (بعد، منذ، الذي، ردا على، after, since,
which). The words are data/modality.json `opened_plans`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from events.text.normalize import fold_str
from events.text.reach_back import opener_before

_PATH = Path(__file__).resolve().parent / "data" / "modality.json"
_CONJ = ("و", "ف")


@dataclass(frozen=True)
class PlanOpeners:
    expectations: frozenset[str]  # words of expectation before أن / "to" (folded)
    complements: frozenset[str]  # أن, to
    english_copulas: frozenset[str]  # is, are: "is expected to"
    requirements: frozenset[str]  # verbs of requirement, plans by themselves
    futures: frozenset[str]  # verbs in the future, plans by themselves
    breaks: frozenset[str]  # words that turn to what happened
    reach: int  # words walked back from the event word
    # words before أن that open a stipulation after a comma (، على أن يتولى), what is yet to be done
    stipulations: frozenset[str] = frozenset()
    # words right after a verb of requirement that turn its object back to a noun before it
    # (نصت عليه الوثيقة الموقعة: the document is its subject, no deed it asks for)
    requirement_not_next: frozenset[str] = frozenset()


@lru_cache(maxsize=2)
def load_plan_openers(path: Path = _PATH) -> PlanOpeners:
    spec = json.loads(path.read_text(encoding="utf-8")).get("opened_plans", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(fold_str(w) for w in spec.get(key, ()))

    return PlanOpeners(
        words("expectations"),
        words("complements"),
        words("english_copulas"),
        words("requirements"),
        words("futures"),
        words("breaks"),
        int(spec.get("reach", 0)),
        words("stipulations"),
        words("requirement_not_next"),
    )


def _bare(word: str) -> str:
    return word[1:] if word[:1] in _CONJ and len(word) > 3 else word


def _opens_plan(words: list[str], i: int, lo: int, openers: PlanOpeners) -> bool:
    """Whether token `i` ends a word of expectation and its complement, or is a verb of requirement."""
    word = _bare(words[i])
    if word in openers.requirements:
        return i + 1 >= len(words) or words[i + 1] not in openers.requirement_not_next
    if word in openers.futures:
        return True
    if word not in openers.complements or i - 1 < lo:
        return False
    before = _bare(words[i - 1])
    if before in openers.english_copulas:
        return word.isascii()  # "is to serve as interim head of state while an election is organised"
    if before in openers.stipulations:
        return i - 2 >= lo and words[i - 2] in (",", "،")  # "، على أن يتولى ... تُنظم خلالها انتخابات"
    if before not in openers.expectations:
        return False
    if words[i - 1].isascii():
        return i - 2 >= lo and words[i - 2] in openers.english_copulas
    return True


def opened_plan(words: list[str], head: int, lo: int, past_heads: frozenset[int]) -> int | None:
    """The token of the word that opens a plan reaching the event word at token `head`, the
    sentence's first token at `lo`; None when a break or a verb in the past stands between."""
    openers = load_plan_openers()
    return opener_before(
        words,
        head,
        lo,
        openers.reach,
        lambda i: i in past_heads or words[i] in openers.breaks or _bare(words[i]) in openers.breaks,
        lambda i: _opens_plan(words, i, lo, openers),
    )
