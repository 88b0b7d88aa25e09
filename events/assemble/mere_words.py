"""Event words that tell no deed: protesters who only speak or are spoken to ("but protesters
said ...", "ready for dialogue with the young protesters", وقال المحتجون), or whom a force is
used against or a deed befell ("the crackdown on protesters", القوة ضد المتظاهرين, "30 protesters
have been killed"); a deed named as the
grounds of an accusation ("accused the party of 'treason' for agreeing to withdraw"); a verb of
mediation whose object is an exchange or a deal ("Oman mediated a prisoner swap"), no meeting;
the terms of a truce the article told before ("Under the ceasefire, troops are due to
withdraw", "The truce did not cover Israel"), no new ceasefire; and sanctions named as what is
lifted, eased or waived ("طالبت دمشق برفع العقوبات", "a waiver from the sanctions") or as what a
deed breaches ("in breach of a U.N. embargo", في خرق للحظر): sanctions in force, no new measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events.assemble.crisis_topics import _a_crisis_to_resolve
from events.assemble.premises_visits import _a_visit_to_premises
from events.assemble.rules import alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event

_WORD = r"[\w'’\"-]+"


@lru_cache(maxsize=1)
def _crowd_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The agent nouns; a verb of saying, or the possessive of a noun of demands, right after one;
    a verb of saying, words of address or a noun of demands right before one, perhaps with two
    words between (assembly.json `crowds_spoken_of`)."""
    rules = load_assembly_rules()["crowds_spoken_of"]
    agents = re.compile(rf"(?:[وف]?)(?:{alternation(rules['agents'])})", re.IGNORECASE)
    # a verb of saying right after one, or a passive of what befell them ("protesters were killed")
    after = [*rules["en_saying"], *rules.get("en_suffered", ())]
    # or the possessive of a noun of what they demand ("the protesters' demands")
    saying_after = re.compile(
        rf"\s+(?:{alternation(after, spaced=True)})(?!\w)"
        rf"|['’]\s*(?:{alternation(rules.get('en_claims_after', ()))})(?!\w)",
        re.IGNORECASE,
    )
    saying_before = re.compile(rf"(?<!\w)(?:{alternation(rules['ar_saying'])})\s+$")
    # words of address, nouns of force aimed at them ("the crackdown on protesters") and nouns of
    # what they demand ("the demands of protesters", مطالب المحتجين)
    address = alternation(
        [
            *rules["en_address"],
            *rules["ar_address"],
            *rules.get("en_force", ()),
            *rules.get("ar_force", ()),
            *rules.get("en_claims", ()),
            *rules.get("ar_claims", ()),
        ],
        spaced=True,
    )
    address_before = re.compile(rf"(?<!\w)(?:{address})(?:\s+{_WORD}){{0,2}}\s+$", re.IGNORECASE)
    return agents, saying_after, saying_before, address_before


def _a_crowd_spoken_of(text: str, cand: _Candidate) -> bool:
    """Whether a protest's word is an agent noun that only speaks or is spoken to, that a
    force is used against or a deed befalls, or that is named only as the owner of demands."""
    agents, saying_after, saying_before, address_before = _crowd_patterns()
    if cand.event_type != "protest" or agents.fullmatch(cand.trigger_text.strip()) is None:
        return False
    before = text[max(cand.sentence[0], cand.trigger[0] - 60) : cand.trigger[0]]
    return (
        saying_after.match(text, cand.trigger[1]) is not None
        or saying_before.search(before) is not None
        or address_before.search(before) is not None
    )


@lru_cache(maxsize=1)
def _charge_grounds() -> re.Pattern[str]:
    """An accusation, its charge after `of`, then the word of its grounds, ending right before
    the event word, all in one clause (assembly.json `charge_grounds`)."""
    rules = load_assembly_rules()["charge_grounds"]
    return re.compile(
        rf"(?<!\w)(?:{alternation(rules['verbs'])})\s[^.;:!?،؛]{{0,80}}?\s(?:{alternation(rules['of'])})"
        rf"\s[^.;:!?،؛]{{0,40}}?\s(?:{alternation(rules['grounds'])})\s+$",
        re.IGNORECASE,
    )


def _the_grounds_of_a_charge(text: str, cand: _Candidate) -> bool:
    """Whether the event word is a deed named as the grounds of an accusation: with no date of
    its own it is a charge, not a deed told as done."""
    before = text[max(cand.sentence[0], cand.trigger[0] - 160) : cand.trigger[0]]
    return _charge_grounds().search(before) is not None


@lru_cache(maxsize=1)
def _mediated_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of mediation; its object, an exchange or a deal, within two words after it
    (assembly.json `mediated_objects`)."""
    rules = load_assembly_rules()["mediated_objects"]
    verbs = re.compile(alternation(rules["verbs"]), re.IGNORECASE)
    objects = re.compile(rf"(?:\s+{_WORD}){{0,2}}?\s+(?:{alternation(rules['objects'])})(?!\w)", re.IGNORECASE)
    return verbs, objects


def _a_mediated_object(text: str, cand: _Candidate) -> bool:
    """Whether a meeting's word is a verb of mediation whose object is an exchange or a deal."""
    verbs, objects = _mediated_patterns()
    return (
        cand.event_type == "meeting"
        and verbs.fullmatch(cand.trigger_text.strip()) is not None
        and objects.match(text, cand.trigger[1]) is not None
    )


