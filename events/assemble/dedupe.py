"""One event per real-world event within an article: the tellings of one event
merged, the most informative kept.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from datetime import date

from events.actors import load_actors
from events.assemble.announcing import told_as_announced_deed
from events.assemble.apart import _apart, _km
from events.assemble.appointees import appointed_apart
from events.assemble.contrasts import in_clauses_apart
from events.assemble.counted_onsets import dated_as_an_onset
from events.assemble.crowd_apart import named_apart_from_the_crowd
from events.assemble.decided_before import measures_after_decisions
from events.assemble.flows import one_flow
from events.assemble.mutual import _mutual
from events.assemble.oaths import oath_retold, one_oath, one_persons_resignation, one_resignation
from events.assemble.one_more import told_as_one_more
from events.assemble.one_target import at_one_target
from events.assemble.other_hours import at_another_hour
from events.assemble.past_perfect import event_in_the_past_perfect
from events.assemble.persons_targeted import other_persons_targeted
from events.assemble.places import load_qualified_types
from events.assemble.receptions import reception_of_the_visit
from events.assemble.rules import (
    load_assembly_rules,
    load_measure_words,
    load_next_day_types,
    load_retold_types,
    load_runoff_words,
)
from events.assemble.stateless_doers import struck_back
from events.assemble.stretches import over_a_stretch_and_a_day
from events.assemble.text import (
    _PRECISION_RANK,
    PHONE_CALL,
    RETOLD_DAYS,
    _another,
    _dates_compatible,
    _same_parties,
    _unique,
    event_day,
    named_people,
    undated_and_dated,
)
from events.assemble.visit_people import _a_person_of_the_visit_s_sentence
from events.assemble.visit_sequels import next_day_told_next, talks_told_next
from events.assemble.visit_talks import told_by_titles, visit_told_after
from events.merge import is_country
from events.model import Event, TriggerMention
from events.temporal import ensuing_words
from events.text.dateline import find_dateline
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

# a possessive of a doer before "ensuing": "Israel's", "its", "their"
_POSSESSOR = re.compile(r"(?:['’]s?|^its|^their|^his|^her)$", re.IGNORECASE)

_BASIS_RANK = {"explicit": 4, "relative": 3, "reference": 2, "publication": 1}


def _told_as_another(event: Event) -> bool:
    """Whether the event's word is qualified as another event of its type ("وفي هجوم آخر في
    العريش", "in another attack", "the ensuing offensive"), or as one more deed
    (`told_as_one_more`: "وتم كذلك توقيف الصحافي"): it is never the event of its type told
    beside it."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    if told_as_one_more(event):
        return True
    start, end = trigger[0] - quote[0], trigger[1] - quote[0]
    before = event.quote[:start].split()
    if len(before) >= 2 and before[-1].lower() in ensuing_words() and _POSSESSOR.search(before[-2]):
        return True  # "Israel's ensuing offensive": its doer's answer to the deed told before
    return _another(event.quote, TriggerMention(start, end, event.quote[start:end], event.event_type, event.cameo))


def earlier_dated_tellings(undated: Event, events: list[Event]) -> list[Event]:
    """The article's other events of the undated one's type that the text or the catalog dates
    before the publication, sharing one of its countries, none told as another of its type nor
    dated as the start of a state (`dated_as_an_onset`): the dated tellings an undated
    retelling may be of."""
    return [
        e
        for e in events
        if e is not undated
        and e.event_type == undated.event_type
        and e.date_basis in ("explicit", "relative", "reference")
        and e.date
        and e.date[:10] < undated.published[:10]
        and set(e.countries) & set(undated.countries)
        and not _told_as_another(e)
        and not dated_as_an_onset(e)
    ]


def _without_announcement_days(events: list[Event], announced: AbstractSet[int]) -> list[Event]:
    """The events without each announced deed (`_announced`) that the article also tells on a
    day of its own, in the week up to the announcement: "The judiciary announced on Tuesday that
    it had arrested Foreman ... Foreman was detained on Saturday" is one arrest, on Saturday."""
    if not announced:
        return events

    def retelling(ev: Event) -> Event | None:
        when = event_day(ev)
        return None if when is None else next(
            (
                other
                for other in events
                if id(other) not in announced
                and other.event_type == ev.event_type
                # the same sentence's own day of a deed it tells in the past perfect too
                and (other.quote != ev.quote or event_in_the_past_perfect(ev))
                and other.date_basis in ("explicit", "relative")
                and (then := event_day(other)) is not None
                and 0 < (when - then).days <= RETOLD_DAYS
                and _same_parties(other, ev)
            ),
            None,
        )

    kept: list[Event] = []
    for ev in events:
        other = retelling(ev) if id(ev) in announced else None
        if other is None:
            kept.append(ev)
        else:  # the parties the announcement names go with the deed's own telling
            other.actors = _unique([*other.actors, *ev.actors])
            other.countries = _unique([*other.countries, *ev.countries])
    return kept


