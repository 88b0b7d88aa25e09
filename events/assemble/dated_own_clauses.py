"""A deed told in a clause of its own with a time of its own written right after its word, no
other event word between ("The rapprochement comes as Saudi Arabia seeks to end its involvement
in Yemen's war, where it has fought the Houthis since 2015"; "... وتحولت إلى اعتصام أمام مقر
القيادة العامة للجيش، قبل أن يعلن الجيش عزل الرئيس عمر البشير في 11 من الشهر نفسه"), is a deed
of its own on that date, told beside the sentence's event, not a circumstance the sentence's
event takes in. A word of sequence with no comma before it opens such a clause too, after a deed
dated by a time of its own ("relations were cut in 1988 before being resumed in 1991", وكانت
العلاقات قد قطعت عام 1988 قبل أن تستأنف عام 1991), and so do "and" and an Arabic verb joined by و
("broke off relations in 1988 and restored them in 1991", قطعتا العلاقات عام 1988 وأعادتاها عام
1991): two deeds, each on its own time."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.before_clauses import dated_later_deed, later_deed_stretch
from events.assemble.own_subjects import load_ar_time_opener, load_time_clause_subject
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, _clause
from events.model import ActorMention, ReferenceMention, TimeMention
from events.reference import ReferenceCatalog
from events.temporal import load_calendar
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_POSSESSIVE = LazyPattern(r"['’]s?(?!\w)")
# an Arabic verb in the past opening with a hamza (أعاد، استأنف، أقام) joined by و or ف: the verb
# of a clause of its own, as after ثم (not a noun such as وقف, whose و is its own letter)
_JOINED_VERB = LazyPattern(r"[وف][أاإآ][^\W\d_]")


@lru_cache(maxsize=4)
def load_sequence_openers(path: Path = ASSEMBLY_RULES, undoing: bool = False) -> re.Pattern[str]:
    """A search for a word that opens the clause of a later deed (data/assembly.json
    `sequence_openers`: قبل أن، ثم, before, then; with `undoing`, `undoing_openers` too: and), as
    a whole word (Arabic: after و or ف)."""
    rules = load_assembly_rules(path)
    words = [*rules.get("sequence_openers", []), *(rules.get("undoing_openers", []) if undoing else [])]
    return re.compile(r"(?<!\S)[وف]?(?:" + alternation(words, spaced=True) + r")(?!\S)", re.IGNORECASE)


def _explicit(d: TimeMention) -> bool:
    """A date written out in the text: a year, a month or a day of a month, not a recurring one; a
    month or a day of a month written by the month's name whose year is told from the publication
    ("في السادس من ديسمبر الجاري", "in March last year") is one too, unlike a weekday or "last month"."""
    if d.recurring:
        return False
    return d.basis == "explicit" or (d.basis == "relative" and d.precision in ("day", "month") and _names_a_month(d.text))


def _names_a_month(words: str) -> bool:
    """Whether the words of a time name a month of the year (calendar.json `gregorian_months`), by one
    word or two ("ديسمبر", "كانون الأول")."""
    months = load_calendar().months
    folded = fold_str(words).lower().split()
    return any(w in months for w in folded) or any(f"{a} {b}" in months for a, b in itertools.pairwise(folded))


def _after_a_dated_deed(
    text: str,
    cand: _Candidate,
    best: _Candidate,
    own: tuple[int, int],
    dates: Sequence[TimeMention],
    undoing: bool = False,
) -> tuple[int, int] | None:
    """The stretch of `own` from the last word of sequence between `best`'s word and `cand`'s,
    when `best` comes first in the clause and a date written out stands between its word and
    that word of sequence: the clause of the later deed. None otherwise. A deed `undoing` the
    earlier one (ties restored after their cut) may also be opened by "and" or by و on its verb."""
    if not own[0] <= best.trigger[1] <= cand.trigger[0]:
        return None
    later = later_deed_stretch(text, cand.sentence, cand.trigger[0])
    if later is not None and best.trigger[1] <= later[0] and dated_later_deed(text, cand.sentence, cand.trigger, dates) is not None:
        # "قطعت علاقاتها قبل أن تعيد، بوساطة كويتية، العلاقات عام 2023": the later deed's clause
        # holds its own date, whether or not the deed before it has one
        return later
    openers = load_sequence_openers(undoing=undoing)
    opener = next(reversed(list(openers.finditer(text, best.trigger[1], cand.trigger[0]))), None)
    if opener is not None and text[opener.end() : cand.trigger[0]].strip(" \u0640").count(" ") <= 2:
        start, end = opener.start(), opener.end()  # the later deed's word comes right after its word of sequence
    elif undoing and _JOINED_VERB.match(text, cand.trigger[0]):
        start = end = cand.trigger[0]  # "قطعتا العلاقات عام 1988 وأعادتاها عام 1991": و on the later verb
    else:
        return None
    if not any(best.trigger[1] <= d.start and d.end <= start and _explicit(d) for d in dates):
        return None
    return end, own[1]


def _in_a_clause_of_time(text: str, cand: _Candidate, best: _Candidate, own: tuple[int, int]) -> tuple[int, int] | None:
    """The stretch of `own` from a word of time that opens, after `best`'s word, an English clause
    with a subject of its own up to `cand`'s word (`load_time_clause_subject`: "Talks ... collapsed
    after security forces stormed the protest camp ... on 3 June"), or an Arabic one right before
    `cand`'s verb (بعد أن اقتحمت قوات الأمن): the clause of the earlier deed, whose own date may
    follow. None otherwise."""
    if not own[0] <= best.trigger[1] <= cand.trigger[0]:
        return None
    if not text[cand.trigger[0] : cand.trigger[0] + 1].isascii():
        # "انهارت المحادثات بعد أن اقتحمت قوات الأمن مقر الاعتصام": the verb right after its opener
        # (every opener ends in أن or ما, which take a verb: a word the lexicon spells out with no
        # tense, "منذ أن سيطرت حماس", is the verb too)
        opener = load_ar_time_opener().search(text, best.trigger[1], cand.trigger[0])
        return (opener.start(), own[1]) if opener is not None else None
    found = load_time_clause_subject().search(text, best.trigger[1], cand.trigger[0])
    words = int(load_assembly_rules().get("subject_after_and", {}).get("words", 0))
    if found is None or len(text[found.start() : cand.trigger[0]].split()) - 1 > words:
        return None
    return found.start(), own[1]


def _dated_after_its_word(text: str, cand: _Candidate, own: tuple[int, int], dates: Sequence[TimeMention]) -> bool:
    """Whether a date written out follows `cand`'s word in the stretch `own`, not in the possessive."""
    return any(
        cand.trigger[1] <= d.start and d.end <= own[1] and _explicit(d) and not _POSSESSIVE.match(text, d.end)
        for d in dates
    )


