"""An oath of office told twice in one article ("أدى الرئيس السيسي اليمين الدستورية لولاية
ثانية ..." in the lead, "أدى الرئيس السيسي السبت اليمين الدستورية أمام البرلمان" further on):
one person takes an office's oath once, so two oaths of one day naming the same person are one
event, though each is told by a verb of its own (data/assembly.json `oath_words`)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.actors import load_actors
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate, named_people, undated_and_dated
from events.model import Event
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str


@lru_cache(maxsize=4)
def load_oath_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of an oath of office (`oath_words`)."""
    words = alternation(load_assembly_rules(path).get("oath_words", ()), spaced=True)
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


_OATH_REACH = 12  # words from the verb of an oath to the oath: the oath-taker's titles and name, a time


def an_oath(event: Event) -> bool:
    """Whether an appointment is told by an oath: a word of an oath as its event word or within
    `_OATH_REACH` words after it in its sentence ("وأدى بن عوف مساء الخميس اليمين الدستورية")."""
    if event.event_type != "appointment" or not event.quote or not event.trigger:
        return False
    at = event.quote.find(event.trigger)
    if at < 0:
        return False
    words = event.quote[at:].split()[: _OATH_REACH + 1]
    return load_oath_words().search(" ".join(words)) is not None


# a personal pronoun as the subject of the oath, an auxiliary between ("he was sworn in", "she took the oath")
_PRONOUN_SUBJECT = LazyPattern(r"(?<![\w-])(?:he|she)\s+(?:(?:was|had\s+been|has\s+been|had|has)\s+)?$", re.IGNORECASE)


# a word of time right before the noun of an oath ("عقب أداء اليمين", "after the swearing-in")
_AFTER_THE_OATH = LazyPattern(r"(?<![^\W\d_])(?:[وف]?(?:عقب|بعد|إثر|اثر|قبيل|قبل)|after|following|before)\s+(?:the\s+|his\s+|her\s+)?$", re.IGNORECASE)


def _oath_after(event: Event) -> bool:
    """Whether the oath is told by its noun after a word of time and names no person («وقال
    منصور، في كلمة عقب أداء اليمين»): the oath the article told, taken up as a time."""
    quote, trigger = event.spans.get("quote"), event.spans.get("trigger")
    at = trigger[0] - quote[0] if quote and trigger else -1
    if at <= 0 or _AFTER_THE_OATH.search(event.quote, max(0, at - 20), at) is None:
        return False
    actors = load_actors()
    return not any((entry := actors.get(x)) is not None and entry.kind == "person" for x in event.actors)


def _sworn_by_pronoun(event: Event) -> bool:
    """Whether an English oath names its taker only by a personal pronoun right before its word."""
    at = event.quote.find(event.trigger) if event.quote and event.trigger else -1
    return at > 0 and _PRONOUN_SUBJECT.search(event.quote, max(0, at - 25), at) is not None


def one_oath(a: Event, b: Event) -> bool:
    """Whether two appointments are oaths of the same day naming one person (not only a country,
    nor only the body both are sworn into: a head and his deputy sworn into one council), or of
    one country, one of them naming its taker only by a pronoun ("after he was sworn in") or
    told by its noun after a word of time, naming no one («في كلمة عقب أداء اليمين»)."""
    if a.date != b.date or not (an_oath(a) and an_oath(b)):
        return False
    shared = set(a.actors) & set(b.actors)
    if not shared:
        # "has stepped down, just one day after he was sworn in": the oath-taker told by a pronoun
        # is the one sworn in that day the article names
        return (_sworn_by_pronoun(a) or _sworn_by_pronoun(b) or _oath_after(a) or _oath_after(b)) and bool(
            set(a.countries) & set(b.countries)
        )
    actors = load_actors()
    return any(
        ((entry := actors.get(x)) is None or entry.kind == "person") and not (_possessor_only(a, x) or _possessor_only(b, x))
        for x in shared
    )


_POSSESSIVE = LazyPattern(r"['’]s?(?!\w)")


