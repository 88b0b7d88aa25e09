"""A deed an official source tells in the article's opening sentences: the article's news.

Outlets often give the day's news as what a party's official or an official body said
("قال متحدث باسم الحكومة البريطانية إن المباحثات بين الجانبين شهدت ...", "أعلن الجيش أن
قواته استعادت ...", "a ministry spokesman said that the talks focused on ..."). Such a
report, in one of the first `sentences` sentences (past the first, only when the article
has told no event before it), by a speaker whose phrase holds one of `speakers` (a
spokesman, a minister, a ministry, the army, the presidency), an unnamed source of the
body it speaks from that holds one ("مصدر في الحكومة", "a source in the ministry"), or whose title set off by
commas beside the name holds one ("قال فلان، المتحدث باسم الحكومة، إن"), tells the news
when the deed is told as done: by a verb in the past, or by a definite noun of the deed
(المباحثات, the talks) that no word of a time to come (`not_after`: سوف، المقبل, will,
next; an Arabic verb with the future's س, `future_prefixes`) follows in its sentence. A
claim, an accusation or a denial is no report and stays out. Words and counts live in
data/assembly.json (`official_leads`).

After the lead has told its deeds, a deed of another kind such a source tells as done in the
next paragraph goes on with the lead's news ("Egypt and Turkey announced on Tuesday that they
had raised ties ... / The two foreign ministries said in a joint statement that Egypt had named
... as its ambassador"; "قالت الخارجية البحرينية إن الجانبين قررا إعادة العلاقات" after a lead
on the talks): kept when all its countries are parties to a deed of the lead (their own doing,
not what the source says of others), dated by the lead's day and, when its sentence names no
place, placed where the lead's deeds were done. A noun of the deed right after an Arabic verb
of a decision taken (`decided_ar`: قررا، اتفقا على) tells it as done.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.attribution import Attribution, _bare
from events.model import Event
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_WORD = re.compile(r"[^\W_]+")
# the Arabic article, after a conjunction or ب/ل (والمباحثات، بالهجوم، للقاء)
_DEFINITE_AR = LazyPattern(r"^[وف]?(?:ب|ل)?ال|^[وف]?لل")
_DEFINITE_EN = LazyPattern(r"\bthe\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_official_leads(path: Path = ASSEMBLY_RULES) -> tuple[int, frozenset[str], tuple[str, ...]]:
    """(how many opening sentences, speaker words, words of a time to come), folded."""
    data = load_assembly_rules(path)["official_leads"]
    return (
        int(data["sentences"]),
        frozenset(fold_str(w).lower() for w in data["speakers"]),
        tuple(fold_str(w).lower() for w in data["not_after"]),
    )


@lru_cache(maxsize=4)
def load_future_verbs(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The Arabic future prefixes as a pattern, and the starts of nouns that begin like them."""
    data = load_assembly_rules(path)["official_leads"]
    prefixes = "|".join(fold_str(p) for p in data["future_prefixes"])
    return re.compile(r"^[وف]?(?:" + prefixes + r")\w{3,}$"), tuple(fold_str(w) for w in data["not_future"])


