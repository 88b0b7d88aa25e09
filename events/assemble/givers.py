"""Where a supply is given: an event of one of `givers.types` (aid, arms) takes place where
it is received (`location_at_target`), so a country its sentence names is its place only when
named as where the supply goes, after a word of destination or location or with the proclitic
ل ("إلى اليمن", "لليمن", "to Yemen"); a country named otherwise is the giver ("أرسلت السعودية
مساعدات", "سمح لإيران بتزويد الحوثيين بأسلحة", "يتزودون بصواريخ من إيران"), the one telling
of it or what the sentence speaks of, and the supply takes place at the receiver's. A city or
region named stays the place."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _country_location
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer
from events.text.normalize import is_arabic

_REACH = 12  # characters before a name searched for a word of origin or destination
_SUBJECT_WORDS = 2  # words at most between a supply's giver and its word (إيران تواصل تزويد)
_SUPPLY_WORDS = 4  # words at most between a bare receiver and the supply (handed Kyiv a new package of aid)
_GENITIVE_WORDS = 2  # words at most between a supply's word and its giver named after it (دعم السلطات في الدوحة)
_CLAUSE_MARKS = "،,.;؛:()\"«»"


@lru_cache(maxsize=4)
def load_givers(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """(the types given at the receiver's, a search for a word of origin ending where a
    place's name starts, perhaps with "the"), from data/assembly.json `givers`."""
    rules = load_assembly_rules(path).get("givers", {})
    origin = re.compile(
        r"(?<![^\W\d_])(?:" + alternation(rules.get("origins", ())) + r")\s+(?:the\s+)?$", re.IGNORECASE
    )
    return frozenset(rules.get("types", ())), origin


@lru_cache(maxsize=4)
def load_receiving_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of destination or location (data/assembly.json `givers.receiving`)
    ending where a place's name starts, perhaps with "the"."""
    words = load_assembly_rules(path).get("givers", {}).get("receiving", ())
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words) + r")\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_doer_links(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """What may stand between a supply's giver and its verbal noun (data/assembly.json
    `givers.doer_links`: nothing, or a preposition: "عملت إيران على تزويد", "استمرار إيران في
    تسليح")."""
    return frozenset(["", *load_assembly_rules(path).get("givers", {}).get("doer_links", ())])


@lru_cache(maxsize=4)
def load_qualified_nouns(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns of a supply a country's name may qualify as its giver (data/assembly.json
    `givers.qualified_nouns`: "in US assistance")."""
    return frozenset(w.lower() for w in load_assembly_rules(path).get("givers", {}).get("qualified_nouns", ()))


def _qualifies_supply(text: str, place: PlaceMention) -> bool:
    """Whether the place's name qualifies the supply's noun right after it, perhaps past one
    modifier ("a year in US assistance", "in Saudi military aid"): it names the giver, not
    where the supply goes."""
    words = [w.strip(".,;:").lower() for w in text[place.end : place.end + 40].split()[:2]]
    rules = load_assembly_rules().get("givers", {})
    if words and words[0] in rules.get("qualified_modifiers", ()):
        words = words[1:]
    return bool(words) and words[0] in load_qualified_nouns()


def _received_there(text: str, place: PlaceMention) -> bool:
    """Whether a place is told as where a supply goes: after a word of destination or location
    ("إلى اليمن", "في عدن", "to Yemen") or with the proclitic ل ("لليمن", "لقطر"), unless its
    name qualifies the supply's noun ("in US assistance")."""
    if _qualifies_supply(text, place):
        return False
    return place.text.startswith("ل") or load_receiving_words().search(text, max(0, place.start - _REACH), place.start) is not None


def _not_received_there(text: str, place: PlaceMention) -> bool:
    """Whether a country-level place is no place of the supply: a country named other than as
    where the supply goes (`_received_there`) is the giver ("أرسلت السعودية مساعدات", "تورط
    النظام الإيراني بدعم الحوثيين", "يتزودون بصواريخ من إيران"), the one who tells of it
    ("المملكة العربية السعودية تلاحظ أن ... سمح لإيران بتزويد الحوثيين") or what the sentence
    speaks of ("بهدف تهديد أمن السعودية")."""
    return place.precision == "country" and not _received_there(text, place)


