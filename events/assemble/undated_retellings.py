"""An event told with no date of its own beside the one telling of it the article dates: "أكد
نجله اعتقال الشيخ من مكة يوم الثلاثاء ... وقال نشطاء إن علاقته بالجماعة سبب اعتقاله" is one
arrest, on Tuesday, not a second one on the day of the publication.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.casualty_clauses import retold_as_casualties
from events.assemble.dedupe import (
    SEPARATE_ACTS,
    _another_measure,
    _elsewhere,
    _held_apart,
    _in_two_cities,
    _told_as_another,
    earlier_dated_tellings,
)
from events.assemble.linked_retellings import told_as_a_term, told_as_cause_or_result, with_definite_object
from events.assemble.retold_targets import retold_by_target
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.assemble.running_days import event_told_as_running
from events.assemble.text import PHONE_CALL, RETOLD_DAYS, _same_parties
from events.model import Event
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_ARABIC_DEFINITE = LazyPattern(r"^[وف]?(?:[بكل]?ال|لل)")
_DATED = ("explicit", "relative", "reference")


@lru_cache(maxsize=4)
def load_undated_retellings(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The types that go on from day to day (`recurring_types` of assembly.json
    `undated_retellings`), the English determiners that make an event word definite, and the
    types whose definite word retells the dated one whatever countries it names (`definite_types`)."""
    rules = load_assembly_rules(path).get("undated_retellings", {})
    return (
        frozenset(rules.get("recurring_types", ())),
        frozenset(w.lower() for w in rules.get("en_determiners", ())),
        frozenset(rules.get("definite_types", ())),
    )


@lru_cache(maxsize=4)
def load_other_news(path: Path = ASSEMBLY_RULES) -> tuple[str, ...]:
    """The openers of a sentence that turn to another piece of news (`other_news` of
    assembly.json `undated_retellings`), folded and lower-cased."""
    rules = load_assembly_rules(path).get("undated_retellings", {})
    return tuple(fold_str(w).lower() for w in rules.get("other_news", ()))


def _opens_other_news(event: Event) -> bool:
    """Whether the event's sentence opens with a turn to another piece of news ("وفي سياق
    متصل قتل 16 عنصرا", "Separately, ...")."""
    head = fold_str(event.quote.lstrip(" \"'«(-–—")).lower()
    return any(head.startswith(w) and not head[len(w) : len(w) + 1].isalnum() for w in load_other_news())


def _definite(event: Event, modifiers: int = 0) -> bool:
    """Whether the event's word is definite: the Arabic article on its first word (الهجوم،
    بالاعتداءات، للغارة), or an English determiner right before it (the attack), or at most
    `modifiers` words before it (the half-hour meeting)."""
    words = fold_str(event.trigger or "").split()
    if words and _ARABIC_DEFINITE.match(words[0]):
        return True
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    if not quote or not trigger:
        return False
    before = event.quote[: trigger[0] - quote[0]].split()[-1 - modifiers :]
    return any(w.lower() in load_undated_retellings()[1] for w in before)


def _days_before_publication(event: Event) -> int | None:
    try:
        return (date.fromisoformat(event.published or "") - date.fromisoformat(event.date or "")).days
    except ValueError:
        return None


def _month_before_publication(event: Event) -> bool:
    """Whether the event's month (`YYYY-MM`) is not after the month of its publication."""
    month, published = event.date or "", (event.published or "")[:7]
    return len(month) == 7 and len(published) == 7 and month <= published