@lru_cache(maxsize=4)
def load_affiliations(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The nouns of an unnamed source, folded, and a match of the body it speaks from right
    after it: a preposition and up to three words (data/assembly.json `official_leads`)."""
    data = load_assembly_rules(path)["official_leads"]
    nouns = frozenset(fold_str(w).lower() for w in data["source_nouns"])
    prepositions = alternation(data["affiliation_prepositions"], spaced=True)
    return nouns, re.compile(r"\s+(?:" + prepositions + r")\s+((?:[^\s،,.:;؛]+[^\S\n]*){1,3})", re.IGNORECASE)


def _affiliation(text: str, attribution: Attribution) -> str:
    """The body an unnamed source speaks from, as told after it ("مصدر في الحكومة الكندية",
    "a source in the ministry"); empty for any other speaker."""
    nouns, after = load_affiliations()
    words = _WORD.findall(fold_str(text[attribution.speaker_start : attribution.speaker_end]).lower())
    if not words or words[-1] not in nouns:
        return ""
    found = after.match(text, attribution.speaker_end, attribution.speaker_end + 60)
    return found.group(1) if found is not None else ""


# a title set off by commas after a name: "قال فلان، المتحدث باسم الحكومة، إن", "X, a spokesman, said"
_APPOSITION_AFTER = LazyPattern(r"\s*[،,]([^،,.:\n]{1,80})[،,]")
_APPOSITION_BEFORE = LazyPattern(r"[،,]([^،,.:\n]{1,80})[،,]\s*\Z")


def _official_speaker(text: str, attribution: Attribution, sentence_start: int, speakers: frozenset[str]) -> bool:
    """Whether the speaker phrase, or a title set off by commas right after the speaker's name
    (Arabic) or right before the verb of saying (English), holds one of `speakers`."""
    phrase = text[attribution.speaker_start : attribution.speaker_end] + " " + _affiliation(text, attribution)
    after = _APPOSITION_AFTER.match(text, attribution.speaker_end, attribution.speaker_end + 90)
    if after is not None and attribution.speaker_end > attribution.cue_end:
        phrase += " " + after.group(1)
    before = _APPOSITION_BEFORE.search(text, max(sentence_start, attribution.cue_start - 90), attribution.cue_start)
    if before is not None:
        phrase += " " + before.group(1)
    words = _WORD.findall(fold_str(phrase).lower())
    return any(w in speakers or _bare(w) in speakers for w in words)


@lru_cache(maxsize=4)
def load_decided_ar(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, ending right before a noun of the deed, for an Arabic verb of a decision taken
    (`official_leads.decided_ar`), with و or ف perhaps, after a space or a quote mark, then على or a
    quote mark perhaps."""
    verbs = "|".join(re.escape(fold_str(w)) for w in load_assembly_rules(path)["official_leads"].get("decided_ar", ()))
    return re.compile(r"(?<![^\s\"«“])[وف]?(?:" + (verbs or "(?!)") + r")\s+(?:على\s+)?[\"«“]?\s*$")


def _told_as_done(text: str, cand: _Candidate) -> bool:
    """Whether the deed is told as done: by a verb in the past, or by its noun right after an
    Arabic verb of a decision taken ("قررا إعادة العلاقات")."""
    if cand.tense == "past":
        return True
    if cand.tense or text[cand.trigger[0] : cand.trigger[1]][:1].isascii():
        return False
    before = fold_str(text[max(cand.sentence[0], cand.trigger[0] - 40) : cand.trigger[0]])
    return load_decided_ar().search(before) is not None


def _goes_on_with_the_news(text: str, cand: _Candidate, lead: tuple[int, int], told: Sequence[str]) -> bool:
    """Whether a deed reported after the lead's deeds (`told`, their types) goes on with its news: a
    deed of another kind, told as done, in a paragraph of its own after the lead's ("Egypt and
    Turkey raised ties on Tuesday. / The two ministries said Egypt had named an ambassador"). In the
    lead's own paragraph its sentences go on with it by their own links; a deed of the lead's
    kind retells it."""
    return (
        cand.event_type not in told
        and _told_as_done(text, cand)
        and cand.sentence[0] >= lead[1]
        and "\n" in text[lead[1] : cand.sentence[0]]
    )


# an English plural noun with no article, named by its sides right after it, is as definite as the
# Arabic noun with ال before بين: "said talks between May and Mohammed bin Salman saw agreement",
# "قال إن المباحثات بين ماي وولي العهد السعودي شهدت الاتفاق"
_BETWEEN_SIDES_EN = LazyPattern(r"\s+between\s", re.IGNORECASE)
_BARE_BEFORE_EN = LazyPattern(r"(?:^|\b(?:said|told|added|that)|[,;:\"“])\s*\Z", re.IGNORECASE)


def _done_by_a_definite_noun(
    text: str, trigger: tuple[int, int], sentence_end: int, not_after: tuple[str, ...]
) -> bool:
    word = text[trigger[0] : trigger[1]].split()
    if not word:
        return False
    first = fold_str(word[0])
    if first[:1].isascii():
        definite = (
            _DEFINITE_EN.search(text, max(0, trigger[0] - 40), trigger[0]) is not None
            or (
                _BETWEEN_SIDES_EN.match(text, trigger[1]) is not None
                and _BARE_BEFORE_EN.search(text, max(0, trigger[0] - 40), trigger[0]) is not None
            )
        )
    else:
        definite = _DEFINITE_AR.match(first) is not None
    if not definite:
        return False
    rest = _WORD.findall(fold_str(text[trigger[1] : sentence_end]).lower())
    return not any(w in not_after or _future_verb(w) for w in rest)


def _future_verb(word: str) -> bool:
    """An Arabic verb of the future: س before the prefix of the present (ستتناول، وسيعقد)."""
    future, not_future = load_future_verbs()
    return future.match(word) is not None and not word.lstrip("وف").startswith(not_future)


def official_lead(
    text: str,
    cand: _Candidate,
    sentences: Sequence[tuple[int, int]],
    attribution: Attribution,
    told: Sequence[str] = (),
) -> bool:
    """Whether a reported deed is told as done by an official source in the article's
    opening sentences (see the module's docstring). Past the first sentence, only when the
    article has told no event yet (`told`: the types of its events so far): after a deed of
    the lead, a deed reported next retells it ("the group targeted the ship", after "the
    Houthis said they had attacked a vessel") or goes on with it on its day ("the Kremlin
    said the two sides signed the protocol", after "the two presidents met on Thursday")."""
    count, speakers, not_after = load_official_leads()
    opening = [s for s, _ in sentences[:count]]
    if cand.sentence[0] not in opening:
        return False
    if cand.sentence[0] != opening[0] and told and not _goes_on_with_the_news(text, cand, sentences[0], told):
        return False
    if not _official_speaker(text, attribution, cand.sentence[0], speakers):
        return False
    if _told_as_done(text, cand):
        return True
    return not cand.tense and _done_by_a_definite_noun(text, cand.trigger, cand.sentence[1], not_after)


def placed_by_the_lead(events: Sequence[Event], reported: set[int], sentences: Sequence[tuple[int, int]]) -> None:
    """Give the place of the lead's deeds to the deeds an official source tells right after the
    lead (`reported`, by id) whose own sentence names no place: "اتفقت البحرين وقطر ... في ختام
    اجتماع عقده وفدا البلدين في الرياض. وقالت الخارجية البحرينية إن الجانبين قررا إعادة العلاقات":
    decided where the lead's talks were held. Only when the lead's deeds are placed in one city
    and take part all the countries of the deed."""
    if not sentences or not reported:
        return
    lead = _lead_events(events, sentences[0])
    cities = {
        (ev.location["name"], ev.location["country"])
        for ev in lead
        if ev.location is not None and ev.location.get("precision") == "city"
    }
    if len(cities) != 1:
        return
    place = next(ev.location for ev in lead if ev.location is not None and ev.location.get("precision") == "city")
    for ev in events:
        if id(ev) not in reported or "location" in ev.spans or not ev.countries:
            continue
        if any(set(ev.countries) <= set(other.countries) for other in lead):
            ev.location = dict(place)


def _lead_events(events: Sequence[Event], lead: tuple[int, int]) -> list[Event]:
    """The events told in the article's first sentence `lead`."""
    return [ev for ev in events if (t := ev.spans.get("trigger")) and lead[0] <= t[0] < lead[1]]


def done_by_the_leads_parties(event: Event, events: Sequence[Event], lead: tuple[int, int]) -> bool:
    """Whether every country of a deed an official source reports after the lead's news is a
    party to a deed of the lead (`events` told so far): the parties' own doing, told in their
    statement ("Egypt and Turkey raised ties ... The two ministries said Egypt had named an
    ambassador"), not what a source says of others ("... said Israel had attacked Gaza")."""
    return bool(event.countries) and any(set(event.countries) <= set(ev.countries) for ev in _lead_events(events, lead))
