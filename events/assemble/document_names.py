"""A place in the name of a document is no place of an event told beside it: "وقّع الجانبان
«إعلان القدس»", "signed the Jerusalem Declaration", "under the Astana format". The name of a
city or region right after a noun of a document in Arabic (`document_names.ar_before` of
data/assembly.json: إعلان، اتفاق، معاهدة) or right before one in English (`en_after`:
Declaration, Accord, Treaty, capitalised as a name is) names the document, not where the
event took place, unless that noun is the event word itself ("توصل الطرفان إلى اتفاق جدة").

Nor is a word that names the kind of a document an event of its own: "approved the normalization
agreement", "signed normalisation accords", "المصادقة على "معاهدة السلام والعلاقات الدبلوماسية
والتطبيع الكامل"" tell of the document's approval or signing, not of ties restored apart from it
(`document_names.kind_types`). An Arabic noun of a document followed by such a word with no
quotation marks may name the deed agreed on instead (اتفاق استئناف العلاقات، إعلان عودة العلاقات),
and is left as it is."""

from __future__ import annotations

from functools import lru_cache

from events.assemble.rules import load_assembly_rules
from events.assemble.text import _QUOTE_MARKS, _span_before
from events.model import PlaceMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str, is_arabic


@lru_cache(maxsize=1)
def _nouns() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_assembly_rules().get("document_names", {})
    ar = frozenset(fold_str(w) for w in rules.get("ar_before", ()))
    en = frozenset(rules.get("en_after", ()))
    return ar, en


def _word_after(text: str, pos: int) -> str:
    rest = text[pos : pos + 40].lstrip(_QUOTE_MARKS + " ")
    return rest.split(None, 1)[0].strip(_QUOTE_MARKS + ".,;:()") if rest.split() else ""


def _names_a_document(text: str, place: PlaceMention, trigger: tuple[int, int]) -> bool:
    ar, en = _nouns()
    if is_arabic(place.text[:1]):
        i, j = _span_before(text, place.start)
        if trigger[0] <= i and j <= trigger[1]:
            return False  # the event word itself: "اتفاق جدة"
        word = fold_str(text[i:j].strip(_QUOTE_MARKS))
        return word in ar or (word[:1] in ("و", "ب", "ل") and word[1:] in ar)
    if trigger[0] <= place.end <= trigger[1] or (trigger[0] > place.end and not text[place.end : trigger[0]].strip(" " + _QUOTE_MARKS)):
        return False  # "the Jerusalem Declaration" as the event word itself
    return _word_after(text, place.end) in en


def without_document_names(text: str, places: list[PlaceMention], trigger: tuple[int, int]) -> list[PlaceMention]:
    """`places` without the cities and regions that name a document."""
    return [p for p in places if p.precision == "country" or not _names_a_document(text, p, trigger)]


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_assembly_rules().get("document_names", {})
    return frozenset(rules.get("kind_types", ())), frozenset(w.lower() for w in rules.get("kind_nouns_en", ()))


_OPEN_QUOTE = LazyPattern(r"[\"«“]")
_TITLE_REACH = 80  # characters of a quoted title before the event word


def names_a_documents_kind(text: str, start: int, end: int, event_type: str) -> bool:
    """Whether the event word at `start`-`end` names the kind of a document (see the module)."""
    types, kind_nouns = _kinds()
    if event_type not in types:
        return False
    if not is_arabic(text[start : start + 1]):
        return _word_after(text, end).lower() in kind_nouns
    ar, _ = _nouns()
    # a title in quotation marks, opened by a noun of a document, that the word stands in
    before = text[max(0, start - _TITLE_REACH) : start]
    opened = list(_OPEN_QUOTE.finditer(before))
    if not opened or any(c in before[opened[-1].end() :] for c in "\"»”.\n"):
        return False
    first = before[opened[-1].end() :].split(None, 1)
    return bool(first) and fold_str(first[0]) in ar
