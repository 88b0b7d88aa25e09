"""The places of an event told inside a relative clause: "تشتبه أنقرة في ارتباطه بجماعة
غولن التي تتهمها بالوقوف وراء محاولة الانقلاب", "لنقل المصابين، الذين أصيبوا في مواجهات مع الجيش،
إلى تركيا", and in English after which, who, whom or whose ("protests take place every Friday in
the Iraqi capital, organised by supporters of the alliance, which came first in the parliamentary
elections held on May 12"): a name of the main clause is where the main clause's doing took
place, not the relative clause's event."""

from __future__ import annotations

import re

from events.assemble.parties import _RELATIVE_AR, _RELATIVE_END
from events.assemble.parties import WITNESSING as _WITNESSING
from events.assemble.text import _clause_breaks
from events.model import PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

# what may stand between an antecedent name and its relative pronoun ("حلب، التي")
_ANTECEDENT_GAP = LazyPattern(r"(?:\s+ال[^\W\d_]+){0,2}[\s،,]*")  # its adjectives too ("قرغيزستان المجاورة، التي")
# in English, the possessive of the noun the pronoun describes may stand between ("Mali's junta, which")
_ANTECEDENT_GAP_EN = LazyPattern(r"(?:['’]s(?:\s+[^\W\d_][\w-]*){1,2})?[\s,]*")

# an English relative pronoun, not governed by a preposition ("in which", "of whom": the clause
# then tells of its antecedent's occasion, as "the operation in which a soldier was killed")
_RELATIVE_EN = LazyPattern(
    r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bof )(?<!\bby )(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bfrom )"
    r"(?<!\bduring )(?<!\bafter )(?<!\bbefore )(?<!\bunder )(?<!\bthrough )(?<!\bamong )"
    r"\b(?:which|who|whom|whose)\b",
    re.IGNORECASE,
)


# The most words before an English relative pronoun for its clause to describe the sentence's
# subject, and an auxiliary that opens the main clause's verb after it ("The officers who seized
# power in a coup have revoked"): a finite verb no word of the relative clause may be.
SUBJECT_WORDS = 6
VERB_WORDS = 2  # words between the pronoun and the event word, its verb ("who last week seized")
_MAIN_VERB_EN = LazyPattern(r"\s(?:have|has|had|will|would|could|can|may|might|must|should|is|are|was|were)\s")

# a clause that tells what its antecedent saw or hosted ("Tahrir Square, which saw the January 2011
# protests", "ميدان التحرير الذي شهد احتجاجات 2011"): the antecedent is where the event took place,
# and the names around it place it still


def _relative_opener(
    text: str, relative: re.Pattern[str], trigger: tuple[int, int], sentence: tuple[int, int]
) -> re.Match[str] | None:
    """The relative pronoun before the event word that opens the clause holding it: no clause
    break between them."""
    for m in relative.finditer(text, sentence[0], trigger[0]):
        if relative is _RELATIVE_AR and _RELATIVE_END.search(text, m.end(), trigger[0]) is None:
            return m
        if relative is _RELATIVE_EN and next(_clause_breaks(text, m.end(), trigger[0]), None) is None:
            return m
    return None


def witnessed_places(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], sentence: tuple[int, int]
) -> list[PlaceMention] | None:
    """For an event word inside a clause of what a place named right before it saw («قرغيزستان
    المجاورة، التي شهدت في مارس احتجاجات», "Kyrgyzstan, which saw mass protests"): that place
    (with a name in apposition before it) and the names of the clause after it, whatever the
    main clause says of the place (a border fled towards, a way's end); None for any other word.
    (`places`: every place of the sentence.)"""
    relative = _RELATIVE_AR if is_arabic(text[trigger[0] : trigger[0] + 1]) else _RELATIVE_EN
    opener = _relative_opener(text, relative, trigger, sentence)
    if opener is None or not _WITNESSING.match(text, opener.end()):
        return None
    gap = _ANTECEDENT_GAP if relative is _RELATIVE_AR else _ANTECEDENT_GAP_EN
    start = opener.start()
    while (before := next((p for p in places if p.end <= start and gap.fullmatch(text, p.end, start)), None)) is not None:
        start = before.start
    if start == opener.start():
        return None  # no name right before the pronoun
    return [p for p in places if start <= p.start and (p.end <= opener.start() or p.start >= trigger[1])]