def _may_be(undated: Event, dated: Event, loose: bool = False) -> bool:
    """Whether an undated telling and a telling with a day of its own can be one event; `loose`
    for a definite word of `definite_types`, which may name other countries and retell an
    event of the publication's own day, or one the article dates by its month only, however
    long ago: "the talks" or "the meeting" told with no time takes up the talks the article
    dates ("رعت بلاده المفاوضات" with "مفاوضات جوبا التي انطلقت في سبتمبر 2019"; "دعا إلى
    محاسبة كل من شارك في اللقاء" after "لقاء جمعها بوزير الخارجية الإسرائيلي الأسبوع الماضي")."""
    if dated is undated or dated.event_type != undated.event_type or dated.date_basis not in _DATED:
        return False
    if loose and dated.date_precision == "month":
        if not _month_before_publication(dated):
            return False  # (a month still to come is no meeting the word can take up)
    else:
        days = _days_before_publication(dated)
        if dated.date_precision != "day" or days is None or not (0 if loose else 1) <= days <= RETOLD_DAYS:
            return False
    if (dated.cameo == PHONE_CALL) != (undated.cameo == PHONE_CALL) or _told_as_another(dated):
        return False
    if not (loose or _same_parties(undated, dated)) or _held_apart(undated, dated):
        return False  # (two arrests of different people are two arrests)
    return not _elsewhere(undated, dated) and not _another_measure(undated, dated)


def _told_after_as_news(undated: Event, dated: Event) -> bool:
    """Whether the dated telling is of the news day, the day before the publication, and comes
    after the undated one: an article's lead tells the day's news with no date, the text below
    it with its day ("Russia has carried out its first air strikes in Syria ... its aircraft had
    hit about 20 targets on Wednesday"; "إطلاق الحوثيين صاروخا بالستيا باتجاه السعودية ...
    أعلنت الرياض الأربعاء أنها اعترضت ثلاثة صواريخ"). Told after the dated one, an undated
    attack or protest may be another of the days they go on ("قتل جنديان في معارك" after the
    day's air raids), and so may one told after a turn to other news (`_opens_other_news`:
    "غارة جوية لمقاتلات التحالف ... وفي سياق متصل قتل 16 عنصرا في مواجهات أمس")."""
    ta, tb = undated.spans.get("trigger"), dated.spans.get("trigger")
    return (
        bool(ta and tb)
        and ta[0] < tb[0]
        and _days_before_publication(dated) == 1
        and not _opens_other_news(dated)
    )


def _retold_by_definite_word(undated: Event) -> bool:
    """Whether the undated telling is a definite word of a type whose sides are told once, where
    it is dated ("عقب الاجتماع", "the talks", "the half-hour meeting"): the countries of its own
    sentence are not its sides."""
    return undated.event_type in load_undated_retellings()[2] and _definite(undated, modifiers=1)


_SENTENCE_GAP = 3  # the most characters between one sentence's end and the next one's start

# a relative word right after the event word: a clause of its own tells which deeds it names
_DESCRIBED = LazyPattern(r"\s*[,،]?\s*(?:التي|الذي|اللذين|اللتين|الذين|that|which|who)(?!\w)", re.IGNORECASE)


def _told_in_the_sentence_before(undated: Event, events: list[Event]) -> Event | None:
    """The event of the undated telling's type dated in the sentence right before it, however long
    before the publication, when it is the only one of its type the article has dated to a day
    before it: a definite event word in the next sentence ("Saudi Arabia later said the missile
    attack could be considered an act of war") takes up the deed just told, not a new one on the
    day of the publication, whatever countries its own sentence names. A campaign told since a
    month is no one deed the word can take up ("وقتل خمسة مدنيين في القصف السعودي" after the
    coalition's war since March 2015), nor does a word a relative clause right after it describes:
    that clause tells which deeds it names."""
    quote, trigger = undated.spans.get("quote"), undated.spans.get("trigger")
    if not quote or not trigger or _DESCRIBED.match(undated.quote, trigger[1] - quote[0]):
        return None  # "وأثارت الزيارات التي قام بها مسؤولون ليبيون": the deeds its own clause tells
    told = [
        e
        for e in events
        if e is not undated
        and e.event_type == undated.event_type
        and e.date_basis in _DATED
        and e.date_precision == "day"
        and (q := e.spans.get("quote"))
        and q[1] <= quote[0]
    ]
    if len(told) != 1:
        return None  # (two deeds of its type told before: the word may take up either)
    q = told[0].spans["quote"]
    return told[0] if quote[0] - q[1] <= _SENTENCE_GAP and not _told_as_another(told[0]) else None


