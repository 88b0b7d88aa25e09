"""Where a baseline named after "since" of a comparison ends, so that the deed's own time after
it still dates the deed: "Russia's biggest war games since the Cold War on Thursday", "Japan
opened its first overseas base since World War Two there in 2011", "Iran saw its largest protests
since 2009 in Tehran on Thursday", «أكبر مناورات منذ الحرب الباردة في سيبيريا يوم الخميس». The
baseline is a short name: a time ("since 2009", «منذ عام 2009»), a name in capitals ("World War
Two", "the Cold War") or a noun of a period (war, الحرب) with its adjective; after it a word of
place or of time opens the rest of the deed's own clause. A baseline told by a deed ("since taking
power in 2011", "since the ousting of Bashir in 2019", "since Russia's invasion in 2022") may hold
a time of its own: the clause ends at "since" as before. So does it when the next time stands
right after the baseline and one preposition ("since the war in 2014"): it may be the war's."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.text.normalize import fold_str

_EN_BASELINE = re.compile(
    r"\s+(?:(?:the\s+)?(?:year\s+)?(?:19|20)\d\d(?:s)?"  # since 2009, since the 1990s
    r"|(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|One|Two|II|I))*(?<!'s))"  # since World War Two, the Cold War
)
_AR_BASELINE = re.compile(r"\s+(?:(?:عام|العام|سنة)\s+)?(?:19|20)\d\d|\s+(?P<noun>[^\W\d_]+)(?:\s+(?P<adj>ال[^\W\d_]+))?")
# what opens the rest of the deed's clause after the baseline: a word of place or of time
_EN_GO_ON = re.compile(
    r"\s+(?:there|here|in|at|on|near|off|across|last|this|earlier|late|early)(?![\w-])", re.IGNORECASE
)
_AR_GO_ON = re.compile(r"\s+(?:[وف]?(?:في|فى|قرب|قبالة|على|يوم|أمس|الأسبوع|الشهر|العام|خلال|مساء|صباح|ليل|فجر))(?![^\W\d_])")
# a time right after the baseline and one preposition may be the baseline's own ("since the war in 2014")
_EN_OWN_TIME = re.compile(r"\s+(?:in|on)\s+(?:(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August"
                          r"|September|October|November|December)\b)", re.IGNORECASE)
_AR_OWN_TIME = re.compile(r"\s+(?:في|فى)\s+(?:(?:عام|العام|سنة)\s+)?(?:19|20)\d\d")


@lru_cache(maxsize=4)
def _periods(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The nouns of a period (`compared_periods`), folded, with and without the Arabic article."""
    nouns = load_assembly_rules(path).get("compared_periods", {}).get("nouns", ())
    folded = {fold_str(w).lower() for w in nouns}
    return frozenset(folded | {"ال" + w for w in folded if not w.isascii()})


def baseline_end(quote: str, lo: int, since_start: int, since_end: int) -> int | None:
    """Where the short baseline after "since" (from `since_start` to `since_end` in `quote`, its
    clause from `lo`) ends, when the deed's clause goes on past it (see the module's docstring);
    else None."""
    word = quote[since_start:since_end].strip().lstrip("\"'«“(").lower()
    if word.lstrip("وف") not in ("since", "منذ"):
        return None
    # (imported here: the comparison's module reads the clauses this one ends)
    from events.assemble.compared_baselines import _after_a_comparison

    if not _after_a_comparison(quote, lo, since_start):
        return None
    if word == "since":
        base = _EN_BASELINE.match(quote, since_end)
        go_on, own_time = _EN_GO_ON, _EN_OWN_TIME
    else:
        base = _AR_BASELINE.match(quote, since_end)
        if base is not None and base.group("noun") and fold_str(base.group("noun")).lower() not in _periods():
            return None
        go_on, own_time = _AR_GO_ON, _AR_OWN_TIME
    if base is None or own_time.match(quote, base.end()) or go_on.match(quote, base.end()) is None:
        return None
    return base.end()
