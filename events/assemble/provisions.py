"""An event word inside what a law, a deal or a mandate provides, bars or allows.

"U.S. law bars aid to a country whose elected leader has been deposed in a military coup", "The
agreement also bars the use of Iraqi territory as a launch pad for attacks", "a U.N. mandate that
expires on December 31 and gives Iraq a say over U.S. military operations", «يحظر القانون تقديم
المساعدات لدولة أطيح برئيسها المنتخب», «الاتفاق الذي يمنع استخدام الأراضي العراقية منطلقا لشن
هجمات»: the words tell a rule, what may or may not be done, and no deed done. The deal itself,
told by its own word, stays (data/assembly.json `provisions`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str

_NOT_WORD = r"\s;؛:!?؟()\"'"  # a dot inside a sentence ends an abbreviation (U.S., U.N.), no clause


@lru_cache(maxsize=4)
def load_provisions(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search (folded, lower-cased), anchored at the end of the text before an event word, for
    an instrument and its verb of providing (or, in Arabic, the verb and the instrument after
    it), then the words up to the event word, with no sentence punctuation and none of `stops`
    after the verb. Between the instrument and its verb an aside may stand ("The agreement,
    signed in Baghdad, bars"), as may a relative clause ("a mandate that expires on December 31
    and gives")."""
    rules = load_assembly_rules(path)["provisions"]
    instruments = alternation((fold_str(w).lower() for w in rules["instruments"]), spaced=True)
    verbs = alternation((fold_str(w).lower() for w in rules["verbs"]), spaced=True)
    stops = alternation((fold_str(w).lower() for w in rules["stops"]), spaced=True)
    loose = r"[^" + _NOT_WORD + r"]+[,،]?\s+"  # a word of the instrument's phrase, a comma after it allowed
    tight = r"(?!(?:" + stops + r")\s)[^" + _NOT_WORD + r",،]+\s+"  # a word of the provision
    edge = r"(?<![^\W\d_])"
    instrument = edge + r"(?:[وفب]|ل)?(?:" + instruments + r")(?![^\W\d_])[,،]?\s+"
    verb = edge + r"[وف]?(?:" + verbs + r")\s+"
    english = instrument + r"(?:" + loose + r"){0," + str(int(rules["instrument_words"])) + r"}" + verb
    arabic = verb + r"(?:" + loose + r"){0," + str(int(rules["ar_instrument_words"])) + r"}" + instrument
    provision = r"(?:" + tight + r"){0," + str(int(rules["event_words"])) + r"}$"
    return re.compile(r"(?:" + english + r"|" + arabic + r")" + provision)


# a relative clause after the event word that dates it: the deed was done, and the provision
# is about what it left in force («برفع العقوبات التي شددت على قطاعي النفط والمصارف عام 2012»)
_DATED_RELATIVE = re.compile(
    r"^[^.;؛:!?؟]*?(?<![^\W\d_])(?:التي|الذي|الذين|that|which|who)\s+(?:[^\s.;؛:!?؟]+\s+){0,12}?[^\s.;؛:!?؟]*\d{4}(?!\d)",
    re.IGNORECASE,
)

_RELATIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?:التي|الذي|الذين|that|which|who)\s+(?:[^\s.;؛:!?؟]+\s+){0,4}$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"^(?:[^\s.;؛:!?؟]+\s+){0,12}?[^\s.;؛:!?؟]*\d{4}(?!\d)")


@lru_cache(maxsize=4)
def load_outcomes(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Searches (folded, lower-cased) for a verb of providing for (`provisions` `outcome_verbs`)
    and for a deal (`outcome_instruments`), and the types that are a deal's own outcome
    (`outcome_types`)."""
    rules = load_assembly_rules(path)["provisions"]
    verbs = alternation((fold_str(w).lower() for w in rules.get("outcome_verbs", ())), spaced=True)
    deals = alternation((fold_str(w).lower() for w in rules.get("outcome_instruments", ())), spaced=True)
    edge = r"(?<![^\W\d_])"
    return (
        re.compile(edge + r"[وف]?(?:" + verbs + r")(?![^\W\d_])"),
        re.compile(edge + r"(?:[وفب]|ل)?(?:" + deals + r")(?![^\W\d_])"),
        frozenset(rules.get("outcome_types", ())),
    )


def in_a_provision(text: str, cand: _Candidate) -> bool:
    """Whether the event word stands in what a law, a deal or a mandate provides, bars or allows
    ("The agreement also bars the use of Iraqi territory as a launch pad for attacks"), with no
    relative clause after it, or of its own, that dates it as done. A deal's own outcome it
    provides for («اتفاق يقضي بوقف إطلاق النار») is agreed, no rule."""
    head = fold_str(text[cand.sentence[0] : cand.trigger[0]]).lower()
    found = load_provisions().search(head)
    if found is None:
        return False
    verbs, deals, outcomes = load_outcomes()
    if cand.event_type in outcomes and verbs.search(found.group(0)) is not None and deals.search(found.group(0)) is not None:
        return False  # (a law's or a resolution's ceasefire stays a rule)
    if _DATED_RELATIVE.match(text, cand.trigger[1], cand.sentence[1]) is not None:
        return False
    # the event word is the verb of such a clause itself («العقوبات التي شددت ... عام 2012»)
    own_clause = _RELATIVE_BEFORE.search(text, cand.sentence[0], cand.trigger[0]) is not None
    return not (own_clause and _YEAR_AFTER.match(text[cand.trigger[1] : cand.sentence[1]].lstrip()) is not None)
