"""Which event words of a sentence make events: one per asserted trigger and
clause, the stronger type absorbing the weaker, reports and discussions told apart.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.after_years import lead_up_to_a_deed_of_its_type, year_before_after
from events.assemble.appositions import restates_the_deed_before
from events.assemble.before_clauses import apart_by_a_later_clause, dated_before_cuts
from events.assemble.came_after_its_kind import came_after_its_kind
from events.assemble.cause_subjects import cause_subject_told_before
from events.assemble.coincident import _coincident
from events.assemble.coming_topics import after_a_coming_topic, topic_before_a_deed
from events.assemble.compared_baselines import a_ranked_infinitive, a_ranked_stretch
from events.assemble.conjunct_dates import joined_second_verb
from events.assemble.contrasts import _contrasts_before
from events.assemble.coordinated_acts import coordinated_act, followed_acts
from events.assemble.coordinated_settings import joined_noun_to_setting, joined_to_setting
from events.assemble.counted_back import noun_of_a_counted_deed
from events.assemble.counted_years import load_counted_years, opens_the_clause
from events.assemble.crowd_deeds import done_by_its_crowd
from events.assemble.dated_documents import a_document_of_its_year
from events.assemble.dated_elections import election_of_its_own
from events.assemble.dated_onsets import onset_with_its_date
from events.assemble.dated_own_clauses import (
    a_later_dated_deed,
    a_setting_with_its_time,
    dated_apart_from,
    dated_in_its_own_clause,
)
from events.assemble.dated_participles import dated_by_its_participle
from events.assemble.dated_relatives import dated_relative_cuts, deed_of_a_dated_relative
from events.assemble.dating import _recalled
from events.assemble.dead_causes import load_dead_causes
from events.assemble.deals_of_ties import restorations_in_a_deal
from events.assemble.decided_before import decided_before
from events.assemble.deed_subjects import brought_about_by_its_subject
from events.assemble.demanded_items import demanded_item
from events.assemble.document_names import names_a_documents_kind
from events.assemble.downed_craft import downed_no_attack
from events.assemble.earlier_legs import an_earlier_leg
from events.assemble.epithets import is_arabic_epithet, is_epithet
from events.assemble.framed_names import framed_name
from events.assemble.gathering_settings import gathering_as_setting
from events.assemble.hours_clauses import told_in_an_hours_clause
from events.assemble.in_progress import _in_progress
from events.assemble.joint_deeds import done_to_one_person
from events.assemble.left_deals import left_deal_of_its_year
from events.assemble.lifted_measures import lifted_measure
from events.assemble.noun_dates import noun_date
from events.assemble.office_turns import other_turn_of_office
from events.assemble.official_leads import official_lead
from events.assemble.ongoing_deeds import ongoing_before_another_deed
from events.assemble.outcomes import _told_as_outcome
from events.assemble.own_clauses import a_deed_of_its_own
from events.assemble.own_days import (
    _done_after_another_subject,
    _done_before_another_subject,
    _joined_past_deeds,
    _on_a_day_of_its_own,
)
from events.assemble.own_objects import own_object_deed
from events.assemble.own_subjects import (
    named_deed_after_and,
    own_since_when_deed,
    own_subject_deed,
    own_time_clause_deed,
)
from events.assemble.own_time_clauses import time_clause_of_its_own
from events.assemble.place_clauses import _in_a_place_clause, in_an_arabic_place_clause
from events.assemble.placed_deeds import own_place_deed
from events.assemble.polling_days import names_the_attack_day, names_the_polling_day
from events.assemble.ratified_deals import ratified_catalogued_deal
from events.assemble.relative_asides import told_beside_an_aside
from events.assemble.relative_signings import signed_in_its_relative, told_before_a_relative_deed
from events.assemble.resisted import resisted_name
from events.assemble.responses import _responded_to
from events.assemble.result_clauses import in_a_clause_of_ending, in_a_result_clause, led_to
from events.assemble.retold_in_sentence import retells_the_earlier
from events.assemble.revived import revived_object
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules, load_discussion_verbs, load_recalled_by
from events.assemble.runners_up import as_runner_up, own_doer_between
from events.assemble.second_verbs import _second_verb_after_its_first, _told_by_a_participle, _told_by_a_second_verb
from events.assemble.settled import agreed_restoration
from events.assemble.signed_names import signed_type
from events.assemble.simultaneous import _simultaneous, day_of_the_deed_during
from events.assemble.standing_states import _a_standing_state
from events.assemble.subject_nouns import verb_of_its_subject_noun
from events.assemble.talks_before import kept_talks
from events.assemble.text import (
    _CLAUSE_BREAK,
    _CLITIC_ARTICLE,
    _DAYS_AFTER_REACH,
    _DEFINITE_AR,
    _DEMONSTRATIVE,
    _RELATIVE_NEXT,
    _TIME_UNITS_AR,
    DISTRIBUTIVE_TYPES,
    DOMINATES,
    PHONE_CALL,
    STRONG_TRIGGER,
    WEAK_TRIGGER,
    Mentions,
    _accused,
    _another,
    _Candidate,
    _clause,
    _countries_of,
    _country_location,
    _dating_clause,
    _disagrees,
    _is_anaphoric,
    _is_circumstance,
    _is_duration,
    _named_with_its_day,
    _noun_stem,
    _stable_id,
    _tells_of,
    _told_with_its_year,
    _word_before,
    days_after,
    morrow_before,
)
from events.assemble.tour_legs import is_tour_leg
from events.assemble.victims import dispersed_crowd, named_as_victims
from events.assemble.views import _agreed_view
from events.assemble.visiting_guests import described_visit_of_a_guest
from events.assemble.when_clauses import _joined_by_a_clause_of_time, dated_in_its_time_clause
from events.assemble.written_dates import _dated_after_the_event
from events.attribution import Attribution
from events.model import CAMEO_BY_TYPE, ActorMention, Event, PlaceMention, ReferenceMention, TimeMention, TriggerMention
from events.places import Gazetteer
from events.reference import ReferenceCatalog, ReferenceEntry
from events.temporal import counts_from_a_noun
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, is_arabic, listed_after_proclitics
from events.triggers import read_modality

# Of those, the pairs of opposite acts: cutting ties absorbs the word of relations in its own
# clause, never a restoration told beside it.
OPPOSED: dict[str, frozenset[str]] = {"sanctions": frozenset({"relations"})}


@lru_cache(maxsize=4)
def load_institution_heads(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    """Nouns that make a neighbouring event word part of a name (data/assembly.json):
    Arabic ones placed before it, English ones after it."""
    heads = load_assembly_rules(path)["institution_heads"]
    return frozenset(fold_str(w) for w in heads["ar_before"]), frozenset(fold_str(w) for w in heads["en_after"])


@lru_cache(maxsize=4)
def load_compound_heads(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """English nouns of a craft, a weapon or a camp that make an event word right before them the first
    noun of a compound naming that thing (data/assembly.json `institution_heads.en_compound_after`)."""
    heads = load_assembly_rules(path)["institution_heads"]
    return frozenset(fold_str(w) for w in heads.get("en_compound_after", ()))


def _names_a_craft(text: str, trigger: TriggerMention) -> bool:
    """True when an English event word, no verb in the past, is the first noun of a compound
    naming a craft, a weapon or a camp ("fast attack boats", "attack helicopters", "the protest camp")."""
    if not trigger.text[:1].isascii() or trigger.tense == "past" or " " in trigger.text.strip():
        return False
    m = _LETTERS_AFTER.match(text, trigger.end)
    return m is not None and fold_str(m.group(1)) in load_compound_heads()


_LETTERS_AFTER = LazyPattern(r"\s+([^\W\d_]+)")


def _named_by_institution(text: str, trigger: TriggerMention, heads: tuple[frozenset[str], frozenset[str]]) -> bool:
    """True when the trigger is part of a body's name (مفوضية الانتخابات, election commission)."""
    ar_before, en_after = heads
    if trigger.text[:1].isascii():
        m = _LETTERS_AFTER.match(text, trigger.end)
        return (m is not None and fold_str(m.group(1)) in en_after) or (
            trigger.text[:1].isupper() and load_institution_name_start().search(text, max(0, trigger.start - 60), trigger.start) is not None
        )
    word = _word_before(text, trigger.start)
    if word is not None and _is_head_before(word, ar_before) and not _definite_then_indefinite(word, trigger.text):
        return True
    if word is not None and _conjoined_in_name(text, trigger, word, ar_before):
        return True
    if word is not None and fold_str(trigger.text).startswith(("وال", "ولل")) and _DEFINITE.match(fold_str(word)) is not None:
        # "المفوضية العليا المستقلة للانتخابات والاستفتاء": joined to an event word of the name
        first = text.rfind(word, 0, trigger.start)
        if _named_by_institution(text, replace(trigger, start=first, end=first + len(word), text=word), heads):
            return True
    governed = _GOVERNED_BY_LAM.match(fold_str(trigger.text)) is not None
    # one or two adjectives of the body between: المفوضية العليا للانتخابات، الهيئة العليا المستقلة للانتخابات;
    # after an adjective the name's event word is joined by ل: a bare one is the verb's object
    # («أيد المجلس الوطني الاحتجاجات»)
    if not governed:
        return False
    end = trigger.start
    for _ in range(2):
        if word is None or _CLITIC_ARTICLE.sub("", fold_str(word), count=1) not in load_institution_adjectives():
            return False
        end = text.rfind(word, 0, end)
        word = _word_before(text, end)
        if word is not None and (_is_head_before(word, ar_before) or _is_head_before(word, load_adjective_heads())):
            return True
    return False


# an event word governed by the preposition ل (للانتخابات، لاتفاق): after an adjective, the
# genitive of a name can only be so joined (السلطة الوطنية المستقلة للانتخابات)
_GOVERNED_BY_LAM = LazyPattern(r"^[وف]?ل")


