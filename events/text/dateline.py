"""The dateline that opens a wire story: where it was filed, not where its events happened.

"دبي، الإمارات العربية المتحدة (CNN)-- قال ...", "ANKARA, June 7 (Reuters) - Turkey's
parliament ...", "JERUSALEM, May 10, 2021 - Israeli warplanes ...", "بيروت - أعلن ...", "(Beirut) – Egyptian
security forces ...", "RIYADH: Saudi Arabia ...", "Rabat – Morocco and Israel ...".
Names in it (Dubai, the UAE, Ankara) are the newsroom's, so they are neither the
place nor a party of the first sentence's event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from events.model import PlaceMention
from events.text.lazy import LazyPattern

# place (and date) then the agency in brackets, then a dash or colon
_WITH_AGENCY = re.compile(r"\A\s*[^\n()]{2,60}?\s*\([^()\n]{1,30}\)\s*(?:[-–—]+|:)\s*")
# an English dateline in capitals, with an optional date after a comma
_CAPITALS = re.compile(r"\A\s*[A-Z][A-Z .'’/-]{2,30}(?:,[^\n\-–—]{1,25})?\s+[-–—]{1,2}\s+")
# a city in capitals and a date, then the agency between slashes ("MOSCOW, March 15. /TASS/. ")
_SLASHED = re.compile(r"\A\s*[A-Z][A-Z .'’-]{2,30},[^\n/]{1,25}?\s*/[A-Za-z-]{2,12}/\.?\s+")
# a city in brackets, then a dash, as rights groups open their reports ("(Beirut) – ")
_BRACKETED = re.compile(r"\A\s*\([A-Z][A-Za-z .'’-]{2,30}\)\s*[-–—]{1,2}\s*")
# a city in capitals or of up to three capitalised words, then a colon, as Gulf papers
# open their stories ("RIYADH: Saudi Arabia ...", "Abu Dhabi: The UAE ...")
_COLON = re.compile(r"\A\s*(?:[A-Z][A-Z .'’-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s+(?=[A-Z\u0621-\u064a])")
# a city of up to three capitalised words, then a spaced en or em dash, as North African
# papers open their stories ("Rabat – Morocco and Israel ...", "Abu Dhabi — The UAE ...");
# not a hyphen, which joins names ("Turkey - Qatar ties")
_TITLED = re.compile(r"\A\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\s+[–—]\s+(?=[A-Z])")
# an Arabic city of one word, then a spaced dash ("بيروت - ")
_ARABIC_CITY = re.compile(r"\A\s*[\u0621-\u064a]{2,15}\s+[-–—]{1,2}\s+")


# a byline on a line of its own before the dateline ("By Parisa Hafezi", "بقلم: محمد علي")
_BYLINE = LazyPattern(r"\A\s*(?:By|BY|بقلم)\b:?[^\n]{2,60}\n")


def find_dateline(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline at the start of `text` (after a byline), or None."""
    byline = _BYLINE.match(text)
    offset = byline.end() if byline is not None else 0
    head = text[offset : offset + 120]
    for pattern in (_WITH_AGENCY, _SLASHED, _CAPITALS, _BRACKETED, _COLON, _TITLED, _ARABIC_CITY):
        m = pattern.match(head)
        if m is not None:
            return (offset + len(m.group()) - len(m.group().lstrip()), offset + m.end())
    return None


def filed_country(places: Iterable[PlaceMention]) -> str | None:
    """The one country the places of a dateline belong to ("BUDAPEST, Feb 26 (Reuters) -",
    "MARJAYOUN, Lebanon (Reuters) -", «بودابست - »): where the story was filed; None when they name
    none or several ("MOSCOW/KYIV")."""
    countries = {p.country for p in places if p.country}
    return countries.pop() if len(countries) == 1 else None


def of_several_cities(places: Iterable[PlaceMention]) -> bool:
    """Whether a dateline's places name more than one city ("MOSCOW/KYIV (Reuters) -"): a byline
    shared by two newsrooms, not one place, so it places no event by itself."""
    return len({(p.name, p.country) for p in places if p.precision == "city"}) > 1