def a_later_dated_deed(
    text: str, cand: _Candidate, earlier: Sequence[_Candidate], dates: Sequence[TimeMention], undoing: bool = False
) -> bool:
    """Whether `cand` follows every one of `earlier` in their clause past a word of sequence,
    each dated before it, and is dated in its own stretch: the later deed is not a part of the
    earlier one that a stronger type would take in (قطعت العلاقات عام 1988 قبل أن تستأنف عام 1991)."""
    own = _clause(text, cand.sentence, cand.trigger)
    stretches = [_after_a_dated_deed(text, cand, b, own, dates, undoing) for b in earlier]
    if not stretches or any(st is None for st in stretches):
        return False
    return _dated_after_its_word(text, cand, (0, max(own[1], *(st[1] for st in stretches if st is not None))), dates)


def dated_in_its_own_clause(
    text: str, cand: _Candidate, best: _Candidate, group: Sequence[_Candidate], dates: Sequence[TimeMention]
) -> bool:
    """Whether `cand` stands in another clause than `best`, and a date written out in the text (a
    year, a month or a day of a month; not a weekday or a day counted from the publication, which
    the sentence's own news shares) follows its word in that clause with no other event word of
    `group` between."""
    own = _clause(text, cand.sentence, cand.trigger)
    if own == _clause(text, best.sentence, best.trigger):
        later = _after_a_dated_deed(text, cand, best, own, dates) or _in_a_clause_of_time(text, cand, best, own)
        if later is None:
            return False
        own = later
    for d in dates:
        if not (cand.trigger[1] <= d.start and d.end <= own[1]) or not _explicit(d):
            continue
        if _POSSESSIVE.match(text, d.end):
            continue  # "amid the aftermath of February's earthquakes": the date of the noun it qualifies
        if not any(cand.trigger[1] <= o.trigger[0] < d.start for o in group if o is not cand):
            return True
    return False


