"""A gathering named again (وشارك في القمة نائب رئيس الدولة; attended the summit) after an
earlier sentence told it held on a day: in a relative clause of holding (القمة الحادية والأربعون،
التي انعقدت أمس الثلاثاء في العلا), by a verb of holding or closing right before its noun
(اختتمت قمة شرم الشيخ أعمالها أمس), or by a deed of its main clause done at the gathering on one
day (وقع القادة أمس الثلاثاء البيان خلال القمة; agreed at a Gulf summit on Tuesday): the same
gathering, on that day, not on the publication's. So too a deed with no date of its own told done
at, during or a short time before that gathering (على هامش القمة، قبيل انطلاق القمة; on the
sidelines of the summit, hours before the summit). Only a recent day (at most `RECENT_DAYS`
before the publication), only the nouns of a gathering one attends (data/assembly.json
`visit_gatherings`), with the relatives and verbs of holding of `holding_clauses` and the words
of `gathering_days`; not another gathering of the name (القمة المقبلة, the next summit)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.gates import case_blind_text, gated_compile
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

RECENT_DAYS = 7
REACH = 90  # characters from the noun to the verb of holding
_PROCLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?=ال)")
_FULL_STOP = LazyPattern(r"[.!?؟]")
_THE_EN = LazyPattern(r"(?i)\bthe\s+(?:[\w'-]+\s+){0,3}$")  # "the summit", "the two-day summit"


@lru_cache(maxsize=1)
def _gathering_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the definite nouns of a gathering; a search for a relative of holding, a verb of
    holding and perhaps a word of a date's lead right after them)."""
    rules = load_assembly_rules()
    nouns = frozenset(w for w in rules.get("visit_gatherings", ()) if w.startswith("ال"))
    holding = rules.get("holding_clauses", {})
    relatives = [w for w in holding.get("relatives", ()) if w[:1] >= "\u0600"]
    verbs = [w for w in holding.get("verbs", ()) if w[:1] >= "\u0600"]
    pattern = re.compile(
        rf"(?<![^\W\d_])(?:{alternation(relatives)})\s+(?:{alternation(verbs)})(?![^\W\d_])\s*(?:(?:يوم|في)\s+)?"
    )
    return nouns, pattern


@lru_cache(maxsize=1)
def _gathering_leads() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a search, at the end of a span, for a word of at or during a gathering, perhaps after
    "و"/"ف" or before "أعمال", and in English "a"/"the" and up to three words; the same with a
    word of a short time before; a match of a word of another gathering of the name)."""
    days = load_assembly_rules().get("gathering_days", {})
    at, before = alternation(days.get("at", ()), spaced=True), alternation(days.get("before", ()), spaced=True)
    between = r"(?:أعمال\s+|(?:(?:a|an|the)\s+)?(?:[A-Za-z][\w'-]*\s+){0,3})?"
    lead = r"(?<![^\W\d_])(?:و|ف)?(?:LEADS)\s+" + between + r"$"
    other = re.compile(
        rf"(?<![^\W\d_])(?:{alternation(days.get('other_gatherings', ()))})(?![^\W\d_])", re.IGNORECASE
    )
    return (
        re.compile(lead.replace("LEADS", at), re.IGNORECASE),
        re.compile(lead.replace("LEADS", f"{at}|{before}"), re.IGNORECASE),
        other,
    )


def _another(text: str, start: int, end: int) -> bool:
    """Whether the words right around a gathering's noun at `start`..`end` tell another
    gathering of the name (القمة المقبلة; the next summit)."""
    *_, other = _gathering_leads()
    near = text[max(0, start - 20) : start] + " " + " ".join(text[end : end + 40].split()[:2])
    return other.search(near) is not None


def _told_at(text: str, lo: int, start: int, leads: re.Pattern[str]) -> bool:
    """Whether a word of `leads` ends right before the gathering's noun at `start`."""
    return leads.search(text[max(lo, start - 60) : start]) is not None


def _recent(day: str, published: str | None) -> bool:
    if not published or len(day) != 10:
        return False
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day)).days
    return 0 <= gap <= RECENT_DAYS