def _names_no_deed(text: str, cand: _Candidate) -> bool:
    """Whether the event word, whatever its date, tells no deed of its type: protesters spoken
    of, a mediated exchange or deal, a call at a consulate, a crisis a mediator means to
    resolve. (The grounds of a charge, which may be a deed told with a day of its own, are
    left out only without one: see `_the_grounds_of_a_charge`.)"""
    return (
        _a_crowd_spoken_of(text, cand)
        or _a_mediated_object(text, cand)
        or _a_visit_to_premises(text, cand)
        or _a_crisis_to_resolve(text, cand)
        or _sanctions_in_force(text, cand)
    )


@lru_cache(maxsize=1)
def _in_force_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A bare noun of sanctions; a word of lifting, easing or waiving at most `words` words
    before it, ending right before it; one at most `after_words` words after it, starting
    right after it, commas and initials between (assembly.json `measures_in_force`)."""
    rules = load_assembly_rules()["measures_in_force"]
    noun = re.compile(rf"[وفبل]?(?:ال|لل)?(?:{alternation(rules['nouns'])})", re.IGNORECASE)
    words = int(rules["words"])
    before = re.compile(
        rf"(?<!\S)[وفبل]?(?:ال|لل)?(?:{alternation(rules['before'], spaced=True)})(?:\s+(?:(?:[A-Z]\.)+|[^\s.!?؟,،;:]+)){{0,{words}}}\s+$",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"(?:,?\s+(?:(?:[A-Z]\.)+|[^\s.!?؟,،;:]+)){{0,{int(rules.get('after_words', 0))}}},?\s+(?:{alternation(rules.get('after', ()), spaced=True)})(?!\w)",
        re.IGNORECASE,
    )
    return noun, before, after


def _sanctions_in_force(text: str, cand: _Candidate) -> bool:
    """Whether a sanctions word is a bare noun of the measures that something lifts, eases,
    waives or breaches ("in violation of the U.N. arms embargo", "برفع العقوبات الغربية", "الإعفاء الممنوح للعراق من العقوبات", "the lifting of
    sanctions", "sanctions imposed by the U.S. and the EU will be lifted once ...", "sanctions relief"); a name
    added to a sanctions list is a new measure: sanctions already in force, no new measure. A word
    read as an epithet (`lifted_measures`: "easing the blockade of Gaza") is left to the catalog, which
    dates the measure imposed or gives none."""
    if cand.event_type != "sanctions" or cand.epithet:
        return False
    noun, before, after = _in_force_patterns()
    if noun.fullmatch(cand.trigger_text.strip()) is None:
        return False
    return (
        before.search(text, max(cand.sentence[0], cand.trigger[0] - 80), cand.trigger[0]) is not None
        or after.match(text, cand.trigger[1], cand.sentence[1]) is not None
    )


@lru_cache(maxsize=1)
def _truce_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words of `under` right before a truce's word; a definite word right before it; a verb of
    its scope right after it (assembly.json `truce_terms`)."""
    rules = load_assembly_rules()["truce_terms"]
    under = re.compile(rf"(?<!\w)(?:{alternation(rules['under'], spaced=True)})\s*$", re.IGNORECASE)
    definite = re.compile(rf"(?<!\w)(?:{alternation(rules['determiners'])})\s+$", re.IGNORECASE)
    scope = re.compile(rf"\s+(?:{alternation(rules['scope'], spaced=True)})(?!\w)", re.IGNORECASE)
    return under, definite, scope


def _a_told_truce_again(text: str, cand: _Candidate, told: Sequence[Event]) -> bool:
    """Whether a ceasefire's word tells the terms of a ceasefire the article told before."""
    if cand.event_type != "ceasefire" or cand.reference_id is not None:
        return False
    if not any(ev.event_type == "ceasefire" for ev in told):
        return False
    under, definite, scope = _truce_patterns()
    before = text[max(cand.sentence[0], cand.trigger[0] - 30) : cand.trigger[0]]
    return under.search(before) is not None or (
        definite.search(before) is not None and scope.match(text, cand.trigger[1]) is not None
    )


@lru_cache(maxsize=1)
def _definite_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An Arabic definite noun of sanctions alone; a word of new measures right after it
    (assembly.json `measures_in_force`)."""
    rules = load_assembly_rules()["measures_in_force"]
    nouns = alternation(n.removeprefix("ال") for n in rules["definite_nouns"])
    definite = re.compile(rf"[وفب]?(?:ال|لل)(?:{nouns})")
    new = re.compile(rf"\s+(?:{alternation(rules['new_words'])})(?!\w)")
    return definite, new


def known_sanctions(text: str, cand: _Candidate) -> bool:
    """Whether a sanctions word is an Arabic definite noun alone, with no word of new measures
    after it ("قالت واشنطن إن العقوبات لا تستهدف المساعدات", "مدرج على لائحة العقوبات"): the
    sanctions the reader knows, in force, which a sentence with no time expression of its own
    speaks of; no new measure ("فرضت واشنطن عقوبات", "أعلنت العقوبات الجديدة" are)."""
    if cand.event_type != "sanctions":
        return False
    definite, new = _definite_patterns()
    return definite.fullmatch(cand.trigger_text.strip()) is not None and new.match(text, cand.trigger[1]) is None
