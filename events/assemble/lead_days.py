"""An English report opens with the day of its news ("Aid flights from across the Arab world
landed in Turkey and Syria yesterday ...") and goes on telling that news in the paragraphs after
its own without repeating the day ("The UAE sent two aircraft carrying a search-and-rescue team to
Adana"). A deed told there by a verb in the simple past, or by a noun in a sentence whose verb
is in the simple past, with no time of its own, is the lead's day's news: it takes the one day
the lead names, when that day is a recent one before the publication, rather than the
publication's day (or year, for a flow of aid, `undated_precision`).

Not a deed told in the past perfect or the present perfect (background, or a state reached by
now), in a sentence that tells the future or the present, as the content of a verb of saying
or inside a quotation, in a sentence that names another time than the lead's day, nor under a
lead that names no day, several days, or a span of time beside its day (data/assembly.json
`lead_days`). The tense and the saying that count are those of the deed's own clause ("The
rebels said they had fired back, and both sides reported an exchange of fire"); what follows
a verb of saying after it is the speaker's ("Leaders, meeting in Accra, said they would
freeze assets"), and a participle set off by commas takes its sentence's tense.

An Arabic report goes the same way for a deed told by a verb in the past ("واتفق الطرفان على
...") with no time, no word of saying and no word of another time or tense before it in its
sentence (`lead_days_ar`), under a day the first sentence itself names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.continued import _recent
from events.assemble.name_years import names_a_thing
from events.assemble.perfect_leads import perfect_lead_day
from events.assemble.quoted_days import _quotations
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.dateline import find_dateline
from events.text.lazy import LazyPattern
from events.triggers import TRIGGERS_PATH, _arabic_past


def _alternatives(words: Sequence[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A search for a word of another tense than the simple past (`lead_days.not_past`: has,
    will, is to), for a verb of saying (`lead_days.saying`) and for a span of time the deed
    lasted (`lead_days.durations`: for months)."""
    rules = load_assembly_rules(path).get("lead_days", {})

    def search(key: str) -> re.Pattern[str]:
        return re.compile(r"(?<![\w'])(?:" + _alternatives(rules.get(key, ())) + r")(?![\w'])", re.IGNORECASE)

    return search("not_past"), search("saying"), search("durations")


_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_PARTICIPLE = LazyPattern(r"\w+ing")
_SET_OFF = LazyPattern(r",\s*$")
_CLAUSE = LazyPattern(r",\s+(?:and|but)\s+|;\s+")
# a determiner or a possessive, then at most two words (an adjective: "his first", "a rare"),
# right before an English event word in the form of a verb's base: a noun, not a verb
_DETERMINED = LazyPattern(
    r"(?<![\w'])(?:the|a|an|his|her|its|their|our|this|[\w-]+['’]s)\s+(?:(?!to\s)[\w-]+\s+){0,2}$", re.IGNORECASE
)


def _in_quotation(text: str, start: int, at: int) -> bool:
    """Whether the offset `at` is inside a quotation opened in the sentence from `start`."""
    opening = text[start:at]
    return opening.count('"') % 2 == 1 or opening.count("“") > opening.count("”")


def told_as_the_leads_news(text: str, cand: _Candidate) -> bool:
    """Whether the English candidate, with no date of its own, is told as a deed done (see the
    module): a verb in the simple past, or a noun in a sentence with no word of another tense,
    outside a quotation and not as the content of a verb of saying."""
    start, end = cand.sentence
    tense = cand.tense
    if (
        tense == "present"
        and _PARTICIPLE.fullmatch(text, cand.trigger[0], cand.trigger[1])
        and _SET_OFF.search(text, start, cand.trigger[0])
    ):
        tense = ""  # "Leaders, meeting in Accra, agreed ...": a participle set off takes its sentence's tense
    elif tense == "base" and _DETERMINED.search(text, max(start, cand.trigger[0] - 40), cand.trigger[0]):
        tense = ""  # "on his first visit to the kingdom": a noun shaped like the verb, in its sentence's tense
    if cand.background or cand.reference_id is not None or tense not in ("past", ""):
        return False
    not_past, saying, durations = _rules()
    if _in_quotation(text, start, cand.trigger[0]):
        return False
    # the narration only: the tenses of a quotation are the speaker's
    told = _blanked(text, start, end)
    at = cand.trigger[0] - start
    # "The rebels said they had fired back, and both sides reported an exchange of fire": the
    # clause joined by "and" or a semicolon tells its own deed in its own tense
    opened = max((m.end() for m in _CLAUSE.finditer(told, 0, at)), default=0)
    if saying.search(told, opened, at):
        return False  # "Officials said Damascus had asked for help": what was said, not seen done
    if durations.search(told):
        return False  # "Kuwait and the United States mediated for months": not one day's deed
    if tense == "":
        # "Leaders, meeting in Accra, said they would freeze assets": what was said goes by the
        # speaker's tense, not the deed's
        later = saying.search(told, at)
        reach = later.start() if later else len(told)
    else:
        reach = at
    return not_past.search(told, opened, reach) is None


