"""The assembly rules of events/data/assembly.json, each loaded once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from events.model import EVENT_TYPES
from events.text.gates import gated_compile
from events.text.normalize import fold_str

ASSEMBLY_RULES = Path(__file__).resolve().parent.parent / "data" / "assembly.json"


@lru_cache(maxsize=4)
def load_assembly_rules(path: Path = ASSEMBLY_RULES) -> dict[str, Any]:
    """data/assembly.json, read once; the `load_*` functions below take their part of it."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def alternation(words: Iterable[str], spaced: bool = False) -> str:
    """A regular-expression alternation of `words`, each escaped, longest first so that the
    longest of two words that start alike wins; with `spaced`, a space within a phrase matches
    any run of spaces. Never empty: with no word it matches nothing."""
    escaped = [re.escape(w) for w in sorted(set(words), key=len, reverse=True)]
    if spaced:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return "|".join(escaped) or "(?!)"


_PROCLITIC_LETTERS = frozenset("وفبل")


def known_word(word: str, words: Collection[str]) -> bool:
    """Whether `word` is one of `words`, perhaps after one or two Arabic proclitic letters of which
    the first is و ف ب or ل (وقطعت، بقطع، وبالقمة، فخففت)."""
    return word in words or (word[:1] in _PROCLITIC_LETTERS and (word[1:] in words or word[2:] in words))


@lru_cache(maxsize=4)
def load_undated_precision(path: Path = ASSEMBLY_RULES) -> dict[str, str]:
    """Per event type, the precision of a date taken from the publication (data/assembly.json)."""
    return dict(load_assembly_rules(path).get("undated_precision", {}))


