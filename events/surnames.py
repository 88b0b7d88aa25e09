"""A person of the article named again by the family name alone.

News names a person in full once, then by a title and the family name
(«رئيس الأركان الجنرال يشار غولر ... وقال الجنرال غولر», "Defence Minister
Hulusi Akar ... Minister Akar said") or by the family name alone as the
subject of a sentence («وأكد غولر», "Akar said"). The family name of each
person of the dictionary (the last word of a full name, with the particle
before it, or the word before a particle that ends it: بن لادن، تشاووش
أوغلو; the one Latin name after an English title, "Hasina" of "Sheikh Hasina", unless
it is a given name of the person's full name) goes into the actors' automaton as a name of its own; a match of it
names the person only when, within the one article:

- the article named that person in full before it, and no other person it
  names shares the family name;
- a title word stands right before it, or it is the subject of a sentence
  (at a sentence's start, after a reporting verb or a word opening a clause,
  "when Chavez expelled", «عندما أعلن»; in English also before a reporting verb;
  in Arabic also right after the verb that opens the sentence, perhaps after a
  word before it: «وتولى زيدان»، «ثم أطاح مشرف»).

A family name that is also a place of the gazetteer, a name of another actor
or a common word (`surnames.stop` in actors.json) is never added.

The first word of a full name, a given name, is followed the same way ("Ethiopian
Prime Minister Abiy Ahmed ... Abiy, 41, took office", «الرئيس الإريتري أسياس
أفورقي ... واستقبل أسياس الوفد») when no other person's full name holds it before
the family name, no person bears it as a family name, and it is no title, office
or common word (`surnames.given_stop`, the honorifics, state and role words); an
Arabic given name has four letters or more and no article. A Latin name part
followed by a capitalised word starts another name and names nobody.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from events.text.matching import phrase_key
from events.text.normalize import fold_str, is_arabic

if TYPE_CHECKING:
    from events.actors import ActorEntry

# (start, end, ids): a family name in the text and the persons whose family name it is
FamilyName = tuple[int, int, tuple[str, ...]]

_EDGE = ".,،;؛:!?؟\"'()«»“”-–—"
_SENTENCE_END = frozenset(".!?؟\n:")
_MIN_LETTERS = 3
_REACH = 40


def _longest_first(hit: FamilyName) -> tuple[int, int]:
    return (hit[0] - hit[1], hit[0])


@dataclass(frozen=True)
class Surnames:
    """The word lists of the rule (folded), and the place names a family name may not be."""

    titles: frozenset[str] = frozenset()
    subject_verbs_before: frozenset[str] = frozenset()
    subject_verbs_after: frozenset[str] = frozenset()
    particles_before: frozenset[str] = frozenset()
    particles_after: frozenset[str] = frozenset()
    subject_openers: frozenset[str] = frozenset()  # lower case: words opening a clause before its subject
    verb_openers: frozenset[str] = frozenset()  # words before a sentence's opening verb («ثم أطاح مشرف»)
    stop: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()  # folded words of titles and offices, and common words a given name may be

    @classmethod
    def from_data(cls, data: dict[str, Any], places: Iterable[str] = (), common: Iterable[str] = ()) -> Surnames:
        def folded(*keys: str) -> frozenset[str]:
            return frozenset(fold_str(w) for k in keys for w in data.get(k, ()))

        titles = frozenset(w.split()[-1] for w in folded("titles_ar", "titles_en"))
        return cls(
            titles=titles,
            subject_verbs_before=folded("subject_verbs_ar"),
            subject_verbs_after=folded("subject_verbs_en"),
            particles_before=folded("particles_before"),
            particles_after=folded("particles_after"),
            subject_openers=frozenset(w.lower() for w in folded("subject_openers")),
            verb_openers=folded("verb_openers_ar"),
            stop=frozenset(phrase_key(w) for w in data.get("stop", ())),
            places=frozenset(places),
            common=frozenset(
                fold_str(w).lower() for phrase in (*common, *data.get("given_stop", ())) for w in phrase.split()
            ),
        )

    def family_names(self, entries: Iterable[ActorEntry], taken: set[str]) -> Iterator[tuple[str, str]]:
        """(family name, person id) for every person, leaving out names that are taken
        (names of actors), places, common words and names too short to tell apart."""
        if not self.titles:
            return
        people = [e for e in entries if e.kind == "person"]
        given: set[str] = set()  # words of the names before a family name: given names, never family names
        found: list[tuple[str, str, str]] = []
        titled: list[tuple[str, str, str]] = []  # an English title and one name: "Sheikh Hasina"
        for entry in people:
            for name in (*entry.aliases_ar, *entry.aliases_en):
                family = self._family_name(name)
                if family is not None:
                    found.append((family, phrase_key(family), entry.id))
                    words = name.split()[: -len(family.split())]
                    given.update(phrase_key(w) for w in words)
                    given.update(phrase_key(" ".join(words[i : i + 2])) for i in range(len(words) - 1))
                elif (one := self._name_after_a_title(name)) is not None:
                    titled.append((one, phrase_key(one), entry.id))
        # "Sheikh Hasina ... Hasina, 76, resigned": the one name is followed as a family name, unless
        # it is a given name of a full name ("Prince Alwaleed", "Alwaleed bin Talal": a given name)
        found.extend(x for x in titled if x[1] not in given)
        families = {key for _, key, _ in found}
        seen: set[tuple[str, str]] = set()
        for family, key, actor_id in found:
            if (key, actor_id) in seen or key in taken or key in given or key in self.stop or key in self.places:
                continue
            if sum(ch.isalpha() for ch in key) < _MIN_LETTERS or key in self.titles:
                continue
            seen.add((key, actor_id))
            yield family, actor_id
        # written family name first ("Kim" of "Kim Jong Un", "Xi" of "Xi Jinping"): curated for the
        # person, so a family name the stop list holds for others (Kim, Lee) still names them
        for entry in people:
            for family in entry.family_names:
                key = phrase_key(family)
                if (key, entry.id) in seen or key in taken or key in self.places:
                    continue
                seen.add((key, entry.id))
                yield family, entry.id
        for first, key, actor_id in self._given_names(people):
            if key in families or key in taken or key in self.stop or key in self.places:
                continue
            if not self._may_be_given_name(first, key):
                continue
            yield first, actor_id

    def _may_be_given_name(self, word: str, key: str) -> bool:
        """A given name alone names a person only when it is no title, office or common word:
        a capitalised Latin word of three letters or more, an Arabic word of four letters or more
        without the article."""
        folded = fold_str(word)
        if folded.lower() in self.common or folded in self.titles:
            return False
        if is_arabic(word[0]):
            return not folded.startswith("ال") and sum(ch.isalpha() for ch in key) >= _MIN_LETTERS + 1
        return word[0].isupper() and sum(ch.isalpha() for ch in key) >= _MIN_LETTERS

    def _given_names(self, people: list[ActorEntry]) -> Iterator[tuple[str, str, str]]:
        """(given name, its key, person id): the first word of a person's full names, when no
        other person's full name holds it before the family name."""
        bearers: dict[str, set[str]] = {}
        spelt: dict[tuple[str, str], str] = {}
        for entry in people:
            for name in (*entry.aliases_ar, *entry.aliases_en):
                family = self._family_name(name)
                if family is None:
                    continue
                words = name.split()[: -len(family.split())]
                for i, word in enumerate(words):
                    bearers.setdefault(phrase_key(word), set()).add(entry.id)
                    folded = fold_str(word)
                    if i == 0 and folded not in self.particles_before and folded not in self.particles_after:
                        spelt.setdefault((phrase_key(word), entry.id), word)
        for (key, actor_id), first in spelt.items():
            if len(bearers[key]) == 1:
                yield first, key, actor_id

    def _name_after_a_title(self, name: str) -> str | None:
        """The one Latin name after a title ("Hasina" of "Sheikh Hasina"), else None."""
        words = name.split()
        if len(words) == 2 and fold_str(words[0]) in self.titles and words[1][:1].isupper() and words[1].isascii():
            return words[1]
        return None

    def _family_name(self, name: str) -> str | None:
        words = name.split()
        if len(words) < 2 or fold_str(words[0]) in self.titles:
            return None  # a single name, or a title and a name ("الملك عبد الله الثاني")
        n = 1
        if fold_str(words[-1]) in self.particles_after:
            n = 2
        if len(words) > n + 1 and fold_str(words[-n - 1]) in self.particles_before:
            n += 1
        return " ".join(words[-n:]) if n < len(words) else None