def genitive_giver(text: str, parties: Sequence[ActorMention], trigger: tuple[int, int]) -> ActorMention | None:
    """The party named right after a supply's verbal noun as its doer, with at most
    `_GENITIVE_WORDS` words between (the government, the authorities in), when a party of
    another country follows it with the proclitic ل, where the supply goes: "دعم النظام
    الإيراني للميليشيا الحوثية", "دعم ومساندة السلطات في الدوحة لميليشيا الحوثي"."""
    ordered = sorted((a for a in parties if a.country and a.start >= trigger[1]), key=lambda a: a.start)
    if not ordered:
        return None
    giver = ordered[0]
    gap = text[trigger[1] : giver.start]
    if len(gap.split()) > _GENITIVE_WORDS or any(c in gap for c in _CLAUSE_MARKS) or text.startswith("لل", giver.start):
        return None  # too far, in another clause, or itself where a supply goes ("مساعدات الأمم المتحدة لليمن")
    for receiver in ordered[1:]:
        if receiver.country == giver.country or receiver.start < giver.end:
            continue
        between = text[giver.end : receiver.start]
        told_to = text.startswith("ل", receiver.start) and len(between.split()) <= 1
        return giver if told_to and not any(c in between for c in "،,.;؛:()") else None
    return None


def without_givers(
    text: str,
    places: list[PlaceMention],
    event_type: str,
    parties: Sequence[ActorMention] = (),
    trigger: tuple[int, int] | None = None,
) -> list[PlaceMention]:
    """The sentence's places without the countries not told as where a supply goes (see the
    module), nor the name of a giver told after the supply's word (`genitive_giver`: "دعم
    السلطات في الدوحة لميليشيا الحوثي": Doha gives, it is no place of the supply)."""
    if event_type not in load_givers()[0]:
        return places
    giver = genitive_giver(text, parties, trigger) if trigger is not None else None
    return [
        p
        for p in places
        if not _not_received_there(text, p) and not (giver is not None and p.start < giver.end and giver.start < p.end)
    ]


def _after_the_word(text: str, party: ActorMention, trigger: tuple[int, int]) -> bool:
    """Whether the party is named after the event word in its clause, as its object or where it
    goes ("تزويد الحوثيين", "مساعدات إلى الشعب اليمني"): the receiver."""
    return trigger[1] <= party.start and not any(c in text[trigger[1] : party.start] for c in _CLAUSE_MARKS)


def _subject_before(text: str, party: ActorMention, trigger_start: int) -> bool:
    """Whether the party is named before the event word in its clause, at most `_SUBJECT_WORDS`
    words before it ("إيران تواصل تزويد", "النظام الإيراني مستمر في تزويد")."""
    if party.end > trigger_start:
        return False
    gap = text[party.end : trigger_start]
    return len(gap.split()) <= _SUBJECT_WORDS and not any(c in gap for c in _CLAUSE_MARKS)


