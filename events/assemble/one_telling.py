"""Tellings that are part of an event told beside them, or no event of their own (the word
lists are `one_telling` of data/assembly.json):

- one more participant of a meeting told before ("وشارك في القمة جاريد كوشنر"), and "the
  protesters" of a protest told before, not placed in another city far from it: that meeting,
  that protest;
- a ceasefire, agreement or election after a word of time ("قبل سريان الهدنة") beside
  one of its type told before: the time of that one, told again;
- the talks the two sides hold during a visit ("وعقد الرئيسان جلسة مباحثات", "the two
  leaders held talks"): the visit's own talks (GUIDELINES: a visit in which the visitor
  meets people is one visit);
- the results of a vote told beside the vote ("أعلنت الهيئة النتائج الأولية للانتخابات التي
  جرت الثلاثاء"): one election;
- the oath taken by one just elected or appointed ("وأدى عون اليمين الدستورية"): the end of
  that election or appointment, not another;
- the announcement of "the agreement", with no name of its own, beside the ceasefire of the
  article ("أعلن بايدن التوصل إلى الاتفاق"): that ceasefire;
- a state since an event ("منذ توليه الرئاسة", "since taking office"), told with no date:
  no event of the day of publication;
- the session in which a body of one state takes a decision ("قرر المجلس، في اجتماع ترأسه
  الرئيس"): no meeting between sides;
- a raid of the police or the security forces on an office ("اقتحمت قوات الأمن مكتب
  القناة"): no armed attack.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.assemble.dedupe import VOTE_COUNT_DAYS, _in_two_cities, _on_the_visit_s_day, _shares_a_person
from events.assemble.oaths import an_oath
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules, load_since_comparisons
from events.assemble.text import PHONE_CALL, RETOLD_DAYS, _unique, event_day
from events.model import Event
from events.text.normalize import fold_str

_WORD = re.compile(r"[^\W_]+")
_CLITICS = ("و", "ف", "ب", "ل")


@lru_cache(maxsize=4)
def load_one_telling(path: Path = ASSEMBLY_RULES) -> dict[str, frozenset[str]]:
    """The word lists of `one_telling` (assembly.json), folded and lower-cased."""
    rules = load_assembly_rules(path).get("one_telling", {})
    return {
        key: frozenset(fold_str(w).lower() for w in words)
        for key, words in rules.items()
        if not key.startswith("_")
    }


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(fold_str(text))]


def _around(event: Event) -> tuple[list[str], list[str], list[str]]:
    """The words of the event's quote before its trigger, of the trigger, and after it."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return _split_quote("", event.trigger, 0, 0)
    return _split_quote(event.quote, "", trigger[0] - quote[0], trigger[1] - quote[0])


@lru_cache(maxsize=256)
def _split_quote(quote: str, trigger: str, start: int, end: int) -> tuple[list[str], list[str], list[str]]:
    """The words of `quote` before `start`, from there to `end`, and after it; with no quote,
    the words of `trigger` as the middle part. Asked again by each check of an event, so kept
    (the callers only read the lists)."""
    if not quote:
        return [], _words(trigger), []
    return _words(quote[:start]), _words(quote[start:end]), _words(quote[end:])


def _listed(word: str, key: str) -> bool:
    """Whether the word, or the word without one proclitic, is in list `key`."""
    words = load_one_telling().get(key, frozenset())
    return word in words or (word[:1] in _CLITICS and word[1:] in words)


@lru_cache(maxsize=32)
def _phrases(key: str) -> tuple[list[str], ...]:
    """The phrases of list `key`, each as its words."""
    return tuple(phrase.split() for phrase in load_one_telling().get(key, frozenset()))


def _phrase_at(words: list[str], i: int, key: str) -> bool:
    """Whether a phrase of list `key` starts at `words[i]` (a proclitic allowed on its first word)."""
    for parts in _phrases(key):
        got = words[i : i + len(parts)]
        if len(got) == len(parts) and all(
            g == p or (j == 0 and g[:1] in _CLITICS and g[1:] == p) for j, (g, p) in enumerate(zip(got, parts, strict=True))
        ):
            return True
    return False