@lru_cache(maxsize=4)
def load_reaction_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for any verb of a reaction to a deed (data/assembly.json `reaction_verbs`:
    condemned, welcomed, أدانت, رحب), as a whole word."""
    words = load_assembly_rules(path).get("reaction_verbs", [])
    alternatives = alternation(words)
    return re.compile(r"(?<!\w)[وف]?(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_since_comparisons(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Superlatives and `first` that make `since` + a date a comparison (data/assembly.json)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path)["since_comparisons"])


_BY_PREPOSITIONS = (("من", "قبل"), ("من",), ("by",))


_TO_PREPOSITIONS = frozenset({"to", "with", "من", "مع"})


@dataclass(frozen=True)
class Backers:
    """The words that make the name after them a backer (data/assembly.json `backers`),
    lower-cased: `by` participles (before من/من قبل/by), `to` adjectives (before
    ل/مع/to/with/من), and the `suffix` endings joined to a name."""

    by: frozenset[str]
    to: frozenset[str]
    suffixes: tuple[str, ...]
    before_names: frozenset[str] = frozenset()  # every word that can stand right before a backer's name
    # every word and ending, bare: a stretch of text holding none has no backer
    words: tuple[str, ...] = ()
    # words right before a mediator's name ("بوساطة مصر", "برعاية روسيا"): never the place
    mediators: frozenset[str] = frozenset()
    # nouns of a proxy before the name they belong to ("حزب الله، وكيل إيران")
    proxies: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_backers(path: Path = ASSEMBLY_RULES) -> Backers:
    rules = load_assembly_rules(path).get("backers", {})
    by = frozenset(w.lower() for w in rules.get("by", ()))
    to = frozenset(w.lower() for w in rules.get("to", ()))
    suffixes = tuple(s.lower() for s in rules.get("suffix", ()))
    prepositions = {w for words in _BY_PREPOSITIONS for w in words} | _TO_PREPOSITIONS
    mediators = frozenset(w.lower() for w in rules.get("mediators", ()))
    proxies = frozenset(w.lower() for w in rules.get("proxies", ()))
    words = tuple(sorted({*by, *to, *mediators, *proxies, *(s.strip(" -") for s in suffixes)}))
    return Backers(by, to, suffixes, by | to | proxies | prepositions, words, mediators, proxies)


@lru_cache(maxsize=4)
def load_destination_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(fold_str(w) for w in load_assembly_rules(path).get("destination_words", ()))


@lru_cache(maxsize=4)
def load_destination_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(load_assembly_rules(path).get("destination_types", ()))


@lru_cache(maxsize=4)
def load_place_heads(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns after which a capital is a place (data/assembly.json `place_heads`), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("place_heads", ()))


@lru_cache(maxsize=4)
def load_party_prepositions(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Prepositions of the side dealt with (data/assembly.json `party_prepositions`: with, on, مع، على), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("party_prepositions", ()))


@lru_cache(maxsize=4)
def load_partner_polity_heads(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns of a polity between a partner word and a region's name (data/assembly.json
    `partner_polity_heads`: مع إقليم ...), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("partner_polity_heads", ()))


@lru_cache(maxsize=4)
def load_partner_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words after which a capital names a government dealt with (data/assembly.json `partner_words`)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("partner_words", ()))


@lru_cache(maxsize=4)
def load_pair_anaphors(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    words = load_assembly_rules(path).get("pair_anaphors", ())
    return gated_compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_triple_anaphors(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word that names an event's parties only as the three told before
    (data/assembly.json `triple_anaphors`: the three sides, الأطراف الثلاثة)."""
    words = load_assembly_rules(path).get("triple_anaphors", ())
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_topic_markers(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """Event types whose parties stand before the words that open their topic, and
    those words ("met Trump ... to discuss the crisis in Qatar", "لبحث الأزمة مع قطر")."""
    rules = load_assembly_rules(path).get("topic_markers", {})
    words = (*rules.get("en", ()), *rules.get("ar", ()))
    alternatives = alternation(words)
    return frozenset(rules.get("types", ())), gated_compile(r"\b(?:" + alternatives + r")\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_discussion_verbs(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The types a discussion is itself, and a search for a verb of discussion
    ("discussed", "بحث"): an event word after it in its sentence is a topic talked
    about ("The ministers discussed the situation in Syria, the normalization of
    Syrian-Turkish relations"), not an event of the day."""
    rules = load_assembly_rules(path).get("discussion_verbs", {})
    words = rules.get("words", ())
    alternatives = alternation(words)
    return frozenset(rules.get("except_types", ())), re.compile(
        r"(?<!\S)[وف]?(?:" + alternatives + r")(?!\S)", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def load_recalled_by(path: Path = ASSEMBLY_RULES) -> dict[str, re.Pattern[str]]:
    """By event type, a search for a noun that presupposes the event word after it
    (data/assembly.json `recalled_by`), ending right before that word; not one right before
    an ordinal of `recalled_not_before` after one of its heads (الدور الثاني: a round, not a role)."""
    table: dict[str, list[str]] = load_assembly_rules(path).get("recalled_by", {})
    common = table.get("*", [])
    # "في الدور الثاني من الانتخابات": a round of the vote, not a role in it
    rounds = load_assembly_rules(path).get("recalled_not_before", {})
    heads, ordinals = set(rounds.get("heads", ())), alternation(rounds.get("words", ()))
    types = {t for key in table if key != "*" for t in key.split()} | set(EVENT_TYPES)
    out: dict[str, re.Pattern[str]] = {}
    for event_type in types:
        words = common + [w for key, ws in table.items() if event_type in key.split() for w in ws]
        others = alternation([w for w in words if w not in heads])
        roles = alternation([w for w in words if w in heads])
        out[event_type] = gated_compile(
            r"(?<!\S)[وفبل]?(?:ال|لل)?(?:" + others + r"|(?:" + roles + r")(?!\s+(?:" + ordinals + r")(?!\S)))"
            r"(?:\s+[^\s.!?؟,،;]+){0,3}\s+$",
            re.IGNORECASE,
        )
    return out


@lru_cache(maxsize=4)
def load_location_roles(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """Types located at their target, and CAMEO codes of hosting (data/assembly.json)."""
    data = load_assembly_rules(path)
    return frozenset(data.get("location_at_target", ())), frozenset(data.get("host_cameo", ()))


@lru_cache(maxsize=4)
def load_participles(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the participles that open a clause about the noun before them
    (data/assembly.json `attributive_participles`), as whole words after a space."""
    words = load_assembly_rules(path).get("attributive_participles", ())
    alternatives = alternation(words)
    return re.compile(r"\s[وف]?(?:" + alternatives + r")(?=\s)", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_retold_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    return frozenset(load_assembly_rules(path).get("retold_types", ()))


@lru_cache(maxsize=4)
def load_runoff_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for the words of an election's second round (`runoff_words` of assembly.json:
    جولة الإعادة، الجولة الثانية, a runoff), as whole words."""
    words = load_assembly_rules(path).get("runoff_words", ())
    alternatives = alternation(words)
    return re.compile(r"(?<![^\W\d_])[وفب]?(?:" + alternatives + r")(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_earlier_in_period(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a phrase of a time earlier in the current week, month or year that ends a
    text (`earlier_in_period` of assembly.json: earlier this month, مطلع الشهر الجاري), folded,
    its spaces matching any run of spaces."""
    words = [fold_str(w).lower() for w in load_assembly_rules(path).get("earlier_in_period", {}).get("phrases", ())]
    return re.compile(r"(?<![^\W\d_])[وفب]?(?:" + alternation(words, spaced=True) + r")\W*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_measure_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The words that open the telling of one measure of a sanction (`measure_words` of
    assembly.json: a ban, a suspension, a freeze; منعت، تعليق، إيقاف, banned),
    folded and lower-cased."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("measure_words", ()))


@lru_cache(maxsize=4)
def load_ballot_acts(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The words of casting a vote (data/assembly.json `ballot_acts`: cast, ballot, polling
    station, أدلى، صناديق الاقتراع), matched as a whole event word."""
    words = load_assembly_rules(path).get("ballot_acts", ())
    alternatives = alternation(words)
    return re.compile(r"[وف]?(?:" + alternatives + r")", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_definition(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word being defined (data/assembly.json `definition_nouns` after the/a: 'the term',
    'a word') and the verb that defines it further on in the clause (`definition_verbs`: 'to
    mean', 'refers to', 'use for'), or a 'for' right after the word and its quoted form ('the
    term "neutralised" for militants ...')."""
    data = load_assembly_rules(path)
    nouns = alternation(data.get("definition_nouns", ()))
    verbs = alternation(data.get("definition_verbs", ()), spaced=True)
    return re.compile(
        r"\b(?:the|a|an)\s+(?:" + nouns + r")\b(?:[^.;:]*?\b(?:" + verbs + r")|\s+(?:[\"“'][^\"”']{1,40}[\"”']\s+)?for)\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_citation(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A cited source's noun and the participle that gives its own day, ending right where a
    date starts (data/assembly.json `citation_nouns`, `citation_participles`: 'a report
    published on', 'an investigation released last', 'the study issued in')."""
    data = load_assembly_rules(path)
    nouns = alternation(data.get("citation_nouns", ()))
    parts = alternation(data.get("citation_participles", ()), spaced=True)
    return re.compile(
        r"\b(?:" + nouns + r")\s+(?:[\w'-]+\s+){0,3}?(?:" + parts + r")\s+(?:on\s+|in\s+|at\s+|earlier\s+|)$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_flight_safety(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The nouns of flights (data/assembly.json `flight_nouns`), and a cause of safety given
    for a step (`safety_cause_links` then, within four words, one of `safety_causes`:
    'citing security concerns', 'because of the regional situation', 'بسبب الأوضاع الأمنية')."""
    data = load_assembly_rules(path)

    def alternatives(key: str) -> str:
        words = data.get(key, ())
        return alternation(words, spaced=True)

    flights = gated_compile(r"(?<!\w)(?:" + alternatives("flight_nouns") + r")(?!\w)", re.IGNORECASE)
    cause = gated_compile(
        r"(?<!\w)[وف]?(?:" + alternatives("safety_cause_links") + r")(?!\w)(?:\W+\w+){0,4}?\W+(?:ال)?(?:"
        + alternatives("safety_causes")
        + r")(?!\w)",
        re.IGNORECASE,
    )
    return flights, cause


@lru_cache(maxsize=4)
def load_span_ends(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, ending right where a time starts, for a word that makes it the end of a span
    (data/assembly.json `span_end_words`: until, حتى), with the words `between` allows after it."""
    rules = load_assembly_rules(path).get("span_end_words", {})
    words = alternation(rules.get("words", ()), spaced=True)
    between = alternation(rules.get("between", ()), spaced=True)
    return re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + words + r")\s+(?:(?:" + between + r")\s+)?$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_future_modals(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word that opens a plan (data/assembly.json `future_modals`: will, would,
    is due to, من المقرر أن), as whole words."""
    words = load_assembly_rules(path).get("future_modals", ())
    alternatives = alternation(words, spaced=True)
    return re.compile(r"(?<![^\W\d_])[وف]?(?:" + alternatives + r")(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_cause_links(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """English words that give a cause (data/assembly.json `cause_links`: because of, due to),
    ending right before the next word."""
    words = load_assembly_rules(path).get("cause_links", ())
    alternatives = alternation(words, spaced=True)
    return re.compile(r"\b(?:" + alternatives + r")\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_own_forces(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, right after a verb of saying, for the speaker's own forces as the subject of
    what is said (data/assembly.json `own_forces_nouns` after its/their, perhaps after 'that'
    and a day: "said on Monday its forces", "said their jets")."""
    words = load_assembly_rules(path).get("own_forces_nouns", ())
    alternatives = alternation(words, spaced=True)
    return re.compile(
        r"(?:\s+(?:on|late on|early on)\s+[A-Z][a-z]+)?,?\s+(?:that\s+)?(?:its|their)\s+(?:" + alternatives + r")\s",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class AgreedViews:
    """The words of an agreement on a view (data/assembly.json `agreed_views`), folded."""

    verbs: frozenset[str]
    that: frozenset[str]
    that_pronouns: frozenset[str]
    subjects: frozenset[str]


@lru_cache(maxsize=4)
def load_agreed_views(path: Path = ASSEMBLY_RULES) -> AgreedViews:
    """The verbs of agreeing and the words after على that make the agreement a shared view."""
    raw = load_assembly_rules(path)["agreed_views"]

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold_str(w) for w in raw[key])

    return AgreedViews(folded("verbs"), folded("that"), folded("that_pronouns"), folded("subjects"))


@lru_cache(maxsize=4)
def load_speaker_country_nouns(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches, Arabic and English, for a noun of the speaker's own country or government
    (data/assembly.json `speaker_country_nouns`) as a whole word or phrase."""
    raw = load_assembly_rules(path)["speaker_country_nouns"]

    def alternatives(words: list[str]) -> str:
        return alternation(words)

    return re.compile("(?:" + alternatives(raw["ar"]) + r")(?!\w)"), re.compile(
        "(?:" + alternatives(raw["en"]) + r")(?!\w)", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def load_reference_points(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of time that take an event as a point of reference (data/assembly.json
    `reference_points`: قبل، بعد، before, after), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path)["reference_points"])


@lru_cache(maxsize=4)
def load_interception_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of intercepting or detecting a missile (data/assembly.json `interception_words`), folded."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path)["interception_words"])


@lru_cache(maxsize=4)
def load_fronted_date_openers(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A full match for what may stand before a date that opens a sentence (data/assembly.json
    `fronted_date_openers`: on, in, early on), or an Arabic conjunction joined to the date
    (`fronted_date_proclitics`: ومساء الخميس), after any bullet mark, or nothing."""
    rules = load_assembly_rules(path)
    alternatives = alternation(rules.get("fronted_date_openers", ()), spaced=True)
    joined = "".join(rules.get("fronted_date_proclitics", ()))
    return re.compile(r"[\s\-–—•*·]*(?:(?:" + alternatives + r")\s+|[" + joined + r"])?", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_one_country_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of one country's own doing, whose parties are those of their clause once it
    names a country (data/assembly.json `one_country_types`)."""
    return frozenset(load_assembly_rules(path).get("one_country_types", ()))


@lru_cache(maxsize=4)
def load_unjoined_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of a deed no other state joins (data/assembly.json `unjoined_types`)."""
    return frozenset(load_assembly_rules(path).get("unjoined_types", ()))


@lru_cache(maxsize=4)
def load_next_day_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types of a deed done once that the news tells on two days in a row (data/assembly.json
    `next_day_types`)."""
    return frozenset(load_assembly_rules(path).get("next_day_types", ()))


@lru_cache(maxsize=4)
def load_ongoing_announcements(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for an English verb of saying ending right before a date (perhaps with a
    short phrase of its medium between: announced on state television on Monday) and for an
    auxiliary of the progressive ending right before an event word (`ongoing_announcements`
    of assembly.json: announced ... was cutting)."""
    rules = load_assembly_rules(path)["ongoing_announcements"]
    saying = re.compile(
        r"(?<![^\W\d_])(?:" + alternation(rules["sayings"], spaced=True)
        + r")\s+(?:(?:on|in|at|to|via)\s+(?:[^\W\d_][\w'’-]*\s+){1,3}?)?(?:(?:late|early)\s+)?(?:on\s+)?\Z",
        re.IGNORECASE,
    )
    auxiliary = re.compile(r"(?<![^\W\d_])(?:" + alternation(rules["auxiliaries"]) + r")\s+\Z", re.IGNORECASE)
    return saying, auxiliary


# the most words between an event word and a phrase of the year after or before ("restoring ties
# with neighbouring Eritrea the year before")
_YEAR_PHRASE_WORDS = 5


@lru_cache(maxsize=4)
def load_following_years(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at most `_YEAR_PHRASE_WORDS` words after an event word, of a phrase that puts the
    deed in the year after the one told before it (`following_years` of assembly.json: the
    following year, a year later, في العام التالي)."""
    words = load_assembly_rules(path)["following_years"]
    return re.compile(
        r"\s+(?:[^\W\d_]+\s+){0," + str(_YEAR_PHRASE_WORDS) + r"}?(?:" + alternation(words, spaced=True) + r")(?![^\W\d_])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_preceding_years(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at most `_YEAR_PHRASE_WORDS` words after an event word, of a phrase that puts the
    deed in the year before the one told before it and closes its clause (`preceding_years` of
    assembly.json: the year before, a year earlier, في العام السابق; not "the year before the war")."""
    words = load_assembly_rules(path).get("preceding_years", {}).get("phrases", ())
    return re.compile(
        r"\s+(?:[^\W\d_]+\s+){0," + str(_YEAR_PHRASE_WORDS) + r"}?(?:" + alternation(words, spaced=True) + r")"
        r"(?=\s*(?:[.,;:!?،؛)\"”]|\Z|and\s|و))",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_offensive_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The types of event told as a campaign of many days (`offensive_types` of assembly.json)."""
    return frozenset(load_assembly_rules(path).get("offensive_types", ()))


@lru_cache(maxsize=4)
def load_campaign_accompaniments(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of accompaniment (`campaign_accompaniments` of assembly.json:
    تترافق مع، accompanied by) ending right before an event word, in folded lower-case text."""
    words = [fold_str(w).lower() for w in load_assembly_rules(path).get("campaign_accompaniments", ())]
    return re.compile(r"(?<![^\W\d_])(?:" + alternation(words, spaced=True) + r")(?:\s+\S+)?\s*$")
