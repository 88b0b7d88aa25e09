"""A visit that is no visit of an official to a place: a person calling at a consulate or an
embassy ("اختفى منذ زيارته إلى القنصلية السعودية", "since his visit to the Saudi consulate",
"زار القنصلية"). The building a visit's word takes as its object is where the caller went on
an errand of his own, not a country or a city an official travelled to."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate

# a word naming the visitor between the visit's word and its object: no punctuation, no
# word of direction (that one opens the object)
_GAP = r"(?:\s+(?!(?:{to})(?!\w))(?!ل)[^\s،,.؛;:()\"«»]+){{0,3}}?"


@lru_cache(maxsize=1)
def _premises_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a visit's word: its object a diplomatic mission's building. The noun of a visit a
    verb of doing takes (assembly.json `premises_visits`)."""
    rules = load_assembly_rules()["premises_visits"]
    to = alternation(rules["to"])
    arabic = [w for w in rules["premises"] if "\u0600" <= w[0] <= "\u06ff"]
    joined = alternation([("لل" + w[2:]) if w.startswith("ال") else "ل" + w for w in arabic], spaced=True)
    building_ar = alternation(arabic, spaced=True)
    building_en = alternation([w for w in rules["premises"] if w not in arabic], spaced=True)
    determiners = alternation(rules["determiners"])
    after = re.compile(
        # Arabic: the building right after the verb, or after the visitor's name with إلى or ل
        rf"\s+(?:{building_ar})(?!\w)|" + _GAP.format(to=to) + rf"\s+(?:(?:{to})\s+(?:{building_ar})|{joined})(?!\w)"
        # English: "visited the consulate", "visit to the Saudi embassy"
        + rf"|\s+(?:to\s+)?(?:(?:{determiners})\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{building_en})(?!\w)",
        re.IGNORECASE,
    )
    # a noun in ة is written with ت before a possessive ending: زيارته
    nouns = [*rules["visit_nouns"], *(w[:-1] + "ت" for w in rules["visit_nouns"] if w.endswith("ة"))]
    noun = re.compile(rf"(?<!\w)[وفب]?(?:{alternation(nouns)})\w{{0,3}}(?!\w)", re.IGNORECASE)
    return after, noun


def _a_visit_to_premises(text: str, cand: _Candidate) -> bool:
    """Whether a visit's word takes a consulate or an embassy as its object."""
    if cand.event_type != "visit" or cand.reference_id is not None:
        return False
    after_pattern, noun = _premises_patterns()
    end = cand.trigger[1]
    # "قام المسؤولون بزيارة ...": the verb of doing is the word, its object follows the noun
    taken = None if noun.search(cand.trigger_text) else noun.search(text, end, min(cand.sentence[1], end + 60))
    if taken is not None:
        end = taken.end()
    return after_pattern.match(text, end, cand.sentence[1]) is not None