def _retold_by(undated: Event, events: list[Event]) -> Event | None:
    """The one event with a day of its own that the undated telling retells, if only one can be."""
    if undated.date_basis != "publication" or undated.event_type in SEPARATE_ACTS or _told_as_another(undated):
        return None
    if event_told_as_running(undated):
        return None  # "لليوم السادس على التوالي": the day's stretch of it
    by_target = retold_by_target(undated, events) or retold_as_casualties(undated, events)
    if by_target is not None:
        return by_target  # "في غارة استهدفت حافلة": the strike on the bus the article dates
    recurring = undated.event_type in load_undated_retellings()[0]
    if not recurring and (told_as_cause_or_result(undated, _definite(undated)) or told_as_a_term(undated)):
        linked = [e for e in earlier_dated_tellings(undated, events) if e.quote != undated.quote]
        if linked:
            return linked[0]  # "وأدت الأزمة إلى إغلاق الحدود": the closure the crisis began with
    rivals = [
        e
        for e in events
        if e is not undated
        and e.event_type == undated.event_type
        and e.date_basis == "publication"
        and set(e.countries) & set(undated.countries)
        and not _told_as_another(e)  # one more deed told beside it ("كما تم القبض على نشطاء") is none of its tellings
    ]
    if recurring and not (_definite(undated) or with_definite_object(undated)):
        news = [e for e in events if _may_be(undated, e) and _told_after_as_news(undated, e)]
        return news[0] if len(news) == 1 and not rivals else None
    dated = [e for e in events if _may_be(undated, e)]
    if not dated and _definite(undated) and (last := _told_in_the_sentence_before(undated, events)) is not None:
        return last  # "... a ballistic missile ... was intercepted. Saudi Arabia later said the missile attack ..."
    if not dated and _retold_by_definite_word(undated):
        dated = [e for e in events if _may_be(undated, e, loose=True)]
    if not dated and not rivals and (vote := _the_one_dated_vote(undated, events)) is not None:
        return vote  # "holed up ... since the disputed vote" beside "after the Nov. 28 runoff"
    return dated[0] if len(dated) == 1 and not rivals else None


def _the_one_dated_vote(undated: Event, events: list[Event]) -> Event | None:
    """The one election of the same country the article dates, before its publication, however
    long before, that a definite word of an election with no date of its own takes up ("the
    disputed vote", «الانتخابات»): a country's vote is told once per article as a rule; none when
    the article dates two of them."""
    if undated.event_type != "election" or not _definite(undated, modifiers=1):
        return None
    votes = [
        e
        for e in events
        if e is not undated
        and e.event_type == "election"
        and e.date_basis in _DATED
        and set(e.countries) == set(undated.countries)
        and (e.date or "") <= (undated.published or "")
        and not _told_as_another(e)
    ]
    return votes[0] if len(votes) == 1 else None


def _without_undated_retellings(events: list[Event]) -> list[Event]:
    """The events less each one told with no date of its own that `_retold_by` finds the
    retelling of another: its sentence joins that event's sources."""
    kept: list[Event] = []
    for ev in events:
        dated = _retold_by(ev, events)
        # ("وتجمع المحتجون في البصرة" after a protest in Baghdad: another city's deed, as in `_dedupe`)
        if dated is None or _in_two_cities(ev, dated):
            kept.append(ev)
            continue
        dated.sources = [*dated.sources, *ev.sources]
        if ev.location and ev.location.get("precision") != "country" and (
            not dated.location or dated.location.get("precision") == "country"
        ) and (not dated.location or dated.location.get("country") == ev.location.get("country")):
            dated.location = ev.location
    return kept
