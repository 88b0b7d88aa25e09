"""An English event word told after one of its type in the same sentence, past ", and" and a
subject of its own ("Iraq flew planeloads of fuel to Damascus, and Algeria sent a civil
protection team to Syria"; "sent two aircraft to Adana, and a third plane loaded with food
landed in Damascus"): a second deed, not the first one told again (data/assembly.json
`subject_after_and`). Whether the two are one event after all is left to the merge of one
article's tellings, which keeps apart deeds of different doers or places."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.own_days import ABBREVIATION_DOT, load_after_subject
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, TimeMention, TriggerMention
from events.text.lazy import LazyPattern


def _english_after_its_type(
    t: TriggerMention, triggers: Sequence[TriggerMention], sentence: tuple[int, int]
) -> list[TriggerMention]:
    """The asserted triggers of `t`'s type before the English trigger `t` in `sentence`
    (none when `t` is not English)."""
    if not t.text[:1].isascii():
        return []
    return [
        u for u in triggers
        if u.event_type == t.event_type and u.modality == "asserted" and sentence[0] <= u.start and u.end <= t.start
    ]


@lru_cache(maxsize=4)
def load_added_verb_opening(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for a comma and a word of addition
    (data/assembly.json `addition_openers.ar`: كما) right before an Arabic verb."""
    words = load_assembly_rules(path).get("addition_openers", {}).get("ar", ())
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(r"[،,]\s*[وف]?(?:" + alternatives + r")\s+(?:قد\s+)?$")


# the endings of an Arabic verb whose subject is the plural or the pair told before it
# (كما رددوا، ويرددون، التقتا): a subject named after a verb leaves it in the singular
_SHARED_SUBJECT_ENDINGS = ("وا", "ون", "ان", "تا")


def shares_its_subject(verb: str) -> bool:
    """Whether the Arabic verb carries its subject as a plural or dual ending."""
    return verb.endswith(_SHARED_SUBJECT_ENDINGS)


def _added_arabic_verb(
    text: str,
    t: TriggerMention,
    triggers: Sequence[TriggerMention],
    sentence: tuple[int, int],
    actors: Sequence[ActorMention],
) -> bool:
    """Whether the Arabic verb `t` opens, right after a comma and كما, a clause of its own after an
    asserted trigger of its type in `sentence` ("وصلت فرق إنقاذ إسبانية، كما حطت طائرة قطرية
    تقل فريقا للبحث"): the verb comes first in its clause, its subject after it, another deed;
    not a verb whose ending carries the subject told before it (كما رددوا هتافات), nor one whose
    clause names no country the clause before does not (كما منعت دخول القطريين إلى المملكة,
    the same state's measure told on)."""
    if not t.tense or t.text[:1].isascii() or shares_its_subject(t.text):
        return False
    if not any(
        u.event_type == t.event_type and u.modality == "asserted" and sentence[0] <= u.start and u.end <= t.start
        for u in triggers
    ):
        return False
    opening = load_added_verb_opening().search(text, max(sentence[0], t.start - 16), t.start)
    if opening is None:
        return False
    # a doer of its own: a country the clause names that the clause before it does not
    before = {c for a in actors if sentence[0] <= a.start and a.end <= opening.start() for c in _countries(a)}
    after = {c for a in actors if opening.end() <= a.start < sentence[1] for c in _countries(a)}
    return bool(after - before)


def _countries(actor: ActorMention) -> set[str]:
    return {actor.country} if actor.country else set(actor.members)


def own_subject_deed(
    text: str,
    t: TriggerMention,
    triggers: Sequence[TriggerMention],
    sentence: tuple[int, int],
    actors: Sequence[ActorMention] = (),
) -> bool:
    """Whether the English trigger `t` follows an asserted trigger of its type in `sentence`
    across ", and" and a subject of its own, within `subject_after_and.words` words; or the
    Arabic verb `t` opens such a clause after a comma and كما (`_added_arabic_verb`)."""
    if _added_arabic_verb(text, t, triggers, sentence, actors):
        return True
    before = _english_after_its_type(t, triggers, sentence)
    if not before:
        return False
    words = int(load_assembly_rules().get("subject_after_and", {}).get("words", 0))
    lo = before[-1].end
    found = load_after_subject().search(text, lo, t.start)
    if found is not None and len(text[found.start() : t.start].split()) - 1 <= words:
        return True
    # "severed relations with Iran on Monday and the United Arab Emirates downgraded its ties":
    # with no comma, a verb in the past right after a name of its own, the name right after "and"
    return t.tense == "past" and load_named_subject_after_and().search(text, lo, t.start) is not None


