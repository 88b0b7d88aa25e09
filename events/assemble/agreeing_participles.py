"""An Arabic participle far from the event word it describes: a long agreement name stands
between them ("والاتفاقية العامة للتعاون في مجال الاقتصاد والتجارة والاستثمار الموقعة عام
1998"). The participle takes the article and the gender of its noun, so when it agrees with the
event word in both, with no clause punctuation between, its clause and its date are the event's
own, as with a participle right after the name."""

from __future__ import annotations

from events.text.lazy import LazyPattern

_MAX_WORDS = 8  # words of a long name between the event word and its participle
_BREAK = LazyPattern(r"[,،;؛:.!?؟()«»\"]")
_CONJUNCTIONS = "وف"
_FEMININE = ("ة", "تين", "تان")


def _stem(word: str) -> str:
    word = word.strip()
    if len(word) > 3 and word[0] in _CONJUNCTIONS and word[1:].startswith("ال"):
        return word[1:]
    return word


def _feminine(word: str) -> bool:
    return word.endswith(_FEMININE)


def agrees_from_afar(quote: str, trigger: tuple[int, int], participle: tuple[int, int]) -> bool:
    """Whether the participle at `participle` (offsets in `quote`) describes the Arabic event
    word at `trigger` across a long name: both definite, of one gender, at most eight words and
    no clause punctuation between them."""
    word, part = _stem(quote[trigger[0] : trigger[1]]), _stem(quote[participle[0] : participle[1]])
    between = quote[trigger[1] : participle[0]]
    if not (word.startswith("ال") and part.startswith("ال")) or _feminine(word) != _feminine(part):
        return False
    return len(between.split()) <= _MAX_WORDS and _BREAK.search(between) is None
