"""The places of an event told inside an Arabic relative clause: "تشتبه أنقرة في ارتباطه بجماعة
غولن التي تتهمها بالوقوف وراء محاولة الانقلاب", "لنقل المصابين، الذين أصيبوا في مواجهات مع الجيش،
إلى تركيا": a name of the main clause is where the main clause's doing took place, not the
relative clause's event."""

from __future__ import annotations

from events.assemble.parties import _RELATIVE_AR, _RELATIVE_END
from events.model import PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

# what may stand between an antecedent name and its relative pronoun ("حلب، التي")
_ANTECEDENT_GAP = LazyPattern(r"[\s،,]*")


def _inside_relative_clause(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], sentence: tuple[int, int]
) -> list[PlaceMention]:
    """`places` without those outside the relative clause that holds the event word: a relative
    pronoun (الذي، التي، الذين ...) before the word with no clause break between opens it,
    the next break after the word closes it. The name the pronoun describes, right before it
    ("في مصر التي أبرمت معاهدة سلام", "إيران التي أجرت انتخابات"), and a name in apposition
    before that one, are the clause's subject and stay."""
    if not places or not is_arabic(text[trigger[0] : trigger[0] + 1]):
        return places
    opener = None
    for m in _RELATIVE_AR.finditer(text, sentence[0], trigger[0]):
        if _RELATIVE_END.search(text, m.end(), trigger[0]) is None:
            opener = m
            break
    if opener is None:
        return places
    close = _RELATIVE_END.search(text, trigger[1], sentence[1])
    end = close.start() if close is not None else sentence[1]

    start = opener.start()
    while (before := next((p for p in places if p.end <= start and _ANTECEDENT_GAP.fullmatch(text, p.end, start)), None)) is not None:
        start = before.start  # a name in apposition before it ("العاصمة الألمانية، برلين التي") stays too
    return [p for p in places if start <= p.start and p.end <= end]