def _told_on_a_day_before(ev: Event, events: list[Event], skip: AbstractSet[int] = frozenset()) -> Event | None:
    """The first event of `ev`'s type, in one of its countries, that the article tells on a day of
    its own before `ev`'s date (none of `skip`): the deed a later day's report is about."""
    return next(
        (
            other
            for other in events
            if other is not ev
            and id(other) not in skip
            and other.event_type == ev.event_type
            and other.date_precision == "day"
            and other.date_basis in ("explicit", "relative")
            and other.date
            and ev.date
            and other.date < ev.date[:10]
            and set(other.countries) & set(ev.countries)
        ),
        None,
    )


def _without_toll_days(events: list[Event], tolls: AbstractSet[int]) -> list[Event]:
    """The events dated by the day their toll rose (`_dated_by_its_toll`), left out when the
    article tells an event of the type, in one of their countries, on a day before: that
    one is the event the toll is from, and takes its parties."""
    if not tolls:
        return events
    kept: list[Event] = []
    for ev in events:
        if id(ev) in tolls and ev.date:
            earlier = _told_on_a_day_before(ev, events)
            if earlier is not None:
                earlier.actors = _unique([*earlier.actors, *ev.actors])
                if (
                    earlier.location
                    and ev.location
                    and earlier.location.get("precision") == "country"
                    and ev.location.get("precision") != "country"
                    and earlier.location.get("country") == ev.location.get("country")
                ):
                    earlier.location = ev.location
                continue
        kept.append(ev)
    return kept


def _without_reaction_days(events: list[Event], reactions: AbstractSet[int]) -> list[Event]:
    """The deeds dated by the day of a reaction to them (`_dated_by_its_reaction`), left out
    when the article tells an event of the type, in one of their countries, on a day
    before: that one is the deed reacted to."""
    if not reactions:
        return events
    return [
        ev
        for ev in events
        if id(ev) not in reactions or not ev.date or _told_on_a_day_before(ev, events, reactions) is None
    ]


def _retold(a: Event, b: Event) -> bool:
    """Whether one of two tellings of a meeting, visit, agreement, deployment, arrest or election (`retold_types`)
    between the same countries has no date of its own and the other gives a day of the week before publication
    ("Sisi met Haftar on Sunday ... Sisi received Haftar in the presence of ..."; "بعد نشر الإمارات قوات في
    سقطرى ... في الثاني من مايو أرسلت الإمارات قوات"): the same event, on that day. Attacks and protests,
    which go on from day to day, are not among them."""
    if a.event_type not in load_retold_types() or not a.published or set(a.countries) != set(b.countries):
        return False
    if (a.cameo == PHONE_CALL) != (b.cameo == PHONE_CALL):
        return False  # a phone call is not the summit told beside it
    if _held_apart(a, b):
        return False
    told = undated_and_dated(a, b)
    return told is not None and 0 < told[2] <= RETOLD_DAYS


# a pronoun on the event word, or the Arabic article on its noun (اعتقاله، احتجزته، الاعتقال)
_TAKEN_UP_AR = LazyPattern(r"(?:ه|ها|هم|هما)$|^(?:[وفبل]|وب|ول|فب|فل)?ال")
# an English pronoun or article right before the word (his arrest, the detention), or an
# object pronoun right after it (arrested him)
_TAKEN_UP_BEFORE_EN = LazyPattern(r"\b(?:his|her|their|the)\s+$", re.IGNORECASE)
_TAKEN_UP_AFTER_EN = LazyPattern(r"\s+(?:him|her|them)\b", re.IGNORECASE)
_OF_AFTER_EN = LazyPattern(r"\s+of\b", re.IGNORECASE)


