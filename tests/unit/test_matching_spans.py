"""PhraseMatcher.find_spans (folded offsets) and the fold map it relies on."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.text.matching import PhraseMatcher, _best_non_overlapping, _chosen_longest_first
from events.text.normalize import arabic_share, fold

_PHRASES = [("الدوحة", "DOH"), ("قطر", "QAT"), ("قطري", "QAT-adj"), ("مجلس النواب", "HOR"), ("Doha", "DOH")]


@pytest.fixture(scope="module")
def matcher() -> PhraseMatcher[str]:
    return PhraseMatcher(_PHRASES, suffixes=("ي", "يه", "ين"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # proclitics and article before an Arabic key are part of the word
        ("زار وبالدوحة أمس", [("وبالدوحه", ("DOH",))]),
        ("للدوحة", [("للدوحه", ("DOH",))]),
        # a key inside another word is no match
        ("مقطرة", []),
        ("xقطر", []),
        # an allowed suffix extends the word; another ending does not
        ("القطريين", [("القطريين", ("QAT-adj",))]),
        ("قطرات", []),
        # the longest span wins when matches overlap; at equal spans, the key found first
        ("مجلس النواب القطري", [("مجلس النواب", ("HOR",)), ("القطري", ("QAT",))]),
        ("النواب", []),
        # Latin keys match whole words only
        ("in Doha today", [("doha", ("DOH",))]),
        ("Dohas", []),
        ("xDoha", []),
    ],
)
def test_find_spans_words(matcher: PhraseMatcher[str], text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    f = fold(text)
    assert [(f.text[s:e], p) for s, e, _, p in matcher.find_spans(f)] == expected


@pytest.mark.parametrize(
    "text",
    ["زار الوزيرُ الدوحةَ وقطرَ", "مجلسُ النوابِ القطريُّ في الدوحة", "Doha, DOHA and doha.", "قـــطر، الدوحة"],
)
def test_find_all_is_find_spans_in_original_offsets(matcher: PhraseMatcher[str], text: str) -> None:
    f = fold(text)
    spans = matcher.find_spans(f)
    matches = matcher.find_all(f)
    assert len(spans) == len(matches) > 0
    for (s, e, key, payload), m in zip(spans, matches, strict=True):
        assert (m.start, m.end) == f.span(s, e)
        assert m.text == text[m.start : m.end]
        assert (m.key, m.payload) == (key, payload)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("قطر", [0, 1, 2]),
        ("قَطَر", [0, 2, 4]),
        ("مُحَمَّدٌ x", [0, 2, 4, 7, 9, 10]),
        ("\u200fDoha", [1, 2, 3, 4]),
    ],
)
def test_fold_index_skips_dropped_characters(text: str, kept: list[int]) -> None:
    assert list(fold(text).index) == kept


@given(st.text(alphabet="قطرالدوحةَُّـ \u200f.xD", max_size=40))
def test_fold_index_maps_each_folded_character(text: str) -> None:
    f = fold(text)
    assert len(f.index) == len(f.text)
    assert all(fold(text[i]).text == ch for i, ch in zip(f.index, f.text, strict=True))


@pytest.mark.parametrize(
    ("text", "share"),
    [("قطر Qat", 0.5), ("ﷲ abc", 0.25), ("²½ قطر", 1.0), ("Ⅻ abc", 0.0)],
)
def test_arabic_share_counts_letters_only(text: str, share: float) -> None:
    assert arabic_share(text) == share


_SPANS = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(["قطر", "doha", "x"])).map(
        lambda t: (t[0], t[0] + t[1], t[2], (t[2],))
    ),
    max_size=12,
)


@given(_SPANS)
def test_best_non_overlapping_chooses_as_longest_first(found: list) -> None:
    # matches in any order, overlapping or not, empty or not: the quick way for spans
    # already apart and in order chooses what choosing longest first does
    assert _best_non_overlapping(found) == _chosen_longest_first(found)
    ordered = sorted({(s, e): (s, e, k, p) for s, e, k, p in found if e > s}.values())
    apart = [span for i, span in enumerate(ordered) if all(span[0] >= o[1] for o in ordered[:i])]
    assert _best_non_overlapping(apart) == _chosen_longest_first(apart)


@pytest.mark.parametrize(
    ("found", "chosen"),
    [
        # apart and in order: every one, as they come
        ([(0, 3, "a", ()), (4, 6, "b", ()), (6, 9, "c", ())], [(0, 3, "a", ()), (4, 6, "b", ()), (6, 9, "c", ())]),
        # nested: the longer
        ([(2, 4, "قطر", ()), (0, 6, "مجلس", ())], [(0, 6, "مجلس", ())]),
        # out of order but apart: sorted by start
        ([(5, 8, "doha", ()), (0, 3, "قطر", ())], [(0, 3, "قطر", ()), (5, 8, "doha", ())]),
        # the same span twice: the first found
        ([(0, 3, "a", ()), (0, 3, "b", ())], [(0, 3, "a", ())]),
    ],
)
def test_best_non_overlapping_cases(found: list, chosen: list) -> None:
    assert _best_non_overlapping(found) == chosen
