"""A deed told by a definite noun of its type with a saying after it in its sentence, past a
comma, that holds the day ("The strikes destroyed shelters, the ministry said on Tuesday",
«ودمرت الغارات ملاجئ، بحسب ما قالت الوزارة يوم الثلاثاء»): the day is the announcement's, and
the deed retold is the one the article told on a day of the week before, as one announced is
(dating.py `_announced`, dedupe.py `_without_announcement_days`). Data in assembly.json
`trailing_sayings`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.candidates import _is_definite
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, TimeMention, TriggerMention

_REST_WORDS = 2  # words after the day to the end of the sentence ("on Tuesday evening")
# an aside of a participle after the saying's day (", without giving a death toll", ", adding that")
_PARTICIPLE_ASIDE = re.compile(r"\s*,\s*(?:without\s|[a-z]+ing\s)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _sayings(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches, ending right before the day, for a saying past a comma: its subject and an
    English verb of saying, or the verb and its subject ("said the ministry on"); an Arabic verb
    of saying, perhaps after an opener (بحسب ما), and its subject."""
    rules = load_assembly_rules(path)["trailing_sayings"]
    n = int(rules.get("subject_words", 0))
    words = r"(?:[^\s,.;:!?()\"“”]+\s+)"
    en_verbs = alternation(rules.get("en_verbs", ()), spaced=True)
    hour = r"(?:(?:late|early)\s+)?(?:on\s+)?"
    en = re.compile(
        r",\s*(?:" + words + "{1," + str(n) + r"}(?:" + en_verbs + r")\s+(?:in\s+a\s+statement\s+)?" + hour
        + r"|(?:" + en_verbs + r")\s+" + words + "{1," + str(n) + r"}" + hour + r")\Z",
        re.IGNORECASE,
    )
    ar_words = r"(?:[^\s،,.؛:!?؟()\"«»]+\s+)"
    ar = re.compile(
        r"[،,]\s*(?:(?:" + alternation(rules.get("ar_openers", ()), spaced=True) + r")\s+)?[وف]?(?:"
        + alternation(rules.get("ar_verbs", ()), spaced=True) + r")(?:ه|ته)?\s+" + ar_words + "{0," + str(n)
        + r"}[،,]?\s*(?:يوم\s+)?\Z"
    )
    return en, ar


def said_after_a_retelling(
    text: str, cand: _Candidate, date_span: Sequence[int] | None, triggers: Sequence[TriggerMention]
) -> bool:
    """Whether the event's day (`date_span`) is that of a saying told after the event word in its
    sentence, at its end, and a definite noun of the event's type (among the sentence's
    `triggers`) tells the deed before the saying: a deed told before, retold as announced."""
    if date_span is None or date_span[0] < cand.trigger[1] or date_span[1] > cand.sentence[1]:
        return False
    if len(text[date_span[1] : cand.sentence[1]].split()) > _REST_WORDS:
        return False
    en, ar = _sayings()
    before = text[cand.trigger[1] : date_span[0]]
    saying = en.search(before) or ar.search(before)
    if saying is None:
        return False
    said_at = cand.trigger[1] + saying.start()
    return cand.definite or any(
        t.event_type == cand.event_type and cand.sentence[0] <= t.start and t.end <= said_at and _definite_noun(text, t)
        for t in triggers
    )


# an Arabic noun with the article after the verb of a trigger of two words ("ودمرت الغارات")
_ARTICLE_AR = re.compile(r"^[وفبل]?(?:ال|لل)\w{2,}")


def _definite_noun(text: str, t: TriggerMention) -> bool:
    """Whether the trigger is a definite noun ("the strikes", "الغارات"), or a verb with the
    definite noun of the deed after it ("ودمرت الغارات")."""
    return _is_definite(text, t) or any(_ARTICLE_AR.match(w) for w in t.text.split()[1:])


def capped_by_a_trailing_saying(events: Sequence[Event], text: str, dates: Sequence[TimeMention]) -> None:
    """Date by its saying an event dated to a day after the day of the saying that ends its sentence
    ("Hours after the attack, military aircraft destroyed vehicles ..., army spokesman Tamer
    al-Rifai said on Friday night", told after a toll that rose on Saturday): a deed was done by the
    day it was told."""
    en, ar = _sayings()
    for event in events:
        quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
        if not quote or not trigger or event.date is None or event.date_precision != "day":
            continue
        for d in dates:
            if not (trigger[1] <= d.start and d.end <= quote[1]) or d.precision != "day" or d.recurring or not d.value:
                continue
            rest = text[d.end : quote[1]]
            # (past the day, a few words or a participle's aside: ", without giving a death toll")
            if (len(rest.split()) > _REST_WORDS and _PARTICIPLE_ASIDE.match(rest) is None) or d.value >= event.date[:10]:
                continue
            before = text[trigger[1] : d.start]
            if en.search(before) or ar.search(before):
                event.date, event.date_precision, event.date_basis = d.value, "day", d.basis  # type: ignore[assignment]
                event.spans["date"] = [d.start, d.end]
                break