def _talks_of_the_visit(event: Event, before: list[Event]) -> Event | None:
    """The visit, told before, whose talks the meeting is: a meeting with no date of its own,
    held by "the two sides" (`two_sides`: الرئيسان، الجانبان, the two leaders) within two words
    of its word, on the visit's day or up to the days after it that `_on_the_visit_s_day` allows."""
    if event.event_type != "meeting" or event.cameo == PHONE_CALL or event.date_basis != "publication":
        return None
    prior, own, after = _around(event)
    near = prior[-3:] + own + after[:3]
    if not any(_phrase_at(near, i, "two_sides") for i in range(len(near))):
        return None
    return next(
        (v for v in reversed(before) if v.event_type == "visit" and v.date_precision == "day" and _on_the_visit_s_day(v, event)),
        None,
    )


def _told_before(event: Event, before: list[Event], days: int = RETOLD_DAYS) -> Event | None:
    """The last event of the event's type told before it, on a day of its own within `days`
    before the event's day (or its publication's)."""
    when = event_day(event) or (date.fromisoformat(event.published) if event.published else None)
    return next(
        (
            o
            for o in reversed(before)
            if o.event_type == event.event_type
            and o.date_basis != "publication"
            and (then := event_day(o)) is not None
            and when is not None
            and 0 <= (when - then).days <= days
        ),
        None,
    )


def _no_day_of_its_own(event: Event) -> bool:
    """Whether the event is dated by the publication or by a time told outside its own
    sentence ("Trump's senior adviser Jared Kushner attended the summit", the day the lead told)."""
    if event.date_basis == "publication":
        return True
    spans = event.spans or {}
    told, quote = spans.get("date"), spans.get("quote")
    return bool(told and quote) and not (quote[0] <= told[0] < quote[1])


def _a_participant_s_meeting(event: Event, before: list[Event]) -> Event | None:
    """The meeting told before that a meeting with no date of its own (`_no_day_of_its_own`) is,
    when its word follows a verb of taking part (`took_part`: شارك في، حضر, attended): "وشارك في
    القمة جاريد كوشنر" and "Jared Kushner attended the summit" name one more participant of the
    summit, not another summit."""
    if event.event_type != "meeting" or event.cameo == PHONE_CALL or not _no_day_of_its_own(event):
        return None
    prior, _, _ = _around(event)
    if not any(_listed(w, "took_part") for w in prior[-2:]):
        return None
    return _told_before(event, before)


def _the_protesters_again(event: Event, before: list[Event]) -> bool:
    """Whether the protest is told only by "the protesters" (`protesters`: المحتجين، the
    demonstrators) after a protest in one of its countries told on a day of its own, that day
    or the day before: the same protesters, no second protest (on a later day they may be
    out again; placed by their own sentence in a city far from the earlier protest's, "Protesters
    gathered in Basra on Friday" after a rally in Baghdad, they are another gathering)."""
    if event.event_type != "protest":
        return False
    _, own, _ = _around(event)
    if not own or not all(_listed(w, "protesters") or w == "the" for w in own):
        return False
    earlier = _told_before(event, before, days=1)
    return earlier is not None and bool(set(earlier.countries) & set(event.countries)) and not _another_city(earlier, event)


def _another_city(earlier: Event, event: Event) -> bool:
    """Whether the two protests are placed in two cities far apart (`_in_two_cities`), or in two
    cities by one sentence that told them apart ("rallied in Baghdad on Friday, as protesters also
    gathered in Basra", `placed_deeds.own_place_deed`)."""
    if earlier.quote != event.quote:
        return _in_two_cities(earlier, event)
    la, lb = earlier.location or {}, event.location or {}
    return (
        la.get("precision") == lb.get("precision") == "city"
        and earlier.spans.get("location") != event.spans.get("location")
        and fold_str(la.get("name") or "") != fold_str(lb.get("name") or "")
    )