# one qualifying word at most, then "in" or في, between a gathering's noun and its written time
# ("قمة العلا في يناير 2021", "القمة الخليجية في يناير 2021", "the Gulf summit in January 2021")
_ITS_TIME_AFTER = LazyPattern(r"(?:\s+[^\s,،.;:\d]+)?\s+(?:in|في)\s+", re.IGNORECASE)


def a_setting_with_its_time(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether `cand` is a noun told as the setting of another deed (after a word of time: خلال,
    after, during) or a catalogued name, with a time written out right after it (في أعقاب قمة
    العلا في يناير 2021): a deed of its own on that time, which the deed it frames does not take in."""
    if cand.tense or not (cand.circumstance or cand.reference_id is not None):
        return False
    return any(
        _explicit(d) and d.start > cand.trigger[1] and _ITS_TIME_AFTER.fullmatch(text, cand.trigger[1], d.start)
        for d in dates
    )


# a word of during or at, perhaps with the article's noun of the gathering after it, between a
# catalogued name and the gathering's word ("توقيع بيان العلا خلال القمة", "signed ... at the summit")
_DURING = LazyPattern(r"[\s\"»”']*(?:خلال|أثناء|في|during|at)\s+(?:the\s+)?$", re.IGNORECASE)


def sides_of_the_named_deed(
    text: str, cand: _Candidate, references: Sequence[ReferenceMention], catalog: ReferenceCatalog
) -> list[str]:
    """The countries of a catalogued deed named right before `cand`, a gathering it was done
    during (ورغم توقيع بيان العلا خلال القمة الخليجية في يناير 2021): the gathering's parties,
    when its sentence names none. Empty otherwise."""
    if cand.event_type != "meeting" or cand.reference_id is not None:
        return []
    for r in references:
        if r.end <= cand.trigger[0] and _DURING.search(text, r.end, cand.trigger[0]) is not None:
            entry = catalog.get(r.ref_id)
            if entry is not None and cand.trigger[0] - r.end <= 12:
                return list(entry.countries)
    return []


def dated_apart_from(
    text: str,
    cand: _Candidate,
    absorbing: Sequence[_Candidate],
    group: Sequence[_Candidate],
    dates: Sequence[TimeMention],
) -> bool:
    """Whether the noun `cand`, which a word of a stronger type would take in (a visit takes in
    the talks held during it), is dated in a clause of its own by a time written out that no
    absorbing word's clause shares: «بدأ الأمير زيارة إلى العراق، هي الأولى منذ مشاركته في القمة
    العربية التي استضافتها بغداد في مارس 2012», "began a visit to Iraq, his first since the
    summit held in Baghdad in March 2012". A gathering of another year or month is no part of
    the visit: it is a deed of its own, on its own time."""
    if cand.tense or not absorbing:
        return False
    own = [d for d in dates if _explicit(d) and all(dated_in_its_own_clause(text, cand, a, group, [d]) for a in absorbing)]
    if not own:
        return False
    values = {d.value for d in own}
    for a in absorbing:
        lo, hi = _clause(text, a.sentence, a.trigger)
        if any(d.value in values for d in dates if lo <= d.start and d.end <= hi):
            return False  # "visited Baghdad in March 2012 and attended the summit held in March 2012"
    return True


def opens_a_clause_of_time(text: str, cand: _Candidate, actors: Sequence[ActorMention]) -> bool:
    """Whether an Arabic candidate kept beside its sentence's event is the verb right after an opener
    of a clause of time (`load_ar_time_opener`), its subject named right after it ("تفرض إسرائيل
    حصارا على القطاع منذ أن سيطرت حماس عليه عام 2007"): the clause holds its own doer, and the
    names of the main clause are no side of it, as the English setting's are not (`_told_as_setting`);
    a subject that points back ("بعد أن قتلت قواتها") leaves the sides to the sentence."""
    if not cand.background or cand.reference_id is not None or cand.trigger_text[:1].isascii():
        return False
    if load_ar_time_opener().search(text, max(cand.sentence[0], cand.trigger[0] - 20), cand.trigger[0]) is None:
        return False
    return any(a.start > cand.trigger[1] and not text[cand.trigger[1] : a.start].strip() for a in actors)
