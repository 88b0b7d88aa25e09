"""Arabic folding, sentence splitting and the clitic-aware phrase matcher."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.text.matching import PhraseMatcher, phrase_key
from events.text.normalize import arabic_share, fold, fold_str, to_ascii_digits
from events.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("أحمد", "احمد"),
        ("إسطنبول", "اسطنبول"),
        ("آذار", "اذار"),
        ("مصطفى", "مصطفي"),
        ("الدوحة", "الدوحه"),
        ("مُحَمَّد", "محمد"),
        ("قـــطر", "قطر"),
        ("٢٠١٧", "2017"),
        ("۱۳۹۶", "1396"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("Doha", "doha"),
        ("Erdoğan", "erdogan"),
        ("«قال»", '"قال"'),
    ],
)
def test_fold_str(raw: str, folded: str) -> None:
    assert fold_str(raw) == folded


def test_fold_keeps_offsets_to_original() -> None:
    text = "زار الوزيرُ الدوحةَ يوم ٥ يونيو"
    f = fold(text)
    i = f.text.index("الدوحه")
    s, e = f.span(i, i + len("الدوحه"))
    assert text[s:e] == "الدوحة"
    j = f.text.index("5")
    assert text[slice(*f.span(j, j + 1))] == "٥"


def test_to_ascii_digits_keeps_length() -> None:
    assert to_ascii_digits("عام ٢٠١٧ و۱۳۹۶") == "عام 2017 و1396"


@pytest.mark.parametrize(
    ("text", "share"),
    [("قطر و تركيا", 1.0), ("Qatar and Turkey", 0.0), ("", 0.0), ("12 34", 0.0)],
)
def test_arabic_share(text: str, share: float) -> None:
    assert arabic_share(text) == share


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("قال د. أحمد إن 5.5 مليون وصلوا. ثم غادر!", ["قال د. أحمد إن 5.5 مليون وصلوا.", "ثم غادر!"]),
        ("هل وصل؟ نعم", ["هل وصل؟", "نعم"]),
        ("U.S. forces left. Mr. Smith stayed.", ["U.S. forces left.", "Mr. Smith stayed."]),
        ("عنوان\nالنص الأول.\n\nالنص الثاني", ["عنوان", "النص الأول.", "النص الثاني"]),
        ("   ", []),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences


@given(st.text())
def test_split_sentences_spans_are_ordered_and_inside(text: str) -> None:
    last = 0
    for s, e in split_sentences(text):
        assert last <= s < e <= len(text)
        last = e


@given(st.text())
def test_fold_index_is_monotonic(text: str) -> None:
    f = fold(text)
    assert len(f.index) == len(f.text)
    assert list(f.index) == sorted(set(f.index))
    assert all(0 <= i < len(text) for i in f.index)


MATCHER = PhraseMatcher(
    [
        ("الدوحة", "DOH"),
        ("قطر", "QAT"),
        ("مجلس النواب", "parliament"),
        ("مجلس النواب الليبي", "libya_hor"),
        ("Doha", "DOH"),
        ("United Nations", "un"),
    ],
    suffixes=("ي", "يه", "يين", "يون"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل إلى الدوحة", [("الدوحة", "DOH")]),
        ("وصل بالدوحة", [("بالدوحة", "DOH")]),
        ("وصل للدوحة", [("للدوحة", "DOH")]),
        ("والدوحه", [("والدوحه", "DOH")]),
        ("فبالدوحة", [("فبالدوحة", "DOH")]),
        ("الجنود القطريين", [("القطريين", "QAT")]),
        ("لقطر", [("لقطر", "QAT")]),
        ("قطرات المطر", []),
        ("مستقطر", []),
        ("أقر مجلس النواب الليبي", [("مجلس النواب الليبي", "libya_hor")]),
        ("أقر مجلس النواب", [("مجلس النواب", "parliament")]),
        ("talks in Doha, Qatar", [("Doha", "DOH")]),
        ("Dohas", []),
        ("the United  Nations said", []),
        ("the United Nations said", [("United Nations", "un")]),
    ],
)
def test_phrase_matcher(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.payload[0]) for m in MATCHER.find_all(fold(text))]
    assert found == expected


def test_phrase_key_strips_article_only_from_long_arabic_words() -> None:
    assert phrase_key("الدوحة") == "دوحه"
    assert phrase_key("الى") == "الي"
    assert phrase_key("Doha") == "doha"


@given(st.text(alphabet="قطرالدوحةب و.,Doha ", max_size=60))
def test_matches_point_at_original_text(text: str) -> None:
    for m in MATCHER.find_all(fold(text)):
        assert text[m.start : m.end] == m.text
        assert fold_str(m.text).endswith(m.key) or m.key in fold_str(m.text)


_PLAIN_SENTENCE_END = re.compile(r"[.!?؟…]+[\"'»”)\]]*(?=\s|$)|\n+")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?؟…\n \t\"'»”)]5aب", max_size=40))
def test_sentence_ends_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    from events.text.sentences import _END

    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in _PLAIN_SENTENCE_END.finditer(text)]
