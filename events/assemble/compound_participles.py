"""An English participle of an office given joined by a hyphen to its giver ("the U.S.-appointed
Governing Council", "a Kremlin-installed leader", "the army-named cabinet") qualifies the noun
after it: the holder was put in office at a time the sentence does not tell, and the word is no
appointment of its own. The Arabic adjective of the same sense (مجلس الحكم المعين من قبل واشنطن)
is no verb of the lexicon and gives none either."""

from __future__ import annotations

from events.assemble.text import _Candidate

# the types whose word, so joined, describes a holder or a body rather than telling a deed
_TYPES = frozenset({"appointment", "election"})
_IRREGULAR = frozenset({"chosen", "sworn-in"})


def a_compound_participle(text: str, cand: _Candidate) -> bool:
    """Whether the event word is a participle ("appointed", "installed", "elected") right after a
    hyphen that joins it to a word before it ("U.S.-appointed", "Kremlin-installed")."""
    if cand.event_type not in _TYPES:
        return False
    start = cand.trigger[0]
    if start < 2 or text[start - 1] != "-" or not (text[start - 2].isalnum() or text[start - 2] == "."):
        return False
    word = text[start : cand.trigger[1]].split()[0].lower() if text[start : cand.trigger[1]].split() else ""
    return word.isascii() and (word.endswith("ed") or word in _IRREGULAR)
