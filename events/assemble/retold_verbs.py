"""A deed told with no day of its own, and told again by the same verb at the start of the next
sentence, which gives its day: "Sudan's generals and the opposition have signed a power-sharing
deal. The constitutional declaration was signed on Saturday in Khartoum ..." is one signing, on
Saturday; so is "وقّع المجلس العسكري وقوى المعارضة اتفاقا لتقاسم السلطة. ووقع الاتفاق يوم السبت في
الخرطوم". In English the first telling is in the present perfect (has or have, `auxiliaries`: the
news as a state reached by now) and the second in the simple past or the passive; in Arabic, with
no such tense, both are the same past verb. The deed's own word may be the verb itself or a word
of its object or of a participle's clause after it ("have signed a declaration ..., agreeing to
restore diplomatic ties"), not one after a word that opens a circumstance (`stops`: after weeks of
protests, amid, بعد، وسط), which tells another deed. In English a deal agreed or reached may be
told again as signed (`kin_en`: "have agreed to a permanent cessation of hostilities. The
agreement was signed on Wednesday evening") (data/assembly.json `retold_verbs`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice, pairwise
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _location
from events.model import Event, PlaceMention, TimeMention
from events.text.gates import gated_compile
from events.text.lazy import LazyPattern

_WORD = re.compile(r"[^\W\d_][\w'-]*")


@lru_cache(maxsize=4)
def load_retold_verbs(path: Path = ASSEMBLY_RULES) -> dict[str, object]:
    """`retold_verbs` of assembly.json: the English auxiliaries of the present perfect and the
    adverbs that may follow them, the most words before the verb that tells the deed again, and
    the words of a circumstance after which an event word is not the verb's deed."""
    rules = load_assembly_rules(path).get("retold_verbs", {})
    aux = alternation(rules.get("auxiliaries_en", ()))
    perfect = gated_compile(
        r"(?<![^\W\d_])(?:" + aux + r")\s+(?:[^\W\d_]+ly\s+)?(?P<verb>[^\W\d_]+)(?![\w'-])", re.IGNORECASE
    )
    stops = re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + alternation(rules.get("stops", ()), spaced=True) + r")(?![^\W\d_])", re.IGNORECASE
    )
    kin = {w.lower(): i for i, group in enumerate(rules.get("kin_en", ())) for w in group}
    return {"perfect": perfect, "stops": stops, "words": int(rules.get("words", 8)), "kin": kin}


# a deal's noun as the subject of a passive right before the verb ("The agreement was", "the
# truce had been")
_DEAL_PASSIVE = re.compile(
    r"(?<![\w-])(?:agreement|deal|accord|truce|ceasefire|cease-fire|declaration|pact|memorandum|treaty|understanding)"
    r"(?:\s+[^\W\d_][\w'-]*){0,3}?\s+(?:was|were|had\s+been|has\s+been)\s+\Z",
    re.IGNORECASE,
)


def _kin(a: str, b: str) -> bool:
    """Whether two English verbs tell one deed of a deal (`retold_verbs.kin_en`: "have agreed to
    a ceasefire. The agreement was signed on Wednesday")."""
    kin: dict[str, int] = load_retold_verbs()["kin"]  # type: ignore[assignment]
    return a.lower() in kin and kin[a.lower()] == kin.get(b.lower())


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one, case aside, the one perhaps with a conjunction (و، ف) before it
    that the other lacks (وقعت and ووقعت)."""
    a, b = a.lower(), b.lower()
    if len(a) < len(b):
        a, b = b, a
    return a == b or (len(a) == len(b) + 1 and a[0] in "وف" and a[1:] == b)


def _told_verb(event: Event, text: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> str | None:
    """The verb of the event's sentence that tells its deed with no day: in English the last verb
    in the present perfect up to the event's word, with no word of circumstance between; in Arabic
    the event's word itself, a verb."""
    rules = load_retold_verbs()
    if event.language == "en":
        perfects = [
            m for m in rules["perfect"].finditer(text, sentence[0], trigger[1]) if m.start("verb") <= trigger[0]
        ]  # type: ignore[union-attr]
        if not perfects:
            return None
        m = perfects[-1]
        if m.end("verb") < trigger[0] and rules["stops"].search(text, m.end("verb"), trigger[0]):  # type: ignore[union-attr]
            return None
        return m.group("verb").lower()
    words = _WORD.findall(text[trigger[0] : trigger[1]])
    return words[0] if len(words) == 1 else None


