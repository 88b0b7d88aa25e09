"""A deed done on a document told in a relative clause after the sentence's own deed: "بدأت
الشرطة الانتشار اليوم، تنفيذا لمذكرة التفاهم التي وقعها الرئيسان أمس" (began deploying today
under the memorandum the two presidents signed yesterday). The relative verb, a verb in the past
right after its relative pronoun, tells another deed than the main clause's verb in the past
before it: both are events, and the stronger relative verb does not take the place of the main
clause's deed."""

from __future__ import annotations

from functools import lru_cache

from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, is_arabic
from events.triggers import _takes_up_the_noun, load_modality

_RELATIVE_BEFORE = LazyPattern(r"(?<!\S)(?:الذي|التي|اللذين|اللتين|اللذان|اللتان|which|that)\s+\Z")


def told_before_a_relative_deed(text: str, cand, best) -> bool:
    """Whether `cand`, a verb in the past, is the main clause's deed before `best`, a verb in the
    past that opens a relative clause (right after its relative pronoun) later in the sentence."""
    if cand.tense != "past" or best.tense != "past" or cand.trigger[1] > best.trigger[0]:
        return False
    return _RELATIVE_BEFORE.search(text, max(cand.trigger[1], best.trigger[0] - 12), best.trigger[0]) is not None


# words of the document's own phrase (its adjectives) between its noun and the relative clause
_PHRASE_REACH = 3
_WORD = LazyPattern(r"\S+")


@lru_cache(maxsize=1)
def _concluding() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The folded types, relative words, fillers and verbs of `concluded_relatives` (data/modality.json)."""
    cues = load_modality()
    return cues.concluded_types, cues.concluded_relatives, cues.concluded_fillers, cues.concluded_verbs


def signed_in_its_relative(text: str, cand) -> bool:
    """Whether `cand`, the Arabic noun of a deal, is described right after its phrase by a
    relative clause whose verb in the past signs or concludes it: with its relative word
    («اتفاقات الغاز التي أبرمتها مع الإمارات») or, after an indefinite noun, with none, the verb
    carrying the pronoun that takes the noun up («بموجب مذكرة تفاهم أمني وقعها الطرفان في
    نوفمبر 2019»). The clause tells the deal made, an event of its own beside the sentence's
    deed, whatever that deed does under it."""
    types, relatives, fillers, verbs = _concluding()
    if cand.event_type not in types or not is_arabic(cand.trigger_text):
        return False
    if cand.tense == "past":
        # the verb of that clause itself, right after its relative word or with the pronoun
        word = fold_str(cand.trigger_text).lower()
        before = _RELATIVE_BEFORE.search(text, max(cand.sentence[0], cand.trigger[0] - 12), cand.trigger[0])
        return word in verbs and (before is not None or _takes_up_the_noun(word, verbs))
    if cand.tense:
        return False
    _, end = cand.sentence
    words: list[str] = []
    for m in _WORD.finditer(text, cand.trigger[1], end):
        w = fold_str(m.group()).lower()
        if not w[:1].isalpha():
            break
        words.append(w)
        if len(words) > _PHRASE_REACH + 2:
            break
    for i, w in enumerate(words[: _PHRASE_REACH + 1]):
        if _takes_up_the_noun(w, verbs):
            return True
        if w in relatives:
            nxt = words[i + 1 : i + 3]
            if nxt and nxt[0] in fillers:
                nxt = nxt[1:]
            return bool(nxt) and nxt[0] in verbs
        if w in verbs:
            return False
    return False
