"""Who takes part in an event: its actors and countries, from the names of its
clause, without backers, mediators, venues, measuring points, topics and asides.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from events.actors import load_actors
from events.assemble.antecedents import _aside_antecedent
from events.assemble.deciders import decided_by, load_announcers, load_deciders
from events.assemble.elected import _elected_at_home
from events.assemble.held_at_home import load_field_forces
from events.assemble.rules import (
    _BY_PREPOSITIONS,
    _TO_PREPOSITIONS,
    ASSEMBLY_RULES,
    alternation,
    load_assembly_rules,
    load_backers,
    load_location_roles,
    load_pair_anaphors,
    load_reaction_words,
    load_topic_markers,
)
from events.assemble.speech_gaps import pronoun_of_the_speaker
from events.assemble.text import (
    _CLAUSE_BREAK,
    _CLITIC_ARTICLE,
    _DEFINITE_AR,
    _HELD_WHERE_IT_LED,
    _LATER_SETTING,
    _LIST_GAP,
    _PRONOUN_SUBJECT,
    _RELATIVE_NEXT,
    STRONG_TRIGGER,
    Mentions,
    _aside_before,
    _bare_word,
    _ByStart,
    _Candidate,
    _clause_breaks,
    _countries_of,
    _country_counts,
    _is_circumstance,
    _is_indefinite_nisba,
    _is_target,
    _last_person,
    _list_mates,
    _noun_stem,
    _pair_told_before,
    _partner_capital,
    _placed_in,
    _sentence_before,
    _span_before,
    _tells_of,
    _word_before,
)
from events.assemble.topics import _pair_before
from events.assemble.word_gates import names_a_border
from events.attribution import Attribution
from events.model import ActorMention, Event, PlaceMention, TriggerMention
from events.temporal import load_calendar
from events.text.gates import WordSet, gated_compile
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, is_arabic

# the word or mark that opens what a speaker said, with a pronoun or without ("قال في الرياض إنه", "said that")
_SAID_OPENS = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:إن|أن|بأن|ان|بان)(?:ه|ها|هم|هما|هن|نا|ني)?(?=\s)|that(?=\s))|[:\"«“]"
)


@lru_cache(maxsize=4)
def load_border_neighbour_markers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The words that end right before a neighbour country (data/assembly.json `border_neighbour_markers`)."""
    words = sorted(load_assembly_rules(path).get("border_neighbour_markers", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<!\S)[وف]?(?:" + alternatives + r")\s+$", re.IGNORECASE)


# a clause that tells what its antecedent saw or hosted ("Tahrir Square, which saw the January 2011
# protests", "ميدان التحرير الذي شهد احتجاجات 2011"): the antecedent is where the event took place
WITNESSING = LazyPattern(
    r"\s*(?:saw|witnessed|has\s+seen|had\s+seen|hosted|has\s+hosted|had\s+hosted|[وف]?(?:شهد|شهدت|يشهد|تشهد|احتضن|احتضنت|استضاف|استضافت))(?!\w)",
    re.IGNORECASE,
)
# a relative clause of what the name saw set off after it, perhaps past its adjectives ("الحدود مع
# قرغيزستان المجاورة، التي شهدت احتجاجات", "the border with Kyrgyzstan, which saw protests"): the
# name is where that clause's deeds were done, no mere neighbour
_ANTECEDENT = LazyPattern(r"(?:\s+ال[^\W\d_]+){0,2}\s*[،,]\s*(?:التي|الذي|which)(?=" + WITNESSING.pattern + r")")


def _drop_neighbours(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence's names without the countries a place is said to lie near ("في غرب البلاد
    قرب الحدود مع العراق", "موقعها الحدودي مع إسرائيل والأردن", "near the border with Iraq"),
    with those listed after them: neighbours, neither parties nor the place."""
    if not names_a_border(text):
        return actors, places
    marker = load_border_neighbour_markers()
    spans: list[tuple[int, int]] = []
    listing = False  # the name before was a neighbour
    for m in sorted([*actors, *places], key=lambda m: m.start):
        if listing and (m.start < spans[-1][1] or _LIST_GAP.match(text, spans[-1][1], m.start)):
            spans.append((m.start, max(m.end, spans[-1][1])))  # the same name, or one listed after it
        elif marker.search(text, max(0, m.start - 40), m.start) is not None and not _ANTECEDENT.match(text, m.end):
            spans.append((m.start, m.end))
            listing = True
        else:
            listing = False
    if not spans:
        return actors, places

    def near(m: ActorMention | PlaceMention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)

    return [a for a in actors if not near(a)], [p for p in places if not near(p)]


# "على بعد 200 كيلومتر من الساحل الإيراني", "تبعد حوالي 180 كم شرق مدينة سرت", "50 km north of
# Baghdad": the name after is a point the place is measured from
_MEASURED_FROM = LazyPattern(
    r"(?:(?<!\S)(?:على\s+بعد|على\s+مسافة|[تي]بعد)\s+(?:\S+\s+){1,4}?(?:من|عن|(?:[شجغ]\S*|[وش]?\S*(?:شرق|غرب|شمال|جنوب)\S*)(?:\s+(?:من|عن))?)"
    r"|\b\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of))"
    r"\s+(?:(?:the|العاصمة|مدينة|بلدة|ال\S+)\s+){0,2}$",
    re.IGNORECASE,
    compiler=gated_compile,
)


_DISTANCE_WORDS = ("بعد", "مسافة", "km", "kilomet", "Kilomet", "mile", "Mile")


def _drop_measuring_points(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence's names without a point a place is measured from ("القمة التي تعقد في الظهران
    على بعد حوالي 200 كيلومتر من الساحل الإيراني", "a town 50 km north of Baghdad"): neither a
    party nor the place, when the sentence names another place."""
    if not places:
        return actors, places
    # the search is tried at every position: only in a stretch where a word of distance stands
    first = min(m.start for m in (*actors, *places))
    stretch = text[max(0, first - 60) : max(m.start for m in (*actors, *places))]
    if not any(w in stretch for w in _DISTANCE_WORDS):
        return actors, places

    def measured(m: ActorMention | PlaceMention) -> bool:
        return _MEASURED_FROM.search(text, max(0, m.start - 60), m.start) is not None

    points = [p for p in places if measured(p)]
    if points and len(points) == len(places):
        return actors, places
    return [a for a in actors if not measured(a)], [p for p in places if p not in points]


def _with_listed(
    text: str, actors: list[ActorMention], clause: tuple[int, int], sentence: tuple[int, int]
) -> tuple[int, int]:
    """The clause widened over the lists its first and last names belong to,
    and on to the clause punctuation beyond them: in "Saudi Arabia, Egypt, the
    UAE and Bahrain cut ties with Qatar", the commas that bound the trigger's
    clause only separate the names of its subject."""
    inside = [a for a in actors if a.start >= clause[0] and a.end <= clause[1]]
    if not inside:
        return clause
    lo, hi = clause
    start = min(a.start for a in (inside[0], *_list_mates(text, actors, inside[0])))
    end = max(a.end for a in (inside[-1], *_list_mates(text, actors, inside[-1])))
    if start < lo:
        lo = sentence[0]
        for m in _CLAUSE_BREAK.finditer(text, sentence[0], start):
            lo = m.end()
    if end > hi:
        m = _CLAUSE_BREAK.search(text, end, sentence[1])
        hi = m.start() if m else sentence[1]
    return lo, hi


# the opening of an English aside about a name: ", who", ", which"
_ASIDE_OPENS = LazyPattern(r"\s*,\s+(?:who|which)\s+", re.IGNORECASE)
_ASIDE_LEAD_WORDS = 4  # the most words between "who" and the aside's own event word ("who on Friday hosted")
# a verb in the past or of saying before the event word: the aside's verb is another ("who
# condemned the shelling", "who spoke of the attack")
_OTHER_VERB = LazyPattern(r"\b(?:[a-z]+ed|said|says|told|spoke|speaks|wrote|saw|sees)\b")


def _the_aside_s_verb(text: str, name_end: int, start: int) -> bool:
    """Whether the event word at `start` is the deed of the aside that opens right after a name
    (", who hosted", ", who on Friday hosted", ", who is visiting", ", who paid a visit"), not a
    word in the object of another verb of it (", who condemned the shelling")."""
    opens = _ASIDE_OPENS.match(text, name_end, start)
    if opens is None:
        return False
    lead = text[opens.end() : start]
    return len(lead.split()) <= _ASIDE_LEAD_WORDS and _OTHER_VERB.search(lead) is None


def _event_actors(
    text: str,
    actors: list[ActorMention],
    sentence: tuple[int, int],
    clause: tuple[int, int],
    trigger: tuple[int, int],
    own_clause: bool = False,
    one_country: bool = False,
    bound: int | None = None,
) -> list[ActorMention]:
    """The actors of the trigger's clause (with the lists its names belong to);
    when it names fewer than two countries, the nearest actors of the rest of
    the sentence join them, unless `own_clause` (an event told as the setting
    of the sentence's own, whose parties are that event's); an event of one
    country's own (`one_country`: an election) is the nearest country's. None is
    taken from `bound` on, where the clause of another deed opens after the trigger."""
    clause = _with_listed(text, actors, clause, sentence)
    inside = [a for a in actors if a.start >= clause[0] and a.end <= clause[1] and (bound is None or a.start < bound)]
    antecedent = _aside_antecedent(text, actors, trigger[0])
    if (
        antecedent is not None
        and not one_country
        and _the_aside_s_verb(text, antecedent.end, trigger[0])
        and all(a.start != antecedent.start for a in inside)
    ):
        # "Russian Foreign Minister Sergei Lavrov, who hosted his Armenian and Azerbaijani
        # counterparts": the name the aside is about does its deed
        inside = [antecedent, *inside]
    countries = set(_countries_of(inside))
    if own_clause and not inside and (named := _aside_before(text, actors, clause[0], ("person", "organisation"))):
        return [named[0]]  # "a day after the State Duma, the lower house, ratified it": the name the aside follows
    if len(countries) >= 2 or own_clause:
        return inside
    centre = (trigger[0] + trigger[1]) / 2
    if one_country:
        if (
            antecedent is None
            and not inside
            and len(text[clause[0] : trigger[0]].split()) <= _WORDS_AFTER_ASIDE
            and (aside := _aside_before(text, actors, clause[0])) is not None
        ):
            # "Bouteflika, a veteran of the war against France, was first elected": his, when the word
            # comes right after the aside (not "Macron, on a visit to Algiers, praised the election")
            antecedent = aside[0]
        return _one_country_actors(actors, inside, centre, antecedent)
    # not in `inside` (tested by position: an equal mention has the same)
    outside = sorted(
        (a for a in actors if not (a.start >= clause[0] and a.end <= clause[1]) and (bound is None or a.start < bound)),
        key=lambda a: abs((a.start + a.end) / 2 - centre),
    )
    aside = _aside_before(text, actors, clause[0])
    if aside is not None:
        # "Erdogan, a close ally of Qatar, visited Baku": the person the aside is about, not its names
        subject, lo, hi = aside
        outside = [subject, *(a for a in outside if a is not subject and not lo <= a.start < hi)]
    chosen = list(inside)
    for a in outside:
        if len(countries) >= 2:
            break
        new = (set(a.members) if a.members else {a.country}) - countries
        new.discard(None)
        new.discard("")
        if new or not chosen:
            chosen.append(a)
            countries |= new
            # with the names listed with it: "met the leaders of Saudi Arabia, the UAE and Bahrain"
            for mate in _list_mates(text, actors, a):
                if mate not in chosen:
                    chosen.append(mate)
                    countries |= set(_countries_of([mate]))
    return sorted(chosen, key=lambda a: a.start)


_WORDS_AFTER_ASIDE = 2  # words between an aside's closing comma and a one-country deed's word ("was first elected")


def _one_country_actors(
    actors: list[ActorMention], inside: list[ActorMention], centre: float, antecedent: ActorMention | None = None
) -> list[ActorMention]:
    """The actors of an event of one country's own (an election) whose clause names at most one
    country: the name an aside holding its word is about (`antecedent`), else the sentence's
    actor of a country nearest its word, and those of its clause of that country or of none
    ("Pezeshkian, who won a runoff election in July, was received by Iraqi Prime Minister
    Sudani": Iran's election; "إيران التي أنهت للتو انتخابات حقيقية تتعرض لهجوم من
    رئيس الولايات المتحدة": Iran's)."""
    # "Turkey, which recently held elections, signed ...": the name the aside is about
    near = antecedent or min((a for a in actors if a.country), key=lambda a: abs((a.start + a.end) / 2 - centre), default=None)
    if near is None:
        return inside
    chosen = [a for a in inside if not a.country or a.country == near.country]
    if near not in chosen:
        chosen.append(near)
    return sorted(chosen, key=lambda a: a.start)


_EN_ADJECTIVE_ENDINGS = ("ian", "ean", "can", "yan", "ese", "ish", "i")


def _is_english_adjective(text: str, mention: ActorMention) -> bool:
    """An English country adjective before a common noun ("Syrian rebels", "Saudi officials")."""
    if mention.kind != "country" or not mention.text.endswith(_EN_ADJECTIVE_ENDINGS) or not mention.text.isascii():
        return False
    following = text[mention.end : mention.end + 2]
    return len(following) == 2 and following[0] == " " and following[1].islower()


def _order_actors(
    text: str, actors: list[ActorMention], trigger: tuple[int, int], language: str
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator (a list of at most one) and the other actors, targets first.

    Arabic news is mostly verb-subject-object, so the initiator is the first
    actor after the trigger unless a preposition or ل marks it as a target;
    a subject placed before the verb (SVO, and English) is the nearest actor
    before it. In English, one after a preposition ("arrived in Doha for a visit")
    comes last.
    """
    before = list(reversed([a for a in actors if a.end <= trigger[0]]))
    after = [a for a in actors if a.start >= trigger[1]]
    # "واستعادت القوات السورية السيطرة": a word of armed forces ends the event word, and the
    # forces named from it on are its doer
    within = [a for a in actors if a.start < trigger[1] < a.end and _forces_word(text[a.start : trigger[1]])]
    targets: list[ActorMention] = []
    free_after: list[ActorMention] = []
    for a in after:
        (targets if _is_target(text, a) else free_after).append(a)
    if language == "ar":
        subjects = free_after + before
        if before and (_told_before_qad(text, before[0], trigger, before) or decided_by(text, before[0], trigger, free_after)):
            subjects = [before[0], *[a for a in subjects if a is not before[0]]]
    else:
        before = _list_first(text, before)
        # "arrived in Doha ... for a visit": a name after a preposition is no subject
        # (unless the event word is the circumstance, "addressed troops in Qatar during the visit")
        aimed = [] if _is_circumstance(text, trigger[0]) else [a for a in before if _is_target(text, a)]
        subjects = [a for a in before if a not in aimed] + free_after + aimed
    # "Turkish military operations", as «العمليات العسكرية التركية»: a name of armed forces whose
    # word of forces opens the event word is its doer
    leading = [
        a
        for a in actors
        if a.start < trigger[0] < a.end <= trigger[1] and a not in within and _forces_word(text[trigger[0] : a.end])
    ]
    subjects = within + leading + subjects
    return subjects[:1], targets + subjects[1:]


def sides_inside_the_name(
    actors: list[ActorMention], trigger: tuple[int, int]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The initiator (a list of at most one) and the other sides named in a catalogued name told
    as the event's words ("Trump's visit to Riyadh", «زيارة ترامب للرياض»; a title before the
    name may stand outside it, "U.S. President Donald Trump's visit"): the first person in it, then the names after that person. A name with no person inside gives none (the city in
    "the Hanoi summit" names where it was held, not a side)."""
    inside = [a for a in actors if a.start < trigger[1] and trigger[0] < a.end]
    person = next((a for a in inside if a.kind == "person"), None)
    if person is None:
        return [], []
    return [person], [a for a in inside if a.start >= person.end and a.actor_id != person.actor_id]


# between two names of one English list: a comma, "and", ", and", perhaps "the" after it
_LIST_JOIN = LazyPattern(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.IGNORECASE)
_LAST_JOIN = LazyPattern(r"\s*,?\s*and\s+(?:the\s+)?", re.IGNORECASE)
# what may stand before the first name of such a list: the start of its sentence or clause, or a
# word of agency or of both sides ("taken by Saudi Arabia, the UAE and Bahrain"); not a verb
# ("Turkey attacked Kurdish forces and Russia sent troops": Russia alone is the subject)
_LIST_OPENING = LazyPattern(r"(?:^|[.!?\n,;:(]|\b(?:by|both|between))\s*(?:the\s+)?$", re.IGNORECASE)


def _list_first(text: str, before: list[ActorMention]) -> list[ActorMention]:
    """The actors before an English event word, nearest first, with the first name of the list
    the nearest one ends moved to the front: the subject of "Saudi Arabia, Egypt, the United Arab
    Emirates and Bahrain cut ties" is Saudi Arabia, as the first after an Arabic verb is
    («قطعت السعودية ومصر والإمارات والبحرين العلاقات»). Only a list whose last name follows
    "and" ("Israel and Egypt, Hamas agreed" ends no list at Hamas)."""
    if len(before) < 2 or not _LAST_JOIN.fullmatch(text, before[1].end, before[0].start):
        return before
    k = 1
    while k + 1 < len(before) and _LIST_JOIN.fullmatch(text, before[k + 1].end, before[k].start):
        k += 1
    if k < 2 or not _LIST_OPENING.search(text, max(0, before[k].start - 40), before[k].start):
        return before
    return [before[k], *before[:k], *before[k + 1 :]]


def _forces_word(words: str) -> bool:
    """Whether `words` are a word of armed forces (data/assembly.json `field_forces`)."""
    return bool(words.split()) and all(fold_str(w).lower() in load_field_forces() for w in words.split())


_KANA = LazyPattern(r"(?:^|\s)[وف]?كان(?:ت|ا|تا|وا)?\s+$")
# a particle that puts the subject before its verb: كان, and إن or أن ("إن السلطات التركية ألقت القبض")
_SUBJECT_FIRST = LazyPattern(r"(?:^|\s)(?:[وف]?كان(?:ت|ا|تا|وا)?|[وفل]?[إأا]نّ?|بأنّ?|لأنّ?)\s+$")
# between two names of one Arabic list of subjects: و, a comma, or both
_AR_JOIN = LazyPattern(r"\s*[،,]?\s*(?:و\s*)?")


def _told_before_qad(text: str, actor: ActorMention, trigger: tuple[int, int], before: Sequence[ActorMention] = ()) -> bool:
    """Whether the actor stands between كان and قد right before the event verb ("وكان البرلمان
    التركي قد صادق ..."): the subject the construction puts before its verb, whatever is named
    after it. So does a subject right before the event word, itself right after كان, إن or أن,
    or the last of a list of names that such a particle opens ("وكانت السعودية ومصر والإمارات
    والبحرين قطعت العلاقات مع قطر", "إن السلطات التركية ألقت القبض على ..."), as an English
    subject before its verb is."""
    gap = text[actor.end : trigger[0]].strip()
    if gap == "قد":
        return _KANA.search(text, max(0, actor.start - 12), actor.start) is not None
    if gap and not _announcing_verb(gap):
        return False
    head = actor
    for other in before[1:] if before and before[0] is actor else ():
        join = text[other.end : head.start]
        if _AR_JOIN.fullmatch(join) is None or not (join.strip() or head.text.startswith("و")):
            break
        head = other
    if _SUBJECT_FIRST.search(text, max(0, head.start - 12), head.start) is not None:
        return True
    # "القيادة العامة للقوات المسلحة العربية الليبية تعلن إلقاء القبض على": a subject opening its
    # sentence (the name perhaps the last word of its noun phrase) before a verb of announcing or
    # deciding whose object is the event word
    return bool(gap) and _SENTENCE_OPENING.search(text, max(0, head.start - 60), head.start) is not None


# the start of a sentence, and up to five words of one noun phrase (no preposition, no punctuation)
_SENTENCE_OPENING = LazyPattern(
    r"(?:^|[.!?؟\n])\s*(?:(?!(?:في|على|من|إلى|الى|عن|مع|بعد|قبل|أن|إن|ان)\s)[^\s.,،!?؟:؛\"«»()]+\s+){0,5}$"
)


def _announcing_verb(word: str) -> bool:
    """Whether `word` is one verb of deciding, announcing, beginning or going on with a deed, in
    the past or the present (data/assembly.json `deciders`), perhaps after و or ف."""
    if " " in word:
        return False
    verbs, _ = load_deciders()
    announcing, _, _ = load_announcers()
    folded = fold_str(word)
    return any(w in verbs or w in announcing for w in (folded, folded[1:] if folded[:1] in ("و", "ف") else folded))


def _is_hosted(initiator: list[ActorMention], others: list[ActorMention], place: PlaceMention | None) -> bool:
    """A meeting of a foreign initiator with a host in the host's own city is a visit; not one
    of three states or more ("The foreign ministers of Russia, Ukraine, Germany and France met in
    Berlin"): a gathering of several states is a meeting wherever it sits."""
    if place is None or place.precision == "country" or not initiator:
        return False
    hosts = [a for a in others if not (a.start < place.end and place.start < a.end)]  # not the place itself
    if not hosts:
        return False
    guest, host = initiator[0].country, hosts[0].country
    if len({a.country for a in (initiator[0], *hosts) if a.country}) > 2:
        return False
    return bool(guest and host and guest != host and host == place.country)


def _is_received(
    cameo: str | None, initiator: list[ActorMention], others: list[ActorMention], place: PlaceMention | None
) -> bool:
    """A host receiving a foreign guest in the host's own city ("استقبل أمير قطر وزير
    الخارجية التركي في الدوحة", "Trump hosted the emir at the White House"): the guest's visit."""
    if cameo not in load_location_roles()[1] or place is None or place.precision == "country" or not initiator:
        return False
    host = initiator[0].country
    guests = [a for a in others if not (a.start < place.end and place.start < a.end)]
    return bool(host and host == place.country and any(a.country and a.country != host for a in guests))


def _outside_names(places: list[PlaceMention], actors: list[ActorMention]) -> list[PlaceMention]:
    """The places that are not a word of a longer name: "اليمن" in "تحالف دعم
    الشرعية في اليمن" or "Yemen" in "the Coalition to Restore Legitimacy in
    Yemen" names the body, not where the event happened."""
    return [
        p
        for p in places
        if not any(a.start <= p.start and p.end <= a.end and a.end - a.start > p.end - p.start for a in actors)
    ]


def _outside_outlet_names(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places that are no word of a news outlet's name written in quotation marks after its
    noun ("شبكة \"السويداء 24\"", "صحيفة \"عكاظ\"", data/assembly.json `media_nouns.ar_named`):
    the outlet reports the deed, its name tells no place of it."""
    if not places:
        return places
    opener, closer = _outlet_quotes()
    kept = []
    for p in places:
        before = opener.search(text, max(0, p.start - 40), p.start)
        if before is not None and closer.match(text, p.end) is not None:
            continue
        kept.append(p)
    return kept


@lru_cache(maxsize=1)
def _outlet_quotes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for an outlet's noun and an opening quotation mark right before a name (with a
    few words of the name between), and a match for the rest of the name up to its closing mark."""
    nouns = load_assembly_rules(ASSEMBLY_RULES).get("media_nouns", {}).get("ar_named", ())
    alternatives = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True)) or "(?!)"
    opener = re.compile(r"(?<!\S)[وفبل]?(?:ال)?(?:" + alternatives + r")\s*[\"«“](?:[^\"«»“”\n،,.]{0,25}\s)?$")
    closer = re.compile(r"[^\"«»“”\n،,.]{0,25}[\"»”]")
    return opener, closer


_LEAD_WORDS = LazyPattern(r"\S+")


_BACKER_REACH = 30  # characters before a name that can hold its backer words


# a hyphen left open, "and" and the next name: "US- and French-brokered"
_SHARED_ENDING = LazyPattern(r"-\s+(?:and|or)\s+(?P<mate>[A-Z][\w.]*)")


_NEAR = LazyPattern(r"[\s,،]*(?:[^\W\d_]+[\s,،]+){0,3}")  # at most three words between a party and its backer


def _backed_at(text: str, mention: ActorMention | PlaceMention) -> tuple[str, int] | None:
    """Whether the name stands for the backer of a noun beside it, and where that
    noun ends or begins: ("before", start of the backer words) for
    "الميليشيا الحوثية المدعومة من إيران", "المدعومين إيرانيا", "القوات الموالية
    لإيران", "militias loyal to Iran", "حزب الله، وكيل إيران"; ("after", end of the ending) for
    "Iran-backed rebels"; else None."""
    backers = load_backers()
    start, end = mention.start, mention.end
    if text[end : end + 1] in ("-", " "):  # every ending begins so
        # "US- and French-brokered": the ending is the next name's, shared by both
        shared = _SHARED_ENDING.match(text, end)
        after = text[shared.end("mate") if shared else end :][:12].lower()
        if after.startswith(backers.suffixes):
            suffix = next(s for s in backers.suffixes if after.startswith(s))
            return "after", (shared.end("mate") if shared else end) + len(suffix)
    if start < 2 or not text[start - 1].isspace():
        return None
    # most names follow none of these words: one look at the word before tells
    lo = max(0, start - _BACKER_REACH)
    cut = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1))
    if text[cut + 1 : start - 1].lower() not in backers.before_names:
        return None
    words = list(_LEAD_WORDS.finditer(text, lo, start))[-3:]
    if not words:
        return None
    lowered = [w.group().lower() for w in words]
    for prep in _BY_PREPOSITIONS:
        k = len(lowered) - len(prep) - 1
        if k >= 0 and tuple(lowered[k + 1 :]) == prep and lowered[k] in backers.by:
            return "before", words[k].start()
    if lowered[-1] in backers.by and fold_str(mention.text).endswith("يا"):
        return "before", words[-1].start()
    if len(lowered) >= 2 and lowered[-1] in _TO_PREPOSITIONS and lowered[-2] in backers.to:
        return "before", words[-2].start()
    if (lowered[-1] in backers.to and mention.text.startswith("ل")) or lowered[-1] in backers.proxies:
        return "before", words[-1].start()
    return None


