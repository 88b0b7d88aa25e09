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
from collections.abc import Iterable, Mapping, Sequence

from events.text.lazy import LazyPattern

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