def giver_first(
    text: str,
    initiator: list[ActorMention],
    others: list[ActorMention],
    event_type: str,
    trigger: tuple[int, int],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The parties of a supply with its giver first: the party named right before the event
    word, perhaps with one of `doer_links` between, whose doer it is ("تورط النظام الإيراني
    بدعم الحوثيين", "عملت إيران على تزويد الحوثيين بالأسلحة"), the one named right after a
    word of origin ("الحوثيون يتزودون بصواريخ من إيران": Iran gives, the Houthis receive), or,
    when the initiator read is named after the word (its object, where it goes), the party
    named a few words before it ("إيران تواصل تزويد الحوثيين", "أرسلت السعودية يوم الاثنين
    مساعدات إلى الشعب اليمني"); the others in the order the text names them,
    the receiver first."""
    if event_type not in load_givers()[0]:
        return initiator, others
    double = double_object_giver(text, [*initiator, *others], trigger)
    if double is not None:
        return [double], sorted((a for a in (*initiator, *others) if a is not double), key=lambda a: a.start)
    genitive = genitive_giver(text, [*initiator, *others], trigger)
    if genitive is not None:
        rest = sorted((a for a in (*initiator, *others) if a is not genitive), key=lambda a: (a.start < trigger[0], a.start))
        return [genitive], rest
    origin = load_givers()[1]
    trigger_start = trigger[0]
    giver = next(
        (
            a
            for a in others
            if a.country
            and (
                (a.end <= trigger_start and text[a.end : trigger_start].strip() in load_doer_links())
                or origin.search(text, max(0, a.start - _REACH), a.start) is not None
            )
        ),
        None,
    )
    if giver is None and initiator and _after_the_word(text, initiator[0], trigger):
        giver = next((a for a in reversed(others) if a.country and _subject_before(text, a, trigger_start)), None)
    if giver is None or any(a.country == giver.country for a in initiator):
        return initiator, others
    rest = sorted((*initiator, *(a for a in others if a is not giver)), key=lambda a: a.start)
    return [giver], rest


def given_at_home(
    event: Event,
    place: PlaceMention | None,
    initiator: Sequence[ActorMention],
    others: Sequence[ActorMention],
    home: str | None,
    gazetteer: Gazetteer,
    spans: dict,
) -> None:
    """A supply whose sentence names no one it goes to and no place but the giver's ("Turkey
    dispatched three planes with rescue teams on Wednesday", "أرسلت تركيا ثلاث طائرات تحمل فرق
    إنقاذ", in a story of floods in Libya) is received in the country the article is about,
    not in the giver's: that country becomes its place (and one of its countries), unless it
    is the giver's own."""
    if event.event_type not in load_givers()[0] or home is None or place is not None:
        return
    givers = {a.country for a in initiator if a.country}
    if not givers or home in givers or any(a.country or a.members for a in others):
        return
    if (event.location or {}).get("country") not in (None, *givers):
        return
    event.location = _country_location(home, gazetteer)
    if home not in event.countries:
        event.countries.append(home)
    spans.pop("location", None)


@lru_cache(maxsize=4)
def _double_object_verbs(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A search for an Arabic verb of giving ending right before a name, and a match for an
    English one standing alone between two names (`givers.double_object_verbs`)."""
    words = load_assembly_rules(path).get("givers", {}).get("double_object_verbs", ())
    alternatives = alternation(words) if words else "(?!)"
    return (
        re.compile(r"(?<![^\s\"«])[وف]?(?:" + alternatives + r")\s+$"),
        re.compile(r"\s+(?:" + alternatives + r")\s+(?:the\s+)?", re.IGNORECASE),
    )


def double_object_giver(text: str, parties: Sequence[ActorMention], trigger: tuple[int, int]) -> ActorMention | None:
    """The giver of a verb of giving with two objects, the receiver named bare between the giver
    and the supply's word ("منحت السعودية مصر مساعدات", "أرسلت الولايات المتحدة إلى أوكرانيا
    شحنة أسلحة", "Saudi Arabia gave Egypt financial aid"): the first of two parties of different
    countries (or a group of states) named before the word, the Arabic one right after the verb,
    the English one right before it, the second right after the first (past إلى in Arabic) or the
    English verb. A body of no country (the EU) is no such party."""
    before = sorted((a for a in parties if (a.country or a.members) and a.end <= trigger[0]), key=lambda a: a.start)
    if len(before) < 2:
        return None
    arabic_verb, english_verb = _double_object_verbs()
    for giver, receiver in itertools.pairwise(before):
        if (giver.country and giver.country == receiver.country) or len(text[receiver.end : trigger[0]].split()) > _SUPPLY_WORDS:
            continue
        between = text[giver.end : receiver.start]
        if any(c in between for c in _CLAUSE_MARKS):
            continue
        if is_arabic(giver.text[:1]):
            verb = arabic_verb.search(text, max(0, giver.start - 16), giver.start)
            if verb is not None and between.strip() in ("", "إلى", "الى"):
                return giver
        elif english_verb.fullmatch(between) is not None:
            return giver
    return None