@lru_cache(maxsize=4)
def _arabic_rules(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """The Arabic words of saying and of another time or tense (`lead_days_ar`)."""
    rules = load_assembly_rules(path).get("lead_days_ar", {})
    return frozenset(rules.get("saying", ())), frozenset(rules.get("not_past", ()))


_ARABIC_WORD = LazyPattern(r"[\u0621-\u064A]+")


# the Arabic past verbs of the trigger lexicon, each written as {past/present}
_LEXICON_VERB = LazyPattern(r"\{([\u0621-\u064A]+)/[\u0621-\u064A]+\}")


@lru_cache(maxsize=2)
def _lexicon_past_verbs(path: Path = TRIGGERS_PATH) -> frozenset[str]:
    """The third-person past forms of every Arabic verb of the trigger lexicon
    (data/triggers.json, `{خرج/يخرج}`): verbs of deeds the news tells."""
    found = _LEXICON_VERB.findall(path.read_text(encoding="utf-8"))
    return frozenset(form for past in found for form in _arabic_past(past))


def _opened_by_a_past_verb(text: str, cand: _Candidate) -> bool:
    """Whether the Arabic sentence of a noun opens, with و or ف or not, on a past verb of the
    trigger lexicon before the noun ("وخرج مئات ... في مسيرات احتفالية"): the noun is the
    deed that verb tells, in the past, as the verb itself would be."""
    first = _ARABIC_WORD.search(text, cand.sentence[0], cand.trigger[0])
    if first is None or text[cand.sentence[0] : first.start()].strip(" \n\"'«"):
        return False
    word = first.group()
    forms = _lexicon_past_verbs()
    return word in forms or (word[:1] in ("و", "ف") and word[1:] in forms)


def told_as_the_leads_news_ar(text: str, cand: _Candidate, lead_types: frozenset[str] = frozenset()) -> bool:
    """Whether the Arabic candidate, with no date of its own, is told as a deed done on the day
    of the news: a verb in the past ("واتفق الطرفان على ..."), or a noun of a kind of deed the
    lead does not tell (`lead_types`) in a sentence opened by one ("وخرج مئات ... في مسيرات"),
    outside a quotation, with no word of saying, of another time or of another tense before it
    in its sentence (`lead_days_ar`). (A noun of the lead's own kind, "ولقي قيادي مصرعه في غارة"
    under a lead of fighting, may tell another of the days the fighting went on.)"""
    if cand.background or cand.reference_id is not None:
        return False
    if cand.tense != "past" and not (
        cand.tense == "" and cand.event_type not in lead_types and _opened_by_a_past_verb(text, cand)
    ):
        return False
    start, _ = cand.sentence
    if _in_quotation(text, start, cand.trigger[0]) or any(
        a <= cand.trigger[0] < b for a, b in _quotations(text, *cand.sentence)
    ):
        return False
    saying, not_past = _arabic_rules()
    for m in _ARABIC_WORD.finditer(text, start, cand.trigger[0]):
        word = m.group()
        if word in saying or word in not_past:
            return False
    return True


def _blanked(text: str, start: int, end: int) -> str:
    """The sentence from `start` to `end` with its direct quotations blanked out."""
    told = text[start:end]
    for a, b in _quotations(text, start, end):
        told = told[: a - start] + " " * (b - a) + told[b - start :]
    return told


def _outside_dateline(text: str, dates: Sequence[TimeMention]) -> list[TimeMention]:
    """`dates` but those of the article's dateline ("ACCRA, Jan 10 (Reuters) -"): the newsroom's
    day, no time of the news its lead tells."""
    span = find_dateline(text)
    return [d for d in dates if span is None or not (span[0] <= d.start and d.end <= span[1])]


def _lead_day(text: str, sentences: Sequence[tuple[int, int]], dates: Sequence[TimeMention]) -> TimeMention | None:
    """The one day the article's first sentence names, if it names no other time (its
    dateline's day is none of its times)."""
    if not sentences:
        return None
    start, end = sentences[0]
    # "the rubble of Monday's earthquakes": a possessive day names a thing, not the news's day
    inside = [
        d
        for d in _outside_dateline(text, dates)
        if start <= d.start and d.end <= end and not d.recurring and not _POSSESSIVE.match(text, d.end)
    ]
    if not inside or any(d.precision != "day" for d in inside) or len({d.value for d in inside}) != 1:
        return None
    return inside[0]


def _lead_event_day(
    events: Sequence[Event], text: str, sentences: Sequence[tuple[int, int]], dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The one day of the deeds the article's first sentence tells, when that sentence names no
    time of its own and the article dates them elsewhere (its deed told again with a day, or a
    catalogued event): "Algeria's President has resigned ..." is the news of the day he resigned."""
    if not sentences:
        return None
    start, end = sentences[0]
    if any(start <= d.start < end for d in _outside_dateline(text, dates)):
        return None
    told = [
        ev
        for ev in events
        if start <= ev.spans.get("quote", [end])[0] < end
        and ev.date_precision == "day"
        and ev.date_basis in ("explicit", "relative", "reference")
        and ev.date
    ]
    if len({ev.date for ev in told}) != 1:
        return None
    ev = told[0]
    at = ev.spans.get("date") or ev.spans["trigger"]
    basis = "explicit" if ev.date_basis == "explicit" else "relative"  # a catalogued day is carried, not looked up
    return TimeMention(at[0], at[1], "", ev.date[:10], "day", basis)


def _after_a_time(
    text: str,
    start: int,
    day: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[TimeMention],
    published: str | None,
) -> bool:
    """Whether the sentence before the one that begins at `start` names a time other than `day`, no
    later than the publication and outside its quotations: a deed told after it with none of its
    own goes on with that time ("وأعلنت البحرين اليوم الاثنين قطع علاقاتها ... وقررت الإمارات خفض
    تمثيلها"), not with the lead's day. A time still to come (a meeting set for next month) is no
    time a deed done goes on with, and a quoted "today" is the speaker's. The lead itself is
    the news the deed goes on with, whatever other time it names."""
    before = next((s for s in reversed(sentences) if s[1] <= start), None)
    if before is None or before == sentences[0]:
        return False
    quoted = _quotations(text, *before)
    return any(
        before[0] <= d.start < before[1]
        and d.value != day
        and (published is None or d.value[:10] <= published[:10])
        and not any(a <= d.start < b for a, b in quoted)
        and not _closed_after(text, d.end, before[1])
        and not names_a_thing(text, d)  # "saying a 1974 disengagement agreement had collapsed": a thing's year
        for d in dates
    )


def _closed_after(text: str, at: int, end: int) -> bool:
    """Whether a quotation opened before the sentence (cut at a '...' inside it) closes after
    `at`: an unmatched closing mark follows ('... reaching the statement, which was signed
    today," the prince said')."""
    rest = text[at:end]
    return rest.count('"') % 2 == 1 or rest.count("”") > rest.count("“")


def _another_time(text: str, sentence: tuple[int, int], day: str, dates: Sequence[TimeMention]) -> bool:
    """Whether the sentence names a time other than `day` outside its quotations (a quoted
    "today" is the speaker's)."""
    quoted = _quotations(text, *sentence)
    return any(
        sentence[0] <= d.start < sentence[1] and d.value != day and not any(a <= d.start < b for a, b in quoted)
        for d in dates
    )


def dated_by_the_lead(
    events: Sequence[Event],
    told: dict[int, _Candidate],
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[TimeMention],
    named_only: bool = False,
) -> None:
    """Give the lead's day to the events still dated by the publication that `told` (by id)
    holds as told like the lead's news, past the lead itself (`named_only`: only a day the
    lead's first sentence names)."""
    day = None
    for ev in events:
        cand = told.get(id(ev))
        if cand is None or ev.date_basis != "publication" or ev.reference_id is not None:
            continue
        if day is None:
            # (a lead in the present perfect with no day: the day its next paragraph opens with)
            day = _lead_day(text, sentences, dates)
            if day is None and not named_only:
                day = perfect_lead_day(text, sentences, dates, ev.published)
            if day is None and not named_only:
                day = _lead_event_day(events, text, sentences, dates)
            if day is None or not _recent(day.value, ev.published) or day.value == (ev.published or "")[:10]:
                return
        if cand.sentence[0] < sentences[0][1] or "\n" not in text[sentences[0][1] : cand.sentence[0]]:
            continue  # the lead's paragraph: its own sentences go on with its news by their own links
        if _another_time(text, cand.sentence, day.value, dates):
            continue  # a sentence that names another time than the lead's day is told by its own
        if _after_a_time(text, cand.sentence[0], day.value, sentences, dates, ev.published):
            # "Tensions boiled over earlier this month ... Residents took to the streets"; "وأعلنت
            # البحرين اليوم الاثنين ... وقررت الإمارات خفض تمثيلها": that time's, not the lead's
            continue
        ev.date, ev.date_precision, ev.date_basis = day.value, "day", day.basis  # type: ignore[assignment]
        ev.end_date = None
        ev.spans["date"] = [day.start, day.end]
