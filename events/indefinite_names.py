"""A catalogued name written as an indefinite common noun names no catalogued event.

Some English aliases of the catalog are plain common nouns ("travel ban", "nationality law",
"four towns deal"): the press writes them with the definite article or a qualifier when it
means the catalogued deed ("the travel ban", "Trump's travel ban", "the 2017 travel ban").
Written after an indefinite determiner ("a travel ban on Venezuelan officials", "passed a
nationality law", "another travel ban"), the same words tell a deed of that kind, a new one,
not the catalogued one. An alias that writes a capital or a digit ("Muslim ban", "Iran
nuclear deal", "Executive Order 13769") is a name, whatever article it takes.

Arabic needs no such test: an indefinite noun ("حظر سفر", "قانونا للجنسية") is spelt apart
from the definite or construct form of an alias ("حظر السفر", "قانون القومية") and is not
matched by it.
"""

from __future__ import annotations

from events.text.lazy import LazyPattern

# an indefinite determiner (of either case), then up to two lower-case words (adjectives: "a
# new"; a capital names a qualifier, "a Trump travel ban"), right before the name
_INDEFINITE_BEFORE = LazyPattern(r"(?<![\w-])(?i:a|an|another|any|one|some|such\s+a)(?:\s+[a-z][a-z-]*){0,2}\s+\Z")
# how far back the determiner may stand
_REACH = 40


def common_noun_name(name: str) -> bool:
    """Whether an English name is written in common nouns only: no capital, no digit."""
    return bool(name) and name.isascii() and not any(c.isupper() or c.isdigit() for c in name)


def indefinite_mention(text: str, start: int, end: int) -> bool:
    """Whether the English common-noun name at [start, end) of `text` is written after an
    indefinite determiner ("imposed a travel ban", "another new travel ban"), so that it tells
    a deed of its kind, not the catalogued one."""
    if not common_noun_name(text[start:end]):
        return False
    before = text[max(0, start - _REACH) : start]
    return _INDEFINITE_BEFORE.search(before) is not None
