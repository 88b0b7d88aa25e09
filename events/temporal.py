"""Time expressions: find them, normalise them, resolve them against the publication date.

Candidate spans come from one compiled pattern over the folded text (Arabic
letter variants met, diacritics gone, digits ASCII, Latin lower-cased), built
from the vocabulary in `events/data/calendar.json`: Gregorian months of every
Arabic region and of English, Hijri months, weekdays, ordinal day words, counts
and relative words. Each candidate is normalised with our own tables; Hijri
dates are converted with `hijridate`; `dateparser` is asked only about
candidates in other languages our tables do not know, one cached call per
distinct string.

Precision stays honest: `يونيو 2017` is the month `2017-06`, never a day. A
relative expression (أمس, الأسبوع الماضي, last Friday) is resolved against the
publication date and skipped when there is none.
"""

from __future__ import annotations

import calendar as gregorian
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import ahocorasick

from events.model import DateBasis, Precision, TimeMention
from events.text.gates import anchor_words, case_blind_text, first_char_gated, gated_compile, may_hold
from events.text.headed import BlindHeadedPattern, HeadedPattern
from events.text.lazy import LazyPattern
from events.text.normalize import FoldedText, fold, fold_char, fold_str
from events.text.sentences import is_abbreviation_point
from events.zone_conversions import with_zone_conversions

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

T = TypeVar("T")

CALENDAR_PATH = Path(__file__).resolve().parent / "data" / "calendar.json"

# How far after the publication a day and month written without a year may
# fall before it is read as last year's (news reports the recent past).
_FUTURE_SLACK = timedelta(days=14)
_MIN_YEAR, _MAX_YEAR = 1800, 2100
_MIN_HIJRI, _MAX_HIJRI = 1343, 1500


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Calendar:
    """The time vocabulary (folded) and the patterns compiled from it.

    The tables map folded words to numbers or kinds; the word sets are the
    context checks (a noun that turns `اليوم` into a noun phrase, a future
    cue...). `anchors` finds, in one Aho-Corasick pass, the words every time
    expression holds one of (besides numbers); `starters` are the words an
    expression may begin with; `pattern` is the one alternation of every form.
    """

    months: dict[str, int]
    weak_months: frozenset[str]
    hijri_months: dict[str, int]
    hijri_markers: frozenset[str]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, tuple[str, int | None]]
    relative_days: dict[str, int]
    modifiers: dict[str, str]
    period_units: dict[str, str]
    seasons: dict[str, tuple[int, int]]
    weekday_blockers: frozenset[str]
    prayer_day_openers: frozenset[str]  # عقب (صلاة الجمعة): the prayer of a day told
    prayer_day_weekly: frozenset[str]  # كل أسبوع، أسبوعيا: the prayer of every week, no day
    reckoned_ar: re.Pattern[str]  # يونيو الماضي، العام الجاري: an Arabic time told from now
    feast_heads: frozenset[str]  # Palm (Sunday), Good (Friday): a feast's name, no weekday
    feast_tails: frozenset[str]  # (الجمعة) العظيمة، (الأحد) الدامي
    midnight_words: frozenset[str]
    midnight_link: re.Pattern[str]
    today_not_after: frozenset[str]
    today_not_before: frozenset[str]
    relative_not_before: frozenset[str]
    future_cues: frozenset[str]
    future_prefix_exceptions: frozenset[str]
    present_held: frozenset[str]
    future_right_before: frozenset[str]
    present_held_not_after: frozenset[str]
    effective_from: re.Pattern[str]  # a word of taking effect ending right before a day (folded, lower-cased)
    present_held_stops: frozenset[str]
    general_heads: frozenset[str]
    named_date_heads: frozenset[str]
    named_date_tails: frozenset[str]
    count_nouns: frozenset[str]
    count_tail_exceptions: frozenset[str]
    range_open: dict[str, frozenset[str]]
    range_bare: frozenset[str]
    words: frozenset[str]
    anchors: ahocorasick.Automaton
    starters: frozenset[str]
    pattern: re.Pattern[str]
    month_finder: re.Pattern[str]
    recurring_after: re.Pattern[str]
    recurring_before: re.Pattern[str]
    equivalence_gap: re.Pattern[str]
    range_gap: re.Pattern[str]
    range_next: re.Pattern[str]
    range_opener: re.Pattern[str]
    lead: re.Pattern[str]


def _key(phrase: str) -> str:
    """Folded dictionary key: one space between words, `و ال` joined as `وال`."""
    key = " ".join(fold_str(phrase).split())
    return re.sub(r"(?<=\s)و\s+(?=ال)", "و", key)


@lru_cache(maxsize=8192)
def _norm(folded: str) -> str:
    """`_key` of a phrase taken from the folded text (already folded). Cached: phrases recur."""
    key = " ".join(folded.split())
    return re.sub(r"(?<=\s)و\s+(?=ال)", "و", key) if " و" in key else key


def _table(groups: dict[str, list[str]]) -> dict[str, int]:
    return {_key(word): int(value) for value, words in groups.items() for word in words}


def _is_latin(word: str) -> bool:
    return word[:1].isascii()


def _alt(words: Iterable[str], clitics: str = "none") -> str:
    """A regex matching any of the phrases (folded), longest first.

    `clitics` is `none`, `conj` (و ف may precede an Arabic phrase) or `full`
    (also ب ك ل, with `ال` + `ل` written `لل`).
    """
    article: list[list[str]] = []
    plain: list[list[str]] = []
    latin: list[list[str]] = []
    for word in {_key(w) for w in words if w.strip()}:
        units = _units(word)
        if _is_latin(word):
            latin.append(units)
        elif clitics == "full" and word.startswith("ال") and len(word) > 3:
            article.append(units[2:])
        else:
            plain.append(units)
    parts: list[str] = []
    if article:
        parts.append("(?:[وف]?[بك]?ال|[وف]?لل)" + _either(article))
    if plain:
        prefix = {"full": "[وف]?[بلك]?", "conj": "[وف]?", "none": ""}[clitics]
        parts.append(prefix + _either(plain))
    if latin:
        parts.append(_either(latin))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _units(word: str) -> list[str]:
    """Regex pieces of one phrase: a space is any white space, `و العشرين` may be split."""
    units: list[str] = []
    for i, ch in enumerate(word):
        if ch == " ":
            units.append(r"\s+")
        elif ch == "و" and i > 0 and word[i - 1] == " " and word[i + 1 : i + 3] == "ال":
            units.append(r"و\s*")
        elif ch == "-" and len(word) > 1 and _is_latin(word):
            units.append(r"[\s\-]?")
        else:
            units.append(re.escape(ch))
    return units


def _either(sequences: list[list[str]]) -> str:
    """Alternatives longest first, so that `مايو` is tried before `ماي`.

    The phrases are laid out as a prefix tree (`ما(?:يو|ي)` rather than
    `مايو|ماي`), so the regex engine reads a letter once rather than once
    for every phrase that could start there. A branch point where two
    branches could match the same text (a unit that may match white space, a
    hyphen or nothing, or two units with the same first letter) stays a
    plain alternation in that order, so every match is the one the flat list
    would give.
    """
    return "(?:" + _tree([tuple(seq) for seq in sequences]) + ")"


def _flat(sequences: list[tuple[str, ...]]) -> str:
    bodies = sorted(("".join(seq) for seq in sequences), key=lambda body: (-len(body), body))
    return "(?:" + "|".join(bodies) + ")"


def _tree(sequences: list[tuple[str, ...]]) -> str:
    """`_flat` of the phrases, their shared beginnings factored out where that is safe."""
    ends = any(not seq for seq in sequences)
    branches: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        if seq:
            branches.setdefault(seq[0], []).append(seq[1:])
    leads = [_lead(unit) for unit in branches]
    if None in leads or len(set(leads)) < len(leads):
        return _flat(sequences)
    parts = [unit + _tree(rests) if rests != [()] else unit for unit, rests in sorted(branches.items())]
    if ends:
        parts.append("")  # the shorter phrase after its longer ones, as in `_flat`
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _lead(unit: str) -> str | None:
    """The letter a unit of `_units` starts with; None if it may match white space, `-` or nothing."""
    if unit.startswith(("\\s", "[")):
        return None
    char = unit[1] if unit.startswith("\\") and len(unit) == 2 else unit[0]
    return None if char.isspace() or char == "-" else char


def _arabic(words: Iterable[str]) -> list[str]:
    return [w for w in words if not _is_latin(w)]


def _latin(words: Iterable[str]) -> list[str]:
    return [w for w in words if _is_latin(w)]


@lru_cache(maxsize=4)
def _calendar_data(path: Path = CALENDAR_PATH) -> dict:
    """calendar.json as read, once per path: the vocabulary and every table and search of this
    module are made from it (read only, never changed)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def load_calendar(path: Path = CALENDAR_PATH) -> Calendar:
    """Read the time vocabulary and compile the patterns (once per path)."""
    raw = _calendar_data(path)
    months = _table(raw["gregorian_months"])
    hijri = _table(raw["hijri_months"])
    weekdays = _table(raw["weekdays"])
    ordinals = _table(raw["ordinals"])
    numbers = _table(raw["numbers"])
    units: dict[str, tuple[str, int | None]] = {}
    for unit, forms in raw["units"].items():
        for kind, words in forms.items():
            count = {"one": 1, "two": 2}.get(kind)
            for word in words:
                units[_key(word)] = (unit, count)
    relative_days = _table(raw["relative_days"])
    modifiers = {_key(w): kind for kind, words in raw["modifiers"].items() for w in words}
    period_units = {_key(w): unit for unit, words in raw["period_units"].items() for w in words}
    seasons = {_key(w): (s["months"][0], s["months"][1]) for s in raw.get("seasons", {}).values() for w in s["words"]}
    hijri_markers = frozenset(_key(w) for w in raw["hijri_year_markers"])
    year_markers = [*raw["gregorian_year_markers"], *raw["hijri_year_markers"]]
    range_open = {_key(k): frozenset(_key(c) for c in v) for k, v in raw["range_open"].items()}
    range_bare = frozenset(_key(c) for c in raw["range_bare"])
    connectors = set(range_bare) | {c for v in range_open.values() for c in v}

    ar_mods = _arabic(modifiers)
    pieces = {
        "MON": _alt(months, "conj"),
        "EMON": _alt(_latin(months)),
        "AMON": _alt(_arabic(months), "conj"),
        "HMON": _alt(hijri, "conj"),
        "WD": _alt(_arabic(weekdays), "full"),
        "EWD": _alt(_latin(weekdays)),
        "ORD": _alt(ordinals, "conj"),
        "NUM": _alt(_arabic(numbers)),
        "ENUM": _alt(_latin(numbers)),
        "UNIT": _alt(_arabic(units)),
        "EUNIT": _alt(_latin(units)),
        "REL": _alt(relative_days, "full"),
        "TOD": _alt(_arabic(raw["times_of_day"]), "conj"),
        "ETOD": _alt(_latin(raw["times_of_day"])),
        "MOD": _alt(ar_mods),
        "PUNIT": _alt(_arabic(period_units), "full"),
        "EPUNIT": _alt(_latin(period_units)),
        "SEASON": _alt(_arabic(seasons), "conj"),
        "ESEASON": _alt(_latin(seasons)),
        "THIS": _alt(raw["this_words"], "conj"),
        "QUAL": _alt(raw["qualifiers"], "conj"),
        "OPENQ": _alt(raw["opening_qualifiers"], "conj"),
        "CTX": _alt(raw["context"], "conj"),
        "SH": _alt(raw["month_nouns"], "full"),
        "YN": _alt(raw["year_nouns"], "full"),
        "YMK": _alt(year_markers),
        "HMK": _alt(raw["hijri_year_markers"]),
        "OPEN": _alt(range_open),
        "CONN": _alt(connectors),
        "AGO": _alt(raw["ago_words"]["before_count"], "conj"),
        "APPROX": _alt(raw["ago_words"].get("approximate", ())),
    }
    pattern = re.compile(_optional_as_branch(_master_pattern(pieces)))
    vocabulary = [*months, *hijri, *weekdays, *ordinals, *relative_days, *modifiers, *period_units, *seasons]
    vocabulary += [
        _key(w) for name in ("qualifiers", "context", "times_of_day", "month_nouns", "year_nouns") for w in raw[name]
    ]
    words = frozenset(word for phrase in vocabulary for word in phrase.split(" "))
    # Every time expression holds an anchor word (or a digit); it may start a few words earlier.
    anchor_phrases = [*months, *hijri, *weekdays, *relative_days, *units, *period_units, *seasons, "ago"]
    anchors = {word for phrase in anchor_phrases for word in phrase.split(" ") if len(word) > 1}
    anchors -= {_key(w) for w in raw["anchor_stopwords"]}
    automaton = ahocorasick.Automaton()
    for word in anchors:
        stem = word[2:] if word.startswith("ال") and len(word) > 3 else word
        automaton.add_word(stem, (len(stem), _is_latin(stem)))
    automaton.make_automaton()
    extra_starters = [*numbers, *range_open, *raw["ago_words"]["before_count"], *raw["this_words"], *raw["starters"]]
    extra_starters += _latin(raw["ago_words"].get("approximate", ()))
    recurring = _alt(raw["recurring"])
    lead_words = [w for w in raw["context"] if _key(w) not in modifiers and w not in raw["qualifiers"]]
    return Calendar(
        months=months,
        weak_months=frozenset(_key(w) for w in raw["weak_months"]),
        hijri_months=hijri,
        hijri_markers=hijri_markers,
        weekdays=weekdays,
        ordinals=ordinals,
        numbers=numbers,
        units=units,
        relative_days=relative_days,
        modifiers=modifiers,
        period_units=period_units,
        seasons=seasons,
        weekday_blockers=frozenset(_key(w) for w in raw["weekday_blockers"]),
        prayer_day_openers=frozenset(_key(w) for w in raw.get("prayer_day_openers", ())),
        prayer_day_weekly=frozenset(_key(w) for w in raw.get("prayer_day_weekly", ())),
        reckoned_ar=_reckoned_ar(months, period_units, seasons, modifiers),
        feast_heads=frozenset(w.lower() for w in raw.get("feast_weekdays", {}).get("en_before", ())),
        feast_tails=frozenset(_key(w) for w in raw.get("feast_weekdays", {}).get("ar_after", ())),
        midnight_words=frozenset(_key(w) for w in raw.get("midnight_words", ())),
        midnight_link=_midnight_link(raw.get("midnight_links", ())),
        today_not_after=frozenset(_key(w) for w in raw["today_not_after"]),
        today_not_before=frozenset(_key(w) for w in raw["today_not_before"]),
        relative_not_before=frozenset(_key(w) for w in raw["relative_not_before"]),
        future_cues=frozenset(_key(w) for w in raw["future_cues"]),
        future_prefix_exceptions=frozenset(_key(w) for w in raw["future_prefix_exceptions"]),
        future_right_before=frozenset(_key(w).lower() for w in raw.get("future_right_before", ())),
        present_held=frozenset(
            _key(w).lower() for w in (*raw.get("present_held_verbs", ()), *raw.get("effective_from", ()))
        ),
        present_held_not_after=frozenset(_key(w).lower() for w in raw.get("present_held_not_after", ())),
        effective_from=_effective_from(raw.get("effective_from", ()), raw.get("effective_from_fillers", ())),
        present_held_stops=frozenset(_key(w).lower() for w in raw.get("present_held_stops", ())),
        general_heads=frozenset(_key(w) for w in raw["general_heads"]),
        named_date_heads=frozenset(_key(w) for w in raw["named_date_heads"]),
        named_date_tails=frozenset(_key(w) for w in raw.get("named_date_tails", ())),
        count_nouns=frozenset(_key(w) for w in raw["count_nouns"]),
        count_tail_exceptions=frozenset(_key(w) for w in raw["count_tail_exceptions"]),
        range_open=range_open,
        range_bare=range_bare,
        words=words,
        anchors=automaton,
        starters=words | {word for phrase in extra_starters for word in _key(phrase).split(" ")},
        pattern=pattern,
        month_finder=re.compile(_alt(months) + r"(?!\w)"),
        recurring_after=re.compile(r"\s*,?\s*(" + recurring + r")(?!\w)"),
        recurring_before=re.compile(r"(?<!\w)" + recurring + r"\s*,?\s*(?:(?:في|on|in)\s*)?$"),
        equivalence_gap=re.compile(
            r"^[\s,\"'()\-]*(?:(?:" + _alt(raw["equivalence"]) + r")\s*(?:ل\s*)?)?[\s,\"'()\-]*$"
        ),
        range_gap=re.compile(r"^\s*(" + pieces["CONN"] + r")\s*$"),
        range_next=re.compile(r"\s*" + pieces["CONN"] + r"\s*"),
        range_opener=re.compile(r"(?<!\w)(" + pieces["OPEN"] + r")\s*$"),
        lead=re.compile(r"^(?:" + _alt(lead_words + list(range_open), "conj") + r"\s+)+"),
    )


def _optional_as_branch(source: str) -> str:
    """The same regex with every optional group `(X)?` written `(?:(X)|)`.

    Both try X first and then nothing, so they match alike. The second is
    much faster in Python's engine: an optional group is a repeat, and inside
    a repeat every alternation first copies the state of all capture groups
    set so far, which the master pattern, with its eighty groups and many
    word alternations, pays for at every branch.
    """
    out: list[str] = []
    opened: list[tuple[int, str]] = []  # where each open group starts in `out`, and its opening
    for piece in _REGEX_PIECE.findall(source):
        if piece[0] == "(":
            opened.append((len(out), piece))
        elif piece[0] == ")":
            start, opening = opened.pop()
            capturing = opening in ("(", "(?P<")
            if piece == ")?" and (capturing or opening == "(?:"):
                if capturing:
                    out.insert(start, "(?:")
                    out.append(")")
                out.append("|)")
                continue
        out.append(piece)
    return "".join(out)


# A regex source in pieces: an escape, a character class, a group's opening, a group's
# end with a plain `?` after it, or a run of anything else.
_REGEX_PIECE = LazyPattern(r"\\[\s\S]|\[\^?\]?(?:\\[\s\S]|[^\]\\])*\]|\((?:\?P<|\?:|\?)?|\)(?:\?(?![?+]))?|[^\\\[()]+")


def _master_pattern(p: dict[str, str]) -> str:
    """One alternation of every form; earlier branches win at the same position."""
    day_num = r"(?<![\d/.+])(?:ال)?(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
    day = rf"(?:(?:the\s+)?{day_num}|(?:the\s+)?{p['ORD']}(?!\w))"
    month_x = rf"{p['MON']}(?!\w)(?:\s*[/\\(\-–]?\s*{p['AMON']}(?!\w)(?:\s*\))?)?"
    adj_mod = rf"(?:{p['MOD']})(?!\w)"
    year_noun = r"(?:(?:ل|ال)?عام|(?:ال)?سنه|of)"
    latin_dot = r"(?:(?<![a-z]{4})(?<=[a-z])\.|(?<=sept)\.)?"  # Jan. Sept.

    def year_tail(g: str) -> str:
        return (
            rf"(?:\s*,?\s*(?:(?:من|of)\s+)?(?:{year_noun}\s*)?(?P<{g}_year>\d{{4}})(?!\d)"
            rf"(?:\s*(?P<{g}_mk>{p['YMK']})(?!\w))?)"
        )

    def mod_tail(g: str) -> str:
        return (
            rf"(?:\s+(?P<{g}_mod>(?:من\s+)?(?:(?:هذا|هذه)\s+(?:العام|السنه)|(?:(?:العام|السنه)\s+)?{adj_mod})"
            rf"|(?:of\s+)?(?:(?:last|this|next)\s+year|this\s+month)(?!\w)))"  # "April last year", "May 2 this month"
        )

    branches = {
        # 5/6/2017, 2017-06-05
        "nu": r"(?<![\d/.\-+])(?:(?P<nu_a>\d{1,2})\s*(?P<nu_s>[/.\-])\s*(?P<nu_b>\d{1,2})\s*(?P=nu_s)\s*"
        r"(?P<nu_y>\d{4}|\d{2})|(?P<nu_iy>\d{4})(?P<nu_is>[/.\-])(?P<nu_im>\d{1,2})(?P=nu_is)(?P<nu_id>\d{1,2}))"
        r"(?!\d|[/.\-]\d)(?:\s*م(?!\w))?",
        # 2017-2019, بين 2017 و2019, from 2017 to 2019
        "yr": rf"(?:(?P<yr_open>{p['OPEN']})\s+)?(?:(?P<yr_n>{p['YN']})\s+)?(?P<yr_y1>\d{{4}})(?!\d)(?:\s*م(?!\w))?"
        # without an opener, two years joined by "and" are two times ("عامي 2005 و2010")
        r"(?(yr_open)|(?!\s*(?:و|and)\s*\d))"
        rf"\s*(?P<yr_conn>{p['CONN']})\s*(?:{year_noun}\s+)?(?P<yr_y2>\d{{4}})(?!\d)(?:\s*(?P<yr_mk>{p['YMK']})(?!\w))?",
        # A day first: 5 يونيو 2017, الخامس من يونيو, 2 January 2017, من 5 إلى 7 يونيو,
        # 15 رمضان 1438 هـ, الثاني من الشهر الجاري, the 2nd of this month
        "dy": rf"(?:(?P<dy_open>{p['OPEN']})\s+)?(?P<dy_d1>{day})"
        rf"(?:\s*(?P<dy_conn>{p['CONN']})\s*(?P<dy_d2>{day_num}))?\s*-?\s*(?:(?:من|of)\s+)?"
        rf"(?:(?:{p['SH']}\s+)?(?:(?P<dy_mon>{month_x}){latin_dot}{year_tail('dy')}?{mod_tail('dy')}?"
        rf"|(?P<dy_hmon>{p['HMON']})(?!\w)"
        rf"(?:\s*,?\s*(?:من\s+)?(?:{year_noun}\s*)?(?P<dy_hyear>\d{{4}})(?!\d)(?:\s*{p['HMK']}(?!\w))?)?)"
        rf"|(?:هذا\s+)?(?P<dy_sh>الشهر)(?!\w)(?:\s+(?P<dy_mod2>{adj_mod}))?"
        rf"|(?P<dy_emod>this|last|next)\s+month(?!\w))",
        # January 2, 2017; Jan. 2; June 5-7, 2017
        "md": rf"(?P<md_mon>{p['EMON']})\.?\s+(?P<md_d1>{day_num})(?:\s*(?:-|–|to|through|and)\s*(?P<md_d2>{day_num}))?"
        rf"(?:,?\s+(?P<md_year>\d{{4}})(?!\d)|{mod_tail('md')})?",  # "April 25 last year"
        # في يونيو 2017, يونيو/حزيران الماضي, منذ أواخر مارس, mid-June, last June
        "mo": rf"(?:(?P<mo_ctx>{p['CTX']})\s+)?(?:(?P<mo_open>{p['OPEN']})\s+)?(?:(?P<mo_q>{p['QUAL']})(?:\s+|\s*-\s*))?(?:(?:of|من)\s+)?"
        rf"(?:(?P<mo_sh>{p['SH']})\s+)?(?P<mo_mon>{month_x}){latin_dot}(?!(?<=[a-z.])\.?\s+{day_num})(?:{year_tail('mo')}|{mod_tail('mo')})?",
        # رمضان 1438, شهر رمضان الماضي
        "hm": rf"(?:(?:{p['CTX']})\s+)?(?:(?P<hm_q>{p['QUAL']})\s+)?(?:(?P<hm_sh>{p['SH']})\s+)?(?P<hm_mon>{p['HMON']})(?!\w)"
        rf"(?:\s*,?\s*(?:من\s+)?(?:{year_noun}\s*)?(?P<hm_year>\d{{4}})(?!\d)(?:\s*(?P<hm_mk>{p['HMK']})(?!\w))?"
        rf"|\s+(?P<hm_mod>(?:من\s+)?(?:هذا\s+العام|العام\s+{adj_mod})|{adj_mod}))?",
        # عام 2017, في 2017, مطلع 2017, mid-2017, 1438هـ, 2017م
        "ye": rf"(?:(?P<ye_ctx>{p['CTX']})\s+)?(?:(?P<ye_q>{p['QUAL']})(?:\s+|\s*-\s*))?"
        rf"(?:(?P<ye_n>{p['YN']})\s*)?(?P<ye_year>\d{{4}})(?!\d|[/.\-]\d)(?:\s*(?P<ye_mk>{p['YMK']})(?!\w))?",
        # منذ ثلاثة أيام, قبل يومين, قبل نحو عام, three days ago; not the day a weekday names
        # (منذ يوم الاثنين: since Monday, read by "wd")
        "ag": rf"(?:(?P<ag_pre>{p['AGO']})\s+(?:(?P<ag_apx>{p['APPROX']})\s+)?(?:(?P<ag_n>\d{{1,3}}|{p['NUM']})\s+)?(?P<ag_u>{p['UNIT']})(?!\w)"
        rf"(?!\s+(?:من|على|عن|ل)(?!\w))(?!\s+(?:{p['WD']})(?!\w))|(?:(?P<ag_eapx>{p['APPROX']})\s+)?(?P<ag_en>\d{{1,3}}|{p['ENUM']})\s+(?P<ag_eu>{p['EUNIT']})\s+ago(?!\w))",
        # اليوم, صباح أمس, أول أمس, yesterday
        "rd": rf"(?:(?P<rd_tod>{p['TOD']})\s+(?:(?:يوم|هذا)\s+)?)?(?:يوم\s+)?(?P<rd_w>{p['REL']})(?!\w)"
        rf"(?:\s+(?:{p['ETOD']})(?!\w))?",
        # الخميس, يوم الأحد الماضي, last Friday
        "wd": rf"(?:(?P<wd_tod>{p['TOD']})\s+)?(?:(?:يوم|ليوم|بيوم)\s+)?(?P<wd_w>{p['WD']})(?!\w)(?:\s+(?P<wd_mod>{adj_mod}))?"
        rf"|(?:(?P<wd_emod>last|next|this|on|past|coming)\s+)?(?P<wd_e>{p['EWD']})(?!\w)(?:\s+(?:{p['ETOD']})(?!\w))?",
        # الشهر الماضي, هذا العام, منتصف الأسبوع المقبل, last week, earlier this month
        "pe": rf"(?:(?P<pe_q>{p['QUAL']})\s+)?(?:(?P<pe_this>{p['THIS']})\s+(?P<pe_u1>{p['PUNIT']})(?!\w)"
        rf"|(?P<pe_u2>{p['PUNIT']})\s+(?P<pe_mod>{adj_mod}))"
        # مطلع الأسبوع, بداية الشهر: the opening of the current period
        rf"|(?P<pe_open>{p['OPENQ']})\s+(?P<pe_u3>{p['PUNIT']})(?!\w)(?!\s*\d)"
        rf"|(?:(?:earlier|later|early|late)\s+)?(?P<pe_emod>last|this|next)\s+(?P<pe_eu>{p['EPUNIT']})(?!\w)"
        # at the start of the month, the beginning of the year: as بداية الشهر
        rf"|(?:the\s+)?(?:start|beginning)\s+of\s+the\s+(?P<pe_eo>{p['EPUNIT']})(?![\w-])(?!\s+(?:of|before|after)(?!\w))"
        # over the weekend, this past weekend: the Saturday and Sunday before publication
        rf"|(?:(?:this\s+)?past|the)\s+(?P<pe_wk>weekend)(?!\w)",
        # الصيف الماضي, الربيع المقبل, last summer, this spring (not "the last fall of the city")
        "se": rf"(?P<se_a>{p['SEASON']})(?!\w)\s+(?P<se_mod>{adj_mod})"
        rf"|(?P<se_emod>last|this|next|past)\s+(?P<se_e>{p['ESEASON']})(?![\w-])(?!\s+of(?!\w))",
    }
    # A match starts a word, or follows a bare و/ف when it starts with a digit (`و5 يونيو`).
    start = r"(?:(?<!\w)|(?<=(?<!\w)[وف])(?=\d))"
    # Cheap first-character guards spare the big word alternations at numbers and vice versa.
    guard = {"nu": r"(?=\d)", "md": r"(?=[a-z])", **dict.fromkeys(("mo", "hm", "rd", "wd", "pe", "se"), r"(?!\d)")}
    return (
        start + "(?:" + "|".join(rf"(?P<{name}>{guard.get(name, '')}{body})" for name, body in branches.items()) + ")"
    )


# --------------------------------------------------------------------------- internal records


class _When(NamedTuple):
    """A resolved point in time; `month`/`day` are 0 below the precision.

    The internal records are named tuples: one is made for every candidate,
    and a tuple is much cheaper to build than a frozen dataclass.
    """

    year: int
    month: int
    day: int
    precision: Precision

    def iso(self) -> str:
        if self.precision == "year":
            return f"{self.year:04d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class _Atom(NamedTuple):
    """One candidate in folded offsets, before merging with its neighbours.

    `when` is None for a day and month whose year waits for a range partner.
    `month_day` keeps a yearless day and month so a range can lend it a year.
    """

    start: int
    end: int
    kind: str  # explicit, hijri, relday, weekday, relative
    when: _When | None
    basis: DateBasis
    end_when: _When | None = None
    year_given: bool = True
    month_day: tuple[int, int] | None = None
    last_week: bool = False  # "last week", «الأسبوع الماضي»: a weekday beside it falls in that week


@dataclass(frozen=True, slots=True)
class _Context:
    folded: FoldedText
    original: str
    published: date | None
    language: str | None
    cal: Calendar


# --------------------------------------------------------------------------- public API


def find_dates(
    text: str,
    published: str | None,
    language: str | None = None,
    *,
    folded: FoldedText | None = None,
    calendar: Calendar | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[TimeMention]:
    """Every time expression in `text`, normalised, sorted by start.

    `published` is `YYYY-MM-DD` or None; relative expressions (and a day and
    month written without a year) are skipped when it is None. Pass `folded`
    when the caller already folded `text`, and `calendar` to use other
    vocabulary than the bundled one. `spans` (sorted, disjoint, in folded
    offsets, with only blanks between them) are the stretches of `folded`
    that hold any text: the rest is not searched.
    """
    if not text:
        return []
    cal = calendar or load_calendar()
    ft = folded if folded is not None and folded.original == text else fold(text)
    lang = (language or "").split("-")[0].split("_")[0].lower() or None  # ar-EG -> ar
    ctx = _Context(ft, text, _parse_iso(published), lang, cal)
    atoms = _scan(ctx, spans if spans is not None and ft is folded else ((0, len(ft.text)),))
    if ctx.language and ctx.language not in ("ar", "en"):
        atoms = _add_foreign(ctx, atoms)
    atoms = _merge_ranges(ctx, _merge_neighbours(ctx, atoms))
    mentions: list[TimeMention] = []
    for atom in atoms:
        if atom.when is None:
            continue
        end, recurring = _recurrence(ctx, atom)
        start, stop = ft.span(_without_conjunction(ctx, atom.start), end)
        while stop < len(text) and not fold_char(text[stop]):  # a trailing tanween or tatweel
            stop += 1
        mentions.append(
            TimeMention(
                start=start,
                end=stop,
                text=text[start:stop],
                value=atom.when.iso(),
                precision=atom.when.precision,
                basis=atom.basis,
                end_value=atom.end_when.iso() if atom.end_when else None,
                recurring=recurring,
            )
        )
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = [m for m in mentions if not (m.precision == "year" and _of_a_document(text, m))]
    mentions = _with_named_days(ctx, mentions)
    mentions = _with_years_of_their_when_clause(text, _with_shared_years(text, _with_joined_years(text, mentions)))
    if ctx.published is not None:
        mentions = _with_recent_spans(ft, ctx.published, mentions)
        if may_hold(case_blind_text(text), _running_days_anchors()):
            mentions = _with_running_days(ft, ctx.published, mentions)
    mentions = _with_same_as_before(text, _with_that_year(text, _with_repeated_days(mentions)), ctx.published)
    mentions = _with_since_then(text, mentions, ctx.published)
    mentions = _with_after_before(text, mentions, ctx.published)
    mentions = with_zone_conversions(text, mentions)
    lowered = case_blind_text(text)
    if may_hold(lowered, _hours_around_anchors()):
        mentions = _with_hours_around(text, mentions, ctx.published)
    if may_hold(lowered, _afterwards_anchors()):
        mentions = _with_afterwards(text, mentions)
    if ensuing_words() and any(w in lowered for w in ensuing_words()):
        mentions = _with_ensuing(text, mentions)
    return mentions


@lru_cache(maxsize=4)
def _document_year(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search, over folded lower-cased text ending with a year, for the year of a numbered
    document (calendar.json `document_years`): a document noun, up to four words, then لسنة
    and the year (القانون رقم 10 لسنة 2016، القرارات ذات الصلة لسنة 2015); a document noun,
    رقم and its number, then لعام and the year; in English a document noun, perhaps No., its
    number, then "of" or a bracket and the year (Law No. 10 of 2016, Resolution 2216 (2015)); the
    number may stand in brackets, as the Gulf agencies write it (الأمر الأميري رقم (1) لسنة 2023)."""
    data = _calendar_data(path)["document_years"]

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(fold_str(w).lower()) for w in sorted(words, key=len, reverse=True))

    noun = r"(?<![^\s\"'«(])[وف]?[بل]?(?:" + alt(data["nouns"]) + r")"
    number = alt(["رقم"]) + r"\s*\(?\d+\)?\s+(?:" + alt(["لعام", "للعام"]) + r")"
    arabic = noun + r"(?:\s+[^\s.،,؛:]+){0,4}?\s+(?:(?:" + alt(data["ar_links"]) + r")|" + number + r")\s*\d{4}"
    english = noun + r"\s+(?:(?:" + alt(data["en_numbers"]) + r")\s*)?\(?\d+\)?\s*(?:of\s+|\()\d{4}"
    return re.compile(r"(?:" + arabic + "|" + english + r")$")