_AND = LazyPattern(r"\s*[,،]?\s*(?:and|و)?\s*", re.IGNORECASE)


def _not_backing(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places that name neither a backer nor a mediator ("brokered by Russia",
    "بوساطة مصر"), nor a name joined to one by "and" ("brokered by Russia and
    Turkey", "برعاية روسيا وتركيا")."""
    mediators = load_backers().mediators
    kept: list[PlaceMention] = []
    last: PlaceMention | None = None  # the last backer's name
    for p in sorted(places, key=lambda p: p.start):
        i, j = _span_before(text, p.start)
        backing = _backed_at(text, p) is not None or text[i:j].lower() in mediators
        if not backing and last is not None and p.start >= last.end:
            gap = text[last.end : p.start]
            backing = _AND.fullmatch(gap) is not None and (gap.strip() != "" or p.text.startswith("و"))
        if backing:
            last = p
        else:
            kept.append(p)
    return kept


@lru_cache(maxsize=4)
def load_media_nouns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for a media noun just before an Arabic nationality ("الموقع الإخباري
    الأمريكي", "صحيفة نيويورك تايمز الأمريكية") and just after an English one ("the
    American news site", "Saudi state media") (data/assembly.json `media_nouns`)."""
    rules = load_assembly_rules(path).get("media_nouns", {})
    ar = "|".join(re.escape(w) for w in sorted(rules.get("ar", ()), key=len, reverse=True)) or "(?!)"
    named = "|".join(re.escape(w) for w in sorted(rules.get("ar_named", ()), key=len, reverse=True)) or "(?!)"
    qualifiers = "|".join(re.escape(w) for w in rules.get("ar_qualifiers", ())) or "(?!)"
    en = "|".join(re.escape(w) for w in sorted(rules.get("en", ()), key=len, reverse=True)) or "(?!)"
    before = re.compile(
        r"(?<!\S)[وفبل]?(?:(?:ال)?(?:" + ar + r")(?:\s+(?:" + qualifiers + r"))?"
        r"|(?:ال)?(?:" + named + r")(?:\s+(?!(?:في|من|إلى|الى|على|عن|مع|ب|و)\s)[^\s,،.]+){1,3})\s+$"
    )
    after = re.compile(
        r"(?:-\w+)?\s+(?:(?:state(?:-run)?|pro-government|official|online)\s+)?(?:" + en + r")\b", re.IGNORECASE
    )
    return before, after


def _media_nationality(text: str, actor: ActorMention, known: dict[int, bool] | None = None) -> bool:
    """Whether a country's name stands as the nationality of a news outlet ("الموقع
    الإخباري الأمريكي", "قناة الجزيرة القطرية", "the American news site"): it names no
    party to the event, nor its place. `known`: the answers so far, by the name's start."""
    if actor.kind != "country":
        return False
    if known is not None and (found := known.get(actor.start)) is not None:
        return found
    before, after = load_media_nouns()
    if is_arabic(actor.text[:1]):
        # an adjective of nationality (الأمريكي، القطرية), not a place after a preposition
        found = _NISBA_END.search(actor.text) is not None and before.search(text, max(0, actor.start - 40), actor.start) is not None
    else:
        found = after.match(text, actor.end) is not None
    if known is not None:
        known[actor.start] = found
    return found


_NISBA_END = LazyPattern(r"(?:ي|ية|يه|يين|يون)$")


@lru_cache(maxsize=1)
def _backer_words() -> WordSet:
    """The words of backing, mediation and proxies (`load_backers().words`), looked for at once."""
    return WordSet(load_backers().words)


def _drop_backers(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors and places of a sentence without the backers of another party.

    A backer is never the event's place. It is no party to the event either when
    the noun it qualifies is a named party ("the Houthis, backed by Iran"); after a
    plain noun ("forces loyal to the government", "Iran-backed militias") it
    stands for that side and stays.
    """

    names = (*actors, *places)
    if not names:
        return actors, places
    around = text[max(0, min(m.start for m in names) - _BACKER_REACH) : max(m.end for m in names) + 12].lower()
    if not _backer_words().found_in(around):
        return actors, places  # no backer word around the names
    places = _not_backing(text, places)
    backed = [(a, _backed_at(text, a)) for a in actors]
    if all(b is None for _, b in backed):
        return actors, places
    # a country adjective ("فصائل سورية موالية لتركيا", "Syrian factions loyal to
    # Turkey") qualifies a plain noun: it names no party
    parties = [a for a in actors if not (_is_indefinite_nisba(a) or _is_english_adjective(text, a))]

    def backs_a_party(mention: ActorMention, side: str, pos: int) -> bool:
        if side == "before":
            return any(a.end <= pos and _NEAR.fullmatch(text, a.end, pos) for a in parties if a is not mention)
        return any(a.start >= pos and _NEAR.fullmatch(text, pos, a.start) for a in parties if a is not mention)

    return [a for a, b in backed if b is None or not backs_a_party(a, *b)], places


@lru_cache(maxsize=4)
def load_mediating_participles(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(w.lower() for w in load_assembly_rules(path).get("mediating_participles", ()))


# what joins a mediator to the next one: "Saudi Arabia and the United States", "روسيا وتركيا"
_MEDIATOR_AND = LazyPattern(r"\s*[,،]?\s*(?:and\s+(?:the\s+)?)?|\s+و?", re.IGNORECASE)


def _after_mediating_word(text: str, start: int) -> bool:
    """Whether the name at `start` follows a word naming a mediator: بوساطة, برعاية, or an
    English participle and "by" ("brokered by (the) ...", "mediated by ...")."""
    i, j = _span_before(text, start)
    word = text[i:j].lower()
    if word in load_backers().mediators:
        return True
    if word == "the":
        i, j = _span_before(text, i)
        word = text[i:j].lower()
    if word != "by":
        return False
    i, j = _span_before(text, i)
    return text[i:j].lower() in load_mediating_participles()


def _drop_mediators(
    text: str, actors: list[ActorMention], places: list[PlaceMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors of a sentence without the mediators of its truce, deal or talks ("a
    ceasefire brokered by Saudi Arabia and the United States between the army and the
    RSF", "اتفاق بوساطة مصر وقطر بين فتح وحماس"), nor the names joined to them, when
    another named party has a country: the parties are the sides, not their brokers."""
    if len(actors) < 2:
        return actors, places
    mediators = _mediators(text, actors)
    if not mediators:
        return actors, places
    rest = [a for a in actors if a not in mediators]
    spans = {(a.start, a.end) for a in mediators}
    if not any((a.country or a.members) and not _placed_in(text, a) for a in rest):
        # the sides are not named ("a truce mediated by Russia took effect in Syria"): the
        # mediators are all the parties there are, though their names tell no place of it
        return actors, [p for p in places if (p.start, p.end) not in spans]
    return rest, [p for p in places if (p.start, p.end) not in spans]  # nor their place


def _mediators(text: str, names: Sequence[ActorMention | PlaceMention]) -> list:
    """The names after a mediating word ("brokered by", بوساطة), before one ("US-brokered",
    "under Saudi and US mediation"), and those joined to them by "and", و or, for Arabic
    adjectives, a space ("بوساطة سعودية أمريكية")."""
    marked = [_after_mediating_word(text, a.start) or _before_mediating_word(text, a.end) for a in names]
    if not any(marked):
        return []
    joined = [
        b.start >= a.end
        and _MEDIATOR_AND.fullmatch(text, a.end, b.start) is not None
        and (text[a.end : b.start].strip() != "" or b.text.startswith("و") or is_arabic(b.text[:1]))
        for a, b in itertools.pairwise(names)
    ]
    for _ in range(2):  # forward along the list, then back
        for i, j in enumerate(joined):
            if j and (marked[i] or marked[i + 1]):
                marked[i] = marked[i + 1] = True
    return [a for a, m in zip(names, marked, strict=True) if m]


# also the first of two names sharing one ending: "US- and French-brokered"
_MEDIATING_AFTER = LazyPattern(
    r"(?:-(?:\s+(?:and|or)\s+[^\W\d_]+-)?(?:brokered|mediated|sponsored)|\s+(?:mediation|auspices|sponsorship)\b)", re.IGNORECASE
)


def _before_mediating_word(text: str, end: int) -> bool:
    """Whether a mediating ending or noun follows the name ("US-brokered", "US mediation")."""
    return _MEDIATING_AFTER.match(text, end) is not None


def _international_body(actor: ActorMention) -> bool:
    """An organisation of no one country (the African Union, the Arab League): a measure
    it takes ("suspended Sudan's membership") is against another party."""
    return actor.kind == "organisation" and actor.country is None and not actor.members


@lru_cache(maxsize=4)
def load_official_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words that name an official or a delegation (data/assembly.json `official_words`)."""
    words = sorted(load_assembly_rules(path).get("official_words", ()), key=len, reverse=True)
    return re.compile(r"(?<!\w)[وفبل]?(?:" + "|".join(map(re.escape, words)) + r")", re.IGNORECASE)


def _official(sentence: str, actors: Sequence[ActorMention]) -> bool:
    """Whether the sentence names an official: a person or body of the dictionary, or an office word."""
    return any(a.kind in ("person", "organisation", "group") for a in actors) or load_official_words().search(sentence) is not None


def _without_partner_capitals(
    text: str, places: list[PlaceMention], actors: Sequence[ActorMention]
) -> list[PlaceMention]:
    """`places` without the capitals that name a government dealt with ("وقعت قطر اتفاقا مع
    تركيا، في ظل خلافاتها مع الرياض": Riyadh is a party, not the place), unless no other
    place is left. (Aid and visits go to the capital after مع; a sanction is placed at its
    target: `_place_at_target`.)"""
    governments = {(a.start, a.end) for a in actors if a.kind == "country"}
    kept = [p for p in places if not _partner_capital(text, p, governments)]
    return kept if kept else places


def _outside_later_setting(
    text: str,
    places: list[PlaceMention],
    actors: Sequence[ActorMention],
    trigger: tuple[int, int],
    end: int,
    later_triggers: Sequence[Any],
) -> list[PlaceMention]:
    """`places` without those named in a clause after the event word that tells, by an
    event word of its own, what the event followed ("Jordan recalled its ambassador from
    Israel after Israeli strikes in Gaza killed dozens", "استدعت الأردن سفيرها بعد غارات
    إسرائيلية على غزة"): that event's place, when the sentence names another. One in the
    country of a party named before the clause stays ("ترسل تركيا شحنات لقطر بعد أن قطعت
    السعودية العلاقات مع الدوحة"). (Events sent somewhere, aid or troops, keep them all:
    "أرسلت تركيا مساعدات بعد قطع العلاقات مع الدوحة" goes to Doha.)"""
    if not places or not later_triggers:
        return places
    m = _LATER_SETTING.search(text, trigger[1], end)
    if m is None:
        return places
    close = _CLAUSE_BREAK.search(text, m.end(), end)
    stop = close.start() if close is not None else end
    if not any(m.end() <= t.start < stop and t.event_type not in _HELD_WHERE_IT_LED for t in later_triggers):
        return places  # "agreed ... following talks in Beijing": where the talks were, the deal was
    parties = {a.country for a in actors if a.end <= m.start() and a.country}
    kept = [p for p in places if not (m.end() <= p.start < stop) or p.country in parties]
    return kept if kept else places


def _outside_later_setting_actors(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    trigger: tuple[int, int],
    end: int,
    later_triggers: Sequence[Any],
    event_type: str,
) -> list[ActorMention]:
    """`actors` without those named in a clause after the event word that tells, by an event
    word of its own, what the event followed ("تعرضت إدلب لقصف من مقاتلات روسية، السبت، بعد
    يوم من فشل روسيا وتركيا وإيران بالتوصل إلى هدنة", "Russian jets struck Idlib a day after
    talks between Turkey and Iran failed to agree a truce"): that event's parties, when the
    event keeps a party or a place of its own. (Talks and visits it followed share its parties:
    "agreed after talks between ..."; so does an event word of its own type, the same event
    told again: "دخلت الاتفاقية حيز التنفيذ بعد تصديق البرلمان التركي عليها".)"""
    if not actors or not later_triggers:
        return actors
    m = _LATER_SETTING.search(text, trigger[1], end)
    if m is None:
        return actors
    close = _CLAUSE_BREAK.search(text, m.end(), end)
    stop = close.start() if close is not None else end
    if not any(
        m.end() <= t.start < stop and t.event_type not in _HELD_WHERE_IT_LED and t.event_type != event_type
        for t in later_triggers
    ):
        return actors
    kept = [a for a in actors if not (m.end() <= a.start < stop)]
    if not kept and not any(p.start < m.start() for p in places):
        return actors
    return kept


def _pair_before_word(text: str, cand: _Candidate, events: list[Event]) -> list[str] | None:
    """The two countries of the event told just before, when "the two countries" (البلدان,
    the two sides) stands before the event word in its sentence, as its subject or in
    its clause ("The two countries agreed in a phone call after the earthquakes in
    Turkey"), though the sentence names another country."""
    s = cand.sentence[0]
    if load_pair_anaphors().search(text, s, cand.trigger[0]) is None:
        return None
    return _pair_told_before(text[s : cand.trigger[0]], events)


_BY_BEFORE = LazyPattern(r"(?<!\S)by\s+(?:the\s+)?\Z", re.IGNORECASE)


def _doer_named(text: str, cand: _Candidate, initiator: Sequence[ActorMention]) -> bool:
    """Whether an English event noun names its doer: before it ("the Israeli strike")
    or after "by" ("the strike by Israel"). A party named after it otherwise ("killed
    in the strike on an apartment in Dahiyeh, a Hezbollah stronghold") is another
    noun's, and says nothing of who struck. Arabic nouns name theirs after them
    ("الغارة الإسرائيلية"), but not past a comma ("في الغارة على شقة في الضاحية،
    معقل حزب الله")."""
    if not initiator:
        return True
    # "Iraq's foreign ministry condemned the attack", "وأدانت الخارجية العراقية الهجوم":
    # who reacts to the event named after the verb is not who did it
    reacted = load_reaction_words().search(text, max(cand.sentence[0], cand.trigger[0] - 60), cand.trigger[0]) is not None
    if is_arabic(cand.trigger_text[:1]):
        return any(
            (a.start < cand.trigger[0] and not reacted) or (a.start > cand.trigger[0] and not _COMMA.search(text, cand.trigger[1], a.start))
            for a in initiator
        )
    return any(
        (a.start < cand.trigger[0] and not reacted) or (a.start > cand.trigger[0] and _BY_BEFORE.search(text, max(0, a.start - 8), a.start))
        for a in initiator
    )




_COMMA = LazyPattern(r"[,،]")


def _names_stem(quote: str, stem: str) -> bool:
    """Whether a word of `quote` has the noun stem `stem`."""
    return any(_noun_stem(w) == stem for w in re.findall(r"[^\W\d_]+", quote))


# The word an event noun names its target or victim with ("القبض على العيثاوي", "اغتيال
# القيادي", "the arrest of Issawi"): prepositions and the article are passed over.
_NAMED_AFTER = LazyPattern(r"\s+(?:(على|of)\s+(?:the\s+)?)?[\"'«“]?([^\W\d_]+(?:-[^\W\d_]+)?)")


_NEXT_NAME = LazyPattern(r"\s+([^\W\d_]+(?:-[^\W\d_]+)?)")


_TOO_COMMON = frozenset({"عدد", "عدة", "أكثر", "نحو", "أحد", "مئات", "عشرات", "آلاف", "number", "dozens", "hundreds"})


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _same_one_named(
    text: str, cand: _Candidate, event: Event, told: list[Event], names: Sequence[PlaceMention | ActorMention] = ()
) -> bool:
    """Whether an event noun with no date of its own names, right after it, the one
    an event of its type told before on a day of its own was done to ("بعد القبض على
    العيثاوي" after "ألقت السلطات التركية القبض على إسماعيل العيثاوي في فبراير";
    "after the arrest of Issawi"): the same event, told again. A place or a party
    named there (`names`) says nothing of which event it is."""
    m = _NAMED_AFTER.match(text, cand.trigger[1])
    if m is None:
        return False
    after_preposition = m.group(1) is not None or cand.trigger_text.endswith((" على", " of"))
    if not after_preposition and (" " in cand.trigger_text or not is_arabic(cand.trigger_text[:1]) or _DEFINITE_AR.match(cand.trigger_text)):
        return False  # only a single indefinite Arabic noun takes the next word as its own (اغتيال القيادي)
    at, word, end = m.start(2), m.group(2), m.end(2)
    honorifics = load_actors().honorifics
    while fold_str(word) in honorifics:
        # "باختيار الأمير محمد بن نايف", "بتعيين الفريق أول ياشار غولر": a title, which many
        # share; the name is the word after it
        name = _NEXT_NAME.match(text, end)
        if name is None:
            return False
        at, word, end = name.start(1), name.group(1), name.end(1)
    if any(n.start <= at < n.end for n in names):
        return False  # a place or a party ("باستهداف دمشق"): many events of a type fall on one
    word = _bare_word(word)
    if len(word) < 3 or word in _TOO_COMMON:
        return False
    for ev in told:
        if ev.date_basis == "publication" or not _tells_of(ev, event.event_type):
            continue
        if any(_bare_word(w) == word for w in _told_words(text, ev, at)):
            return True
    return False


def _told_words(text: str, ev: Event, own: int) -> list[str]:
    """The words of the telling of `ev`, without the word at `own` when its quote spans it (a quote
    of the sentence that tells the noun names the noun's own next word, no one of its own)."""
    span = ev.spans.get("quote")
    if not span or not span[0] <= own < span[1] or text[span[0] : span[1]] != ev.quote:
        return _WORD.findall(ev.quote)
    return [w.group() for w in _WORD.finditer(text, span[0], span[1]) if w.start() != own]


def _pronoun_for_a_countryman(
    text: str, sentences: Sequence[tuple[int, int]], actors: _ByStart, start: int, trigger_start: int
) -> bool:
    """Whether the sentence opens with "He"/"She" for a person of a country named in the
    sentence before ("Bouteflika joined the army as a teenager. He was elected president in
    April 1999"): the person's country is the event's, as the pronoun code below makes it."""
    if not _PRONOUN_SUBJECT.match(text, start, trigger_start):
        return False
    person = _last_person(actors.inside(*_sentence_before(sentences, start)))
    return person is not None and bool(person.country)


# words before "أن"/"that" that make it a conjunction, not the opening of what was said ("بعد أن", "so that")
_NOT_SAID = frozenset(("بعد", "وبعد", "قبل", "منذ", "حتى", "دون", "بدل", "بمجرد", "so", "such", "now"))


def _event_side(
    text: str,
    places: list[PlaceMention],
    attribution: Attribution,
    trigger: tuple[int, int],
    event_words: Sequence[tuple[int, int]] = (),
) -> list[PlaceMention]:
    """The places of the sentence that are not where the speaker spoke: none after
    a source cited after the event ("..., the envoy told the Council in New York"),
    none between a cue and the word or mark that opens what was said ("قال في بيان
    نشر في نيويورك إن", "told the Council in New York that"), unless another event
    word stands before it ("said after a meeting in Paris that the factions agreed":
    that meeting's place)."""
    said_from = min(attribution.cue_start, attribution.speaker_start)
    if said_from >= trigger[1]:
        return [p for p in places if p.start < said_from]
    if attribution.cue_end > trigger[0]:
        return places
    said = next(
        (
            m.start()
            for m in _SAID_OPENS.finditer(text, attribution.cue_end, trigger[0])
            if (_word_before(text, m.start()) or "").lower() not in _NOT_SAID
        ),
        None,
    )
    if said is None:
        return places
    return [
        p
        for p in places
        if not (
            attribution.cue_end <= p.start
            and p.end <= said
            and not any(attribution.cue_end <= s and e <= p.start and not _CHANNEL.match(text, s, e) for s, e in event_words)
        )
    ]


# The Arabic word that opens what a speaker said after the speaker's own event word: إن
# (the form a verb of saying takes), or أن after a comma that closes the words between
# ("قال خلال زيارته إلى أنقرة إن", "أكد قبل مغادرته لحضور قمة ... قبل يومين، أن"); in English,
# "that" right before a quote mark, which no relative clause opens ("said while announcing the
# arrest of five leaders that "Baghdadi is in ...").
_SAID_AFTER = LazyPattern(r"(?<!\S)[وف]?(?:إن|بأن|(?<=[،,]\s)أن)(?:ه|ها|هم|هما|هن|نا|ني)?(?=\s)|(?<!\S)that(?=\s*[\"“])")


def said_after_own_word(
    text: str, attribution: Attribution, trigger: tuple[int, int], names: Sequence[ActorMention | PlaceMention]
) -> int | None:
    """Where what a speaker said opens after an event word of the speaker's own clause (told
    between the verb of saying and that opener), when one of `names` lies beyond it; None when
    none does, when the event word is itself in what was said, or when the opener is a
    conjunction ("بعد أن")."""
    last = max((n.start for n in names), default=-1)
    if last < trigger[1] or attribution.cue_end > trigger[0]:
        return None
    if any((_word_before(text, m.start()) or "").lower() not in _NOT_SAID for m in _SAID_OPENS.finditer(text, attribution.cue_end, trigger[0])):
        return None
    for m in _SAID_AFTER.finditer(text, trigger[1], last):
        if (_word_before(text, m.start()) or "") not in _NOT_SAID:
            return m.start()
    return None


@lru_cache(maxsize=4)
def load_other_clause_openers(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for a word that opens, after an event word, the clause of another deed: what a
    speaker adds (data/assembly.json `added_sayings`: "مضيفا أن", "adding that") or a deed told
    beside it (`contrast_connectors.bare_ar`: فيما، بينما, not before a word of `not_before`), and
    the deed that came before it or that it answers (`cause_clauses.openers`: بعد، إثر، ردا على, after)."""
    rules = load_assembly_rules(path)
    said = rules.get("added_sayings", {})
    ar = alternation(said.get("ar", ()))
    that_ar = alternation(said.get("that_ar", ()), spaced=True)
    en = alternation(said.get("en", ()), spaced=True)
    that_en = alternation(said.get("that_en", ()))
    causes = alternation(rules.get("cause_clauses", {}).get("openers", ()), spaced=True)
    contrasts = rules.get("contrast_connectors", {})
    beside = alternation(contrasts.get("bare_ar", ()), spaced=True)
    stops = alternation(contrasts.get("not_before", ()))
    return (
        re.compile(
            r"(?<!\S)[وف]?(?:" + ar + r")\s+(?:" + that_ar + r")(?:ه|ها|هم|هما|هن|نا)?(?=\s)"
            r"|(?<![\w-])(?:" + en + r")\s+(?:" + that_en + r")(?!\w)"
            r"|(?<!\S)و?(?:" + beside + r")\s+(?!(?:" + stops + r")(?!\w))",
            re.IGNORECASE,
        ),
        re.compile(r"(?<![\w-])[وف]?(?:" + causes + r")(?![\w-])", re.IGNORECASE),
    )


def other_clause_after(
    text: str,
    trigger: tuple[int, int],
    end: int,
    catalogued: bool = False,
    event_type: str = "",
    later: Sequence[TriggerMention] = (),
) -> int:
    """Where the clause of another deed opens after the event word (`load_other_clause_openers`):
    "بعد أن قطعت دول عربية العلاقات معها مضيفا أن أمير قطر أرجأ خطابه لمنح الكويت فرصة", "وفرت
    مصر الوقود لقطاع غزة، بعد قطع إسرائيل الإمدادات"; `end` when none does. No side is taken from
    there on, whether the event's own clause lacks one or runs on past that word. A clause of what came before that tells a deed of
    the event's own type (`later`) tells the step it came by or the change it followed, whose names
    its own may share ("ودخلت الاتفاقية حيز التنفيذ بعد تصديق البرلمان التركي عليها", "was designated
    prime minister after his predecessor, Saad Hariri, resigned"), and one whose first words tell a
    gathering (`venue_types`, within `cause_clauses.words` words, unless the event is of its
    `gone_types`) the talks it came of ("اتفق الطرفان بعد محادثات بين السعودية وإيران"): neither
    bounds it. Nor does such a clause bound a catalogued deed named in passing (`catalogued`: "القبض
    على والد منفذ هجوم مانشستر، أمس، بعد حملة تشنها بريطانيا"): it is the sentence's own deed's."""
    said, causes = load_other_clause_openers()
    found = [m.start() for m in (said.search(text, trigger[1], end),) if m is not None]
    cause = None if catalogued else causes.search(text, trigger[1], end)
    if cause is not None:
        rules = load_assembly_rules().get("cause_clauses", {})
        reach = int(rules.get("words", 3))
        after = [t for t in later if t.start >= cause.end()]
        gathering = next((t for t in after if len(text[cause.end() : t.start].split()) <= reach), None)
        if not any(t.event_type == event_type for t in after) and not (
            gathering is not None
            and gathering.event_type in load_assembly_rules().get("venue_types", ())
            and event_type not in rules.get("gone_types", ())
        ):
            found.append(cause.start())
    return min(found, default=end)


# The means the speaker spoke by ("كشف في اتصال هاتفي مع وكالة أسوشيتد برس من طرابلس أنه", "said in a
# phone call from Tripoli that"): a call is no event whose place the words it opens take.
_CHANNEL = LazyPattern(r"(?:[وفب]?(?:اتصال|مكالمة|محادثة) هاتفي|(?:tele)?phone (?:call|conversation))", re.IGNORECASE)


def _speaker_acts_ar(text: str, speaker_start: int, speaker_end: int, trigger_start: int) -> bool:
    """Whether the pronoun after an Arabic speaker, maybe past where and when it was said
    (`speech_gaps`: "قال وزير الخارجية، الأحد، إنه قدم استقالته", "قالت الوزارة في بيان اليوم إنها
    أرسلت"), is the speaker's: not a singular one after plural speakers ("قال مسؤولون سعوديون إنه
    غادر": he is someone else)."""
    m = pronoun_of_the_speaker(text, speaker_end, trigger_start, arabic=True)
    if m is None:
        return False
    words = text[speaker_start:speaker_end].split()
    plural = bool(words) and words[-1].endswith(("ون", "ين"))
    return not (plural and m.group(1) in ("ه", "ها"))


# A verb of saying between an office and an event word: the office holder speaks of it.
_SAYING = LazyPattern(r"\b(?:said|says|told|added|announced|stressed|noted|warned|urged|insisted|accused|hoped)\b")


def _topic_start(text: str, actors: list[ActorMention], trigger_end: int, end: int) -> int:
    """Where the topic of a meeting, visit or protest opens after its event word (`end` if it
    does not): a country talked about there is no party and no place of the event,
    when a party with a country, or a pair ("the two ministers"), stands before it."""
    marker = load_topic_markers()[1].search(text, trigger_end, end)
    if marker is None or not (
        any((a.country or a.members) and a.start < marker.start() for a in actors)
        or _pair_before(text, trigger_end, marker.start())
    ):
        return end
    return marker.start()


# A relative pronoun: "الذي", "والتي", "الذين"
_RELATIVE_AR = LazyPattern(r"(?<!\S)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي)(?!\S)")


_RELATIVE_END = LazyPattern("[،,.;؛:()!?؟\n]")


# an English relative pronoun set off by a comma after the event word (", which controls")
_RELATIVE_EN_AFTER = LazyPattern(r",\s*(?:which|who|whom|whose)(?!\w)", re.IGNORECASE)


# words of a time between an English event word and the comma of a clause about it ("the attack
# on Monday, which killed"): the clause still describes the event word; with the English month
# and weekday names of data/calendar.json (`_english_time_words`)
_TIME_WORDS_EN = frozenset(
    (
        *("on", "in", "at", "early", "late", "last", "this", "yesterday", "today", "tonight"),
        *("morning", "afternoon", "evening", "night", "overnight"),
    )
)


@lru_cache(maxsize=1)
def _english_time_words() -> frozenset[str]:
    """`_TIME_WORDS_EN` and the English names of the months and weekdays (lower-cased)."""
    calendar = load_calendar()
    names = (n for n in (*calendar.months, *calendar.weekdays) if n.isascii())
    return _TIME_WORDS_EN | frozenset(names)


# an English clause of lying somewhere, or of what was struck, tells where the word it describes
# is or where the deed fell ("by the Houthi group, which targeted several cities, including Riyadh")
_LOCATING_EN = LazyPattern(
    r"\s*(?:lies|lay|is\s+located|was\s+located|is\s+situated|sits|stands|targeted|hit|struck|shelled|bombed)(?!\w)",
    re.IGNORECASE,
)


_RELATIVE_STEMS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")


_FEMININE_END = ("ة", "ات")


_TIME_WORDS = frozenset({"أمس", "امس", "مساء", "صباح", "فجر", "ظهر", "ليل", "ليلة"})


# a relative clause that opens on a verb of lying somewhere tells where the word it describes is
_LOCATING = LazyPattern(r"\s*(?:[تي]قع|[تي]وجد|[تي]تواجد|كان[تا]?\s+[تي]قع)(?!\S)")


def _describes_another_word(text: str, pronoun: re.Match[str], trigger: tuple[int, int]) -> bool:
    """Whether an Arabic relative pronoun after the event word describes another word than it:
    a word without the article stands between them (a name, a preposition: "القبض على نشطاء،
    ومنهم سمر بدوي، التي ..."), or a masculine pronoun follows a feminine event word
    ("الانتخابات الرئاسية الأميركية والذي لديه ..."). A name that follows بين is a party of the
    event, and what goes on after its clause may list the other ("المعارك بين قوات سوريا
    الديمقراطية التي تدافع عن المنطقة والقوات التركية"): no."""
    words = [w.strip("\"'«»“”()،,") for w in text[trigger[1] : pronoun.start()].split()]
    # a time between the verb and its object is no word of another noun ("فرضت أمس الحصار الذي")
    words = [w for w in words if w and w.lstrip("وف") not in _TIME_WORDS]
    if any(w in ("بين", "وبين") for w in words):
        return False
    if any(not w.startswith("ال") for w in words):
        return True
    return pronoun.group().lstrip("وف") == "الذي" and fold_str(text[trigger[0] : trigger[1]]).endswith(_FEMININE_END)


def _english_clauses_of_another_word(text: str, trigger: tuple[int, int], end: int) -> list[tuple[int, int]]:
    """The spans of the English relative clauses set off by a comma after the event word
    (", which", ", who") that describe another word than it: a word other than one of a time
    stands between the event word and the comma ("began its offensive ... of the group, which
    controls the capital Sanaa"; not "the attack on Monday, which killed 20")."""
    clauses: list[tuple[int, int]] = []
    for m in _RELATIVE_EN_AFTER.finditer(text, trigger[1], end):
        words = [w.strip("\"'“”()").lower() for w in text[trigger[1] : m.start()].split()]
        if not any(w and not w.isdigit() and w not in _english_time_words() for w in words):
            continue
        # (the clause ends at a break of clauses, not at a comma of a list: "who had fought in
        # Mosul, Raqqa and Aleppo", nor at the full stop of an abbreviation: "the U.S. embassy")
        stop = next(_clause_breaks(text, m.end(), end), None)
        clauses.append((m.end(), stop.start() if stop is not None else end))
    return clauses


def _without_relative_clause_names(
    text: str,
    actors: list[ActorMention],
    places: list[PlaceMention],
    trigger: tuple[int, int],
    end: int,
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors of an Arabic sentence without those named in a relative clause after the
    event word that describes another word than it ("فوز بايدن في الانتخابات الأميركية والذي
    لديه تاريخ سيئ مع أردوغان", "اعتقلت السلطات الصحفي أحمد سيك الذي انتقد الحكومة الروسية"):
    they are no party to the event. Nor are its places the event's ("حملة ضد الحوثيين، الذين
    سيطروا على العاصمة صنعاء"), unless the clause tells where the word it describes lies ("البلدة
    التي تقع في ريف إدلب") or no other place or country is left. The clause runs to the next comma.
    So are those of an English clause set off by a comma after the event word that describes
    another word (`_english_clauses_of_another_word`: "began its offensive ... by cutting the main
    supply line of the group, which controls the capital Sanaa")."""
    if not actors:
        return actors, places
    if not is_arabic(text[trigger[0] : trigger[0] + 1]):
        clauses = _english_clauses_of_another_word(text, trigger, end)
    else:
        after = text[trigger[1] : end]
        if not any(w in after for w in _RELATIVE_STEMS):
            return actors, places  # the search below is tried at every position
        clauses = []
        for m in _RELATIVE_AR.finditer(text, trigger[1], end):
            if not _describes_another_word(text, m, trigger):
                continue
            stop = _RELATIVE_END.search(text, m.end(), end)
            clauses.append((m.end(), stop.start() if stop is not None else end))
    if not clauses:
        return actors, places
    kept = [a for a in actors if not any(lo <= a.start and a.end <= hi for lo, hi in clauses)]
    if not places and not any(a.country or a.members for a in kept):
        return actors, places  # no country would be left to tell where it happened
    # its places are the described word's too ("عن الجماعة التي تسيطر على العاصمة صنعاء"),
    # unless the clause tells where that word lies ("البلدة التي تقع في ريف إدلب")
    placed = [
        p
        for p in places
        if not any(
            lo <= p.start and p.end <= hi and not _LOCATING.match(text, lo) and not _LOCATING_EN.match(text, lo)
            for lo, hi in clauses
        )
    ]
    if not placed and not any(a.country or a.members for a in kept):
        return kept, places  # its places are the only ones to tell where it happened
    return kept, placed


@lru_cache(maxsize=4)
def load_topic_nouns(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """Arabic nouns of a topic talked about, and the adjectives that may stand between one and
    the country qualifying it (`topic_nouns` of assembly.json), folded without the article."""
    rules = load_assembly_rules(path).get("topic_nouns", {})

    def bare(words: Sequence[str]) -> frozenset[str]:
        return frozenset(_CLITIC_ARTICLE.sub("", fold_str(w), count=1) for w in words)

    return bare(rules.get("ar", ())), bare(rules.get("ar_adjectives", ()))


def _qualifies_a_topic(text: str, start: int) -> bool:
    """Whether the name at `start` qualifies a topic noun before it, perhaps after
    adjectives ("الاتفاق النووي الإيراني", "الأزمة الليبية")."""
    nouns, adjectives = load_topic_nouns()
    for _ in range(3):
        word = _word_before(text, start)
        if word is None:
            return False
        bare = _CLITIC_ARTICLE.sub("", fold_str(word), count=1)
        if bare in nouns:
            return True
        if bare not in adjectives:
            return False
        start = text.rfind(word, max(0, start - 40), start)
    return False


def _without_topic_countries(
    text: str, actors: list[ActorMention], places: list[PlaceMention], trigger_end: int
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The actors and places of a meeting, a visit or a protest without a country named
    after its word only as the qualifier of a topic noun ("وبحث الجانبان الاتفاق النووي
    الإيراني", "لبحث الأزمة الليبية"): what was talked about, not a party, when the event
    keeps another party with a country."""
    dropped = [a for a in actors if a.start >= trigger_end and a.country and _qualifies_a_topic(text, a.start)]
    if not dropped:
        return actors, places
    # with the names listed after them: "ملفات إيران واليمن"
    dropped += [m for a in list(dropped) for m in _list_mates(text, actors, a) if m.start > a.start and m not in dropped]
    kept = [a for a in actors if a not in dropped]
    if not any(a.country or a.members for a in kept):
        return actors, places
    spans = {(a.start, a.end) for a in dropped}
    return kept, [p for p in places if (p.start, p.end) not in spans]


@lru_cache(maxsize=4)
def load_title_subjects(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """An English sentence whose subject is an office named without its holder
    ("The crown prince visited ...", "On Thursday, the king held talks ...")."""
    titles = sorted(load_assembly_rules(path).get("title_subjects", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in titles) or "(?!)"
    return re.compile(r"\s*(?:(?:On|Earlier on|Later on|Late on|Early on) [A-Z][a-z]+,\s*)?[Tt]he ((?i:" + alternatives + r"))\b(?! of\b)")


def _title_holder(text: str, before: Sequence[ActorMention], title: str) -> ActorMention | None:
    """The last actor named before with that title: the person it stands right before
    ("Crown Prince Mohammed bin Salman", "King Salman") or the country it belongs to
    ("Qatar's emir", "the emir of Kuwait", "Saudi Crown Prince")."""
    word = re.escape(title)
    for a in reversed(before):
        if a.country is None or a.kind not in ("person", "country"):
            continue
        head = text[max(0, a.start - len(title) - 10) : a.start].lower()
        if a.kind == "person":
            if title in a.text.lower() or re.search(word + r"\s+(?:sheikh\s+|prince\s+)?$", head):
                return a
        elif re.match(r"(?:'s|s')?\s" + word + r"\b", text[a.end : a.end + len(title) + 4], re.I) or re.search(
            word + r"\s+of\s+(?:the\s+)?$", head
        ):
            return a
    return None


# The office a country's name qualifies ("أمير قطر", "رئيس وزراء العراق", "the emir of Qatar"):
# the name says whose official acts, not where
_TITLES_AR = frozenset(
    fold_str(w)
    for w in (
        "أمير", "ملك", "عاهل", "سلطان", "رئيس", "وزراء", "وزير", "نائب", "ولي", "عهد", "حاكم", "سفير", "خارجية",
        "دفاع", "حكومة", "برلمان", "جيش", "وفد", "مبعوث", "زعيم", "قائد", "مفتي",
    )
)


_TITLE_OF_EN = LazyPattern(
    r"(?<![^\W\d_])(?:emir|amir|king|sultan|president|prime minister|premier|minister|crown prince|ruler|ambassador|"
    r"envoy|leader|government|army|delegation)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _without_title_countries(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a visit without a country's name that an office before it qualifies
    ("زار أمير قطر تركيا", "the emir of Qatar visited Turkey"): the visitor's country is
    not where the visit took place, when the sentence names another place."""
    if len(places) < 2:
        return places
    kept = []
    for p in places:
        if p.precision == "country":
            word = _word_before(text, p.start)
            if word is not None and _CLITIC_ARTICLE.sub("", fold_str(word), count=1) in _TITLES_AR:
                continue
            if _TITLE_OF_EN.search(text, max(0, p.start - 40), p.start) is not None:
                continue
        kept.append(p)
    return kept or places


_HOME_IN = LazyPattern(r"\s+(?:في|in)\s+(?:the\s+)?$", re.IGNORECASE)


_AIMED_AT = LazyPattern(r"(?<![^\W\d_])(?:على|باتجاه|نحو|صوب|at|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)


def _without_actor_homes(text: str, places: list[PlaceMention], actors: Sequence[ActorMention]) -> list[PlaceMention]:
    """The places of a sentence without a country's name that only says where a party is
    based ("وأطلق الحوثيون في اليمن صاروخا على السعودية", "the Houthis in Yemen fired a missile
    at Saudi Arabia"), when the sentence names a place the deed was aimed at: that one is the event's."""
    if len(places) < 2 or not actors:
        return places
    if not any(_AIMED_AT.search(text, max(0, p.start - 12), p.start) for p in places):
        return places
    ends = [a.end for a in actors if a.kind != "country"]
    kept = [
        p
        for p in places
        if not (
            p.precision == "country"
            and any(0 < p.start - end <= 12 and _HOME_IN.search(text, end, p.start) is not None for end in ends)
        )
    ]
    return kept or places


# The sufferer of an event told first: "تعرضت القوات لهجوم", "came under attack", "were attacked".
_SUFFERED_AR = LazyPattern(
    r"(?<!\S)[وف]?(?:تعرض|تعرضت|تعرضوا|تعرضا|تعرضتا|يتعرض|تتعرض|يتعرضون|يتعرضان|تعرضه|تعرضها|تعرضهم|تعرضهما)"
    r"(?:\s+\S+){0,4}\s+$"
)


# "came under heavy fire from": a word or two of how heavy may stand before the noun
_SUFFERED_EN = LazyPattern(
    r"(?:\b(?:came|come|comes|coming)\s+under(?:\s+[a-z]+){0,2}|\b(?:was|were|been|being|is|are))\s+$", re.IGNORECASE
)


# the words that name the doer after a passive: "من تنظيم داعش", "من قبل", "by", "from"
_AGENT_MARK = LazyPattern(r"(?:\s+\S+){0,3}?\s+(?:[وف]?(?:من قبل|من جانب|على يد|من)|by|from)\s+$", re.IGNORECASE)


def _passive_agent(
    text: str, sentence_start: int, trigger: tuple[int, int], actors: Sequence[ActorMention]
) -> ActorMention | None:
    """The doer named after an event its sentence tells from the side that suffered it
    ("تعرضوا لهجوم من تنظيم داعش", "came under attack from Islamic State fighters",
    "were attacked by ..."): the actor right after "من"/"by"/"from" a few words on."""
    t0, t1 = trigger
    if text.startswith(("ل", "ول", "فل"), t0) or text[t0:t1].startswith("لإ"):
        if _SUFFERED_AR.search(text, max(sentence_start, t0 - 40), t0) is None:
            return None
    elif _SUFFERED_EN.search(text, max(sentence_start, t0 - 24), t0) is None:
        return None
    for a in sorted(actors, key=lambda a: a.start):
        if a.start >= t1 and a.start - t1 <= 40 and _AGENT_MARK.fullmatch(text, t1, a.start):
            return a
    return None


_VENUE_WORDS = frozenset(("in", "at", "في"))


def _without_venues(
    text: str, initiator: list[ActorMention], others: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The parties of talks, a deal or a truce without a state named as where they were held
    ("an agreement reached in Switzerland between the government and the Houthis", "talks in
    Saudi Arabia", "في السعودية"), when another party with a country is named: the venue is
    the event's place (and country), not one of its sides."""

    def venue(a: ActorMention) -> bool:
        if a.kind != "country" or _RELATIVE_NEXT.match(text, a.end):
            return False  # "في مصر التي كانت أول دولة عربية تبرم معاهدة سلام": the clause's side
        i, j = _span_before(text, a.start)
        return fold_str(text[i:j]).lower() in _VENUE_WORDS

    venues = [a for a in (*initiator, *others) if venue(a)]
    if not venues:
        return initiator, others
    rest = [a for a in (*initiator, *others) if a not in venues]
    if not any(a.country or a.members for a in rest):
        return initiator, others
    return [a for a in initiator if a not in venues], [a for a in others if a not in venues]


@lru_cache(maxsize=4)
def load_home_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Domestic types placed in the article's own country when their sentence
    names none (data/assembly.json `home_country_types`)."""
    return frozenset(load_assembly_rules(path).get("home_country_types", ()))


@lru_cache(maxsize=4)
def load_affair_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types whose deeds told in one article are steps of one affair (data/assembly.json
    `affair_types`)."""
    return frozenset(load_assembly_rules(path).get("affair_types", ()))


def affair_told_before(event_type: str, events: Sequence[Event]) -> list[str] | None:
    """For a deed of one of `load_affair_types` told with no country in an article no country
    leads, the countries of the last deed of its type told before it with countries of its own
    ("The two men were arrested in April", after their sentencing by a Jordanian court): one
    affair, of one state; None when there is none, or the type is not one of them."""
    if event_type not in load_affair_types():
        return None
    same = next((ev for ev in reversed(events) if ev.event_type == event_type and ev.countries), None)
    if same is None:
        return None
    place = (same.location or {}).get("country")  # where that one was, first
    return [place, *(c for c in same.countries if c != place)] if place in same.countries else list(same.countries)


@lru_cache(maxsize=4)
def load_party_made_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types whose sides make the event, never placed in the article's country for want of
    them (data/assembly.json `party_made_types`)."""
    return frozenset(load_assembly_rules(path).get("party_made_types", ()))


# A verbal noun after تم/جرى tells a deed done, as a verb in the past does ("وتم توقيف الصحافي").
_DONE = LazyPattern(r"(?<!\S)[وف]?(?:تم|تمت|جرى|جرت)(?:\s+(?:كذلك|أيضا|أيضاً))?\s+\Z")


def _at_home(cand: _Candidate, text: str = "") -> bool:
    """Whether an event told in a sentence naming no country takes place in the
    article's country: a strong word of a domestic type (an arrest, a protest),
    or a deed told by a verb in the past ("وعين الفريق أول دوندار قائدا للقوات البرية",
    "وأوقفت السلطات جنينة في فبراير", "the military and civilian groups signed a power-sharing
    deal"), not by a noun that may name a kind of event or the power to appoint;
    an arrest noun after تم or جرى ("وتم توقيف الصحافي") is told as done, as by a verb."""
    if cand.weight < STRONG_TRIGGER:
        return _elected_at_home(cand) or (
            cand.event_type == "arrest"
            and (
                cand.tense == "past"
                or (not cand.tense and _DONE.search(text, max(0, cand.trigger[0] - 20), cand.trigger[0]) is not None)
            )
        )
    if cand.event_type == "election" and _COMPARED.search(text, cand.trigger[1], cand.sentence[1]) is not None:
        return False  # "Turnout was 41%, lower than in 2014": the date is the compared vote's
    # any deed told by a strong verb in the past ("the government reached an agreement with the
    # IMF", "soldiers opened fire on protesters"); a noun may name a kind of event or the power to do it
    return cand.event_type in load_home_types() or (cand.tense == "past" and cand.event_type not in load_party_made_types())


def done_in_a_clear_home(cand: _Candidate) -> bool:
    """Whether a deed told by a verb in the past below `STRONG_TRIGGER` ("وعزل المجلس 2745
    قاضيا من مناصبهم", "troops stormed the town"), in a sentence naming no country, takes place in
    the country the article is about when one country leads it by a clear margin (`_home_country`):
    a state's own doing told as done there, as a strong verb tells it in any article (`_at_home`);
    not the deeds its sides make (`party_made_types`) nor those held between sides (`venue_types`:
    talks, a deal, a truce), which need their sides named."""
    return cand.tense == "past" and a_states_own_deed(cand.event_type)


def a_states_own_deed(event_type: str) -> bool:
    """Whether deeds of `event_type` are a state's own doing, which may take place in the country
    an article is about with no side named: not the deeds its sides make (`party_made_types`: a
    visit, aid) nor those held between sides (`venue_types`: talks, a deal, a truce)."""
    return event_type not in load_party_made_types() and event_type not in load_assembly_rules().get("venue_types", ())


# "than" opening a span of time after an event ("less than a year after the last election",
# "more than two years since the vote") measures the time since it, as "بعد أقل من عام على" does,
# and compares no vote
_COMPARED = LazyPattern(
    r"(?<!\w)(?:than(?!\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:day|week|month|year|decade)s?\s+(?:after|since|into|following)\b)|مقارنة|مقابل)(?!\w)"
)


def _article_countries(mentions: Mentions) -> frozenset[str]:
    """The countries the article is about: those its names point to at least twice
    and at least half as often as the one named most."""
    counts = _country_counts(mentions)
    if not counts:
        return frozenset()
    most = max(counts.values())
    return frozenset(c for c, n in counts.items() if n >= 2 and 2 * n >= most)


HOME_LEAD = 2  # the article's country is named at least twice as often as any other
OPENING_LEAD = 1.5  # or half as often again, when the article's opening names it


def _named_counts(mentions: Mentions, named_from: int = 0) -> dict[str, int]:
    """How many names of the article (from `named_from` on) point to each country, a name
    counted once though it is read both as an actor and as a place: places are read only in
    the sentences an event may come from, so counting both would let one more event word
    ("About 1,000 Saudi soldiers entered the kingdom") weigh the foreign names of its sentence
    twice and cost the article the country it is about."""
    named = {(m.start, m.country) for m in (*mentions.actors, *mentions.places) if m.country and m.start >= named_from}
    counts: dict[str, int] = {}
    for _, country in named:
        counts[country] = counts.get(country, 0) + 1
    return counts


def _home_country(mentions: Mentions, named_from: int = 0) -> str | None:
    """The country the article is about: the one its actors and places name most
    (from `named_from` on, after the dateline, each name once: `_named_counts`), when it is
    read at least twice, and `HOME_LEAD` times as often as any other. An article that names no country past its
    dateline ("TRIPOLI, Libya, March 20 - Government forces shelled positions south of the
    capital") is about the dateline's country: the newsroom's city is where it was filed, and
    the story names no other. A country its opening names (`_opening_countries`) needs a lead of
    only `OPENING_LEAD` ("MANAMA (Reuters) - Protesters marched on the Saudi embassy in Manama")."""
    counts = _named_counts(mentions, named_from)
    if not counts and named_from > 0:
        filed = {m.country for m in (*mentions.actors, *mentions.places) if m.country and m.start < named_from}
        return filed.pop() if len(filed) == 1 else None
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    first, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    # named twice, or once both as an actor and as a place ("Lebanon held parliamentary elections
    # in May"), not by one adjective ("الرئيس الجزائري") nor one place of another event
    readings = _country_counts(mentions, named_from).get(first, 0)
    if readings >= 2 and n >= HOME_LEAD * second:
        return first
    if n >= 2 and n >= OPENING_LEAD * second and first in _opening_countries(mentions, named_from):
        return first  # "MANAMA (Reuters) - ... in Manama", before the sides of one deed come up
    return None


def _opening_countries(mentions: Mentions, named_from: int = 0) -> set[str]:
    """The countries named by the article's opening: its dateline and its lead, the first
    sentence past the dateline ("أصدرت محكمة أمن الدولة الأردنية حكما ...", "BEIRUT - Lebanon's
    parliament ..."). A news story opens with the state it reports on: named there, a state
    leads the article though the foreign states that are the sides of one of its deeds (troops
    from Saudi Arabia and the UAE entering Bahrain) come up often after it."""
    lead_end = next((e for _, e in mentions.sentences if e > named_from), named_from)
    return {m.country for m in (*mentions.actors, *mentions.places) if m.country and m.start < lead_end}


@lru_cache(maxsize=4)
def load_lead_home_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of a state's own doing placed, when no country leads the article by a clear margin,
    in the country the article opens with (data/assembly.json `lead_home_types`)."""
    return frozenset(load_assembly_rules(path).get("lead_home_types", ()))


def _spoken_of_country(mentions: Mentions, before: int) -> str | None:
    """Where no country leads the article by `HOME_LEAD`, the state a domestic deed told before
    `before` with no country of its own is about: of the countries the article is about
    (`_article_countries`), the one it opens with (its dateline, else the first name of its lead:
    "باماكو – ... الرئيس الفرنسي ..."), else the one named last before the deed ("... since a
    junta led by Colonel Goita seized power in Bamako. Col Goita staged a second coup in May")."""
    home = _article_countries(mentions)
    named = sorted((m for m in (*mentions.actors, *mentions.places) if m.country), key=lambda m: m.start)
    if named and named[0].country in home:
        return named[0].country
    earlier = [m for m in named if m.country in home and m.start < before]
    return earlier[-1].country if earlier else None
