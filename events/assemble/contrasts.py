"""A sentence that joins two deeds by a connector of contrast after a comma
(`أعلنت البحرين قطع علاقاتها مع إيران، فيما قررت الإمارات تخفيض التمثيل`; "Turkey named an
ambassador to Egypt, while Egypt named one to Ankara"): the clause after it
tells a deed of its own, often by another doer, so an event word of the type the first clause
already has is another event, not a weaker word for the same one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.dated_participles import _date_after
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_participles
from events.assemble.text import _Candidate
from events.model import Event, TimeMention
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_contrast_connector(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A comma, then a connector of contrast (data/assembly.json `contrast_connectors.ar`)
    not followed by a word that makes it mean "as for", "later" or a report
    (`contrast_connectors.not_before`), or an English one (`contrast_connectors.en`) followed
    by a capitalised name, perhaps after its article."""
    rules = load_assembly_rules(path).get("contrast_connectors", {})
    connectors = alternation(rules.get("ar", ()), spaced=True)
    stops = alternation(rules.get("not_before", ()))
    # in English, only before a capitalised name, the other doer, perhaps after its article
    # ("..., while Egypt named ...", "..., while the United Arab Emirates downgraded ...")
    english = alternation(rules.get("en", ()), spaced=True)
    return re.compile(
        r"[،,]\s*(?:(?:" + connectors + r")\s+(?!(?:" + stops + r")(?!\w))|(?:" + english + r")\s+(?=(?:the\s+)?[A-Z]))"
    )


def _contrasts_before(text: str, sentence_start: int, start: int) -> int:
    """How many connectors of contrast after a comma stand between the sentence's start
    and `start`: the clause of the sentence an event word is in, counted by them."""
    return sum(1 for _ in load_contrast_connector().finditer(text, sentence_start, start))


def _told_in_contrast(text: str, cand: _Candidate) -> bool:
    """Whether an Arabic event word stands in a clause of contrast of its sentence, after a
    comma and فيما/بينما: a deed told there by a verb of its own is not one told in another
    sentence of the article (`_dedupe`'s acts)."""
    return _contrasts_before(text, cand.sentence[0], cand.trigger[0]) > 0


def in_clauses_apart(a: Event, b: Event) -> bool:
    """Whether two events of one sentence stand in two of its clauses, told apart by a
    connector of contrast ("طردت تركيا السفير الإسرائيلي، بينما طردت إسرائيل القنصل التركي")."""
    if a.quote != b.quote:
        return False
    clauses = []
    for ev in (a, b):
        quote, trigger = ev.spans.get("quote"), ev.spans.get("trigger")
        if not quote or not trigger:
            return False
        clauses.append(_contrasts_before(ev.quote, 0, trigger[0] - quote[0]))
    return clauses[0] != clauses[1]


def outside_the_clause_contrasted(
    text: str, dates: Sequence[TimeMention], trigger: tuple[int, int], sentence: tuple[int, int]
) -> list[TimeMention]:
    """`dates` less those written out after a participle before the connector of contrast that
    opens the event word's clause ("أعلن أن اتفاق فض الاشتباك الموقع مع سوريا عام 1974 انهار، فيما
    أعلن الجيش نشر قوات"): that year dates the noun the participle describes, in the first clause,
    not the deed told after the connector."""
    opening = None
    for m in load_contrast_connector().finditer(text, sentence[0], trigger[0]):
        opening = m.start()
    if opening is None:
        return list(dates)
    described = {
        id(d)
        for m in load_participles().finditer(text, sentence[0], opening)
        if _describes_a_noun(text, m) and (d := _date_after(text, m.end(), opening, dates)) is not None
    }
    return [d for d in dates if id(d) not in described]


# the capitalised last words of a deal's name ("the Wadi Araba Treaty"): a noun, no subject
DEAL_NAME_HEADS = r"(?:Treaty|Treaties|Accords?|Agreements?|Deal|Pact|Declaration|Protocol|Convention|Charter|Memorandum|Resolution)\b"
# the word before an English participle that makes it a verb of its own clause, not one describing
# the noun before it: a name or a pronoun as subject, an auxiliary, "and"
_SUBJECT_BEFORE = LazyPattern(
    r"(?:\b(?!" + DEAL_NAME_HEADS + r")"
    r"[A-Z][\w'’-]*|\b(?:it|they|he|she|we|was|were|had|has|have|and|who|which|that))\s*$"
)


def _describes_a_noun(text: str, m: re.Match[str]) -> bool:
    """Whether a match of the participles is one describing the noun before it: the Arabic one
    with its article (الموقع، المبرمة), not a verb (وقعت، أبرمت); the English one after a
    lowercase noun or a deal's capitalised name ("the agreement signed with Syria in 1974", "the Wadi
    Araba Treaty signed in 1994"), not after its subject ("Saudi Arabia and Iran signed in Beijing on
    March 10")."""
    word = m.group().strip().lstrip("وف")
    if not word.isascii():
        return word.startswith("ال") or word.startswith("مبرم")
    return _SUBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