def _of_a_document(text: str, mention: TimeMention) -> bool:
    """Whether a year is written as a numbered document's (`_document_year`): it names the
    law or the resolution, not the time of a deed."""
    return _document_year().search(fold_str(text[max(0, mention.start - 90) : mention.end]).lower()) is not None


@lru_cache(maxsize=4)
def _named_days(path: Path = CALENDAR_PATH) -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """A search for the names of a fixed day of the year (calendar.json `named_days`), in folded text."""
    groups = _calendar_data(path).get("named_days", {})
    day_of = {
        fold_str(name).replace("’", "'"): (int(key[:2]), int(key[3:]))
        for key, names in groups.items()
        for name in names
    }
    words = sorted(day_of, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words) or "(?!)"
    return gated_compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)"), day_of


def _with_named_days(ctx: _Context, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with the name of a fixed day of the year ("on New Year's Eve") read as that
    day and month written without a year (see calendar.json `named_days`)."""
    pattern, day_of = _named_days()
    ft = ctx.folded
    added: list[TimeMention] = []
    for m in pattern.finditer(ft.text):
        month, day = day_of[re.sub(r"\s+", " ", m.group()).replace("’", "'")]
        resolved = _year_for(ctx, month, day, None, False, m.start())
        start, stop = ft.span(m.start(), m.end())
        if resolved is None or any(d.start < stop and start < d.end for d in mentions):
            continue
        year, basis = resolved
        when = _When(year, month, day, "day")
        added.append(TimeMention(start=start, end=stop, text=ctx.original[start:stop], value=when.iso(), precision="day", basis=basis))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda d: (d.start, d.end))


# "in late November that year", "في نوفمبر من العام نفسه": the year told before
_THAT_YEAR_WORDS = r"(?:(?:of\s+)?(?:that|the\s+same)\s+year|من\s+(?:العام|السنة)\s+(?:نفسه|نفسها|ذاته|ذاتها)|من\s+(?:ذلك\s+العام|تلك\s+السنة))(?!\w)"
_THAT_YEAR = LazyPattern(r"\s*,?\s*" + _THAT_YEAR_WORDS)  # right after a month or a day
# "that year" a little after, in the same sentence (also «من نفس العام»)
_THAT_YEAR_AHEAD = LazyPattern(r"[^.!?؟\n]*?(?:" + _THAT_YEAR_WORDS + r"|(?:نفس|ذات)\s+(?:العام|السنة)(?!\w))")
# where one stands in a text: a search that opens with \s* is tried at every position of the
# article, so it looks for the words themselves, and only in a text that has their last word
_THAT_YEAR_FOUND = LazyPattern(_THAT_YEAR_WORDS, compiler=gated_compile)
_NOTHING = LazyPattern(r"")
_THAT_YEAR_LAST_WORDS = ("year", "نفس", "ذات", "ذلك العام", "تلك السنة")


@lru_cache(maxsize=4)
def _that_month(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for "that" before an English month's name ("expelled the ambassadors that
    November"): the month of the year told before (calendar.json `gregorian_months`)."""
    names = [n for forms in _calendar_data(path)["gregorian_months"].values() for n in forms if n.isascii() and len(n) > 3]
    return re.compile(r"(?<![^\W\d_])[Tt]hat\s+(?=(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?![^\W\d_]))")


def _that_month_before(text: str, start: int) -> bool:
    """Whether "that" stands right before the month named at `start`."""
    found = _that_month().search(text, max(0, start - 8))
    return found is not None and found.end() == start


@lru_cache(maxsize=4)
def _next_year_words(path: Path = CALENDAR_PATH) -> str:
    """An alternation of the phrases of the year after the one told before, right after a month
    or a day (calendar.json `next_year_after_month`: of the following year, من العام التالي)."""
    words = _calendar_data(path)["next_year_after_month"]
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _next_year_after() -> re.Pattern[str]:
    """A match, right after a month or a day, of a phrase of the following year."""
    return re.compile(r"\s*,?\s*(?:" + _next_year_words() + r")(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _next_year_found() -> re.Pattern[str]:
    """A search for a phrase of the following year anywhere in a text."""
    return re.compile(r"(?<![^\W\d_])(?:" + _next_year_words() + r")(?![^\W\d_])", re.IGNORECASE)


def _that_year_starts(text: str) -> list[int]:
    months = [m.start() for m in _that_month().finditer(text)] if "hat " in text else []
    months += [m.start() for m in _next_year_found().finditer(text)] if ("التالي" in text or "following" in text or "next" in text) else []
    if not any(w in text for w in _THAT_YEAR_LAST_WORDS):
        return months
    return sorted([*months, *(m.start() for m in _THAT_YEAR_FOUND.finditer(text))])


def _with_that_year(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with a month or a day written without a year and followed by "that year"
    ("In late November that year, security forces killed ...", "في نوفمبر من العام نفسه")
    taking the year of the time expression told before them, not the publication's."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.precision == "year" or m.recurring or m.end_value or _YEAR_NUMBER.search(m.text):
            continue
        that, shift = _THAT_YEAR.match(text, m.end), 0
        if that is None and (that := _next_year_after().match(text, m.end)) is not None:
            shift = 1  # "في مارس من العام التالي", "in March of the following year": the year after
        if that is None and m.precision == "month" and _that_month_before(text, m.start):
            # "that November": the month of the year told before, "that" no part of the expression
            that = _NOTHING.match(text, m.end)
        if that is None:
            continue
        told = [d for d in mentions[:i] if not d.recurring]
        if (
            len(told) > 1
            and _in_a_closed_relative(text, told[-1], m.start)
            # the main clause dated too, before the relative one, in the same sentence
            and not re.search(r"[.!?؟\n]", text[told[-2].end : m.start])
        ):
            # "في مايو 2018 من الاتفاق الذي وقعته إيران عام 2015، وإعادة فرضه عقوبات في نوفمبر من
            # العام نفسه": the year of the main clause, not of the relative one a comma closed
            told = told[:-1]
        prev = told[-1] if told else None
        if prev is None:
            continue
        if out is mentions:
            out = list(mentions)
        # the phrase is part of the expression, so that "the same year" in it is no date of its own
        year = str(int(prev.value[:4]) + shift)
        if shift and m.precision == "day" and not _valid_day(int(year), int(m.value[5:7]), int(m.value[8:10])):
            continue
        out[i] = replace(m, end=that.end(), text=text[m.start : that.end()], value=year + m.value[4:], basis="explicit")
    return out


@lru_cache(maxsize=4)
def _after_before(path: Path = CALENDAR_PATH) -> tuple[HeadedPattern, dict[str, tuple[int, str]]]:
    """The words that date an event days after the date told before them (calendar.json `after_before`)."""
    groups = _calendar_data(path).get("after_before", {})
    # a count of days, or of months as (months, "m")
    shift_of: dict[str, tuple[int, str]] = {}
    for unit, counts in groups.items():
        for count, words in counts.items():
            shift_of.update((w.lower(), (int(count), unit)) for w in words)
    # written as found, lower case or capitalised at a sentence's start (see `_same_as_before`)
    words = sorted({v for w in shift_of for v in (w, w[:1].upper() + w[1:])}, key=len, reverse=True)
    return _word_search(words), shift_of


def _word_search(words: list[str]) -> HeadedPattern:
    """A search for any of `words` (longest first) as written, ending a word; tried only
    where one of them stands, since an alternation of words is slow over a whole article
    (and compiled only when one of them first stands in an article)."""
    return HeadedPattern(LazyPattern(r"(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])"), words)


@lru_cache(maxsize=4)
def _aside_opener(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for a comma and a word opening a relative clause (calendar.json `aside_openers`),
    with no other comma after it: the clause the searched stretch ends in."""
    words = _calendar_data(path).get("aside_openers", [])
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    return re.compile(r"[,،]\s*(?:" + alternatives + r")(?!\w)[^,،.\n]*$", re.IGNORECASE)


def _in_aside(text: str, mention: TimeMention, before: Sequence[TimeMention]) -> bool:
    """Whether `mention` stands in a relative clause set off by a comma (", which began on June
    13") after another date of its sentence (one of `before`): a background date, not the main one."""
    cut = max(text.rfind(".", 0, mention.start), text.rfind("\n", 0, mention.start))
    if not any(d.start > cut and d.end <= mention.start and not d.recurring for d in before):
        return False
    return _aside_opener().search(text[cut + 1 : mention.start]) is not None


_CLAUSE_SENTENCE_END = LazyPattern(r"[.!?؟](?=\s)|\n")


_SINCE = LazyPattern(r"(?<![^\W\d_])(?:since|منذ)(?![^\W\d_])", re.IGNORECASE)
_SINCE_REACH = 150  # characters before a time within which a "since" of its sentence opens its clause


def _in_a_since_clause(text: str, mention: TimeMention, mentions: Sequence[TimeMention] = ()) -> bool:
    """Whether the time is the first one told after "since" or منذ in its sentence ("his first
    visit to the kingdom since Saudi Arabia, the UAE, Bahrain and Egypt imposed a boycott on Qatar
    in June 2017"): the baseline a comparison runs from, no time the story goes on from. A later
    time of the sentence (`mentions`: "in power since 1990, won the election on March 3") is not."""
    lo = max(_sentence_start(text, mention.start), mention.start - _SINCE_REACH)
    found = list(_SINCE.finditer(text, lo, mention.start))
    if not found:
        return False
    since = found[-1]
    return not any(since.end() <= d.start and d.end <= mention.start for d in mentions if d is not mention)


def _no_anchor(text: str, mention: TimeMention, published: date | None) -> bool:
    """Whether a time told before a count of time ("a month later", "بعد ساعات من هذه
    التصريحات") is none the count can run from: a year that names a noun's event ("bound by the
    1991 U.N.-brokered ceasefire"), which dates that event, not the story the text tells, or a
    time still to come at the publication ("أيار/مايو المقبل"), from which no past deed is counted."""
    if published is not None and mention.value[:10] > published.isoformat()[: len(mention.value)]:
        return True
    if mention.precision != "year" or mention.text != mention.value:
        return False
    word = re.match(r"\s+([^\W\d_]+)", text[mention.end : mention.end + 40])
    lead = text[max(0, mention.start - 8) : mention.start]
    return (
        word is not None
        and word.group(1).isascii()
        and word.group(1).lower() not in _CLAUSE_WORDS_AFTER
        and (_THE_BEFORE.search(lead) is not None or _OWNER_BEFORE.search(lead) is not None)
    )


def _anchor_before(
    text: str, mentions: list[TimeMention], at: int, published: date | None = None
) -> TimeMention | None:
    """The time expression "two days later" at `at` counts from: the last one told before it,
    passing over one in a relative clause after a main-clause date of its sentence, unless it
    stands in that sentence too ("..., which led to his resignation on the 4th of that month and
    to a new cabinet the following day"), over one no count runs from (`_no_anchor`), and over one
    in a clause of since of a sentence before (`_in_a_since_clause`): the story goes on from its
    own time, not from the baseline of a comparison, which only its own sentence may count from
    ("منذ اقتحام السفارة في 29 نوفمبر، وهو ما ردت عليه الحكومة في اليوم التالي")."""
    own = _sentence_start(text, at)
    before = [
        d
        for d in mentions
        if d.end <= at
        and not d.recurring
        and not _no_anchor(text, d, published)
        and not (d.end <= own and _in_a_since_clause(text, d, mentions))
    ]
    for i in range(len(before) - 1, -1, -1):
        if not _in_aside(text, before[i], before[:i]) or not _CLAUSE_SENTENCE_END.search(text, before[i].end, at):
            return before[i]
    return None


@lru_cache(maxsize=4)
def _hours_around(path: Path = CALENDAR_PATH) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A search for "hours before the announcement" (calendar.json `hours_around` or
    `hours_around_shifts`, the phrase in group `p1`, then one of `hours_around_nouns` in group `n1`)
    or "the announcement came hours after" (one of `hours_around_came`, the noun in group `n2`, then
    a phrase, in group `p2`), and the endings cut from that noun to find the deed's word told
    before. Between an English phrase and its noun may stand a determiner or a demonstrative
    ("Hours after that speech"), a possessive name
    ("Shortly after Diab's speech") or a pronoun and a form of be ("a day after he was sworn in")."""
    data = _calendar_data(path)
    shifted = [w for words in data.get("hours_around_shifts", {}).values() for w in words]
    words = sorted({*data.get("hours_around", []), *shifted, *data.get("hours_around_loose", [])}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    nouns = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data.get("hours_around_nouns", []), key=len, reverse=True)
    ) or "(?!)"
    came = "|".join(map(re.escape, sorted(data.get("hours_around_came", []), key=len, reverse=True))) or "(?!)"
    between = (
        r"(?:(?:the|his|her|their|its|that|this)\s+"
        r"|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}['’]s\s+"
        r"|(?:he|she|they|it)\s+(?:was|were|had\s+been)\s+)?"
    )
    pattern = re.compile(
        r"(?<!\w)(?:[وف]?(?P<p1>" + alternatives + r")\s+" + between + r"(?:ال)?(?P<n1>" + nouns + r")"
        r"|[وف]?(?:" + came + r")\s+(?:ال)?(?P<n2>" + nouns + r")\s+(?P<p2>" + alternatives + r"))(?!\w)",
        re.IGNORECASE,
    )
    return first_char_gated(pattern), tuple(sorted(data.get("hours_around_noun_endings", []), key=len, reverse=True))


@lru_cache(maxsize=4)
def _hours_around_search(path: Path = CALENDAR_PATH) -> BlindHeadedPattern:
    """`_hours_around` tried only where the first word of one of its phrases or of its words of
    coming (`hours_around_came`) begins a word, perhaps after و or ف: every match begins there."""
    data = _calendar_data(path)
    shifted = [w for words in data.get("hours_around_shifts", {}).values() for w in words]
    phrases = [*data.get("hours_around", []), *shifted, *data.get("hours_around_loose", []), *data.get("hours_around_came", [])]
    firsts = {w.split()[0] for w in phrases if w.split()}
    return BlindHeadedPattern(_hours_around(path)[0], {h for w in firsts for h in (w, "و" + w, "ف" + w)})


@lru_cache(maxsize=4)
def _hours_around_shifts(path: Path = CALENDAR_PATH) -> dict[str, int]:
    """calendar.json `hours_around_shifts`: the days each phrase moves the deed's day by."""
    groups = _calendar_data(path).get("hours_around_shifts", {})
    return {w.lower(): int(days) for days, words in groups.items() for w in words}


def moved_from_its_deed(mention: TimeMention) -> bool:
    """Whether `mention` is a phrase of `hours_around_shifts` or `hours_around_loose` and its deed
    ("one day after he was sworn in", "days after the arrests"): the time it gives is not that deed's own."""
    m = _hours_around()[0].fullmatch(mention.text)
    return m is not None and (_shift_of(m) != 0 or _loose(m))


_LOOSE_AFTER = LazyPattern(r"(?<![^\W\d_])(?:after|بعد)(?![^\W\d_])", re.IGNORECASE)
_RECENT_WEEK = timedelta(days=7)


@lru_cache(maxsize=4)
def _hours_around_loose(path: Path = CALENDAR_PATH) -> frozenset[str]:
    """calendar.json `hours_around_loose`: the phrases that give the month of the deed's day."""
    return frozenset(w.lower() for w in _calendar_data(path).get("hours_around_loose", ()))


def _loose(m: re.Match[str]) -> bool:
    """Whether the phrase of `m` (a match of `_hours_around`) puts its event an uncounted few days
    from the deed ("days after the arrests"): the deed's month, not its day."""
    return re.sub(r"\s+", " ", (m.group("p1") or m.group("p2") or "").lower()) in _hours_around_loose()


def _shift_of(m: re.Match[str]) -> int:
    """The days the phrase of `m` (a match of `_hours_around`) moves the deed's day by."""
    phrase = re.sub(r"\s+", " ", (m.group("p1") or m.group("p2") or "").lower())
    return _hours_around_shifts().get(phrase, 0)


@lru_cache(maxsize=4)
def _hours_around_anchors(path: Path = CALENDAR_PATH) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase of calendar.json `hours_around`: a text holding none of them in
    full has no match of `_hours_around`."""
    data = _calendar_data(path)
    shifted = [w for words in data.get("hours_around_shifts", {}).values() for w in words]
    return anchor_words([*data.get("hours_around", []), *shifted, *data.get("hours_around_loose", [])])


@lru_cache(maxsize=4)
def _deed_words(path: Path = CALENDAR_PATH) -> dict[str, tuple[str, ...]]:
    """calendar.json `hours_around_deed_words`: the word starts naming each noun's deed."""
    return {k: tuple(v) for k, v in _calendar_data(path).get("hours_around_deed_words", {}).items()}


def _stem(noun: str, endings: tuple[str, ...]) -> str:
    """`noun` without the first of `endings` it ends in, kept at four letters or more."""
    low = noun.lower()
    for ending in endings:
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return low


def _deed_search(m: re.Match[str], endings: tuple[str, ...]) -> re.Pattern[str]:
    """A search for the words naming the deed of the noun of `m` (a match of `_hours_around`):
    its `hours_around_deed_words` after an optional conjunction or article, else its stem."""
    noun = re.sub(r"\s+", " ", m.group("n1") or m.group("n2"))
    starts = _deed_words().get(noun) or _deed_words().get(noun.lower())
    if not starts:
        # an Arabic noun named again with its article or a conjunction (منذ الانقلاب, وللانقلاب)
        return re.compile(r"(?<!\w)(?:[وف]?(?:[بلك]?ال|لل))?" + _marks_between(_stem(noun, endings)) + r"\w*", re.IGNORECASE)
    return re.compile(r"(?<!\w)[وف]?(?:ال)?(?:" + "|".join(map(_marks_between, starts)) + r")\w*", re.IGNORECASE)


def _marks_between(word: str) -> str:
    """`word` escaped for a search that lets Arabic short vowels and tatweel stand after each
    letter ("أُعلن عنه" for أعلن)."""
    return "[\u064b-\u0652\u0640]*".join(map(re.escape, word))


def _ends_a_sentence(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends a sentence: not one of a word cut short ("Feb. 14",
    "U.S.", "Gen.") nor a decimal point ("$1.3 billion")."""
    if 0 < dot < len(text) - 1 and text[dot - 1].isdigit() and text[dot + 1].isdigit():
        return False
    return not is_abbreviation_point(text, dot)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins: past the last full stop or line end before it."""
    line = text.rfind("\n", 0, at)
    dot = text.rfind(".", 0, at)
    while dot > line and not _ends_a_sentence(text, dot):
        dot = text.rfind(".", 0, dot)
    return max(dot, line) + 1


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding `at` ends: at the first full stop or line end from it."""
    line = text.find("\n", at)
    line = len(text) if line < 0 else line
    dot = text.find(".", at, line)
    while dot >= 0 and not _ends_a_sentence(text, dot):
        dot = text.find(".", dot + 1, line)
    return line if dot < 0 else dot


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The stretch between the full stops or line ends around `at`."""
    return _sentence_start(text, at), _sentence_end(text, at)


def _named_after(text: str, deed: re.Pattern[str], m: re.Match[str]) -> list[re.Match[str]]:
    """The words naming the deed in the sentences after the one of `m`, first first."""
    return list(deed.finditer(text, _sentence_around(text, m.start())[1]))


# the noun a deed's noun takes after it ("the announcement of the truce", «إعلان الهدنة»): what was announced
_DEED_TOPIC = LazyPattern(r"\s+(?:of\s+(?:the\s+|a\s+|an\s+)?([^\W\d_]{3,})|(ال[^\W\d_]{2,}))", re.IGNORECASE)


def _names_the_topic(text: str, found: re.Match[str], topic: str | None) -> bool:
    """Whether the sentence of `found`, a word of the deed, names `topic` too, or a word that
    names the same deed (calendar.json `hours_around_deed_words`: وقف إطلاق النار for الهدنة);
    any sentence does, with no topic."""
    if topic is None:
        return True
    lo, hi = _sentence_start(text, found.start()), _sentence_end(text, found.end())
    names = _calendar_data().get("hours_around_deed_words", {}).get(topic.lower(), [topic])
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in {topic, *names})
    return re.search(r"(?<![^\W\d_])(?:[وفبل]?ال|لل)?(?:" + alternatives + ")", text[lo:hi], re.IGNORECASE) is not None


def _day_of_deed(
    text: str,
    mentions: list[TimeMention],
    deed: re.Pattern[str],
    before: int,
    after: Sequence[re.Match[str]] = (),
    topic: str | None = None,
) -> TimeMention | None:
    """The day told in the last sentence before `before` that names the deed (a match of `deed`:
    "announced earlier on Tuesday" for "the announcement"), the one nearest that word; when no
    sentence before names it, in the first of the sentences after it (`after`: the deed's words
    there) that tells one. With a `topic`, the noun the deed's noun takes ("the announcement of
    the truce"), only the sentences that name it too name that deed."""
    # with a topic ("the announcement of the truce"), only the words of the deed whose sentence names it
    told_before = [f for f in deed.finditer(text[:before]) if _names_the_topic(text, f, topic)]
    after = [f for f in after if _names_the_topic(text, f, topic)]
    # a deed told before with no day of its own is not the later sentence's deed of that word
    for found in reversed(told_before) if told_before else after:
        lo, hi = _sentence_start(text, found.start()), _sentence_end(text, found.end())
        days = [d for d in mentions if lo <= d.start and d.end <= hi and d.precision == "day" and not d.recurring]
        if days:
            day = min(days, key=lambda d: abs(d.start - found.start()))
            return _counted_back_to_the_deed(text, day, found.start())
    return None


def _counted_back_to_the_deed(text: str, day: TimeMention, deed_at: int) -> TimeMention:
    """The day of the deed named at `deed_at`, when the day nearest it is another deed's, counted
    from it by a phrase of `hours_around_shifts` between them ("attacked checkpoints on Wednesday,
    a day after security forces raided the camp", "الأربعاء، غداة اقتحام قوات الأمن المخيم"): that
    day moved back by the phrase's days, the raid's Tuesday; `day` itself otherwise."""
    if day.end > deed_at or deed_at - day.end > 80:
        return day
    gap = text[day.end : deed_at]
    if any(ch in gap for ch in ".;؛\n"):
        return day
    shifts = _hours_around_shifts()
    for phrase, days in sorted(shifts.items(), key=lambda kv: len(kv[0]), reverse=True):
        at = re.search(r"(?<!\w)" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?!\w)", gap, re.IGNORECASE)
        if at is not None and days and len(gap[at.end() :].split()) <= 4:
            value = (date.fromisoformat(day.value[:10]) - timedelta(days=days)).isoformat()
            return replace(day, value=value, end_value=None)
    return day


def hours_around_deeds(text: str) -> list[int]:
    """Where the deed that "Hours before the announcement" counts from is last named before it
    in `text` ("announced earlier on Tuesday"): its sentence must be read for dates too."""
    if not may_hold(case_blind_text(text), _hours_around_anchors()):
        return []
    endings = _hours_around()[1]
    found = []
    for m in _hours_around_search().finditer(text):
        deed = _deed_search(m, endings)
        topic = _topic_of(text, m)
        named = [w.start() for w in deed.finditer(text[: m.start()]) if _names_the_topic(text, w, topic)]
        found.extend(named[-1:] or [w.start() for w in _named_after(text, deed, m) if _names_the_topic(text, w, topic)])
    return found


def _topic_of(text: str, m: re.Match[str]) -> str | None:
    """The noun the deed's noun at the end of `m` takes after it ("of the truce", «الهدنة»), bare."""
    about = _DEED_TOPIC.match(text, m.end())
    return (about.group(1) or about.group(2)[2:]) if about is not None else None


def _with_hours_around(text: str, mentions: list[TimeMention], published: date | None = None) -> list[TimeMention]:
    """The mentions, with "Hours before the announcement" dated the day of the sentence told
    before that names the deed (see `_day_of_deed`), when none of the mentions covers it. "Days
    after" a day of the week before `published` reaches the publication: the article's own news."""
    endings = _hours_around()[1]
    added: list[TimeMention] = []
    for m in _hours_around_search().finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in mentions):
            continue
        deed = _deed_search(m, endings)
        # a deed told only later dates an event whose sentence tells no day of its own
        lo, hi = _sentence_around(text, m.start())
        own_day = any(lo <= d.start and d.end <= hi and d.precision == "day" for d in mentions)
        topic = _topic_of(text, m)
        day = _day_of_deed(text, mentions, deed, m.start(), () if own_day else _named_after(text, deed, m), topic)
        if day is not None:
            basis = "relative" if day.basis == "publication" else day.basis
            value = day.value
            precision = day.precision
            if (shift := _shift_of(m)) and day.precision == "day":
                value = (date.fromisoformat(value) + timedelta(days=shift)).isoformat()
            if _loose(m):
                if (
                    published is not None
                    and day.precision == "day"
                    and _LOOSE_AFTER.search(m.group())
                    and published - date.fromisoformat(day.value) <= _RECENT_WEEK
                ):
                    continue
                value, precision = value[:7], "month"
            added.append(
                replace(day, start=m.start(), end=m.end(), text=m.group(), value=value, precision=precision, basis=basis, end_value=None)
            )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda d: (d.start, d.end))


@lru_cache(maxsize=4)
def _afterwards(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for "soon afterwards" (calendar.json `afterwards`) ending its clause."""
    words = sorted(_calendar_data(path).get("afterwards", []), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<![^\W\d_])(?:" + alternatives + r")(?=\s*(?:[,.;:،؛]|$))", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=4)
def _afterwards_anchors(path: Path = CALENDAR_PATH) -> tuple[tuple[str, ...], ...]:
    """The words of each phrase of calendar.json `afterwards`: a text holding none of them in
    full has no match of `_afterwards`."""
    return anchor_words(_calendar_data(path).get("afterwards", []))


def _with_afterwards(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with "soon afterwards" after a word of its sentence dated by the year of the
    time expression told before it (see calendar.json `afterwards`)."""
    added: list[TimeMention] = []
    for m in _afterwards().finditer(text):
        head = text[: m.start()].rstrip()
        if not head or head[-1] in ".\n!?،,:;؛" or any(d.start < m.end() and m.start() < d.end for d in mentions):
            continue
        prev = next((d for d in reversed(mentions) if d.end <= m.start() and not d.recurring), None)
        if prev is not None:
            added.append(replace(prev, start=m.start(), end=m.end(), text=m.group(), value=prev.value[:4], precision="year", end_value=None))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda d: (d.start, d.end))


@lru_cache(maxsize=4)
def ensuing_words(path: Path = CALENDAR_PATH) -> tuple[str, ...]:
    """calendar.json `ensuing`, in lower case."""
    return tuple(w.lower() for w in _calendar_data(path).get("ensuing", ()))


@lru_cache(maxsize=4)
def _ensuing(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for an adjective of `ensuing` before a noun of `ensuing_nouns`, perhaps past one
    word: "ensuing offensive", "subsequent Israeli offensive"."""
    words = "|".join(map(re.escape, ensuing_words(path))) or "(?!)"
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_calendar_data(path).get("ensuing_nouns", ()), key=len, reverse=True)) or "(?!)"
    return re.compile(
        r"(?<![^\W\d_])(?:" + words + r")(?=\s+(?:[^\W\d_]+\s+)?(?:" + nouns + r")(?![^\W\d_]))", re.IGNORECASE
    )


def _with_ensuing(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with "ensuing" before a noun of a war or a campaign dated by the month (or
    the year) of the last time expression told before it in its sentence or the one before (see
    calendar.json `ensuing`): the deed followed the one told with that time. Not when its own
    sentence tells a time after it, the deed's own."""
    added: list[TimeMention] = []
    for m in _ensuing().finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in mentions):
            continue
        own = _sentence_start(text, m.start())
        lo = _sentence_start(text, own - 1) if own > 0 else 0
        prev = next(
            (d for d in reversed(mentions) if lo <= d.start and d.end <= m.start() and not d.recurring and d.value),
            None,
        )
        if prev is None or prev.precision not in ("day", "month", "year"):
            continue
        if any(m.end() <= d.start < _sentence_end(text, m.end()) and not d.recurring for d in mentions):
            continue  # "Israel's subsequent air strikes on Gaza killed 10 people on Tuesday": its own day
        precision = "year" if prev.precision == "year" else "month"
        value = prev.value[:4] if precision == "year" else prev.value[:7]
        added.append(replace(prev, start=m.start(), end=m.end(), text=m.group(), value=value, precision=precision, end_value=None))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda d: (d.start, d.end))


def _afterwards_matches(text: str) -> Iterable[re.Match[str]]:
    """The matches of `_afterwards` in `text`, searched only when it holds all the words of one."""
    if not may_hold(case_blind_text(text), _afterwards_anchors()):
        return ()
    return _afterwards().finditer(text)


def _word_start(text: str, i: int) -> bool:
    """Whether a word begins at `i`, perhaps after the conjunction و or ف ("وفي اليوم التالي")."""
    if i and text[i - 1] in "وف":
        i -= 1
    return not (i and text[i - 1].isalpha())


def _with_after_before(text: str, mentions: list[TimeMention], published: date | None = None) -> list[TimeMention]:
    """The mentions, with "the following day", "a week later", "في اليوم التالي" dated so many
    days after (or "a day earlier", "قبل ذلك بيومين" before) the day told before them (none after
    a coarser time expression), and "the previous month", "a month later" the month before or
    after the one told before them; "the following year", "في العام التالي" the year after the
    one told before them (a year itself or finer). A day counted forward from a past day to one after
    `published` dates nothing: the article cannot tell it as done."""
    if not mentions:
        return mentions
    pattern, shift_of = _after_before()
    added: list[TimeMention] = []
    dropped: list[TimeMention] = []
    found = [(m, *shift_of[m.group().lower()]) for m in pattern.finditer(text)]
    # "وقبل استقالته بيوم واحد"، "بعد الاستفتاء بأسبوعين": a count of days after the noun of a deed
    found += [(m, count, "noun_days") for m in _COUNTED_AFTER_A_NOUN.finditer(text) if (count := _noun_count(m)) is not None]
    for m, count, unit in sorted(found, key=lambda f: f[0].start()):
        if not _word_start(text, m.start()):
            continue
        start = m.start()
        over = [d for d in mentions if d.start < m.end() and m.start() < d.end]
        if over:
            # "صباح اليوم التالي": a part of the day read with its head as today's, not the day after
            if not all(d.basis == "relative" and d.start < m.start() < d.end < m.end() for d in over):
                continue
            start = min(d.start for d in over)
        if text[m.end() : m.end() + 2].lstrip().startswith("ل"):
            continue  # "اليوم التالي للحرب": the day after the war, a time of its own
        if _COUNTED_FROM_ANOTHER.match(text, m.end()) and m.group().lower().endswith(("before", "earlier")):
            continue  # "the day before the vote", "a week earlier than planned": counted from another time
        if m.group().startswith("بعد ") and "ذلك" not in m.group() and BARE_COUNT_OF_ANOTHER.match(text, m.end()):
            continue  # "بعد يومين من اندلاع الأزمة", "بعد أسبوع هو الأكثر دموية": counted from a deed, or a time of its own
        # a count may run from the time another count gave ("resigned six days later. A day before
        # his resignation ...")
        told = sorted([*(d for d in mentions if d not in dropped), *added], key=lambda d: (d.start, d.end)) if added else mentions
        if unit == "noun_days":
            # counted from the deed the noun names: the day told nearest its earlier telling
            prev, unit = _day_of_the_told_noun(text, told, m), "days"
        else:
            prev = _anchor_before(text, told, start, published)
        if prev is None or (prev.precision == "year" and unit != "years") or (unit in ("days", "some_days") and prev.precision not in ("day", "month")):
            continue
        if unit == "some_days":
            # "inked a pact on March 2. Sisi flew to Khartoum days later": within that month, as far as
            # the text tells; not the publication's month, nor after a sentence of two times, where
            # the story's own day may be meant
            if (published is not None and prev.value[:7] == published.isoformat()[:7]) or _among_two_times(text, mentions, prev):
                continue
            if prev.precision == "day" and (
                (count > 0 and int(prev.value[8:10]) > _LATEST_DAY_FOR_DAYS_LATER)
                or (count < 0 and int(prev.value[8:10]) < _EARLIEST_DAY_FOR_DAYS_EARLIER)
            ):
                continue  # "on March 30 ... days later", "on March 1 ... days earlier": maybe another month
            value, precision = prev.value[:7], "month"
        elif unit == "days" and prev.precision == "month":
            # "signed in February; two weeks later ...": a few days from a month told without its day
            # fall within it as far as the text tells; more name nothing
            if abs(count) > _DAYS_WITHIN_A_MONTH:
                continue
            value, precision = prev.value[:7], "month"
        elif unit == "days":
            day = date.fromisoformat(prev.value[:10]) + timedelta(days=count)
            if published is not None and date.fromisoformat(prev.value[:10]) <= published < day:
                continue
            value, precision = day.isoformat(), "day"
        elif unit == "years":
            # "the following year", "في العام التالي": the year of the time told before, moved;
            # none past the publication's, which the article cannot tell as done
            year = int(prev.value[:4]) + count
            if published is not None and int(prev.value[:4]) <= published.year < year:
                continue
            value, precision = f"{year:04d}", "year"
        else:
            months = int(prev.value[:4]) * 12 + int(prev.value[5:7]) - 1 + count
            value, precision = f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
        basis = "relative" if prev.basis == "publication" else prev.basis
        dropped.extend(over)
        added.append(
            replace(prev, start=start, end=m.end(), text=text[start : m.end()], value=value, precision=precision, basis=basis, end_value=None)
        )
    if not added:
        return mentions
    return sorted([*(d for d in mentions if d not in dropped), *added], key=lambda d: (d.start, d.end))


# "قبل استقالته بيوم واحد"، "بعد الاستفتاء بأسبوعين": before or after the one noun of a deed (with
# its pronoun or article, not ذلك, which calendar.json `after_before` holds), by a count of days
# written with ب; the count runs from the day of that deed's earlier telling
_COUNTED_AFTER_A_NOUN = LazyPattern(
    r"(?<![^\W\d_])[وف]?(?P<way>قبل|بعد)\s+(?!ذلك|ذاك|هذا|هذه|تلك|(?:ال)?(?:ظهر|عصر|مغرب|فجر|منتصف|منتصفه)(?![^\W\d_]))(?P<noun>(?:ال)?[^\W\d_]{3,})\s+ب(?P<count>يوم(?:\s+واحد)?|يومين"
    r"|(?:ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)\s+[أا]يام|أسبوع(?:\s+واحد)?|اسبوع|أسبوعين|اسبوعين)(?![^\W\d_])"
)
_NOUN_COUNTS = {
    "يوم": 1, "يومين": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9,
    "عشرة": 10, "أسبوع": 7, "اسبوع": 7, "أسبوعين": 14, "اسبوعين": 14,
}  # fmt: skip


def _noun_stems(noun: str) -> list[str]:
    """The stems an earlier telling of the deed a noun names may share with it: the noun bare of
    its article, its pronoun and its feminine ending (استقالته: استقال), and that less the long
    vowel of a verbal noun before its last letter (انسحاب: انسحب)."""
    stem = re.sub(r"^ال", "", noun)
    stem = re.sub(r"(?:هما|هم|ها|ه)$", "", stem)
    stem = re.sub(r"[تة]$", "", stem)
    stems = [stem]
    if len(stem) >= 5 and stem[-2] == "ا":
        stems.append(stem[:-2] + stem[-1])
    return [x for x in stems if len(x) >= 3]


def _day_of_the_told_noun(text: str, told: Sequence[TimeMention], m: re.Match[str]) -> TimeMention | None:
    """The day of the deed the noun of a count (`_COUNTED_AFTER_A_NOUN`) names, told before it:
    the day nearest the last earlier word that shares the noun's stem, in that word's sentence
    ("استقال بعد ستة أيام. وقبل استقالته بيوم واحد": six days later); None when no earlier word
    tells the deed (قبل رمضان بأسبوع) or its sentence gives no day."""
    stems = _noun_stems(m.group("noun"))
    if not stems:
        return None
    word = r"(?<![^\W\d_])[وفبلك]?(?:ال|لل)?(?:" + "|".join(map(re.escape, stems)) + r")"
    earlier = list(re.finditer(word, text[: m.start()]))
    if not earlier:
        return None
    at = earlier[-1].start()
    lo, hi = _sentence_start(text, at), _sentence_end(text, at)
    days = [d for d in told if lo <= d.start and d.end <= hi and d.precision == "day" and not d.recurring]
    # the word's own day stands after it in its clause ("وانسحب منها بعد ستة أيام"), else the nearest
    own = [d for d in days if d.start > at and not any(ch in text[at : d.start] for ch in ",،;؛")]
    return own[0] if own else (min(days, key=lambda d: abs(d.start - at)) if days else None)


def counts_from_a_noun(time_text: str) -> bool:
    """Whether a time expression counts days from the noun of a deed it holds ("وقبل استقالته بيوم
    واحد"): that noun names the deed told before, no event of the time counted."""
    return _COUNTED_AFTER_A_NOUN.fullmatch(time_text) is not None


def _noun_count(m: re.Match[str]) -> int | None:
    """The days a match of `_COUNTED_AFTER_A_NOUN` counts, negative before the deed."""
    days = _NOUN_COUNTS.get(m.group("count").split()[0])
    if days is None:
        return None
    return -days if m.group("way") == "قبل" else days


# the last day of a month after which "days later" may fall in the next one, and the first before
# which "days earlier" may fall in the last one
_LATEST_DAY_FOR_DAYS_LATER = 20
_EARLIEST_DAY_FOR_DAYS_EARLIER = 11
# the end of a sentence: a mark of its end before a capital or an Arabic letter, or a line's end
# (not the dot of "Jan. 3" or of "the U.S. envoy")
_SENTENCE_END_BEFORE = LazyPattern(r"[.!?؟](?=\s+[A-Z\u0600-\u06FF])|\n")


def _among_two_times(text: str, mentions: list[TimeMention], prev: TimeMention) -> bool:
    """Whether the sentence of `prev` names another time before it ("on Jan. 3 and on Feb. 14")."""
    return any(
        d is not prev and d.end <= prev.start and _SENTENCE_END_BEFORE.search(text, d.end, prev.start) is None for d in mentions
    )


# the most days counted from a month told without its day that still date an event in that month
_DAYS_WITHIN_A_MONTH = 14
# what follows "the day before" (any word) or "a week earlier" ("than") when it counts from a
# time of its own ("the day before the vote", "a week earlier than planned"), not the day told before
_COUNTED_FROM_ANOTHER = LazyPattern(r"(?:(?<=before)|(?<=earlier)(?=[ \t]+than\b))[ \t]+[^\W\d_]", re.IGNORECASE)
# what follows a bare Arabic count after بعد ("بعد يومين") when it counts from a deed ("من اندلاع
# الأزمة", "على توقيع") or names a time of its own ("هو الأكثر دموية"), perhaps after فقط or واحد
BARE_COUNT_OF_ANOTHER = LazyPattern(r"\s*(?:(?:فقط|واحد|كامل)\s+)?(?:من|على|عن|هو|هي)(?![^\W\d_])")


# a second year joined to a year by "and" (in 2018 and 2019, في 2011 و2018), perhaps after
# "again" (in 2011 and again in 2018): a bare number, yet a time of its own; not one before
# a plural noun, which it counts (in 2018 and 2000 soldiers), nor the end of a span opened before
_JOINED_YEAR = LazyPattern(
    r"\s*(?:and|&|و)\s*(?:(?:again|once\s+more|مجددا|مرة\s+أخرى)\s+)?(?:(?:in|during|في|خلال|عام)\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d|['’]?s(?![^\W\d_]))",
    re.IGNORECASE,
)
# a year after a comma in a list of years ("in 1999, 2002 and 2009"), kept once the list ends with "and"
_LISTED_YEAR = LazyPattern(
    r"\s*[,،]\s*(?:(?:and|&|و)\s*)?(?:(?:in|during|في|خلال|عام)\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d|['’]?s(?![^\W\d_]))",
    re.IGNORECASE,
)
_AND_JOIN = LazyPattern(r"\band\b|&|و", re.IGNORECASE)
_NEXT_WORD = LazyPattern(r"\s+([^\W\d_]+)")
# English words that may follow a year that closes its phrase (in 2018 and 2019 when ...)
_CLAUSE_WORDS_AFTER = frozenset(
    ["and", "or", "but", "when", "as", "after", "before", "in", "on", "at", "with", "while", "whereas", "respectively", "to", "for", "by", "until", "amid"]
)


def _names_or_counts(text: str, end: int) -> bool:
    """Whether the word right after a bare year makes it a noun's attribute or a count (the
    2018 and 2019 election, 2000 soldiers, و2000 شخص)."""
    found = _NEXT_WORD.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    if word.isascii():
        return word[0].islower() and word.lower() not in _CLAUSE_WORDS_AFTER
    key = _key(word)
    key = key[2:] if key.startswith("ال") else key
    cal = load_calendar()
    return key in cal.count_nouns or (len(key) >= 4 and key.endswith("ا") and key not in cal.count_tail_exceptions)


# a month joined by "and" (و) to a month with its year: "in February and March 2023", "في فبراير
# ومارس 2023": the year is written once for both
_SHARED_YEAR_JOIN = LazyPattern(r"\s*(?:and|or|&|و|أو)\s*", re.IGNORECASE)
_WRITTEN_YEAR = LazyPattern(r"(?:19|20)\d\d$")


def _with_shared_years(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with a month written without its year and joined by "and" (و) to a month
    written with one (`_SHARED_YEAR_JOIN`) given that year (the year before, for a later month
    of the calendar: "December and January 2024")."""
    out = list(mentions)
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        if m.precision != "month" or m.recurring or m.end_value or any(c.isdigit() for c in m.text):
            continue
        if nxt.precision != "month" or nxt.recurring or nxt.end_value or not _WRITTEN_YEAR.search(nxt.text):
            continue
        joined = _SHARED_YEAR_JOIN.match(text, m.end)
        if joined is None or joined.end() != nxt.start:
            continue
        year = int(nxt.value[:4]) - (1 if m.value[5:7] > nxt.value[5:7] else 0)
        out[i] = replace(m, value=f"{year}-{m.value[5:7]}", basis="explicit")
    return out


@lru_cache(maxsize=4)
def _when_clause_after_a_year(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A match, right after a year, of a comma and a word opening a clause of time (calendar.json
    `when_clause_openers`), then the clause up to where a time of it may stand, with no comma: a
    clause joined after one tells another deed."""
    words = sorted(_calendar_data(path).get("when_clause_openers", ()), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words)) or "(?!)"
    # (a comma of thousands, "5,000 fighters", ends no clause)
    return re.compile(
        r"\s*[,،]\s*(?:" + alternatives + r")(?![^\W\d_])(?:[^.!?؟\n;؛,،]|(?<=\d),(?=\d{3}(?!\d))){0,200}$", re.IGNORECASE
    )


def _with_years_of_their_when_clause(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with a month or a day written without its year in a clause of "when" opened
    right after a year told alone given that year ("since 2014, when an armed alliance seized
    Tripoli in August": August 2014, not the August before the publication)."""
    out = mentions
    for i, m in enumerate(mentions[1:], 1):
        prev = mentions[i - 1]
        if m.precision not in ("month", "day") or m.basis != "explicit" or m.recurring or m.end_value:
            continue
        if prev.precision != "year" or prev.basis != "explicit" or prev.end_value or prev.recurring:
            continue
        if _YEAR_NUMBER.search(m.text) or not _when_clause_after_a_year().match(text, prev.end, m.start):
            continue
        year = int(prev.value[:4])
        if m.precision == "day" and not _valid_day(year, int(m.value[5:7]), int(m.value[8:10])):
            continue
        if out is mentions:
            out = list(mentions)
        out[i] = replace(m, value=f"{year}{m.value[4:]}")
    return out


def _with_joined_years(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with a bare year joined by "and" (و) to a year told right before it
    (`_JOINED_YEAR`) added as a year of its own, and so each year of a longer list ("in 1999,
    2002 and 2009", "في 1999 و2002 و2009") whose last year is joined by "and"."""
    starts = {m.start for m in mentions}
    added: list[TimeMention] = []
    for m in mentions:
        if m.precision != "year" or m.end_value or m.recurring or not _YEAR_NUMBER.search(m.text[-4:]):
            continue
        listed, seen, at = [], {m.value}, m.end
        while (joined := _JOINED_YEAR.match(text, at) or _LISTED_YEAR.match(text, at)) is not None:
            year = joined.group("year")
            if joined.start("year") in starts or _names_or_counts(text, joined.end()) or not _year_ok(int(year)) or year in seen:
                break
            listed.append((joined, _AND_JOIN.search(joined.group(), 0, joined.start("year") - joined.start()) is not None))
            seen.add(year)
            at = joined.end()
        while listed and not listed[-1][1]:
            listed.pop()  # "in 2018, 2000 soldiers ...": a list of years ends with "and"
        added.extend(
            TimeMention(j.start("year"), j.end("year"), j.group("year"), j.group("year"), "year", "explicit") for j, _ in listed
        )
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


@lru_cache(maxsize=4)
def _recent_spans(path: Path = CALENDAR_PATH) -> tuple[re.Pattern[str], dict[str, int], dict[str, str]]:
    """A search for a phrase of a short stretch up to the publication (calendar.json
    `recent_spans`, its unit the name of the group that matched), and by unit the days to count
    back and the precision to date at."""
    raw = _calendar_data(path)
    groups = [
        f"(?P<{unit}>"
        + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted({fold_str(p) for p in phrases}, key=len, reverse=True))
        + ")"
        for unit, phrases in raw.get("recent_spans", {}).items()
    ]
    # tried only where a phrase can begin: the search runs over every article
    pattern = gated_compile(r"(?<![^\W\d_])[وف]?(?:" + "|".join(groups or ["(?!)"]) + r")(?![^\W\d_])", re.IGNORECASE)
    return pattern, raw.get("recent_span_back", {}), raw.get("recent_span_precision", {})


def is_recent_span(mention: TimeMention) -> bool:
    """Whether the mention is a phrase of a short stretch up to the publication ("in recent weeks",
    "قبل أسابيع"): a time too vague to stand before a catalogued event's own day within it."""
    pattern = _recent_spans()[0]
    return pattern.fullmatch(fold_str(mention.text)) is not None


def _with_recent_spans(ft: FoldedText, published: date, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with each phrase of a short stretch up to the publication ("in recent weeks",
    "في الأشهر الأخيرة") that no mention covers added, dated at its unit's precision (a month, a
    year) counted its unit's days back from the publication: the deed told in it took place then."""
    pattern, back, precisions = _recent_spans()
    text = ft.original
    added: list[TimeMention] = []
    for m in pattern.finditer(ft.text):
        unit = m.lastgroup or ""
        start, end = ft.span(m.start(unit), m.end())
        if any(x.start < end and start < x.end for x in mentions):
            continue
        precision = precisions.get(unit, "month")
        day = published - timedelta(days=int(back.get(unit, 0)))
        value = day.isoformat()[: 4 if precision == "year" else 7]
        added.append(TimeMention(start, end, text[start:end], value, precision, "relative"))  # type: ignore[arg-type]
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


@lru_cache(maxsize=4)
def _running_days(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search, in folded text, for a day counted in a run of days up to the publication
    (calendar.json `running_days`: "لليوم الثالث على التوالي", "for a third straight day")."""
    raw = _calendar_data(path)
    spec = raw.get("running_days", {})

    def alt(words: Iterable[str]) -> str:
        folded = sorted({fold_str(w).lower() for w in words}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded) or "(?!)"

    ordinals = [w for n, words in raw["ordinals"].items() if int(n) > 1 for w in words]
    arabic = [w for w in ordinals if _ARABIC_LETTER.search(w)]
    latin = [w for w in ordinals if not _ARABIC_LETTER.search(w)]
    openers = spec.get("openers", ())
    ar_open = alt(w for w in openers if _ARABIC_LETTER.search(w))
    en_open = alt(w for w in openers if not _ARABIC_LETTER.search(w))
    after = spec.get("after", ())
    ar_after = alt(w for w in after if _ARABIC_LETTER.search(w))
    en_after = alt(w for w in after if not _ARABIC_LETTER.search(w))
    arabic_run = rf"[وف]?(?:{ar_open})\s+(?:{alt(arabic)}|ال\s*\d{{1,3}})(?:\s+(?:{ar_after}))?"
    latin_run = (
        rf"(?:{en_open})\s+(?:{alt(latin)}|\d{{1,3}}(?:st|nd|rd|th))(?:\s+(?:{alt(spec.get('qualifiers', ()))}))?"
        rf"\s+(?:{alt(spec.get('days', ()))})(?:\s+(?:{en_after}))?"
    )
    return re.compile(rf"(?<![^\W\d_])(?:{arabic_run}|{latin_run})(?![^\W\d_])", re.IGNORECASE)


_ARABIC_LETTER = LazyPattern(r"[\u0600-\u06ff]")


@lru_cache(maxsize=4)
def _running_days_anchors(path: Path = CALENDAR_PATH) -> tuple[tuple[str, ...], ...]:
    """Words one of which every run of days holds: the Arabic openers and the English days."""
    spec = _calendar_data(path).get("running_days", {})
    return anchor_words([*(w for w in spec.get("openers", ()) if _ARABIC_LETTER.search(w)), *spec.get("days", ())])


_SENTENCE_BREAK = LazyPattern(r"[.!?؟\n]")


def _with_running_days(ft: FoldedText, published: date, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with each day counted in a run of days up to the publication ("الاحتجاجات
    مستمرة لليوم الثالث على التوالي", "protests continued for a third straight day") added as
    the publication's day, when no other time expression stands in its sentence: the deed went
    on that day. A sentence that dates itself ("on Friday, for the third day") keeps its date."""
    text = ft.original
    added: list[TimeMention] = []
    for m in _running_days().finditer(ft.text):
        start, end = ft.span(m.start(), m.end())
        if text[start] in "وف" and text.startswith("لل", start + 1):
            start += 1  # the conjunction before the phrase is not the time's
        low = max((b.end() for b in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
        stop = _SENTENCE_BREAK.search(text, end)
        high = stop.start() if stop else len(text)
        if any(x.start < high and low < x.end for x in mentions):
            continue
        added.append(TimeMention(start, end, text[start:end], published.isoformat(), "day", "relative"))
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


def _with_repeated_days(mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with a day and month written without a year that repeat a day and month
    written before with one ("since April 15, 2023 ... The fighting erupted in Khartoum on
    April 15") taking that year rather than the publication's: the day told again."""
    told: dict[str, str] = {}
    out = mentions
    for i, m in enumerate(mentions):
        if m.precision != "day" or m.basis != "explicit" or m.end_value or m.recurring:
            continue
        if _YEAR_NUMBER.search(m.text):
            told[m.value[5:]] = m.value[:4]
            continue
        year = told.get(m.value[5:])
        if year is not None and year != m.value[:4]:
            if out is mentions:
                out = list(mentions)
            out[i] = replace(m, value=year + m.value[4:])
    return out


_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


@lru_cache(maxsize=4)
def _same_as_before(path: Path = CALENDAR_PATH) -> tuple[HeadedPattern, dict[str, str]]:
    """The words that take the date told before them (calendar.json `same_as_before`)."""
    groups = _calendar_data(path).get("same_as_before", {})
    unit_of = {w.lower(): unit for unit, words in groups.items() for w in words}
    # written as found (lower case, or capitalised at a sentence's start): a case-blind
    # alternation, or one that opens with a look-behind, scans a whole article several times slower
    words = sorted({v for w in unit_of for v in (w, w[:1].upper() + w[1:])}, key=len, reverse=True)
    return _word_search(words), unit_of


def names_the_gathering_told(mention: TimeMention) -> bool:
    """Whether `mention` is a phrase of `same_as_before` that names a gathering told before ("في
    الاجتماع نفسه", "at the same meeting"): an event word inside it takes that gathering up again,
    and the day it gives is no new deed's of that word."""
    return mention.text.lower() in _same_as_before()[1]


@lru_cache(maxsize=4)
def _same_day_of_a_span(path: Path = CALENDAR_PATH) -> frozenset[str]:
    """The words of the same day that take the last day of a span told before them
    (calendar.json `same_day_of_a_span`)."""
    return frozenset(w.lower() for w in _calendar_data(path).get("same_day_of_a_span", ()))


@lru_cache(maxsize=4)
def _same_as_before_not_before(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A match, right after such words, of one that makes them name another time ("at the time
    of the vote"; calendar.json `same_as_before_not_before`)."""
    words = _calendar_data(path).get("same_as_before_not_before", [])
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    return re.compile(r"\s+(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=2)
def _same_as_before_matches(text: str) -> tuple[re.Match[str], ...]:
    """The matches of `_same_as_before` that begin a word, perhaps after و or ف ("وقبل ذلك بساعات"),
    and are not followed by a word that makes them name another time ("at the time of"). Kept for
    the last texts: the sentences to read are chosen by two steps that each ask for one article's."""
    other = _same_as_before_not_before()
    return tuple(
        m
        for m in _same_as_before()[0].finditer(text)
        if _word_start(text, m.start()) and other.match(text, m.end()) is None
    )


# a demonstrative closing a count of time ("بعد ساعات من هذه", "hours after these"), and the noun
# after it that takes up a noun told before ("بعد ساعات من هذه التصريحات", "hours after these remarks")
_POINTING_END = LazyPattern(r"(?:هذه|هذا|تلك|ذلك|هاتين|هذين|these|this|those|that)\Z", re.IGNORECASE)
_POINTED_NOUN = LazyPattern(r"\s+(?:ال)?([^\W\d_]{3,})")
_TOLD_END = LazyPattern(r"[.!?؟](?=\s)|\n")


def _antecedent(text: str, m: re.Match[str]) -> int | None:
    """Where the noun taken up by a demonstrative noun phrase closing the count `m` ("بعد ساعات من
    هذه التصريحات", "hours after these remarks") was last told before it: the deed counted from
    is the one told there, and its time is the one the count runs from. None when `m` ends in no
    demonstrative followed by a noun, or the noun was not told before."""
    if _POINTING_END.search(m.group()) is None:
        return None
    noun = _POINTED_NOUN.match(text, m.end())
    if noun is None:
        return None
    told = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال|لل)?" + re.escape(noun.group(1)) + r"(?![^\W\d_])", re.IGNORECASE)
    found = list(told.finditer(text, 0, m.start()))
    return found[-1].start() if found else None


def pointed_back_positions(text: str) -> list[int]:
    """Where the nouns taken up by counts of time from a demonstrative noun phrase ("بعد ساعات من
    هذه التصريحات") were told: their sentences must be read for dates too."""
    found = (_antecedent(text, m) for m in _same_as_before_matches(text))
    return [at for at in found if at is not None]


def same_as_before_starts(text: str) -> list[int]:
    """Where "the same month", "later that year", "في الشهر نفسه", "the following day", "a week
    later", "November that year", "since then" stand in `text`: each takes the time expression told before
    it, so the sentence before must be read for dates too."""
    return sorted(
        [
            *(m.start() for m in _same_as_before_matches(text)),
            *(m.start() for m in _after_before()[0].finditer(text)),
            *(m.start() for m in _afterwards_matches(text)),
            *(m.start() for m in _since_then().finditer(text)),
            *_that_year_starts(text),
        ]
    )


@lru_cache(maxsize=4)
def _closing_aside(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for a comma and a word opening a relative clause that runs, with no other
    comma, to the end of the searched stretch (calendar.json `same_as_before_asides`)."""
    words = _calendar_data(path).get("same_as_before_asides", [])
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    return re.compile(r"[,،]\s*[وف]?(?:" + alternatives + r")(?!\w)[^,،.\n]*$", re.IGNORECASE)


def _in_closing_aside(text: str, mention: TimeMention, at: int) -> bool:
    """Whether `mention` stands in a relative clause closing a sentence told before `at`
    (", where security forces killed dozens on 30 September."): a background date."""
    stop = max(text.find(".", mention.end, at), text.find("\n", mention.end, at))
    if stop < 0:
        return False
    cut = max(text.rfind(".", 0, mention.start), text.rfind("\n", 0, mention.start))
    if _closing_aside().search(text, cut + 1, mention.start) is None:
        return False
    # the clause runs on to the sentence's end
    return re.search(r"[,،]", text[mention.end : stop]) is None


# a relative word opening a clause with no comma before it ("الاتفاق الذي وقعته إيران عام 2015")
_RELATIVE_OPENER = LazyPattern(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين|which|that)\s[^,،.\n]*$", re.IGNORECASE)


def _in_a_closed_relative(text: str, mention: TimeMention, at: int) -> bool:
    """Whether `mention` stands in a relative clause of a sentence, with no comma between its
    relative word and it, that a comma closes before `at` in the same sentence: the time of a
    noun described ("the deal Iran signed in 2015"), not of the clause the text goes on with."""
    between = text[mention.end : at]
    # closed by a comma and و or "and" that go on with the main clause («، وإعادة فرضه»), not by a
    # relative word that goes on with the clause (", which led the Security Council to ...")
    if re.search(r"[.!?؟\n]", between) or not re.search(r"[,،]\s*(?:و|and\s)", between):
        return False
    return _RELATIVE_OPENER.search(text, max(0, mention.start - 80), mention.start) is not None


# the end of a sentence, with the marks and spaces that follow it
_SENTENCE_ENDS = LazyPattern(r"(?:[.!?؟](?=\s)|\n)[\s.!?؟]*")


def _told_near(text: str, told_end: int, at: int) -> bool:
    """Whether a time ending at `told_end` stands in the sentence of `at` or the one right before."""
    return len(_SENTENCE_ENDS.findall(text, told_end, at)) <= 1


# a time of its own right after a word of the time told before ("آنذاك في يناير"): only a preposition between
_OWN_TIME_NEXT = LazyPattern(r"\s*(?:في|on|in|during)?\s*", re.IGNORECASE)
# or later in the same clause, past a few words and a preposition ("آنذاك مولود جاووش أوغلو القاهرة في")
_OWN_TIME_LATER = LazyPattern(r"(?:\s+[^\s,،.;؛:!?؟()]+){1,6}\s+(?:في|on|in|during)\s+", re.IGNORECASE)


@lru_cache(maxsize=4)
def _day_of_month_before(path: Path = CALENDAR_PATH) -> tuple[re.Pattern[str], dict[str, int]]:
    """A search for a day of the month, a number or an ordinal (calendar.json `ordinals`), with
    "of"/من after it, ending the searched stretch: the day of "that month" right after it."""
    groups = _calendar_data(path)["ordinals"]
    day_of: dict[str, int] = {}
    for value, words in groups.items():
        for word in words:
            day_of[word.lower()] = int(value)
            day_of[re.sub("[أإآ]", "ا", word)] = int(value)
    words = "|".join(map(re.escape, sorted(day_of, key=len, reverse=True)))
    pattern = re.compile(
        r"(?<![\w.,،/-])(?:(?:the\s+)?(?P<n>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:the\s+)?(?P<w>" + words + r"))"
        r"\s+(?:of|من)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
    return pattern, day_of


# a week named as the one told before ("the same week", "في الأسبوع نفسه"), dated to its month
_WEEK_WORD = re.compile(r"week|أسبوع", re.IGNORECASE)


def _week_spans_two_months(day: str, phrase: str) -> bool:
    """Whether the days of the week named after a day (ISO) may fall in another month: the six
    days after it for a later time of that week, the six before for an earlier one, both else
    (weeks start on another day in each region)."""
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return True
    lowered = phrase.lower()
    after = "earlier" not in lowered and "سابق" not in lowered
    before = "later" not in lowered and "لاحق" not in lowered
    return (after and (d + timedelta(days=6)).month != d.month) or (before and (d - timedelta(days=6)).month != d.month)


def _day_before_month_word(text: str, at: int) -> tuple[int, int] | None:
    """Where a day of the month stands right before the words of "that month" at `at` ("on the
    4th of that month", "في 13 من الشهر نفسه"), and which day; None when none does."""
    pattern, day_of = _day_of_month_before()
    found = pattern.search(text, max(0, at - 40), at)
    if found is None:
        return None
    day = int(found.group("n")) if found.group("n") else day_of.get(found.group("w").lower())
    return (found.start(), day) if day else None


# a value of the calendar written as ISO (2020, 2020-03, 2020-03-10), which sorts as text
_ISO_VALUE = re.compile(r"\d{4}(?:-\d\d){0,2}$")


def _with_same_as_before(text: str, mentions: list[TimeMention], published: date | None = None) -> list[TimeMention]:
    """The mentions, with "the same month", "later that year", "في الشهر نفسه" dated by the
    time expression told before them, cut to their unit (none when that one is coarser); "hours
    later" counts from the last time told before it that a count can run from (`_no_anchor`)."""
    if not mentions:
        return mentions
    unit_of = _same_as_before()[1]
    added: list[TimeMention] = []
    dropped: list[TimeMention] = []
    for m in _same_as_before_matches(text):
        start = m.start()
        over = [d for d in mentions if d.start < m.end() and m.start() < d.end]
        if over:
            # "وفي مساء اليوم نفسه", "في السادس من الشهر نفسه": a part of the day or a day of the
            # month read with its head as today's or this month's, not the same day or month; "في
            # نهاية اليوم": the day read inside the phrase, the day told before
            if not all(
                d.basis == "relative" and (d.start < m.start() < d.end < m.end() or m.start() < d.start < d.end <= m.end())
                for d in over
            ):
                continue
            start = min(m.start(), *(d.start for d in over))
        unit = unit_of[m.group().lower()]
        day_first = _day_before_month_word(text, start) if unit == "month" and not over else None
        if day_first is not None:  # "on the 4th of that month", "في الرابع من ذلك الشهر"
            start = day_first[0]
        # a day of this month read in "the 6th of the same month" told before is no time of its own
        told = [*(d for d in mentions if d not in dropped), *added]
        before = [d for d in told if d.end <= start and not d.recurring and not _in_closing_aside(text, d, start)]
        if published is not None and unit in ("day", "day_near"):
            # "وبدء مفاوضات في العاشر من مارس. وفي اليوم نفسه، زار ...", told on March 1: the day of
            # a deed done, not one still to come that a deal sets
            before = [d for d in before if not _ISO_VALUE.match(d.value or "") or d.value[:10] <= published.isoformat()]
        if unit == "as_told":
            before = [d for d in before if not _no_anchor(text, d, published)]
            if _POINTING_END.search(m.group()) is not None and _POINTED_NOUN.match(text, m.end()) is not None:
                # "بعد ساعات من هذه التصريحات": from the time of the sentence that told those statements
                at = _antecedent(text, m)
                told_end = _TOLD_END.search(text, at) if at is not None else None
                before = [d for d in before if told_end is not None and d.end <= told_end.start()]
        if not before:
            if unit in ("day", "day_near"):
                # "مساء اليوم نفسه" with no time told before it: the same day as a deed the text
                # dates otherwise (events/assemble/same_day_deeds.py), not this evening
                dropped.extend(over)
            continue
        prev = max(before, key=lambda d: (d.end, d.start))
        if unit == "day_near":  # "في نهاية اليوم": the end of the day told in this sentence or the one before
            if not _told_near(text, prev.end, start):
                continue
            unit = "day"
        if unit == "as_told_near":  # "at the time": the time told in this sentence or the one before
            if any(
                _OWN_TIME_NEXT.fullmatch(text, m.end(), d.start) or _OWN_TIME_LATER.fullmatch(text, m.end(), d.start)
                for d in mentions
                if d.start >= m.end()
            ):
                # "ولي العهد آنذاك في يناير 2023", "وزار وزير الخارجية التركي آنذاك مولود جاووش أوغلو
                # القاهرة في مارس": the then crown prince or minister; the deed's time follows in its clause
                continue
            if not _told_near(text, prev.end, start):
                continue
            unit = "as_told"
        if unit == "as_told":  # "hours later": the time told before, at its own precision
            unit = prev.precision
        if _PRECISION_RANK[prev.precision] < _PRECISION_RANK[unit]:
            continue
        if (
            _WEEK_WORD.search(m.group())
            and prev.precision == "day"
            # "في وقت لاحق من الأسبوع نفسه": the word of later may stand before the phrase
            and _week_spans_two_months(prev.value, text[max(0, m.start() - 16) : m.end()])
        ):
            continue  # "later that week", after Sunday, April 30: its month is not known
        cut = {"year": 4, "month": 7, "day": 10}[unit]
        value = prev.value[:cut]
        if unit == "day" and prev.end_value and len(prev.end_value) >= 10 and m.group().lower() in _same_day_of_a_span():
            # "من 29 مارس إلى 7 أبريل ... مساء اليوم نفسه": the last day told, where the span ends
            value = prev.end_value[:cut]
        day = f"-{day_first[1]:02d}" if day_first is not None else None
        if unit == "month" and len(over) == 1 and over[0].precision == "day":
            day = over[0].value[7:10]
        if day is not None:
            # "في السادس من الشهر نفسه", "on the 4th of that month": that day of the month told before
            value, unit = value + day, "day"
            try:
                date.fromisoformat(value)
            except ValueError:
                continue
        dropped.extend(over)
        added.append(
            TimeMention(
                start=start,
                end=m.end(),
                text=text[start : m.end()],
                value=value,
                precision=unit,  # type: ignore[arg-type]
                basis=prev.basis,
                end_value=None,
                recurring=False,
            )
        )
    if not added and not dropped:
        return mentions
    return sorted([*(d for d in mentions if d not in dropped), *added], key=lambda d: (d.start, d.end))


@lru_cache(maxsize=4)
def _since_then(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search for since or منذ (perhaps after و or ف) and a phrase that takes up the time told
    before (calendar.json `since_then`), the phrase in the group `then`."""
    rules = _calendar_data(path).get("since_then", {})
    since = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules.get("since", ()), key=len, reverse=True))
    then = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules.get("then", ()), key=len, reverse=True))
    if not since or not then:
        return re.compile("(?!)")
    return re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + since + r")\s+(?P<then>" + then + r")(?![^\W\d_])", re.IGNORECASE
    )


def since_then_at(text: str, at: int) -> bool:
    """Whether a phrase that takes up the time told before ("then", "ذلك الحين") follows since or
    منذ from `at` on, past spaces only: a time of the calendar, the onset of a deed going on."""
    return any(
        m.start("then") >= at and not text[at : m.start("then")].strip()
        for m in _since_then().finditer(text, max(0, at - 16), at + 24)
    )


# a relative word in the clause before a time: the time of a deed describing a name ("قطاع غزة الذي
# تنفرد حماس بإدارته منذ عام 2007", "the region, which it has held since 2014"), not the story's own
_RELATIVE_IN_CLAUSE = LazyPattern(r"(?<![^\W\d_])[وف]?(?:الذي|التي|الذين|اللذين|اللتين|which|who|whom|where)(?![^\W\d_])", re.IGNORECASE)
_CLAUSE_MARK = LazyPattern(r"[.,;:!?،؛\n]")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins: right after the last mark of punctuation before it."""
    marks = list(_CLAUSE_MARK.finditer(text, max(0, at - 200), at))
    return marks[-1].end() if marks else max(0, at - 200)


# what stands before a phrase that opens its sentence or clause: the start, a mark, or a conjunction
_CLAUSE_OPENING = LazyPattern(r"(?:\A|[.!?؟\n,،;؛:]|(?<![^\W\d_])(?:and|but|so))\s*\Z", re.IGNORECASE)


def _opens_its_clause(text: str, m: re.Match[str]) -> bool:
    """Whether "since then" at `m` opens its sentence or clause ("Since then, ...", "ومنذ ذلك
    الحين يشن ..."): a setting of the deeds told after it, each at a time of its own after then."""
    return m.group()[:1] in "وف" or _CLAUSE_OPENING.search(text, max(0, m.start() - 6), m.start()) is not None


def _with_since_then(text: str, mentions: list[TimeMention], published: date | None = None) -> list[TimeMention]:
    """The mentions, with "since then", "منذ ذلك الحين" dated by the time told last before them in
    their sentence or the one right before it, at its precision (the words after since only, so
    that a comparison before since still reads as one); a time no count runs from (`_no_anchor`),
    or one in a relative clause (of a name described, not the story told), is none they take up.
    Not a "since then" that opens its clause, a setting of the deeds told after it."""
    if not mentions or ("منذ" not in text and "since" not in text.lower()):
        return mentions
    added: list[TimeMention] = []
    for m in _since_then().finditer(text):
        start, end = m.start("then"), m.end("then")
        if _opens_its_clause(text, m):
            continue  # "Since then, artillery has struck ...": deeds told after that time, not at it
        if any(d.start < end and start < d.end for d in mentions):
            continue
        if any(_OWN_TIME_NEXT.fullmatch(text, end, d.start) for d in mentions if d.start >= end):
            continue  # "since that day in March": the time that follows is the one meant
        before = [
            d
            for d in mentions
            if d.end <= m.start()
            and not d.recurring
            and not _no_anchor(text, d, published)
            and not _in_closing_aside(text, d, m.start())
            and _RELATIVE_IN_CLAUSE.search(text, _clause_start(text, d.start), d.start) is None
        ]
        if not before:
            continue
        prev = max(before, key=lambda d: (d.end, d.start))
        if not _told_near(text, prev.end, m.start()):
            continue  # told further back: no longer the time the text is speaking of
        added.append(replace(prev, start=start, end=end, text=text[start:end], end_value=None))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda d: (d.start, d.end))


def estimate_published(text: str) -> str | None:
    """A publication date guessed from the article's own explicit dates.

    The latest explicit day date; failing that, the last day of the latest
    explicit month; None when the text writes neither.
    """
    mentions = [m for m in find_dates(text, None) if m.basis == "explicit" and not m.recurring]
    values = [v for m in mentions for v in (m.value, m.end_value) if v]
    days = [v for v in values if len(v) == 10]
    if days:
        return max(days)
    months = [v for v in values if len(v) == 7]
    if months:
        year, month = (int(part) for part in max(months).split("-"))
        return date(year, month, gregorian.monthrange(year, month)[1]).isoformat()
    return None


# --------------------------------------------------------------------------- scanning


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        parsed = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return parsed if _year_ok(parsed.year) else None


_TOKEN = LazyPattern(r"[^\W_]+")
_LETTERS = LazyPattern(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")
# What may stand before an Arabic anchor word: [وف]?[بكل]?(?:ال)? or [وف]?لل, every form spelled out.
_PROCLITICS = frozenset(
    [c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل") for a in ("", "ال")] + ["لل", "ولل", "فلل"]
)
_LOOKBACK = 6  # words a time expression may hold before its anchor word
_WINDOW = 64  # characters first read back from an anchor to find those words


def _scan(ctx: _Context, spans: Sequence[tuple[int, int]]) -> list[_Atom]:
    """Candidates left to right.

    Trying the full pattern at every word would be slow, so it is tried only
    at words that can start a time expression, up to a few words before an
    anchor (a number, or a month, weekday, relative word or unit found by one
    Aho-Corasick pass). A rejected candidate lets the next start try again.
    """
    text = ctx.folded.text
    cal = ctx.cal
    pattern = cal.pattern
    atoms: list[_Atom] = []
    pos = 0
    tried: set[int] = set()
    for word_start, end in _anchors(cal, text, spans):
        if end <= pos:
            continue
        for start in _starts(cal, text, word_start):
            if start < pos or start in tried:
                continue
            tried.add(start)
            m = pattern.match(text, start)
            atom = _interpret(ctx, m) if m is not None else None
            if atom is not None:
                atoms.append(atom)
                pos = max(m.end(), start + 1)
                break
    return atoms


def _anchors(cal: Calendar, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(word start, end) of every number and anchor word within `spans`, in text order."""
    found: set[tuple[int, int]] = set()
    size = len(text)
    automaton = cal.anchors
    for last, (length, latin) in chain.from_iterable(automaton.iter(text, s, e) for s, e in spans):
        end = last + 1
        if end < size and text[end].isalnum():
            continue
        start = word = end - length
        while word > 0 and text[word - 1].isalnum():
            word -= 1
        if word < start and (latin or text[word:start] not in _PROCLITICS):
            continue
        found.add((word, end))
    digits = _DIGITS.finditer
    for m in chain.from_iterable(digits(text, s, e) for s, e in spans):
        word = m.start()
        if word > 0 and text[word - 1] in "وف" and (word == 1 or not text[word - 2].isalnum()):
            word -= 1
        found.add((word, m.end()))
    return sorted(found)


def _starts(cal: Calendar, text: str, anchor: int) -> list[int]:
    """Where an expression holding the word at `anchor` may start, leftmost first."""
    starters = cal.starters
    out: list[int] = []
    end = anchor
    whole = text[anchor - 1 : anchor + 1].isalnum()  # a number inside a word (`abc2017`): judge the whole word
    for word in _words_before(text, anchor):
        # Words are runs of letters and digits with only other characters between them,
        # so the last occurrence before the next word is the word itself.
        end = text.rfind(word, 0, end)
        if whole:
            word = _TOKEN.match(text, end).group()  # type: ignore[union-attr]
            whole = False
        if _can_start(starters, word):
            out.append(end)
    out.reverse()
    out.append(anchor)
    if text[anchor] in "وف" and anchor + 1 < len(text) and text[anchor + 1].isdigit():  # و5 يونيو
        out.append(anchor + 1)
    return out


def _words_before(text: str, anchor: int) -> list[str]:
    """The last `_LOOKBACK` words that start before `anchor`, the last first (it may be cut at `anchor`).

    Only a window before the anchor is read, widened until it holds enough
    words or reaches a word boundary, rather than splitting the whole text;
    it is split at white space, and only a piece holding punctuation is split
    again into words.
    """
    reach = _WINDOW
    while True:
        low = max(0, anchor - reach)
        pieces = text[low:anchor].split()
        tail = pieces[-_LOOKBACK - 1 :]
        if "".join(tail).isalnum():  # the usual case: every piece is one word
            words = tail[::-1]
        else:
            words = []
            for piece in reversed(pieces):
                if piece.isalnum():
                    words.append(piece)
                else:
                    words += reversed(_TOKEN.findall(piece))
                if len(words) > _LOOKBACK:
                    break
        # The first word may be cut by the window; it is left out unless it starts the text or a word.
        if len(words) > _LOOKBACK or low == 0 or not text[low - 1].isalnum():
            del words[_LOOKBACK:]
            return words
        reach *= 2


@lru_cache(maxsize=8192)
def _can_start(starters: frozenset[str], token: str) -> bool:
    """Whether an expression may begin with this word: a number, or a known word. Cached: words recur."""
    return not token.isalpha() or _known(starters, token)


def _known(words: frozenset[str], token: str) -> bool:
    """`token` is in `words`, perhaps behind proclitics (وفي, بالأمس, للعام)."""
    if token in words:
        return True
    if token[0] in "وف" and len(token) > 2:
        token = token[1:]
        if token in words:
            return True
    if token.startswith("لل") and len(token) > 3:
        return "ال" + token[2:] in words
    return token[0] in "بكل" and len(token) > 2 and token[1:] in words


def _interpret(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    kind = m.lastgroup
    handler = _HANDLERS.get(kind or "")
    if handler is None:
        return None
    return handler(ctx, m)


def _without_conjunction(ctx: _Context, start: int) -> int:
    """Leave a leading و/ف out of the span (`ومنتصف 2016` -> `منتصف 2016`)."""
    text = ctx.folded.text
    if start >= len(text) or text[start] not in "وف":
        return start
    end = start
    while end < len(text) and text[end].isalnum():
        end += 1
    word, rest = text[start:end], text[start + 1 : end]
    if rest.isdigit():
        return start + 1
    if word in ctx.cal.words:
        return start
    return start + 1 if rest in ctx.cal.words or _strip_clitics(rest) in ctx.cal.words else start


def _start_after_lead(ctx: _Context, m: re.Match[str]) -> int:
    """Start of the span without a leading preposition (في, منذ, in, since...)."""
    lead = ctx.cal.lead.match(m.group(0))
    return m.start() + (lead.end() if lead else 0)


def _strip_clitics(word: str) -> str:
    """A word without و ف and without ب ك ل before its article (`وبالأمس` -> `الامس`)."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if word.startswith("لل") and len(word) > 3:
        return "ال" + word[2:]
    if len(word) > 4 and word[0] in "بكل" and word[1:3] == "ال":
        return word[1:]
    return word


def _variants(key: str) -> Iterable[str]:
    yield key
    if len(key) > 1 and key[0] in "وف":
        yield key[1:]
    yield _strip_clitics(key)


def _lookup(table: dict[str, T], phrase: str) -> T | None:
    """`table[phrase]`, trying the phrase without its proclitics too."""
    for variant in _variants(_norm(phrase)):
        if variant in table:
            return table[variant]
    return None


@lru_cache(maxsize=8192)
def _has(words: frozenset[str], word: str) -> bool:
    """Whether `word` is in `words`, with or without its proclitics and article. Cached: words recur."""
    if not word:
        return False
    forms = {word, _strip_clitics(word), _strip_article(_strip_clitics(word))}
    if len(word) > 3 and word[0] in "وفبلك":
        forms.add(word[1:])
        if word[1] in "بلك" and len(word) > 4:
            forms.add(word[2:])
    return not forms.isdisjoint(words)


_COORDINATORS = frozenset({"و", "and", "&", ",", "،"})
_COORDINATED_SPAN = 4  # words of the other days and months of a coordination: «8 آذار و», "and March 14"


def _is_day_or_month(ctx: _Context, word: str) -> bool:
    """A day number (8, 14th) or a month name, of a coordination of dates."""
    return bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", word)) or bool(_months(ctx, word))


def _coordinated_head(ctx: _Context, start: int) -> str:
    """The word before the days coordinated ahead of the date at `start` («قوى 8 و14 آذار»،
    «حركتي 20 فبراير و15 مارس»: the head word that names them all); "" when none is."""
    words = re.findall(r"[^\s،,]+|[،,]", ctx.folded.text[max(0, start - 120) : start])
    if not words or words[-1] not in _COORDINATORS:
        return ""
    words.pop()
    skipped = 0
    while words and skipped < _COORDINATED_SPAN and _is_day_or_month(ctx, words[-1]):
        words.pop()
        skipped += 1
    return words[-1] if words and skipped else ""


def _named_by_tail(ctx: _Context, end: int) -> bool:
    """Whether an English noun right after the date, or after the dates coordinated with it
    ("the April 6 movement", "the March 8 and March 14 alliances"), makes it a name; the noun
    singular or plural (the 8 and 14 March camps)."""
    words = re.findall(r"[^\s،,]+|[،,]", ctx.folded.text[end : end + 120])
    i = 0
    if words and words[0] in _COORDINATORS:
        i = 1
        while i < len(words) and i <= _COORDINATED_SPAN and _is_day_or_month(ctx, words[i]):
            i += 1
        if i == 1:
            return False
    if i >= len(words):
        return False
    word = re.sub(r"\W+$", "", words[i])
    tails = ctx.cal.named_date_tails
    return _has(tails, word) or (word.endswith("s") and _has(tails, word[:-1]))


def _names_the_date(ctx: _Context, start: int) -> bool:
    """Whether the noun right before a day and month with no year, or before the days
    coordinated ahead of it, makes them a name (ثورة 25 يناير، جمعة 28 يناير، قوى 8 و14
    آذار); not a weekday with its article, which the date follows in apposition (يوم الجمعة
    16 يونيو: that Friday, 16 June)."""
    word = _previous_word(ctx, start, strip=False)  # _has strips its clitics: not the ف of فريق
    if not _has(ctx.cal.named_date_heads, word):
        word = _coordinated_head(ctx, start)
    if not word or not _has(ctx.cal.named_date_heads, word):
        return False
    bare = _strip_clitics(word)
    return not (bare.startswith("ال") and _lookup(ctx.cal.weekdays, bare) is not None)


def _prayer_of_a_day(ctx: _Context, start: int, end: int) -> bool:
    """Whether the weekly prayer right before the weekday at `start`..`end` follows a word of
    time (عقب صلاة الجمعة، بعد خطبة الجمعة): the prayer of the day a deed was done, that day.
    Not when the sentence before the prayer, or the prayer's own clause after the weekday, tells
    a time of its own (`_time_of_its_own`), which dates the deed; nor with a phrase of every week
    there (عقب صلاة الجمعة من كل أسبوع، كل جمعة)."""
    text = ctx.folded.text
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    if not _has(ctx.cal.prayer_day_openers, _previous_word(ctx, i)):
        return False
    lo = _last_stop(ctx, max(0, start - 300), start) + 1
    stop = _SENTENCE_END.search(text, end)
    hi = stop.start() if stop is not None else len(text)
    comma = re.search(r"[,،؛;]", text[end:hi])
    # the sentence up to the prayer, and the prayer's own clause after the weekday
    before, after = text[lo:i], text[end : end + comma.start() if comma else hi]
    if any(_time_of_its_own(ctx, part) for part in (before, after)):
        return False  # «في 28 يناير 2011، خرج آلاف المصريين عقب صلاة الجمعة»: the sentence's own time
    sentence = before + " " + after
    padded = " " + " ".join(sentence.split()) + " "
    return not any(" " + phrase + " " in padded for phrase in ctx.cal.prayer_day_weekly)


_WRITTEN_YEAR_AR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _time_of_its_own(ctx: _Context, part: str) -> bool:
    """Whether `part` (folded text) tells a time of its own: a written year, a month's name, a
    day told from now (أمس، اليوم) or a month or period with a word of last, this or next
    («الشهر الماضي»); not a count («قتل 3 أشخاص») nor «السابق» of a former office."""
    if _WRITTEN_YEAR_AR.search(part) or ctx.cal.reckoned_ar.search(part):
        return True
    words = [_strip_clitics(w) for w in re.findall(r"\w+", part)]
    return any(_lookup(ctx.cal.months, w) is not None or _lookup(ctx.cal.relative_days, w) is not None for w in words)


def _previous_word(ctx: _Context, start: int, strip: bool = True) -> str:
    """The word right before `start` when only spaces separate them, clitics stripped (or not)."""
    text = ctx.folded.text
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    if i <= j:
        return ""
    return _strip_clitics(text[j:i]) if strip else text[j:i]


def _object_follows(ctx: _Context, end: int, word: str) -> bool:
    """Whether a number or a word follows `word`, the token right after `end`: the word is a verb
    with an object ("2020 killed 20 soldiers"), not the noun of a count ("2020 killed.")."""
    text = ctx.folded.text
    after = text.find(word, end) + len(word)
    nxt = _next_token(ctx, after)
    return bool(nxt) and (nxt[0].isdigit() or (nxt[0].isalpha() and nxt.lower() not in ("and", "or", "in", "on", "at")))


def _feast_head(ctx: _Context, start: int) -> bool:
    """Whether the capitalised English word right before a weekday at `start` makes it a
    feast's or a day's name (Palm Sunday, Good Friday, Bloody Sunday)."""
    word = _previous_word(ctx, start, strip=False)
    if word.lower() not in ctx.cal.feast_heads:
        return False
    at = ctx.folded.to_original(ctx.folded.text.rindex(word, 0, start))
    return ctx.original[at].isupper()


_MONTH_OR_YEAR_LINKS = frozenset({"in", "of", "on", "that", "this", "last", "في", "من", "عام", "سنة", "شهر"})


def _word_end_after(ctx: _Context, end: int) -> int:
    """The end of the word right after `end` (past spaces), or `end` with none."""
    text = ctx.folded.text
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    j = i
    while j < len(text) and text[j].isalnum():
        j += 1
    return j if j > i else end


# the words before a feast's name told as the day of a deed: "on Good Friday", "what activists
# called Bloody Monday"
_FEAST_DAY_OPENERS = frozenset({"on", "called", "dubbed"})


def _feast_told_as_a_day(ctx: _Context, start: int, end: int) -> bool:
    """Whether an English feast's name (Good Friday at `start`..`end`, its head word before) is
    told as the day a deed was done: right after "on" or "called", with no month or year after it and no
    capitalised word of a name after it ("clashed at Al-Aqsa on Good Friday"; not "the Good
    Friday Agreement", "the victims of Bloody Sunday", "on Palm Sunday in April")."""
    head = _previous_word(ctx, start, strip=False)
    at = ctx.folded.text.rindex(head, 0, start)
    if _previous_word(ctx, at, strip=False).lower() not in _FEAST_DAY_OPENERS or _month_or_year_after(ctx, end):
        return False
    word = _next_token(ctx, end)
    if not word[:1].isalpha():
        return True
    i = ctx.folded.text.index(word, end)
    return not ctx.original[ctx.folded.to_original(i)].isupper()


def _month_or_year_after(ctx: _Context, end: int) -> bool:
    """Whether a month's name or a year follows `end`, perhaps past a comma and a word of
    linking (`in April`, `of 2017`, `من أبريل`): the weekday before names a feast of that time,
    not a day of the week before the publication."""
    at = end
    for _ in range(3):
        word = _next_token(ctx, at)
        if not word:
            return False
        lowered = word.lower()
        if (lowered.isdigit() and len(lowered) == 4) or _lookup(ctx.cal.months, lowered) is not None:
            return True
        if lowered not in _MONTH_OR_YEAR_LINKS and lowered not in (",", "،"):
            return False
        at = ctx.folded.text.index(word, at) + len(word)
    return False


def _next_token(ctx: _Context, end: int) -> str:
    text = ctx.folded.text
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text):
        return ""
    j = i
    while j < len(text) and text[j].isalnum():
        j += 1
    return text[i:j] if j > i else text[i]


def _capitalised(ctx: _Context, m: re.Match[str], group: str) -> bool:
    """Latin month and weekday names count only when written with a capital."""
    start = m.start(group)
    if start < 0 or not ctx.folded.text[start].isascii():
        return True
    original = ctx.original[ctx.folded.to_original(start)]
    return original.isupper()


def _day_value(ctx: _Context, raw: str) -> int | None:
    word = raw.strip()
    word = re.sub(r"^the\s+", "", word)
    digits = re.match(r"^(?:ال)?(\d{1,2})(?:st|nd|rd|th)?$", word)
    if digits:
        return int(digits.group(1))
    return _lookup(ctx.cal.ordinals, word)


# folded words that begin with ال and are no definite noun: the prepositions إلى and إلا
_NOT_DEFINITE = frozenset({"الى", "الي", "الا"})


def _ordinal_as_adjective(ctx: _Context, m: re.Match[str], group: str) -> bool:
    """`الأسبوع الثاني من شهر شباط`: an ordinal after a definite noun is its adjective."""
    raw = m.group(group)
    if raw is None or re.search(r"\d", raw):
        return False
    before = _previous_word(ctx, m.start(group))
    return before.startswith("ال") and before not in ctx.cal.weekdays and before not in _NOT_DEFINITE


def _months(ctx: _Context, raw: str) -> list[tuple[str, int]]:
    """(name, number) of each month named in a month group (two in `يونيو/حزيران`)."""
    return [(hit.group(0), ctx.cal.months[_norm(hit.group(0))]) for hit in ctx.cal.month_finder.finditer(raw)]


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= gregorian.monthrange(year, month)[1]


def _year_ok(year: int) -> bool:
    return _MIN_YEAR <= year <= _MAX_YEAR


def _mod_kind(ctx: _Context, raw: str | None) -> tuple[str | None, bool]:
    """(past|future|current, whether the modifier names the year) of a modifier phrase."""
    if not raw:
        return None, False
    words = _norm(raw).split(" ")
    names_year = any(w in ("العام", "السنه", "year") for w in words)
    if words[0] == "من":
        words = words[1:]
    for w in words:
        if w in ("هذا", "هذه"):
            return "current", names_year
        kind = ctx.cal.modifiers.get(w)
        if kind:
            return kind, names_year
    return None, names_year


def _year_for(
    ctx: _Context, month: int, day: int, mod: str | None, names_year: bool, start: int
) -> tuple[int, DateBasis] | None:
    """The year of a day (or a month, day=0) written without one.

    A modifier decides it (`الماضي`, `المقبل`, `العام الماضي`); else the
    publication year, or the year before when that would put the date more
    than two weeks after publication, unless the sentence speaks of the
    future (`المقررة في 17 ديسمبر`), which takes the coming occurrence.
    """
    pub = ctx.published
    if pub is None:
        return None
    if mod and names_year:
        return pub.year + {"past": -1, "future": 1}.get(mod, 0), "relative"
    if mod == "current":
        return pub.year, "relative"
    if mod == "past":
        before = (month, day) < (pub.month, pub.day) if day else month < pub.month
        return (pub.year if before else pub.year - 1), "relative"
    if mod == "future":
        after = (month, day) > (pub.month, pub.day) if day else month > pub.month
        return (pub.year if after else pub.year + 1), "relative"
    year = pub.year
    if _future_cue(ctx, start):
        ahead = (month, day) >= (pub.month, pub.day) if day else month >= pub.month
        return (year if ahead else year + 1), "explicit"
    told = _sentence_year(ctx, start)
    if told is not None and told < pub.year:
        if _rolls_into_next_year(ctx, start, told, month, day):
            return told + 1, "explicit"  # "في ديسمبر 2018 ... منذ السادس من أبريل": April 2019
        return told, "explicit"  # "في فبراير 2015 ... خطفوا في يناير من العام نفسه"
    if _present_held(ctx, start) and ((month, day) >= (pub.month, pub.day) if day else month >= pub.month):
        return year, "explicit"  # "وتجري الانتخابات في 12 مايو": still to come this year
    try:
        if date(year, month, day or 1) > pub + _FUTURE_SLACK:
            year -= 1
    except ValueError:
        pass
    return year, "explicit"


_YEAR_NUMBER = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "since" and a few words with no mark of a clause's end, reaching the year after them
_SINCE_PHRASE = LazyPattern(r"(?<![^\W\d_])(?:منذ|since)\s+[^,،;؛:()]{0,40}$", re.IGNORECASE)


# a determiner or a possessive right before a year that names a thing after it
_THING_OWNER_BEFORE = LazyPattern(r"(?:(?<![^\W\d_])(?:the|a|an|its|their|his|her)|(?<=\w)['’]s)\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def _year_thing_search(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A match, right after a year, of a noun of a thing the year names (calendar.json
    `year_thing_nouns`: its 1972 law, the 2014 constitution), perhaps after one other word."""
    words = sorted(_calendar_data(path).get("year_thing_nouns", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)


def _sentence_year(ctx: _Context, start: int) -> int | None:
    """The last year written before `start` in its sentence (within 150 characters):
    a month or day told without a year after it falls in that year, the sentence's
    time ("In February 2015 the group showed 21 men it had kidnapped in January")."""
    window = ctx.folded.text[max(0, start - 150) : start]
    cut = _last_stop(ctx, max(0, start - 150), start)
    # a year in a phrase of "since" opens a span that lasts until now: not the sentence's time
    # ("منذ هجوم السابع من أكتوبر 2023، وقتل ... في 27 سبتمبر": the September of the publication)
    # ("... منذ 2011 بعدما هاجم متظاهرون مبناها في أيلول من نفس العام" names it again)
    original_start = ctx.folded.index[start] if start < len(ctx.folded.index) else len(ctx.original)
    same_year = _THAT_YEAR_AHEAD.match(ctx.original, original_start, original_start + 60) is not None
    things = _year_thing_search()
    years = [
        m
        for m in _YEAR_NUMBER.finditer(window, cut + 1)
        if same_year
        or (
            _SINCE_PHRASE.search(window, cut + 1, m.start()) is None
            and not _in_closed_aside(window, cut + 1, m)
            # "abolished its 1972 law ... in August": the year of the law, not the sentence's time
            and not (_THING_OWNER_BEFORE.search(window, max(0, m.start() - 8), m.start()) and things.match(window, m.end()))
        )
    ]
    if years and not same_year and (
        _RECKONED_FROM_NOW.search(window, years[-1].end()) or _reckoned_from_now_ar(ctx, window, years[-1].end())
    ):
        # "in April 2019, which collapsed this June after Turkey sent troops from January": a time
        # reckoned from the publication came between, and the sentence's time is no longer that year
        return None
    if years:
        return int(years[-1].group())
    return _paragraph_year(ctx, start) if cut >= 0 and window[cut] != "\n" else None


def _rolls_into_next_year(ctx: _Context, start: int, told: int, month: int, day: int) -> bool:
    """Whether a month (or a day of it) told without a year after a month dated in the sentence
    ("protests that began in December 2018 turned into a sit-in from 6 April", "في ديسمبر 2018
    ... منذ السادس من أبريل") is of the year after when that puts it nearer the dated month: more
    than half a year before it (December to April), the story has gone on into the next year;
    a little before it (February to January), it steps back within the year. Not when
    "that year" names the year told (`_THAT_YEAR_AHEAD`), nor when the next year's date would
    come after the publication."""
    told_month = _month_of_sentence_year(ctx, start, told)
    if told_month is None or told_month - month <= _HALF_YEAR or ctx.published is None:
        return False  # "In February 2015 ... 21 men it kidnapped in January": a step back, that year
    window = ctx.folded.text[max(0, start - 150) : start]
    if _PLUPERFECT.search(window, window.rfind(str(told))):
        return False  # "In February 2015 the group showed 21 men it had kidnapped in January": before
    original_start = ctx.folded.index[start] if start < len(ctx.folded.index) else len(ctx.original)
    if _THAT_YEAR_AHEAD.match(ctx.original, original_start, original_start + 60) is not None:
        return False
    try:
        return date(told + 1, month, day or 1) <= ctx.published
    except ValueError:
        return False


def _month_of_sentence_year(ctx: _Context, start: int, told: int) -> int | None:
    """The month written right before the last writing of the year `told` before `start` in its
    sentence ("December 2018", "ديسمبر/كانون الأول 2018"); None when the year stands alone."""
    window = ctx.folded.text[max(0, start - 150) : start]
    years = [m for m in _YEAR_NUMBER.finditer(window) if int(m.group()) == told]
    if not years:
        return None
    before = window[max(0, years[-1].start() - 30) : years[-1].start()]
    hits = list(ctx.cal.month_finder.finditer(before))
    if not hits or not _MONTH_TO_YEAR_GAP.fullmatch(before, hits[-1].end()):
        return None
    return ctx.cal.months.get(_norm(hits[-1].group(0)))


# a mark of a deed done before the time told ("had", قد before a verb in the past)
_PLUPERFECT = LazyPattern(r"(?<![^\W\d_])(?:had|قد)(?![^\W\d_])", re.IGNORECASE)
# the most months a month told without a year may stand before the dated month and stay in its year
_HALF_YEAR = 6
# what may stand between a month's name and its year: spaces, a comma, "of" or من
_MONTH_TO_YEAR_GAP = LazyPattern(r"\s*,?\s*(?:(?:of|من)\s+)?")


# an English time reckoned from the publication ("this June", "last year", "next month")
_RECKONED_FROM_NOW = LazyPattern(
    r"(?<![^\W\d_])(?:this|last|next)\s+(?:year|month|week|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|spring|summer|autumn|fall|winter)(?![^\W\d_])",
    re.IGNORECASE,
)


def _reckoned_ar(months: dict[str, int], units: dict[str, str], seasons: dict[str, tuple[int, int]], modifiers: dict[str, str]) -> re.Pattern[str]:
    """A search, in folded text, for an Arabic month, season or period told from the publication
    («يونيو الماضي»، «العام الجاري»، «الصيف المقبل»): after it, the year written before is no
    longer the sentence's time. Not «السابق», the one before a time told, not before now."""
    names = [w for w in [*months, *units, *seasons] if not w.isascii()]
    mods = [w for w in modifiers if not w.isascii() and not w.startswith("السابق")]
    alt = "|".join(map(re.escape, sorted(names, key=len, reverse=True))) or "(?!)"
    mod = "|".join(map(re.escape, sorted(mods, key=len, reverse=True))) or "(?!)"
    return re.compile(r"(?<![^\W\d_])[وفبل]?(?:" + alt + r")\s+(?:" + mod + r")(?![^\W\d_])")


def _reckoned_from_now_ar(ctx: _Context, window: str, lo: int) -> bool:
    """Whether an Arabic time told from the publication stands in `window` from `lo` (see
    `_reckoned_ar`); «العام» after a definite noun is the adjective general («النائب العام
    الحالي»), no year."""
    for m in ctx.cal.reckoned_ar.finditer(window, lo):
        if m.group().startswith(("العام", "العامه")) and _DEFINITE_WORD_BEFORE.search(window, max(0, m.start() - 20), m.start()):
            continue
        return True
    return False


# a definite noun right before a word: «النائب» in «النائب العام»
_DEFINITE_WORD_BEFORE = LazyPattern(r"(?<![^\W\d_])ال[^\W\d_]{2,}\s+$")


def _in_closed_aside(window: str, begin: int, year: re.Match[str]) -> bool:
    """Whether the year matched in `window` (its sentence from `begin`) stands in a relative
    clause set off by commas and closed before the window's end ("The UAE, which restored ties
    in 2018, hosted Assad in March"): the year of the clause's own deed, not of the main clause."""
    if _aside_opener().search(window, begin, year.start()) is None:
        return False
    return re.search(r"[,،]", window[year.end() :]) is not None


def _paragraph_year(ctx: _Context, start: int) -> int | None:
    """The year the sentence before, in the same paragraph, is set in ("In the spring of 2011,
    Benghazi became the capital of the revolution. Protests broke out on 15 February"): a
    retold story's next day without a year is in its year. Only a year the sentence opens
    with counts (not "the ceasefire of 2014 collapsed")."""
    window = ctx.folded.text[max(0, start - 400) : start]
    para = window.rfind("\n") + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(window, para)]
    if not ends:
        return None
    begin = ends[-2] if len(ends) > 1 else para
    m = _OPENING_YEAR.match(window, begin, ends[-1])
    return int(m.group(1) or m.group(2)) if m else None


def opens_with_year(text: str, start: int, end: int) -> bool:
    """Whether the sentence at `start` opens with the year it is set in ("In the spring of 2011,")."""
    return _OPENING_YEAR.match(text, start, end) is not None


_SENTENCE_END = re.compile(r"[.!?؟](?:\s+|$)")
# "In 2011,", "In the spring of 2011,", "In February 2015,", "On 11 September 2012,", "On January
# 28, 2024,", "في عام 2011،"; or a timeline's entry, its date set off by a dash or a colon
# ("June 4, 2020 - ...", "- Jan. 3, 2020: ...", "April 2021 - ...")
_OPENING_YEAR = LazyPattern(
    r"\s*(?:in|on|by|during|و?في|خلال)\s+(?:[^\W\d]+\s+){0,3}(?:\d{1,2}\s+[^\W\d]+\s+|\d{1,2},\s+)?((?:19|20)\d\d)\s*[,،]"
    r"|\s*(?:[-–—•*]\s*)?[^\W\d]+\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\s*[-–—:]\s",
    re.IGNORECASE,
)


def _future_cue(ctx: _Context, start: int, verb_reach: int = 8) -> bool:
    """Whether the words before `start`, in its sentence, speak of what lies ahead.

    Cue words count within eight words; a verb with the future prefix س
    within `verb_reach` words.
    """
    cues, exceptions = ctx.cal.future_cues, ctx.cal.future_prefix_exceptions
    words = _sentence_words_before(ctx, start, 9)
    if words and words[0].lower() in ctx.cal.future_right_before:
        return True  # "the elections next May 12"
    for distance, word in enumerate(words[:8], start=1):
        kind = _future_word(cues, exceptions, word)
        if kind == 2 or (kind == 1 and distance <= verb_reach):
            return True
        # a cue of two words ("set to take place on May 12", "set for 12 May")
        if distance < len(words) and _has(cues, f"{words[distance]} {word}".lower()):
            return True
    return False


def _sentence_words_before(ctx: _Context, start: int, count: int) -> list[str]:
    """The last `count` words before `start` in its sentence (within 90 characters), the last first."""
    window = ctx.folded.text[max(0, start - 90) : start]
    cut = _last_stop(ctx, max(0, start - 90), start)
    return _last_words(window[cut + 1 :], count)


# a word that opens a sentence, capitalised after a shortened word's point ("... by the U.S. In March")
_OPENER_AFTER = LazyPattern(
    r"\s+(?:In|On|At|The|A|An|But|And|He|She|It|They|We|This|That|These|Those|Last|Earlier|Later|After|Before|When|Since|Its|His|Her|Their)\s"
)


def _last_stop(ctx: _Context, lo: int, hi: int) -> int:
    """Where the last mark ending a sentence stands in the folded text from `lo` to `hi`, counted
    from `lo` (-1 when none): a full stop that shortens a word ("Feb. 6", "U.S.") ends none."""
    window = ctx.folded.text[lo:hi]
    end = len(window)
    while True:
        cut = max(window.rfind(mark, 0, end) for mark in ".!?؟\n")
        if cut < 0 or window[cut] != "." or lo + cut >= len(ctx.folded.index):
            return cut
        dot = ctx.folded.index[lo + cut]
        if _ends_a_sentence(ctx.original, dot) or _OPENER_AFTER.match(ctx.original, dot + 1):
            return cut  # ("sanctions imposed by the U.S. In March, ...": a sentence opens after it)
        end = cut


def _effective_from(words: Sequence[str], fillers: Sequence[str]) -> re.Pattern[str]:
    """A search for a word of taking effect (`effective_from`), perhaps with a time of day or a
    word of the day after it (`effective_from_fillers`: صباح، يوم, morning), ending the stretch."""
    alt = "|".join(re.escape(_key(w).lower()) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    fill = "|".join(re.escape(_key(w).lower()) for w in sorted(fillers, key=len, reverse=True)) or "(?!)"
    return re.compile(r"(?<![^\W\d_])(?:" + alt + r")(?:\s+(?:" + fill + r"))*\s+$")


def _effective_before(ctx: _Context, start: int) -> bool:
    """Whether a word of a measure taking effect stands right before `start` ("اعتبارا من صباح
    الثلاثاء", "starting Tuesday"): the day it names is the first of its force, still to come;
    not in a clause told in the English past perfect ("said that Saudi Arabia had reopened its
    border as of Monday evening"), whose measure took effect before the telling."""
    if ctx.cal.effective_from.search(ctx.folded.text[max(0, start - 40) : start].lower()) is None:
        return False
    return not _past_perfect_clause(ctx, start)


_NOT_DONE_AFTER_HAD = frozenset({"to", "would", "will", "shall", "could", "might"})


def _past_perfect_clause(ctx: _Context, start: int) -> bool:
    """Whether the clause before `start` (back to its comma) is told in the English past perfect
    ("said that Saudi Arabia had reopened its border as of"), with no "to" or modal after "had"
    ("had decided to reopen", "which had mediated ..., said it would")."""
    window = ctx.folded.text[max(0, start - 120) : start]
    cut = max(window.rfind(c) for c in ",.;:!?\n")
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", window[cut + 1 :])]
    if "had" not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index("had") :]
    # ("had decided to reopen": a verb of intent and "to"; not "had reopened to travellers")
    return not (any(w in _NOT_DONE_AFTER_HAD - {"to"} for w in after) or (after[1:2] and after[1] in _INTENT_VERBS and after[2:3] == ["to"]))


_INTENT_VERBS = frozenset(
    {"decided", "agreed", "planned", "promised", "pledged", "vowed", "hoped", "wanted", "intended", "threatened",
     "sought", "tried", "expected", "refused", "declined", "failed", "chosen", "voted", "offered", "proposed"}
)


def taking_effect(text: str, mention: TimeMention) -> bool:
    """Whether a time still to come after the publication is when a measure takes effect, told
    right after a word of taking effect ("اعتبارا من صباح الثلاثاء", "starting Tuesday"): no day
    of the decision or the deed that set it, which the article reports as done."""
    window = _key(text[max(0, mention.start - 40) : mention.start]).lower() + " "
    return load_calendar().effective_from.search(window) is not None


def _present_held(ctx: _Context, start: int, reach: int = 6) -> bool:
    """Whether a verb in the present of an event being held (calendar.json `present_held_verbs`:
    وتجري الانتخابات، تعقد القمة، Iraq holds elections, the vote takes place) stands within
    `reach` words before `start` in its sentence, with no past auxiliary in the two words before
    it (وكانت الانتخابات تجري: the past), and no relative pronoun or "since" between (يجري التحقيق
    في الهجوم الذي وقع في 12 مايو: the date of the relative clause's deed). Such a sentence tells what is held now or ahead, so a
    day and month after the publication are this year's, not last year's."""
    words = [w.lower() for w in _sentence_words_before(ctx, start, reach + 3)]
    for k in range(min(reach, len(words))):
        if words[k] in ctx.cal.present_held_stops:
            return False
        for n in (1, 2):
            if k + n <= len(words) and _has(ctx.cal.present_held, " ".join(reversed(words[k : k + n]))):
                return not any(_has(ctx.cal.present_held_not_after, w) for w in words[k + n : k + n + 2])
    return False


@lru_cache(maxsize=8192)
def _future_word(cues: frozenset[str], exceptions: frozenset[str], word: str) -> int:
    """2 for a future cue word, 1 for a verb with the future prefix, else 0. Cached: words recur."""
    if _has(cues, word):
        return 2
    return 1 if _future_verb(exceptions, word) else 0


def _last_words(segment: str, count: int) -> list[str]:
    """The last `count` runs of letters in `segment`, the last first.

    Split at white space first; only a piece that is not all letters goes
    through the regex, whose per-character class test is slow.
    """
    pieces = segment.split()
    tail = pieces[-count:]
    if "".join(tail).isalpha():  # the usual case: every piece is one word
        return tail[::-1]
    words: list[str] = []
    for piece in reversed(pieces):
        if piece.isalpha():
            words.append(piece)
        else:
            words += reversed(_LETTERS.findall(piece))
        if len(words) >= count:
            break
    return words[:count]


@lru_cache(maxsize=8192)
def _future_verb(exceptions: frozenset[str], word: str) -> bool:
    """A verb with the future prefix س (`سيزور`), other than the words that merely start with it."""
    bare = word[1:] if len(word) > 5 and word[0] in "وف" else word
    if len(bare) < 5 or bare[0] != "س" or bare[1] not in "يتن" or bare in exceptions:
        return False
    return not any(bare.startswith(stem) for stem in exceptions if len(stem) >= 4)


def _gregorian_atom(
    ctx: _Context,
    m: re.Match[str],
    g: str,
    day: int | None,
    start: int,
    month_group: str,
) -> _Atom | None:
    """A Gregorian date with a month (and perhaps a day, a year or a modifier)."""
    found = _months(ctx, m.group(month_group))
    if not found or not _capitalised(ctx, m, month_group):
        return None
    month = found[0][1]
    raw_year = _group(m, f"{g}_year")
    mod, names_year = _mod_kind(ctx, _group(m, f"{g}_mod"))
    if raw_year:
        year = int(raw_year)
        if not _year_ok(year):
            return None
        if day is not None and not _valid_day(year, month, day):
            return None
        when = _When(year, month, day or 0, "day" if day else "month")
        return _Atom(start, m.end(), "explicit", when, "explicit")
    if day is not None and not (1 <= day <= 31):
        return None
    if not mod and (_names_the_date(ctx, start) or _named_by_tail(ctx, m.end())):
        return None  # "ثورة 25 يناير", "the April 6 movement": a name
    resolved = _year_for(ctx, month, day or 0, mod, names_year, start)
    if resolved is None:
        if mod:
            return None
        return _Atom(start, m.end(), "explicit", None, "explicit", year_given=False, month_day=(month, day or 0))
    year, basis = resolved
    if day is not None and not _valid_day(year, month, day):
        return None
    when = _When(year, month, day or 0, "day" if day else "month")
    return _Atom(start, m.end(), "explicit", when, basis, year_given=False, month_day=(month, day or 0))


def _group(m: re.Match[str], name: str) -> str | None:
    """`m.groupdict().get(name)` without building the dict of every group."""
    return m.group(name) if name in m.re.groupindex else None


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


# --------------------------------------------------------------------------- branch handlers


def _h_day(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    """Every form that starts with a day: Gregorian, Hijri, this month's, ranges of days."""
    if _ordinal_as_adjective(ctx, m, "dy_d1"):
        # "خلال النصف الثاني من يوليو", "الأسبوع الثاني من شهر شباط": a part of the month, dated by it
        if m.group("dy_mon") and not m.group("dy_d2"):
            return _gregorian_atom(ctx, m, "dy", None, m.start("dy_mon"), "dy_mon")
        return None
    d1 = _day_value(ctx, m.group("dy_d1"))
    if d1 is None:
        return None
    start = _start_after_lead(ctx, m)
    if m.group("dy_d2"):
        return _day_range(ctx, m, d1, start) if m.group("dy_mon") else None
    if m.group("dy_mon"):
        return _gregorian_atom(ctx, m, "dy", d1, start, "dy_mon")
    if m.group("dy_hmon"):
        return _hijri_day(ctx, m, d1, start)
    return _day_of_month(ctx, m, d1, start)


def _day_range(ctx: _Context, m: re.Match[str], d1: int, start: int) -> _Atom | None:
    """`من 5 إلى 7 يونيو`, `from 5 to 7 June 2017`: the first day, ending on the second."""
    d2 = _day_value(ctx, m.group("dy_d2"))
    if d2 is None or not d1 < d2:
        return None
    if not (_connector_fits(ctx, m.group("dy_open"), m.group("dy_conn")) or _pair_of_days(m, d1, d2)):
        return None
    atom = _gregorian_atom(ctx, m, "dy", d2, start, "dy_mon")
    if atom is None or atom.when is None:
        return None
    end = atom.when
    return atom._replace(when=end._replace(day=d1), end_when=end, month_day=(end.month, d1))


_PAIR_DAYS = 2  # the most days between two days joined by "and" that tell one stretch ("23 و24 مايو")


def _pair_of_days(m: re.Match[str], d1: int, d2: int) -> bool:
    """Whether two days of a month joined by "and" with no opener ("في 23 و24 مايو", "on 23 and
    24 May") lie so close that they tell one stretch of days, from the first to the second."""
    return not m.group("dy_open") and _norm(m.group("dy_conn")) in ("و", "and") and d2 - d1 <= _PAIR_DAYS


def _connector_fits(ctx: _Context, opener: str | None, connector: str) -> bool:
    conn = _norm(connector)
    if opener:
        allowed = _lookup(ctx.cal.range_open, opener) or frozenset()
        return conn in allowed or conn in ("-", "–", "—")
    return conn in ctx.cal.range_bare


def _h_year_range(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    y1, y2 = int(m.group("yr_y1")), int(m.group("yr_y2"))
    opener, conn = m.group("yr_open"), m.group("yr_conn")
    if not _connector_fits(ctx, opener, conn):
        return None
    marker = m.group("yr_mk")
    if marker and _norm(marker) in ctx.cal.hijri_markers:
        g1, g2 = _hijri_year(y1), _hijri_year(y2)
        if g1 is None or g2 is None or not g1 < g2:
            return None
        return _Atom(
            _start_after_lead(ctx, m), m.end(), "hijri", _When(g1, 0, 0, "year"), "explicit", _When(g2, 0, 0, "year")
        )
    if not (_year_ok(y1) and _year_ok(y2) and y1 < y2 <= y1 + 100):
        return None
    return _Atom(
        _start_after_lead(ctx, m), m.end(), "explicit", _When(y1, 0, 0, "year"), "explicit", _When(y2, 0, 0, "year")
    )


def _h_numeric(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    if m.group("nu_iy"):
        year, month, day = int(m.group("nu_iy")), int(m.group("nu_im")), int(m.group("nu_id"))
    else:
        a, b, raw_year = int(m.group("nu_a")), int(m.group("nu_b")), m.group("nu_y")
        year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
        # Day first, as Arabic and British writing have it; month first for English when it fits.
        day, month = (b, a) if ctx.language == "en" and 1 <= a <= 12 else (a, b)
        if not 1 <= month <= 12 and 1 <= day <= 12:
            day, month = month, day
    if not _year_ok(year) or not _valid_day(year, month, day):
        return None
    return _Atom(m.start(), m.end(), "explicit", _When(year, month, day, "day"), "explicit")


def _h_month_day(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    d1 = _day_value(ctx, m.group("md_d1"))
    if d1 is None:
        return None
    atom = _gregorian_atom(ctx, m, "md", d1, m.start(), "md_mon")
    if atom is None or not m.group("md_d2"):
        return atom
    d2 = _day_value(ctx, m.group("md_d2"))
    if atom.when is None or d2 is None or not d1 < d2 or not _valid_day(atom.when.year, atom.when.month, d2):
        return None
    return atom._replace(end_when=atom.when._replace(day=d2))


def _h_month(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    """A month without a day; a bare month name needs a context word, a weak one more."""
    found = _months(ctx, m.group("mo_mon"))
    if not found:
        return None
    name = _norm(found[0][0])
    ctx_word = _norm(m.group("mo_ctx") or "")
    ctx_mod = ctx.cal.modifiers.get(ctx_word) if ctx_word in ("last", "next", "this") else None
    marked = bool(m.group("mo_year") or len(found) > 1 or m.group("mo_sh") or m.group("mo_mod") or ctx_mod)
    if not marked:
        in_range = bool(m.group("mo_open")) and _range_follows(ctx, m.end())
        if not (ctx_word or m.group("mo_q") or in_range or _month_of_an_event(ctx, m.start("mo_mon"), m.end())):
            return None
        if name in ctx.cal.weak_months and not _is_latin(name) and not m.group("mo_q"):
            return None  # (a part of the month before it names the month: مطلع آب، أواخر ماي)
    start = _start_after_lead(ctx, m)
    if ctx_mod and not m.group("mo_mod"):
        return _gregorian_atom_with_mod(ctx, m, start, ctx_mod)
    return _gregorian_atom(ctx, m, "mo", None, start, "mo_mon")


@lru_cache(maxsize=4)
def _month_event_nouns(path: Path = CALENDAR_PATH) -> frozenset[str]:
    """Nouns of events a bare month may qualify (calendar.json `month_event_nouns`)."""
    return frozenset(_key(w) for w in _calendar_data(path).get("month_event_nouns", []))


@lru_cache(maxsize=4)
def _month_event_qualifiers(path: Path = CALENDAR_PATH) -> frozenset[str]:
    """Adjectives between a bare month and its noun of an event (calendar.json `month_event_qualifiers`)."""
    return frozenset(_key(w) for w in _calendar_data(path).get("month_event_qualifiers", []))


@lru_cache(maxsize=4)
def _month_after_nouns(path: Path = CALENDAR_PATH) -> frozenset[str]:
    """Arabic nouns of events a bare month right after them dates (calendar.json `month_after_nouns`)."""
    return frozenset(_key(w) for w in _calendar_data(path).get("month_after_nouns", []))


def _month_of_an_event(ctx: _Context, start: int, end: int) -> bool:
    """`the October elections`, `the March protests`, `the May parliamentary election`,
    `December's presidential election`: a bare month between "the" (or before its possessive)
    and a noun of an event (perhaps after an adjective) dates that event (the most recent such month, as "in October"),
    unless a year follows the noun ("the October protests of 2019"), whose month it is.
    In Arabic the month comes right after the noun (`زلزال فبراير`, `احتجاجات أكتوبر`)."""
    word = _previous_word(ctx, start, strip=False)  # فيضانات, not يضانات; وزلزال, بزلزال
    if any(_key(w) in _month_after_nouns() for w in (word, _strip_clitics(word), word[1:] if word[:1] in "وفبل" else word)):
        return True
    # "December's presidential election": the month's possessive stands for "the", of a month
    # written with a capital (not May's, the name of a person as often as the month)
    owned = _MONTH_POSSESSIVE.match(ctx.folded.text, end)
    if owned is not None and (
        not ctx.original[ctx.folded.to_original(start)].isupper() or ctx.folded.text[start:end].lower() == "may"
    ):
        return False
    if owned is not None:
        end = owned.end()
    noun = _next_token(ctx, end)
    if noun in _month_event_qualifiers():  # "the May parliamentary election"
        end = ctx.folded.text.find(noun, end) + len(noun)
        noun = _next_token(ctx, end)
    if (owned is None and _previous_word(ctx, start) != "the") or noun not in _month_event_nouns():
        return False
    return _YEAR_AFTER_NOUN.match(ctx.folded.text, ctx.folded.text.find(noun, end) + len(noun)) is None


_YEAR_AFTER_NOUN = LazyPattern(r"\s+(?:of|in)\s+\d{4}(?!\d)")
_MONTH_POSSESSIVE = LazyPattern(r"['’]s(?![^\W\d_])")


def _range_follows(ctx: _Context, end: int) -> bool:
    """`من يناير إلى يوليو 2018`: a connector and another month come next."""
    conn = ctx.cal.range_next.match(ctx.folded.text, end)
    return conn is not None and conn.end() > end and ctx.cal.month_finder.match(ctx.folded.text, conn.end()) is not None


def _gregorian_atom_with_mod(ctx: _Context, m: re.Match[str], start: int, mod: str) -> _Atom | None:
    """`last June`, `next March`: the modifier stands before the month."""
    found = _months(ctx, m.group("mo_mon"))
    if not found or not _capitalised(ctx, m, "mo_mon"):
        return None
    month = found[0][1]
    resolved = _year_for(ctx, month, 0, mod, False, start)
    if resolved is None:
        return None
    year, basis = resolved
    return _Atom(start, m.end(), "explicit", _When(year, month, 0, "month"), basis)


def _hijri_day(ctx: _Context, m: re.Match[str], day: int, start: int) -> _Atom | None:
    """`15 رمضان 1438 هـ`; without a year, the latest such day up to two weeks after publication."""
    month = _lookup(ctx.cal.hijri_months, m.group("dy_hmon"))
    if month is None or not 1 <= day <= 30:
        return None
    raw_year = m.group("dy_hyear")
    if raw_year:
        g = _hijri_to_gregorian(int(raw_year), month, day)
        return _Atom(start, m.end(), "hijri", _When(g.year, g.month, g.day, "day"), "explicit") if g else None
    if ctx.published is None or _has(ctx.cal.named_date_heads, _previous_word(ctx, start)):
        return None
    h_year = _hijri_year_of(ctx.published)
    if h_year is None:
        return None
    for year in (h_year + 1, h_year, h_year - 1):
        g = _hijri_to_gregorian(year, month, day)
        if g is not None and g <= ctx.published + _FUTURE_SLACK:
            return _Atom(start, m.end(), "hijri", _When(g.year, g.month, g.day, "day"), "explicit", year_given=False)
    return None


def _h_hijri_month(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    month = _lookup(ctx.cal.hijri_months, m.group("hm_mon"))
    if month is None:
        return None
    start = _start_after_lead(ctx, m)
    raw_year = m.group("hm_year")
    if raw_year:
        year = int(raw_year)
        if not _MIN_HIJRI <= year <= _MAX_HIJRI:
            return None
        when = _hijri_month(year, month)
        return _Atom(start, m.end(), "hijri", when, "explicit") if when else None
    mod, _names_year = _mod_kind(ctx, m.group("hm_mod"))
    if mod is None or ctx.published is None:
        return None
    pub_h = _hijri_of(ctx.published)
    if pub_h is None:
        return None
    h_year, h_month = pub_h
    if mod == "past":
        year = h_year if month < h_month else h_year - 1
    elif mod == "future":
        year = h_year if month > h_month else h_year + 1
    else:
        year = h_year
    when = _hijri_month(year, month)
    return _Atom(start, m.end(), "hijri", when, "relative") if when else None


# English prepositions of time after which a number of four digits is a year, even before a noun
# that may be counted ("In 2011 troops from Saudi Arabia entered Bahrain", "since 2014 soldiers have
# guarded"): a count would be written with its comma (2,011 troops); not "of", "by" or "around",
# which come before counts ("a total of 2017 votes", "by 2017 votes", "around 2000 people")
_EN_YEAR_PREPOSITIONS = frozenset({"in", "since", "during", "until", "till", "through", "throughout"})


def _h_year(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    year = int(m.group("ye_year"))
    marker = _norm(m.group("ye_mk") or "")
    start = _start_after_lead(ctx, m)
    if marker and marker in ctx.cal.hijri_markers:
        g = _hijri_year(year)
        return _Atom(start, m.end(), "hijri", _When(g, 0, 0, "year"), "explicit") if g else None
    if not _year_ok(year) or _DECADE_END.match(m.string, m.end()):
        return None
    bare = not (marker or m.group("ye_n") or m.group("ye_q"))
    if bare and (
        not (m.group("ye_ctx") or _attributive_year(ctx, m) or _year_of_event_noun(ctx, m.start("ye_year")))
        or (_is_count(ctx, m.end()) and (m.group("ye_ctx") or "").lower() not in _EN_YEAR_PREPOSITIONS)
    ):
        return None
    if m.group("ye_n") and _norm(m.group("ye_n")) in ("years", "the years") and not _ANOTHER_YEAR_JOINED.match(m.string, m.end()):
        return None
    if bare and _back_to_a_state(ctx, m):
        return None
    return _Atom(start, m.end(), "explicit", _When(year, 0, 0, "year"), "explicit")


# "in the 1970s", "the early 1990's": a decade, ten years and none of them its first, is no year
# "in the years 2011 and 2014": "the years" before a year joined to another year is a time
_ANOTHER_YEAR_JOINED = LazyPattern(r"\s*(?:,\s*|and\s+)\d{4}(?!\d)", re.IGNORECASE)
_DECADE_END = LazyPattern(r"['’]?s(?![^\W\d_])", re.IGNORECASE)
_BACK_TO = LazyPattern(r"back\s+to\Z", re.IGNORECASE)
_CLAUSE_WORDS = frozenset({"when", "and", "or", "but", "after", "before", "as", "while", "with", "amid"})


def _back_to_a_state(ctx: _Context, m: re.Match[str]) -> bool:
    """`fell back to 2014 levels`: a year before a noun after "back to" names a state of that
    year, not a time (`dates back to 2014, when ...` is one)."""
    told = m.group("ye_ctx")
    if not told or not _BACK_TO.search(told):
        return False
    word = _next_token(ctx, m.end())
    return word.isascii() and word.isalpha() and word.lower() not in _CLAUSE_WORDS


_THE_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:the|a|an)\s+\Z", re.IGNORECASE)
# "Iran's 2015 nuclear deal", "its 2019 election": a possessive before the year
_OWNER_BEFORE = LazyPattern(r"(?:(?<=\w)['’]s|(?<![^\W\d_])(?:its|their))\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def _article_and_adjective_before(path: Path = CALENDAR_PATH) -> re.Pattern[str]:
    """A search, anchored at the end, for an English article and an adjective of calendar.json
    `year_adjectives` right before a year."""
    words = sorted(_calendar_data(path).get("year_adjectives", ()), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(r"(?<![^\W\d_])(?:the|a|an)\s+(?:" + alternatives + r")\s+\Z", re.IGNORECASE)


def _attributive_year(ctx: _Context, m: re.Match[str]) -> bool:
    """`the 2013 Rabaa sit-in`, `a 2021 agreement`, `Iran's 2015 nuclear deal`: an English
    year between an article or a possessive and a noun dates that noun's event (a count,
    `the 2000 troops`, `its 2000 soldiers`, is not one)."""
    start = m.start("ye_year")
    word = _next_token(ctx, m.end())
    if not (word and word.isascii() and word[0].isalpha()):
        return False
    if _THE_BEFORE.search(ctx.folded.text, max(0, start - 5), start):
        return True
    if _article_and_adjective_before().search(ctx.folded.text, max(0, start - 24), start):
        return True  # "a landmark 1993 meeting", "the disputed 2017 election"
    # after a possessive, a plural noun is what the number counts
    return bool(_OWNER_BEFORE.search(ctx.folded.text, max(0, start - 8), start)) and not word.lower().endswith("s")


@lru_cache(maxsize=4)
def _year_event_words(path: Path = CALENDAR_PATH) -> tuple[frozenset[str], frozenset[str]]:
    """Arabic nouns of events a bare year right after them dates, and the prepositions before
    them (calendar.json `year_event_nouns`, `year_event_prepositions`)."""
    raw = _calendar_data(path)
    return (
        frozenset(_key(w) for w in raw.get("year_event_nouns", [])),
        frozenset(_key(w) for w in raw.get("year_event_prepositions", [])),
    )


def _bare_of_conjunction(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _year_of_event_noun(ctx: _Context, start: int) -> bool:
    """`قتل في هجوم 2019`, `اعتقل المحتجين خلال احتجاجات 2019`, `فاز بانتخابات 2009`: an Arabic
    year right after an indefinite noun of an event, the noun after a preposition of time or
    place (or joined to ب), is the year of that event and of the deed told in it (`in a 2008
    coup`)."""
    nouns, prepositions = _year_event_words()
    word = _bare_of_conjunction(_previous_word(ctx, start))
    if not word or word.isascii():
        return False
    if len(word) > 3 and word[0] == "ب" and word[1:] in nouns:
        return True
    if word not in nouns:
        return False
    before = _previous_word(ctx, ctx.folded.text.rfind(word, 0, start))
    return before in prepositions or (before[:1] in ("و", "ف") and before[1:] in prepositions)


def _is_count(ctx: _Context, end: int) -> bool:
    """`في 2017 شخصا`: a number followed by a counted noun is a count, not a year."""
    word = _next_token(ctx, end)
    if not word or not word[0].isalpha():
        return False
    word = _strip_article(word)
    if word in ctx.cal.count_nouns:
        # "in 2020 killed 20 soldiers": an English participle with an object after it is the
        # verb of the clause the year dates, not a count of the killed
        return not (word.isascii() and word.endswith("ed") and _object_follows(ctx, end, word))
    # an adverb of the exceptions keeps them after the conjunction و or ف (في 2011 ومجددا في 2018)
    exceptions = ctx.cal.count_tail_exceptions
    joined = word[:1] in ("و", "ف") and word[1:] in exceptions
    return not word.isascii() and len(word) >= 4 and word.endswith("ا") and word not in exceptions and not joined


def _day_of_month(ctx: _Context, m: re.Match[str], day: int, start: int) -> _Atom | None:
    """`الثاني من الشهر الحالي`, `the 5th of last month`."""
    if ctx.published is None:
        return None
    if m.group("dy_emod"):
        mod = {"last": "past", "next": "future"}.get(m.group("dy_emod"), "current")
    else:
        mod = ctx.cal.modifiers.get(_norm(m.group("dy_mod2") or ""), "current")
    year, month = _shift_month(ctx.published.year, ctx.published.month, {"past": -1, "future": 1}.get(mod, 0))
    if not _valid_day(year, month, day):
        return None
    return _Atom(start, m.end(), "relday", _When(year, month, day, "day"), "relative")


def _h_ago(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    if ctx.published is None:
        return None
    raw_n = m.group("ag_n") or m.group("ag_en")
    unit_word = m.group("ag_u") or m.group("ag_eu")
    unit, implied = ctx.cal.units.get(_norm(unit_word), ("", None))
    if not unit:
        return None
    n = (int(raw_n) if raw_n.isdigit() else _lookup(ctx.cal.numbers, raw_n)) if raw_n else implied
    if not n or n > 400:
        return None
    pub = ctx.published
    approximate = bool(m.group("ag_apx") or m.group("ag_eapx"))
    if unit == "day":
        d = pub - timedelta(days=n)
        when = _When(d.year, d.month, 0, "month") if approximate else _When(d.year, d.month, d.day, "day")
    elif unit == "week":
        d = pub - timedelta(days=7 * n)
        when = _When(d.year, d.month, 0, "month")
    elif unit == "month":
        year, month = _shift_month(pub.year, pub.month, -n)
        when = _When(year, month, 0, "month")
    else:
        when = _When(pub.year - n, 0, 0, "year")
    if not _year_ok(when.year):
        return None
    return _Atom(m.start(), m.end(), "relative", when, "relative")


def _h_relative_day(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    word = m.group("rd_w")
    offset = _lookup(ctx.cal.relative_days, word)
    if offset is None:
        return None
    if _strip_clitics(_norm(word)) in ("اليوم", "الليله") and not m.group("rd_tod") and not _today_is_adverb(ctx, m):
        return None
    if offset == -1 and _next_token(ctx, m.end("rd_w")) in ctx.cal.relative_not_before:
        return None
    if ctx.published is None:
        return None
    d = ctx.published + timedelta(days=offset)
    return _Atom(m.start(), m.end(), "relday", _When(d.year, d.month, d.day, "day"), "relative")


def _today_is_adverb(ctx: _Context, m: re.Match[str]) -> bool:
    """`اليوم الخميس`, `... اليوم.` are today; `اليوم الوطني`, `اليوم التالي` are not; nor
    is a night pointed back to (`تلك الليلة`, `الليلة ذاتها`: the night told before)."""
    word = _norm(m.group("rd_w"))
    before = _previous_word(ctx, m.start("rd_w"))
    if _has(ctx.cal.today_not_after, before):
        return False
    after = _next_token(ctx, m.end("rd_w"))
    if not after or not after[0].isalnum():
        return True
    if after in ctx.cal.weekdays:
        return True
    if after in ctx.cal.today_not_before:
        return False
    if after.startswith("ال") and (after.endswith("ي") or after.endswith("يه")) and after != _key("إلى"):
        return False  # `اليوم الوطني`: an adjective; not `اليوم إلى` (إلى folds to الي)
    if word.startswith("لل") or word.startswith("بال"):
        return not after.startswith("ال")
    return True


def _h_weekday(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    if m.group("wd_e"):
        if not _capitalised(ctx, m, "wd_e") or _names_a_paper(ctx, m.start("wd_e"), m.end("wd_e")):
            return None
        if _feast_head(ctx, m.start("wd_e")) and not _feast_told_as_a_day(ctx, m.start("wd_e"), m.end()):
            return None  # "the Good Friday Agreement", "on Palm Sunday in April": no last Friday or Sunday
        weekday = _lookup(ctx.cal.weekdays, m.group("wd_e"))
        emod = m.group("wd_emod")
        mod = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(emod or "")
        start = m.start() if emod in ("last", "next", "this", "past", "coming") else m.start("wd_e")
        if weekday is not None and (after := _midnight_pair(ctx, m, weekday)) is not None:
            return after
    else:
        word = _norm(m.group("wd_w"))
        if word[:1] in "وف" and word[1:] and not word[1:].startswith("ال"):
            word = word[1:]
        if word.startswith(("بال", "كال", "لل")):  # `بالاثنين معا`: with both
            return None
        weekday = _lookup(ctx.cal.weekdays, word)
        mod = ctx.cal.modifiers.get(_norm(m.group("wd_mod") or "")) or _pair_modifier(ctx, m.end())
        if _has(ctx.cal.weekday_blockers, _previous_word(ctx, m.start())) and not _prayer_of_a_day(
            ctx, m.start(), m.end()
        ):
            return None
        if _has(ctx.cal.feast_tails, _next_token(ctx, m.end())) and (
            not _norm(m.group()).startswith("يوم") or _month_or_year_after(ctx, _word_end_after(ctx, m.end()))
        ):
            return None  # «ذكرى الأحد الدامي»، «يوم الجمعة العظيمة من أبريل»: no last Sunday or Friday
        start = m.start()
        if weekday is not None and (after := _midnight_pair(ctx, m, weekday)) is not None:
            return after
    if weekday is None:
        return None
    if ctx.published is None:
        return _Atom(start, m.end(), "weekday", None, "relative")
    pub = ctx.published
    if mod == "future":
        delta = (weekday - pub.weekday()) % 7 or 7
        d = pub + timedelta(days=delta)
    elif mod is None and (_future_cue(ctx, start, verb_reach=4) or _effective_before(ctx, start)):
        d = pub + timedelta(days=(weekday - pub.weekday()) % 7)
    else:
        delta = (pub.weekday() - weekday) % 7
        if mod == "past" and delta == 0:
            delta = 7
        d = pub - timedelta(days=delta)
        if (before_last := _BEFORE_LAST.match(ctx.folded.text, m.end())) is not None:
            # "الخميس قبل الماضي", "Thursday before last": the one a week before the last one
            # (the last one is never the publication's own day)
            d = pub - timedelta(days=(delta or 7) + 7)
            return _Atom(start, before_last.end(), "weekday", _When(d.year, d.month, d.day, "day"), "relative")
    return _Atom(start, m.end(), "weekday", _When(d.year, d.month, d.day, "day"), "relative")


_BEFORE_LAST = LazyPattern(
    r"\s+(?:قبل\s+الماضي|قبل\s+الماضيه|before\s+last)(?![^\W\d_])(?!\s+(?:week|month|year)(?![^\W\d_])|['’]s)"
)  # (not "before last year's election", "before last week's summit")


@lru_cache(maxsize=4)
def _paper_heads(path: Path = CALENDAR_PATH) -> tuple[frozenset[str], re.Pattern[str]]:
    """The capitalised words that make a weekday after them part of a newspaper's name
    (calendar.json `weekday_paper_heads`), and a search for one and "on" ending a stretch before
    a weekday after "the" (`weekday_paper_names_before`: the Mail on Sunday)."""
    data = _calendar_data(path)
    before = "|".join(map(re.escape, data.get("weekday_paper_names_before", ()))) or "(?!)"
    return frozenset(w.lower() for w in data.get("weekday_paper_heads", ())), re.compile(
        r"(?<![^\W\d_])[Tt]he\s+(?:" + before + r")\s+on\s+\Z"
    )


def _names_a_paper(ctx: _Context, start: int, end: int) -> bool:
    """Whether the English weekday from `start` to `end` names a newspaper ("the Sunday Times",
    "the Mail on Sunday")."""
    heads, before = _paper_heads()
    if before.search(ctx.original, max(0, ctx.folded.to_original(start) - 30), ctx.folded.to_original(start)):
        return True
    word = _next_token(ctx, end)
    if word.lower() not in heads or not word[:1].isalpha():
        return False
    at = ctx.folded.text.index(word, end)
    return ctx.original[ctx.folded.to_original(at)].isupper()


def _midnight_link(words: Iterable[str]) -> re.Pattern[str]:
    """What joins the two weekdays of a night between them: a dash, a slash, a link word, or a
    bare space ("ليل السبت الأحد")."""
    alts = "|".join(re.escape(_key(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:[-–/]|(?:{alts})(?!\w))?\s*" if alts else r"\s*[-–/]?\s*", re.IGNORECASE)


def _night_told(ctx: _Context, m: re.Match[str]) -> bool:
    """A night word tells the weekday: its Arabic time of day ("منتصف ليل", "ليل"), the English
    one after it ("Thursday night") or a word just before it ("overnight Thursday")."""
    if m.group("wd_w"):
        tod = m.group("wd_tod")
        return bool(tod) and _norm(tod) in ctx.cal.midnight_words
    tail = m.group(0).split()[-1]
    before = ctx.folded.text[max(0, m.start() - 24) : m.start()].split()[-3:]
    return any(_norm(w.strip(".,;:")) in ctx.cal.midnight_words for w in [tail, *before])


def _midnight_pair(ctx: _Context, m: re.Match[str], weekday: int) -> _Atom | None:
    """"منتصف ليل الخميس- الجمعة", "ليل السبت الأحد", "overnight Thursday into Friday": the night
    between two consecutive weekdays, told by a `midnight_words` word, is dated to the second day
    (the night belongs to the morning after midnight); one atom over both."""
    if not _night_told(ctx, m):
        return None
    link = ctx.cal.midnight_link.match(ctx.folded.text, m.end())
    if link is None or link.end() == m.end():
        return None
    nxt = ctx.cal.pattern.match(ctx.folded.text, link.end())
    if nxt is None or nxt.lastgroup is None:
        return None
    word = nxt.groupdict().get("wd_w") or nxt.groupdict().get("wd_e")
    if not word or nxt.groupdict().get("wd_tod"):
        return None
    second = _lookup(ctx.cal.weekdays, _norm(word))
    if second != (weekday + 1) % 7:
        return None
    atom = _h_weekday(ctx, nxt)
    if atom is None or atom.when is None:
        return None
    return _Atom(m.start(), atom.end, "weekday", atom.when, "relative")


def _pair_modifier(ctx: _Context, end: int) -> str | None:
    """The modifier of a pair of weekdays, written once after the second ("يومي الأربعاء
    والخميس الماضيين"): it governs the first too."""
    words = ctx.folded.text[end : end + 40].split()[:2]
    if len(words) < 2 or not words[0].startswith("و") or _lookup(ctx.cal.weekdays, words[0][1:]) is None:
        return None
    return ctx.cal.modifiers.get(_norm(words[1].strip(".,،;:")))


def _h_period(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    if ctx.published is None:
        return None
    if m.group("pe_wk"):
        return _weekend_atom(ctx, m.start(), m.end(), "past", last=False)
    if m.group("pe_eo"):
        unit, mod = ctx.cal.period_units.get(_norm(m.group("pe_eo"))), "current"
    elif m.group("pe_eu"):
        unit = ctx.cal.period_units.get(_norm(m.group("pe_eu")))
        if unit == "weekend":
            return _weekend_atom(ctx, m.start(), m.end(), m.group("pe_emod"), last=m.group("pe_emod") == "last")
        mod = {"last": "past", "past": "past", "next": "future"}.get(m.group("pe_emod"), "current")
    else:
        unit_word = m.group("pe_u1") or m.group("pe_u2") or m.group("pe_u3")
        unit = ctx.cal.period_units.get(_strip_clitics(_norm(unit_word)))
        mod = "current" if m.group("pe_this") else ctx.cal.modifiers.get(_norm(m.group("pe_mod") or ""), "current")
        general = m.group("pe_u2") and not m.group("pe_q")  # الأمين العام الحالي
        if general and _has(ctx.cal.general_heads, _previous_word(ctx, m.start())):
            return None
    if unit is None or unit == "weekend":
        return None
    pub = ctx.published
    step = {"past": -1, "future": 1}.get(mod, 0)
    if unit == "week":
        d = pub + timedelta(days=7 * step)
        when = _When(d.year, d.month, 0, "month")
        if step == -1:
            return _Atom(m.start(), m.end(), "relative", when, "relative", last_week=True)
    elif unit == "month":
        year, month = _shift_month(pub.year, pub.month, step)
        when = _When(year, month, 0, "month")
    else:
        when = _When(pub.year + step, 0, 0, "year")
    return _Atom(m.start(), m.end(), "relative", when, "relative")


def _h_season(ctx: _Context, m: re.Match[str]) -> _Atom | None:
    """A season named with a modifier, as the year it falls in.

    The past one ("last summer", "الصيف الماضي") is this year's once its last
    month is over, else last year's; the coming one this year's until its first
    month begins, else next year's; the current one ("this summer") this year's.
    """
    if ctx.published is None:
        return None
    if m.group("se_e"):
        months = ctx.cal.seasons.get(_norm(m.group("se_e")))
        mod = {"last": "past", "past": "past", "next": "future"}.get(m.group("se_emod"), "current")
    else:
        months = ctx.cal.seasons.get(_strip_clitics(_norm(m.group("se_a"))))
        mod = ctx.cal.modifiers.get(_norm(m.group("se_mod")), "current")
    if months is None:
        return None
    pub = ctx.published
    year = pub.year
    if mod == "past" and pub.month <= months[1]:
        year -= 1
    elif mod == "future" and pub.month >= months[0]:
        year += 1
    return _Atom(m.start(), m.end(), "relative", _When(year, 0, 0, "year"), "relative")


def _weekend_atom(ctx: _Context, start: int, end: int, mod: str, last: bool) -> _Atom | None:
    """A weekend, as the range of its Saturday and Sunday, cut at publication.

    'over the weekend' and 'this past weekend' are the latest Saturday on or
    before publication; 'last weekend' the one before a weekend in progress;
    'next weekend' the coming one; 'this weekend' the coming one after a
    future cue, else the latest.
    """
    pub = ctx.published
    if pub is None:
        return None
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    in_weekend = pub.weekday() >= 5
    if mod == "next" or (mod == "this" and not in_weekend and _future_cue(ctx, start, verb_reach=4)):
        saturday += timedelta(days=7)
    elif last and in_weekend:
        saturday -= timedelta(days=7)
    sunday = saturday + timedelta(days=1)
    if saturday <= pub < sunday:
        return _Atom(start, end, "relative", _When(saturday.year, saturday.month, saturday.day, "day"), "relative")
    when = _When(saturday.year, saturday.month, saturday.day, "day")
    end_when = _When(sunday.year, sunday.month, sunday.day, "day")
    return _Atom(start, end, "relative", when, "relative", end_when=end_when)


_HANDLERS = {
    "nu": _h_numeric,
    "yr": _h_year_range,
    "dy": _h_day,
    "md": _h_month_day,
    "mo": _h_month,
    "hm": _h_hijri_month,
    "ye": _h_year,
    "ag": _h_ago,
    "rd": _h_relative_day,
    "wd": _h_weekday,
    "pe": _h_period,
    "se": _h_season,
}


# --------------------------------------------------------------------------- calendars


def _shift_month(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    from hijridate import Hijri

    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def _hijri_of(d: date) -> tuple[int, int] | None:
    from hijridate import Gregorian

    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month


def _hijri_year_of(d: date) -> int | None:
    found = _hijri_of(d)
    return found[0] if found else None


@lru_cache(maxsize=1024)
def _hijri_month(year: int, month: int) -> _When | None:
    """The Gregorian month holding most days of a Hijri month."""
    from hijridate import Hijri

    try:
        first = Hijri(year, month, 1)
        length = first.month_length()
        start = first.to_gregorian()
    except (ValueError, OverflowError):
        return None
    counts: dict[tuple[int, int], int] = {}
    d = date(start.year, start.month, start.day)
    for _ in range(length):
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
        d += timedelta(days=1)
    (g_year, g_month), _count = max(counts.items(), key=lambda item: (item[1], -item[0][0], -item[0][1]))
    return _When(g_year, g_month, 0, "month")


@lru_cache(maxsize=1024)
def _hijri_year(year: int) -> int | None:
    """The Gregorian year holding most days of a Hijri year."""
    if not _MIN_HIJRI <= year < _MAX_HIJRI:
        return None
    start = _hijri_to_gregorian(year, 1, 1)
    end = _hijri_to_gregorian(year + 1, 1, 1)
    if start is None or end is None:
        return None
    if start.year == end.year:
        return start.year
    in_first = (date(start.year + 1, 1, 1) - start).days
    in_second = (end - date(end.year, 1, 1)).days
    return start.year if in_first >= in_second else end.year


# --------------------------------------------------------------------------- merging


_EXPLICIT_KINDS = ("explicit", "hijri")


def _merge_neighbours(ctx: _Context, atoms: list[_Atom]) -> list[_Atom]:
    """Join what belongs together: `اليوم الخميس`, `الخميس 1 يونيو`, Hijri `الموافق` Gregorian."""
    out: list[_Atom] = []
    text = ctx.folded.text
    for atom in atoms:
        if out:
            prev = out[-1]
            gap = text[prev.end : atom.start]
            merged = _join(ctx, prev, atom, gap)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(atom)
    return out


def _named_weekday(relday: _Atom, weekday: _Atom) -> _Atom:
    """A day counted from the publication and the weekday written beside it (`أمس الأربعاء`,
    `yesterday, Wednesday`): when they disagree by one day, the text was written a day before
    or after the day it is dated by, and the weekday names the day meant; the day next to the
    counted one that falls on that weekday."""
    if relday.when is None or weekday.when is None or relday.when.precision != "day" or not relday.when.day:
        return relday
    counted = date(relday.when.year, relday.when.month, relday.when.day)
    named = date(weekday.when.year, weekday.when.month, weekday.when.day).weekday()
    if counted.weekday() == named:
        return relday
    for shift in (-1, 1):
        d = counted + timedelta(days=shift)
        if d.weekday() == named:
            return relday._replace(when=_When(d.year, d.month, d.day, "day"))
    return relday


# "'s" right after "last week": its own noun's ("on Thursday last week's attack"), no weekday's week
_POSSESSIVE_AFTER = LazyPattern(r"['’]s(?![^\W\d_])")
# between a weekday and "last week" after it ("Thursday last week", "Thursday of last week",
# «الخميس من الأسبوع الماضي»), and between "last week" and a weekday after it ("last week on Tuesday")
_WEEKDAY_OF_LAST_WEEK = LazyPattern(r"\s+(?:of\s+|من\s+)?")
_LAST_WEEK_ON_WEEKDAY = LazyPattern(r"\s+(?:on\s+|يوم\s+)?")  # (no comma: "in Cairo last week, on Tuesday urged")


def _in_last_week(ctx: _Context, weekday: _Atom, start: int, end: int) -> _Atom:
    """The weekday of the calendar week before the publication's (weeks from Monday): "Thursday
    last week" in a Friday's story is eight days before it, not the day before."""
    if ctx.published is None or weekday.when is None or not weekday.when.day:
        return weekday._replace(start=start, end=end)
    named = date(weekday.when.year, weekday.when.month, weekday.when.day).weekday()
    pub = ctx.published
    d = pub - timedelta(days=pub.weekday() + 7 - named)
    return weekday._replace(start=start, end=end, when=_When(d.year, d.month, d.day, "day"))


def _is_day(atom: _Atom) -> bool:
    return atom.when is not None and atom.when.precision == "day" and atom.end_when is None


def _join(ctx: _Context, a: _Atom, b: _Atom, gap: str) -> _Atom | None:
    if len(gap) > 24:
        return None
    plain_gap = not gap.strip(" \t,()\"'")
    if a.kind == "relday" and b.kind == "weekday" and plain_gap:
        return _named_weekday(a, b)._replace(end=b.end)
    if a.kind == "weekday" and b.last_week and _WEEKDAY_OF_LAST_WEEK.fullmatch(gap) and not _POSSESSIVE_AFTER.match(ctx.folded.text, b.end):
        return _in_last_week(ctx, a, a.start, b.end)  # "on Thursday last week", «الخميس من الأسبوع الماضي»
    if a.last_week and b.kind == "weekday" and _LAST_WEEK_ON_WEEKDAY.fullmatch(gap):
        return _in_last_week(ctx, b, a.start, b.end)  # "last week on Tuesday"
    equivalent = ctx.cal.equivalence_gap.match(gap) is not None
    if a.kind in ("relday", "weekday") and b.kind in _EXPLICIT_KINDS and _is_day(b) and equivalent:
        return b._replace(start=a.start)
    if {a.kind, b.kind} == {"explicit", "hijri"} and _is_day(a) and _is_day(b) and equivalent:
        gregorian_atom = a if a.kind == "explicit" else b
        return gregorian_atom._replace(start=a.start, end=b.end)
    return None


def _merge_ranges(ctx: _Context, atoms: list[_Atom]) -> list[_Atom]:
    """`من 2-3-2017 وحتى 16-5-2017`, `between June and August 2017`: one mention with an end."""
    out: list[_Atom] = []
    text = ctx.folded.text
    for atom in atoms:
        if out:
            prev = out[-1]
            joined = _range_of(ctx, prev, atom, text[prev.end : atom.start])
            if joined is not None:
                out[-1] = joined
                continue
        out.append(atom)
    return out


def _range_of(ctx: _Context, a: _Atom, b: _Atom, gap: str) -> _Atom | None:
    if a.end_when is not None or b.end_when is not None or b.when is None:
        return None
    if a.kind not in _EXPLICIT_KINDS or b.kind not in _EXPLICIT_KINDS:
        return None
    conn = ctx.cal.range_gap.match(gap)
    if conn is None:
        return None
    text = ctx.folded.text
    opener = ctx.cal.range_opener.search(text, max(0, a.start - 16), a.start)
    if not _connector_fits(ctx, opener.group(1) if opener else None, conn.group(1)):
        return None
    start_when = a.when
    if not a.year_given and a.month_day and b.year_given and b.when.precision != "year":
        month, day = a.month_day
        year = b.when.year if (month, day) <= (b.when.month, b.when.day or 31) else b.when.year - 1
        if day and not _valid_day(year, month, day):
            return None
        start_when = _When(year, month, day, "day" if day else "month")
    if start_when is None or start_when.iso() > b.when.iso():
        return None
    return a._replace(end=b.end, when=start_when, end_when=b.when)


def _recurrence(ctx: _Context, atom: _Atom) -> tuple[int, bool]:
    """(end, recurring): `29 أكتوبر من كل عام`, `every year on 29 October`, `سنويا`."""
    text = ctx.folded.text
    after = ctx.cal.recurring_after.match(text, atom.end)
    if after is not None:
        return after.end(), True
    if ctx.cal.recurring_before.search(text, max(0, atom.start - 32), atom.start):
        return atom.end, True
    return atom.end, False


# --------------------------------------------------------------------------- other languages


_FOREIGN = LazyPattern(
    r"(?<!\w)(?:(?:\d{1,2}\.?\s+(?:de\s+)?)?[a-z]{3,12}\.?\s+(?:de\s+)?\d{4}|[a-z]{3,12}\.?\s+\d{1,2},?\s+\d{4})(?!\d)"
)


def _add_foreign(ctx: _Context, atoms: list[_Atom]) -> list[_Atom]:
    """Dates in a Latin-script language our tables do not cover, parsed by dateparser."""
    taken = [(a.start, a.end) for a in atoms]
    extra: list[_Atom] = []
    for m in _FOREIGN.finditer(ctx.folded.text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        start, end = ctx.folded.span(m.start(), m.end())
        parsed = _parse_foreign(ctx.original[start:end], ctx.language or "")
        if parsed is None:
            continue
        year, month, day, precision = parsed
        extra.append(_Atom(m.start(), m.end(), "explicit", _When(year, month, day, precision), "explicit"))
    return sorted(atoms + extra, key=lambda a: a.start)


@lru_cache(maxsize=4096)
def _parse_foreign(candidate: str, language: str) -> tuple[int, int, int, Precision] | None:
    """dateparser's reading of one candidate; only full dates, months and years count."""
    parser = _date_parser(language)
    if parser is None:
        return None
    data = parser.get_date_data(candidate)
    if data is None or data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    d = data.date_obj
    if not _year_ok(d.year) or str(d.year) not in candidate:
        return None
    if data.period == "year":
        return d.year, 0, 0, "year"
    if data.period == "month":
        return d.year, d.month, 0, "month"
    return d.year, d.month, d.day, "day"


@lru_cache(maxsize=16)
def _date_parser(language: str) -> DateDataParser | None:
    from dateparser.date import DateDataParser

    try:
        return DateDataParser(languages=[language], settings={"PREFER_DAY_OF_MONTH": "first"})
    except ValueError:
        return None
