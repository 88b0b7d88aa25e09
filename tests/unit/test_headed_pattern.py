"""A pattern searched only where one of its head words stands gives the matches a search of
the whole text gives (`events.text.headed`), and the dating words that use it find theirs."""

import re

import pytest

from events.temporal import _after_before, _same_as_before, same_as_before_starts
from events.text.headed import HeadedPattern

WORDS = ["the same day", "The same day", "later that year", "Later that year", "في اليوم نفسه", "في الشهر نفسه", "في اليوم"]


def _alternation(words: list[str]) -> re.Pattern[str]:
    words = sorted(words, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])")


@pytest.mark.parametrize(
    "text",
    [
        "Protests broke out on Monday. The same day, police fired tear gas.",
        "They met in May and signed later that year; later that yearly report",  # a word goes on: no match
        "وفي اليوم نفسه أعلنت الحكومة، وفي الشهر نفسه استقال الوزير",
        "في اليوم التالي",  # the shorter word, where the longer does not stand
        "في اليومين",  # a word that goes on
        "the same daythe same day the same day",
        "",
        "nothing of the kind here",
    ],
)
def test_same_matches_as_a_search_of_the_whole_text(text: str) -> None:
    pattern = _alternation(WORDS)
    headed = HeadedPattern(pattern, WORDS)
    assert [m.span() for m in headed.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_overlapping_heads_take_the_leftmost_match() -> None:
    pattern = re.compile(r"(?:abc|bcd)")
    headed = HeadedPattern(pattern, ["abc", "bcd"])
    assert [m.group() for m in headed.finditer("abcd bcd")] == ["abc", "bcd"]


def test_no_heads_no_matches() -> None:
    assert list(HeadedPattern(re.compile("x"), []).finditer("x")) == []


def test_an_empty_head_is_refused() -> None:
    with pytest.raises(ValueError):
        HeadedPattern(re.compile("x?"), [""])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Protests broke out on 15 February. The same day, police fired.", ["The same day"]),
        ("Protests broke out on 15 February. A week later, police fired.", ["A week later"]),
        ("اندلعت احتجاجات في 15 فبراير. وفي اليوم نفسه أطلقت الشرطة النار", ["اليوم نفسه"]),
        ("اندلعت احتجاجات في 15 فبراير. وفي اليوم التالي أطلقت الشرطة النار", ["في اليوم التالي"]),
        ("The talks resumed on Monday.", []),
    ],
)
def test_dating_words_told_before(text: str, expected: list[str]) -> None:
    found = [m.group() for search in (_same_as_before()[0], _after_before()[0]) for m in search.finditer(text)]
    assert sorted(found) == sorted(expected)
    whole = [m.group() for search in (_same_as_before()[0], _after_before()[0]) for m in search.pattern.finditer(text)]
    assert found == whole
    assert len(same_as_before_starts(text)) >= len(expected)


@pytest.mark.parametrize(
    "text, surname",
    [
        ("زيارة الرئيس الأمريكي دونالد ترامب للسعودية", "ترامب"),
        ("US President Donald Trump visited Riyadh", "trump"),
    ],
)
def test_surnames_found_at_their_first_word(text: str, surname: str) -> None:
    from events.reference import _first_words, _surname_matches, _surnames_pattern
    from events.text.normalize import fold_str

    given = {surname: ["دونالد", "donald"]}
    pattern = _surnames_pattern(given)
    folded = fold_str(text).lower()
    found = [m.group() for m in _surname_matches(pattern, _first_words(given), folded)]
    assert found == [m.group() for m in pattern.finditer(folded)] == [fold_str(surname)]


@pytest.mark.parametrize(
    "text",
    [
        "Hours BEFORE the ANNOUNCEMENT, troops moved in.",
        "SHORTLY AFTER Diab's SPEECH, protesters gathered",
        "Only hours after the attack, and one day after he was sworn in",
        "x_hours after the vote; hours after the vote, hours before the talks",
        "وبعد ساعات من الإعلان، وفبعد ساعات من الاجتماع",
        "جاء الإعلان بعد ساعات من الاجتماع، وجاءت الزيارة قبل أيام من القمة",
        "المستقبل بعد ساعات قليلة من القرار",
        "the ſame day, a day after the İnauguration",
        "",
    ],
)
def test_case_blind_heads_give_the_matches_of_a_whole_text_search(text: str) -> None:
    from events.temporal import _hours_around, _hours_around_search

    whole = [(m.span(), m.groupdict()) for m in _hours_around()[0].finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _hours_around_search().finditer(text)] == whole


def test_case_blind_heads_only_where_a_word_begins() -> None:
    from events.text.headed import BlindHeadedPattern

    pattern = re.compile(r"(?<!\w)(?:[وف]?بعد|after)\s+\w+", re.IGNORECASE)
    headed = BlindHeadedPattern(pattern, ["بعد", "وبعد", "فبعد", "After"])
    text = "AFTER talks, وبعد ساعات، thereafter nothing, فبعد أيام, _after none"
    assert [m.group() for m in headed.finditer(text)] == [m.group() for m in pattern.finditer(text)]
    assert len(list(headed.finditer(text))) == 3
