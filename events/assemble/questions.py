"""What a question asks about. A sentence that ends in a question mark asserts nothing from
the word that opens the question on ("هل زار ترامب الرياض؟", "Did Trump visit Riyadh?"); a
clause before that word still tells a deed ("ويأتي القرار بعد زيارة ترامب إلى الرياض فهل أوحى
لمستضيفيه بالقطيعة؟", "The decision follows Trump's visit, so did he inspire it?"). The
question words are data (data/assembly.json `question_openers`); a question with none of them
("أتراه زار الرياض؟") covers its whole sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules

_CLOSERS = "\"'»”) \u00a0\n"


@lru_cache(maxsize=4)
def load_question_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the word that opens a question: an Arabic question word anywhere (with
    و or ف before it), an English one at the start of a clause (after a comma, a semicolon, a
    colon, a dash, or so/but/and/then)."""
    rules = load_assembly_rules(path)["question_openers"]
    arabic = r"(?<!\w)[وف]?(?:" + alternation(rules["ar"]) + r")(?!\w)"
    clause = r"(?:(?<=[,;:—–])\s*|(?<!\w)(?:" + alternation(rules["en_links"]) + r")\s+)"
    english = clause + r"(?:" + alternation(rules["en"]) + r")(?!\w)"
    return re.compile(arabic + "|" + english, re.IGNORECASE)


@lru_cache(maxsize=4)
def load_question_leads(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match of a question word as a sentence's first word ("Did ...", "وهل ...")."""
    rules = load_assembly_rules(path)["question_openers"]
    words = alternation([*rules["ar"], *rules["en"]])
    return re.compile(r"[\s\"'«“(—–-]*[وف]?(?:" + words + r")(?!\w)", re.IGNORECASE)


def question_start(text: str, sentence: tuple[int, int]) -> int | None:
    """Where the question of `sentence` starts: None when the sentence asks nothing, its start
    when no question word shows a later start."""
    s, e = sentence
    if not text[s:e].rstrip(_CLOSERS).endswith(("?", "؟")):
        return None
    if load_question_leads().match(text, s, e):
        return s  # "Did Trump's visit, which ..., inspire the break?": the whole sentence asks
    opener = load_question_openers().search(text, s, e)
    return opener.start() if opener is not None else s


def asked(text: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether the event word at `trigger` stands inside its sentence's question."""
    start = question_start(text, sentence)
    return start is not None and trigger[0] >= start