@lru_cache(maxsize=1)
def _gathering_starts() -> re.Pattern[str]:
    """A search for a word of a short time before, a word of a gathering's start and the
    definite noun of a gathering (`gathering_starts`, `visit_gatherings`), the noun its group."""
    rules = load_assembly_rules()
    starts = rules.get("gathering_starts", {})
    nouns = [w for w in rules.get("visit_gatherings", ()) if w.startswith("ال")]
    return gated_compile(
        rf"(?<![^\W\d_])(?:{alternation(starts.get('before', ()), spaced=True)})\s+"
        rf"(?:{alternation(starts.get('starts', ()))})\s+({alternation(nouns)})(?![^\W\d_])"
    )


# verbs of holding written like a verbal noun: عقد (holding), نظم (systems)
_NOUN_FORMS = frozenset({"عقد", "عُقد", "نظم"})


@lru_cache(maxsize=256)
def _held_by_its_verb(noun: str) -> re.Pattern[str]:
    """A search for an Arabic verb of holding or closing (`holding_clauses`: انعقدت، اختتمت)
    right before the gathering `noun`, with its article or annexed to a name («اختتمت قمة شرم
    الشيخ أعمالها أمس», «انعقدت القمة أمس»)."""
    holding = load_assembly_rules().get("holding_clauses", {})
    # not a verbal noun read like its verb («دعت إلى عقد قمة»: a summit called for, not held)
    verbs = [
        w for w in (*holding.get("verbs", ()), *holding.get("closing_verbs", ())) if w[:1] >= "\u0600" and w not in _NOUN_FORMS
    ]
    bare = noun[2:] if noun.startswith("ال") else noun
    return re.compile(rf"(?<![^\W\d_])(?:و|ف)?(?:{alternation(verbs)})\s+(?:ال)?{re.escape(bare)}(?![^\W\d_])")


@lru_cache(maxsize=256)
def _named(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:و|ف)?(?:ب|ل|ك)?{re.escape(noun)}(?![^\W\d_])", re.IGNORECASE)


def _day_held(
    noun: str, text: str, published: str | None, back: Sequence[tuple[tuple[int, int], Sequence[TimeMention]]]
) -> TimeMention | None:
    """The recent day an earlier sentence (`back`: nearest first) told the gathering `noun` held:
    in a relative clause of holding after it, or as the one recent day of a sentence that tells
    a deed done at it."""
    _, holding = _gathering_words()
    at, _, _ = _gathering_leads()
    named = _named(noun)
    held_by_verb = _held_by_its_verb(noun) if noun[:1] >= "\u0600" else None
    for (lo, hi), times in reversed(back):  # the earliest telling first
        if held_by_verb is not None and (by_verb := held_by_verb.search(text, lo, hi)) is not None:
            # «اختتمت قمة شرم الشيخ أعمالها أمس»: held, or closed, on the one recent day of its sentence
            days = [d for d in times if d.precision == "day" and not d.recurring and _recent(d.value, published)]
            if not _another(text, by_verb.start(), by_verb.end()) and len({d.value for d in days}) == 1:
                return days[0]
        for found in named.finditer(text, lo, hi):
            if _another(text, found.start(), found.end()):
                continue
            stop = _FULL_STOP.search(text, found.end(), min(hi, found.end() + REACH))
            held = holding.search(text, found.end(), stop.start() if stop else min(hi, found.end() + REACH))
            if held is not None:
                day = next((d for d in times if d.start == held.end() and d.precision == "day"), None)
                if day is not None and _recent(day.value, published):
                    return day
                continue
            if not _told_at(text, lo, found.start(), at):
                continue
            days = [d for d in times if d.precision == "day" and not d.recurring and _recent(d.value, published)]
            if len({d.value for d in days}) == 1:
                return days[0]
    return None


def date_before_the_gathering(
    event: Event,
    text: str,
    cand: _Candidate,
    back: Sequence[tuple[tuple[int, int], Sequence[TimeMention]]],
    spans: dict,
) -> None:
    """Date a publication-dated deed whose sentence tells it a short time before a gathering's
    start (قبيل انطلاق القمة) by the day an earlier sentence told that gathering held."""
    if event.date_basis != "publication" or event.date_precision != "day":
        return
    found = _gathering_starts().search(text, cand.sentence[0], cand.sentence[1])
    if found is None:
        return
    _take_day(event, _day_held(found.group(1), text, event.published, back), spans)