@lru_cache(maxsize=4)
def load_adjective_heads(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Nouns that head a body's name only through its adjectives and an event word governed by ل
    (السلطة الوطنية المستقلة للانتخابات; not السلطة الوطنية انتخابات, a deed's object)
    (`institution_heads.ar_adjective_heads`)."""
    words = load_assembly_rules(path)["institution_heads"].get("ar_adjective_heads", ())
    return frozenset(fold_str(w) for w in words)


@lru_cache(maxsize=4)
def _case_nouns(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], frozenset[str]]:
    rules = load_assembly_rules(path).get("case_names", {})
    return frozenset(fold_str(w) for w in rules.get("ar", ())), frozenset(w.lower() for w in rules.get("en", ()))


def _names_a_case(name: str) -> bool:
    """Whether a catalogued name as written opens with an Arabic noun of a case or a file (قضية
    خاشقجي) or ends with an English one (the Khashoggi case, affair): data/assembly.json `case_names`.
    Named by a person, such a case is the affair around that person, which names no deed (a case
    named by the deed, قضية أحداث الاتحادية, names it)."""
    words = name.split()
    if not words:
        return False
    ar, en = _case_nouns()
    return _CLITIC_ARTICLE.sub("", fold_str(words[0]), count=1) in ar or fold_str(words[0]) in ar or words[-1].lower() in en


def _conjoined_in_name(text: str, trigger: TriggerMention, word: str, ar_before: frozenset[str]) -> bool:
    """Whether an Arabic event word joined by و to a definite noun right after an institution
    or document noun ends that name (ميثاق السلم والمصالحة الوطنية، هيئة الإنصاف والمصالحة)."""
    if not fold_str(trigger.text).startswith(("وال", "ولل")) or _DEFINITE.match(fold_str(word)) is None:
        return False
    before = _word_before(text, text.rfind(word, 0, trigger.start))
    return before is not None and _is_head_before(before, ar_before)


_DEFINITE = LazyPattern(r"^(?:[وف]?[بكل]?ال|[وف]?لل)")


_INDEFINITE_ACCUSATIVE = LazyPattern(r"^[وف]?[^\W\d_]+ا$")


def _definite_then_indefinite(word: str, trigger: str) -> bool:
    """Whether a definite noun stands before an indefinite accusative event word
    ("فرضت قوات النظام حصارا"): the two make no name (a name's head takes no article),
    the event word is the verb's object."""
    return _DEFINITE.match(fold_str(word)) is not None and _INDEFINITE_ACCUSATIVE.match(fold_str(trigger)) is not None \
        and _DEFINITE.match(fold_str(trigger)) is None


@lru_cache(maxsize=4)
def load_institution_name_start(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """The start of an English body's name before its capitalised event word (`institution_heads.en_before`
    then for/of: "Center for Reconciliation", "Ministry of National Reconciliation", "Charter for Peace and
    National Reconciliation"), ending right before it."""
    words = load_assembly_rules(path)["institution_heads"].get("en_before", ())
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(r"\b(?:" + alternatives + r")\s+(?:for|of)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+|and)\s+){0,3}$")


@lru_cache(maxsize=4)
def load_institution_adjectives(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Adjectives that may stand between an institution noun and the event word of its name."""
    words = load_assembly_rules(path)["institution_heads"].get("ar_adjectives", ())
    return frozenset(_CLITIC_ARTICLE.sub("", fold_str(w), count=1) for w in words)


@lru_cache(maxsize=4096)
def _is_head_before(word: str, ar_before: frozenset[str]) -> bool:
    """Whether `word` (as written) is an Arabic institution noun, with or without its clitics."""
    word = fold_str(word)
    if word in ar_before or _CLITIC_ARTICLE.sub("", word, count=1) in ar_before:
        return True
    # a noun that begins with lam keeps it after ل and the article (ل + اللجنة is written للجنة)
    return _LAM_AFTER_PREPOSITION.match(word) is not None and word[word.index("ل") + 1 :] in ar_before


_LAM_AFTER_PREPOSITION = LazyPattern(r"^[وف]?لل")


# the vowel marks a word may carry (إِنّ، أَنَّ): they change no word
_MARKS = "[\u064b-\u0652]*"
_THAT_AR = "(?:" + "|".join(_MARKS.join(w) + _MARKS for w in ("إن", "أن", "بأن", "ان", "بان")) + ")"

_COMPLEMENTIZER = LazyPattern(r"(?<!\S)(?:[وف]?" + _THAT_AR + r"(?=\s)|that(?=\s)(?!\s+(?:it|they)\s))|[:\"«“]")


# after a verb of claiming, a complementizer with the speaker as its subject too ("زعمت أنه", "claimed that it")
_CLAIMED = LazyPattern(r"(?<!\S)(?:[وف]?" + _THAT_AR + r"(?:ه|ها|هم|هما|هن|نا|ني)|that\s+(?:it|they))(?=\s)")


def _reported(
    text: str,
    cue_end: int,
    trigger_start: int,
    claim: bool = False,
    cue: str = "",
    verb_trigger: bool = False,
    cue_start: int = -1,
) -> bool:
    """True when the trigger stands in the reported content of a speech verb before it
    ("قال إن ...", "said that ...", "قال: «...»", "said [clause]" with no that: `_thatless_clause`),
    not merely beside it ("after a meeting in Paris, an adviser said that ..."). A speaker
    telling of its own doing ("قالت الوزارة إنها قررت", "the ministry said that it had decided")
    reports news; one claiming it ("زعمت أنه", "claimed that it") does not. `cue` is the
    verb of saying, `verb_trigger` whether the event word is a finite verb. Said after the event word,
    a speaker reports it when it closes the quotation that holds it (`_quoted_before`)."""
    if cue_end > trigger_start:
        return cue_start >= 0 and _quoted_before(text, trigger_start, cue_start)
    if _COMPLEMENTIZER.search(text, cue_end, trigger_start) is not None:
        return True
    if cue and _thatless_clause(text, cue, cue_end, trigger_start, verb_trigger):
        return True
    return claim and _CLAIMED.search(text, cue_end, trigger_start) is not None


# a quotation closed right before its speaker and the verb of saying: '," he said', '," said the ministry'
_CLOSED_QUOTE = LazyPattern(r"""[,.!?]?["”]\s*,?\s*(?:[\w'’.-]+\s+){0,7}\Z""")
_QUOTE_REACH = 600


def _quoted_before(text: str, trigger_start: int, cue_start: int) -> bool:
    """Whether the event word stands inside a quotation that closes right before the speaker and the
    verb of saying after it ('"Extremist forces carried out attacks on the army," he said.'), as
    the words after قال: «...» are what was said; a clause with no quotation marks before ', the
    official said' stays the article's own, as one before بحسب ما قال stays."""
    close = max(text.rfind('"', trigger_start, cue_start), text.rfind("”", trigger_start, cue_start))
    if close < 0 or "\n" in text[trigger_start:cue_start]:
        return False
    if _CLOSED_QUOTE.search(text[max(trigger_start, close - 1) : cue_start]) is None:
        return False
    if any(q in text[trigger_start:close] for q in '"”“'):
        return False  # the quotation closes before the last one does
    line = text[max(text.rfind("\n", 0, trigger_start) + 1, trigger_start - _QUOTE_REACH) : trigger_start]
    last = max(line.rfind(q) for q in '"”“')
    if last < 0:
        return False
    return line[last] == "“" or (line[last] == '"' and line.count('"') % 2 == 1)


@lru_cache(maxsize=1)
def _thatless_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(cues, finite verbs, breaks, own subjects) of a that-less clause (data/modality.json)."""
    data = read_modality()["attribution"]
    return tuple(  # type: ignore[return-value]
        frozenset(data[k]) for k in ("thatless_cues", "thatless_finite", "thatless_breaks", "thatless_own")
    )


_THATLESS_WORD = LazyPattern(r"[^\s,;:.!?()\[\]\"“”«»]+|[,;:.!?()\[\]\"“”«»]")
_THATLESS_REACH = 12


def _finite_ed(word: str) -> bool:
    """Whether a lowercase English word reads as a verb in the past by its ending ("carried")."""
    return (
        len(word) >= 5
        and word.endswith("ed")
        and not word.endswith("eed")
        and "-" not in word
        and word.isalpha()
        and word.islower()
        and word not in ("hundred", "sacred", "kindred")
    )


def _thatless_clause(text: str, cue: str, cue_end: int, trigger_start: int, verb_trigger: bool) -> bool:
    """Whether an English verb of saying with no that after it governs the clause that follows it
    ("He said extremist forces carried out attacks", "told Reuters on Tuesday jets struck Gaza"),
    as قال إن governs its own: a subject and then a finite verb in one stretch with no punctuation
    and no word that opens another clause or coordinates with the verb of saying ("said a prayer
    and carried out attacks", "told the story and forces attacked": none). A subject that is the
    speaker itself ("said it carried out", "said on Tuesday it carried out") tells its own doing,
    as قالت إنها does."""
    cues, finite, breaks, own = _thatless_words()
    if cue.lower() not in cues:
        return False
    for n, m in enumerate(_THATLESS_WORD.finditer(text, cue_end, cue_end + 400)):
        word = m.group()
        low = word.lower()
        if n >= _THATLESS_REACH or not word[0].isalnum():
            return False
        if low in breaks or low in own:
            return False
        if n > 0 and (low in finite or _finite_ed(word) or (verb_trigger and m.start() == trigger_start)):
            return True
    return False


def _dated_in(spans: dict, clause: tuple[int, int]) -> bool:
    """Whether the event's date was read in its own dating clause."""
    date = spans.get("date")
    return date is not None and clause[0] <= date[0] and date[1] <= clause[1]


def _told_as_setting(cand: _Candidate, language: str) -> bool:
    """Whether an English candidate is an uncatalogued event kept as the setting of its
    sentence's own ("strikes on Syria in response to the chemical attack in Douma")."""
    return language == "en" and cand.background and cand.reference_id is None


@lru_cache(maxsize=4)
def load_closure_words(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The first words of measures a state takes on its own ground (data/assembly.json `closure_words`)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("closure_words", ()))


def _closure(trigger_text: str) -> bool:
    """Whether the event word is one of `closure_words`, maybe after a clitic (وإغلاق، بإغلاق)."""
    words = load_closure_words()
    first = fold_str(trigger_text.split()[0]).lower() if trigger_text.split() else ""
    return listed_after_proclitics(first, words)


def _inside_a_name(t: TriggerMention, names: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether the trigger is a word of a longer name of a body or a person
    (`names`: their spans in text order, `starts` their starts). Names of groups
    of states are not among them: "the boycotting countries" still tells of the
    boycott."""
    i = bisect.bisect_right(starts, t.start)
    # names nest or overlap a few deep at most
    return any(t.end <= e and e - s > t.end - t.start for s, e in names[max(0, i - 4) : i])


_DEFINITE_EN = LazyPattern(r"(?<!\S)the\s+(?:\w+(?:['’]s)?\s+){0,2}\Z", re.IGNORECASE)


def _days_before_its_sentence(text: str, t: TriggerMention, sentence_start: int) -> bool:
    """Whether a circumstance is told as so many days before its sentence's event ("غداة اعتقال
    هشام تم القبض على والده", "a day after his brother was arrested"): another event of its type."""
    lo = max(sentence_start, t.start - _DAYS_AFTER_REACH)
    return days_after(text, lo, t.start) is not None or morrow_before(text, lo, t.start) is not None


def _told_before(event: Event, told: list[Event], some: bool = True, doer: bool = True) -> bool:
    """Whether an event of its type (or one that dominates it) among those already
    told has every country it has and its initiator among its actors: the one a
    definite noun points back at. With `some`, one that shares a country is enough
    for a type told of each party apart (a visit of one side to several others).
    Without `doer`, the initiator is no doer the sentence names (`_doer_named`)."""
    countries = set(event.countries)
    return any(
        _tells_of(ev, event.event_type)
        and (
            countries <= set(ev.countries)
            or (some and event.event_type in DISTRIBUTIVE_TYPES and countries & set(ev.countries))
        )
        and (not doer or event.actor1 is None or event.actor1 in ev.actors)
        for ev in told
    )


def _is_definite(text: str, t: TriggerMention) -> bool:
    """Whether the event word is a noun with the definite article ("الهجوم", "بالزيارة",
    "the attack", "the deadly attack") and no relative clause right after it to say
    which one ("الزيارات التي قام بها مسؤولون ليبيون", "the visits that ... made")."""
    if _RELATIVE_NEXT.match(text, t.end):
        return False
    if _DEFINITE_AR.match(t.text):
        return not t.tense  # not a verb that begins like the article (التقى)
    return _DEFINITE_EN.search(text, max(0, t.start - 30), t.start) is not None


# A definite noun right after an Arabic event noun, which it is annexed to ("زيارة السفير",
# "استهداف الحوثيين"); a bare proper name carries no article and is not looked for.
_ANNEXED_TO_DEFINITE = LazyPattern(r" (?:ال|لل)(\w{2,})")


def _annexed(text: str, t: TriggerMention) -> str | None:
    """The stem of the definite noun an Arabic event noun with no article of its own is
    annexed to ("زيارة السفير التركي" -> سفير, "استهداف الحوثيين" -> حوثي): the noun
    says which event it is, as the article would, when it names one told before."""
    if t.tense or " " in t.text or not is_arabic(t.text[:1]) or _DEFINITE_AR.match(t.text):
        return None
    m = _ANNEXED_TO_DEFINITE.match(text, t.end)
    if m is None:
        return None
    stem = _noun_stem(m.group(1))
    return stem if len(stem) >= 3 and stem not in load_generic_heads() else None


@lru_cache(maxsize=4)
def load_generic_heads(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Stems of the nouns for sides that do many things in one story (النظام، الجيش)."""
    return frozenset(_noun_stem(w) for w in load_assembly_rules(path).get("generic_heads", ()))


def _is_described(text: str, t: TriggerMention) -> bool:
    """Whether the event word is a noun with the definite article that a relative clause
    describes ("الغارة الجوية التي أسفرت عن مقتل العشرات", "the strike that killed
    dozens"): with no date of its own, it is an event already told when one of its type
    and countries was (a new one is told with its own date or news)."""
    if not _RELATIVE_NEXT.match(text, t.end):
        return False
    if _DEFINITE_AR.match(t.text):
        return not t.tense
    return _DEFINITE_EN.search(text, max(0, t.start - 30), t.start) is not None


_COORDINATION = LazyPattern(r"\s*(?:(?:أو|او|و|or|and|,|،)\s*)?")


def _coordinated(text: str, end: int, start: int) -> bool:
    """Whether the words ending at `end` and those starting at `start` are joined by
    no more than a conjunction ("قتل أو اختفاء", "the killing or disappearance")."""
    return 0 <= start - end <= 8 and _COORDINATION.fullmatch(text, end, start) is not None


# catalogued names joined by a conjunction or a comma, the second perhaps with its article:
# "the Oslo Accords and the Wadi Araba treaty", "Euphrates Shield, Olive Branch"
_NAMES_JOINED = LazyPattern(r"\s*(?:,\s*)?(?:(?:and|or|و|أو|،)\s*)?(?:the\s+)?", re.IGNORECASE)


def _names_joined(text: str, end: int, start: int) -> bool:
    """Whether the catalogued name ending at `end` and the one starting at `start` are joined
    by no more than a conjunction, a comma and an article."""
    return 0 <= start - end <= 12 and _NAMES_JOINED.fullmatch(text, end, start) is not None


# Where a sentence turns to another clause: ", and", "; ", " while ", "، و", " ثم " (not "، في",
# a phrase of the clause: "وصل إلى دمشق أمس، في أول زيارة منذ 2011").
# (also a clause of "after" or "before" with a verb of its own: "was designated prime minister in
# December after his predecessor resigned on October 29", "عُيّن في ديسمبر بعد أن استقال سلفه في أكتوبر")
# the most characters between an event word and a word of a type that takes it in ("signed a
# ceasefire agreement"): one further off, in a clause of what a signed text provides ("ووقّع
# الزعيمان إعلان بانمونجوم، الذي ينص على ... تحويل اتفاق الهدنة إلى معاهدة"), is another matter
_DOMINANCE_REACH = 150


_LAST_COMMA = LazyPattern(r"،(?!.*،)", re.DOTALL)
# an English relative clause set off after a comma, up to the time in it ("Bashir, who seized power
# in a 1989 coup, was removed by the army on April 11"): the comma after that time closes it
_RELATIVE_ASIDE_TO = LazyPattern(r",\s+(?:who|which)\s[^,;]*\Z")
_ASIDE_CLOSE = LazyPattern(r",\s")
_SINCE_BEFORE = LazyPattern(r"(?<!\w)(?:منذ|since)\s+(?:عام\s+)?\Z", re.IGNORECASE)

_PART_BOUNDARY = LazyPattern(
    r"[,;]\s+(?:and|while|but|whereas)\s|;\s|\s(?:and|while|whereas)\s|،\s*(?:و|ف(?!ي(?!\w)))|\sثم\s"
    r"|\s(?:after|before|since)\s(?=(?:[^\s,;.]+[,\s]+){1,5}(?:had\s+|has\s+|was\s+|were\s+)?[a-z]+(?:ed|ew|ote|ook|ent|ft)\b)"
    r"|\s[وف]?(?:بعد|قبل|منذ)\s+(?:أن|ان)\s"
    # "عقدتا اجتماعهما في فبراير، بعد اتصال هاتفي ... في يناير": a deed of its own day set
    # apart by a comma and a word of after or before
    r"|،\s*[وف]?(?:بعد|عقب|إثر|اثر|قبل)\s"
)


def _dated_parts(
    text: str, sentence: tuple[int, int], dates: Sequence[TimeMention], triggers: Sequence[TriggerMention] = ()
) -> list[int]:
    """Where a sentence telling events of different days splits into clauses with a
    day each ("the cabinet approved it on Monday, and the Knesset ratified it on
    Thursday"): the boundary between every two dates of different values; with no
    other boundary, an Arabic event word in the past with و joined to it
    ("اعتقلت ناشطين يوم الاثنين واحتجزت صحفيا يوم الثلاثاء") opens the second."""
    inside = [d for d in dates if sentence[0] <= d.start and d.end <= sentence[1] and not d.recurring]
    cuts: list[int] = []
    for d1, d2 in itertools.pairwise(inside):
        if d1.value == d2.value:
            continue
        gaps = list(_PART_BOUNDARY.finditer(text, d1.end, d2.start))
        if gaps:
            marked = [g for g in gaps if text[g.start()] in ",;،"]
            cuts.append(marked[0].start() if marked else gaps[-1].start())
        elif joined := [
            t.start
            for t in triggers
            if d1.end < t.start < d2.start and text[t.start - 1].isspace() and joined_second_verb(text, t.start, t.tense)
        ]:
            cuts.append(joined[-1])
        elif not _disagrees(d1.value, d2.value):
            continue  # "أضرب عمال النفط عام 2022، في ... موجة الاحتجاجات منذ سبتمبر": one time in the other
        elif _SINCE_BEFORE.search(text, max(d1.end, d2.start - 12), d2.start) is not None:
            continue  # "، في أكبر حزمة عقوبات منذ نوفمبر 2018": a comparison, no deed of its own time
        elif _RELATIVE_ASIDE_TO.search(text, sentence[0], d1.start) and (close := _ASIDE_CLOSE.search(text, d1.end, d2.start)):
            cuts.append(close.start())  # the relative aside's deed, and the main clause's
        elif (comma := _LAST_COMMA.search(text, d1.end, d2.start)) is not None:
            # "القطاع، الخاضع لحصار منذ عام 2007، من أوضاع فاقمها قرار في أغسطس الماضي وقف
            # تمويلها": a comma between two times of their own, neither inside the other, sets two
            # deeds apart
            cuts.append(comma.start())
    return cuts


def _on_the_eve_of_a_day(text: str, cand: _Candidate, dates: Sequence[TimeMention]) -> bool:
    """Whether the event word stands after غداة (the morrow of) that follows a day of its sentence:
    the deed of the day before that day (`morrow._morrow_of` dates it)."""
    return any(
        d.precision == "day" and cand.sentence[0] <= d.start and d.end <= cand.trigger[0] and morrow_before(text, d.end, cand.trigger[0])
        for d in dates
    )


def _pointed_back(text: str, trigger: TriggerMention) -> bool:
    """Whether a demonstrative points the event word back at one told before ("إن هذا الهجوم
    يأتي ردا على الاعتداءات التي استهدفت يوم 7 يونيو طهران", "this attack"): it does not stand
    for the other words of its type in its sentence."""
    return _DEMONSTRATIVE.search(text, max(0, trigger.start - 20), trigger.start) is not None


# "بعد أسبوع من هجوم", "بعد أيام من مقتل", "قبل شهرين من": an event word told as so long
# before or after the sentence's own event is another event of its type, not that one
_SPACED_CIRCUMSTANCE = LazyPattern(
    r"(?<!\S)[وف]?(?:بعد|عقب|قبل)\s+(?:\S+\s+)?"
    r"(?:" + _TIME_UNITS_AR + r")"
    r"\s+(?:من|على)(?:\s+[^\s,،.;:؛]+){0,2}\s+$"
)


def _spaced_from_its_sentence(text: str, trigger: TriggerMention) -> bool:
    """Whether an Arabic event word is told as so long before or after its sentence's
    event ("قتل ثلاثة جنود أمس بعد أسبوع من هجوم على مسجد"): a separate event."""
    return is_arabic(trigger.text[:1]) and _SPACED_CIRCUMSTANCE.search(text, max(0, trigger.start - 50), trigger.start) is not None


def _genitive_types(text: str, group: list[_Candidate]) -> set[str]:
    """The types whose only words in a sentence qualify another event word next to them
    ("اتفاق المصالحة", "the reconciliation agreement"): such a word names the other event, not
    one of its own that would absorb the sentence's meeting."""
    ends = {c.trigger[1] for c in group}
    starts = {c.trigger[0] for c in group}

    def qualifies(c: _Candidate) -> bool:
        if is_arabic(c.trigger_text[:1]):  # the genitive after its head
            return any(e < c.trigger[0] and not text[e : c.trigger[0]].strip() for e in ends)
        return any(c.trigger[1] < b and not text[c.trigger[1] : b].strip() for b in starts)  # the modifier before it

    return {c.event_type for c in group} - {c.event_type for c in group if not qualifies(c)}


# the clause slot of the second readings of words read as two events of one deed (`also`): apart
# from every clause of the sentence (a slot of a clause of its own is -1 minus a word's offset)
_TWIN_READINGS = -(10**12)


def _candidates(text: str, mentions: Mentions) -> list[_Candidate]:
    """Asserted triggers and catalog aliases, grouped one per type and sentence."""
    out: list[_Candidate] = []
    starts = [s for s, _ in mentions.sentences]

    def sentence_of(pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        s, e = mentions.sentences[i]
        return (s, e) if pos < e else None

    best: dict[tuple[tuple[int, int], str, int, bool], _Candidate] = {}
    parts: dict[tuple[int, int], list[int]] = {}
    heads = load_institution_heads()
    names = [(a.start, a.end) for a in mentions.actors if a.kind in ("organisation", "person")]
    name_starts = [n[0] for n in names]
    verdict_in: tuple[int, int] | None = None  # the sentence of the last arrest or verdict read

    def _word_candidate(t: TriggerMention, sent: tuple[int, int], circumstance: bool, epithet: bool) -> _Candidate | None:
        """The candidate of an event word, or None for a word that names a body, a craft or a shared view."""
        if _named_by_institution(text, t, heads) or _names_a_craft(text, t):
            return None
        if t.event_type == "agreement" and _agreed_view(text, t):
            return None  # "اتفقا على أن الحل السياسي هو الطريق الوحيد": a view the sides share, no deal
        return _Candidate(
            t.event_type, t.cameo, sent, (t.start, t.end), t.text, t.weight, None, circumstance,
            definite=_is_definite(text, t),
            described=_is_described(text, t),
            annexed=_annexed(text, t),
            tense=t.tense,
            background=epithet,
            epithet=epithet,
        )

    def _behind(best: dict, key: tuple, prev: _Candidate, t: TriggerMention, circumstance: bool, epithet: bool) -> None:
        """Keep the word `t`, which lost its slot to `prev`, behind it when a doer of its own stands
        between the two (`runners_up`): assembled if `prev` yields no event."""
        if prev.runner_up is not None or prev.reference_id is not None:
            return
        if not own_doer_between(text, *sorted((prev.trigger, (t.start, t.end))), prev.sentence[0], mentions.actors):
            return
        if (runner := _word_candidate(t, prev.sentence, circumstance, epithet)) is not None:
            best[key] = replace(prev, runner_up=as_runner_up(text, prev, runner))

    for t in mentions.triggers:
        lifted = lifted_measure(t)  # "talks on easing the blockade of Gaza": the blockade, if catalogued
        # "منذ انسحاب ترامب من اتفاق إيران النووي لعام 2015": the deal of 2015 undone, reached then
        if t.modality != "asserted" and not lifted and not left_deal_of_its_year(text, t, mentions.dates):
            continue
        if _inside_a_name(t, names, name_starts):
            continue  # "the Government of National Accord", "حزب العدالة والتنمية"
        if names_a_documents_kind(text, t.start, t.end, t.event_type):
            continue  # "approved the normalization agreement": the approval, not ties restored apart from it
        if agreed_restoration(text, t, mentions.triggers):
            continue  # "agreed last month to reopen embassies": the restoration is the event
        sent = sentence_of(t.start)
        if sent is None:
            continue
        if demanded_item(text, sent[0], t.start):
            continue  # "13 مطلبا، من بينها قطع العلاقات مع إيران": a deed asked for
        if topic_before_a_deed(text, t, mentions.triggers, sent):
            continue  # "وجاءت الزيارة بعد أشهر ...، إذ زار المستشار أنقرة": the article's visit, named again
        if cause_subject_told_before(text, t, mentions.triggers, _is_definite(text, t)):
            continue  # "وأثار الاعتقال موجة احتجاجات": the arrest told before, and what it caused
        if downed_no_attack(text, t, sent, mentions.triggers):
            continue  # "shot down a recreational drone", "shot down most of the missiles": no attack of its own
        if t.event_type == "election" and names_the_polling_day(text, t.start, t.end):
            continue  # "شهدت يوم الاقتراع مواجهات", "on election day": the vote's day names a time
        if t.event_type == "attack" and names_the_attack_day(text, t.start, t.end):
            continue  # "On the day of the Kirkuk attack, Iran began drills": the attack's day names a time
        if any(d.start <= t.start and t.end <= d.end and counts_from_a_noun(d.text) for d in mentions.dates):
            continue  # "وقبل استقالته بيوم واحد": the deed told before, which the count runs from
        if sent not in parts:
            parts[sent] = sorted(
                {
                    *_dated_parts(text, sent, mentions.dates, mentions.triggers),
                    *dated_relative_cuts(text, sent, mentions.dates, mentions.triggers),
                    # "قطعت علاقاتها قبل أن تعيدها عام 2023": the later deed, on its own time
                    *dated_before_cuts(text, sent, mentions.dates, mentions.triggers),
                }
            )
        # "ردا على هجوم", "إنفاذا لقرار قطع العلاقات", "following the decision ... to cut": another deed
        responded = (is_arabic(t.text) and _responded_to(text, t.start)) or decided_before(text, t.start)
        circumstance = responded or _is_circumstance(text, t.start) or (t.tense != "past" and joined_noun_to_setting(text, sent[0], t.start))
        if t.event_type == "arrest":
            verdict_in = sent
        elif not circumstance and verdict_in == sent and _DEED.search(text, max(sent[0], t.start - 60), t.start):
            circumstance = True  # "حكم بالسجن ... بسبب اعتصام رابعة": the deed the verdict punishes
        # an English event of the type told as the circumstance of another ("struck ...
        # on Wednesday, hours after the group fired missiles") does not displace it
        part = (
            bisect.bisect_right(parts[sent], t.start)
            if not (
                _another(text, t)
                or _pointed_back(text, t)
                or (circumstance and (_spaced_from_its_sentence(text, t) or _days_before_its_sentence(text, t, sent[0])))
                # "وجاءت الاستقالة بعد استقالة وزيرة الإعلام الأحد": another deed of the type told again
                or (circumstance and came_after_its_kind(text, sent[0], t, mentions.triggers))
            )
            else -1 - t.start
        )
        # "قطعت البحرين علاقاتها، فيما قررت الإمارات تخفيض التمثيل": a clause of contrast tells another deed
        clause = _contrasts_before(text, sent[0], t.start) if part >= 0 else 0
        following = next((u.start for u in mentions.triggers if u.event_type == t.event_type and t.end <= u.start < sent[1]), None)
        if coordinated_act(text, sent, t.event_type, t.start, t.end, following):
            clause = -1 - t.start  # "بإعفاء فلان، وإعفاء وزير الاقتصاد": another act of the list
        elif own_object_deed(text, t, mentions.triggers, mentions.actors, sent):
            clause = -1 - t.start  # "استدعت سفيرها في واشنطن وطردت السفير الإسرائيلي": two deeds
        elif own_subject_deed(text, t, mentions.triggers, sent, mentions.actors):
            clause = -1 - t.start  # "Iraq flew fuel to Damascus, and Algeria sent a team to Syria": two deeds
        elif other_turn_of_office(text, t, mentions.triggers, sent):
            clause = -1 - t.start  # "fired her finance minister and appointed Jeremy Hunt": two changes of office
        elif own_time_clause_deed(text, t, mentions.triggers, mentions.dates, sent):
            clause = -1 - t.start  # "appointed on April 15, after his predecessor resigned a day after the vote": two deeds
        elif own_place_deed(text, t, mentions.triggers, mentions.places, sent):
            clause = -1 - t.start  # "قصفت مواقع في دمشق، كما استهدفت مستودعا في حمص": two deeds, two grounds
        elif own_since_when_deed(text, t, mentions.triggers, mentions.dates, sent):
            clause = -1 - t.start  # "the largest since November 2019, when demonstrations erupted": two deeds
        elif after_a_coming_topic(text, t, mentions.triggers, sent):
            clause = -1 - t.start  # "وجاءت الزيارة بعد أشهر من الاتصالات، إذ زار المستشار أنقرة": two deeds
        epithet = lifted or (is_arabic_epithet(text, t) if is_arabic(t.text) else is_epithet(text, t))
        if is_tour_leg(t):
            clause = -1 - t.start  # "زارا كييف ... ثم موسكو": the tour's next stop, a visit of its own
        if t.second_reading:
            # "seized power in a 1973 coup, ... the war that began when the rebels invaded in October
            # 1990": the second reading of words read as two events of one deed (`also`) holds a slot
            # of its own, shared with the other such readings of the sentence, which tell the same deed
            clause = _TWIN_READINGS
        if epithet:
            clause = -1 - t.start  # "supporters of ousted president Morsi rallied": a past deed naming a person
        elif a_document_of_its_year(text, t, mentions.triggers, sent[0]):
            clause = -1 - t.start  # "agreed to revive a 2001 security cooperation agreement": the pact of 2001 too
        key = (sent, t.event_type, part, circumstance and (responded or not is_arabic(t.text)), clause)
        prev = best.get(key)
        # in English, a verb in the past that tells the event comes before a noun of its type
        # told after it, past a comma, in apposition ("the ministers met in Moscow on Wednesday, the highest-level
        # talks between the two countries since 2011"): the verb's clause holds the parties
        told_by_verb = (
            prev is not None
            and prev.tense == "past"
            and not t.tense
            and not is_arabic(t.text)
            and _CLAUSE_BREAK.search(text, prev.trigger[1], t.start) is not None
        )
        if prev is not None and t.weight > prev.weight and _described_after_it(text, prev, t):
            # "ختام تمرين درع الخليج ...، والذي يوصف بأنه أضخم تمرين عسكري": the relative clause
            # describes the deed told before it, whose clause holds the day; the surer noun lends
            # it its certainty
            best[key] = replace(prev, weight=t.weight)
            continue
        if prev is not None and t.weight > prev.weight and _noun_past_its_verb(text, prev, t):
            # "انتخب البرلمان أمس رشيد رئيسا، بعد حصوله على 162 صوتا في الجولة الثانية": the verb's
            # clause holds the parties and the day, the surer noun past the break lends its certainty
            best[key] = replace(prev, weight=t.weight)
            continue
        if (
            prev is not None
            and t.weight < prev.weight
            and t.tense == "past"
            and prev.trigger[1] <= t.start
            and a_ranked_infinitive(text, prev.trigger, sent)
            and (made := _word_candidate(t, sent, circumstance, epithet)) is not None
        ):
            # "Pelosi, the highest-ranking US official to visit Taiwan in 25 years, landed in Taipei
            # late on Tuesday": the rank names the doer; the verb tells the deed and its day, the
            # surer word lends it its certainty
            best[key] = replace(made, weight=prev.weight)
            continue
        if prev is not None and (t.weight < prev.weight or told_by_verb):
            if not told_by_verb:
                _behind(best, key, prev, t, circumstance, epithet)
            continue  # a weaker word of a type the sentence already has (the test below, decided early)
        if prev is not None and not circumstance and _named_after_its_verb(text, prev, t):
            # "وصل الأمير إلى دمشق، في أول زيارة ...": the noun past the comma names what the
            # verb told; the verb's clause holds the parties and the day, the noun the certainty
            best[key] = replace(prev, weight=t.weight)
            continue
        if (
            prev is not None
            and circumstance
            and not prev.circumstance
            and is_arabic(t.text)
            and _AFTER_AR.search(text, max(prev.trigger[1], t.start - 30), t.start) is not None
            and not load_dead_causes()[0].search(text, prev.trigger[0], t.start)
        ):
            # "سيطر الجيش على المنطقة في العاشر من أبريل بعد اشتباكات": the verb tells the deed and
            # its day; the surer noun of its circumstance lends it its certainty (the dead told
            # before their cause, "لقي ثلاثة مصرعهم إثر هجوم", are the cause's: dead_causes.py)
            best[key] = replace(prev, weight=t.weight)
            continue
        # the strongest word of the type; between equals, one that is not a circumstance
        if prev is not None and (t.weight, not circumstance) <= (prev.weight, not prev.circumstance) and not _a_standing_state(text, prev):
            _behind(best, key, prev, t, circumstance, epithet)
            continue  # (a state told since its onset gives way to a deed of its type beside it)
        if prev is not None and is_arabic(t.text) and retells_the_earlier(_is_definite(text, t), t, prev):
            continue  # "إثر هجوم على قاعدة، وتبنت الحركة الهجوم": the first telling, with its time
        made = _word_candidate(t, sent, circumstance, epithet)
        if made is None:
            continue
        if prev is not None and own_doer_between(text, *sorted((prev.trigger, made.trigger)), sent[0], mentions.actors):
            made = replace(made, runner_up=as_runner_up(text, made, prev))  # the displaced word, a deed of its own doer
        best[key] = made
    # a deal withdrawn from ("the withdrawal from the nuclear deal") existed: its catalogued name stays
    unasserted = [t for t in mentions.triggers if t.modality not in ("asserted", "left")]
    told_in_passing: list[_Candidate] = []
    both: list[_Candidate] = []  # deeds of one sentence kept side by side, apart from `_one_per_clause`
    framed_ends: list[int] = []
    listed: dict[tuple, int] = {}  # where the last of catalogued names joined by a conjunction ends
    for r in sorted(mentions.references, key=lambda r: r.start):
        sent = sentence_of(r.start)
        if sent is None:
            continue
        if r.no_event:
            # "the Beirut port explosion": an accident or a disaster named, the event word
            # inside its name tells no event of the taxonomy
            for k in [k for k, c in best.items() if c.trigger[0] < r.end and r.start < c.trigger[1]]:
                del best[k]
            continue
        if _names_a_case(r.text) and any(r.start < a.end and a.start < r.end and a.kind == "person" for a in mentions.actors):
            continue  # "نتابع قضية خاشقجي عن كثب", "the Khashoggi affair": a person's case names no deed
        if any((t.start < r.end and r.start < t.end) or _coordinated(text, t.end, r.start) for t in unasserted):
            continue  # "denied any role in the killing of ...", "عن قتل أو اختفاء خاشقجي": the cue governs the name too
        if (
            framed_name(text, r.start, r.event_type)
            or demanded_item(text, sent[0], r.start)  # "13 demands, including the closure of ...": asked for
            or any(_coordinated(text, end, r.start) for end in framed_ends)
        ):
            # "تحت مظلة المبادرة الخليجية", "بموجب الاتفاق النووي", "لخرق القرار 2216 والقرار 2231": the
            # frame of another deed, and the event word inside the name tells no event of its own either
            framed_ends.append(r.end)
            for k in [k for k, c in best.items() if c.trigger[0] < r.end and r.start < c.trigger[1]]:
                del best[k]
            if framed_name(text, r.start, r.event_type) and retold_with_its_time(text, r.end, sent[1], mentions.dates):
                # "في إطار عملية «غصن الزيتون» التي أطلقها السبت": the frame, and its own deed told
                # with its time in the relative clause after it, beside the sentence's deed
                told_in_passing.append(
                    _Candidate(r.event_type, CAMEO_BY_TYPE.get(r.event_type), sent, (r.start, r.end), r.text, 0.9, r.ref_id, True, background=True)
                )
            continue
        # "وقّع القادة أمس الثلاثاء إعلان العلا": the signing of the document the name stands for
        signed = signed_type(text, sent[0], r.start, r.text) if r.event_type not in ("agreement", "ratification") else None
        r_type = signed or r.event_type
        key = (sent, r_type, bisect.bisect_right(parts.get(sent, ()), r.start), False, _contrasts_before(text, sent[0], r.start))
        cand = _Candidate(
            r_type, CAMEO_BY_TYPE.get(r_type), sent, (r.start, r.end), r.text, 0.9, r.ref_id,
            _is_circumstance(text, r.start)
            or joined_to_setting(text, sent[0], r.start)
            or _TOPIC.search(text, max(0, r.start - 100), r.start) is not None
            or _PARTY_OF.search(text, max(0, r.start - 30), r.start) is not None
            or resisted_name(text, sent[0], r.start, r.event_type)  # "to repel Haftar's attack on Tripoli"
            or _dated_otherwise(text, sent, r, mentions.dates),
        )
        aside = best.get((*key[:3], True, key[4]))
        if aside is not None and aside.reference_id is None and aside.trigger[0] < r.end and r.start < aside.trigger[1]:
            # "since the 2013 Gezi protests": the English event word inside the alias, read as the
            # circumstance of the sentence, is the alias's own word, not a second event
            del best[(*key[:3], True, key[4])]
        prev = best.get(key)
        if prev is not None and prev.reference_id not in (None, r.ref_id) and _names_joined(text, listed.get(key, prev.trigger[1]), r.start):
            # "Euphrates Shield and Olive Branch": catalogued names joined by a conjunction, each its own event
            listed[key] = r.end
            told_in_passing.append(cand)
            continue
        if prev is not None and prev.reference_id is None and not (prev.trigger[0] < r.end and r.start < prev.trigger[1]):
            # "strikes on camps of the militants who planned the Minya attack": the
            # sentence's own event, and a catalogued one of its type told in passing
            told_in_passing.append(replace(cand, background=True))
        elif prev is None or prev.reference_id is None:
            best[key] = cand
    by_sentence: dict[tuple[int, int], list[_Candidate]] = {}
    for (sent, _, _, _, _), cand in best.items():
        by_sentence.setdefault(sent, []).append(cand)
    for sent in sorted(by_sentence):
        group = by_sentence[sent]
        if len(group) > 1 and (in_deals := restorations_in_a_deal(text, group, mentions.triggers)):
            # "agreed to restore ties ..., in a deal brokered by China": the ties restored by their
            # agreement and the deal that holds it, two events of one sentence
            both.extend(c for c in group if id(c) in in_deals or c.event_type == "agreement")
            group = [c for c in group if id(c) not in in_deals]
        if len(group) == 1:
            out.append(group[0])
            continue
        types = {c.event_type for c in group}
        # a break of ties told as a circumstance, or in a clause that opens with "after" ("restored
        # relations, three years after Riyadh and its allies cut ties"), is another event than the
        # restoration, which it does not absorb
        aside_types = {c.event_type for c in group if c.circumstance or _opens_aside(text, c)}
        ruling = types - _genitive_types(text, group)
        for c in sorted(group, key=lambda c: c.trigger):
            absorbing = [d for d in group if d.event_type != c.event_type]
            if dated_by_its_participle(text, c, absorbing, mentions.dates):
                told_in_passing.append(replace(c, background=True))  # "المصادقة على ... اتفاقية التعاون الموقعة في 2001"
                continue
            if described_visit_of_a_guest(text, c, group):
                # "استقبل السيسي أمس وزير الخارجية التركي الذي يزور القاهرة": the reception before
                # tells the guest's visit and its day; the clause about the guest names it again
                continue
            if ratified_catalogued_deal(c, group):
                # "صدّق الرئيس على اتفاقية تعيين الحدود البحرية": the ratification is the sentence's
                # deed; the catalogued deal it approves was signed on a day of its own
                told_in_passing.append(replace(c, background=True))
                continue
            if any(
                c.event_type in DOMINATES.get(other, ())
                and not (other in aside_types and c.event_type in OPPOSED.get(other, ()))
                # "visited Israel, and in a phone call with Sisi pressed ...", "called Erdogan ..., and both
                # agreed during the call to upgrade relations": a call's parties are apart, so it is a
                # meeting of its own that no visit, truce or ties take in (GUIDELINES)
                and c.cameo != PHONE_CALL
                and any(abs(d.trigger[0] - c.trigger[0]) <= _DOMINANCE_REACH for d in group if d.event_type == other)
                # "agreed to restore relations, ending seven years of severed ties", "منهيتين قطيعة":
                # a word in a clause of result tells what the main deed ended, and takes in none of it
                and not all(_ended_by_the_deed_before(text, d, group) for d in group if d.event_type == other)
                # "قرر الوزراء، في اجتماع طارئ عقدوه أمس، استئناف مشاركة سوريا": the meeting the ties
                # were restored at is held, an event beside them (a visit's talks stay the visit's)
                and not (other != "visit" and gathering_as_setting(text, c, group))
                # (a reception whose guest's visit only a clause about him tells is that visit itself)
                and not all(described_visit_of_a_guest(text, d, group) for d in group if d.event_type == other)
                and not _on_a_day_of_its_own(text, c, [d for d in group if d.event_type == other], parts.get(sent, ()))
                and not _counted_apart(text, c)
                and not _done_before_another_subject(text, c, [d for d in group if d.event_type == other])
                and not a_deed_of_its_own(text, c, [d for d in group if d.event_type == other], parts.get(sent, ()))
                # "زيارة ... هي الأولى منذ مشاركته في القمة التي استضافتها بغداد في مارس 2012": the summit, on its own time
                and not dated_apart_from(text, c, [d for d in group if d.event_type == other], group, mentions.dates)
                and not any(kept_talks(text, c, d, mentions.places) for d in group if d.event_type == other)  # "agreed after talks"
                # "met Abbas in Ramallah before travelling to Cairo": a leg of its own, not the trip's talks
                and not any(an_earlier_leg(text, c, d, mentions.places) for d in group if d.event_type == other)
                # "a truce called for by Putin and Erdogan when they met in Istanbul on Jan. 8": the meeting, on its day
                and not any(dated_in_its_time_clause(text, c, d, mentions.dates) for d in group if d.event_type == other)
                # "signed an accord in November 2019, which the Turkish parliament ratified in December": the
                # main clause's verb tells a deed of its own beside the one its relative clause describes
                and not any(told_beside_an_aside(text, c, d) for d in group if d.event_type == other)
                # "قطعت عام 1988 قبل أن تستأنف عام 1991": the later deed, on its own time
                and not a_later_dated_deed(
                    text, c, [d for d in group if d.event_type == other], mentions.dates, c.event_type in OPPOSED.get(other, ())
                )
                # "اتفاقيات مينسك، التي وقعت ... لإنهاء القتال": a deal the catalog names keeps its type;
                # so does a catalogued event told as the circumstance ("أعادت علاقاتها بعد قمة العلا")
                and not (
                    (c.event_type == "agreement" or c.circumstance)
                    and c.reference_id is not None
                    and all(d.reference_id is None for d in group if d.event_type == other)
                )
                for other in ruling
                if other != c.event_type
            ):
                if a_setting_with_its_time(text, c, mentions.dates):
                    # "أعادت علاقاتها في أعقاب قمة العلا في يناير 2021": the summit, on its own
                    # time, kept as the setting of the sentence's deed
                    out.append(replace(c, circumstance=True))
                continue
            out.append(c)
    out += followed_acts(text, out, mentions.triggers)  # "استقالتها الأحد، وتلتها وزيرة العدل": the act done again
    kept = _one_per_clause(text, out, mentions.dates, mentions.places)
    kept += [c for c in both if all(k is not c for k in kept)]
    return sorted(kept + told_in_passing, key=lambda c: c.trigger)


# A circumstance that came before the deed it opens ("بعد اشتباكات", "إثر معارك"), its
# subject perhaps between
_AFTER_AR = LazyPattern(r"(?<!\S)[وف]?(?:بعد|عقب|إثر|اثر)(?:\s+[^\s,،.;:؛]+){0,2}\s+$")


# The deed a verdict or an arrest punishes, opened by a cause or a charge a few words
# before the event word ("بسبب اعتصام رابعة", "over the 2013 sit-in"; data/assembly.json).
_DEED_WORDS = "|".join(
    re.escape(w)
    for w in sorted([*load_assembly_rules()["deed_markers"], *load_assembly_rules()["charge_markers"]], key=len, reverse=True)
)
_DEED = LazyPattern(r"(?<!\S)[وف]?(?:" + _DEED_WORDS + r")(?:\s+[^\s,،.;:؛]+){0,3}\s+$", re.IGNORECASE)


# The same words after a verdict or an arrest: what follows names the deed, its places and sides
_DEED_AFTER = LazyPattern(r"(?<!\S)[وف]?(?:" + _DEED_WORDS + r")(?!\w)", re.IGNORECASE)


# A catalogued event named through its perpetrators, suspects or victims ("القبض على والد
# منفذ هجوم مانشستر", "compensation for the victims of the Lockerbie bombing") is the
# setting of the sentence's event, told beside it on its own date, not the event.
_PARTY_OF = LazyPattern(
    r"(?<!\S)(?:[وفل]?(?:منفذ|منفذي|منفذو|منفذا|مرتكب|مرتكبي|مرتكبو|مدبر|مدبري|مدبرو|ضحايا|ضحية|"
    r"المتورطين\s+في|المتورط\s+في|المتهمين\s+في|المتهم\s+في)"
    r"|(?:perpetrators?|masterminds?|suspects?|victims?)\s+(?:of|in)(?:\s+the)?)\s+$",
    re.IGNORECASE,
)


# A word of discussion before a catalogued event's name makes it the topic of the
# sentence's event ("discussed the boycott of Qatar in a phone call", "talks that will
# focus on the Gulf crisis", "بحث ... الأزمة الخليجية"), not the sentence's event: it is kept beside it, on its own date.
# A verb of discussion may stand further back, its subject and partner between
# ("بحث أمير قطر مع الرئيس الأمريكي الأزمة الخليجية"), in the same clause.
_TOPIC = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:بحث|بحثا|ناقش|ناقشا|تناول|تناولا|يبحث|يناقش)(?:\s+[^\s,،.;:؛]+){0,8}"
    r"|[وف]?(?:حول|بشأن)"
    r"|(?:discuss|discussed|discusses|discussing|about|regarding|concerning|on|over)(?:\s+(?:a|an|the|this|that|its|their))?)"
    r"\s+$",
    re.IGNORECASE,
)


def _dated_otherwise(text: str, sentence: tuple[int, int], r: ReferenceMention, dates: list[TimeMention]) -> bool:
    """Whether the catalogued event's clause is dated by a day other than its own
    ("detained 70 soldiers on Tuesday over links to the failed 2016 coup"): the
    date is another event's, and the catalogued one is named in passing."""
    s, e = sentence
    lo, hi = _dating_clause(text[s:e], s, (r.start, r.end))
    usable = [
        d for d in dates if lo <= d.start and d.end <= hi and not d.recurring and not _is_duration(text, d)
    ]
    return bool(usable) and all(_disagrees(d.value, r.date) for d in usable)


# A clause that opens with a temporal preposition, a span of time before it ("three years after",
# "بعد ثلاث سنوات من"): its event is the circumstance of the sentence's own.
_ASIDE_CLAUSE = LazyPattern(
    r"\s*(?:[^\s,،]+\s+){0,4}?(?:after|before|since|following|[وف]?(?:بعد|منذ|عقب|إثر|قبل))\s", re.IGNORECASE
)


# right after a name: a closing quotation mark, a comma perhaps, a relative word and up to
# three words of its clause (its verb), ending where a time may start
_DATED_RELATIVE_AFTER = LazyPattern(
    r"[»\"”]?\s*[,،]?\s*(?:التي|الذي|which|that)\s+(?:[^\s.!?؟,،;:؛]+\s+){0,3}?(?:on\s+|in\s+|يوم\s+|في\s+)?\Z", re.IGNORECASE
)


def retold_with_its_time(text: str, name_end: int, sentence_end: int, dates: Sequence[TimeMention]) -> bool:
    """Whether a relative clause right after a catalogued name tells its deed with a time of its
    own ("عملية «غصن الزيتون» التي أطلقها السبت", "Operation Olive Branch, which it launched on
    Saturday")."""
    for d in dates:
        if name_end < d.start < min(sentence_end, name_end + 60) and not d.recurring:
            return _DATED_RELATIVE_AFTER.search(text, name_end, d.start) is not None and bool(
                re.match(r"[»\"”]?\s*[,،]?\s*(?:التي|الذي|which|that)\s", text[name_end : d.start], re.IGNORECASE)
            )
    return False


def _opens_aside(text: str, c: _Candidate) -> bool:
    lo, _ = _clause(text, c.sentence, c.trigger)
    return lo > c.sentence[0] and _ASIDE_CLAUSE.match(text, lo, c.trigger[0]) is not None


def _counted_apart(text: str, c: _Candidate) -> bool:
    """Whether the event word's clause opens with a count of years or months after or before
    ("agreed to a truce on Wednesday, two years after war broke out", "، بعد عامين من اندلاع
    الحرب"): a deed of another time than the sentence's own, which no event of it takes in."""
    lo, _ = _clause(text, c.sentence, c.trigger)
    if lo <= c.sentence[0]:
        return False
    m = load_counted_years()[0].search(text, lo, c.trigger[0])
    return m is not None and opens_the_clause(text, lo, m.start())


@lru_cache(maxsize=4)
def load_object_prepositions(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """An event word right after one of these (a determiner and two words may stand
    between) is what another event is about ("protested against the visit",
    "against the Israeli bombardment", "over the 2013 Rabaa sit-in"). English only:
    Arabic ضد is as often an idiom's ("رفعت صوتها ضد المجزرة")."""
    words = sorted(load_assembly_rules(path).get("object_prepositions", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(
        r"(?<!\S)(?:" + alternatives + r")(?:\s+(?:the|a|an|this|that|its|their|his|her))?(?:\s+[^\s,،.;:؛]+){0,2}\s+$",
        re.IGNORECASE,
    )


def _object_of_preposition(text: str, start: int) -> bool:
    return load_object_prepositions().search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=4)
def load_secured_events(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for a word of securing or covering an event right before
    its noun, perhaps past "the" (data/assembly.json `secured_events`)."""
    words = sorted(load_assembly_rules(path).get("secured_events", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<![^\W\d_])[وف]?(?:" + alternatives + r")\s+(?:the\s+|this\s+|its\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_announced_events(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for a word of time or sequence and a noun of announcing
    right before an event noun, perhaps past "the" (data/assembly.json `announced_events`)."""
    words = sorted(load_assembly_rules(path).get("announced_events", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(r"(?<![^\W\d_])[وفبل]?(?:" + alternatives + r")\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _announced(text: str, c: _Candidate) -> bool:
    """Whether the event noun is only named as what an announcement made known ("سبقت الإعلان عن
    المناورات", "before the announcement of the drills"): another deed of its sentence is the
    sentence's own event."""
    return not c.tense and load_announced_events().search(text, max(c.sentence[0], c.trigger[0] - 30), c.trigger[0]) is not None


def _secured(text: str, c: _Candidate) -> bool:
    """Whether the event noun is what another deed of its sentence secures or covers ("لتأمين
    الزيارة", "to secure the vote"): that deed is the sentence's own event."""
    return not c.tense and load_secured_events().search(text, max(c.sentence[0], c.trigger[0] - 30), c.trigger[0]) is not None


@lru_cache(maxsize=4)
def load_terms_prepositions(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], frozenset[str]]:
    """A search, anchored at the end, for a word before the terms a deed was done under (data/
    assembly.json `terms_prepositions`), and the event types such terms may be."""
    rules = load_assembly_rules(path).get("terms_prepositions", {})
    words = sorted(rules.get("words", ()), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return (
        re.compile(
            r"(?<!\S)(?:" + alternatives + r")(?:\s+(?:the|a|an|this|that|its|their|his|her))?(?:\s+[^\s,،.;:؛]+){0,2}\s+$",
            re.IGNORECASE,
        ),
        frozenset(rules.get("types", ())),
    )


def _under_its_terms(text: str, c: _Candidate) -> bool:
    """Whether an English deal or truce is named as the terms another deed was done under
    ("poured into Haiti ... under an agreement struck only hours before")."""
    search, types = load_terms_prepositions()
    start = c.trigger[0]
    return c.event_type in types and not is_arabic(c.trigger_text) and search.search(text, max(c.sentence[0], start - 40), start) is not None


def _discussed(text: str, sentence_start: int, cand: _Candidate) -> bool:
    own, verbs = load_discussion_verbs()
    if cand.event_type in own or cand.reference_id is not None:
        return False
    return verbs.search(text, max(sentence_start, cand.trigger[0] - 200), cand.trigger[0]) is not None


def _talked_about(text: str, cand: _Candidate) -> bool:
    """Whether a catalogued event is the topic of a discussion verb before it ("بحث أردوغان هاتفيا
    مع أمير قطر الأزمة الخليجية", "discussed the Gulf crisis"): the talks are the sentence's event."""
    own, verbs = load_discussion_verbs()
    if cand.reference_id is None or cand.event_type in own:
        return False
    return verbs.search(text, max(cand.sentence[0], cand.trigger[0] - 200), cand.trigger[0]) is not None


@lru_cache(maxsize=4)
def load_apposition(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A comma, an opener of a phrase naming the deed told before (data/assembly.json
    `apposition_openers`) and at most one word, ending where the noun starts."""
    words = "|".join(map(re.escape, load_assembly_rules(path).get("apposition_openers", ())))
    return re.compile(rf"[،,]\s*(?:{words})\s+(?:\w+\s+)?$")


# a comma and a relative word opening a clause that describes the noun before it
_DESCRIBING_RELATIVE = LazyPattern(r"[,،]\s*(?:[وف]?(?:الذي|التي)|which|that)\s")
_DESCRIBED_REACH = 160  # characters at most between the deed's word and the describing noun


def _described_after_it(text: str, prev: _Candidate, t: TriggerMention) -> bool:
    """Whether the event noun `t` stands in a relative clause set off by a comma after `prev`, a
    word of its type, describing it ("ختام تمرين ...، والذي يوصف بأنه أضخم تمرين عسكري", "the
    drill, which was the largest exercise in the region")."""
    if t.tense or not prev.trigger[1] < t.start <= prev.trigger[1] + _DESCRIBED_REACH:
        return False
    opener = _DESCRIBING_RELATIVE.search(text, prev.trigger[1], t.start)
    # the noun inside that clause, no other clause opened between
    return opener is not None and _CLAUSE_BREAK.search(text, opener.end(), t.start) is None


def _named_after_its_verb(text: str, prev: _Candidate, t: TriggerMention) -> bool:
    """Whether an Arabic noun of a type, opening a phrase past a comma after a verb in the
    past of that type (`prev`), names the deed the verb told."""
    return (
        prev.tense == "past"
        and not t.tense
        and is_arabic(t.text)
        and not prev.circumstance
        and prev.trigger[1] < t.start
        and load_apposition().search(text[max(prev.trigger[1], t.start - 40) : t.start]) is not None
    )


_CLAUSE_OPENING = LazyPattern(r"(?:^|[.،,:؛;)\n]|\s-)\s*(?:ثم\s+)?$")
_COORDINATED_VERB_AR = LazyPattern(r"(?:^|\s)و\w+\s+(?:\w+\s+)?$")


def _noun_past_its_verb(text: str, prev: _Candidate, t: TriggerMention) -> bool:
    """Whether an Arabic noun of a type, past a clause break after the sentence's verb in the past
    of that type (`prev`), retells that verb's deed rather than opening one of its own.

    Not a noun written with و first, most often joined by it to another (a second deed or the
    first's other half: "دعمها ... وتسليحها"; a noun whose own first letter is و, as وقفة, is left
    to the weights too), nor one after a verb joined by و ("ونفذ تفجيرا", "وتم تجميد أصوله"), nor
    the cause of deaths the verb told ("لقي أربعة مصرعهم في هجوم").
    """
    if not (prev.tense == "past" and not t.tense and is_arabic(t.text) and not prev.circumstance and prev.trigger[1] < t.start):
        return False
    if _CLAUSE_OPENING.search(text[max(prev.sentence[0], prev.trigger[0] - 20) : prev.trigger[0]]) is None:
        return False  # a verb that opens its clause, not a noun read as a verb ("أقر الوزراء حظرا")
    if _CLAUSE_BREAK.search(text, prev.trigger[1], t.start) is None:
        return False
    if t.text.startswith("و") or text[t.start - 1 : t.start] == "و":
        return False
    if _COORDINATED_VERB_AR.search(text[max(prev.trigger[1], t.start - 30) : t.start]) is not None:
        return False
    return load_dead_causes()[0].search(text, prev.trigger[0], t.start) is None


def _takes_in(other: _Candidate, c: _Candidate) -> bool:
    """Whether a word of `other`'s type would take in `c`'s (a visit its talks, a truce its meeting)."""
    return c.event_type in DOMINATES.get(other.event_type, ())


def _ended_by_the_deed_before(text: str, c: _Candidate, group: Sequence[_Candidate]) -> bool:
    """Whether the candidate stands in a clause of result opened by a word of ending, after a deed
    of the opposed type named before its comma, verb or noun ("agreed to restore relations, ending
    seven years of severed ties", «اتفقتا على استئناف العلاقات، منهيتين قطيعة استمرت سبع سنوات»):
    what that deed ended. A sanction it prompted ("..., prompting Riyadh to impose sanctions") is none."""
    opposed = OPPOSED.get(c.event_type, ())
    return (
        bool(opposed)
        and in_a_clause_of_ending(text, c)
        and in_a_result_clause(text, c, group, lambda d: d.event_type in opposed)
    )


def _one_per_clause(
    text: str, candidates: list[_Candidate], dates: Sequence[TimeMention] = (), places: Sequence[PlaceMention] = ()
) -> list[_Candidate]:
    """The best-supported candidate of each sentence, plus strong ones of other clauses.

    A sentence usually reports one event; words of other types in it are most
    often its circumstances ("talks on aid", "a visit after the attack").
    """

    def strength(c: _Candidate) -> tuple[bool | float | int, ...]:
        # a catalogued event the sentence names as its setting ("his first visit since
        # the Gulf rift began", "..., three years after Cairo joined the boycott of Doha")
        # gives way to the sentence's own event, and is kept beside it; an event told
        # before ("these visits") gives way to any other; so does one a noun before it
        # presupposes, to an event word before that noun ("struck a depot ... in response
        # to a violation of the ceasefire"); one told after ", where" gives way to the
        # event at that place ("killed in Tehran, where he had attended the inauguration");
        # a state told by a weak word with when it began ("the RSF, which had controlled the
        # area since 2023") gives way to any other event word of its sentence
        return (
            not c.epithet,  # "supporters of the jailed activist rallied": the rally, not the jailing
            not (victims and done_by_its_crowd(text, c, victims)),  # "protesters marched and clashed with police"
            not _a_standing_state(text, c),
            # "landed in Rabat on Tuesday, cementing a deal": the deed of the main clause
            id(c) not in resulting,
            # "استعادت القوات السيطرة على المعبر ...، انتهت باتفاقات تسوية": the deed, not what it ended in
            id(c) not in outcomes,
            not (c.circumstance or _opens_aside(text, c) or _in_a_place_clause(text, c) or in_an_arabic_place_clause(text, c)),
            # "bomber killed 40 police in Pulwama, an attack claimed by JeM": the verb tells the deed
            id(c) not in restating,
            # "أقر الوزراء في اجتماعهم أمس حزمة من العقوبات": the deed decided at the meeting
            id(c) not in settings,
            not _in_progress(text, c),
            not _is_anaphoric(text, c.trigger[0], c.tense == "past"),
            not _object_of_preposition(text, c.trigger[0]),
            not _secured(text, c),  # "نشرت ... عنصر من قوات الأمن لتأمين الزيارة": the deployment
            not _announced(text, c),  # "بتعليق استيراد ... سبقت الإعلان عن المناورات": the suspension
            not _under_its_terms(text, c),  # "poured into Haiti under an agreement struck hours before"
            not _talked_about(text, c),
            id(c) not in presupposed,
            not (victims and named_as_victims(text, c, victims)),  # "killed three protesters": the killing
            # "تتواصل المحادثات الرامية إلى إحياء الاتفاق النووي": the talks, not the deal they would revive
            not revived_object(text, c),
            c.reference_id is not None,
            # a call beside a deed that would take it in gives way to it, kept beside it (below)
            id(c) not in calls_beside,
            round(c.weight, 1),
            -c.trigger[0],
        )

    by_sentence: dict[tuple[int, int], list[_Candidate]] = {}
    for c in candidates:
        by_sentence.setdefault(c.sentence, []).append(c)
    kept: list[_Candidate] = []
    presupposed: set[int] = set()
    resulting: set[int] = set()
    outcomes: set[int] = set()
    calls_beside: set[int] = set()
    victims: list[_Candidate] = []
    settings: set[int] = set()
    restating: set[int] = set()
    for group in by_sentence.values():
        if len(group) > 1:
            # "شنت الطائرات أمس غارات، في واحد من أعنف أيام القصف منذ بدء الحرب": the day's measure
            # of the deed beside it, no deed of its own
            group = [
                c
                for c in group
                if not (
                    not c.tense
                    and any(o is not c and o.event_type == c.event_type for o in group)
                    and a_ranked_stretch(text, c.trigger, c.sentence)
                )
            ] or group
            calls_beside = {id(c) for c in group if c.cameo == PHONE_CALL and any(_takes_in(o, c) for o in group)}
            presupposed = _presupposed_after_another(text, group)
            resulting = {
                id(c) for c in group if in_a_result_clause(text, c, group) or _ended_by_the_deed_before(text, c, group)
            }
            outcomes = {id(c) for c in group if any(o is not c and _told_as_outcome(text, c, o) for o in group)}
            victims = group
            settings = {id(c) for c in group if gathering_as_setting(text, c, group)}
            restating = {id(c) for c in group if restates_the_deed_before(text, c, group)}
        best = max(group, key=strength) if len(group) > 1 else group[0]
        kept.append(best)
        if len(group) == 1:
            continue
        best_clause = _clause(text, best.sentence, best.trigger)
        for c in group:
            if c is best or id(c) in restating:
                continue
            if c.trigger == best.trigger:
                kept.append(c)  # "staged a coup in July 2013": the armed seizure and the change of office, one deed's two events
                continue
            if victims and named_as_victims(text, c, victims):
                continue  # "stormed the camp, beating demonstrators": whom the deed befell, no event
            if done_by_its_crowd(text, c, group):
                continue  # "demonstrators clashed with police, setting fire to police vehicles": the protest's doing
            if _ended_by_the_deed_before(text, c, group):
                # "restored ties, ending seven years of severed relations": the break the deed
                # ended, an event only on a time of its own ("ending a rift that began when Riyadh
                # severed ties in January 2016")
                lo, hi = _clause(text, c.sentence, c.trigger)
                if lo > best.trigger[1] and any(lo <= d.start and d.end <= hi for d in dates):
                    kept.append(replace(c, background=True))
                continue
            if c.weight >= WEAK_TRIGGER and dispersed_crowd(text, c):
                kept.append(c)  # "police fired tear gas at protesters": the crowd protested
                continue
            if c.epithet:
                kept.append(c)  # "killed supporters of ousted president Morsi": the ouster, if catalogued
                continue
            if c.weight >= WEAK_TRIGGER and in_an_arabic_place_clause(text, c) and not in_an_arabic_place_clause(text, best):
                # "مفاوضات تجري ... إلى المناطق التي نفذت فيها تركيا عملية درع الفرات": what else
                # happened at the place, kept beside the sentence's deed as the clause of ", where" is
                kept.append(replace(c, background=True))
                continue
            if c.weight >= WEAK_TRIGGER and c.circumstance and _on_the_eve_of_a_day(text, c, dates):
                # "بدت الحياة طبيعية اليوم الخميس غداة انقلاب عسكري أطاح بالرئيس": the coup of the day
                # before, a deed of its own day beside the sentence's event
                kept.append(replace(c, background=True))
                continue
            if onset_with_its_date(text, c, dates):
                # "the war erupted on April 15 after ... a plan agreed in December": the onset too
                kept.append(replace(c, background=True))
                continue
            if (
                c.weight >= WEAK_TRIGGER
                and c.event_type != best.event_type
                and not c.tense  # a noun ("the 2011 uprising that toppled Ben Ali": no verb's)
                and (own := noun_date(text, c.trigger, dates, c.tense)) is not None
                and own.basis == "explicit"  # a month or a year, no weekday («متظاهر الجمعة»: the day's protester)
                and noun_date(text, best.trigger, dates, best.tense) is not own
            ):
                # "imposed sanctions in 1996 after it refused to hand over suspects in the June 1995
                # attempt on the life of Mubarak": the noun's phrase dates a deed of its own
                kept.append(replace(c, background=True))
                continue
            if c.weight >= WEAK_TRIGGER and verb_of_its_subject_noun(text, c, best):
                kept.append(c)  # "انتخبت القمة فلانا رئيسا للمفوضية": the summit's vote, beside the summit
                continue
            if c.event_type == best.event_type and c.weight >= WEAK_TRIGGER:
                # another event of its type, on a day of its own (`_dated_parts`), or told
                # as the circumstance of the sentence's own one
                kept.append(replace(c, background=True) if c.circumstance and not best.circumstance else c)
                continue
            if c.weight >= WEAK_TRIGGER and (_told_by_a_second_verb(text, c, best) or _told_by_a_participle(text, c, best)):
                kept.append(c)  # "visited Erbil and signed agreements": the subject did both
                continue
            if c.weight >= WEAK_TRIGGER and c.circumstance and not best.circumstance and told_in_an_hours_clause(text, c):
                kept.append(c)  # "resigned on Tuesday, hours after mutinous soldiers detained him": both deeds
                continue
            if c.weight >= WEAK_TRIGGER and not c.circumstance and _second_verb_after_its_first(text, c, best):
                # "seized Sanaa in September and placed Hadi under house arrest", "هاجم الحوثيون
                # صنعاء في سبتمبر واعتقلوا هادي": the subject did both deeds
                kept.append(c)
                continue
            if (
                c.weight >= WEAK_TRIGGER
                and not c.circumstance
                and (c.weight < STRONG_TRIGGER or _clause(text, c.sentence, c.trigger) == best_clause)
                and _joined_by_a_clause_of_time(text, c, best)
            ):
                # "بدأت الاحتجاجات في 8 يوليو عندما فتحت قوات الأمن النار": both deeds, on a day of their own
                kept.append(replace(c, background=True))
                continue
            if c.weight >= WEAK_TRIGGER and _in_progress(text, c) and any(o.trigger[1] <= c.trigger[0] for o in group):
                kept.append(c)  # "قتلت القوات 60 فلسطينيا كانوا يحتجون": the protest was going on that day
                continue
            if c.weight >= WEAK_TRIGGER and _told_as_outcome(text, c, best):
                # "اندلعت مواجهات ... وانتهت بهدنة": the fight ended in a truce, on a day the
                # sentence must give (the fight's own may be the catalog's)
                kept.append(replace(c, background=True))
                continue
            if c.weight >= WEAK_TRIGGER and told_beside_an_aside(text, c, best):
                kept.append(c)  # "Erdogan, who became prime minister in 2003, has mended relations"
                continue
            if c.weight >= WEAK_TRIGGER and not c.circumstance and deed_of_a_dated_relative(text, c.trigger, c.tense, best.trigger, dates):
                kept.append(c)  # "أدى اليمين أمام أنصاره الذين احتشدوا أمس": the rally too, on its day
                continue
            if c.weight >= WEAK_TRIGGER and not c.circumstance and _done_before_another_subject(text, c, [best]):
                kept.append(c)  # "Erdogan received al-Sharaa in Ankara, and Kalin was the first to visit ..."
                continue
            if c.weight >= WEAK_TRIGGER and ((not c.circumstance and an_earlier_leg(text, c, best, places)) or an_earlier_leg(text, best, c, places)):
                kept.append(replace(c, circumstance=False))  # "met Abbas in Ramallah before travelling to Cairo": a leg of its own
                continue
            if c.weight >= WEAK_TRIGGER and not c.circumstance and apart_by_a_later_clause(text, c.sentence, c.trigger, best.trigger, dates):
                kept.append(c)  # "protested in Khartoum before Bashir resigned in 2019": both deeds, each on its own time
                continue
            if c.weight >= WEAK_TRIGGER and id(c) in calls_beside:
                kept.append(c)  # "visited Israel, and in a phone call with Sisi pressed ...": a call of its own
                continue
            if c.weight >= WEAK_TRIGGER and not c.circumstance and (
                _done_after_another_subject(text, c, best)
                # "since Trump pulled out of the nuclear deal and Washington reimposed sanctions"
                or named_deed_after_and(text, c, best)
                or _joined_past_deeds(text, c, best)
                or ongoing_before_another_deed(text, c, best)  # "يحشد الأسد جيشه ...، وشاركت الطائرات الروسية في قصف"
                or done_to_one_person(text, c, best)  # "عزل الرئيس عمر البشير واعتقاله"
                or a_deed_of_its_own(text, c, [best], _dated_parts(text, c.sentence, dates))
            ):
                kept.append(c)  # "Sawan was appointed to lead the inquiry, and 20 people have been detained"
                continue
            if c.weight >= WEAK_TRIGGER and led_to(text, c, best):
                kept.append(replace(c, background=True))  # "talks in 2013 that paved the way for the agreement"
                continue
            if c.weight >= WEAK_TRIGGER and any(brought_about_by_its_subject(text, c, d, group) for d in group if d is not c):
                kept.append(c)  # "protests that forced out Ben Ali", "أطاحت الاحتجاجات بالرئيس": both deeds
                continue
            if c.weight >= WEAK_TRIGGER and not c.circumstance and told_before_a_relative_deed(text, c, best):
                kept.append(c)  # "بدأت الانتشار اليوم، تنفيذا للمذكرة التي وقعها الرئيسان أمس": both
                continue
            if c.weight >= WEAK_TRIGGER and signed_in_its_relative(text, c):
                kept.append(replace(c, background=True))  # "أرسلت قوات بموجب مذكرة تفاهم وقعها الطرفان": the signing too
                continue
            if c.weight >= WEAK_TRIGGER and kept_talks(text, c, best):
                kept.append(replace(c, background=True))  # "signed a truce on Tuesday after talks in Cairo"
                continue
            if c.weight >= WEAK_TRIGGER and election_of_its_own(text, c, best, dates):
                kept.append(c)  # "won the October 30 election and was sworn in on January 1": both
                continue
            if (
                c.weight >= WEAK_TRIGGER
                and c.circumstance
                and not best.circumstance
                and _clause(text, c.sentence, c.trigger) != best_clause
                and (
                    (
                        c.tense == "past"
                        and text[c.trigger[0] : c.trigger[0] + 1].isascii()
                        and days_after(text, max(c.sentence[0], c.trigger[0] - _DAYS_AFTER_REACH), c.trigger[0]) is not None
                    )
                    # "عزل الرئيس بازوم، بعد ساعات من احتجازه داخل القصر": the detention too
                    or noun_of_a_counted_deed(text, c)
                )
            ):
                # "declared himself leader on Friday, two days after his troops detained the
                # president": the deed of the circumstance happened too, so many days before
                kept.append(replace(c, background=True))
                continue
            if not best.circumstance and _clause(text, c.sentence, c.trigger) != best_clause and _counted_apart(text, c):
                # "agreed to a truce on Wednesday, two years after war broke out", "بعد عامين من اندلاع
                # الحرب": the deed of the count happened too, that many years or months before
                kept.append(replace(c, background=True))
                continue
            if (
                c.weight >= WEAK_TRIGGER
                and c.circumstance
                and not best.circumstance
                and c.event_type != best.event_type
                and _coincident(text, c.trigger[0])
            ):
                # "تصعيد للقصف الجوي، بالتزامن مع تعزيزات عسكرية": what the sentence's deed
                # coincides with happened too, at the same time
                kept.append(c)
                continue
            if c.weight >= WEAK_TRIGGER and _trip_before_its_circumstance(text, c, best):
                kept.append(c)  # "travelled to Moscow on Thursday after an air strike killed 34 soldiers": the trip too
                continue
            if c.weight < STRONG_TRIGGER:
                if c.weight >= WEAK_TRIGGER and (
                    _told_with_its_year(text, c.trigger, c.tense)
                    or _named_with_its_day(text, c.trigger)  # "imposed sanctions over the Feb. 1 coup"
                    # "..., where it has fought the Houthis since 2015", "قبل أن يعلن الجيش عزل الرئيس في 11 من الشهر نفسه"
                    or dated_in_its_own_clause(text, c, best, group, dates)
                    # "broke off relations in 1984, after policewoman Yvonne Fletcher was shot dead": of that year
                    # (not a deed a noun is about: "after a U.N. report on the raid")
                    or (
                        not _recalled(text, c.trigger[0], c.event_type)
                        and year_before_after(c, text, dates, "ar" if is_arabic(c.trigger_text) else "en") is not None
                    )
                ):
                    # "since the 2011 uprising that toppled Gaddafi", "split after a Turkish invasion in 1974"
                    if not lead_up_to_a_deed_of_its_type(text, c, kept):
                        kept.append(replace(c, background=True))
                elif c.weight >= WEAK_TRIGGER and c.event_type != best.event_type and (own := time_clause_of_its_own(text, c)) is not None:
                    # "signed a declaration at their summit, hours after Qatar's ruler landed at the
                    # airport": the clause's own subject did that deed too, of its time or another
                    kept.append(c if own else replace(c, background=True))
                continue
            if _clause(text, c.sentence, c.trigger) != best_clause:
                # "..., following 10 days of talks in Switzerland": a circumstance set apart
                # by a comma is still one, dated only by a date of its own; a visit it took place
                # during ("..., during a visit by ...") is that deed's
                set_apart = c.circumstance and not best.circumstance and day_of_the_deed_during(text, c, dates) is None
                kept.append(replace(c, background=True) if set_apart else c)
            elif (c.circumstance or _object_of_preposition(text, c.trigger[0]) or id(c) in settings) and not best.circumstance:
                # "Turkey sends food to Qatar after Saudi Arabia cut ties": the
                # boycott happened too, on a day the sentence or the catalog must give;
                # so did the visit of "protested against the visit", when dated or catalogued;
                # "signed in Amman during a visit by ...": the visit was that day's
                kept.append(replace(c, background=not _simultaneous(text, c)))
            elif _dated_after_the_event(text, c, best, group, dates):
                # "تعثر الاتفاق بعد اتهامات بالمسؤولية عن محاولة اغتيال ... في مارس الماضي":
                # the attempt, on the date written out for it
                kept.append(replace(c, background=True))
            elif any(
                a_later_dated_deed(text, c, [d], dates, undoing=True)
                for d in group
                if c.event_type in OPPOSED.get(d.event_type, ())
            ):
                # "قطعتا العلاقات عام 1988 ثم أعادتاها عام 1991": the later deed, on its own time
                kept.append(c)
            elif c.event_type != best.event_type and (own := time_clause_of_its_own(text, c)) is not None:
                # "taken prisoner on Wednesday after his MiG-21 was shot down": the clause's own deed
                kept.append(c if own else replace(c, background=True))
    return sorted(kept, key=lambda c: c.trigger)


def _lead_report(
    text: str,
    cand: _Candidate,
    sentences: Sequence[tuple[int, int]],
    attribution: Attribution | None,
    unanchored: bool,
    told: Sequence[str] = (),
) -> bool:
    """Whether a reported event is the article's news: a doing told in the past by a
    source in the article's first sentence ("قالت مصادر ليبية، الأربعاء، إن مليشيات
    اختطفت عضو المجلس", "Libyan sources said militias kidnapped ..."). Elsewhere a
    report with no date of its own may tell of anything; a claim or an accusation
    asserts nothing."""
    if attribution is None or attribution.kind != "report" or unanchored or cand.background or not sentences:
        return False
    first = cand.tense == "past" and cand.sentence[0] == sentences[0][0]
    if not first and not official_lead(text, cand, sentences, attribution, told):
        return False  # past the first sentence or told by a noun: only an official source's deed told as done
    speaker = fold_str(text[attribution.speaker_start : attribution.speaker_end]).lower().split()
    if speaker and speaker[0] in load_hearsay_speakers():
        return False  # "تفيد التقارير الواردة بأن ...": hearsay, not a source
    return not _accused(text, cand.sentence[0], cand.trigger[0])


def _field_report(text: str, cand: _Candidate, attribution: Attribution | None, unanchored: bool) -> bool:
    """Whether a reported event past the first sentence is still the day's news: a doing
    told in the past by sources on the ground ("وأفادت مصادر محلية بأن مسلحين اختطفوا ...",
    "witnesses said gunmen kidnapped ...", "وقالت الشرطة إن قذائف هاون أطلقت من خارج المطار"),
    who report what just happened, not background."""
    if attribution is None or attribution.kind != "report" or unanchored or cand.background:
        return False
    if cand.tense != "past" and not _doer_of_a_past_verb(text, cand):
        return False
    speaker = " ".join(fold_str(text[attribution.speaker_start : attribution.speaker_end]).lower().split())
    return speaker in load_field_sources() and not _accused(text, cand.sentence[0], cand.trigger[0])


def _doer_of_a_past_verb(text: str, cand: _Candidate) -> bool:
    """Whether an English event word names the doers as the subject of a verb in the past right
    after it ("witnesses said gunmen kidnapped ...", as مسلحين اختطفوا): the deed told as done."""
    if cand.tense or cand.reference_id is not None or not text[cand.trigger[0] : cand.trigger[0] + 1].isascii():
        return False
    after = _THATLESS_WORD.match(text, cand.trigger[1] + 1) if text[cand.trigger[1] : cand.trigger[1] + 1] == " " else None
    return after is not None and (_finite_ed(after.group()) or after.group() in _thatless_words()[1])


@lru_cache(maxsize=4)
def load_field_sources(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Sources on the ground whose reports tell the day's news (data/assembly.json `field_sources`)."""
    return frozenset(" ".join(fold_str(w).lower().split()) for w in load_assembly_rules(path).get("field_sources", ()))


@lru_cache(maxsize=4)
def load_hearsay_speakers(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Sources that are reports themselves (data/assembly.json `hearsay_speakers`)."""
    return frozenset(fold_str(w).lower() for w in load_assembly_rules(path).get("hearsay_speakers", ()))


def _split_off(
    event: Event,
    listed: list[ReferenceEntry],
    actors: list[ActorMention],
    catalog: ReferenceCatalog,
    gazetteer: Gazetteer,
) -> list[Event]:
    """The events of the other catalogued entries a sentence lists with the one
    that dates `event`; their own countries and actors leave `event`.

    "Seven states cut ties with Qatar: Saudi Arabia, ..., Mauritania and the
    Comoros" is the boycott of 5 June plus Mauritania's of 6 June and the
    Comoros' of 7 June, each on its own day on the timeline.
    """
    main = catalog.get(event.reference_id) if event.reference_id else None
    shared = set(main.countries) if main is not None else set()
    leaving = {c for entry in listed for c in entry.countries if c not in shared}
    country_of = {a.actor_id: a.country for a in actors}
    located = (event.location or {}).get("country")
    out: list[Event] = []
    for entry in listed:
        own = [c for c in entry.countries if c not in shared]
        split = replace(
            event,
            event_id=_stable_id(event.event_id, entry.id),
            date=entry.date,
            date_precision=entry.precision,  # type: ignore[arg-type]
            date_basis="reference",
            end_date=entry.end_date,
            title=entry.name_ar if event.language == "ar" else entry.name_en,
            reference_id=entry.id,
            countries=list(entry.countries),
            actors=[a for a in event.actors if country_of.get(a) in entry.countries],
            spans={**event.spans, "date": None},
            sources=[],
        )
        split.actor1 = next((a for a in split.actors if country_of.get(a) in own), None)
        split.actor2 = next((a for a in split.actors if a != split.actor1), None)
        if located in entry.countries:
            split.location = event.location
        elif entry.location_country or own:
            split.location = _country_location(entry.location_country or own[0], gazetteer)
        else:
            split.location = None
        out.append(split)
    event.countries = [c for c in event.countries if c not in leaving]
    event.actors = [a for a in event.actors if country_of.get(a) not in leaving]
    if event.actor1 not in event.actors:
        event.actor1 = event.actors[0] if event.actors else None
    if event.actor2 not in event.actors or event.actor2 == event.actor1:
        event.actor2 = next((a for a in event.actors if a != event.actor1), None)
    if located in leaving:
        event.location = _country_location(main.location_country, gazetteer) if main and main.location_country else None
    return out


# "met each of the King of Jordan and the Saudi crown prince", "met separately with"
_DISTRIBUTIVE = LazyPattern(
    r"(?<!\S)(?:[وف]?(?:كلا|كلًا|كلاً|كل) من|على حدة|each of|both|separately)(?!\w)", re.IGNORECASE
)


# a verb of taking part before كل من in its sentence: "شارك في المؤتمر ... كل من الرئيس الفرنسي
# والرئيس المصري" lists who took part together, one gathering, not one meeting per guest
_TOOK_PART = LazyPattern(r"(?<![^\W\d_])[وف]?(?:شارك|شاركت|شاركوا|يشارك|تشارك|حضر|حضرت|حضره|حضرها|يحضر|تحضر)(?![^\W\d_])")


def _distributive(text: str, sentence_start: int, start: int, end: int) -> re.Match[str] | None:
    """The distributive words between `start` and `end` ("met each of", «التقى كلا من»), unless they
    list the participants of one gathering after a verb of taking part in their sentence («وشارك
    في المؤتمر، الذي استضافه الكاظمي، كل من ...»)."""
    each = _DISTRIBUTIVE.search(text, start, end)
    if each is None or (each.group().strip().endswith("من") and _TOOK_PART.search(text, sentence_start, each.start())):
        return None
    return each


def _each_counterpart(
    event: Event, initiator: list[ActorMention], others: list[ActorMention], gazetteer: Gazetteer
) -> list[Event]:
    """The meetings or visits of one initiator with counterparts of different
    countries, told as one ("التقى المسؤولان كلا من العاهل الأردني وولي عهد
    السعودية", "met separately with the Jordanian king and the Saudi crown
    prince"): `event` keeps the first counterpart; each other country gets its
    own event."""
    own = set(_countries_of(initiator))
    by_country: dict[str, list[str]] = {}
    for a in others:
        for c in (a.members or (a.country,)):
            if c and c not in own:
                by_country.setdefault(c, []).append(a.actor_id)
    if len(by_country) < 2:
        return []
    first, *rest = by_country
    for country in by_country:  # the listed counterparts are all parties to one of the events
        if country not in event.countries:
            event.countries.append(country)
    for ids in by_country.values():
        event.actors += [i for i in ids if i not in event.actors]
    located = (event.location or {}).get("country")
    out: list[Event] = []
    for country in rest:
        ids = by_country[country]
        split = replace(
            event,
            event_id=_stable_id(event.event_id, country),
            countries=[c for c in event.countries if c in own] + [country],
            actors=[a for a in event.actors if a not in _ids_of_other(by_country, country)],
            actor2=ids[0],
            spans={**event.spans},
            sources=[],
        )
        if located == country:
            split.location = event.location
        else:  # a visit takes place at the host's; a meeting's place is not told
            split.location = _country_location(country, gazetteer) if event.event_type == "visit" else None
        out.append(split)
    leaving = set(rest)
    event.countries = [c for c in event.countries if c not in leaving]
    event.actors = [a for a in event.actors if a not in _ids_of_other(by_country, first)]
    if event.actor2 not in event.actors:
        event.actor2 = by_country[first][0]
    if located in leaving:
        event.location = _country_location(first, gazetteer) if event.event_type == "visit" else None
    return out


def _ids_of_other(by_country: dict[str, list[str]], country: str) -> set[str]:
    """The actor ids of the counterparts of every country but `country`."""
    return {i for c, ids in by_country.items() if c != country for i in ids} - set(by_country[country])


def _presupposed_after_another(text: str, group: list[_Candidate]) -> set[int]:
    """The ids of the candidates of a sentence that a noun before them presupposes (`_recalled`:
    "a violation of the ceasefire", "انتهاك اتفاق وقف إطلاق النار") with another candidate's
    word before that noun ("struck a depot ... in response to a violation of the ceasefire")."""
    out: set[int] = set()
    first_end = min(c.trigger[1] for c in group)
    for c in group:
        pattern = load_recalled_by().get(c.event_type)
        if pattern is None or c.trigger[1] == first_end:
            continue
        m = pattern.search(text, max(0, c.trigger[0] - 60), c.trigger[0])
        if m is not None and any(o is not c and o.trigger[1] <= m.start() for o in group):
            out.add(id(c))
    return out


# Words that open, after an English trip told by its verb, the clause of its cause or its
# purpose ("travelled to Moscow after an escalation", "flew to Sanaa for talks on a truce")
_TRIP_CIRCUMSTANCE = LazyPattern(r"\b(?:after|following|for talks|for a meeting|to attend|to discuss|to hold talks)\b", re.IGNORECASE)


def _trip_before_its_circumstance(text: str, c: _Candidate, best: _Candidate) -> bool:
    """Whether `c` is an English trip told in the past by the verb of the sentence's main
    clause, before the word of another type that would displace it, in a later clause of its
    cause or purpose: both happened, the trip in the main clause and the deed of the other."""
    return (
        c.event_type == "visit"
        and best.event_type != "visit"
        and c.tense == "past"
        and not c.circumstance
        and text[c.trigger[0] : c.trigger[0] + 1].isascii()
        and c.trigger[1] <= best.trigger[0]
        and _TRIP_CIRCUMSTANCE.search(text, c.trigger[1], best.trigger[0]) is not None
    )