def date_by_a_retelling_verb(
    event: Event,
    text: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    is_verb: bool,
    after: tuple[int, int],
    after_dates: Sequence[TimeMention],
    spans: dict,
    filed_day: bool = False,
) -> None:
    """Date a publication-dated event by the one day, not after the publication, of the next
    sentence (`after`) when that sentence tells the deed again by the same verb (or, in English,
    a kin verb in the passive of a deal's noun: "The agreement was signed") among its first
    words (`retold_verbs.words`; in Arabic, whose verb opens its clause, as its first word) and the day comes after that verb.
    An event dated by the day of the story's dateline (`filed_day`) is dated by its filing as by
    the publication."""
    if (event.date_basis != "publication" and not filed_day) or after[0] >= after[1]:
        return
    if event.language == "ar" and not is_verb:
        return
    verb = _told_verb(event, text, sentence, trigger)
    if not verb:
        return
    limit = int(load_retold_verbs()["words"])  # type: ignore[arg-type]
    head = text[after[0] : after[1]]
    cut = re.search(r"[,،;؛:]", head)
    first = list(_WORD.finditer(head[: cut.start() if cut else len(head)]))[: limit if event.language == "en" else 1]
    told = next(
        (
            m
            for m in first
            if _same_word(m.group(), verb)
            # "The agreement was signed": a kin verb only in the passive, with a deal's noun its subject
            or (event.language == "en" and _kin(m.group(), verb) and _DEAL_PASSIVE.search(head[: m.start()]) is not None)
        ),
        None,
    )
    if told is None:
        return None
    at = told.end()
    days = [
        d
        for d in after_dates
        if d.precision == "day" and d.basis in ("explicit", "relative") and not d.recurring and d.start >= after[0] + at
    ]
    if len({d.value for d in days}) != 1 or (event.published and days[0].value > event.published):
        return None
    d = days[0]
    event.date, event.date_precision, event.date_basis = d.value, d.precision, d.basis  # type: ignore[assignment]
    spans["date"] = [d.start, d.end]
    return after[0] + told.start(), after[0] + at


# between the verb told again and the city it was done in: a few words, one of them "in" (في)
_PLACED = LazyPattern(r"(?<![^\W\d_])(?:in|at|في)(?![^\W\d_])", re.IGNORECASE)
_PLACE_REACH = 40


def place_of_the_retelling(
    event: Event, text: str, verb_end: int, after: tuple[int, int], places: Sequence[PlaceMention], spans: dict
) -> None:
    """Place an event dated by the sentence that tells its deed again (`date_by_a_retelling_verb`)
    in the city that sentence names after "in" right after that verb, before the next verb's clause
    ("The memorandum was signed in Tunis on Sunday", "was signed in the Eritrean capital, Asmara"):
    where the deed was done, whatever the first telling's sentence names."""
    for p in places:
        if p.start < verb_end or p.start - verb_end > _PLACE_REACH or p.end > after[1] or p.precision == "country":
            continue
        if _PLACED.search(text, verb_end, p.start):
            event.location = _location(p)
            spans["location"] = [p.start, p.end]
            if p.country and p.country not in event.countries:
                event.countries.append(p.country)
        return


def retelling_starts(text: str, sentences: Sequence[tuple[int, int]], keep: Sequence[tuple[int, int]]) -> list[int]:
    """The starts of the sentences, right after a kept one, that may tell its deed again by the same
    verb (an English verb of the kept sentence's present perfect among their first words, or an
    Arabic word of it as their first): they must be read for dates too."""
    rules = load_retold_verbs()
    limit = int(rules["words"])  # type: ignore[arg-type]
    kept = set(keep)
    starts = []
    for before, (s, e) in pairwise(sentences):
        if before not in kept:
            continue
        verbs = {m.group("verb").lower() for m in rules["perfect"].finditer(text, *before)}  # type: ignore[union-attr]
        first = [m.group() for m in islice(_WORD.finditer(text, s, e), limit)]  # only the first words are read
        if verbs & {w.lower() for w in first} or any(_kin(w, v) for w in first for v in verbs) or (
            first
            and _ARABIC_LETTER.search(first[0])
            and _may_be_said_in(first[0], text, before)
            and _said_before(first[0], _WORD.findall(text, *before))
        ):
            starts.append(s)
    return starts


_ARABIC_LETTER = LazyPattern(r"[\u0600-\u06ff]")
_ALL_ARABIC = LazyPattern(r"[\u0600-\u06ff]+")


def _may_be_said_in(word: str, text: str, span: tuple[int, int]) -> bool:
    """False when the stretch `span` of `text` cannot hold a word `_said_before` takes for `word`:
    every form it looks for holds `word` (without its و or ف), and a word all of Arabic letters,
    which have no case, stands in a lower-cased word only where it stands in the word as written.
    So the stretch's words need not be read when it lacks that word as written."""
    core = word.lower()
    if core[:1] in ("و", "ف"):
        core = core[1:]
    if not core or not _ALL_ARABIC.fullmatch(core):
        return True  # (a word with other letters: read them all)
    return text.find(core, *span) >= 0


def _said_before(word: str, words: list[str]) -> bool:
    """Whether one of `words` is `word` as `_same_word` tells (the forms it may take with or
    without a conjunction before it are looked up at once)."""
    word = word.lower()
    forms = {word, "و" + word, "ف" + word}
    if word[0] in "وف":
        forms.add(word[1:])
    return any(w.lower() in forms for w in words)