def date_by_the_gathering_told(
    event: Event,
    text: str,
    cand: _Candidate,
    back: Sequence[tuple[tuple[int, int], Sequence[TimeMention]]],
    spans: dict,
) -> None:
    """Date a publication-dated meeting whose word is the definite noun of a gathering by the day
    an earlier sentence (`back`: nearest first, each with its times) told that gathering held."""
    if event.event_type != "meeting" or event.date_basis != "publication" or event.date_precision != "day":
        return
    word = re.sub(r"(?i)^the\s+", "", _PROCLITICS.sub("", fold_str(cand.trigger_text.strip()))).lower()
    noun = next((n for n in _nouns() if fold_str(n).lower() == word), None)
    if noun is None:
        return
    _take_day(event, _day_held(noun, text, event.published, back), spans)


def _take_day(event: Event, day: TimeMention | None, spans: dict) -> bool:
    """Give `event` the gathering's `day`, when one was found: whether it was."""
    if day is None:
        return False
    event.date, event.date_precision, event.date_basis = day.value, "day", day.basis  # type: ignore[assignment]
    spans["date"] = [day.start, day.end]
    return True


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The nouns of a gathering one attends: Arabic definite ones and English ones."""
    nouns, _ = _gathering_words()
    english = {w for w in load_assembly_rules().get("visit_gatherings", ()) if w[:1].isascii()}
    return nouns | english


@lru_cache(maxsize=1)
def _sorted_nouns() -> tuple[tuple[str, str], ...]:
    """The nouns of a gathering in order, each with its case-blind form (`case_blind_text`)."""
    return tuple((noun, case_blind_text.__wrapped__(noun)) for noun in sorted(_nouns()))


def nouns_in(text: str, lo: int, hi: int) -> list[str]:
    """The nouns of a gathering, in order, that may be named in `text[lo:hi]`: those whose
    letters stand there, case aside (a search for one of them can match nowhere else). The
    case-blind article, read once, keeps its offsets: only a dotted capital I lowers to two
    letters, and it is made plain first."""
    lowered = case_blind_text(text)
    if len(lowered) != len(text):
        return [noun for noun, _ in _sorted_nouns()]
    return [noun for noun, blind in _sorted_nouns() if lowered.find(blind, lo, hi) >= 0]


def date_at_the_gathering(
    event: Event,
    text: str,
    cand: _Candidate,
    back: Sequence[tuple[tuple[int, int], Sequence[TimeMention]]],
    spans: dict,
) -> None:
    """Date a publication-dated deed whose sentence tells it done at, during or a short time
    before a gathering named by its definite noun (على هامش القمة; on the sidelines of the
    summit, hours before the summit) by the day an earlier sentence told that gathering held."""
    if event.date_basis != "publication" or event.date_precision != "day":
        return
    _, leads, _ = _gathering_leads()
    lo, hi = cand.sentence
    for noun in nouns_in(text, lo, hi):
        for found in _named(noun).finditer(text, lo, hi):
            if _another(text, found.start(), found.end()) or not _told_at(text, lo, found.start(), leads):
                continue
            if noun.isascii() and not _THE_EN.search(text, max(lo, found.start() - 60), found.start()):
                continue  # "at a summit": not one the article told before
            if _take_day(event, _day_held(noun, text, event.published, back), spans):
                return


def no_recent_day(dates: Sequence[TimeMention], published: str | None) -> bool:
    """Whether none of a sentence's `dates` can be a deed's own day of the gathering's week: each
    is more than `RECENT_DAYS` before the publication (وشاركت في القمة الدول التي قطعت علاقاتها
    في يونيو 2017)."""
    if not published:
        return not dates
    since = (date.fromisoformat(published[:10]) - timedelta(days=RECENT_DAYS)).isoformat()
    return all(d.value < since[: len(d.value)] for d in dates)