def _possessor_only(event: Event, actor_id: str) -> bool:
    """Whether every name of the actor in the event's sentence is an English possessor ("Thabo
    Mbeki of Mandela's African National Congress ... were sworn in"): the owner of another name,
    not one sworn in."""
    quote, spans = event.spans.get("quote"), event.spans.get("actors", {}).get(actor_id)
    trigger = event.spans.get("trigger")
    if not quote or not spans or not trigger:
        return False
    return all(
        (owned := _POSSESSIVE.match(event.quote, end - quote[0])) is not None
        # "Mandela's swearing-in": the oath itself is what he owns, so he took it
        and event.quote[owned.end() : trigger[0] - quote[0]].strip() != ""
        for _, end in spans
    )


@lru_cache(maxsize=4)
def load_resignation_words(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and the nouns of a resignation (`resignation_words`), folded to lower case."""
    words = load_assembly_rules(path).get("resignation_words", {})
    return (
        frozenset(w.lower() for w in words.get("verbs", ())),
        frozenset(w.lower() for w in words.get("nouns", ())),
    )


@lru_cache(maxsize=4)
def _possessed_resignation(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The English and the Arabic search, ending at the event word's end, for a word of time
    (`possessed_points`), a possessive and a noun of a resignation (`possessed`) with it."""
    words = load_assembly_rules(path).get("resignation_words", {})
    points = alternation(fold_str(w).lower() for w in words.get("possessed_points", ()))
    nouns = words.get("possessed", {})
    en = re.compile(
        r"(?<!\w)(?:" + points + r")\s+(?:" + alternation(words.get("en_possessives", ())) + r")\s+(?:"
        + alternation(nouns.get("en", ())) + r")$",
        re.IGNORECASE,
    )
    suffix = alternation(words.get("ar_suffixes", ()))
    ar = re.compile(
        r"(?<!\w)(?:" + points + r")\s+[لب]?(?:" + alternation(fold_str(w)[:-1] + "ت" for w in nouns.get("ar", ()) if w.endswith("ة"))
        + "|" + alternation(fold_str(w) for w in nouns.get("ar", ()) if not w.endswith("ة")) + r")(?:" + suffix + r")$"
    )
    return en, ar


def retold_own_resignation(text: str, cand: _Candidate) -> bool:
    """Whether a resignation is told by its noun with the possessive of its person, right after a
    word of time ("said after his resignation that", "for the first time since his resignation",
    «قال بعد استقالته إنه», «منذ إقالتها»): the time of another deed, a resignation done before,
    not the day's news."""
    if cand.event_type != "appointment":
        return False
    en, ar = _possessed_resignation()
    before = fold_str(text[max(cand.sentence[0], cand.trigger[1] - 40) : cand.trigger[1]])
    return en.search(before) is not None or ar.search(before) is not None


_COUNTRY_CODE = LazyPattern(r"[A-Z]{3}")


def _the_noun(event: Event, nouns: frozenset[str]) -> bool:
    """Whether the event word is a noun of a resignation with its article and nothing annexed to
    it: "الاستقالة", "the resignation" not followed by "of" (the resignation of the minister)."""
    at = event.quote.find(event.trigger) if event.quote else -1
    if at < 0:
        return False
    before = event.quote[:at].split()[-1:]
    after = event.quote[at + len(event.trigger) :].split()[:1]
    if event.trigger.lower() in nouns:
        return True
    return " ".join([*before, event.trigger]).lower() in nouns and [w.lower() for w in after] != ["of"]


def one_resignation(a: Event, b: Event) -> bool:
    """Whether two appointments are one resignation told by its verb and again by its noun
    ("Bouteflika has resigned ... as news of the resignation spread", "استقال بوتفليقة ... مع انتشار
    خبر الاستقالة"): they share a country, the noun names no one but the verb's people and
    countries, and it is told on the verb's day or, with no date of its own, the day after it."""
    if a.event_type != "appointment" or b.event_type != "appointment" or not a.trigger or not b.trigger:
        return False
    verbs, nouns = load_resignation_words()
    if _the_noun(b, nouns) and a.trigger.lower() in verbs:
        pass
    elif _the_noun(a, nouns) and b.trigger.lower() in verbs:
        a, b = b, a
    else:
        return False
    verb, noun = a, b
    if not set(verb.countries) & set(noun.countries):
        return False
    if any(x not in verb.actors and not _COUNTRY_CODE.fullmatch(x) for x in noun.actors):
        return False  # "the resignation of the interior minister": another person's
    if verb.date == noun.date:
        return True
    if noun.date_basis != "publication" or verb.date_basis == "publication" or not verb.date or not noun.date:
        return False
    try:
        days = (date.fromisoformat(noun.date) - date.fromisoformat(verb.date)).days
    except ValueError:
        return False
    return days == 1


def one_persons_resignation(a: Event, b: Event) -> bool:
    """Whether two appointments are one person's resignation told twice by its verb on one day
    ("a day after Prime Minister Sheikh Hasina resigned ... Hasina, 76, resigned on Monday"): both
    are verbs of resigning, of the same day, and name one person before the verb, the one who
    resigned (not only a possessor of another name, nor one named after it: "in a letter to
    Prime Minister Hassan Diab")."""
    if a.event_type != "appointment" or b.event_type != "appointment" or not a.trigger or not b.trigger:
        return False
    if a.date != b.date or not a.date or len(a.date) < 10:
        return False
    verbs, _nouns = load_resignation_words()
    if a.trigger.lower() not in verbs or b.trigger.lower() not in verbs:
        return False
    actors = load_actors()
    return any(
        (entry := actors.get(x)) is not None
        and entry.kind == "person"
        and not (_possessor_only(a, x) or _possessor_only(b, x))
        and _named_before_the_verb(a, x)
        and _named_before_the_verb(b, x)
        for x in set(a.actors) & set(b.actors)
    )


def _named_before_the_verb(event: Event, actor_id: str) -> bool:
    """Whether the actor is named before the event's verb, as the one who resigned is ("Hasina,
    76, resigned"), not after it ("resigned in a letter to Prime Minister Hassan Diab")."""
    trigger = event.spans.get("trigger")
    spans = event.spans.get("actors", {}).get(actor_id)
    return bool(trigger and spans) and any(end <= trigger[0] for _start, end in spans)


# the most days an oath told with a day of its own may lie before the publication for a telling
# of an oath with none to be that oath again
RETOLD_OATH_DAYS = 7


def oath_retold(a: Event, b: Event) -> bool:
    """Whether of two oaths of office of the same countries one has no date of its own (dated by
    the publication) and the other a day of the week before ("was sworn in as sultan on Saturday
    ... Haitham, 65, took the oath at a session of the ruling family council"): the oath told
    again, on that day; never two oaths each with a day of its own."""
    if not (an_oath(a) and an_oath(b)) or set(a.countries) != set(b.countries):
        return False
    told = undated_and_dated(a, b)
    if told is None or not 0 < told[2] <= RETOLD_OATH_DAYS:
        return False
    undated, dated, _ = told
    persons, others = named_people(dated), named_people(undated)
    if not persons:
        return False  # "Kenya's Chief Justice was sworn in on Friday": whose oath another telling is, unknown
    if others and not persons & others:
        return False  # two persons named, each sworn in
    # "Lawmakers were sworn in at a ceremony": others' oath, unless it names the person again
    return bool(others) or _names_again(undated, dated, persons)


# a word of a name: a capitalised Latin word, or an Arabic word, of three letters or more
_NAME_WORD = LazyPattern(r"[A-Z][\w'’-]{2,}|[\u0621-\u064a]{3,}")


def _names_again(undated: Event, dated: Event, persons: set[str]) -> bool:
    """Whether the undated oath's sentence, before its word, names again a word of a name the
    dated oath gives its person by ("Haitham bin Tariq al-Said was sworn in ... Haitham, 65, ...
    took the oath")."""
    quote, trigger = undated.spans.get("quote"), undated.spans.get("trigger")
    dq = dated.spans.get("quote")
    if not quote or not trigger or not dq:
        return False
    words: set[str] = set()
    for actor in persons:
        for start, end in dated.spans.get("actors", {}).get(actor, ()):
            words.update(_NAME_WORD.findall(dated.quote[start - dq[0] : end - dq[0]]))
    before = undated.quote[: trigger[0] - quote[0]]
    return any(w in words for w in _NAME_WORD.findall(before))