def place_keys(actors_path: Path) -> frozenset[str]:
    """The matcher keys of the gazetteer kept next to the actors' file (none if it is absent)."""
    path = actors_path.parent / "gazetteer.json"
    if not path.exists():
        return frozenset()
    from events.places import load_gazetteer

    return frozenset(load_gazetteer(path).matcher.by_key())


def add_family_names(
    text: str,
    named: list[tuple[int, int, Any]],
    family: list[FamilyName],
    chosen: list[tuple[int, int, Any, int]],
    rules: Surnames,
) -> list[tuple[int, int, Any]]:
    """`named` (in text order) with the family names that name a person of the article added."""
    first: dict[str, tuple[int, Any]] = {}  # person id -> where the article first names it, entry
    for start, _end, entry in named:
        if entry is not None and entry.kind == "person" and entry.id not in first:
            first[entry.id] = (start, entry)
    if not first:
        return named
    starts = [c[0] for c in chosen]
    added: list[tuple[int, int, Any]] = []
    for start, end, ids in sorted(family, key=_longest_first):
        if any(a[0] < end and start < a[1] for a in added):
            continue  # "al-Jaafari" holds "Jaafari": the longer family name is the one read
        present = [i for i in ids if i in first]
        if len(present) != 1 or first[present[0]][0] >= start:
            continue
        i = bisect_right(starts, start) - 1
        if (i >= 0 and chosen[i][1] > start) or (i + 1 < len(chosen) and chosen[i + 1][0] < end):
            continue  # inside or across a name the dictionary reads
        if not is_arabic(text[start]) and (not text[start].isupper() or _before_a_capital(text, end)):
            continue
        if _titled_or_subject(text, start, end, rules):
            added.append((start, end, first[present[0]][1]))
    if not added:
        return named
    return sorted([*named, *added], key=lambda n: n[0])


