"""When an event happened: a time expression of its own clause, a day counted
from another event, the reference catalog, or the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.assemble.after_other_doers import before_the_after, by_the_other_side, soon_after
from events.assemble.announced_days import day_of_the_deed_announced
from events.assemble.aside_conjuncts import date_before_an_aside
from events.assemble.ballots import _older_vote_than_the_ballot
from events.assemble.catalog_fit import (
    _date_of_the_word,
    _dated_by_its_year,
    _recent_day_beats,
    _unfit,
    _year_with_the_word,
    date_of_another_entry,
    right_after_its_verb,
)
from events.assemble.citations import _dates_a_citation, _dates_a_later_plan, _ends_a_span
from events.assemble.closed_relatives import outside_closed_relatives
from events.assemble.compared_baselines import compared_periods
from events.assemble.compared_onsets import dates_a_compared_onset, day_of_the_comparison
from events.assemble.conjunct_dates import date_of_second_conjunct
from events.assemble.continuing_since import date_of_its_continuation
from events.assemble.contrast_clauses import outside_contrast_clauses
from events.assemble.contrasts import outside_the_clause_contrasted
from events.assemble.dateline_days import without_dateline_dates
from events.assemble.dead_causes import day_of_its_dead
from events.assemble.decades import told_in_a_decade
from events.assemble.dedupe import SEPARATE_ACTS
from events.assemble.described_names import year_of_the_described_name
from events.assemble.described_times import described_time
from events.assemble.destinations import _visited_elsewhere
from events.assemble.fallback_links import link_recalled
from events.assemble.fronted import _fronted_date, _opening_date, arabic_fronted_date, fronted_for_prior_deed
from events.assemble.holding_days import _date_of_its_ballot, _date_of_its_holding, date_of_its_onset
from events.assemble.lasting_states import dates_a_lasting_state
from events.assemble.later_steps import counts_days_after, counts_from_the_entry, days_after_the_entry
from events.assemble.measured_openers import in_measured_opener
from events.assemble.meeting_days import day_of_its_gathering
from events.assemble.morrow import _morrow_of
from events.assemble.name_years import _names_a_thing, catalogued_means
from events.assemble.noun_dates import noun_date
from events.assemble.one_off_sums import undated_precision
from events.assemble.own_subjects import outside_the_clause_before
from events.assemble.participle_asides import (
    date_in_bare_participle_phrase,
    date_in_participle_aside,
    date_in_relative_deed,
    time_right_after_the_word,
)
from events.assemble.past_perfect import told_in_the_past_perfect
from events.assemble.paved_ways import apart_from_the_way_paved
from events.assemble.predecessors import without_predecessors
from events.assemble.refined_weeks import refined_week
from events.assemble.refined_years import refined_year
from events.assemble.repeated_firsts import a_denied_first_time_in, after_a_denied_first_time
from events.assemble.result_clauses import year_of_its_cause
from events.assemble.rules import (
    ASSEMBLY_RULES,
    alternation,
    load_assembly_rules,
    load_one_country_types,
    load_recalled_by,
    load_retold_types,
    load_since_comparisons,
)
from events.assemble.running_days import onset_clause_of_the_going_on, told_as_running
from events.assemble.speech_gaps import english_saying_before
from events.assemble.text import (
    _CAME_OPENS,
    _CLAUSE_BREAK,
    _DAYS_AFTER_REACH,
    _EDGE_PUNCTUATION,
    _PRECISION_RANK,
    _RELATIVE_WORDS,
    _RESPONSE_AR,
    _RESPONSE_EN,
    _Candidate,
    _dating_clause,
    _days_counted,
    _disagrees,
    _is_duration,
    _over_a_year_before,
    _same_noun_phrase,
    day_of,
    days_after,
    morrow_before,
)
from events.assemble.told_precision import (
    keep_told_precision,
    month_of_the_entry,
    told_coarser,
    year_of_the_entry,
    year_of_the_head,
)
from events.assemble.wake_days import day_before_the_wake
from events.assemble.when_clauses import outside_time_clauses
from events.assemble.when_dates import date_of_when_clause
from events.assemble.word_gates import may_name
from events.attribution import Attribution
from events.model import ActorMention, Event, ReferenceMention, TimeMention, TriggerMention
from events.reference import ReferenceCatalog, ReferenceEntry, entry_named, find_references, match_references
from events.temporal import is_recent_span, load_calendar
from events.text.gates import anchor_words, gated_compile
from events.text.lazy import LazyPattern
from events.text.normalize import FoldedText, fold, fold_str, is_arabic


def _is_siege(event: Event) -> bool:
    """A siege laid by forces (an attack of CAMEO 191): a state that lasts, never one
    catalogued assault or massacre of the place besieged, whose keywords it shares."""
    return event.event_type == "attack" and event.cameo == "191"


# A relative clause set off by commas after the event word ("شن هجوما على السويداء،
# التي ظلت بمنأى عن النزاع، في 25 يوليو", "attacked Sweida, which had been spared, on
# 25 July"): the comma closes it, and a date right after belongs to the event again.
_ASIDE_OPEN = LazyPattern(r"[،,]\s*(?:" + _RELATIVE_WORDS + r")\s")


_ASIDE_LEAD = LazyPattern(r"[،,]\s*(?:(?:في|يوم|on|in)\s+)?")


# the comma that closes the aside, then a source the deed is told after, with the day of its
# telling a few words on ("، بحسب ما نشرته الجريدة الرسمية أمس السبت", ", according to the
# official gazette on Saturday"): that day is the deed's, its clause giving it no other
_ASIDE_SOURCE = LazyPattern(
    r"[،,]\s*(?:[وف]?(?:بحسب|حسب|وفق|وفقا\s+ل)\s*ما\s+(?:نشرته|نشرت|أعلنته|أعلنت|ذكرته|ذكرت|أوردته|أوردت)"
    r"|according\s+to)\s",
    re.IGNORECASE,
)
_SOURCE_WORDS = 5  # words of the source before its day ("the official gazette on")

# the comma that closes the aside, then the event word's clause going on with a phrase led by a
# preposition of its object ("سيطرت قوات سوريا الديمقراطية، التي تشكل الوحدات الكردية عمادها،
# على مدينة منبج في 12 أغسطس"): a time a few words on, led by a preposition of time, with no break
# between, is the deed's
_ASIDE_OBJECT = LazyPattern(r"[،,]\s*(?:على|إلى|الى|ضد|عن|on|against|into|to)\s")
_OBJECT_WORDS = 4  # words of that phrase before its time ("على مدينة منبج في")
# a preposition of time right before that time, which it leads
_TIME_LEAD = LazyPattern(r"(?<![^\W\d_])(?:في|يوم|on|in)\s+\Z", re.IGNORECASE)


def _date_after_aside(
    quote: str, offset: int, own: tuple[int, int], dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The date that follows a relative clause set off by a pair of commas right
    where the event word's dating clause ends (None: no such date)."""
    hi = own[1] - offset
    opened = next((m for k in (hi - 2, hi - 1, hi) if k >= 0 and (m := _ASIDE_OPEN.match(quote, k))), None)
    if opened is None:
        return None
    close = _CLAUSE_BREAK.search(quote, opened.end())
    if close is None or close.group() not in ",،":
        return None
    lead = _ASIDE_LEAD.match(quote, close.start())
    at = offset + lead.end()  # type: ignore[union-attr]
    right_after = next((d for d in dates if d.start == at), None)
    if right_after is None and (goes_on := _ASIDE_OBJECT.match(quote, close.start())) is not None:
        return _time_of_the_object(quote, offset, goes_on.end(), dates)
    source = _ASIDE_SOURCE.match(quote, close.start())
    if right_after is not None or source is None:
        return right_after
    told = next((d for d in dates if d.start >= offset + source.end()), None)
    if told is None or told.precision != "day":
        return None
    between = quote[source.end() : told.start - offset]
    if _CLAUSE_BREAK.search(between) or len(between.split()) > _SOURCE_WORDS:
        return None
    return told


