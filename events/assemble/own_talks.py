"""The talks of the sentence's own subject, told right after a word of after ("Pence said after
talks with Erdogan in Ankara", «قال نتنياهو عقب لقائه كيري في روما»): the subject held them just before what the sentence tells, on its day.
They are no background the sentence merely presupposes (a bare "after negotiations", «بعد
مفاوضات», may recall a long course): the English noun names its partner after `with`, the Arabic
one carries the pronoun of its subject (لقائه، محادثاتها), so one sitting of that subject is told
(data/assembly.json `own_talks`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.text.normalize import is_arabic


@lru_cache(maxsize=4)
def load_own_talks(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A search, anchored at the end, for a word of after right before the meeting word (a
    possessive between in English); a match for `with` right after an English meeting word, a
    word at most between; a match for the pronoun ending an Arabic one (`own_talks`)."""
    rules = load_assembly_rules(path).get("own_talks", {})
    afters = alternation(rules.get("afters", ()), spaced=True)
    possessives = alternation(rules.get("possessives", ()))
    return (
        re.compile(r"(?<!\w)[وف]?(?:" + afters + r")\s+(?:(?:" + possessives + r")\s+)?$", re.IGNORECASE),
        re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:" + alternation(rules.get("partners", ())) + r")\s", re.IGNORECASE),
        re.compile(r"(?:" + alternation(rules.get("pronouns", ())) + r")$"),
    )


def own_talks_before(text: str, cand: _Candidate, spoken: bool = False) -> bool:
    """Whether the meeting word is the sentence's subject's own talks, told right after a word
    of after: in Arabic with a pronoun on the noun; in English with its partner after `with`,
    after the verb of saying of its speaker (`spoken`: "Pence said after talks with Erdogan"; the
    subject of another verb may have had no part in them: "troops withdrew after talks with")."""
    if cand.event_type != "meeting" or cand.tense or cand.reference_id is not None:
        return False
    if not spoken and not is_arabic(cand.trigger_text[:1]):
        return False
    after, partner, pronoun = load_own_talks()
    start, end = cand.trigger
    if after.search(text, max(cand.sentence[0], start - 30), start) is None:
        return False
    if is_arabic(cand.trigger_text[:1]):
        return pronoun.search(cand.trigger_text) is not None
    return partner.match(text, end) is not None
