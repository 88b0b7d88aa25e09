"""The titles and given names the press writes before a person's surname.

The reference catalog names many events by a person's surname alone («اغتيال
السادات», "Sadat's assassination"); the press writes titles, an office, a
nationality, "former" or "late" and the given names before it («اغتيال الرئيس
المصري الراحل أنور السادات», "the assassination of late Egyptian President Anwar
Sadat"). `without_titles` in events/reference.py leaves such a run out before a
surname the catalog knows; this module gathers, once at load time, what a run
may hold:

- titles: the catalog's own short list, the actor dictionary's honorifics and
  title words, and the nationality adjective of every country (the Arabic nisba
  with the article, masculine and feminine; the English adjectives);
- surnames: the family names of the dictionary's persons (cut as
  events/surnames.py cuts them, particles included) that the catalog's aliases
  or keywords hold, and the surnames of the catalog's hand list;
- given names of a surname: the words before the family name in the full names
  of the one person of the dictionary who bears it (none when several persons
  share it: their given names would name another person), the words a catalog
  entry's longer name puts before a surname its shorter name holds alone («اغتيال
  أنور السادات» next to «اغتيال السادات») when those words are given names of
  the dictionary's persons, and the catalog's hand list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from events.surnames import Surnames
from events.text.lazy import LazyPattern
from events.text.matching import phrase_key
from events.text.normalize import fold_str

_POSSESSIVE = ("'s", "’s")
_POSSESSIVE_END = LazyPattern(r"(?<=\w)['’]s(?=\s|$)")
_MAX_GIVEN_WORDS = 3
_ARTICLES = frozenset({"ال", "al", "el"})
_MIN_LETTERS = 3  # a surname the dictionary does not know has more letters than a particle


@dataclass(frozen=True)
class PersonNames:
    """Folded titles, and the folded given names of each folded surname."""

    titles: frozenset[str]
    given: Mapping[str, frozenset[str]]


def words(phrase: str) -> list[str]:
    """The folded words of a phrase, a possessive ending cut off."""
    return [_strip_possessive(w) for w in fold_str(phrase).lower().split()]


def person_names(
    actors_path: Path,
    catalog_phrases: Iterable[Iterable[str]],
    hand_titles: Iterable[str] = (),
    hand_given: Mapping[str, Iterable[str]] | None = None,
) -> PersonNames:
    """What a run before a surname may hold (see the module's note).

    `catalog_phrases` holds, per entry and language, the entry's aliases and keywords."""
    if actors_path.exists():
        data = json.loads(actors_path.read_text(encoding="utf-8"))
        countries = json.loads((actors_path.parent / data["countries_file"]).read_text(encoding="utf-8"))
    else:
        data, countries = {}, {"countries": []}
    groups = _folded_groups(catalog_phrases)
    titles = _titles(data, countries, hand_titles)
    rules = Surnames.from_data(data.get("surnames", {}))
    family_given, given_words, families = _dictionary_given_names(data, rules, titles)
    vocabulary = _phrases_held(groups)
    given: dict[str, set[str]] = {}
    for family in families:
        if all(w in vocabulary for w in family.split()):
            given.setdefault(family, set()).update(family_given.get(family, ()))
    for surname, names in _catalog_given_names(groups, titles, given_words, families).items():
        given.setdefault(surname, set()).update(names)
    for surname in [s for s in given if not _a_surname(s, rules, titles)]:
        del given[surname]
    for surname, names in (hand_given or {}).items():
        given.setdefault(" ".join(words(surname)), set()).update(" ".join(words(n)) for n in names if n.strip())
    return PersonNames(titles, {s: frozenset(n) for s, n in given.items() if s})


def _after_titles(ws: list[str], titles: frozenset[str]) -> list[str]:
    """`ws` with the titles at its start left out ("ولي العهد السعودي محمد" -> "محمد")."""
    i = 0
    while i < len(ws):
        k = next((k for k in (3, 2, 1) if " ".join(ws[i : i + k]) in titles), 0)
        if not k:
            break
        i += k
    return ws[i:]


def _a_surname(name: str, rules: Surnames, titles: frozenset[str]) -> bool:
    """Not a common word, a title, a bare article or particle, nor too short to tell apart."""
    ws = name.split()
    return (
        phrase_key(name) not in rules.stop
        and name not in titles
        and not any(w in _ARTICLES for w in ws)
        and fold_str(ws[-1]) not in rules.particles_before
        and sum(c.isalpha() for c in name) >= _MIN_LETTERS
    )


def _folded_groups(catalog_phrases: Iterable[Iterable[str]]) -> list[list[tuple[str, ...]]]:
    """The words of each group's phrases, folded in one pass."""
    groups = [list(g) for g in catalog_phrases]
    folded = fold_str("\n".join(p.replace("\n", " ") for g in groups for p in g)).lower()
    lines = _POSSESSIVE_END.sub("", folded).split("\n")
    out, at = [], 0
    for g in groups:
        out.append([tuple(line.split()) for line in lines[at : at + len(g)]])
        at += len(g)
    return out


def _strip_possessive(w: str) -> str:
    for p in _POSSESSIVE:
        if w.endswith(p) and len(w) > len(p):
            return w[: -len(p)]
    return w


def _titles(data: dict, countries: dict, hand_titles: Iterable[str]) -> frozenset[str]:
    honorifics = data.get("honorifics", {})
    surnames = data.get("surnames", {})
    found = [
        *hand_titles,
        *honorifics.get("ar", ()),
        *honorifics.get("en", ()),
        *surnames.get("titles_ar", ()),
        *surnames.get("titles_en", ()),
    ]
    curated = data.get("countries", {})
    for generated in countries["countries"]:
        override = curated.get(generated["id"], {})
        for stem in override.get("nisba_ar", generated.get("nisba_ar", ())):
            found += ["ال" + stem, "ال" + stem + "ة"]
        found += override.get("adj_en", generated.get("adj_en", ()))
    titles = frozenset(k for k in (" ".join(words(t)) for t in found) if k and any(c.isalpha() for c in k))
    return titles | _with_pronouns(titles)


# The pronouns of the possessor an Arabic noun carries (folded): "زعيمه" his leader, "زعيمها"
# its leader, "زعيمهم" their leader.
_POSSESSOR_PRONOUNS = ("ه", "ها", "هم", "هما")
_ARTICLE = "ال"


def _with_pronouns(titles: frozenset[str]) -> frozenset[str]:
    """The one-word Arabic titles with the article written with a possessor's pronoun in its place
    ("الزعيم" -> "زعيمه", "رئيسها"): "مقتل زعيمه أبو بكر البغدادي" names him by a title as
    "مقتل الزعيم أبو بكر البغدادي" does."""
    return frozenset(
        t[len(_ARTICLE) :] + p
        for t in titles
        if t.startswith(_ARTICLE) and " " not in t and len(t) > len(_ARTICLE) + 2
        for p in _POSSESSOR_PRONOUNS
    )


def _dictionary_given_names(
    data: dict, rules: Surnames, titles: frozenset[str]
) -> tuple[dict[str, set[str]], frozenset[str], frozenset[str]]:
    """The given names before each family name of the dictionary's persons, for the
    family names only one person bears; the first words of the persons' given names (none
    that is a word of a body's, group's or place's name); and every family name."""
    by_family: dict[str, dict[str, set[str]]] = {}  # family -> person id -> given names
    given_words: set[str] = set()
    other_words: set[str] = set()  # words of the names of bodies, groups and places
    for entry in data.get("entries", ()):
        if entry.get("kind") != "person":
            other_words.update(
                w for name in (*entry.get("aliases_ar", ()), *entry.get("aliases_en", ())) for w in words(name)
            )
            continue
        for name in (*entry.get("aliases_ar", ()), *entry.get("aliases_en", ())):
            family = rules._family_name(name)
            if family is None:
                continue
            if name.isascii() and not all(w[:1].isupper() for w in name.split()[: -len(family.split())]):
                continue  # "Grand Imam of al-Azhar": an office, no given name
            before = words(name)[: -len(family.split())]
            before = _after_titles(before, titles)
            names = by_family.setdefault(" ".join(words(family)), {}).setdefault(entry["id"], set())
            given_words.update(before[:1])
            for i in range(len(before)):
                if len(before) - i <= _MAX_GIVEN_WORDS:
                    names.add(" ".join(before[i:]))
    for country in data.get("countries", {}).values():
        for key in ("aliases_ar", "aliases_en", "capitals_ar", "capitals_en"):
            other_words.update(w for name in country.get(key, ()) for w in words(name))
    given_words -= other_words
    unique = {f: next(iter(people.values())) for f, people in by_family.items() if len(people) == 1}
    return unique, frozenset(given_words), frozenset(by_family)


def _phrases_held(groups: list[list[tuple[str, ...]]]) -> frozenset[str]:
    """The words of the catalog's phrases."""
    return frozenset(w for group in groups for ws in group for w in ws)


def _catalog_given_names(
    groups: list[list[tuple[str, ...]]], titles: frozenset[str], given_words: frozenset[str], family: frozenset[str]
) -> dict[str, set[str]]:
    """Surname -> given names, from pairs of one entry's names where the longer puts
    given names of the dictionary's persons before a word the shorter holds, a word no
    title and no given name of the dictionary."""
    found: dict[str, set[str]] = {}
    for group in groups:
        split = set(group)
        for long in split:
            for i in range(len(long)):
                for extra in range(1, _MAX_GIVEN_WORDS + 1):
                    if i + extra >= len(long) or long[:i] + long[i + extra :] not in split:
                        continue
                    inserted = list(long[i : i + extra])
                    inserted = _after_titles(inserted, titles)
                    surname = long[i + extra]
                    if i == 0 or long[i - 1] in titles or long[i - 1] in given_words:
                        continue  # the words may end a name rather than begin one
                    if (
                        inserted
                        and inserted[0] in given_words
                        and _may_be_surname(surname, titles, given_words, family)
                    ):
                        found.setdefault(surname, set()).add(" ".join(inserted))
    return found


def _may_be_surname(word: str, titles: frozenset[str], given_words: frozenset[str], family: frozenset[str]) -> bool:
    return word in family or (
        word not in titles and word not in given_words and sum(c.isalpha() for c in word) > _MIN_LETTERS
    )
