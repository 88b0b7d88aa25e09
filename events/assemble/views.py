"""Agreements on a view: "اتفقا على أن الحل السياسي هو الطريق الوحيد" tells what two sides
think, not a deal they made."""

from __future__ import annotations

from events.assemble.rules import load_agreed_views
from events.model import TriggerMention
from events.text.normalize import fold_str

# Words read after the verb of agreeing for its على: the partner and the parties come between.
VIEW_REACH = 8


def _agreed_view(text: str, t: TriggerMention) -> bool:
    """Whether an agreement's verb (اتفق، اتفقت، يتفقان) is followed, before the end of its
    clause, by على and a clause of what is held true: أن before a definite noun, a
    demonstrative or هناك, or أنه/أنها (data/assembly.json `agreed_views`). A clause of what
    is to be done, أن before a verb (على أن يتم تبادل الأسرى), is a deal's term."""
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