def _before_a_capital(text: str, end: int) -> bool:
    """Whether a Latin name part runs on into a capitalised word ("Prime Minister", "Jean Smith"):
    the part starts another name."""
    after = text[end : end + _REACH]
    stripped = after.lstrip(" \t")
    return len(stripped) < len(after) and stripped[:1].isupper()


def _second_word(before: str, start: int, verb_openers: frozenset[str] = frozenset()) -> bool:
    """Whether the name stands right after the first word of its sentence, or after the verb
    that follows a word opening the sentence before its verb (`verb_openers`: «ثم أطاح مشرف»)."""
    cut = max((before.rfind(ch) for ch in _SENTENCE_END), default=-1)
    if cut < 0 and start > len(before):
        return False  # the sentence starts beyond what was looked at
    words = before[cut + 1 :].split()
    return len(words) == 1 or (len(words) == 2 and fold_str(words[0]).strip(_EDGE) in verb_openers)


def after_a_title(text: str, start: int, rules: Surnames) -> bool:
    """Whether a title word stands right before the name at `start` ("Prime Minister Hariri")."""
    words = text[max(0, start - _REACH) : start].split()
    return bool(words) and fold_str(words[-1]).strip(_EDGE) in rules.titles


def _titled_or_subject(text: str, start: int, end: int, rules: Surnames) -> bool:
    before = text[max(0, start - _REACH) : start]
    stripped = before.rstrip(" \t\"'«“")
    if start == 0 or not stripped or stripped[-1] in _SENTENCE_END:
        return True
    words = before.split()
    prev = fold_str(words[-1]).strip(_EDGE) if words else ""
    if prev in rules.titles or prev in rules.subject_verbs_before:
        return True
    if prev.lower() in rules.subject_openers and (is_arabic(text[start]) or not _before_a_capital(text, end)):
        return True  # "since September, when Chavez expelled": the subject of a clause of its own
    if is_arabic(text[start]) and _second_word(before, start, rules.verb_openers):
        return True  # «وتولى أسياس الحكم»، «ثم أطاح مشرف»: the subject after a sentence's opening verb
    if words and not is_arabic(text[start]) and before[-1:].isspace() and words[-1][:1].isupper() and words[-1][-1:].isalpha():
        return False  # "London Mayor Sadiq Khan met": the family name of another full name
    after = text[end : end + _REACH].split()
    return bool(after) and fold_str(after[0]).strip(_EDGE).lower() in rules.subject_verbs_after
