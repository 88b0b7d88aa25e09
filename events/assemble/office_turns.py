"""An office left and an office given to another, told in one sentence by two event words of a
change of office joined by "and", a comma or و ("Truss fired her finance minister Kwasi Kwarteng
on Friday and appointed Jeremy Hunt in his place", "appointed Jafar Hassan prime minister and
accepted the resignation of the government", «أنهى الرئيس مهام رئيس الحكومة، وعيّن وزير الشؤون
الاجتماعية خلفا له»): two changes of office, one for each person, not one told twice
(data/assembly.json `office_turns`, with `leaving_office_words`). A ruler who takes power
himself and the one he ousts ("seized power, ousting the government") are one change; a
resignation told as the time or the reason of an appointment ("after his predecessor resigned")
is left to the rules of such clauses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.catalog_fit import load_leaving_office_words
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import TriggerMention
from events.text.normalize import fold_str

_TYPE = "appointment"


@lru_cache(maxsize=4)
def _office_turn_words(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a match, over a folded event word, of a word that gives an office to another at its start;
    a search for a word that makes the second word a time or a reason of the first)."""
    rules = load_assembly_rules(path)["office_turns"]
    giving = re.compile(r"(?:[وفبل]|وب|ول)?(?:" + alternation(fold_str(w).lower() for w in rules["appointing_words"]) + ")")
    between = re.compile(r"(?<!\w)[وف]?(?:" + alternation(rules["not_between"]) + r")(?!\w)", re.IGNORECASE)
    return giving, between


def _way(word: str) -> str | None:
    """"left" for a word of an office left, "given" for one of an office given to another, else None."""
    folded = fold_str(word).lower()
    if load_leaving_office_words().match(folded):
        return "left"
    return "given" if _office_turn_words()[0].match(folded + " ") else None


def other_turn_of_office(text: str, t: TriggerMention, triggers: Sequence[TriggerMention], sentence: tuple[int, int]) -> bool:
    """Whether the change-of-office word `t` follows, in `sentence`, an asserted one of the other
    way (an office left before one given, or given before one left), joined to it by a comma,
    "and" or و, with no word of time or reason between: the second person's change."""
    if t.event_type != _TYPE or t.modality != "asserted" or (way := _way(t.text)) is None:
        return False
    before = [
        u for u in triggers
        if u.event_type == _TYPE and u.modality == "asserted" and sentence[0] <= u.start and u.end <= t.start
    ]
    if not before or _way(before[-1].text) not in ({"left", "given"} - {way}):
        return False
    between = text[before[-1].end : t.start]
    if _office_turn_words()[1].search(between):
        return False
    return "," in between or "،" in between or re.search(r"(?<!\w)and(?!\w)", between) is not None or t.text.startswith("و")


def told_as_other_turn(text: str, trigger: tuple[int, int], triggers: Sequence[TriggerMention], sentence: tuple[int, int]) -> bool:
    """Whether the event word at `trigger` is such a second change of office (`other_turn_of_office`)."""
    t = next((u for u in triggers if (u.start, u.end) == trigger[:2]), None)
    return t is not None and other_turn_of_office(text, t, triggers, sentence)