def _a_time_anchor(event: Event, before: list[Event]) -> bool:
    """Whether the event word, of a type told once (`anchor_types`: a ceasefire, an
    agreement, an election), stands after a word of time (`anchors`: قبل، بعد، حتى, before)
    within two words ("حتى الدقائق الأخيرة قبل سريان الهدنة") while the article told an
    event of the type on a day within `RETOLD_DAYS` of its own before: the time of that
    event, told again to date another deed, not a second one."""
    if event.event_type not in load_one_telling().get("anchor_types", frozenset()):
        return False
    prior, _, _ = _around(event)
    if not any(_listed(w, "anchors") for w in prior[-2:]):
        return False
    if (
        event.date_precision != "day"
        and event.date_basis != "publication"
        and not load_since_comparisons().intersection(prior[-4:])
    ):
        return False  # "منذ انتخابات 2009": a month or year of its own is no day told again
    when = event_day(event) or (date.fromisoformat(event.published) if event.published else None)
    return when is not None and any(
        o.event_type == event.event_type
        and o.date_basis != "publication"
        and (then := event_day(o)) is not None
        and abs((when - then).days) <= RETOLD_DAYS
        for o in before
    )


def _counted_from(event: Event) -> bool:
    """Whether the event word follows a count of time from it (`counted_anchors`: قبل أيام من
    الاقتراع, days before the vote): named to date another deed, on a day not its own."""
    prior = _around(event)[0]
    if prior[-1:] == ["the"]:
        prior = prior[:-1]  # "days before the vote"
    return any(prior[-len(parts) :] == parts for parts in _phrases("counted_anchors"))


def _results_of_a_vote(event: Event, others: list[Event]) -> bool:
    """Whether the election is told by its results (`results`: النتائج، results, opening its
    word or up to two words before it: النتائج المؤقتة للانتخابات) beside the
    vote in one of its countries, dated on or before it within `VOTE_COUNT_DAYS`; not a vote
    named only to count days from it (`_counted_from`), whose day is another deed's."""
    if event.event_type != "election":
        return False
    prior, own, _ = _around(event)
    if not any(_listed(w, "results") for w in [*prior[-2:], *own[:1]]):
        return False
    when = event_day(event) or (date.fromisoformat(event.published) if event.published else None)
    return when is not None and any(
        o is not event
        and o.event_type == "election"
        and o.date_basis != "publication"
        and not _counted_from(o)
        and (vote := event_day(o)) is not None
        and 0 <= (when - vote).days <= VOTE_COUNT_DAYS
        and set(o.countries) & set(event.countries)
        for o in others
    )


def _oath_of_an_office(event: Event, others: list[Event]) -> bool:
    """Whether the appointment is the oath (`oath`: اليمين، sworn) of a person the article
    tells elected or appointed, on or before its day within `VOTE_COUNT_DAYS`: within or
    before its month or year so, for an oath dated to a month or a year only; any such deed
    of the person's, for an undated one."""
    if event.event_type != "appointment":
        return False
    _, own, _ = _around(event)
    if not (any(_listed(w, "oath") for w in own) or an_oath(event)):  # "وأدى عون اليمين"
        return False
    when = event_day(event)
    # an oath dated to a month or a year only ("أدى اليمين في أيلول/سبتمبر 2005") follows a vote
    # of that stretch or of the weeks before it, not any other deed of the person's
    stretch = None if when is not None else _stretch(event.date)
    return any(
        o is not event
        and o.event_type in ("election", "appointment")
        and not any(_listed(w, "oath") for w in _around(o)[1])
        and not an_oath(o)
        and _shares_a_person(o, event)
        and (
            (when is None and stretch is None)
            # (a popular vote weeks before is a deed of its own type; the oath after it, an
            # inauguration, is the change of office: "won the March 24 election ... sworn in on April 2")
            or (
                when is not None
                and (then := event_day(o)) is not None
                and 0 <= (when - then).days <= (0 if o.event_type == "election" else VOTE_COUNT_DAYS)
            )
            or (
                stretch is not None
                and (its := _days_of(o)) is not None
                and its[0] <= stretch[1]
                and stretch[0] - timedelta(days=VOTE_COUNT_DAYS) <= its[1]
            )
        )
        for o in others
    )