def named_deed_after_and(text: str, cand: _Candidate, first: _Candidate) -> bool:
    """Whether the English candidate, a verb in the past, follows the event word `first` of its
    sentence across "and", with no comma, and a name of its own right before the verb ("since
    Trump pulled out of the nuclear deal and Washington reimposed sanctions last year"): a deed of
    another type and another doer, which the first word's does not take in."""
    start = cand.trigger[0]
    if cand.tense != "past" or not text[start : start + 1].isascii() or first.trigger[1] > start:
        return False
    if cand.event_type == first.event_type:
        return False
    return load_named_subject_after_and().search(text, first.trigger[1], start) is not None


@lru_cache(maxsize=4)
def load_named_subject_after_and(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for "and" (no comma before it), perhaps
    "the", and a name of capitalised words (at most data/assembly.json `subject_after_and.name_words`)
    standing right before the searched end: the subject of a verb of its own."""
    most = int(load_assembly_rules(path).get("subject_after_and", {}).get("name_words", 0))
    if most < 1:
        return re.compile(r"(?!)")
    name = r"[A-Z][\w'’-]*"
    return re.compile(r"(?<![,;])\s+and\s+(?:the\s+)?" + name + r"(?:\s+(?:of\s+)?" + name + r"){0," + str(most - 1) + r"}\s+$")


@lru_cache(maxsize=4)
def load_time_clause_subject(path: Path = ASSEMBLY_RULES, with_when: bool = False) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for a word of time
    (data/assembly.json `subject_after_time.openers`; with `with_when`, the English words of
    `when_dates` too) opening a clause with a subject of its own (a capitalised word, or one
    opened by a word of `subject_after_time.subjects`), then words up to the event word, none
    of them one of `subject_after_and.stops`."""
    rules = load_assembly_rules(path)
    shared = rules.get("subject_after_and", {})
    own = rules.get("subject_after_time", {})
    words = [*own.get("openers", ()), *(w for w in rules.get("when_dates", ()) if with_when and w.isascii())]
    times = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    openers = "|".join(re.escape(w) for w in sorted(own.get("subjects", ()), key=len, reverse=True))
    stops = "|".join(re.escape(w) for w in shared.get("stops", ()))
    return re.compile(
        r"(?<![\w-])(?:" + (times or "(?!)") + r")\s+(?:[A-Z]|(?:" + (openers or "(?!)") + r")\s)"
        r"(?:(?!\b(?:" + (stops or "(?!)") + r")\b)(?:[^.;:!?]|" + ABBREVIATION_DOT + r"))*$"
    )


def own_time_clause_deed(
    text: str,
    t: TriggerMention,
    triggers: Sequence[TriggerMention],
    dates: Sequence[TimeMention],
    sentence: tuple[int, int],
) -> bool:
    """Whether the English trigger `t` follows an asserted trigger of its type in `sentence`
    inside a clause of time with a subject of its own, within `subject_after_and.words`
    words, and a time of its own after the clause's opener ("appointed him prime minister on
    April 15, after his predecessor resigned a day after the vote"): the predecessor's
    resignation is a deed of its own, on its own day, not the appointment told again."""
    if not t.text[:1].isascii():
        return _arabic_time_clause_deed(text, t, triggers, dates, sentence)
    before = _english_after_its_type(t, triggers, sentence)
    if not before:
        return False
    words = int(load_assembly_rules().get("subject_after_and", {}).get("words", 0))
    found = load_time_clause_subject().search(text, before[-1].end, t.start)
    if found is None or len(text[found.start() : t.start].split()) - 1 > words:
        return False
    if any(found.end() <= d.start < sentence[1] for d in dates) or _COUNTED_DAYS.search(text, t.end, sentence[1]) is not None:
        return True
    # "named on Tuesday to lead ..., a day after Prime Minister Sheikh Hasina resigned": the count
    # before the opener sets the clause's deed a day apart
    counted = _COUNTED_DAYS.search(text, max(before[-1].end, found.start() - 25), found.end())
    return counted is not None and counted.end() > found.start()


@lru_cache(maxsize=4)
def load_ar_time_opener(path: Path = ASSEMBLY_RULES, with_when: bool = False) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for an Arabic word of time that
    opens a clause (data/assembly.json `subject_after_time.ar_openers`: بعد أن، منذ أن; with
    `with_when`, the Arabic words of `when_dates` too: عندما، حين)."""
    rules = load_assembly_rules(path)
    words = [
        *rules.get("subject_after_time", {}).get("ar_openers", []),
        *(w for w in rules.get("when_dates", ()) if with_when and not w.isascii()),
    ]
    return re.compile(r"(?<!\S)[وف]?(?:" + alternation(words, spaced=True) + r")\s+$")


def _arabic_time_clause_deed(
    text: str, t: TriggerMention, triggers: Sequence[TriggerMention], dates: Sequence[TimeMention], sentence: tuple[int, int]
) -> bool:
    """The Arabic twin of `own_time_clause_deed`: the verb `t` right after an opener of a clause of
    time (منذ أن، بعد أن), past an asserted trigger of its type in `sentence`, with a time of its own
    after its word in its clause ("تظاهر المحتجون في بغداد في أكبر احتجاج منذ أن اقتحم متظاهرون
    البرلمان عام 2016"): the storming of 2016 is a deed of its own, not the day's protest told again."""
    if not any(
        u.event_type == t.event_type and u.modality == "asserted" and sentence[0] <= u.start and u.end <= t.start
        for u in triggers
    ):
        return False
    if load_ar_time_opener().search(text, max(sentence[0], t.start - 20), t.start) is None:
        return False
    close = _AR_CLAUSE_END.search(text, t.end, sentence[1])
    end = close.start() if close is not None else sentence[1]
    return any(t.end <= d.start and d.end <= end and not d.recurring for d in dates)


_AR_CLAUSE_END = LazyPattern(r"[،,;؛:.!?؟()]")


# "since November 2019, when", "منذ عام 2012، عندما": a clause of "when" right after the time of
# "since", then a few words of its own up to the event word
_SINCE_WHEN = LazyPattern(
    r"(?<![^\W\d_])(?:since|منذ)(?![^\W\d_])[^,،.;:؛!?()]{1,40}?[,،]?\s*(?:when|عندما|حينما|حين)\s+"
    r"(?:[^\s,،.;:؛!?()]+\s+){0,6}$",
    re.IGNORECASE,
)


def own_since_when_deed(
    text: str, t: TriggerMention, triggers: Sequence[TriggerMention], dates: Sequence[TimeMention], sentence: tuple[int, int]
) -> bool:
    """Whether the trigger `t` stands in a clause of "when" opened right after the time of a
    "since" (the largest since November 2019, when demonstrations erupted; الأوسع منذ نوفمبر
    2019، عندما اندلعت احتجاجات), the first of its type in that clause, after a trigger of its
    type in `sentence` before "since": the deed of that time, one of its own, not the sentence's
    own one told again."""
    before = [u.start for u in triggers if u.event_type == t.event_type and sentence[0] <= u.start and u.end <= t.start]
    if not before:
        return False
    found = _SINCE_WHEN.search(text, max(sentence[0], t.start - 120), t.start)
    return (
        found is not None
        and before[-1] < found.start()  # the clause's first word of the type, not a later deed of its list
        and any(found.start() < d.start and d.end <= t.start for d in dates)
    )


# "a day after the vote", "two weeks later": a time of the clause's own, counted from another
_COUNTED_DAYS = LazyPattern(
    r"\b(?:a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?)\s+(?:after|before|later|earlier)\b", re.IGNORECASE
)


# "between" before the "and": the two names are the pair of one deed, not a second subject
_BETWEEN = LazyPattern(r"(?<!\w)between(?!\w)", re.IGNORECASE)


def _opens_an_own_subject_clause(
    text: str, u: TriggerMention, before: TriggerMention, actors: Sequence[ActorMention], sentence: tuple[int, int]
) -> int | None:
    """Where the clause of the verb `u` opens when it tells a second deed of `before`'s type with a
    subject of its own that names a country the sentence does not name before it: English "and",
    perhaps "the", and that name right before the verb in the past ("... on Monday and the United
    Arab Emirates downgraded its ties"); Arabic و written on the verb in the past, that name right
    after it ("... يوم الاثنين وخفضت الإمارات مستوى علاقاتها"). None otherwise."""
    if u.tense != "past" or u.modality != "asserted":
        return None
    english = u.text[:1].isascii()
    if english:
        found = load_named_subject_after_and().search(text, before.end, u.start)
        if found is None or _BETWEEN.search(text, before.end, found.start()):
            return None  # "clashes between Thailand and Cambodia killed 35": the pair of one deed
        opening, lo, hi = found.start(), found.start(), u.start
    else:
        if not (u.text.startswith("و") or text[u.start - 2 : u.start] == " و") or shares_its_subject(u.text):
            return None
        opening, lo, hi = u.start, u.end, u.end + 2
    named = {c for a in actors if lo <= a.start < hi and a.end <= sentence[1] for c in _countries(a)}
    told = {c for a in actors if sentence[0] <= a.start and a.end <= opening for c in _countries(a)}
    return opening if named and not named & told else None


def own_subject_bounds(
    text: str,
    trigger: tuple[int, int],
    event_type: str,
    triggers: Sequence[TriggerMention],
    actors: Sequence[ActorMention],
    sentence: tuple[int, int],
) -> tuple[int, int]:
    """The stretch of `sentence` whose names are the sides of the deed told by `trigger`, when the
    sentence tells deeds of `event_type` each by a verb in the past with a subject of its own, joined
    by "and" or و with no comma ("Bahrain and Sudan severed diplomatic relations with Iran on Monday
    and the United Arab Emirates downgraded its ties"): from the opening of the deed's own clause to
    the opening of the next one; the whole sentence otherwise."""
    lo, hi = sentence
    first: TriggerMention | None = None
    for u in triggers:
        if u.event_type != event_type or not sentence[0] <= u.start < sentence[1]:
            continue
        if first is None:
            if u.modality == "asserted":
                first = u
            continue
        opening = _opens_an_own_subject_clause(text, u, first, actors, sentence)
        if opening is None:
            continue
        if opening <= trigger[0]:
            lo = opening
        elif opening >= trigger[1]:
            hi = min(hi, opening)
    return lo, hi


@lru_cache(maxsize=4)
def load_under_way(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for an auxiliary of the present
    progressive (data/assembly.json `under_way_clauses`), perhaps an adverb after it."""
    rules = load_assembly_rules(path).get("under_way_clauses", {})
    auxiliaries = alternation(rules.get("auxiliaries", ()), spaced=True) or "(?!)"
    adverbs = alternation(rules.get("adverbs", ()), spaced=True) or "(?!)"
    return re.compile(r"(?<![\w'])(?:" + auxiliaries + r")\s+(?:(?:" + adverbs + r")\s+)?$", re.IGNORECASE)


_AND_OPENING = LazyPattern(r"[,;]\s+and\s")


def outside_the_clause_before(
    text: str, dates: Sequence[TimeMention], trigger: tuple[int, int], sentence: tuple[int, int]
) -> list[TimeMention]:
    """`dates` less those before the ", and" that opens the English event word's clause with a
    subject of its own, when the word tells a deed under way, in the present progressive ("...
    arrived in Poland at the weekend, and a further 1,000 U.S. troops are being moved from Germany to
    Romania"): the weekend is the arrival's, and the move is told as going on."""
    first = text[trigger[0] : trigger[1]].split()[:1]
    if not first or not first[0].isascii() or not first[0].lower().endswith("ing"):
        return list(dates)
    if load_under_way().search(text, max(sentence[0], trigger[0] - 30), trigger[0]) is None:
        return list(dates)
    openings = [m.start() for m in _AND_OPENING.finditer(text, sentence[0], trigger[0])]
    opening = next((o for o in reversed(openings) if load_after_subject().match(text, o, trigger[0])), None)
    if opening is None:
        return list(dates)
    return [d for d in dates if d.start >= opening]
