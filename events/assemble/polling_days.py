"""A deed told on the polling day with no date of its own ("وكانت مدن القبائل قد شهدت يوم
الاقتراع مواجهات بين محتجين وقوات الأمن", "protesters clashed with police on polling day"), or
while the vote went on ("وسمع دوي انفجارات قرب المجمع أثناء عملية التصويت"), took place on the
day of the vote the article tells: the day of the last election told before it that is dated
to a day (data/assembly.json `polling_days`). So did one told on the day of the signing («خرجت
تظاهرات يوم التوقيع», "protests on signing day"): the day of the last agreement told before it
(`signing_days`), and one told on the day of an attack ("on the day of the Kirkuk attack", «يوم
الهجوم»): the day of the last attack told before, that names it (`attack_days`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_polling_days(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words that name the polling day (`polling_days`)."""
    words = alternation(load_assembly_rules(path).get("polling_days", ()), spaced=True)
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_deed_days(path: Path = ASSEMBLY_RULES) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """By event type, a search for the words that name the day of a deed of that type: the
    polling day of an election, the signing day of an agreement (`signing_days`: يوم التوقيع,
    on signing day), the day of an attack (`attack_days`: يوم الهجوم, on the day of the attack)."""
    rules = load_assembly_rules(path)
    signing = alternation(rules.get("signing_days", ()), spaced=True)
    attack = rules.get("attack_days", {})
    # "on the day of the Kirkuk attack": a name of at most two capitalised words before the noun
    attack_day = (
        r"(?<!\w)(?:(?i:on\s+the\s+day\s+of\s+the)\s+(?P<name>(?:[A-Z][\w'-]*\s+){1,2})?(?i:"
        + alternation(attack.get("en", ()))
        + r")|(?:و|ف)?(?:"  # «ويوم الهجوم»: the conjunction written on the word
        + alternation(attack.get("ar", ()), spaced=True)
        + r"))(?!\w)"
    )
    return (
        ("election", load_polling_days(path)),
        ("agreement", re.compile(r"(?<!\w)(?:" + signing + r")(?!\w)", re.IGNORECASE)),
        ("attack", re.compile(attack_day)),
    )


def vote_of_the_day(
    text: str, cand: _Candidate, told: Sequence[Event], types: tuple[str, ...] = ("election", "agreement", "attack")
) -> Event | None:
    """The election, the signing or the attack (of `types`) whose day the candidate's sentence
    names (on polling day, يوم التوقيع, on the day of the Kirkuk attack): the last one of that
    type told before it dated to a day by the text, naming the attack's name when one is given;
    None when the sentence names no such day, or tells a deed of that type itself."""
    s, e = cand.sentence
    for event_type, days in load_deed_days():
        if event_type not in types or cand.event_type == event_type or (day := days.search(text, s, e)) is None:
            continue
        signing = load_signing_words() if event_type == "agreement" else None
        name = (day.groupdict().get("name") or "").strip()
        return next(
            (
                ev
                for ev in reversed(told)
                if ev.event_type == event_type
                and ev.date_precision == "day"
                and ev.date_basis in ("explicit", "relative")
                # the day of the signing: a deal told signed, not one reached or announced before
                and (signing is None or signing.search(fold_str(ev.quote)) is not None)
                and (not name or name in ev.quote)  # "the Kirkuk attack": the one told near Kirkuk
            ),
            None,
        )
    return None


@lru_cache(maxsize=4)
def load_signing_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, in a folded sentence, for a word of signing (`signing_days_words`: وقع, sign)."""
    words = alternation([fold_str(w) for w in load_assembly_rules(path).get("signing_days_words", ())])
    return re.compile(r"(?:" + words + r")", re.IGNORECASE)


def date_on_polling_day(
    event: Event,
    text: str,
    cand: _Candidate,
    told: Sequence[Event],
    spans: dict,
    types: tuple[str, ...] = ("election", "agreement", "attack"),
) -> None:
    """Date a publication-dated event told on the polling day by the day of that vote (or on
    the day of a deed of the other `types`: a signing, an attack)."""
    if event.date_basis != "publication":
        return
    vote = vote_of_the_day(text, cand, told, types)
    if vote is None:
        return
    event.date = vote.date
    event.date_precision = vote.date_precision
    event.date_basis = vote.date_basis
    spans["date"] = vote.spans.get("date")


def names_the_polling_day(text: str, start: int, end: int) -> bool:
    """Whether the words at `start`-`end` (an election's word) stand inside a name of the
    polling day ("يوم الاقتراع", "on election day"): a time, not a vote told."""
    return any(m.start() <= start and end <= m.end() for m in load_polling_days().finditer(text, max(0, start - 40), end + 5))


def names_the_attack_day(text: str, start: int, end: int) -> bool:
    """Whether the words at `start`-`end` (an attack's word) stand inside a name of the day of an
    attack told before ("on the day of the Kirkuk attack", «يوم الهجوم»): a time, no attack told."""
    days = dict(load_deed_days())["attack"]
    return any(m.start() <= start and end <= m.end() for m in days.finditer(text, max(0, start - 60), end + 5))
