"""An attack's word right after a word of a trend or a degree of violence tells violence over a
period, counted up or down, not one attack: "أعرب عن قلقه من تصاعد المعارك في اليمن", "تراجع
الهجمات في سيناء", "a rise in attacks on aid workers". A verb of a rise with a noun of degree is
left to its sentence: "وتصاعدت حدة المعارك قرب المطار" tells the fighting of the day; a verb of a
fall tells a trend: "وخفت حدة الهجمات في الفترة الأخيرة", "attacks have eased in recent months".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import fold_str

_TREND_REACH = 60  # characters before the attack's word within which its trend is read


@lru_cache(maxsize=4)
def load_violence_trends(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, over folded lower-cased text, for a word of a trend or a degree of violence
    (data/assembly.json `violence_trends`) ending right before the next word: an Arabic noun of
    a rise or a fall, perhaps with a noun of degree after it; an English noun of a rise or a fall or of degree with its preposition,
    perhaps with 'the'."""
    spec = load_assembly_rules(path)["violence_trends"]

    def words(key: str) -> str:
        return alternation([fold_str(w).lower() for w in spec.get(key, ())], spaced=True)

    degrees = words("ar_degrees")
    arabic = r"(?:" + words("ar_trends") + r")(?:\s+(?:" + degrees + r"))?"
    english = r"(?:" + words("en_trends") + r"|" + words("en_degrees") + r")(?:\s+the)?"
    return re.compile(r"(?<![^\s\"'«“(])[وفبل]?(?:" + arabic + r"|" + english + r")\s+[بلو]?$")


@lru_cache(maxsize=4)
def load_violence_declines(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches, over folded lower-cased text, for a verb of a fall (data/assembly.json
    `violence_trends`: `ar_declines`, perhaps with a noun of degree after it) ending right before
    an attack's word, and for an English verb of a fall (`en_declines`, perhaps after has, have
    or had) right after it or after a short phrase of place or doer, perhaps opened by a
    participle of doing (`en_participles`: "attacks in Sinai have declined", "attacks carried out
    by militants in Egypt have eased")."""
    spec = load_assembly_rules(path)["violence_trends"]

    def words(key: str) -> str:
        return alternation([fold_str(w).lower() for w in spec.get(key, ())], spaced=True)

    arabic = re.compile(
        r"(?<![^\s\"'«“(])[وف]?(?:" + words("ar_declines") + r")(?:\s+(?:" + words("ar_degrees") + r"))?\s+[بلو]?$"
    )
    # (a short phrase may stand between: "attacks by militants in Egypt have eased", "attacks
    # carried out by militants in Egypt have eased")
    english = re.compile(
        r"^(?:\s+(?:" + words("en_participles") + r"))?"
        r"(?:\s+(?:by|in|on|against|across|of)(?:\s+[^\s,.;:]+){1,4})?(?:\s+(?:has|have|had))?\s+(?:"
        + words("en_declines")
        + r")\b"
    )
    return arabic, english


@lru_cache(maxsize=4)
def load_doer_trends(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, over folded lower-cased text, for an English noun of a trend that also names a
    party's stepping up of its own deeds (data/assembly.json `violence_trends.en_doer_trends`:
    escalation of), perhaps with 'the', ending right before the next word."""
    spec = load_assembly_rules(path)["violence_trends"]
    doers = alternation([fold_str(w).lower() for w in spec.get("en_doer_trends", ())], spaced=True)
    return re.compile(r"(?<![^\s\"'“(])(?:" + doers + r")(?:\s+the)?\s+$")


# the doer right after the attack's word, perhaps past a short phrase ("strikes on the town by")
_BY_A_DOER = re.compile(r"^(?:\s+(?:on|in|against|across)(?:\s+[^\s,.;:]+){1,3})?\s+by\s+\w")


def _stepped_up_by_a_doer(text: str, cand: _Candidate, before: str) -> bool:
    """Whether the trend before the attack's word is a party's stepping up of its own deeds, the
    doer told after the word ("a violent escalation of air strikes by government forces"), as
    «تصعيدا عنيفا للقصف الجوي من قبل قوات النظام» is: the deeds of a day, no trend."""
    if load_doer_trends().search(before) is None:
        return False
    after = text[cand.trigger[1] : min(cand.sentence[1], cand.trigger[1] + _TREND_REACH)].lower()
    return _BY_A_DOER.match(after) is not None


def told_as_a_trend(text: str, cand: _Candidate) -> bool:
    """Whether an attack's word comes right after a word of a trend or a degree of violence
    (`load_violence_trends`), or after a verb of a fall or before an English one
    (`load_violence_declines`: "وخفت حدة الهجمات في الفترة الأخيرة", "attacks have eased in
    recent months"): violence over a period, no event of a day."""
    if cand.event_type != "attack":
        return False
    before = fold_str(text[max(cand.sentence[0], cand.trigger[0] - _TREND_REACH) : cand.trigger[0]]).lower()
    if load_violence_trends().search(before) is not None:
        return not _stepped_up_by_a_doer(text, cand, before)
    declines_ar, declines_en = load_violence_declines()
    if declines_ar.search(before) is not None:
        return True
    after = text[cand.trigger[1] : min(cand.sentence[1], cand.trigger[1] + _TREND_REACH)].lower()
    return declines_en.search(after) is not None