def _days_of(event: Event) -> tuple[date, date] | None:
    """The first and the last day the event's date may be: its day, or its month's or year's."""
    day = event_day(event)
    return (day, day) if day is not None else _stretch(event.date)


def _stretch(value: str | None) -> tuple[date, date] | None:
    """The first and the last day of a month ("2005-09") or a year ("2005"); None otherwise."""
    if not value or not value[:4].isdigit():
        return None
    year = int(value[:4])
    if len(value) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    if len(value) == 7 and value[5:7].isdigit() and 1 <= int(value[5:7]) <= 12:
        month = int(value[5:7])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return None


def _the_deal_of_a_ceasefire(event: Event, before: list[Event]) -> bool:
    """Whether the agreement is "the agreement" with no name (`deal_nouns` ending its word,
    no qualifier after it) told after a ceasefire of the article within `RETOLD_DAYS`."""
    if event.event_type != "agreement" or event.reference_id:
        return False
    _, own, after = _around(event)
    if not own or own[-1] not in load_one_telling().get("deal_nouns", frozenset()):
        return False
    if after and (after[0].startswith("ال") or after[0] in ("of", "on", "between")):
        return False  # "الاتفاق النووي", "the agreement on ...": a deal of its own
    when = event_day(event)
    return when is not None and any(
        c.event_type == "ceasefire" and (then := event_day(c)) is not None and abs((when - then).days) <= RETOLD_DAYS
        for c in before
    )


def _a_state_since(event: Event) -> bool:
    """Whether the event word, with no date of its own, follows "since" (`since`: منذ) within
    two words: the state that has lasted since, not an event of the day of publication."""
    if event.date_basis != "publication":
        return False
    prior, _, _ = _around(event)
    return any(_listed(w, "since") for w in prior[-2:])


def _a_session_of_one_side(event: Event) -> bool:
    """Whether the meeting is the session "in" which a decision is taken (`setting`: في،
    خلال), chaired by one person (`chaired`: ترأسه، برئاسة, chaired by) right after its word."""
    if event.event_type != "meeting":
        return False
    prior, _, after = _around(event)
    if prior and prior[-1] in ("a", "an"):
        prior = prior[:-1]  # "in a meeting chaired by"
    return bool(prior) and _listed(prior[-1], "setting") and bool(after) and _phrase_at(after, 0, "chaired")


def _a_police_raid(event: Event) -> bool:
    """Whether the attack is a raid (`raid`: اقتحم، raided) of the police or the security forces
    (`police`, up to four words before it or between it and the office) on an office
    (`offices`, within six words after it): "اقتحم مسلحون مقر الشرطة" is an attack on the police."""
    if event.event_type != "attack":
        return False
    prior, own, after = _around(event)
    if not any(_listed(w, "raid") for w in own):
        return False
    office = next((i for i, w in enumerate(after[:6]) if _listed(w, "offices")), None)
    if office is None:
        return False
    doer = prior[-4:] + after[:office]  # the police before the office: the raiders, not its owner
    return any(_phrase_at(doer, i, "police") for i in range(len(doer)))


def _without_second_tellings(events: list[Event]) -> list[Event]:
    """The events without the tellings that are part of another, or no event (see the module)."""
    kept: list[Event] = []
    for ev in events:
        visit = _talks_of_the_visit(ev, kept)
        if visit is not None:
            visit.sources = [*visit.sources, *ev.sources]
            continue
        meeting = _a_participant_s_meeting(ev, kept)
        if meeting is not None:
            meeting.actors = _unique([*meeting.actors, *ev.actors])
            meeting.countries = _unique([*meeting.countries, *ev.countries])
            meeting.sources = [*meeting.sources, *ev.sources]
            continue
        if (
            _the_protesters_again(ev, kept)
            or _a_time_anchor(ev, kept)
            or _results_of_a_vote(ev, events)
            or _oath_of_an_office(ev, events)
            or _the_deal_of_a_ceasefire(ev, kept)
            or _a_state_since(ev)
            or _a_session_of_one_side(ev)
            or _a_police_raid(ev)
        ):
            continue
        kept.append(ev)
    return kept

