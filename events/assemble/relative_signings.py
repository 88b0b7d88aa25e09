"""A deed done on a document told in a relative clause after the sentence's own deed: "بدأت
الشرطة الانتشار اليوم، تنفيذا لمذكرة التفاهم التي وقعها الرئيسان أمس" (began deploying today
under the memorandum the two presidents signed yesterday). The relative verb, a verb in the past
right after its relative pronoun, tells another deed than the main clause's verb in the past
before it: both are events, and the stronger relative verb does not take the place of the main
clause's deed."""

from __future__ import annotations

from events.text.lazy import LazyPattern

_RELATIVE_BEFORE = LazyPattern(r"(?<!\S)(?:الذي|التي|اللذين|اللتين|اللذان|اللتان|which|that)\s+\Z")


def told_before_a_relative_deed(text: str, cand, best) -> bool:
    """Whether `cand`, a verb in the past, is the main clause's deed before `best`, a verb in the
    past that opens a relative clause (right after its relative pronoun) later in the sentence."""
    if cand.tense != "past" or best.tense != "past" or cand.trigger[1] > best.trigger[0]:
        return False
    return _RELATIVE_BEFORE.search(text, max(cand.trigger[1], best.trigger[0] - 12), best.trigger[0]) is not None