def _held_by_pronoun(event: Event) -> bool:
    """Whether the event word takes up the one held as told before: a pronoun on it or beside
    it, or a definite noun that names no one after it (اعتقاله، احتجزته، الاعتقال; his arrest,
    arrested him, the reason for the arrest; not the arrest of someone): someone the article
    told of before, whatever other names its sentence holds."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    start, end = trigger[0] - quote[0], trigger[1] - quote[0]
    words = event.quote[start:end].split()
    if not words:
        return False
    if _TAKEN_UP_AR.search(words[0]):
        return True
    if _TAKEN_UP_AFTER_EN.match(event.quote, end):
        return True
    return _TAKEN_UP_BEFORE_EN.search(event.quote[max(0, start - 8) : start]) is not None and not _OF_AFTER_EN.match(
        event.quote, end
    )


def _held_apart(a: Event, b: Event) -> bool:
    """Whether two arrests name the people held and share none of them ("Mursi was being
    held by the military ... police arrested Saad al-Katatni, head of the Freedom and Justice
    Party, late on Wednesday"; "احتجز الجيش الرئيس ... واعتقلت الشرطة رئيس الحزب"): an arrest
    is told by who is held, so the undated one is not the dated one told again, but an arrest
    of its own. Not when either names the one held by a pronoun (`_held_by_pronoun`: "وأن هذا
    سبب اعتقاله"), which takes up someone told before."""
    if a.event_type == "appointment" and b.event_type == "appointment":
        return appointed_apart(a, b)
    if a.event_type != "arrest" or _held_by_pronoun(a) or _held_by_pronoun(b):
        return False
    named_a, named_b = named_people(a), named_people(b)
    return bool(named_a) and bool(named_b) and not named_a & named_b


# The weeks after a vote in which its count and its results are told
VOTE_COUNT_DAYS = 45


def _result_of_the_vote(a: Event, b: Event) -> bool:
    """Whether one of two tellings of an election has no date of its own and the other dates
    the same country's election in the weeks before the publication ("Iraq voted on 12 May
    ... the Sadr bloc won 54 seats"; "الانتخابات التي جرت في 12 مايو ... وفازت كتلة الصدر بـ
    54 مقعدا"): a country holds no two elections so close but for a runoff, so, unless the
    undated telling speaks of a runoff (`runoff_words`), it is the count or the result of
    that vote, the same election."""
    if a.event_type != "election" or b.event_type != "election" or not a.published:
        return False
    undated, dated = (a, b) if a.date_basis == "publication" else (b, a)
    if undated.date_basis != "publication" or dated.date_basis == "publication" or not dated.date:
        return False
    if not undated.countries or not set(undated.countries) <= set(dated.countries):
        return False
    if load_runoff_words().search(undated.quote):
        return False
    try:
        days = (date.fromisoformat(a.published) - date.fromisoformat((dated.date + "-01-01")[:10])).days
    except ValueError:
        return False
    return 0 <= days <= VOTE_COUNT_DAYS


def _win_after_the_vote(a: Event, b: Event) -> bool:
    """Whether one of two tellings of an election is its catalogued vote, dated to a day, and
    the other a win told with a day of its own written in the text in the weeks after that vote
    in the same country ("بعد فوزه في انتخابات ..." then "وفي الثاني من نيسان/أبريل فاز السيسي
    بولاية ثانية"; "after his win in the election ... On 2 April, Sisi won a second term"): the
    announced result of that vote, one election, dated by the day the text gives; not a runoff
    (`runoff_words`)."""
    if a.event_type != "election" or b.event_type != "election":
        return False
    vote, win = (a, b) if a.reference_id else (b, a)
    if not vote.reference_id or win.reference_id or win.date_basis != "explicit":
        return False
    if not set(win.countries) & set(vote.countries) or load_runoff_words().search(win.quote):
        return False
    voted, won = event_day(vote), event_day(win)
    return voted is not None and won is not None and 0 < (won - voted).days <= VOTE_COUNT_DAYS


# an English determiner or possessive at most one word before the event word (the truce, the
# Egyptian-brokered truce, Sunday's election, Tunisia's presidential run-off)
_KNOWN_BEFORE_EN = LazyPattern(r"\b(?:the|this|that|its|their|[^\W\d_]+['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _told_as_known(event: Event) -> bool:
    """Whether the event word is definite, naming a deed the reader knows: the Arabic article on
    it (الاتفاق، نص الاتفاق، الهدنة) or an English determiner or possessive just before it (the
    deal, Sunday's election). An indefinite word (a security pact, اتفاقية أمنية) tells a deed of
    its own."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    start, end = trigger[0] - quote[0], trigger[1] - quote[0]
    words = event.quote[start:end].split()
    if words and _TAKEN_UP_AR.search(words[0]) and re.match(r"[\u0600-\u06FF]", words[0]):
        return True
    return _KNOWN_BEFORE_EN.search(event.quote[max(0, start - 60) : start]) is not None


def _told_on_the_next_day(a: Event, b: Event) -> bool:
    """Whether two tellings of a deed done once between its sides (`next_day_types`: a truce, a
    deal, a vote) are dated by their own words on two days in a row ("The truce was
    announced in Cairo on Wednesday evening" and "A ceasefire between Israel and Hamas held on
    Thursday"; "أعلن يلدريم أمس الاثنين توصل بلاده وإسرائيل إلى اتفاق" and "ووقع سينيرلي أوغلو
    نص الاتفاق اليوم الثلاثاء"): the deed and its announcement, its taking effect or its count
    on the morrow, one deed on the day `_of_the_deed_s_day` tells. The sides are checked as for
    any two tellings."""
    if a.event_type not in load_next_day_types() or b.event_type != a.event_type:
        return False
    if (a.cameo == PHONE_CALL) != (b.cameo == PHONE_CALL):
        return False
    if not {a.date_basis, b.date_basis} <= {"explicit", "relative", "reference"}:
        return False
    day_a, day_b = event_day(a), event_day(b)
    if day_a is None or day_b is None or abs((day_a - day_b).days) != 1:
        return False
    second = b if (a.spans.get("trigger") or (0, 0))[0] <= (b.spans.get("trigger") or (0, 0))[0] else a
    return _told_as_known(second)  # the deed told before, taken up; not one more deal


def _sides_taken_up(a: Event, b: Event, kept: list[Event], definite: AbstractSet[int]) -> bool:
    """Whether the later of two tellings of a deed whose sides are told once (`definite_types`
    of `undated_retellings`: talks, a truce, a deal), on one day or on two in a row, is a definite
    noun (`definite`: "The truce was announced in Cairo on Wednesday evening by Egypt's foreign minister and
    Clinton" after "An Egyptian-brokered ceasefire between Israel and Hamas held on Thursday";
    "among those who attended the Paris talks" after "leaders ... met at the Elysee Palace";
    "واستضافت القاهرة المحادثات"), sharing a country with the earlier, the only one of its type the
    article has told by then that it can take up: the deed told before, whose sides its own
    sentence need not name again; the names beside it are its hosts, mediators or guests."""
    if a.event_type not in load_assembly_rules().get("undated_retellings", {}).get("definite_types", ()):
        return False
    if (a.cameo == PHONE_CALL) != (b.cameo == PHONE_CALL):
        return False
    first, second = (a, b) if (a.spans.get("trigger") or (0, 0))[0] <= (b.spans.get("trigger") or (0, 0))[0] else (b, a)
    if first.quote == second.quote or id(second) not in definite or not set(a.countries) & set(b.countries):
        return False
    rivals = [
        e
        for e in kept
        if e is not first and e is not second and e.event_type == second.event_type and set(e.countries) & set(second.countries)
    ]
    return not rivals


def _dated_by_another_deed(noun: Event, events: list[Event]) -> Event | None:
    """The one deed of the noun's type, sharing one of its countries, that the article dates to a
    day in the week before the noun's day, when the noun is definite (`_told_as_known`) and its
    day is that of a deed of another type its own sentence tells, named nearer that deed's word
    (`_its_day_nearer`: "وأرسلت تركيا، أمس، طائرة تحمل مساعدات طبية لجرحى الهجوم"; "Guterres, who
    was in Tripoli when the offensive began, met Haftar in Benghazi on Friday"): the day is that deed's, and the noun takes up the deed told
    before, not one more on that day."""
    if noun.date_basis not in ("explicit", "relative") or (day := event_day(noun)) is None:
        return None
    if not _told_as_known(noun) or _told_as_another(noun):
        return None
    if not any(_its_day_nearer(e, noun) for e in events):
        return None
    earlier = [
        e
        for e in events
        if e.event_type == noun.event_type
        and e.quote != noun.quote
        and e.date_basis in ("explicit", "relative", "reference")
        and (then := event_day(e)) is not None
        and 0 < (day - then).days <= RETOLD_DAYS
        and set(e.countries) & set(noun.countries)
        and not _told_as_another(e)
    ]
    return earlier[0] if len(earlier) == 1 else None


def _its_day_nearer(deed: Event, noun: Event) -> bool:
    """Whether a deed of another type in the noun's sentence is dated by the same words, named
    nearer its own word than the noun's ("met Haftar in Benghazi on Friday"; "وأرسلت تركيا،
    أمس، طائرة"): the day is the deed's. A day named nearer the noun ("On Friday, the army's
    attack on Gharyan killed five, and Guterres met Haftar") is the noun's own."""
    when, mine, its = noun.spans.get("date"), noun.spans.get("trigger"), deed.spans.get("trigger")
    if deed.event_type == noun.event_type or deed.quote != noun.quote or deed.spans.get("date") != when:
        return False
    if not when or not mine or not its:
        return False

    def gap(word: list[int] | tuple[int, int]) -> int:
        return max(when[0] - word[1], word[0] - when[1], 0)

    return gap(its) < gap(mine)


def _of_the_deed_s_day(a: Event, b: Event) -> Event:
    """Of two tellings of one deed told on two days in a row (`_told_on_the_next_day`), the one
    of the earlier day: the day after is when it was announced, took effect or was counted.
    Not when the earlier, no announcement of the deed itself (`told_as_announced_deed`: "The truce
    was announced in Cairo on Wednesday evening by Egypt's foreign minister and Clinton",
    "وأعلنت مصر والولايات المتحدة الهدنة مساء الأربعاء"), lacks one of the later's sides, whatever
    mediator it names beside them: that is one side's step toward the deed of all ("Israel's
    security cabinet voted on Thursday night to accept the truce" before "A ceasefire between
    Israel and Hamas took hold early on Friday"; "وأعلن المجلس الوزاري الإسرائيلي مساء الخميس
    موافقته على مقترح مصري لوقف إطلاق النار" after "دخل وقف إطلاق النار بين إسرائيل والفصائل
    الفلسطينية حيز التنفيذ فجر اليوم الجمعة"), told on its eve."""
    day_a, day_b = event_day(a), event_day(b)
    early, late = (a, b) if day_a is None or day_b is None or day_a <= day_b else (b, a)
    if told_as_announced_deed(early):
        return early
    return early if set(late.countries) <= set(early.countries) else late


def _better(a: Event, b: Event) -> Event:
    """The more informative of two reports of one event; a state told by when it began
    (`dated_as_an_onset`) is never more informative than a telling of the event itself."""

    def rank(e: Event) -> tuple:
        return (
            not dated_as_an_onset(e),
            _BASIS_RANK.get(e.date_basis or "", 0),
            _PRECISION_RANK.get(e.date_precision or "", 0),
            e.confidence,
            -e.spans["quote"][0],
        )

    return a if rank(a) >= rank(b) else b


SYMMETRIC_TYPES = frozenset(
    {"meeting", "agreement", "ceasefire", "relations", "military_exercise", "election", "protest"}
)


def _same_initiator(a: Event, b: Event, initiators: dict[int, set[str]]) -> bool:
    """Two reports can be one event unless both name different initiators."""
    if a.event_type in SYMMETRIC_TYPES or (_mutual(a) and _mutual(b)):
        return True  # "المعارك الدائرة" and "تصاعدت حدة المعارك": fighting has no one doer
    ia, ib = initiators.get(id(a)) or _own_forces(a), initiators.get(id(b)) or _own_forces(b)
    if not ia or not ib:
        return True
    return bool(ia & ib) or _one_of_several_doers(a, b, ia, ib)


def _own_forces(event: Event) -> set[str]:
    """The state whose own forces a deployment of one country names as its only actors, when the
    sentence names no doer («ونشرت أمس وحدات من الجيش الكويتي على الحدود الشمالية»): its doer,
    not the foreign state that sent troops there the same day. Empty for any other event, and for
    one that names no actor (troops that arrived in a place)."""
    if event.event_type != "deployment" or len(event.countries) != 1 or not event.actors:
        return set()
    country = event.countries[0]
    actors = load_actors()
    named = [x for x in event.actors if not is_country(x)]
    own = all((entry := actors.get(x)) is not None and entry.country == country for x in named)
    return {country} if own and named and all(_the_forces_deployed(event, x) for x in named) else set()


# what stands right before the forces a deployment sends: "units of the", «وحدات من»
_FORCES_OF = LazyPattern(r"(?:\bof(?:\s+the)?|(?<![^\W\d_])من)\s+\Z", re.IGNORECASE)


def _the_forces_deployed(event: Event, actor_id: str) -> bool:
    """Whether the actor names the forces deployed, not a place of the deployment: the subject
    before the event word ("The Kuwaiti army deployed units") or the owner of the units after it
    («وحدات من الجيش الكويتي»), not "in a base of the Qatari army" («في قاعدة للجيش القطري»)."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    places = (event.spans.get("actors") or {}).get(actor_id)
    if not quote or not trigger or not places:
        return False
    return all(
        start < trigger[0] or _FORCES_OF.search(event.quote, max(0, start - quote[0] - 12), start - quote[0]) is not None
        for start, _ in places
    )


# The fewest countries a deed of several states names: its doers, and the state it is done to
SEVERAL_DOERS = 3


def _one_of_several_doers(a: Event, b: Event, ia: set[str], ib: set[str]) -> bool:
    """Whether two tellings of a deed other than an attack name the same countries, at least
    `SEVERAL_DOERS`, each telling's doer among them: a deed of several states, told once with one
    of them as its doer and once with another ("قطعت السعودية والبحرين والإمارات ومصر العلاقات مع
    قطر ... الإجراءات التي تفرضها الإمارات والدول الثلاث"). Attacks, whose target is among the
    countries too, are told apart by their doers."""
    ca, cb = set(a.countries), set(b.countries)
    return a.event_type != "attack" and len(ca) >= SEVERAL_DOERS and ca == cb and ia <= ca and ib <= ca


def _one_doer(a: Event, b: Event, initiators: dict[int, set[str]]) -> bool:
    """Two reports can be one event's by their initiators (`_same_initiator`), or as two tellings
    of one state by when it began ("وتقود السعودية تحالفا منذ آذار/مارس 2015 ... الرياض التي
    تتدخل عسكريا في اليمن منذ العام 2015"), whose doer a clause beside it may blur."""
    return (
        _same_initiator(a, b, initiators)
        or (dated_as_an_onset(a) and dated_as_an_onset(b))
        or at_one_target(a, b)  # one strike's doer told in other words
        or one_flow(a, b)  # "سمح لإيران بتزويد الحوثيين" and "الحوثيون يتزودون بصواريخ"
    )


def _elsewhere(a: Event, b: Event) -> bool:
    """Two reports placed in different countries are different events: a tour is
    several visits. Country-level places count only for visits, whose place is
    their destination."""
    la, lb = a.location, b.location
    if not la or not lb or la.get("country") == lb.get("country"):
        return False
    if a.event_type == "visit":
        return not (_placed_by_its_own_side(a) or _placed_by_its_own_side(b))
    return la.get("precision") != "country" and lb.get("precision") != "country"


def _placed_in_its_sentence(event: Event) -> bool:
    """Whether the event's place is named in its own sentence (not taken from another telling),
    past the dateline that may open it ("CAIRO (Reuters) - Russia will help Egypt ... under an
    agreement signed on Tuesday"): where the story was filed places its lead's deed only for
    want of a place of its own, which another telling may name."""
    place, quote = event.spans.get("location"), event.spans.get("quote")
    if not (place and quote and quote[0] <= place[0] and place[1] <= quote[1]):
        return False
    dateline = find_dateline(event.quote) if quote[0] == 0 else None
    return dateline is None or place[0] >= dateline[1]


def _in_two_cities(a: Event, b: Event) -> bool:
    """Two reports each placed by its own sentence in a city, two different cities of one
    country ("a shell fell on Mosul" and "drones struck a base in Kirkuk"; "تظاهر المئات في
    البصرة" and "خرجت مسيرة في النجف"), are two deeds: a reader told where each was
    done keeps them apart, as `_elsewhere` does for two countries, when the cities lie farther apart
    than `two_cities_km` (a district off a city is the same battle's ground)."""
    la, lb = a.location or {}, b.location or {}
    if a.quote == b.quote or not (_placed_in_its_sentence(a) and _placed_in_its_sentence(b)):
        return False
    if la.get("precision") != "city" or lb.get("precision") != "city":
        return False
    if la.get("country") != lb.get("country") or fold_str(la.get("name") or "") == fold_str(lb.get("name") or ""):
        return False
    distance = _km(la, lb)
    return distance is not None and distance > float(load_assembly_rules().get("two_cities_km", 0))


def _placed_by_its_own_side(event: Event) -> bool:
    """Whether the event's place is no place its sentence names but the one country of all its
    parties ("شارك ترامب ومسؤولون أمريكيون في رقصة أثناء الزيارة": the visitors' own land): a
    visit so placed was told without its destination, which another telling may name."""
    place = event.location or {}
    return "location" not in event.spans and place.get("precision") == "country" and set(event.countries) == {place.get("country")}


def _placed_by_the_catalog(catalogued: Event, other: Event) -> bool:
    """Whether `catalogued`, a telling the catalog names, places the event in another country than
    `other`, an uncatalogued telling of it: the catalog knows where the deed took place, which a
    sentence retelling it («وحمّلت المعارضة ... السلطة اللبنانية والسورية مسؤولية الاغتيال») may
    not say."""
    return bool(
        catalogued.reference_id
        and not other.reference_id
        and catalogued.location
        and other.location
        and catalogued.location.get("country") != other.location.get("country")
    )


def _one_catalogued_event(a: Event, b: Event) -> bool:
    """Whether two tellings are of one catalogued event: both read as the same entry of the
    reference catalog, on its own day. A catalog entry is one real-world event, so one
    member state told apart from the group, or another place or side named beside it
    ("قرار البحرين قطع علاقاتها مع الدوحة ... وقطعت الدول الأربع علاقاتها مع قطر يوم
    الاثنين"), is still that one event; the states that joined it on other days have entries
    of their own. One telling may date it by the year or month its text gives, the other by
    the catalog's day (`told_precision`)."""
    return bool(a.reference_id) and a.reference_id == b.reference_id and _dates_compatible(a, b)


def _opens_a_measure(event: Event) -> bool:
    """Whether the event's word is one measure of a sanction (`measure_words`: a ban, a
    suspension, a freeze), not the sanction told as a whole. A closure of borders and ports
    is told with the cut of ties it goes with ("قطعت علاقاتها مع الدوحة وأغلقت حدودها معها")."""
    words = fold_str(event.trigger or "").lower().split()
    if not words:
        return False
    first = words[0]
    measures = load_measure_words()
    return first in measures or (first[:1] in ("و", "ف") and first[1:] in measures)


def _another_measure(a: Event, b: Event) -> bool:
    """Whether two sanctions told in two sentences, or by two words of one sentence, are two
    deeds: one told by a measure of its own (`_opens_a_measure`), the other not ("حظرت سلطة
    الطيران الإماراتية على طائرات الدوحة الهبوط في مطاراتها ... وكانت الإمارات قد قطعت
    علاقاتها مع قطر", "وإنفاذا لقرار قطع العلاقات، تمنع دخول المواطنين القطريين": a ban
    beside the ties cut), though the catalog reads both as one episode."""
    if a.event_type != "sanctions":
        return False
    if a.quote == b.quote and a.spans.get("trigger") == b.spans.get("trigger"):
        return False
    return _opens_a_measure(a) != _opens_a_measure(b)


def _catalogued_act_retold(a: Event, b: Event, acts: AbstractSet[int]) -> bool:
    """Whether one of two tellings of one catalogued event is told by a verb of its own and
    the other by a noun ("Bouteflika has resigned ..." and "handing his resignation letter",
    "أعلن استقالته" then "وتزامن إعلان الاستقالة"), of a type whose verbs each tell an act of
    their own (`SEPARATE_ACTS`): the noun tells the act again, no other act."""
    return a.event_type in SEPARATE_ACTS and (id(a) in acts) != (id(b) in acts) and _one_catalogued_event(a, b)


# Types of which each verb in the past tells one more act ("وعين أمس البيرق وزيرا ...
# وعين الفريق دوندار قائدا ..."): two of them in one article are two events.
SEPARATE_ACTS = frozenset({"appointment"})


def _dedupe(
    events: list[Event],
    initiators: dict[int, set[str]],
    acts: AbstractSet[int] = frozenset(),
    unnamed: AbstractSet[int] = frozenset(),
    joined: AbstractSet[int] = frozenset(),
    coordinated: AbstractSet[int] = frozenset(),
    stretches: AbstractSet[int] = frozenset(),
    definite: AbstractSet[int] = frozenset(),
    named: AbstractSet[int] = frozenset(),
) -> list[Event]:
    """Within one article, the same event told twice is one event (`acts`: the ids
    of events told by a verb of their own, see `SEPARATE_ACTS`). `unnamed`: the ids of
    arrests of a count of unnamed people (`_unnamed_crowd`), no events; a later telling
    merged into one goes with it, while one merged into an earlier named arrest is that arrest.
    `joined`: the ids of catalogued events whose initiator is none of their entry's countries
    (a state that joined it), never folded into the entry by `_one_catalogued_event`.
    `coordinated`: the ids of acts told in a list of one sentence, each by an event word of its
    own (`told_as_coordinated_act`), never folded into another word of that sentence.
    `stretches`: the ids of deeds dated by a stretch of recent weeks or months (`told_over_a_stretch`),
    never folded into a deed dated to a day of its own, nor that deed into them. `definite`: the ids
    of events told by a definite noun (`_sides_taken_up`). `named`: the ids of arrests of a person
    their clause names (`names_its_person`), never the retelling of an unnamed count's arrest."""
    unnamed = set(unnamed)
    decided = measures_after_decisions(events)
    taken_up = {id(noun): told for noun in events if (told := _dated_by_another_deed(noun, events)) is not None}
    kept: list[Event] = []
    for ev in events:
        for i, other in enumerate(kept):
            won = next_day = False
            told_before = taken_up.get(id(ev)) is other or taken_up.get(id(other)) is ev
            if other.event_type != ev.event_type or not (
                _dates_compatible(other, ev)
                or _retold(other, ev)
                or _result_of_the_vote(other, ev)
                or (won := _win_after_the_vote(other, ev))
                or (next_day := _told_on_the_next_day(other, ev))
                or told_before
                or one_resignation(other, ev)  # its noun told the day after, with no date of its own
                or oath_retold(other, ev)  # "was sworn in on Saturday ... took the oath at a session"
            ):
                continue
            if (
                not won
                and (id(ev) in acts or id(other) in acts)
                and (other.quote != ev.quote or in_clauses_apart(other, ev))
                and not one_oath(other, ev)  # one person's oath of office told again
                and not oath_retold(other, ev)
                and not one_resignation(other, ev)  # "news of the resignation spread": the resignation told again
                and not one_persons_resignation(other, ev)  # "Hasina resigned ... Hasina, 76, resigned on Monday"
                and not _catalogued_act_retold(other, ev, acts)
            ):
                continue  # an act told by a verb of its own is not another sentence's, nor another clause's
            if (
                (id(ev) in coordinated or id(other) in coordinated)
                and other.quote == ev.quote
                and other.spans.get("trigger") != ev.spans.get("trigger")
                and not _one_catalogued_event(other, ev)  # "وتكليف فلان ... بتشكيل حكومة جديدة": one entry's act
            ):
                continue  # "بإعفاء فلان، وإعفاء وزير الاقتصاد": two acts listed in one sentence
            if (
                other.quote == ev.quote
                and other.spans.get("trigger") != ev.spans.get("trigger")
                and not _one_word(other, ev)  # "toppled" inside the catalogued "toppled Mubarak"
                and other.date != ev.date
                and not _one_catalogued_event(other, ev)
            ):
                continue  # one sentence's two events of a type on two dates were told apart on purpose
            if _told_as_another(ev) or _told_as_another(other):
                continue
            if (id(other) in unnamed and id(ev) in named) or (id(ev) in unnamed and id(other) in named):
                continue  # "2,839 soldiers had been detained ... General Akin Ozturk was detained": his own arrest
            if named_apart_from_the_crowd(other, ev, unnamed, definite):
                continue  # "2,839 soldiers had been detained ... General Ozturk was detained on Saturday"
            if over_a_stretch_and_a_day(other, ev, stretches):
                continue  # "كثفت ضرباتها في الأشهر الأخيرة" beside "استهدفت موكبا الأربعاء": a series, and one of its deeds
            if (id(other) in decided) != (id(ev) in decided):
                continue  # "غلق مكتب القناة إثر القرار ... بقطع علاقاتها": a measure, not the decision's deed
            if _another_measure(other, ev) or other_persons_targeted(other, ev) or _apart(other, ev) or struck_back(other, ev):
                continue  # a strike on a doer of no state is not the attack it made
            if at_another_hour(other, ev):
                continue  # "Earlier on Saturday, commandos seized a ship": not the day's attack told before
            if not (_one_catalogued_event(other, ev) and not {id(other), id(ev)} & joined) and (
                not (_same_parties(other, ev) or _sides_taken_up(other, ev, kept, definite))
                or _held_apart(other, ev)
                or not _one_doer(other, ev, initiators)
                or _elsewhere(other, ev)
                or _in_two_cities(other, ev)
            ):
                continue
            if other.reference_id and ev.reference_id and other.reference_id != ev.reference_id:
                continue
            if told_before:
                winner = other if taken_up.get(id(ev)) is other else ev  # the deed the noun takes up
            elif _one_word(other, ev) and (other.reference_id is None) != (ev.reference_id is None):
                winner = other if other.reference_id else ev  # the catalogued name the word stands in
            else:
                winner = _of_the_deed_s_day(other, ev) if next_day else _better(other, ev)
            loser = ev if winner is other else other
            unplaced = _placed_by_its_own_side(winner) and loser.location and not _placed_by_its_own_side(loser)
            if not told_before:  # (a noun in another deed's sentence names that deed's parties and place)
                winner.actors = _unique([*winner.actors, *loser.actors])
                winner.countries = _unique([*winner.countries, *loser.countries])
            winner.sources = [*winner.sources, *loser.sources]
            winner.confidence = round(min(0.99, max(winner.confidence, loser.confidence) + 0.05), 2)
            if not told_before and (
                winner.location is None
                # (a country's election placed in its country is held across it, not where another
                # telling puts part of the vote: "وبعد أن صوت في القسم الآسيوي من إسطنبول")
                or (
                    winner.event_type not in load_qualified_types()
                    and (
                        (
                            winner.location.get("precision") == "country"
                            and loser.location
                            and loser.location.get("precision") != "country"
                        )
                        or unplaced  # the destination the other telling names
                    )
                )
                or _placed_by_the_catalog(loser, winner)
            ):
                winner.location = loser.location
                if "location" in loser.spans:
                    winner.spans["location"] = loser.spans["location"]
            kept[i] = winner
            if id(other) in unnamed:  # the unnamed arrest told first takes its retelling along
                unnamed.add(id(winner))
            else:
                unnamed.discard(id(winner))
            break
        else:
            kept.append(ev)
    kept = [ev for ev in kept if id(ev) not in unnamed]
    for ev in kept:
        ev.sources = [{"article_id": ev.article_id, "quote": ev.quote}]
    return kept


def _one_word(a: Event, b: Event) -> bool:
    """Whether the two events' words overlap in the text: an event word read inside a catalogued
    name ("the uprising that toppled Mubarak") tells that name's event, not a second one."""
    ta, tb = a.spans.get("trigger"), b.spans.get("trigger")
    return bool(ta and tb and ta[0] < tb[1] and tb[0] < ta[1])


def _shares_a_person(a: Event, b: Event) -> bool:
    """Whether two events name one person or body among their actors (not only a country)."""
    return any(not (len(x) == 3 and x.isupper()) for x in set(a.actors) & set(b.actors))


VISIT_DAYS = 7  # a meeting dated only by the publication is the visit's within this many days after it


def _on_the_visit_s_day(visit: Event, meeting: Event) -> bool:
    """Whether the meeting is on the visit's day, or dated only by the publication at most
    `VISIT_DAYS` after it ("Fidan also met ...", told the day after the visit)."""
    if visit.date is None or meeting.date is None:
        return False
    if visit.date == meeting.date:
        return True
    if meeting.date_basis != "publication":
        return False
    gap = (date.fromisoformat(meeting.date[:10]) - date.fromisoformat(visit.date[:10])).days
    return 0 < gap <= VISIT_DAYS


def _the_visit_s_talks(visit: Event, meeting: Event) -> bool:
    """Whether a meeting of two countries or more on the visit's day is its talks: between no
    other countries, naming one of its people, one of its sentence's, or none at all."""
    if len(meeting.countries) < 2 or not set(meeting.countries) <= set(visit.countries):
        return False
    return (
        _shares_a_person(visit, meeting)
        or _a_person_of_the_visit_s_sentence(visit, meeting)
        or told_by_titles(meeting)
    )


def _without_meetings_of_visits(events: list[Event]) -> list[Event]:
    """A meeting told after a visit, on the visit's day (`_on_the_visit_s_day`), between no other countries than the
    visit's and naming one of its people (or a person named in the visit's sentence), is the
    visit's own meeting ("Sisi received Turkish
    Foreign Minister Hakan Fidan in Cairo on Saturday. ... Fidan also met his Egyptian
    counterpart"): one event, the visit (GUIDELINES: a visit in which the visitor meets people
    is one visit). So is one that names no person at all (its sides told by titles or pronouns),
    and one told before a visit that the article names after it with no person of its own
    (`visit_told_after`), and a reception of the visitors with no date of its own
    (`reception_of_the_visit`). A phone call, whose parties are apart, is never one."""
    kept: list[Event] = []
    for n, ev in enumerate(events):
        visit = None
        if ev.event_type == "meeting" and ev.cameo != PHONE_CALL and ev.date_precision == "day":
            visit = next(
                (
                    v
                    for v in kept
                    if v.event_type == "visit"
                    and v.date_precision == "day"
                    and _on_the_visit_s_day(v, ev)
                    and (_the_visit_s_talks(v, ev) or reception_of_the_visit(v, ev))
                ),
                None,
            ) or (visit_told_after(ev, events[n + 1 :]) if len(ev.countries) >= 2 else None)
        if visit is None and ev.event_type in ("meeting", "visit") and ev.cameo != PHONE_CALL:
            # "began a state visit to France today. His Highness held talks with President Macron"
            visit = next((v for v in kept if talks_told_next(v, ev) or next_day_told_next(v, ev)), None)
        if visit is None:
            kept.append(ev)
            continue
        visit.sources = [*visit.sources, *ev.sources]
    return kept
