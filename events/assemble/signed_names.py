"""A catalogued name that a verb of signing governs is told as its signing.

"وقّع قادة دول المجلس أمس الثلاثاء «إعلان العلا»", "Gulf leaders signed on Tuesday the
Al-Ula declaration": whatever the catalog calls the event (the end of a boycott, a
restoration of ties), the sentence tells the signing of the document it names (a noun of
a document, `document_names`, opens or holds the name: not "ووقعت مذبحة الأقصر", which
took place), an agreement (data/assembly.json `signed_names.verbs`: the type each verb tells). A
statement signed is a document too (`signed_names.nouns`: وقّع القادة «بيان العلا»). The verb is
a word before the name in its clause, at most `words` words before it (its subject and a
date may stand between), with no word of `stops` between them (a preposition of time or
cause: the name then dates or explains another deed, "وقعت اشتباكات بعد أيام من إعلان
العلا"). A name right after `على`, the preposition of the signed object (`signed_names.objects`),
is the object of a verb further back across a date or a subject set off by commas ("وقّع
القادة، أمس الثلاثاء، على «بيان العلا»").
"""

from __future__ import annotations

import re
from functools import lru_cache

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, is_arabic

_CLAUSE_END = re.compile(r"[.!?؟,،;؛:()\n]")
_COMMA = LazyPattern(r"[,،]")
_SOFT_END = re.compile(r"[.!?؟;؛:()\n]")  # a comma sets off an aside: the object after على is the verb's
_MARKS = "\"'«»“”„‘’"


@lru_cache(maxsize=1)
def _rules() -> tuple[dict[str, str], frozenset[str], int, frozenset[str], frozenset[str]]:
    rules = load_assembly_rules(ASSEMBLY_RULES)
    table = rules.get("signed_names", {})
    verbs = {fold_str(v).lower(): t for t, forms in table.get("verbs", {}).items() for v in forms}
    stops = frozenset(fold_str(w).lower() for w in table.get("stops", ()))
    documents = rules.get("document_names", {})
    nouns = frozenset(fold_str(w).lower() for lang in ("ar_before", "en_after") for w in documents.get(lang, ()))
    nouns |= frozenset(fold_str(w).lower() for w in table.get("nouns", ()))
    objects = frozenset(fold_str(w).lower() for w in table.get("objects", ()))
    return verbs, stops, int(table.get("words", 10)), nouns, objects


def _names_a_document(name: str, nouns: frozenset[str]) -> bool:
    """Whether a name is a document's: an Arabic one opens with a noun of a document
    (إعلان العلا، اتفاق الرياض), an English one holds one (the Al-Ula declaration)."""
    words = [_bare(w) for w in name.split()]
    if not words:
        return False
    if is_arabic(name[:1]):
        first = words[0]
        return any(first == n or (first.startswith(("ال", "بال", "وال", "و", "ب", "ل")) and first.endswith(n)) for n in nouns)
    return any(w in nouns for w in words)


def _bare(word: str) -> str:
    """A word folded, without the marks around it nor a conjunction written on it (وقع، فوقع)."""
    return fold_str(word.strip(_MARKS + ".")).lower()


def signed_type(text: str, sentence_start: int, name_start: int, name: str) -> str | None:
    """The type a verb of signing before a catalogued name of a document (`name`, as
    written) gives it, else None."""
    verbs, stops, reach, nouns, objects = _rules()
    if not verbs or not _names_a_document(name, nouns):
        return None  # (not "ووقعت مذبحة الأقصر": the deed named took place)
    before = [w for w in text[sentence_start:name_start].split() if _bare(w)]
    soft = bool(before) and _bare(before[-1]) in objects
    lo = sentence_start
    for m in (_SOFT_END if soft else _CLAUSE_END).finditer(text, sentence_start, name_start):
        lo = m.end()
    words = text[lo:name_start].split()
    if soft:  # the asides between commas are not counted, though a stop in them still tells another deed
        parts = _COMMA.split(text[lo:name_start])
        if any(_bare(w) in stops for part in parts[1:-1] for w in part.split()):
            return None
        words = (parts[0] + " " + parts[-1]).split() if len(parts) > 1 else words
    for word in reversed(words[-(reach + 1) :]):
        bare = _bare(word)
        if bare in stops:
            return None
        for form in (bare, bare[1:] if bare[:1] in ("و", "ف") and len(bare) > 3 else None):
            if form and form in verbs:
                return verbs[form]
    return None
