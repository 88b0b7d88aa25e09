"""Languages named by a country's adjective: "foreigners who spoke English and Spanish",
"French-speaking regions", «الناطقة بالفرنسية», «باللغة الإسبانية». The adjective then names a
tongue, not the country, so it is no actor of the event and gives it no country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from events.text.normalize import fold_str

# "English and Spanish", "English, French or Spanish": the names of a list, joined
_EN_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# «الإنجليزية والإسبانية»: a name of a list after the first takes و
_AR_JOIN = r"\s+و?"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


class SpokenLanguages:
    """The words that make a country's adjective a language (`languages` of actors.json)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        en_names = _alternation(data.get("en", ()))
        ar_names = _alternation(fold_str(w) for w in data.get("ar", ()))
        en_verbs = _alternation(data.get("en_before", ()))
        en_after = _alternation(data.get("en_after", ()))
        ar_cues = _alternation(fold_str(w) for w in data.get("ar_before", ()))
        self._en_name = re.compile(rf"(?:{en_names})") if en_names else None
        self._ar_name = re.compile(rf"[وفبل]{{0,2}}(?:{ar_names})") if ar_names else None
        # a verb of speaking, writing or translating before the list the name ends
        self._en_before = re.compile(
            rf"(?<![\w-])(?:{en_verbs})\s+(?:(?:{en_names}){_EN_JOIN})*$", re.IGNORECASE
        ) if en_verbs and en_names else None
        # "in" before a list of names that ends the phrase: "said in Spanish, and ..."
        self._en_in = re.compile(rf"(?<![\w-])in\s+(?:(?:{en_names}){_EN_JOIN})*$") if en_names else None
        self._en_phrase_end = re.compile(
            rf"(?:{_EN_JOIN}(?:{en_names}))*\s*(?:[,.;:!?)\]\"”’]|$)"
        ) if en_names else None
        # "-speaking", "speakers", "language" after the name or the list it starts, in lower case
        # ("Hungarian Speaker Laszlo Kover" is the country's speaker of parliament)
        self._en_after = re.compile(
            rf"(?:{_EN_JOIN}(?:{en_names}))*(?:-|\s+)(?:{en_after})(?![\w])"
        ) if en_after and en_names else None
        # «اللغة»، «الناطقة»، «يتحدثون» before the list the name ends
        self._ar_before = re.compile(
            rf"(?<![^\W\d_])[وفبل]{{0,2}}(?:{ar_cues})\s+(?:[وفبل]{{0,2}}(?:{ar_names})\s+)*$"
        ) if ar_cues and ar_names else None

    def names_a_language(self, text: str, start: int, end: int) -> bool:
        """Whether the country's name at text[start:end] is a language's adjective told as one."""
        word = text[start:end]
        before = text[max(0, start - 80) : start]
        if word[:1].isascii():
            if self._en_name is None or not self._en_name.fullmatch(word):
                return False
            if self._en_before is not None and self._en_before.search(before):
                return True
            if self._en_after is not None and self._en_after.match(text, end):
                return True
            return bool(
                self._en_in is not None
                and self._en_in.search(before)
                and self._en_phrase_end is not None
                and self._en_phrase_end.match(text, end)
            )
        folded = fold_str(word)
        if self._ar_name is None or not self._ar_name.fullmatch(folded):
            return False
        return self._ar_before is not None and self._ar_before.search(fold_str(before)) is not None
