"""An Arabic sentence that goes on with the news of the sentence right before it, opened by a
verb joined to و ("وعقد الرئيسان، أمس الخميس 5 من آذار، اجتماعا في الكرملين. ووقع وزيرا
الخارجية البروتوكول الإضافي"): its event, with no date of its own, took place on the day the
text gives the events of that sentence, when they share one day in the week before the
publication. Not a sentence further back, not one that names a date, not a verb of saying
(data/assembly.json `continued_news`), not a topic after a verb of discussion, and not an
event of a type the article told before on another day or in the sentence before, whose
retelling the merge of one article's tellings decides, nor the talks of a visit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules, load_discussion_verbs
from events.assemble.text import _Candidate
from events.model import Event
from events.text.normalize import fold_str

_OPENING = re.compile(r"[\W_]*")
_FIRST_WORD = re.compile(r"[\W_]*و(?!ال|ي)([^\W\d_]+)(?=\s)")
RECENT_DAYS = 7  # the day carried is at most this many days before the publication


@lru_cache(maxsize=4)
def load_not_openers(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Verbs that, after و at a sentence's start, open no deed of the news told before: verbs of
    saying, كان of a deed told as done before (`continued_news.not_openers`) and verbs of a
    reaction to a deed (`reaction_verbs`: وأدان الاتحاد الأوروبي الهجوم), folded."""
    rules = load_assembly_rules(path)
    words = [*rules.get("continued_news", {}).get("not_openers", ()), *rules.get("reaction_verbs", ())]
    return frozenset(fold_str(w) for w in words)


@lru_cache(maxsize=4)
def load_parts_of(path: Path = ASSEMBLY_RULES) -> dict[str, tuple[str, ...]]:
    """By event type, the types of which an event of it is a part when the article told one
    before (`continued_news.parts_of`: the talks of a visit)."""
    parts = load_assembly_rules(path).get("continued_news", {}).get("parts_of", {})
    return {k: tuple(v) for k, v in parts.items()}


def _opened_by_a_verb(text: str, cand: _Candidate) -> bool:
    """Whether the event's sentence opens with a verb joined to و: the event word itself, in
    the past, or a verb (not in the present, not definite, not one of `load_not_openers`)
    before the event's noun."""
    start = cand.trigger[0]
    if cand.tense == "past" and cand.trigger_text.startswith("و") and _OPENING.fullmatch(text, cand.sentence[0], start):
        return True
    first = _FIRST_WORD.match(text, cand.sentence[0], start)
    return first is not None and not cand.tense and fold_str(first.group(1)) not in load_not_openers()


def _recent(day: str, published: str | None) -> bool:
    if not published:
        return False
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    return 0 <= gap <= RECENT_DAYS


def _day_of_the_sentence(told: Sequence[Event], before: tuple[int, int], published: str | None) -> Event | None:
    """The last event of the sentence `before` dated to a day by a date of that sentence, if all
    its events so dated share that day and it is a recent one."""
    dated = [
        ev
        for ev in told
        if before[0] <= ev.spans["quote"][0] < before[1]
        and ev.date_basis in ("explicit", "relative")
        and ev.date_precision == "day"
        and ev.spans.get("date")
        and before[0] <= ev.spans["date"][0] < before[1]
    ]
    if not dated or len({ev.date for ev in dated}) != 1 or not _recent(dated[-1].date or "", published):
        return None
    return dated[-1]


def _retold(told: Event, source: Event, before: tuple[int, int]) -> bool:
    """Whether an event of the type told before may be the one the sentence tells again: one
    of the sentence right before ("وقعت الدولتان أمس اتفاقية. وتهدف الاتفاقية إلى"), or one
    on another day than the one carried."""
    return told.date != source.date or before[0] <= told.spans["quote"][0] < before[1]


def date_as_continued(
    event: Event, text: str, cand: _Candidate, before: tuple[int, int], told: Sequence[Event], spans: dict
) -> None:
    """Date a publication-dated Arabic event of a sentence that goes on with the news of the
    sentence right before it (`before`, its start and end) by that sentence's day. Dates of the
    sentence after the publication are of a plan (على أن تبدأ الدوريات اعتبارا من 15 آذار) and
    do not stop it."""
    if event.date_basis != "publication" or event.date_precision != "day" or before[0] >= before[1]:
        return  # an ongoing flow (aid) is dated by no one day
    if not _opened_by_a_verb(text, cand):
        return
    except_types, discussion = load_discussion_verbs()
    if event.event_type not in except_types and discussion.search(text, cand.sentence[0], cand.trigger[0]):
        return  # "وناقش الوزيران تطبيع العلاقات": a topic talked about takes no day that is not its own
    source = _day_of_the_sentence(told, before, event.published)
    if source is None:
        return
    parts = load_parts_of().get(event.event_type, ())
    if any(ev.event_type in parts or (ev.event_type == event.event_type and _retold(ev, source, before)) for ev in told):
        return  # a retelling of an event of its type, or a part of a visit told before
    event.date, event.date_precision, event.date_basis = source.date, source.date_precision, source.date_basis
    spans["date"] = list(source.spans["date"])