def _inside_relative_clause(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], sentence: tuple[int, int]
) -> list[PlaceMention]:
    """`places` without those outside the relative clause that holds the event word: a relative
    pronoun (الذي، التي، الذين ...; which, who, whom, whose) before the word with no clause break
    between opens it, the next break after the word closes it (in English, not a comma of a list
    nor the full stop of an abbreviation: "the U.S. embassy", "Aug. 17"). The name the pronoun
    describes, right before it ("في مصر التي أبرمت معاهدة سلام", "إيران التي أجرت انتخابات", "Egypt,
    which concluded a peace treaty", "Mali's junta, which"), and a name in apposition before that
    one, are the clause's subject and stay. A clause of what its antecedent saw (`_WITNESSING`)
    names where the event took place by that antecedent (`witnessed_places`): every place stays."""
    if not places:
        return places
    relative = _RELATIVE_AR if is_arabic(text[trigger[0] : trigger[0] + 1]) else _RELATIVE_EN
    opener = _relative_opener(text, relative, trigger, sentence)
    if opener is None or _WITNESSING.match(text, opener.end()):
        return places
    if relative is _RELATIVE_AR:
        close = _RELATIVE_END.search(text, trigger[1], sentence[1])
    else:  # (not a comma of a list, nor the full stop of an abbreviation: "the U.S. embassy")
        close = next(_clause_breaks(text, trigger[1], sentence[1]), None)
    end = close.start() if close is not None else sentence[1]
    if relative is _RELATIVE_EN and (main := _main_verb_after(text, opener, trigger, sentence[0], end)) is not None:
        end = main  # "The military officers who seized power in a July 26 coup have revoked ... with Paris"

    start = opener.start()
    gap = _ANTECEDENT_GAP if relative is _RELATIVE_AR else _ANTECEDENT_GAP_EN
    while (before := next((p for p in places if p.end <= start and gap.fullmatch(text, p.end, start)), None)) is not None:
        start = before.start  # a name in apposition before it ("العاصمة الألمانية، برلين التي") stays too
    return [p for p in places if start <= p.start and p.end <= end]


def _main_verb_after(text: str, opener: re.Match[str], trigger: tuple[int, int], sentence_start: int, end: int) -> int | None:
    """Where the main verb begins after the event word, for an English relative clause opening at
    `opener` in the sentence's subject (at most `SUBJECT_WORDS` words in) whose verb is the event
    word (at most `VERB_WORDS` words after the pronoun: "who seized power", not "who arrived on
    Monday clashed"): the first auxiliary (`_MAIN_VERB_EN`) before `end`, unless another relative
    pronoun stands before it ("a church which was packed": that clause's own); None otherwise."""
    if len(text[sentence_start : opener.start()].split()) > SUBJECT_WORDS:
        return None
    if len(text[opener.end() : trigger[0]].split()) > VERB_WORDS:
        return None
    main = _MAIN_VERB_EN.search(text, trigger[1], end)
    if main is None or _RELATIVE_EN.search(text, trigger[1], main.start()) is not None:
        return None
    return main.start()


def subject_clause_end(text: str, trigger: tuple[int, int], sentence: tuple[int, int]) -> int | None:
    """Where the main clause's verb begins, for an English event word inside a relative clause of
    the sentence's subject with no comma around it ("The military officers who seized power in a
    July 26 coup have revoked military cooperation agreements with Paris"): the names from there on
    are the main clause's deed's, not the clause's. None for any other word."""
    if is_arabic(text[trigger[0] : trigger[0] + 1]):
        return None
    opener = None
    for m in _RELATIVE_EN.finditer(text, sentence[0], trigger[0]):
        if next(_clause_breaks(text, m.end(), trigger[0]), None) is None:
            opener = m
            break
    if opener is None:
        return None
    close = next(_clause_breaks(text, trigger[1], sentence[1]), None)
    return _main_verb_after(text, opener, trigger, sentence[0], close.start() if close is not None else sentence[1])
