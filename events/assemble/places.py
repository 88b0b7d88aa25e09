"""Where an event takes place: a city or region of its sentence, the target's
country, the sea, or the country of its parties.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from events.assemble.givers import load_givers
from events.assemble.invaded import _invaded_at
from events.assemble.qualifying_names import qualifies_a_noun
from events.assemble.rules import (
    ASSEMBLY_RULES,
    alternation,
    load_assembly_rules,
    load_destination_types,
    load_location_roles,
)
from events.assemble.supporters import backers
from events.assemble.text import (
    _IN_WORDS,
    _Candidate,
    _countries_of,
    _country_location,
    _destination,
    _is_circumstance,
    _list_mates,
    _location,
    _locative,
    _partner_capital,
    _placed_in,
    _span_before,
)
from events.model import ActorMention, Event, PlaceMention, TriggerMention
from events.places import Gazetteer, find_places
from events.reference import ReferenceEntry
from events.text.dateline import of_several_cities
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern
from events.text.normalize import fold, fold_str, is_arabic


@lru_cache(maxsize=4)
def load_seas(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    rules = load_assembly_rules(path)
    names = sorted(rules.get("sea_names", ()), key=len, reverse=True)
    # after a space, the start or an Arabic clitic ("في البحر الأحمر", "بالبحر الأحمر", "والبحر")
    alternatives = "|".join(map(re.escape, names))
    pattern = gated_compile(rf"(?:(?<=\s)|(?<=^)|(?<=[وفب]))(?:{alternatives})(?!\w)", re.IGNORECASE)
    return pattern, frozenset(rules.get("sea_types", ()))


# words before a country that place the event on its land or coast: "in Yemen", "off Yemen", "قبالة اليمن"
_ON_LAND_WORDS = frozenset(fold_str(w) for w in ("in", "off", "near", "inside", "في", "قبالة", "قرب", "داخل"))


def _at_sea(
    text: str, sentence: tuple[int, int], event_type: str, place: PlaceMention | None, trigger: tuple[int, int]
) -> bool:
    """Whether the event of the sentence happened at sea ("seized a tanker in the Strait
    of Hormuz", "fired a missile at a destroyer in the Red Sea"): its type is one held
    at sea, the sentence names a sea, and no city or region, nor a country after "in"
    or "off" ("off Yemen"), places it on land or a coast, unless the sea is named
    nearer the event word ("seized a tanker in the Strait of Hormuz, two weeks after
    British forces captured a tanker off Gibraltar")."""
    seas, types = load_seas()
    if event_type not in types:
        return False
    sea = next((m for m in seas.finditer(text, *sentence) if _in_the_sea(text, m.start())), None)
    if sea is None:
        return False
    if place is None or not (place.precision != "country" or _placed_at(text, place.start)):
        return True
    if place.start >= sea.end() and _off_a_coast().fullmatch(fold_str(text[sea.end() : place.start]).lower()):
        return False  # "in the Red Sea off the port of Hodeidah": off that coast
    return abs(sea.start() - trigger[1]) < abs(place.start - trigger[1])


@lru_cache(maxsize=1)
def _off_a_coast() -> re.Pattern[str]:
    """The words between a sea and the place of the coast it is off (`off_a_coast` of
    assembly.json: off the port of, قبالة ميناء), a comma allowed before them."""
    words = [fold_str(w).lower() for w in load_assembly_rules(ASSEMBLY_RULES).get("off_a_coast", {}).get("words", ())]
    return re.compile(r"\s*,?\s*(?:" + alternation(words, spaced=True) + r")\s+(?:ال)?", re.IGNORECASE)


# words before a sea that put the event in its waters: "in the Red Sea", "to the eastern Mediterranean",
# "في البحر الأحمر", "بالبحر الأحمر",
# not on its coast ("المدينة الواقعة على البحر الأحمر", "a port on the Red Sea")
_IN_SEA_WORDS = frozenset(
    fold_str(w) for w in ("in", "into", "to", "across", "through", "crossing", "في", "عبر", "داخل", "إلى", "الى")
)


def _in_the_sea(text: str, start: int) -> bool:
    if start > 0 and text[start - 1].isalpha():
        return text[start - 1] == "ب"  # a clitic on the name: "بالبحر الأحمر", not "والبحر"
    i, j = _span_before(text, start)
    for _ in range(2):  # "in the southern Red Sea", "في جنوب البحر الأحمر", "في مياه البحر الأحمر"
        if fold_str(text[i:j]).lower() not in _SEA_SKIPPED:
            break
        i, j = _span_before(text, i)
    return fold_str(text[i:j]).lower() in _IN_SEA_WORDS


_SEA_SKIPPED = frozenset(
    fold_str(w)
    for w in (
        "the", "southern", "northern", "eastern", "western", "central", "upper", "lower",
        "جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "مياه",
    )
)


def _placed_at(text: str, start: int) -> bool:
    i, j = _span_before(text, start)
    return fold_str(text[i:j]).lower() in _ON_LAND_WORDS


_LOWER_WORD_AFTER = LazyPattern(r"\s+([a-z]+)")


# Words after a name that do not make it a modifier ("across the Gaza Strip on Sunday")
_NOT_NOUNS = frozenset(
    (
        "on", "in", "at", "and", "or", "to", "from", "with", "by", "for", "of", "after", "before", "since",
        "during", "as", "while", "but", "where", "when", "which", "who", "that", "said", "says", "was", "were",
        "is", "are", "has", "have", "had", "will", "would", "could", "earlier", "last", "this",
        "through", "via", "into", "across", "near", "over", "under", "along", "amid", "against", "toward",
        "towards", "between", "until", "within", "around", "despite", "overnight", "late", "early", "yesterday",
    )
)


def _modifies_a_noun(text: str, place: PlaceMention) -> bool:
    """Whether a Latin name stands before a noun after "the" ("the Manchester attacker",
    "the Doha office"): it qualifies that noun rather than placing the event."""
    i, j = _span_before(text, place.start)
    if text[i:j].lower() != "the":
        return False
    after = _LOWER_WORD_AFTER.match(text, place.end)
    return after is not None and after.group(1) not in _NOT_NOUNS


def _opens_with(text: str, sentence_start: int, place: PlaceMention) -> bool:
    """Whether the place is the second word of its sentence: in Arabic, the subject
    of the verb that opens it ("وأعلنت الرياض")."""
    if sentence_start < 0:
        return False
    i, _ = _span_before(text, place.start)
    return i <= sentence_start or not text[sentence_start:i].strip()


def _next_word_start(text: str, pos: int) -> int:
    """Where the word after `pos` begins (across spaces)."""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return pos


def _sent_there(
    text: str, place: PlaceMention, trigger: tuple[int, int], event_type: str, event_words: Sequence[TriggerMention]
) -> bool:
    """Whether the place is where another event word sends something ("سيتم إرسال قوات
    إلى قطر فور التصديق", "ratified an agreement that allows troops to be sent to
    Qatar"): a preposition of destination stands before it, and the nearest event
    word before it is of another type, not one of travel (a visit's destination,
    "flew to Riyadh for talks", is where the talks are). A name inside the event's
    own words ("نقل السفارة إلى القدس") is its place."""
    if trigger[0] <= place.start < trigger[1] or not _destination(text, place):
        return False
    nearest = max((t for t in event_words if t.end <= place.start), key=attrgetter("start"), default=None)
    return (
        nearest is not None
        and nearest.event_type != event_type
        and not (nearest.start < trigger[1] and trigger[0] < nearest.end)
        and nearest.event_type not in load_travel_types()
    )


@lru_cache(maxsize=4)
def load_travel_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types whose destination is where the events told with them happen (data/assembly.json)."""
    return frozenset(load_assembly_rules(path).get("travel_types", ()))


def _in_after(text: str, trigger: tuple[int, int], place: PlaceMention) -> bool:
    """Whether "in" stands before the name, right after the event word or one word more
    ("battles in Yemen", "معارك عنيفة في اليمن")."""
    if place.start < trigger[1]:
        return False
    i, j = _span_before(text, place.start)
    return fold_str(text[i:j]).lower() in _IN_WORDS and len(text[trigger[1] : i].split()) <= 1


def _in_the(text: str, place: PlaceMention) -> bool:
    """Whether "in the" stands before the name ("talks in the Chinese capital"): a place, though
    the nationality word that opens it was read as the subject."""
    i, j = _span_before(text, place.start)
    if text[i:j].lower() != "the":
        return False
    k, m = _span_before(text, i)
    return text[k:m].lower() in _IN_WORDS


def _pick_place(
    places: list[PlaceMention],
    trigger: tuple[int, int],
    clause: tuple[int, int],
    initiator: list[ActorMention],
    actors: Sequence[ActorMention],
    text: str,
    toward: bool = False,
    event_words: Sequence[tuple[int, int]] = (),
    sentence_start: int = -1,
) -> PlaceMention | None:
    """The place of the event: the finest named in its sentence, in the trigger's clause first, the nearest
    (with `toward`, one after a preposition of destination first).

    A name joined to another event word (`event_words`, its span) names that
    event's place ("والد منفذ هجوم مانشستر", "the Manchester attacker"), so
    another name comes first. So does a capital that is the subject of the
    sentence's first verb ("أعلنت الرياض مقتل جنديين في اليمن").

    A capital that names the initiating government ("طهران تنفي", "Washington
    imposed") is the actor, not the place; so is one that names a government in
    another clause ("after Ankara's parliament ratified ..., Saudi Arabia imposed
    a blockade"), unless a preposition makes it a place ("in Ankara"). A name that
    qualifies a noun (`qualifies_a_noun`: "Tehran's nuclear programme", "Saudi diplomatic
    missions") names a side: another name comes first.
    """
    subject = [(a.start, a.end) for a in initiator]
    # (a capital that a preposition or a noun of places makes a place, "جنوب القاهرة", stays one)
    places = [
        p
        for p in places
        if p.precision == "country"
        or not any(p.start < e and s < p.end for s, e in subject)
        # (so does one a traveller goes to: "وصل إلى أبوظبي في زيارة")
        or (p.precision != "country" and (_placed_in(text, p) or _in_the(text, p) or (toward and _destination(text, p))))
    ]
    governments = {(a.start, a.end) for a in actors if a.kind == "country"}
    places = [p for p in places if not _government_elsewhere(text, p, clause, governments, sentence_start)]
    # (a country named as a government after the event word's clause is a side of that clause, no
    # place: "Maduro's re-election ... has been recognised by the United States"; with no other place
    # the roles of a party of another country named up to the end of the event word's clause tell
    # where; with none, it stays)
    later = [p for p in places if _government_after(text, p, clause, governments)]
    own = {a.country for a in actors if a.country and a.end <= clause[1]} - {p.country for p in later}
    if len(later) < len(places) or own:
        places = [p for p in places if p not in later]
    if not places:
        return None
    others = [(s, e) for s, e in event_words if not (s < trigger[1] and trigger[0] < e)]
    ends = {e for _, e in others}
    starts = {s for s, _ in others}

    # a place (a country, a region or a city) placed by a preposition right after the event word, or
    # after one word more ("battles in Yemen", "معارك عنيفة في اليمن", "وقف إطلاق النار في محافظة إدلب"),
    # comes before a finer name of another country further on ("..., the envoy told the Security
    # Council in New York", "..., عقب قمة في العاصمة الروسية موسكو")
    # (so does the land an invasion is of, "إثر الغزو العراقي للكويت", over a city of the invader)
    at_country = next((p.country for p in places if _in_after(text, trigger, p) or _invaded_at(text, trigger, p)), None)

    def rank(p: PlaceMention) -> tuple[bool, bool, int, bool, bool, bool, bool, int]:
        outside = not (clause[0] <= p.start and p.end <= clause[1])
        gap = abs((p.start + p.end) // 2 - (trigger[0] + trigger[1]) // 2)
        finer = 0 if p.precision == "city" else 1 if p.precision == "region" else 2
        # the event word before an Arabic name (هجوم مانشستر), after a Latin one (the Manchester attack)
        if is_arabic(p.text[-1:]):
            of_another = _span_before(text, p.start)[1] in ends
        else:
            # (not after a preposition: "battles in Yemen killed 40" tells the battles' place)
            # (not a city or region before the event's own word, "the Gaza ceasefire", while
            # "the UAE agreed" is a country's verb)
            after = _next_word_start(text, p.end)
            of_another = (after in starts and not _locative(text, p)) or (
                _modifies_a_noun(text, p) and (after != trigger[0] or p.precision == "country")
            )
        # "to curb Tehran's nuclear programme", "stormed Saudi diplomatic missions in Iran": a name
        # that qualifies a noun names a side; any place the sentence names comes first
        of_another = of_another or qualifies_a_noun(text, p)
        # for an event sent somewhere (troops, aid), between names of one grain, the one a
        # preposition of destination points to ("sent troops to Qatar", "أرسلت قوات إلى
        # قطر") before a nearer one that names a party ("Turkey sent")
        elsewhere = at_country is not None and p.country != at_country
        # (and the sender's own name, "نشرت روسيا مرتزقة في ليبيا", after the land it sends to)
        sender = toward and p.precision == "country" and any(p.start < e and s < p.end for s, e in subject)
        # a place named after another event word, with no word of this one between them ("arrested
        # two activists in Cairo on Monday and detained a journalist in Alexandria on Tuesday"), is
        # that word's, after one named in this word's own stretch
        across = any(e <= p.start and not (e <= trigger[0] and trigger[1] <= p.start) for _, e in others)
        return (of_another, elsewhere, finer, sender, outside, toward and not _destination(text, p), across, gap)

    return min(places, key=rank)


def _government_elsewhere(
    text: str,
    place: PlaceMention,
    clause: tuple[int, int],
    governments: AbstractSet[tuple[int, int]],
    sentence_start: int = -1,
) -> bool:
    """Whether a capital names a government outside the event word's clause, or as the subject
    of the sentence's first verb ("الانتهاكات التي قامت بها طهران، وأبرزها تزويد الحوثيين
    بالأسلحة", "كما فعلت الدوحة الأمر نفسه", "أعلنت أنقرة مقتل جنديين", "while Damascus
    condemned the raids"): the state that acts or speaks, never where the event took place,
    unless a preposition or a noun of places makes it a place ("in Ankara", "مطار الرياض"), or
    may: a name read with ب on it ("سجن الهضبة بطرابلس"; also a name of its own first letter,
    "بغداد", stays a place)."""
    outside = not (clause[0] <= place.start and place.end <= clause[1])
    return (
        (outside or _opens_with(text, sentence_start, place))
        and place.precision != "country"
        and (place.start, place.end) in governments
        and not _locative(text, place)
        and not fold_str(place.text).startswith(("ب", "وب", "فب"))
    )


def _government_after(
    text: str, place: PlaceMention, clause: tuple[int, int], governments: AbstractSet[tuple[int, int]]
) -> bool:
    """Whether a country's name stands for a government that acts or speaks in a clause after the
    event word's ("... Maduro's re-election was a sham, has been recognised by the United States",
    "protesters stormed its embassy ... following the execution by Saudi Arabia of a cleric",
    "بعد أن قطعت علاقاتها مع الدوحة، اتهمت السعودية إيران"): a side of that clause, not where the
    event took place, unless a preposition or a noun of places makes it a place ("in Syria"). A name
    that qualifies a noun ("as Venezuela's legitimate leader") is no government that acts."""
    return (
        place.precision == "country"
        and place.start >= clause[1]
        and (place.start, place.end) in governments
        and not _locative(text, place)
        and not fold_str(place.text).startswith(("ب", "وب", "فب"))
        and not qualifies_a_noun(text, place)
    )


_ACROSS = LazyPattern(r"(?<!\w)(?:across the border|cross-border|عبر الحدود)(?!\w)", re.IGNORECASE)


_FIRED_FROM_REACH = 60  # characters after the event word within which "from" names where fire came from


def _fired_from_at(
    text: str, place: PlaceMention, trigger: tuple[int, int], words: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether the name follows "from" shortly after the event word, with no other event
    word (`words`) between: where fire came from ("fired rockets from Lebanon at ...", not
    "executed a hostage it had abducted from Sweida"). (Arabic من is partitive or of
    reports too often: "أجزاء من محافظة إدلب", "الأنباء الواردة من السعودية".)"""
    if not trigger[1] <= place.start <= trigger[1] + _FIRED_FROM_REACH:
        return False
    if any(trigger[1] <= w0 < place.start for w0, _ in words):
        return False
    i, j = _span_before(text, place.start)
    if text[i:j] == "from":
        return True
    # "قذائف أطلقت من عفرين على كليس": من right after a verb of launching
    k, m = _span_before(text, i)
    return text[i:j] == "من" and fold_str(text[k:m]) in load_launch_verbs()


@lru_cache(maxsize=4)
def load_launch_verbs(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Arabic verbs of launching after which من names where fire came from (data/assembly.json `launch_verbs`)."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("launch_verbs", ()))


def _not_fired_from(
    text: str,
    cand: _Candidate,
    places: list[PlaceMention],
    initiator: list[ActorMention],
    place: PlaceMention | None,
    words: Sequence[tuple[int, int]] = (),
) -> tuple[PlaceMention | None, str | None]:
    """The place of an attack that is not where the fire came from: a name after "from"
    right after the event word, or one in the attacker's own country in a sentence that fires "across the
    border" ("Turkish artillery near Akcakale shelled villages around Tal Abyad across
    the border"), gives way to a name of another country in the sentence, else to none;
    and the country the fire came from, when it was given up."""
    if place is None or cand.event_type != "attack":
        return place, None
    own = {a.country for a in initiator if a.country}
    s, e = cand.sentence

    def origin(p: PlaceMention) -> bool:
        return _fired_from_at(text, p, cand.trigger, words) or (p.country in own and _ACROSS.search(text, s, e) is not None)

    if not origin(place):
        return place, None
    rest = [p for p in places if p.country != place.country and not origin(p)]
    key = lambda p: (p.precision == "country", abs(p.start - cand.trigger[0]))  # noqa: E731
    return min(rest, key=key, default=None), place.country


# days before the publication within which a deed is of the news its dateline places
NEWS_DAYS = 7


@lru_cache(maxsize=4)
def load_remote_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of a deed done apart (data/assembly.json `remote_words`)."""
    words = load_assembly_rules(path).get("remote_words", {}).get("words", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])", re.IGNORECASE)


def told_in_the_news_days(event: Event, published: str | None, triggers: Sequence[TriggerMention] = ()) -> bool:
    """Whether the event is dated to a day at most `NEWS_DAYS` before the publication, by its
    text or by the publication itself, and told as done where the news is: not apart (by video
    link, `remote_words`) nor on a trip its sentence tells (a word of a visit among `triggers`)."""
    if published is None or event.date is None or event.date_precision != "day":
        return False
    if load_remote_words().search(event.quote) is not None or any(t.event_type == "visit" for t in triggers):
        return False
    try:
        days = (date.fromisoformat(published[:10]) - date.fromisoformat(event.date[:10])).days
    except ValueError:
        return False
    return 0 <= days <= NEWS_DAYS


@lru_cache(maxsize=4)
def load_dateline_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(load_assembly_rules(path).get("dateline_types", ()))


def _filed_at(places: list[PlaceMention], event: Event, stated: bool = False) -> PlaceMention | None:
    """The dateline's city, as the place of the first sentence's event that names no
    city of its own, when the event is of a type held somewhere and the city's
    country takes part in it ("SOCHI, Russia - Russia and Turkey agreed on Monday").
    Not when the sentence itself names another country as the event's place (`stated`:
    "ANKARA (Reuters) - Erdogan arrived in Qatar", "أنقرة - وصل أردوغان إلى قطر"): the
    newsroom is then the visitor's home, not the place. A dateline of several cities
    ("MOSCOW/KYIV (Reuters) -") is a shared byline, not one city: it places nothing."""
    if event.event_type not in load_dateline_types():
        return None
    if of_several_cities(places):
        return None
    where = (event.location or {}).get("country") if stated else None
    return next(
        (p for p in places if p.precision == "city" and p.country in event.countries and where in (None, p.country)),
        None,
    )


_CLAUSE_COMMA = LazyPattern(r"[,،;؛]")


def _without_circumstance_places(
    text: str, places: list[PlaceMention], trigger: tuple[int, int], triggers: Sequence[TriggerMention]
) -> list[PlaceMention]:
    """The places of a sentence without those of a circumstance clause set before the event
    word by a comma ("بعد أيام من هجوم في حلب، التقى الوزيران", "days after an attack in Aleppo,
    the ministers met"): that place is the earlier event's, not the sentence's own."""
    if not places or not triggers:
        return places
    kept = []
    for p in places:
        if p.end <= trigger[0] and any(
            t.end <= p.start
            and t.start != trigger[0]
            and _CLAUSE_COMMA.search(text, t.end, p.start) is None
            and _CLAUSE_COMMA.search(text, p.end, trigger[0]) is not None
            and _is_circumstance(text, t.start)
            for t in triggers
        ):
            continue
        kept.append(p)
    return kept


def _catalogued_location(
    event: Event,
    place: PlaceMention | None,
    entry: ReferenceEntry | None,
    gazetteer: Gazetteer,
    text: str = "",
    name: str = "",
) -> dict | None:
    """A catalogued event whose sentence names no city or region of its countries took place where
    the catalog says ("اتهام السعودية لقطر باغتيال شكري بلعيد": in Tunisia; "نفذت فيها تركيا عمليتها
    المسماة درع الفرات": in Syria), not in a party's country. A city someone travels to ("وصل إلى
    الخرطوم ... منذ توقيع اتفاق السلام") is no place of a deed of another kind told in passing.
    An event told by a name that holds a place of the catalog's country (`name`: its event word,
    "the Taif Agreement", "اتفاق الرياض التكميلي") took place there,
    whatever other city its sentence names ("... the Taif Agreement, with protests from Tripoli
    to Tyre")."""
    where = entry.location_country if entry is not None else None
    own = _named_place(name, where, gazetteer) if where and name else None
    if own is not None:
        return _location(own)
    if not where or (event.location or {}).get("country") == where:
        return event.location
    travel = bool(text) and place is not None and event.event_type not in load_destination_types() and _destination(text, place)
    if place is not None and place.precision != "country" and place.country in entry.countries and not travel:  # type: ignore[union-attr]
        return event.location  # a city or region of the event's countries (a country's name is most often a party)
    return _country_location(where, gazetteer)


def _named_place(name: str, country: str, gazetteer: Gazetteer) -> PlaceMention | None:
    """The city or region of `country` that a catalogued event's name holds ("Skhirat agreement",
    "اتفاق الرياض التكميلي"): each run of one or two of its words read after a preposition of
    place (the whole name is a blocker, no place, for every other event)."""
    words = name.split()
    cue = "في" if is_arabic(name[:1]) else "in"
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            chunk = f"{cue} {' '.join(words[i : i + n])}"
            for p in find_places(chunk, fold(chunk), gazetteer, (country,)):
                if p.country == country and p.precision != "country":
                    return p
    return None


@lru_cache(maxsize=4)
def load_initiator_place_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types done at home by their initiator (`initiator_place_types` of assembly.json: a ratification)."""
    return frozenset(load_assembly_rules(path).get("initiator_place_types", ()))


def _at_the_initiator(event: Event, initiator: Sequence[ActorMention], gazetteer: Gazetteer, spans: dict) -> None:
    """A parliament or a head of state ratifies at home: a country named as the place of such an
    event ("Turkey's parliament ratified Finland's accession protocol", "صادق البرلمان التركي على
    بروتوكول انضمام فنلندا") is the other party's, not where it happened; the initiator's is. So
    is a city the gazetteer gives to another country ("Israel's cabinet approved the deal in
    Jerusalem", "received the documents in Washington"): the body sits at home."""
    home = next((a.country for a in initiator if a.country), None)
    location = event.location or {}
    if home is None or not location.get("country") or location.get("country") == home:
        return
    event.location = _country_location(home, gazetteer)
    spans.pop("location", None)


@lru_cache(maxsize=4)
def load_venue_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types held somewhere, whose country named after "in" is their venue, not a side
    (data/assembly.json `venue_types`)."""
    return frozenset(load_assembly_rules(path).get("venue_types", ()))


@lru_cache(maxsize=4)
def load_war_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types that take place in the article's country when the sentence names neither
    a place nor a target, only the side that struck (data/assembly.json `war_types`)."""
    return frozenset(load_assembly_rules(path).get("war_types", ()))


@lru_cache(maxsize=4)
def load_qualified_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types located by the country that qualifies their event word (data/assembly.json)."""
    return frozenset(load_assembly_rules(path).get("located_by_qualifier", ()))


QUALIFIER_REACH = 30  # characters after the event word: "الانتخابات الرئاسية الأميركية"


def _event_location(
    event: Event,
    initiator: list[ActorMention],
    others: list[ActorMention],
    place: PlaceMention | None,
    gazetteer: Gazetteer,
    trigger: tuple[int, int] = (0, 0),
    stated: bool = False,
    text: str = "",
    excluded: frozenset[str] = frozenset(),
) -> dict | None:
    """For an election, the country that qualifies it ("the Iraqi elections", "للانتخابات
    النيابية العراقية"), held across it whatever city or region the sentence names away from its
    word (the results in several provinces, among them Baghdad), unless its own phrase names one
    ("الانتخابات البلدية في بيروت", "the Istanbul mayoral election"); else a city or region named
    in the sentence; for hosting, the host's country, unless the place is a country the sentence
    states after "in" (`stated`: "received a warm welcome at a summit in Saudi Arabia"); else a
    country named in the sentence; else the country the roles point to, never one of `excluded`
    (a country named only as a party of something else, `party_places`)."""
    named_with_it = (
        place is not None
        and place.precision != "country"
        and trigger[0] - QUALIFIER_REACH <= place.end
        and place.start <= trigger[1] + QUALIFIER_REACH
    )
    if event.event_type in load_qualified_types() and not named_with_it:
        qualifier = next(
            (
                a
                for a in sorted(initiator + others, key=lambda a: a.start)
                if a.country and trigger[1] <= a.start <= trigger[1] + QUALIFIER_REACH
            ),
            None,
        )
        if qualifier is not None:
            return _country_location(qualifier.country, gazetteer)  # type: ignore[arg-type]
    if place is not None and place.precision != "country":
        return _location(place)
    _, host_cameo = load_location_roles()
    if event.cameo in host_cameo and initiator and initiator[0].country and not (place is not None and stated):
        return _country_location(initiator[0].country, gazetteer)
    if place is not None:
        recipient = _recipient_country(event, [*initiator, *others], place, trigger, text)
        if recipient is None and _doer_named_as_place(event, initiator, place, text):
            # "الهجوم الصاروخي الذي نفذته إيران على مقر الحزب": the side it fell on, named after the
            # event word (a side of a clause before it, "بعد أن نشر الرئيس الأمريكي قوات في العراق،
            # أطلقت إيران صواريخ", is another deed's), not the doer's
            after = [a for a in others if a.start >= trigger[1]]
            recipient = _role_country(event, initiator, after, text, excluded) if after else None
            recipient = recipient if recipient != place.country else None
        return _country_location(recipient, gazetteer) if recipient else _location(place)
    country = _role_country(event, initiator, others, text, excluded)
    return _country_location(country, gazetteer) if country else None


def _doer_named_as_place(event: Event, initiator: Sequence[ActorMention], place: PlaceMention, text: str) -> bool:
    """Whether the only place of an attack or of something sent or travelling somewhere is the
    country of its doer, named as the doer with no preposition of place or destination before it
    ("الهجوم الصاروخي الذي نفذته إيران على مقر الحزب", "the strike Iran carried out on the party's
    headquarters"): the doer's name tells who did it, not where; the side it fell on or went to,
    named after the event word, does."""
    if event.event_type not in load_war_types() | load_destination_types() or place.precision != "country":
        return False
    if _locative(text, place) or _destination(text, place):
        return False
    return any(a.start <= place.start < a.end and a.country == place.country for a in initiator)


def _recipient_country(
    event: Event, actors: Sequence[ActorMention], place: PlaceMention, trigger: tuple[int, int], text: str
) -> str | None:
    """For an event sent or travelling somewhere (aid, troops, a visitor) whose only place is
    the country of its sender, named before the event word, the country of a party named after
    it ("Saudi Arabia sent humanitarian aid to the Yemeni people", "أرسلت السعودية مساعدات
    إنسانية إلى الشعب اليمني": in Yemen, not in Saudi Arabia). A country named after a word of
    destination is where the event went, not its sender ("وصل إلى الكويت في زيارة رسمية")."""
    if event.event_type not in load_destination_types() or place.precision != "country" or place.end > trigger[0]:
        return None
    if _destination(text, place):
        return None
    if not any(a.start <= place.start < a.end and a.country == place.country for a in actors):
        return None
    return next(
        (
            a.country
            for a in actors
            if a.start >= trigger[1] and a.country and a.country != place.country and not _nationality_of_the_sent(text, a)
        ),
        None,
    )


@lru_cache(maxsize=4)
def load_sent_force_nouns(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns of fighters sent (data/assembly.json `sent_force_nouns`), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("sent_force_nouns", ()))


def _nationality_of_the_sent(text: str, actor: ActorMention) -> bool:
    """Whether the name is the nationality of fighters sent, right before their noun in English
    ("sent troops and Syrian fighters to support the GNA") or right after it in Arabic ("أرسلت
    قوات ومرتزقة سوريين لدعم حكومة الوفاق"): who went, not where they were sent."""
    nouns = load_sent_force_nouns()
    if is_arabic(actor.text):
        before = text[max(0, actor.start - 30) : actor.start].split()
        return bool(before) and fold_str(before[-1]).lower().lstrip("و") in nouns
    after = text[actor.end : actor.end + 30].split()
    return bool(after) and fold_str(after[0]).lower().strip(",.;") in nouns


@lru_cache(maxsize=4)
def load_target_place_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types placed in their target's country (data/assembly.json `target_place_types`)."""
    return frozenset(load_assembly_rules(path).get("target_place_types", ()))


def _place_at_target(
    event: Event,
    text: str,
    initiator: list[ActorMention],
    others: list[ActorMention],
    place: PlaceMention | None,
    gazetteer: Gazetteer,
    spans: dict,
    after: int,
    clause_end: int,
) -> bool:
    """Place a sanction of several states against a target in none of them ("قطعت السعودية
    والإمارات والبحرين ومصر العلاقات مع قطر": each state acts at home, so the text states no one
    place; neither the first of the states that cut ties nor Qatar) when the sentence names no
    place but an initiator's country or a capital dealt with ("مع الدوحة"). The target is a
    country named after the event word (`after`) in its clause (before `clause_end`) and not
    listed with the initiators. True when the event is so left with no place."""
    if place is not None:
        governments = {(a.start, a.end) for a in (*initiator, *others) if a.kind == "country"}
        by_initiator = place.precision == "country" and any(place.start < a.end and a.start < place.end for a in initiator)
        if _locative(text, place) or not (by_initiator or _partner_capital(text, place, governments)):
            return False
    sides = set(_countries_of(initiator))
    if initiator:
        sides.update(_countries_of(_list_mates(text, sorted((*initiator, *others), key=lambda a: a.start), initiator[0])))
    if len(sides) < 2:
        return False  # one state's measure ("قطعت السعودية علاقاتها مع قطر وأغلقت منافذها") may be told at home
    target = next(
        (a for a in others if a.country and a.country not in sides and after <= a.start and a.end <= clause_end), None
    )
    if target is None or target.country is None:
        return False
    event.location = None  # each state acts at home: the text says no one place
    spans.pop("location", None)
    return True


_AND_ONLY = frozenset({"", "and", ",", "و", "،"})


def _joined_to(text: str, doer: ActorMention, sides: Sequence[ActorMention]) -> list[ActorMention]:
    """The sides joined to `doer`, before or after it, one to the next, by "and" (و) or a comma
    alone ("U.S. and British", "American and British", "أمريكية وبريطانية")."""
    names = sorted([doer, *(a for a in sides if a.end <= doer.start or a.start >= doer.end)], key=attrgetter("start"))
    at = names.index(doer)

    def joined(left: ActorMention, right: ActorMention) -> bool:
        gap = text[left.end : right.start].strip()
        return gap in _AND_ONLY or (not gap and right.text.startswith("و"))

    lo = at
    while lo > 0 and joined(names[lo - 1], names[lo]):
        lo -= 1
    hi = at
    while hi + 1 < len(names) and joined(names[hi], names[hi + 1]):
        hi += 1
    return [a for a in names[lo : hi + 1] if a is not doer]


def _role_country(
    event: Event,
    initiator: list[ActorMention],
    others: list[ActorMention],
    text: str = "",
    excluded: frozenset[str] = frozenset(),
) -> str | None:
    """The country the roles point to when the sentence names no place.

    A visit happens at the host's, aid at the recipient's, an attack on the
    attacked side: the target's country, never a backer's; other types at the initiator's. A side
    joined to the doer by "and" alone is a doer too, no target ("U.S. and British
    warships fired missiles at Libyan air defences", "قصفت طائرات أمريكية وبريطانية
    الدفاعات الجوية الليبية": at the Libyan side, not the British).
    """
    at_target, _ = load_location_roles()
    first = initiator[0].country if initiator else None
    # a supply goes to another side than its giver's, though the giver's country be named again
    # ("receives $1 billion a year in US assistance")
    own = first if event.event_type in load_givers()[0] else None
    sides = [a for a in others if a.country and a.country != own]
    if event.event_type in at_target and text and initiator:
        joined = _joined_to(text, initiator[0], sides)
        sides = [a for a in sides if a not in joined] or sides
    if event.event_type in at_target and text:
        # a backer from afar of the deed ("استعاد الجيش المالي السيطرة على البلدة بدعم فرنسي") is on
        # the doer's side: the deed did not fall on its country (one that asked for it may be where)
        backing = {id(a) for a in backers(text, [*initiator, *others], from_afar=True)}
        sides = [a for a in sides if id(a) not in backing]
    target = next((a.country for a in sides), None)
    country = (target or first) if event.event_type in at_target else (first or target)
    # (the last fallback, any country of the event, is never one named only as a party of something
    # else: "the junta expelled the French ambassador" is not in France)
    return country or next((c for c in event.countries if c not in excluded), None)
