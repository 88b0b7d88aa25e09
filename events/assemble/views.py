"""Agreements on a view: "اتفقا على أن الحل السياسي هو الطريق الوحيد", "they agreed that a
political solution is the only way" tell what two sides think, not a deal they made."""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_agreed_views, load_assembly_rules
from events.model import TriggerMention
from events.text.normalize import fold_str

# Words read after the verb of agreeing for its على: the partner and the parties come between.
VIEW_REACH = 8


@lru_cache(maxsize=4)
def _english_view(path=ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The English verbs of agreeing (data/assembly.json `agreed_views.en_verbs`) and a match,
    right after one, for 'that' (perhaps past a short phrase of the partner) and a clause whose
    first verb is a copula (`en_copulas`), no modal (`en_modals`) before it."""
    raw = load_assembly_rules(path)["agreed_views"]
    copulas = alternation([w.lower() for w in raw.get("en_copulas", ())])
    modals = alternation([w.lower() for w in raw.get("en_modals", ())])
    plain = r"(?!(?:" + modals + r"|" + copulas + r"|that)\b)[\w'-]+"
    pattern = (
        r"(?:\s+(?:with|on|in)(?:\s+[\w'-]+){1,5}?)?\s+that\s+"
        r"(?:" + plain + r"\s+){1,6}(?:" + copulas + r")\b"
    )
    return frozenset(w.lower() for w in raw.get("en_verbs", ())), re.compile(pattern, re.IGNORECASE)


def _agreed_english_view(text: str, t: TriggerMention) -> bool:
    """Whether an English verb of agreeing is followed by 'that' and a clause of what is held
    true ("they also agreed that a political solution is the only way"): no deal."""
    verbs, view = _english_view()
    if t.text.lower() not in verbs:
        return False
    return view.match(text[t.end : t.end + 200].split(".")[0]) is not None


def _agreed_view(text: str, t: TriggerMention) -> bool:
    """Whether an agreement's verb (اتفق، اتفقت، يتفقان) is followed, before the end of its
    clause, by على and a clause of what is held true: أن before a definite noun, a
    demonstrative or هناك, or أنه/أنها (data/assembly.json `agreed_views`). A clause of what
    is to be done, أن before a verb (على أن يتم تبادل الأسرى), is a deal's term."""
    if _agreed_english_view(text, t):
        return True
    views = load_agreed_views()
    if fold_str(t.text).removeprefix("و").removeprefix("ف") not in views.verbs:
        return False
    words = [fold_str(w).strip(".,،؛;:\"'«»()") for w in text[t.end : t.end + 200].split()[: VIEW_REACH + 2]]
    for i, word in enumerate(words[:VIEW_REACH]):
        if word != "علي":
            continue
        after = words[i + 1 : i + 3]
        if not after:
            return False
        if after[0] in views.that_pronouns:
            return True
        return after[0] in views.that and len(after) > 1 and (after[1].startswith("ال") or after[1] in views.subjects)
    return False
