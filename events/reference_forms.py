"""The verbal forms of the catalog's aliases.

The press names a catalogued deed by its noun ("سقوط الموصل", "the fall of Mosul",
"the assassination of Chokri Belaid") and retells it as often by the verb of that noun
with the same place or person ("سقطت الموصل", "Mosul fell to ISIS", "اغتيل شكري بلعيد",
"Chokri Belaid was assassinated"). The catalog's `verb_forms` pair each such noun with
its verbs; an alias that opens with the noun also names its entry with the noun turned
into the verb:

- Arabic, a verbal sentence: the verb takes the noun's place before the rest of the
  alias ("سقوط الموصل بيد داعش" -> "سقطت الموصل بيد داعش");
- English, the thing named after "of" becomes the subject, before the verb ("fall of
  Mosul to ISIS" -> "Mosul fell to"); what follows it ("to ISIS", "in 2011") is left out,
  and an alias that writes a year gives no verbal form (the year told the deed apart
  from another of that name: "the fall of Tripoli in 2011").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_YEAR = LazyPattern(r"\d{4}")
# where the thing named after "of" ends in an English alias
_EN_END = LazyPattern(r"\s(?:to|in|by|on|at|from|after|during)\s", re.IGNORECASE)


def verbal_forms(aliases: Iterable[str], language: str, forms: Mapping[str, Mapping]) -> list[str]:
    """The verbal forms of `aliases` (of one `language`) under the nouns of `forms`, those the
    aliases already hold left out. `forms` maps a noun to its `verbs` and, in English, the
    preposition of its `agent` ("fell to"), if it has one."""
    aliases = list(aliases)
    if not any(_opens_with_noun(a, language, forms) for a in aliases):
        return []
    have = {a.casefold() for a in aliases}
    out: list[str] = []
    for noun, form in forms.items():
        made = (
            [f"{verb} {rest}" for alias in aliases for rest in _after(alias, noun) for verb in form["verbs"]]
            if language == "ar"
            else _english_forms(aliases, noun, form)
        )
        for f in made:
            if f.casefold() not in have:
                have.add(f.casefold())
                out.append(f)
    return out


def _opens_with_noun(alias: str, language: str, forms: Mapping[str, Mapping]) -> bool:
    """Whether the alias opens with one of the nouns of `forms` (a quick test before the forms
    are made)."""
    if language == "ar":
        return alias.partition(" ")[0] in forms
    lowered = alias.lower()
    return any(lowered.startswith(f"{noun.lower()} ") for noun in forms)


def _after(alias: str, noun: str) -> list[str]:
    """The rest of an Arabic alias that opens with the word `noun`."""
    head, _, rest = alias.partition(" ")
    return [rest] if head == noun and rest else []


def _english_forms(aliases: list[str], noun: str, form: Mapping) -> list[str]:
    """The English verbal forms: the thing named after "of", then the verb, then the agent when
    the noun takes one ("Mosul fell to ISIS"). When an alias of the entry names the agent, only
    the forms with an agent are made: the place may have fallen to others on other days
    ("Raqqa fell to ISIS" in 2014, "to the SDF" in 2017); otherwise the verb with its
    preposition ("Mosul fell to")."""
    agent = form.get("agent")
    parts = [p for alias in aliases for p in _subject_and_rest(alias, noun)]
    if agent:
        lead = f"{agent} "
        named = [(s, r) for s, r in parts if r.lower().startswith(lead)]
        if named:
            return [f"{s} {verb} {r}" for s, r in named for verb in form["verbs"]]
        return [f"{s} {verb} {agent}" for s, _ in parts for verb in form["verbs"]]
    return [f"{s} {verb}" for s, _ in parts for verb in form["verbs"]]


def _subject_and_rest(alias: str, noun: str) -> list[tuple[str, str]]:
    """The thing named after "`noun` of" in an English alias and what follows it."""
    lead = f"{noun} "
    if not alias.lower().startswith(lead.lower()) or _YEAR.search(alias):
        return []
    named = alias[len(lead):]
    cut = _EN_END.search(named)
    subject, rest = (named[: cut.start()], named[cut.start() + 1 :]) if cut else (named, "")
    if not subject or not any(w[:1].isupper() for w in subject.split()):
        return []  # the thing named must be a name ("the fall of the regime" names none)
    return [(subject, rest)]


def noun_readings(aliases: Iterable[str], openers: Iterable[str]) -> list[str]:
    """Aliases whose first word is spelt alike as a noun and as a verb ("تدخل التحالف"), each
    after every one of `openers`, the words that make it the noun ("بعد تدخل التحالف")."""
    return [f"{w} {alias}" for alias in aliases for w in openers]


def head_variants(aliases: Iterable[str], language: str, heads: Mapping[str, Iterable[str]]) -> list[str]:
    """The aliases with their head noun replaced by each of the words the press writes in its
    place for the same deed (`heads`: a word and its variants, see the catalog's `head_variants`):
    the first word of an Arabic alias ("اتفاق مينسك" -> "اتفاقيات مينسك"), the last word of an
    English one ("Taif Agreement" -> "Taif Accord"), matched without regard to case. Variants
    the aliases already hold are left out."""
    aliases = list(aliases)
    have = {a.casefold() for a in aliases}
    table = {k.casefold(): list(v) for k, v in heads.items()}
    out: list[str] = []
    for alias in aliases:
        words = alias.split()
        if len(words) < 2:
            continue
        at = 0 if language == "ar" else len(words) - 1
        for word in table.get(words[at].casefold(), ()):
            made = " ".join([*words[:at], word, *words[at + 1 :]])
            if made.casefold() not in have:
                have.add(made.casefold())
                out.append(made)
    return out


def spelling_variants(aliases: Iterable[str], pairs: Iterable[Sequence[str]]) -> list[str]:
    """The aliases written with the other spelling of each of `pairs`, two spellings of one
    stem that the press uses alike ("الأمريكية", "الأميركية"), in either direction, and of
    several pairs at once. Variants the aliases already hold are left out."""
    work = list(aliases)
    have = {a.casefold() for a in work}
    out: list[str] = []
    pairs = list(pairs)
    # a variant is spelt again by the other pairs: "Moamer Kadhafi" from "Muammar Gaddafi"
    for alias in work:
        for a, b in pairs:
            for old, new in ((a, b), (b, a)):
                if old in alias:
                    made = alias.replace(old, new)
                    if made.casefold() not in have:
                        have.add(made.casefold())
                        out.append(made)
                        work.append(made)
    return out


# The one-letter words an Arabic name may carry written on its first word: the conjunctions,
# then a preposition ("بيد داعش", "لتنظيم الدولة"), longest first.
_AR_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_AR_ARTICLE = "ال"


class NameGroups:
    """The names the press gives one organisation ("داعش", "تنظيم الدولة الإسلامية"; "ISIS",
    "the Islamic State group"), looked up word by word in an alias, each name by its folded words.

    A catalogued name that holds one of them names its event under each of the others as well
    (`variants`): the houses of the press each write their own ("سيطرة داعش على الموصل",
    "سيطرة تنظيم الدولة الإسلامية على الموصل"), and no list of aliases can hold every pairing."""

    def __init__(self, groups: Iterable[Sequence[str]], language: str) -> None:
        self.language = language
        self._group_of: dict[tuple[str, ...], int] = {}
        self._groups: list[list[str]] = []
        for names in groups:
            kept = [n for n in dict.fromkeys(n.strip() for n in names) if self._long_enough(n)]
            if len(kept) < 2:
                continue
            for n in kept:
                self._group_of.setdefault(self._key(n), len(self._groups))
            self._groups.append(kept)
        self._longest = max((len(k) for k in self._group_of), default=0)

    @staticmethod
    def _long_enough(name: str) -> bool:
        """A name of one short word ("IS") is too easily another word."""
        return bool(name) and (len(name.split()) > 1 or sum(c.isalpha() for c in name) >= 3)

    @staticmethod
    def _key(name: str) -> tuple[str, ...]:
        return tuple(fold_str(name).lower().split())

    def variants(self, alias: str) -> list[str]:
        """`alias` with the one organisation's name it holds written as each of that organisation's
        other names (an Arabic preposition or conjunction on the name kept on the new one, "لداعش" ->
        "لتنظيم الدولة", "للدولة الإسلامية"); the first name found, the longest at its place."""
        if not self._group_of:
            return []
        words = alias.split()
        keys = [fold_str(w).lower() for w in words]
        for i in range(len(words)):
            for k in range(min(self._longest, len(words) - i), 0, -1):
                found = self._at(keys, i, k)
                if found is None:
                    continue
                lead, group, said = found
                names = [n for n in self._groups[group] if self._key(n) != said]
                if self.language == "en" and (i == 0 or keys[i - 1] != "the"):
                    # "fall of Mosul to ISIS": "to the Islamic State group"
                    names += [f"the {n}" for n in names if len(n.split()) > 1]
                return [" ".join([*words[:i], self._joined(lead, n), *words[i + k :]]) for n in names]
        return []

    def _at(self, keys: list[str], i: int, k: int) -> tuple[str, int, tuple[str, ...]] | None:
        """The proclitics written on the name of `k` words at word `i`, the name's group and the
        name's folded words, if one is there."""
        rest = tuple(keys[i + 1 : i + k])
        leads = ("",) if self.language != "ar" else ("", *_AR_PROCLITICS)
        for lead in leads:
            if not keys[i].startswith(lead) or len(keys[i]) <= len(lead) + 1:
                continue
            first = keys[i][len(lead) :]
            # "للدولة الإسلامية": the ل of the preposition takes the place of the article's alef
            firsts = [first, "ا" + first] if lead.endswith("ل") and first.startswith("ل") else [first]
            for f in firsts:
                group = self._group_of.get((f, *rest))
                if group is not None:
                    return lead, group, (f, *rest)
        return None

    @staticmethod
    def _joined(lead: str, name: str) -> str:
        """The name with the proclitics `lead` written on it ("ل" and "الدولة" make "للدولة")."""
        if lead.endswith("ل") and name.startswith(_AR_ARTICLE):
            return lead + name[1:]
        return lead + name


_MAX_NAME_WORDS = 3  # words of a surname, and of a given name before it


def without_given_names(alias: str, given: Mapping[str, Collection[str]]) -> list[str]:
    """The alias with the given name written right before a surname left out, when it is one of
    that surname's given names (`given`: folded surname -> its folded given names): "ouster of
    Mohamed Morsi" -> "ouster of Morsi", as the press writes the surname alone. The text is looked
    at with such a given name left out too (`events.reference.without_titles`); the alias so made
    is the same normalisation on the catalog's side."""
    words = alias.split()
    keys = [_possessive_cut(fold_str(w).lower()) for w in words]
    for j in range(1, len(words)):
        for n in range(min(_MAX_NAME_WORDS, len(words) - j), 0, -1):
            names = given.get(" ".join(keys[j : j + n]))
            if not names:
                continue
            for k in range(min(_MAX_NAME_WORDS, j), 0, -1):
                if " ".join(keys[j - k : j]) in names:
                    return [" ".join([*words[: j - k], *words[j:]])]
    return []


def _possessive_cut(word: str) -> str:
    """The word without an English possessive ending ("Morsi's" -> "morsi")."""
    return word[:-2] if word.endswith(("'s", "’s")) and len(word) > 2 else word
