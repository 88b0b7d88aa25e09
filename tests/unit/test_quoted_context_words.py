"""The words a trigger's context is read from are read past quotation marks (« » " “ ” '): a quoted
phrase keeps the word before or after it as its neighbour. A cue whose next word bars it
(«وتواجه «المفاوضات» صعوبات»: the talks face difficulties, no talks to come) is barred by that word
in quotes too; and `armed` right after a verb of saying or `that`, quoted or not, opens a noun
phrase ("said "armed terrorist groups" had attacked police posts"): an adjective, no arms supplied."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        'The Syrian government said "armed terrorist groups" had attacked police posts.',
        "The Syrian government said “armed terrorist groups” had attacked police posts.",
        "The Syrian government said 'armed terrorist groups' had attacked police posts.",
        "The Syrian government said armed terrorist groups had attacked police posts.",
        "The Syrian government says that armed groups attacked police posts.",
    ],
)
def test_armed_after_a_verb_of_saying_is_an_adjective(text: str) -> None:
    assert asserted_words(text, "aid") == []


@pytest.mark.parametrize(
    "text",
    [
        'The minister said Iran armed "terrorist groups" in the north.',
        "The minister said Iran armed the rebels in the north.",
        "Reports said Iran had armed and trained the militias.",
    ],
)
def test_armed_with_its_subject_still_arms(text: str) -> None:
    assert asserted_words(text, "aid") != []


@pytest.mark.parametrize(
    "text",
    [
        "وتواجه «المفاوضات» بين الحكومة السودانية والمتمردين في الدوحة صعوبات كبيرة منذ يوم الأحد.",
        'وتواجه "المفاوضات" بين الحكومة السودانية والمتمردين في الدوحة صعوبات كبيرة منذ يوم الأحد.',
        "وتواجه المفاوضات بين الحكومة السودانية والمتمردين في الدوحة صعوبات كبيرة منذ يوم الأحد.",
    ],
)
def test_a_cue_barred_by_its_next_word_in_quotes(text: str) -> None:
    assert [(e["location"] or {}).get("country") for e in of_type(extract(text, "2023-06-13"), "meeting")] == ["QAT"]


@pytest.mark.parametrize(
    "text",
    [
        # the cue with another word after it still tells talks to come
        "وتواجه الحكومة السودانية «مفاوضات» صعبة مع المتمردين في الدوحة الأسبوع المقبل.",
    ],
)
def test_a_cue_not_barred_stays(text: str) -> None:
    assert of_type(extract(text, "2023-06-13"), "meeting") == []