def _time_of_the_object(quote: str, offset: int, at: int, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The first time of the object's phrase that starts at `at` (in `quote`), within
    `_OBJECT_WORDS` words and no break of the clause (None: none)."""
    told = next((d for d in dates if d.start >= offset + at), None)
    if told is None:
        return None
    between = quote[at : told.start - offset]
    if _CLAUSE_BREAK.search(between) or len(between.split()) > _OBJECT_WORDS or not _TIME_LEAD.search(between):
        return None  # (not "على خلفية مشاركته في احتجاجات 2019": the year of another deed's noun)
    return told


# the comma that closes a relative clause set off after the clause of the event's verb, right
# where the event word's dating clause begins, and the opener of that clause before it
_ASIDE_CLOSED_BEFORE = LazyPattern(r"[،,]\s*$")
# و or ف opening the part after the aside: a clause of its own; not the first letter of an
# indefinite object in the accusative (فرمانا، وثائقا), which goes on with the clause (a verb
# of many doers, واعتقلوا, ends in ـوا: a clause of its own still)
_AFTER_AN_ASIDE_CONJUNCTION = LazyPattern(r"\s*[وف](?![^\W\d_]*[^\Wو\d_](?:ا|اً|ًا)(?![^\W\d_]))")


def _date_before_its_aside(
    quote: str, offset: int, own: tuple[int, int], dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The one time of the clause that a relative clause set off by a pair of commas interrupts,
    when the event word's dating clause goes on with that clause after the aside («وفي 11 حزيران
    أصدر نائب الرئيس، الذي تولى مهام الرئاسة بالوكالة، مرسوما ... وتعيينه قائدا للجيش», "On June
    11 the vice president, who had taken over, issued a decree appointing him"): the decree's
    time. Not when the part after the aside opens with و or ف, a clause of its own (None: no such
    aside, or not one time before it)."""
    lo = own[0] - offset
    if _ASIDE_CLOSED_BEFORE.search(quote, max(0, lo - 3), lo) is None or _AFTER_AN_ASIDE_CONJUNCTION.match(quote, lo):
        return None
    comma = max(quote.rfind(",", 0, lo), quote.rfind("،", 0, lo))
    opened = None
    for m in _ASIDE_OPEN.finditer(quote, max(0, comma - _ASIDE_REACH), comma):
        opened = m
    if opened is None or _CLAUSE_BREAK.search(quote, opened.end(), comma) is not None:
        return None
    start = 0
    for b in _CLAUSE_BREAK.finditer(quote, 0, opened.start()):
        start = b.end()
    told = [d for d in dates if offset + start <= d.start and d.end <= offset + opened.start()]
    return told[0] if len({d.value for d in told}) == 1 else None


_ASIDE_REACH = 120  # characters of a relative clause set off by commas


# a noun phrase set off by commas after a name, opened by an article (", a former World Bank
# economist and education minister,"): it describes the name, and the clause goes on after it
_APPOSITIVE_OPEN = LazyPattern(r",\s*(?:a|an|the)\s", re.IGNORECASE)
_APPOSITIVE_WORDS = 12  # the most words of such a phrase
# a word that opens a clause of its own after such a phrase: a relative, a conjunction
_ANOTHER_CLAUSE = LazyPattern(
    r"\s*(?:who|whom|whose|which|that|when|where|while|whereas|as|after|before|since|because|although|though"
    r"|but|and|or|said|says)(?![\w-])",
    re.IGNORECASE,
)


def _date_after_appositive(
    text: str, own: tuple[int, int], sentence_end: int, dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The one time of the part of an English clause that goes on after a noun phrase set off by
    commas where the event word's dating clause ends ("appointed Omar al-Razzaz, a former World
    Bank economist, to form a new government the following day"): that clause's time, not a
    neighbouring clause's (None: no such phrase, or not one time after it)."""
    opened = next((m for k in (own[1] - 1, own[1]) if k >= 0 and (m := _APPOSITIVE_OPEN.match(text, k))), None)
    if opened is None:
        return None
    close = _CLAUSE_BREAK.search(text, opened.end(), sentence_end)
    if close is None or close.group() != "," or len(text[opened.end() : close.start()].split()) > _APPOSITIVE_WORDS:
        return None
    if _ANOTHER_CLAUSE.match(text, close.end()):
        return None  # ", which fought ISIS in 2014": another clause's time, not the event's
    after = _CLAUSE_BREAK.search(text, close.end(), sentence_end)
    end = after.start() if after else sentence_end
    told = [d for d in dates if close.end() <= d.start and d.end <= end]
    return told[0] if len({d.value for d in told}) == 1 else None


@lru_cache(maxsize=4)
def load_arabic_appositions(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], int]:
    """The opening of an Arabic noun phrase set off by commas after a name (`ar_appositions.heads`
    right after "،") and the most words of such a phrase (`ar_appositions.words`)."""
    rule = load_assembly_rules(path).get("ar_appositions", {})
    heads = alternation(rule.get("heads", ())) or "(?!)"
    return re.compile(r"،\s*(?:" + heads + r")\s"), int(rule.get("words", 14))


def _date_after_arabic_appositive(
    text: str, own: tuple[int, int], sentence_end: int, dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The date right after the closing comma of an Arabic noun phrase set off by commas where the
    event word's dating clause ends («اعتقلت النمر، أحد أبرز وجوه الاحتجاجات التي اندلعت عام 2011،
    في يوليو 2012»): the deed's time, not the phrase's (None: no such phrase or date)."""
    opening, most = load_arabic_appositions()
    opened = next((m for k in (own[1] - 1, own[1]) if k >= 0 and (m := opening.match(text, k))), None)
    if opened is None:
        return None
    close = _CLAUSE_BREAK.search(text, opened.end(), sentence_end)
    if close is None or close.group() != "،" or len(text[opened.start() + 1 : close.start()].split()) > most:
        return None
    lead = _ASIDE_LEAD.match(text, close.start())  # the closing comma, perhaps في or يوم
    return next((d for d in dates if d.start == lead.end()), None)  # type: ignore[union-attr]


# "since 1979", "since the 1979 revolution", "منذ عام 2014", "منذ ثورة 1979"
_SINCE_BEFORE = LazyPattern(
    r"(?<!\S)(?:since\s+(?:the\s+(?:year\s+)?)?|منذ\s+(?:عام\s+|العام\s+|سنة\s+|[^\s\d٠-٩]+\s+)?)$",
    re.IGNORECASE,
    compiler=gated_compile,
)


_WHEN_AFTER = LazyPattern(r"\s*[,،]?\s*(?:when\b|عندما|حين|حينما|يوم\s+(?:أن|ان))", re.IGNORECASE)


# a figure compared with an earlier one: "up from 43 percent five years ago", "مقارنة بـ 40% في 2019"
_FIGURE_FROM = LazyPattern(
    r"(?<!\w)(?:(?:up|down)\s+from|compared\s+(?:with|to)|مقارنة\s+(?:ب|مع))[^,،.;:؛]{0,40}\Z", re.IGNORECASE
)


_PHRASE_END = LazyPattern(r"[,،.;:؛]|\s(?:as|while|when|and)\s")


def _figure_compared(text: str, d: TimeMention, trigger: tuple[int, int]) -> bool:
    """Whether the date is the time of a figure compared with ("Turnout was 50 percent, up from
    43 percent five years ago, as the vote was held ..."), in a phrase without the event word:
    no date of the event ("up from 41 percent in the 2021 election" dates that election)."""
    m = _FIGURE_FROM.search(text, max(0, d.start - 50), d.start)
    if m is None:
        return False
    end = _PHRASE_END.search(text, d.end, d.end + 60)
    return not m.start() <= trigger[0] < (end.start() if end else d.end + 60)


_SINCE_RIGHT_BEFORE = LazyPattern(r"(?<!\S)(?:since|[وف]?منذ)\s+$", re.IGNORECASE)


def _since_a_stretch(text: str, d: TimeMention) -> bool:
    """Whether the time is a stretch of days (the weekend) right after since/منذ: a deed going on
    since then began on one of its days, and only its month is known."""
    return (
        d.precision == "day"
        and d.end_value is not None
        and d.end_value != d.value
        and _SINCE_RIGHT_BEFORE.search(text, max(0, d.start - 12), d.start) is not None
    )


# how many words before since/منذ a word of comparison may stand: past a relative clause on
# its noun ("أول رئيس حكومة يطيح به الشارع منذ عام 2003")
_COMPARED_REACH = 8
# a word of more or less before من or than counts a figure ("أكثر من مليوني فلسطيني"), no comparison
_COUNT_COMPARISONS = frozenset({fold_str(w) for w in ("أكثر", "اكثر", "أقل", "اقل", "more", "less", "fewer")})
_THAN = frozenset({fold_str(w) for w in ("من", "than")})
_FIGURE_WORDS = frozenset(
    fold_str(w)
    for w in (
        "مليون", "مليوني", "ملايين", "مليار", "ألف", "ألفي", "آلاف", "مئة", "مائة", "مئات", "عشرات", "نصف", "ثلث", "ربع",
        "million", "billion", "thousand", "hundred", "hundreds", "thousands", "dozens", "half", "a",
    )
)


def compared_since(text: str, d: TimeMention, trigger: tuple[int, int] | None = None) -> bool:
    """Whether a date follows "since"/منذ after a comparison ("the first since 2015", "the
    largest protests since 2012", "أعلى مستوى له منذ ديسمبر 2014"): the time compared
    with, no event's, unless a clause on that time follows ("since 2012, when sanctions
    were imposed") or the event word at `trigger` names what is compared with, between
    "since" and the time or right after it ("الأوسع منذ احتجاجات نوفمبر 2019", "the largest
    since the November 2019 protests"): that past event's own time."""
    since = _SINCE_BEFORE.search(text, max(0, d.start - 20), d.start)
    if since is None or _WHEN_AFTER.match(text, d.end):
        return False
    if trigger is not None and (
        since.start() < trigger[0] < d.start or (trigger[0] >= d.end and not text[d.end : trigger[0]].strip())
    ):
        return False
    comparisons = load_since_comparisons()
    words = [fold_str(w).strip(_EDGE_PUNCTUATION).lower() for w in text[max(0, since.start() - 60) : since.start()].split()]
    words = words[-_COMPARED_REACH:]
    return any(w in comparisons and not _counts_a_figure(words, i) for i, w in enumerate(words))


def _counts_a_figure(words: list[str], i: int) -> bool:
    """Whether the word of more or less at `i` counts a figure after من or than ("أكثر من مليوني
    فلسطيني", "more than 400 people"), not a comparison ("أكثر من أي وقت مضى", "more than ever")."""
    if words[i] not in _COUNT_COMPARISONS or i + 2 >= len(words) or words[i + 1] not in _THAN:
        return False
    figure = words[i + 2]
    return figure[:1].isdigit() or figure in _FIGURE_WORDS


# an English verb of saying right before a date, and a pronoun subject right after it:
# "said on Tuesday it had ...", "announced late on Monday they would ..." (no "that")
# (where it was said may stand between: "said in a statement on Tuesday it had")
_SAYING_VERBS = r"said|says|announced|told\s+\S+|confirmed|reported|added"


_PRONOUN_AFTER = LazyPattern(r"\s*,?\s*(?:it|they|he|she|we)\s")


def _dates_the_saying(text: str, date: TimeMention) -> bool:
    """Whether the date stands between an English verb of saying and the pronoun subject of
    what was said, "that" left out ("The military said on Tuesday it had struck ... on
    Monday"): it dates the saying; a date of the event's own, after its word, comes first."""
    return (
        _PRONOUN_AFTER.match(text, date.end) is not None
        and english_saying_before(_SAYING_VERBS).search(text, max(0, date.start - 80), date.start) is not None
    )


def _nearest_date(usable: list[TimeMention], trigger: tuple[int, int]) -> TimeMention | None:
    """Of `usable` dates, the nearest to the trigger (then the most precise, then the first)."""
    if not usable:
        return None

    def distance(d: TimeMention) -> tuple[int, int, int]:
        if d.end <= trigger[0]:
            gap = trigger[0] - d.end
        elif d.start >= trigger[1]:
            gap = d.start - trigger[1]
        else:
            gap = 0
        return (gap, -_PRECISION_RANK[d.precision], d.start)

    return min(usable, key=distance)


def _announced(text: str, cand: _Candidate, date_span: Sequence[int] | None, basis: str | None) -> bool:
    """Whether the event is a one-off deed (`retold_types`), or any deed in the past perfect
    ("said on Monday they had seized a ship"), told as what was announced, dated by
    the announcement or by nothing ("Iran's judiciary announced on Tuesday that it had arrested
    ...", "أعلنت ... يوم الثلاثاء أنها اعتقلت"): the deed may have come before the announcement
    (a deed reacted to is `_dated_by_its_reaction`'s)."""
    if cand.reference_id is not None:
        return False
    lo = max(cand.sentence[0], cand.trigger[0] - 60)
    before = date_span is None or date_span[0] < cand.trigger[0]  # a date after the deed may be its own
    return (
        (cand.event_type in load_retold_types() or told_in_the_past_perfect(text, cand))
        and basis in ("explicit", "relative", "publication")
        and before
        and _ANNOUNCED.search(text, lo, cand.trigger[0]) is not None
    )


# a verb that announces a deed told after it ("announced on Tuesday that it had arrested")
_ANNOUNCED = LazyPattern(
    r"(?<!\w)(?:announced|announces|said|says|reported|confirmed|[وف]?(?:أعلن|أعلنت|يعلن|تعلن|ذكر|ذكرت|أكد|أكدت))(?!\w)",
    re.IGNORECASE,
)


def _date_by_saying(
    event: Event, cand: _Candidate, dates: Sequence[TimeMention], spans: dict, attribution: Attribution | None
) -> None:
    """A lead report with no date in its own clause takes the day the sentence gives the
    saying ("قالت مصادر، الأربعاء، إن ..."), the day of the news it reports."""
    if attribution is None:
        return
    said = [
        d
        for d in dates
        if d.precision == "day" and not d.recurring and d.end <= cand.trigger[0] and d.start >= attribution.cue_start - 40
    ]
    if not said:
        return
    d = said[-1]
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    spans["date"] = [d.start, d.end]


def _date_days_before(event: Event, cand: _Candidate, text: str, told: list[Event], spans: dict) -> None:
    """Date a circumstance told as so many days before its sentence's event ("reopened
    its border on Saturday, a day after the two countries signed a deal") by that
    event's day, when the sentence's event is told before it with a day of its own."""
    m = days_after(text, max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None:
        return
    days = _days_counted(m)
    main = next(
        (
            ev
            for ev in reversed(told)
            if ev.spans.get("quote") == [*cand.sentence]
            and ev.date_precision == "day"
            and ev.date_basis in ("explicit", "relative")
            and ev.spans.get("trigger", [0])[0] < m.start()
        ),
        None,
    )
    if main is None or days is None or main.date is None:
        return
    event.date = (date.fromisoformat(main.date) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = [m.start(), m.end()]


def _days_before_unknown(event: Event, cand: _Candidate, text: str, told: list[Event], spans: dict) -> bool:
    """For a circumstance told as so many days before its sentence's event and still dated
    by the publication (`_date_days_before` found no day to count from): date it back from
    the publication when the sentence's event is the day's news (told before it in the
    sentence, dated by the publication, or the one told last that the sentence opens on:
    "The strike came a day after a visit"); whether it has no day at all otherwise ("وقال
    أردوغان، بعد يوم من اجتياح قواته عفرين، إن ...": the saying's day is not told)."""
    m = days_after(text, max(cand.sentence[0], cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None:
        return False
    days = _days_counted(m)
    main = any(
        ev.spans.get("quote") == [*cand.sentence]
        and ev.date_basis == "publication"
        and ev.spans.get("trigger", [0])[0] < m.start()
        for ev in told
    ) or (
        # "The strike came a day after a visit": the event told last, the day's news
        bool(told)
        and told[-1].date_basis == "publication"
        and _CAME_OPENS.fullmatch(text, cand.sentence[0], m.start()) is not None
    )
    if not main or days is None or event.published is None:
        return True
    event.date = (date.fromisoformat(event.published) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = [m.start(), m.end()]
    return False


def _came_days_after(
    text: str, cand: _Candidate, told: list[Event], opening: Sequence[TriggerMention]
) -> tuple[Event, int, tuple[int, int]] | None:
    """For a circumstance in "وجاءت الغارة بعد يوم من زيارة العبادي", "The strike came a
    day after a visit": (the event told before that the sentence opens on, with a day of
    its own; the days between; the span that counts them). `opening`: the event words
    before the circumstance's."""
    s = cand.sentence[0]
    m = days_after(text, max(s, cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None or not _CAME_OPENS.fullmatch(text, s, m.start()):
        return None
    days = _days_counted(m)
    # the event the opening names ("الغارة"), else the one told last ("The move came ...")
    types = {t.event_type for t in opening if t.end <= m.start()}
    main = next(
        (
            ev
            for ev in reversed(told)
            if (not types or ev.event_type in types)
            and ev.date_precision == "day"
            and ev.date_basis in ("explicit", "relative")
            and ev.spans.get("quote", [s])[0] < s
        ),
        None,
    )
    if main is None or days is None:
        return None
    return main, days, (m.start(), m.end())


def _days_after_its_sentence_s_deed(text: str, cand: _Candidate, told: list[Event]) -> tuple[Event, int, tuple[int, int]] | None:
    """For a circumstance told so many days before the deed its own sentence told first, that deed
    dated to a day (by the text or the catalog): "The declaration was signed by Abiy and Isaias a
    day after Abiy flew into Asmara" (the signing's day, less one). (the deed; the days between;
    the span that counts them)."""
    s = cand.sentence[0]
    m = days_after(text, max(s, cand.trigger[0] - _DAYS_AFTER_REACH), cand.trigger[0])
    if m is None or (days := _days_counted(m)) is None:
        return None
    main = next(
        (
            ev
            for ev in reversed(told)
            if ev.date_precision == "day"
            and ev.date_basis in ("explicit", "relative", "reference")
            and ev.spans.get("quote", [None])[0] == s
            and (ev.spans.get("trigger") or [m.start()])[1] <= m.start()
        ),
        None,
    )
    return None if main is None else (main, days, (m.start(), m.end()))


def _days_before_retold(
    text: str, cand: _Candidate, told: list[Event], later: Sequence[TriggerMention]
) -> tuple[Event, int, tuple[int, int]] | None:
    """For a circumstance told so many days before an event of its type that its undated
    sentence retells after it ("أعلن المتحدث أنه غداة اعتقال هشام تم القبض على والده", after
    "ألقت أجهزة أمنية القبض على والده أمس"): (the event of the type told before in another
    sentence with a day of its own; the days between; the span that counts them). `later`:
    the event words after the circumstance's in its sentence."""
    if not any(t.event_type == cand.event_type for t in later):
        return None
    s = cand.sentence[0]
    lo = max(s, cand.trigger[0] - _DAYS_AFTER_REACH)
    m = days_after(text, lo, cand.trigger[0])
    days = _days_counted(m) if m is not None else None
    if m is None:
        m = morrow_before(text, lo, cand.trigger[0])
        days = 1
    if m is None or days is None:
        return None
    main = next(
        (
            ev
            for ev in reversed(told)
            if ev.event_type == cand.event_type
            and ev.date_precision == "day"
            and ev.date_basis in ("explicit", "relative")
            and ev.spans.get("quote", [s])[0] < s
        ),
        None,
    )
    return (main, days, (m.start(), m.end())) if main is not None else None


def _date_before_told(
    event: Event, text: str, cand: _Candidate, came_after: tuple[Event, int, tuple[int, int]], spans: dict
) -> None:
    """Date the circumstance that many days before the event told before (`_came_days_after`)."""
    main, days, span = came_after
    if main.date is None:
        return
    event.date = (date.fromisoformat(main.date[:10]) - timedelta(days=days)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = list(span)


@lru_cache(maxsize=4)
def load_eve_of(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], dict[str, str]]:
    """A search for 'on the eve of' or عشية and the noun of an event after it (data/assembly.json
    `eve_cues`, `eve_nouns`), and the type each noun names, folded and lower-cased."""
    rules = load_assembly_rules(path)
    cues = sorted(set(rules.get("eve_cues", ())), key=len, reverse=True)
    nouns = {fold_str(w).lower(): t for t, words in rules.get("eve_nouns", {}).items() for w in words}
    alt = "|".join(re.escape(w) for w in cues) or "(?!)"
    noun_alt = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True)) or "(?!)"
    pattern = re.compile(r"(?<!\w)[وف]?(?:" + alt + r")\s+(?P<noun>" + noun_alt + r")(?!\w)", re.IGNORECASE)
    return pattern, nouns


def _date_on_the_eve(event: Event, text: str, cand: _Candidate, told: list[Event], spans: dict) -> None:
    """Date an event its sentence sets 'on the eve of' an event told before with a day of its
    own ("Saudi and French envoys visited Beirut on the eve of the vote", "عشية الانتخابات"):
    the day before that one, the last told of those the text dates, else of the catalogued."""
    s, e = cand.sentence
    pattern, nouns = load_eve_of()
    m = pattern.search(text, s, e)
    if m is None:
        return
    kind = nouns.get(fold_str(m.group("noun")).lower())
    before = [
        ev
        for ev in told
        if ev.event_type == kind
        and ev.date_precision == "day"
        and ev.date is not None
        and ev.date_basis in ("explicit", "relative", "reference")
        and ev.spans.get("quote", [s])[0] < s
    ]
    # the article's own event, dated by the text, before a catalogued one named in passing
    main = max(before, key=lambda ev: (ev.date_basis != "reference", ev.spans.get("quote", [0])[0]), default=None)
    if main is None or main.date is None:
        return
    event.date = (date.fromisoformat(main.date[:10]) - timedelta(days=1)).isoformat()
    event.date_precision = "day"
    event.date_basis = "relative"
    spans["date"] = [m.start(), m.end()]


# "وهذه هي المرة الأولى منذ سنوات التي تفتح فيها مصر المعبر", "it is the first time since 2005 that
# a president has been sworn in": a comment on an event told before, or on one still to come
_FIRST_TIME = re.compile(
    r"(?<![^\W\d_])(?:[وف]?(?:هذه|هذا|إنها|انها|إنه|انه|هي|وهي)\s+(?:هي\s+)?(?:المرة|المره)\s+(?:الأولى|الاولى|الثانية|الثالثة)"
    r"(?:\s+\S+){0,6}?\s+(?:التي|الذي)(?:\s+\S+){0,4}\s+$"
    r"|(?<![^\W\d_])(?:this|it)\s+(?:is|was|marks|marked)\s+the\s+(?:first|second|third)\s+time(?:\s+\S+){0,6}?\s+(?:that\s+)?(?:\S+\s+){0,4}$)",
    re.IGNORECASE,
)

# every match of `_FIRST_TIME` holds one of these words (in lower case)
_FIRST_TIME_ANCHORS = (("المرة",), ("المره",), ("time",))


def _first_time_comment(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the event word stands in a sentence that comments on how rare an event is
    ("وهذه هي المرة الأولى التي ...", "it is the first time that ..."), with no date of its own:
    the event is the one told before it, or one announced for later, not another."""
    if trigger_start - sentence_start > 160 or not may_name(text, _FIRST_TIME_ANCHORS):
        return False
    if a_denied_first_time_in(text, sentence_start, trigger_start):
        return False  # "ولم تكن هذه المرة الأولى التي يزور فيها أردوغان قطر": a deed done again
    return _FIRST_TIME.search(text[sentence_start:trigger_start]) is not None


def _catalogued_without_a_side(
    event: Event, ordered: Sequence[ActorMention], pair: Sequence[str] | None, catalog: ReferenceCatalog
) -> bool:
    """Whether the catalog dated the event though the sentence names, as its parties, two
    countries and the catalogued event is between one of them and a third one
    ("Turkey and Greece signed 15 agreements and memoranda of understanding" is not the
    2019 Turkey-Libya memoranda; "The two sides also signed ..." after a Turkish-Greek
    summit): another event of the same kind."""
    if event.date_basis != "reference" or event.reference_id is None:
        return False
    entry = catalog.get(event.reference_id)
    sides = {a.country for a in ordered if a.country} or set(pair or ())
    # between two states, a catalogued event between one of them and a third one
    return entry is not None and len(sides) == 2 and len(entry.countries) == 2 and len(sides & set(entry.countries)) == 1


def _outside_catalogued_names(
    actors: Sequence[ActorMention], references: Sequence[ReferenceMention], start: int, end: int
) -> list[ActorMention]:
    """The actors outside the names of catalogued events in the sentence (`start`, `end`): the
    city in "the Hanoi summit" or "قمة هانوي" names where that event was held, not a side."""
    names = [(r.start, r.end) for r in references if r.start < end and start < r.end]
    return [a for a in actors if not any(s <= a.start and a.end <= e for s, e in names)]


def _not_catalogued(event: Event, countries: list[str]) -> list[ReferenceEntry]:
    """The event dated as one the catalog does not know: by the publication date, with its own countries."""
    event.reference_id = None
    event.countries = countries
    event.date = event.date_precision = event.date_basis = event.end_date = None
    if event.published:
        precision = undated_precision(event)
        cut = {"day": 10, "month": 7, "year": 4}[precision]
        event.date, event.date_precision, event.date_basis = event.published[:cut], precision, "publication"  # type: ignore[assignment]
    return []


def _catalogued_day_of_its_year(
    event: Event, catalog: ReferenceCatalog, folded: FoldedText | None, context: frozenset[str]
) -> None:
    """An event word named with its year ("the 2017 blockade imposed by Saudi Arabia, the UAE,
    Bahrain and Egypt"), or a noun with the year it came in right after it ("the coup attempt in
    2016", "محاولة الانقلاب في 2016"), when the catalog knows the event its sentence names in that year,
    is that entry: it takes the entry's id and countries, and keeps the year its text gives
    (see `told_precision`)."""
    bound = None if event.published_estimated else event.published
    found = match_references(
        catalog, event.event_type, event.countries, event.quote, bound, event.language, folded=folded, context=context
    )
    if not found or found[0].date[:4] != event.date or found[0].precision == "year" or found[0].end_date:
        return
    entry = found[0]
    event.reference_id = entry.id
    for c in entry.countries:
        if c not in event.countries:
            event.countries.append(c)


def _recalled(text: str, trigger_start: int, event_type: str) -> bool:
    """Whether the event word is what a noun before it presupposes ("إحياء ذكرى
    معركة", "the anniversary of the war", "violations of the ceasefire"): an
    event of the past, not of the day."""
    pattern = load_recalled_by().get(event_type)
    return pattern is not None and pattern.search(text, max(0, trigger_start - 60), trigger_start) is not None


@lru_cache(maxsize=4)
def load_anniversary_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word counting the time since the event word after it (data/assembly.json
    `anniversary_words`), within three words, ending right before that word; not one right after
    a word of `anniversary_not_after` ("which collapsed this year after Turkey sent troops": the
    year is the clause's before, its after a conjunction)."""
    rules = load_assembly_rules(path)
    words = rules.get("anniversary_words", [])
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    not_after = "".join(r"(?<!\b" + re.escape(w) + r"\s)" for w in rules.get("anniversary_not_after", []))
    return re.compile(
        r"(?<!\S)" + not_after + r"[وفبل]?(?:ال|لل)?(?:" + alternatives + r")(?:\s+[^\s.!?؟,،;]+){0,5}\s+$", re.IGNORECASE
    )


def _dated_by_the_commemoration(event: Event, text: str, trigger_start: int, published: str | None) -> bool:
    """Whether the event is one an anniversary or a count of years recalls ("On the
    anniversary of the massacre, hundreds marched on Saturday", "Two years after the
    bombing, families gathered on Sunday") dated by its sentence to less than a year
    before the publication: that date is the commemoration's, not the old event's."""
    return (
        published is not None
        and event.date is not None
        and event.date_basis in ("explicit", "relative")
        and not _over_a_year_before(event.date, published)
        and load_anniversary_words().search(text, max(0, trigger_start - 60), trigger_start) is not None
    )


@lru_cache(maxsize=4)
def load_toll_nouns(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a noun of a count of the dead (data/assembly.json `toll_nouns`) within
    three words before the event word, ending right before that word."""
    words = load_assembly_rules(path).get("toll_nouns", [])
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return re.compile(
        r"(?<!\S)[وفب]?(?:ال)?(?:" + alternatives + r")(?:\s+(?:from|of|in|the|a|an|في|من|جراء|ال\S+|\S+ال\S+)){0,3}\s+$",
        re.IGNORECASE,
    )


def _dated_by_its_toll(event: Event, text: str, trigger: tuple[int, int], date_span: tuple[int, int] | None) -> bool:
    """Whether the event word is what a count of the dead is from and the sentence's date
    comes after it ("The death toll from a suicide bombing in Baghdad rose to 40 on
    Thursday", "ارتفعت حصيلة ضحايا التفجير إلى 40 قتيلا الخميس"): the day the count rose.
    So is one dated by the publication ("ارتفاع حصيلة الاشتباكات إلى 52 قتيلا", or a toll
    whose day of update was set aside in dating it, `_without_toll_update_dates`): a toll
    is news of an earlier deed."""
    if load_toll_nouns().search(text, max(0, trigger[0] - 50), trigger[0]) is None:
        return False
    if event.date_basis == "publication":
        return True
    return event.date_basis in ("explicit", "relative") and date_span is not None and date_span[0] >= trigger[1]


@lru_cache(maxsize=4)
def load_reaction_verbs(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a verb of a reaction (data/assembly.json `reaction_verbs`) whose object is
    the event word within six words after it, in its clause, ending right before that word
    (or its preposition: "ندد ... بالهجوم")."""
    words = load_assembly_rules(path).get("reaction_verbs", [])
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return gated_compile(
        r"(?<![^\s\"'«“])[وف]?(?:" + alternatives + r")"
        r"(?:\s+(?!(?:that|أن|بأن|إن|ان|بان)\s)[^\s.!?؟;:]+){0,6}\s+[بل]?$",
        re.IGNORECASE,
    )


def _dated_by_its_reaction(
    event: Event, text: str, trigger: tuple[int, int], date_span: list[int] | None, sentence_start: int
) -> bool:
    """Whether the event word is the object of a reaction ("دانت الخارجية العراقية، الجمعة،
    الضربات التركية", "on Friday condemned the Turkish strikes") dated by the reaction's day,
    a day before its word, or by the publication: the deed is an earlier one, retold."""
    if event.date_basis != "publication" and (
        event.date_basis not in ("explicit", "relative") or date_span is None or date_span[1] > trigger[0]
    ):
        return False
    return load_reaction_verbs().search(text, max(sentence_start, trigger[0] - 90), trigger[0]) is not None


@lru_cache(maxsize=4)
def load_claim_cues(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word by which a group claims the event word named within five words
    after it, in its clause (data/assembly.json `claim_cues`), ending right before that word: an
    Arabic claimant's full name stands between the verb and its object ("وتبنت جماعة أنصار الله
    الحوثية الهجوم")."""
    words = load_assembly_rules(path).get("claim_cues", [])
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return re.compile(
        r"(?<![^\s\"'«“])[وف]?(?:" + alternatives + r")(?:\s+(?!(?:that|أن|بأن|إن)\s)[^\s.!?؟,،;]+){0,5}\s+$", re.IGNORECASE
    )


def claims_the_word(text: str, trigger_start: int) -> bool:
    """Whether a word of claiming responsibility names the event word (`load_claim_cues`), with no
    verb of reaction between: the claimant is its doer."""
    claim = load_claim_cues().search(text, max(0, trigger_start - 90), trigger_start)
    return claim is not None and load_reaction_verbs().search(text, claim.start() + 1, trigger_start) is None


def _claimed_before(event: Event, text: str, trigger_start: int, told: list[Event]) -> Event | None:
    """The event told before that a claim names ("Islamic State claimed responsibility for
    the attack on the checkpoint on Sunday", "وتبنى تنظيم داعش الهجوم"): the latest of the
    claimed event's type sharing a country with it, else the first of that type."""
    if not told or not claims_the_word(text, trigger_start):
        return None  # (also "تبنى مجلس الأمن قرارا يدين الهجوم": a resolution adopted, reacting to it)
    of_type = [ev for ev in told if ev.event_type == event.event_type and ev.quote != event.quote]
    shared = [ev for ev in of_type if set(ev.countries) & set(event.countries)]
    return shared[-1] if shared else (of_type[0] if of_type else None)


# A relative pronoun right before a verb in the past: the clause describes a person or
# thing by what once happened to it ("جيفري، الذي عُيّن ممثلا خاصا", "Jeffrey, who was
# appointed envoy"), background rather than the day's news.
_DESCRIBING = LazyPattern(
    r"(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s+$|\b(?:who|which)\s+(?:(?:was|were|had been|has been)\s+)?$",
    re.IGNORECASE,
)


def _described_by(text: str, cand: _Candidate) -> bool:
    """Whether the candidate is a verb opening a relative clause (`_DESCRIBING`) that
    describes rather than reports: one in the past, or one in the present that says
    who holds an office ("الحزب الذي يتولى رئاسته كوسرت رسول", "who heads it")."""
    if not (cand.tense == "past" or (cand.tense == "present" and cand.event_type == "appointment")):
        return False
    m = _DESCRIBING.search(text, max(0, cand.trigger[0] - 24), cand.trigger[0])
    if m is None:
        return False
    if after_a_denied_first_time(text, m.end()):
        return False  # "وهذه ليست المرة الأولى التي أرسلت فيها تركيا قوات": a deed done before, told
    # "Abiy, who flew to Khartoum for the ceremony": how he came to the occasion, the day's news
    return not (cand.event_type == "visit" and _RELATIVE_ONLY.fullmatch(m.group()) and _a_trip_verb(text, cand))


_RELATIVE_ONLY = LazyPattern(r"\s*[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|who)\s+", re.IGNORECASE)


@lru_cache(maxsize=4)
def _trip_verbs(path: Path = ASSEMBLY_RULES) -> tuple[str, ...]:
    """Folded verbs of travelling or arriving (data/assembly.json `described_trips.verbs`)."""
    return tuple(fold_str(w).lower() for w in load_assembly_rules(path).get("described_trips", {}).get("verbs", ()))


def _a_trip_verb(text: str, cand: _Candidate) -> bool:
    """Whether the event word, with what follows it, opens with a verb of travelling or arriving."""
    told = fold_str(text[cand.trigger[0] : cand.trigger[0] + 40]).lower()
    return any(told.startswith(v) for v in _trip_verbs())


# ", who ruled Algeria for two decades before ...": an aside about someone or something
# opened by a verb in the past (perhaps after an adverb: ", which recently held"), running
# on to the event word with no comma between
_PAST_VERB = (
    r"(?:[a-z]+ed|led|ran|won|took|fought|held|oversaw|became|began|came|rose|fell|spent|"
    r"left|built|made|fled|saw|lost|sought|gave|brought|went|grew|kept|struck|shook)(?!\w)"
)
_PAST_ASIDE = LazyPattern(r",\s+(?:who|which)\s+(?:had\s+)?(?:[a-z]+ly\s+)?(?:(?P<verb>" + _PAST_VERB + r")\s[^,;:()\"“”]*)?$")
_PAST_VERB_AT = LazyPattern(_PAST_VERB)


def _in_past_aside(text: str, cand: _Candidate, dates: list[TimeMention]) -> bool:
    """Whether an English event word stands in an aside opened by ", who" or ", which" and a
    verb in the past (the event word or one before it), with no date of its own in the aside
    ("Abdelaziz Bouteflika, who ruled Algeria for two decades before mass protests forced him
    from office, has died, state television announced on Friday"; "Iraq's prime minister, who
    took office after ..., praised the operation on Monday"): the aside tells background, and
    the sentence's dates are its main clause's."""
    start = cand.trigger[0]
    if not text[start : start + 1].isascii():
        return False
    m = _PAST_ASIDE.search(text, max(cand.sentence[0], start - 150), start)
    if m is None or (m.group("verb") is None and _PAST_VERB_AT.match(text, start) is None):
        return False
    if cand.event_type == "visit" and _RELATIVE_ONLY.fullmatch(m.group(), 1) and _a_trip_verb(text, cand):
        return False  # ", who travelled to Amman for the talks,": how he came to the occasion told
    close = text.find(",", start, cand.sentence[1])
    end = close if close >= 0 else cand.sentence[1]
    # a date before the aside dates what it describes, which may be the event's too
    # ("signed the Stockholm Agreement in December 2018, which included a ceasefire")
    return not any(d.start < end and not d.recurring for d in dates)


def _in_recent_aside(text: str, cand: _Candidate, dates: list[TimeMention]) -> bool:
    """Whether an event word of an aside in the past (`_in_past_aside`) is told as recent
    ("Iran, which recently held elections, announced a cabinet on Saturday"): the main
    clause's day is not its own, and only the catalog may date it."""
    return cand.reference_id is None and _in_past_aside(text, cand, dates) and _told_as_recent(text, cand)


def _undated(cand: _Candidate, dates: list[TimeMention], text: str, published: str | None) -> bool:
    """Whether only the catalog could keep `_date_event` from dating the candidate
    by the publication: it has a publication date, no catalog entry of its own and
    no usable time expression in its sentence."""
    if not published or cand.reference_id is not None:
        return False
    return not any(not d.recurring and not _is_duration(text, d) for d in dates)


# "in the wake of", "following", "في أعقاب", "عقب": the catalogued event named right after
# is what the sentence's event followed (not "since", which measures a span to now)
_SETTING_CUE = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:في\s+أعقاب|في\s+اعقاب|بعد|عقب|إثر|اثر|غداة|على\s+إثر)"
    r"|after|following|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of)"
    r"(?:\s+(?:the|a|an))?\s+$",
    re.IGNORECASE,
)


def _after_old_setting(text: str, cand: _Candidate, references: Sequence[ReferenceMention], published: str | None) -> bool:
    """Whether the sentence tells its event as what followed a catalogued event more than a
    year before the publication ("في أعقاب محاولة الانقلاب الفاشلة في تركيا اعتقلت
    السلطات ...", "Following the Houthi takeover of Sanaa, Saudi Arabia intervened"): with
    no date of its own, it is background of that time, not the day's news."""
    if not published:
        return False
    s, e = cand.sentence
    return any(
        s <= r.start < e
        and not r.start <= cand.trigger[0] < r.end
        and _SETTING_CUE.search(text, max(s, r.start - 30), r.start) is not None
        and _over_a_year_before(r.end_date or r.date, published)
        for r in references
    )


# "وبموجب الاتفاقية، تمت إقامة قاعدة", "Under the agreement, Turkey set up a base": what
# a deal told before brought about
_UNDER_THE_AGREEMENT = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:بموجب|بمقتضى|وفق|وفقا\s+ل|تنفيذا\s+ل)\s*(?:ال|لل)?(?:اتفاقية|اتفاقيه|اتفاق|معاهدة|معاهده)"
    r"|(?:under|as\s+part\s+of|in\s+line\s+with|pursuant\s+to)\s+the\s+(?:agreement|deal|accord|treaty))(?!\w)",
    re.IGNORECASE,
    compiler=gated_compile,
)


_AGREEMENT_TYPES = frozenset({"agreement", "ratification"})


def _under_an_old_agreement(text: str, cand: _Candidate, told: Sequence[Event], published: str | None) -> bool:
    """Whether an event with no date of its own is told as done under "the agreement"
    (بموجب الاتفاقية، under the agreement) before it in its sentence, when the
    agreement the article told before dates more than a year before the publication:
    what that deal brought about then, not the day's news."""
    if not published or cand.event_type in _AGREEMENT_TYPES:
        return False
    s, _ = cand.sentence
    if _UNDER_THE_AGREEMENT.search(text, s, cand.trigger[0]) is None:
        return False
    deals = [ev for ev in told if ev.event_type in _AGREEMENT_TYPES and ev.date and ev.date_basis != "publication"]
    return bool(deals) and all(_over_a_year_before(ev.date or "", published) for ev in deals)


def _names_catalogued(cand: _Candidate, folded: FoldedText, catalog: ReferenceCatalog) -> bool:
    """Whether the sentence holds a keyword of a catalogued event of the candidate's
    type (or of a visit, which a hosted meeting becomes): without one, an
    `_undated` candidate is dated by the publication."""
    types = (cand.event_type, "visit") if cand.event_type == "meeting" else (cand.event_type,)
    return any(catalog.names_any(t, folded) for t in types)


# What follows the event word and gives its cause ("air strikes in response to the
# chemical attack on Douma", "غارات ردا على هجوم كيماوي على دوما") names another
# event: its words do not say which catalogued event this one is. (A time setting,
# "entered into force after parliament ratified it", may name this very event.)
_SETTING_AFTER = LazyPattern(
    r"(?<!\w)[وف]?(?:" + _RESPONSE_AR + r")|(?<!\w)(?:" + _RESPONSE_EN + r")\s",
    re.IGNORECASE,
)


def _without_setting(
    quote: str, cand: _Candidate, folded: FoldedText | None
) -> tuple[str, FoldedText | None]:
    """The sentence (and its fold) with the setting after the event word blanked out,
    and a relative clause set off by a comma after it ("... سنجار، التي تصدت لتنظيم داعش
    الذي اجتاح المنطقة عام 2014", "..., which was seized by ISIS in 2014"): that clause
    describes another noun, and the catalogued event it names is not this one. A clause
    right after the event word's own noun phrase describes the event and is kept."""
    t1 = cand.trigger[1] - cand.sentence[0]
    m = _SETTING_AFTER.search(quote, t1)
    told = quote if m is None else quote[: m.start()] + " " * (len(quote) - m.start())
    pos = t1
    while (aside := _ASIDE_OPEN.search(told, pos)) is not None:
        pos = aside.end()
        if _same_noun_phrase(told[t1 : aside.start()]):
            continue  # "الهجوم الانتحاري، الذي استهدف ...": the event itself
        close = _CLAUSE_BREAK.search(told, pos)
        end = close.start() if close is not None else len(told)
        told = told[: aside.start()] + " " * (end - aside.start()) + told[end:]
        pos = end
    if told is quote:
        return quote, folded
    return told, None


# "agreed Saturday to a ceasefire starting Monday", "هدنة تبدأ اعتبارا من الاثنين": the
# day something takes effect, not the day it was agreed
_ONSET_BEFORE = LazyPattern(
    r"(?<!\S)(?:starting|beginning|effective|as\s+of|[وف]?(?:اعتبارا|اعتبارًا|ابتداء|ابتداءً|بدءا|بدءًا)\s+من)"
    r"(?:\s+(?:on|from|يوم))?\s+$",
    re.IGNORECASE,
)


def _is_onset(text: str, mention: TimeMention) -> bool:
    """Whether `mention` says when something takes effect ("ابتداء من اليوم")."""
    return _ONSET_BEFORE.search(text, max(0, mention.start - 25), mention.start) is not None


def _without_onsets(text: str, dates: list[TimeMention], sentence: Sequence[TimeMention] = ()) -> list[TimeMention]:
    """`dates` less those that say when something takes effect, when another is left in
    them or in the `sentence`'s dates ("أعلن، مساء الثلاثاء، قطع العلاقات ابتداء من اليوم")."""
    kept = [d for d in dates if not _is_onset(text, d)]
    if kept or not dates:
        return kept
    return [] if any(not _is_onset(text, d) for d in sentence) else dates


def _named_apart(
    event: Event,
    cand: _Candidate,
    told: str,
    catalog: ReferenceCatalog,
    bound: str | None,
    context: frozenset[str],
    told_folded: FoldedText | None = None,
) -> list[ReferenceEntry]:
    """The catalogued events the event's sentence names by its own words when the names of the
    other deeds of its type the sentence tells (catalogued names apart from its event word) are
    left out: "أمر بقصف قاعدة الشعيرات، رداً على هجوم خان شيخون", "ذكرى اغتيال سليماني، وكذلك
    الرد الإيراني بقصف قاعدة عين الأسد". Such a name is another deed, told beside this one; an
    alias outweighs the keywords of the event's own entry, which wins once it is left out.
    Empty when no such name stands in the sentence, or when without them nothing, or the same
    entries, would be named (a name that tells the event itself: "the operation, dubbed Olive
    Branch"). `told_folded`: the fold of `told`, when at hand."""
    apart = _names_apart(event, cand, told, catalog, bound, told_folded)
    if not apart:
        return []
    found = match_references(
        catalog, event.event_type, event.countries, _blanked(told, [(r.start, r.end) for r in apart]), bound,
        event.language, context=context, trigger=event.trigger,
    )
    named = {r.ref_id for r in apart}
    return found if found and found[0].id not in named else []


def _names_apart(
    event: Event,
    cand: _Candidate,
    told: str,
    catalog: ReferenceCatalog,
    bound: str | None,
    told_folded: FoldedText | None = None,
) -> list[ReferenceMention]:
    """The catalogued names of deeds of the event's type in its sentence `told` (offsets in it)
    that lie apart from its event word (`told_folded`: the fold of `told`, when at hand)."""
    t0, t1 = cand.trigger[0] - cand.sentence[0], cand.trigger[1] - cand.sentence[0]
    return [
        r
        for r in find_references(told, told_folded if told_folded is not None else fold(told), catalog, bound)
        if r.event_type == event.event_type and not (r.start < t1 and t0 < r.end)
    ]


def _blanked(quote: str, spans: Sequence[tuple[int, int]]) -> str:
    """`quote` with the stretches `spans` (offsets in it) turned to spaces."""
    for start, end in spans:
        start, end = max(0, start), min(len(quote), end)
        if start < end:
            quote = quote[:start] + " " * (end - start) + quote[end:]
    return quote


_WEEKDAY_LEADS = frozenset({"يوم", "on", "ليوم"})


def _bare_weekday(text: str, span: Sequence[int] | None) -> bool:
    """Whether the time expression at `span` is a weekday alone ("الأحد", "يوم الأحد",
    "on Sunday"), with no word that says which one ("الماضي", "last"); since or منذ right before
    it says which (ويتظاهر الآلاف منذ الاثنين: the Monday gone by, when the deed going on began)."""
    if not span or _SINCE_RIGHT_BEFORE.search(text, max(0, span[0] - 12), span[0]) is not None:
        return False
    words = fold_str(text[span[0] : span[1]]).lower().split()
    weekdays = load_calendar().weekdays
    return bool(words) and words[-1].lstrip("وف") in weekdays and all(w in _WEEKDAY_LEADS for w in words[:-1])


@lru_cache(maxsize=4)
def load_present_lead_verbs(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Present verbs that open a sentence and carry a noun event word (data/assembly.json `present_lead_verbs`)."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("present_lead_verbs", ()))


def _told_in_present(text: str, cand: _Candidate) -> bool:
    """Whether an Arabic event is told in the present: by a verb of its own (يزور، يجري) or,
    for a noun, by a present verb that opens its sentence (يؤدي ... اليمين)."""
    if not is_arabic(cand.trigger_text[:1]):
        return False  # an English plural reads as a present verb ("the clashes on Monday")
    if cand.tense == "present":
        return True
    if cand.tense:
        return False
    first = text[cand.sentence[0] : cand.trigger[0]].split()[:1]
    if not first:
        return False
    word = fold_str(first[0]).strip(_EDGE_PUNCTUATION)
    verbs = load_present_lead_verbs()
    return word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs)


def _days_before(day: str | None, published: str | None) -> int:
    """How many days `day` is before `published` (0 when either is unknown)."""
    try:
        return (date.fromisoformat(published or "") - date.fromisoformat(day or "")).days
    except ValueError:
        return 0


def _after_publication(event: Event) -> bool:
    """Whether the event's date begins after the article was published (at the
    date's own precision: May is not after 9 May)."""
    if not event.date or not event.published or event.published_estimated:
        return False  # an estimated publication date is only a lower bound
    return event.date > event.published[: len(event.date)]


# "ارتفعت حصيلة ضحايا التفجير ... إلى 30 قتيلا", "the death toll from the bombing rose to 30":
# the toll's noun just before the attack's word, and the figure it rose to after it
_TOLL_FIGURE = LazyPattern(
    r"(?:إلى|الى)\s+(?:نحو\s+|أكثر\s+من\s+|ما\s+لا\s+يقل\s+عن\s+)?[\d٠-٩]|\bto\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?\d",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def load_toll_heads(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a toll's noun (data/assembly.json `toll_nouns`) that ends a stretch of
    text before an attack's word: "حصيلة ضحايا التفجير", "the death toll from the"."""
    words = sorted(set(load_assembly_rules(path).get("toll_nouns", [])), key=len, reverse=True)

    def alternatives(arabic: bool) -> str:
        chosen = [re.escape(w).replace(r"\ ", r"\s+") for w in words if is_arabic(w[:1]) == arabic]
        return "|".join(chosen) or "(?!)"

    return re.compile(
        r"(?:" + alternatives(True) + r")(?:\s+(?:ال)?(?:ضحايا|قتلى|القتلى))?"
        r"(?:\s+(?:جراء|جرّاء|في|من))?\s+\S*$"
        r"|\b(?:" + alternatives(False) + r")\s+(?:from|of|in)\s+(?:the\s+)?(?:\w+'s\s+)?$",
        re.IGNORECASE,
    )


def _without_toll_update_dates(text: str, cand: _Candidate, dates: list[TimeMention]) -> list[TimeMention]:
    """The dates of an attack's sentence without those of a death-toll update that
    names it ("ارتفعت الأحد حصيلة ضحايا التفجير الذي وقع الخميس إلى 30 قتيلا"): the day
    the toll rose, told before the toll's noun or after the figure, is not the attack's;
    a date in the attack's own clause between them is."""
    s = cand.sentence[0]
    before = text[max(s, cand.trigger[0] - 60) : cand.trigger[0]]
    if "حصيل" not in before and "عدد" not in before and "toll" not in before.lower() and "number" not in before.lower():
        return dates
    head = load_toll_heads().search(before)
    if head is None:
        return dates
    head_start = cand.trigger[0] - len(before) + head.start()
    figure = _TOLL_FIGURE.search(text, cand.trigger[1], cand.sentence[1])
    figure_start = figure.start() if figure is not None else cand.sentence[1]
    return [d for d in dates if head_start <= d.start and d.end <= figure_start]


def _named_after(
    catalog: ReferenceCatalog, event: Event, told: str, before: str, bound: str | None, entry: ReferenceEntry
) -> bool:
    """Whether the catalogued `entry` is named by an alias in the part of the sentence from its word
    of after on (`told` less the part `before` it), not only by keywords it shares with the rest."""
    cut = len(before.rstrip())
    named = entry_named(catalog, event.event_type, " " * cut + told[cut:], bound, event.language)
    return named is not None and named.id == entry.id


def _date_event(
    event: Event,
    cand: _Candidate,
    dates: list[TimeMention],
    catalog: ReferenceCatalog,
    text: str,
    spans: dict,
    folded: FoldedText | None = None,
    own: tuple[int, int] | None = None,
    context: frozenset[str] = frozenset(),
) -> list[ReferenceEntry]:
    """Date the event from its sentence, the catalog, or the publication date.

    `folded` is the sentence folded and `own` its dating clause, when at hand;
    `context` the countries the article is about (see `_article_countries`).
    Returns the other catalogued events the sentence lists with the one that
    dates it (joiners of a boycott on later days), for the caller to split off.
    """
    if own is None:
        own = _dating_clause(event.quote, cand.sentence[0], cand.trigger)
    if cand.epithet:
        dates = []  # "supporters of ousted president Morsi ... on August 14": the ouster is older
    # no catalogued event after the publication; an estimated publication date
    # is only a lower bound (the article names events after its latest date)
    bound = None if event.published_estimated else event.published
    # recurring dates, durations and compared ones, dropped once for both uses here; a date compared
    # with ("أعلى مستوى له منذ ديسمبر 2014") is no catalogued event's year either
    compared = [d for d in dates if compared_since(text, d, cand.trigger)] if dates else []
    # "تدخل التحالف ... منذ ثلاث سنوات": years counted back to a catalogued deed's onset, its year
    counted_back = [d for d in dates if _is_duration(text, d) and d not in compared] if dates else []
    dates = (
        [d for d in dates if not d.recurring and not _is_duration(text, d) and d not in compared]
        if dates
        else dates
    )
    # "the bloodiest day since the protests erupted in early October, as police shot dead ...": the onset's time
    onsets = [d for d in dates if dates_a_compared_onset(text, d, cand.trigger)] if dates else []
    if dates:
        dates = [
            d
            for d in dates
            if d not in onsets
            and not _figure_compared(text, d, cand.trigger)
            and not _dates_a_citation(text, d)
            and not _dates_a_later_plan(text, cand.trigger, d)
            and not _ends_a_span(text, d)  # "ordered him held until May 29": when the span ends
            and not _names_a_thing(text, d, cand.trigger, event.event_type, cand.tense == "past")
            and not described_time(text, d)  # "واصفا ليلة أمس بأنها وصمة سوداء"
            and not dates_a_lasting_state(text, d, cand.trigger)  # "حالة العداء القائمة ... منذ عام 1948"
            # "Mossadegh was overthrown in a 1953 coup": the catalogued coup's day, not its year
            and not (event.language == "en" and catalogued_means(event, text, d, catalog, folded, context))
        ]
    if dates and event.event_type == "attack":
        dates = _without_toll_update_dates(text, cand, dates)
    dates = without_dateline_dates(text, dates, cand.sentence)  # "TUNIS, April 18 (Reuters) - ... late on Monday"
    if dates:
        # "Talks in 2013 paved the way for the agreement signed in 2015": each deed its own time
        dates = apart_from_the_way_paved(text, dates, cand.trigger, cand.sentence)
        # "a truce called for when they met on Jan. 8 took effect on Sunday": the clause of time's date is its own
        dates = outside_time_clauses(text, dates, cand.trigger, cand.sentence)
        # "... الموقع عام 1974 انهار، فيما أعلن الجيش نشر قوات": the year is the first clause's
        dates = outside_the_clause_contrasted(text, dates, cand.trigger, cand.sentence)
    if dates and (onset := onset_clause_of_the_going_on(text, cand.trigger, cand.sentence[1])) is not None:
        # "On Saturday, the sit-in that began there a week ago continued": the onset's time, not the day told
        dates = [d for d in dates if not onset[0] <= d.start < onset[1]]
    in_own = _without_onsets(text, [d for d in dates if d.start < own[1] and own[0] < d.end], dates)
    # "أقيم العام الماضي ... في فبراير 2019": the month the clause writes within the year
    chosen = refined_year(_nearest_date(in_own, cand.trigger), in_own)
    # "This week he toured camps in Hatay on Tuesday": the weekday the week holds
    chosen = refined_week(chosen, in_own, cand.trigger, event.published)
    if chosen is not None and event.language == "en" and chosen.end <= cand.trigger[0]:
        # "pulled out in December 2011 under a security pact approved by the Iraqi parliament in 2008",
        # "led to the resignation of the prime minister in 2012": the time right after the event word,
        # past a verb's agent or a noun's complement, is the word's own
        chosen = time_right_after_the_word(text, cand.trigger, in_own) or chosen
    if cand.circumstance:
        chosen = _morrow_of(text, cand.trigger, chosen)  # "اليوم الخميس ... غداة انقلاب أطاح": Wednesday's coup
    if chosen is not None and chosen.end <= cand.trigger[0] and _dates_the_saying(text, chosen):
        # "The US military said on Tuesday it had carried out strikes ... on Monday"
        chosen = _nearest_date([d for d in in_own if d.start >= cand.trigger[1]], cand.trigger) or chosen
    if event.language == "ar" and (deed_day := day_of_the_deed_announced(text, cand, chosen, dates)) is not None:
        chosen = deed_day  # "أعلنت القيادة، الأحد، عن تنفيذ غارة جوية على هدف، السبت"
    chosen = _date_of_its_holding(text, cand, dates) or chosen  # "the election that took place on Sunday"
    if chosen is None:
        chosen = date_of_its_onset(text, cand, dates)  # "a sit-in, which started on April 6, continued"
    if event.event_type == "election":
        # "أعلنت الهيئة، أمس الاثنين، فوز الرئيس ... في الاقتراع الذي جرى يوم الأحد": the polling day
        chosen = _date_of_its_ballot(text, cand, dates, chosen) or chosen
    # "اعتصام أنصار الشيخ قاسم، المستمر أمام منزله منذ يونيو 2016": when the deed going on began
    chosen = date_of_its_continuation(text, cand, dates) or chosen
    if chosen is None and dates:
        chosen = day_of_its_gathering(text, cand, dates)  # "تعهد المانحون في مؤتمر ... الذي عقد الثلاثاء"
    if (second := date_of_second_conjunct(text, cand.trigger, chosen, in_own, cand.tense)) is not None:
        chosen = second  # "the capture of Afrin in 2018 and an offensive ... in October 2019"
    if dates and (told_when := date_of_when_clause(text, cand.trigger, dates, chosen)) is not None:
        chosen = told_when  # "since February 22, when protests erupted over ... the April 18 election"
    if dates and (in_the_noun := noun_date(text, cand.trigger, dates, cand.tense)) is not None:
        chosen = in_the_noun  # "ألغت في مارس 2023 انتخابات سبتمبر 2022": the election's own month
    if chosen is None and dates and cand.reference_id is None:
        chosen = day_before_the_wake(text, cand, dates)  # "أعلن، مساء الأحد، عقب اتصال هاتفي"
    if chosen is None and dates and cand.reference_id is None and event.event_type == "attack":
        chosen = day_of_its_dead(text, cand, dates)  # "لقي ثلاثة جنود مصرعهم، يوم الثلاثاء، إثر تعرضهم لهجوم"
    if chosen is None and dates:
        chosen = _date_after_aside(event.quote, cand.sentence[0], own, dates)
    if chosen is None and dates:
        # "وفي 11 حزيران أصدر نائب الرئيس، الذي تولى مهام الرئاسة، مرسوما بتعيينه": the decree's time
        chosen = _date_before_its_aside(event.quote, cand.sentence[0], own, dates)
    if chosen is None and dates:
        # "The treaty, signed by Medvedev and Obama in Prague in April, must still be approved"
        chosen = date_in_participle_aside(text, cand.trigger, cand.sentence[1], dates)
    if chosen is None and dates and event.language == "en" and cand.tense != "past":
        # "An agreement brokered by Charles Michel and signed in April was meant to defuse the standoff"
        chosen = date_in_bare_participle_phrase(text, cand.trigger, cand.sentence[1], dates)
    if chosen is None and dates and event.language == "en" and cand.tense != "past":
        # "the interim accord, which he and Arafat signed at the White House on September 28, into"
        chosen = date_in_relative_deed(text, cand.trigger, cand.sentence[1], dates)
    if chosen is None and dates:
        # "invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks, and toppled the Taliban"
        chosen = date_before_an_aside(text, cand.trigger, cand.sentence, dates, cand.tense)
    if chosen is None and dates and event.language == "en" and cand.reference_id is None:
        # "the 2003 Rose Revolution, a wave of street demonstrations that forced Shevardnadze to step down"
        chosen = year_of_the_described_name(text, cand.trigger, cand.sentence, dates)
    if chosen is None and dates and event.language == "en":
        # "appointed X, a former minister, to form a government the following day"
        chosen = _date_after_appositive(text, own, cand.sentence[1], dates)
    if chosen is None and dates and event.language == "ar":
        # "اعتقلت النمر، أحد أبرز وجوه الاحتجاجات، في يوليو 2012": the time past the phrase
        chosen = _date_after_arabic_appositive(text, own, cand.sentence[1], dates)
    if chosen is None and onsets and dates:
        chosen = day_of_the_comparison(cand.sentence, onsets, dates)  # "on Thursday saw the deadliest ... since"
    # "On January 28, 2024, a drone ... struck"; "In March last year he presented a plan, which
    # Arab leaders adopted at a summit in Cairo": the opening date holds for a clause with none
    fronted = (
        (
            _opening_date(text, cand.sentence[0], cand.trigger[0], dates)
            if event.language == "en"
            else arabic_fronted_date(text, cand, dates)  # "وفي 12 يونيو، أعلن الجيش أن طائراته قصفت"
        )
        if chosen is None and not cand.background and cand.reference_id is None
        else None
    )
    if chosen is None and event.language == "en" and cand.background and cand.reference_id is None:
        fronted = fronted_for_prior_deed(text, cand, dates)  # "In October, ... removed the mayor after he was arrested"
    if cand.reference_id is not None and chosen is not None:
        entry = catalog.get(cand.reference_id)
        if _new_round(text, cand, chosen, entry):
            event.reference_id = None  # "استؤنفت مشاورات الكويت اليوم": a new round, on its own day
        elif entry is not None and counts_from_the_entry(text, cand, chosen, entry.date):
            event.reference_id = None  # "صوّت المجلس، أمس الأحد، على قبول استقالة ..، بعد يومين من إعلان": a later step
        elif (
            entry is not None
            and _disagrees(chosen.value, entry.date)
            and (
                _date_of_the_word(text, cand.trigger, chosen, entry.date)
                or date_of_another_entry(text, cand.trigger, chosen, entry, catalog)
            )
        ):
            event.reference_id = None  # "استقالة الحكومة في كانون الأول/ديسمبر": the text's own date
        elif cand.background or (entry is not None and _disagrees(chosen.value, entry.date)):
            # a catalogued event told in passing, or beside a date not its own: the
            # sentence's dates are another event's; the catalog dates this one
            chosen = None
        elif entry is not None and is_recent_span(chosen):
            chosen = None  # "استهداف ناقلتين قبل أسابيع قليلة": the catalog's own day within that stretch
    vague = None
    if chosen is not None and cand.reference_id is None and is_recent_span(chosen):
        vague, chosen = chosen, None  # "in recent weeks": a catalogued event's own day within it, if one is named
    entry = None
    also: list[ReferenceEntry] = []
    came_after: ReferenceEntry | None = None  # the other side's catalogued deed the event word's deed came after
    if chosen is None:
        if cand.reference_id is not None:
            entry = catalog.get(cand.reference_id)
        else:
            told, told_folded = _without_setting(event.quote, cand, folded)
            if (unnamed := without_predecessors(told, cand.trigger[1] - cand.sentence[0], event.event_type)) is not None:
                told, told_folded = unnamed, None  # "خلفا لعبد الحميد الدبيبة": not the predecessor's taking office
            if compared:
                told, told_folded = _blanked(told, [(d.start - cand.sentence[0], d.end - cand.sentence[0]) for d in compared]), None
            if baselines := [b for b in compared_periods(text, cand.sentence) if not b[0] <= cand.trigger[0] < b[1]]:
                # "the heaviest bombardment since the 2014 war": the baseline's words name no catalogued deed of this one
                told, told_folded = _blanked(told, [(a - cand.sentence[0], b - cand.sentence[0]) for a, b in baselines]), None
            if told_folded is None and not _is_siege(event):
                told_folded = fold(told)  # folded once, for the catalog's keywords and for its names apart
            entry, *also = (not _is_siege(event) and match_references(
                catalog, event.event_type, event.countries, told, bound, event.language, folded=told_folded,
                context=context, trigger=event.trigger,
            )) or [None]
            if not _is_siege(event) and (own_words := _named_apart(event, cand, told, catalog, bound, context, told_folded)):
                entry, *also = own_words
            if (
                entry is not None
                and (before := before_the_after(told, cand, text)) is not None
                and (
                    by_the_other_side(event, entry.countries)
                    # ("sworn in as interim president, hours after the military ousted Morsi": one more act)
                    or (
                        event.event_type in SEPARATE_ACTS
                        # (not "stepped down, one day after he was sworn in": a count from the catalogued act;
                        # nor "resigned after the October 2019 protests": the act itself, its name before)
                        and days_after_the_entry(text, cand, entry.date) is None
                        and _named_after(catalog, event, told, before, bound, entry)
                    )
                )
            ):
                # "Israel launched its offensive in Gaza after the October 7 attack": the earlier deed,
                # of the other side, told in passing, is not the one the event word tells
                kept = match_references(
                    catalog, event.event_type, event.countries, before, bound, event.language, context=context, trigger=event.trigger
                )
                if not kept or kept[0].id != entry.id:
                    came_after, (entry, *also) = entry, kept or [None]
        if cand.reference_id is None and _older_vote_than_the_ballot(event, cand, text, entry):
            entry, also = None, []
        if cand.reference_id is None and entry is not None and _unfit(event, entry):
            entry, also = None, []
        if entry is not None and told_as_running(text, cand.trigger):
            # "لليوم السادس على التوالي": this day's stretch, not the day the campaign began
            entry, also = None, []
            event.reference_id = None
        year = _year_with_the_word(text, cand.trigger)
        if year is not None and entry is not None and entry.date[:4] != year:
            # "مقارنة بانتخابات 2018": the year, not the catalog's event of another year
            entry, also = None, []
            event.reference_id = None
        if cand.reference_id is None and entry is not None and (recent := _recent_over_older(event, cand, text, catalog, entry)):
            entry, also = recent, []
        if bound is not None:
            if entry is not None and entry.date[:10] > bound:
                # an event the catalog knows only later: not that one
                entry, also = None, []
                event.reference_id = None
            also = [a for a in also if a.date[:10] <= bound]
        # a date in a neighbouring clause ("أعلنت موريتانيا، اليوم، قطع علاقاتها")
        # is used when the catalog knows nothing better; one behind a
        # subordinator belongs to another event ("the agreement that they signed in 2001")
        if fronted is not None and (entry is None or _disagrees(fronted.value, entry.date)):
            # "On January 28, 2024, a drone ... struck": the catalog's finer day only when it agrees
            chosen, entry, also = fronted, None, []
            event.reference_id = None
        if (
            came_after is not None
            and entry is None
            and fronted is None
            and (bound is None or came_after.date[:10] <= bound)
            and soon_after(text, cand)  # (not "two months after")
        ):
            # "Israel launched its offensive after the October 7 attack": soon after it, in its month,
            # not at a time of another clause of the sentence
            event.date, event.date_precision, event.date_basis = came_after.date[:7], "month", "reference"
            event.end_date = None
            return []
        if (
            dates
            and chosen is None
            and year is None
            and (entry is None or cand.reference_id is None or counts_days_after(text, cand))
            and not in_measured_opener(text, cand.sentence[0], cand.trigger[0])  # "وقبل ساعات من سريان الهدنة، ..."
        ):
            wide = _dating_clause(event.quote, cand.sentence[0], cand.trigger, punctuation=False)
            in_wide = [d for d in dates if d.start < wide[1] and wide[0] < d.end]
            # "أن المذكرة التي وقعتها أمس باطلة، واستدعت سفيرها": أمس is the memorandum's
            in_wide = outside_closed_relatives(text, in_wide, cand.sentence[0], cand.trigger[0])
            # "..., even as residents reported air strikes on Sunday", "...، فيما شهدت موسكو مساء أمس احتجاجات"
            in_wide = outside_contrast_clauses(text, in_wide, cand.trigger, event.language or "en")
            # "... at the weekend, and a further 1,000 U.S. troops are being moved": under way as told
            in_wide = outside_the_clause_before(text, in_wide, cand.trigger, cand.sentence)
            if cand.tense == "past" and bound is not None:
                # "دعت ميركل إلى اجتماع يوم الاثنين المقبل، فيما عقد هولاند اجتماعا طارئا": a time yet
                # to come is another clause's plan, no time of a deed told done
                in_wide = [d for d in in_wide if d.value[:10] <= bound[: len(d.value[:10])]]
            day = _nearest_date(_without_onsets(text, in_wide, dates), cand.trigger)
            day = _morrow_of(text, cand.trigger, day)  # "في 8 أكتوبر، غداة هجوم": the attack on the 7th
            if day is not None and entry is not None and is_recent_span(day) and not _disagrees(day.value, entry.date):
                day = None  # "استهداف ناقلتين قبل أسابيع قليلة": the catalog's own day within that stretch
            reacted = load_reaction_verbs().search(text, max(cand.sentence[0], cand.trigger[0] - 90), cand.trigger[0])
            # "قرر المجلس، أمس، إغلاق ...": the decision's day; "ووصف الوزير، أمس، قطع العلاقات": not the deed's
            if (
                entry is None
                or (
                    cand.reference_id is None
                    and _recent_day_beats(entry, day, day is not None and right_after_its_verb(text, cand, day))
                    and reacted is None
                )
                or (day is not None and counts_from_the_entry(text, cand, day, entry.date))  # a later step
            ):
                chosen, entry, also = day, None, []
                event.reference_id = None
    if vague is not None and chosen is None and (entry is None or _disagrees(vague.value, entry.date)):
        chosen, entry, also = vague, None, []
        event.reference_id = None
    if chosen is not None and _since_a_stretch(text, chosen):
        # "have been detained since the weekend": begun on one of its days, which one untold
        chosen = replace(chosen, value=chosen.value[:7], precision="month", end_value=None)
    if chosen is not None:
        event.date, event.date_precision, event.date_basis = chosen.value, chosen.precision, chosen.basis
        event.end_date = chosen.end_value
        spans["date"] = [chosen.start, chosen.end]
        if entry is None and chosen.precision != "year":
            _same_as_catalogued(event, chosen.value, catalog, folded, cand)
        return []
    if entry is not None and (later := days_after_the_entry(text, cand, entry.date)) is not None:
        # "has stepped down, just one day after he was sworn in": a day after the catalogued deed
        event.date, event.date_precision, event.date_basis = later, "day", "relative"
        event.end_date = None
        event.reference_id = None
        return []
    if entry is not None and link_recalled(event, entry):
        wide = _dating_clause(event.quote, cand.sentence[0], cand.trigger, punctuation=False)
        exact = [d for d in dates if not is_recent_span(d)]
        told = (
            told_coarser(entry, text, cand.trigger, fronted)
            # (not a stretch up to the publication, "قبل أسابيع قليلة": too vague to coarsen the catalog's day)
            or told_coarser(entry, text, cand.trigger, month_of_the_entry(entry, text, exact))
            or told_coarser(entry, text, cand.trigger, year_of_the_entry(entry, text, cand.trigger, exact, wide))
            or told_coarser(entry, text, cand.trigger, year_of_the_entry(entry, text, cand.trigger, counted_back, wide))
            # "last summer's war in Gaza, in which 2,200 people were killed": the year of the war the clause tells of
            or told_coarser(entry, text, cand.trigger, year_of_the_head(entry, text, wide, exact))
            # "وفي 2013، وبعد أن أزاح ... مرسي إثر تظاهرات حاشدة": the year that opens the sentence
            or told_coarser(entry, text, cand.trigger, _fronted_date(text, cand.sentence[0], cand.trigger[0], dates))
        )
        if told is not None:
            keep_told_precision(event, told)  # "In 2019, ...", "the 2018 election", "in July 2013": the text's
        return also
    recent = _recent_catalogued(event, cand, text, catalog)
    if recent is not None:
        event.date, event.date_precision, event.date_basis = recent.date, recent.precision, "reference"  # type: ignore[assignment]
        event.end_date = recent.end_date
        event.reference_id = recent.id
        return []
    if _dated_by_its_year(event, text, cand.trigger):
        return []
    if told_in_a_decade(text, own, cand.trigger):
        return []  # "abducted citizens in the 1970s": no year of it, and not the publication's day
    if (cause_year := year_of_its_cause(text, cand, dates, event.published)) is not None:
        # "عام 1989، حين اندلعت احتجاجات ...، وأفضت إلى استقالة حكومة زيد الرفاعي": that year
        event.date, event.date_precision, event.date_basis = cause_year, "year", "explicit"  # type: ignore[assignment]
        event.end_date = None
        return []
    if event.published:
        precision = undated_precision(event)
        cut = {"day": 10, "month": 7, "year": 4}[precision]
        event.date, event.date_precision, event.date_basis = event.published[:cut], precision, "publication"  # type: ignore[assignment]
    return []


@lru_cache(maxsize=4)
def load_recency_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """Words that tell an event as done a short while ago (`recency_words` of assembly.json:
    مؤخرا, recently), as whole words."""
    words = sorted(load_assembly_rules(path).get("recency_words", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"(?<![^\W\d_])(?:" + alternatives + r")(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _recency_anchors(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, ...], ...]:
    """The words of each word of recency (`recency_words`)."""
    return anchor_words(load_assembly_rules(path).get("recency_words", ()))


# The days before the publication in which an event told as recent is looked for in the catalog
RECENT_DAYS = 45
# Characters after the event word within which a word of recency qualifies it
RECENCY_REACH = 60
# Words before the event word within which a word of recency qualifies it: the adverb of its verb
# ("Iran, which recently held presidential elections", "أجرت مؤخرا انتخابات")
RECENCY_WORDS_BEFORE = 4
_A_WORD = LazyPattern(r"[^\W_]+")


def _words_back(text: str, lo: int, hi: int, count: int) -> int:
    """Where the `count`-th word before `hi` starts, no earlier than `lo`."""
    starts = [m.start() for m in _A_WORD.finditer(text, max(lo, hi - 200), hi)]
    return starts[-count] if len(starts) >= count else max(lo, hi - 200)


def _recent_catalogued(event: Event, cand: _Candidate, text: str, catalog: ReferenceCatalog) -> ReferenceEntry | None:
    """The catalogued event that an undated event told as recent is ("في إشارة إلى زيارة
    الرئيس الفرنسي إلى الجزائر مؤخرا", "his recent visit to Beijing"): the one entry of its
    type, with the very countries the event names (two at least, or the one of a country's own
    doing: an election, `one_country_types`), in the `RECENT_DAYS` before
    the publication, when a word of recency (`recency_words`) stands in the event word's
    clause, right after it or just before it. The sentence need not name the entry's
    keywords: the recency, the type and every side together single it out."""
    published = day_of(event.published)
    # a country's own doing (an election) is singled out by that one country
    fewest = 1 if event.event_type in load_one_country_types() else 2
    if published is None or len(set(event.countries)) < fewest:
        return None
    if not _told_as_recent(text, cand):
        return None
    countries = set(event.countries)
    found = [
        e
        for e in catalog.entries()
        if e.event_type == event.event_type
        and set(e.countries) == countries
        and (day := day_of(e.date)) is not None
        and 0 <= (published - day).days <= RECENT_DAYS
    ]
    return found[0] if len(found) == 1 else None


def _told_as_recent(text: str, cand: _Candidate) -> bool:
    """Whether a word of recency (`recency_words`) stands in the event word's clause, after it
    or up to `RECENCY_WORDS_BEFORE` words before it ("أجرت مؤخرا انتخابات", "held an election
    recently", "which recently held presidential elections")."""
    if not may_name(text, _recency_anchors()):
        return False
    lo = _words_back(text, cand.sentence[0], cand.trigger[0], RECENCY_WORDS_BEFORE)
    hi = min(cand.sentence[1], cand.trigger[1] + RECENCY_REACH)
    word = load_recency_words().search(text, lo, hi)
    return word is not None and not _CLAUSE_BREAK.search(
        text, min(word.end(), cand.trigger[1]), max(word.start(), cand.trigger[0])
    )


def _recent_over_older(
    event: Event, cand: _Candidate, text: str, catalog: ReferenceCatalog, entry: ReferenceEntry
) -> ReferenceEntry | None:
    """The catalogued event told as recent, when the sentence's keywords fit an older one of its
    type ("أجرت إيران مؤخرا انتخابات رئاسية فاز بها روحاني", told days after his second
    election: his name fits his first one as well): the word of recency points to the one
    entry of the event's type and countries in the `RECENT_DAYS` before the publication
    (`_recent_catalogued`), which wins over an entry older than that. None otherwise."""
    published, day = day_of(event.published), day_of(entry.date)
    if published is None or day is None or (published - day).days <= RECENT_DAYS:
        return None
    recent = _recent_catalogued(event, cand, text, catalog)
    return recent if recent is not None and recent.id != entry.id else None


@lru_cache(maxsize=4)
def load_new_round_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """Words that tell a catalogued event's new instance (`new_round_words` of assembly.json:
    استؤنفت، استئناف، جولة جديدة، resumed, a new round of)."""
    words = sorted(load_assembly_rules(path).get("new_round_words", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"(?<![^\W\d_])[وفب]?(?:" + alternatives + r")(?![^\W\d_])", re.IGNORECASE)


def _new_round(text: str, cand: _Candidate, chosen: TimeMention, entry: ReferenceEntry | None) -> bool:
    """Whether a catalogued event's name, dated in its own clause later than the catalog's
    date, is told with a word of resumption or of a new round right beside it ("استؤنفت
    مشاورات الكويت اليوم", "a new round of the Astana talks on Monday"): that is a new
    instance on the sentence's day, not the catalogued one."""
    if entry is None or cand.background or chosen.value is None:
        return False
    n = min(len(chosen.value), len(entry.date))
    if chosen.value[:n] <= entry.date[:n]:
        return False
    lo = max(cand.sentence[0], cand.trigger[0] - 30)
    hi = min(cand.sentence[1], cand.trigger[1] + 25)
    return load_new_round_words().search(text, lo, hi) is not None


def _same_as_catalogued(
    event: Event, value: str, catalog: ReferenceCatalog, folded: FoldedText | None, cand: _Candidate | None = None
) -> None:
    """When the sentence dates its event itself and the catalog knows an event it
    names on that very day or month ("أعلنت ثلاث دول خليجية اليوم قطع علاقاتها مع
    قطر", told on 5 June 2017), the event is that one: it takes the entry's id and
    countries (the sentence may not name them all), and keeps its own date."""
    if not catalog.dates_on(event.event_type, value):
        return  # no entry of its type on that day: nothing to look for
    found = match_references(catalog, event.event_type, event.countries, event.quote, None, event.language, folded=folded)
    if found and cand is not None and cand.reference_id is None:
        # "أمر في أبريل 2017 بقصف قاعدة الشعيرات، رداً على هجوم خان شيخون": the name of the
        # other deed is not this one's when its own words name an entry ("أطلقت السعودية
        # عملية عاصفة الحزم": a name that tells the event itself names nothing else)
        found = _named_apart(event, cand, event.quote, catalog, None, frozenset(), folded) or found
    if not found:
        return
    entry = found[0]
    if not (entry.date.startswith(value) or value.startswith(entry.date)) or entry.end_date:
        return
    if _visited_elsewhere(event, entry):
        return
    event.reference_id = entry.id
    for c in entry.countries:
        if c not in event.countries:
            event.countries.append(c)


def _outside_names_of_events(dates: list[TimeMention], references: Sequence[ReferenceMention]) -> list[TimeMention]:
    """`dates` without those inside a catalogued event's name ("the October 7 attack", "هجمات
    طهران 2017"): such a day names that event, dated by the catalog, and dates no other event of
    its sentence ("The October 7 attack halted normalisation" tells of no normalisation on 7
    October)."""
    if not references:
        return dates
    return [d for d in dates if not any(r.start <= d.start and d.end <= r.end for r in references)]
