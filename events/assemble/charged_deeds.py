"""Event words inside the charge of an accusation, dated only by the accusation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.rules import load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, _accused, _Candidate, _is_duration, may_accuse
from events.model import TimeMention
from events.text.lazy import LazyPattern

# The word that opens the charge: a verbal noun with ب right after the accused
# ("اتهم الوزير قطر السبت بتبني مشروع ...", "تتهمه بتدبير محاولة الانقلاب"), or "of"
# ("accused Qatar on Saturday of adopting a plan ...")
_CHARGE_OPENER = LazyPattern(r"(?<!\S)[\"'«“]?ب(?:ال)?[\u0621-\u064a]{2,}|(?<!\S)of\s+(?=\S)", re.IGNORECASE)

# Words with ب that are prepositions, no charge (بعد، بين، بسبب، باسم; data/assembly.json)
_NOT_OPENERS = frozenset(load_assembly_rules()["charge_non_openers"])

# How many words the charge may run from its opener to the event word it holds: a charge
# may join several verbal nouns with و ("بتبني مشروع ... والتدخل في ... وتشجيع قوى في اعتداءات")
_CHARGE_SPAN = 14


def charge_opening(text: str, sentence_start: int, trigger_start: int) -> int | None:
    """Where the charge opens when the event word stands in what an accusation charges
    someone with: the event word itself after ب or "of", or a word the charge's verbal
    noun governs within a few words, with no clause break between
    ("اتهم الوزير قطر اليوم السبت بتبني مشروع لتشجيع قوى متطرفة في اعتداءات على
    مصر", "accused Qatar on Saturday of encouraging extremists in attacks on Egypt").
    None when it does not."""
    lo = max(sentence_start, trigger_start - 160)
    openers = [m for m in _CHARGE_OPENER.finditer(text, lo, trigger_start + 40) if m.start() <= trigger_start]
    for m in reversed(openers):
        english = m.group().lower().startswith("of")
        if not english and m.group().lstrip("\"'«“") in _NOT_OPENERS:
            continue
        # the charge itself: the word after "of", or the ب word past any opening quote
        opener = m.end() if english else m.start() + (0 if text.startswith("ب", m.start()) else 1)
        between = text[opener:trigger_start]
        if opener > trigger_start or len(between.split()) > _CHARGE_SPAN or _CLAUSE_BREAK.search(between):
            continue
        if _accused(text, sentence_start, opener):
            return m.start()
    return None


def dated_only_as_accusation(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether an event word is the charge of an accusation and its sentence dates it
    only by time words before the charge: those date the accusation ("اتهم ... قطر اليوم
    السبت بتبني ... اعتداءات على مصر", "on Friday accused the rebels of a missile attack":
    the day is when it was said), and the deed
    charged, claimed by one side with no date of its own, is not told as done on that day.
    The catalog may still date it."""
    if cand.reference_id is not None or not may_accuse(text):
        return False
    opening = charge_opening(text, cand.sentence[0], cand.trigger[0])
    if opening is None:
        return False
    own = [d for d in dates if not d.recurring and not _is_duration(text, d)]
    return bool(own) and all(d.end <= opening for d in own)
