"""A second word of an event type in one sentence, told with a doer of its own between it and the
word the sentence's slot chose, is kept behind that word: when the chosen word yields no event (it
retells a visit told before), the second one is assembled in its place, as the deed of its own
doer; told past a word of another time ("after"), it is a background deed, kept only with a time
of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.runners_up import as_runner_up, own_doer_between, with_runners_up
from events.assemble.text import _Candidate
from events.model import ActorMention


def _actor(text: str, name: str, actor_id: str, kind: str, country: str | None, after: int = 0) -> ActorMention:
    start = text.index(name, after)
    return ActorMention(start, start + len(name), name, actor_id, kind, country)


def _span(text: str, word: str, after: int = 0) -> tuple[int, int]:
    start = text.index(word, after)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "first", "second", "names", "expected"),
    [
        # a person named between the two words, after a verb: the second word's own doer
        (
            "وتأتي زيارته بعد أن أجرى ولي العهد السعودي الأمير محمد بن سلمان زيارة إلى واشنطن.",
            "زيارته",
            "زيارة ",
            [("الأمير محمد بن سلمان", "mohammed_bin_salman", "person", "SAU")],
            True,
        ),
        (
            "His visit comes after Saudi Crown Prince Mohammed bin Salman made a visit to Washington.",
            "visit",
            "a visit",
            [("Mohammed bin Salman", "mohammed_bin_salman", "person", "SAU")],
            True,
        ),
        # the names right after the first word are its own subject and object: no doer of its own
        (
            "Erdogan visited Qatar, his first visit to the Gulf since the rift.",
            "visited",
            "visit ",
            [("Erdogan", "erdogan", "person", "TUR"), ("Qatar", "QAT", "country", "QAT")],
            False,
        ),
        (
            "زار أردوغان قطر، في أول زيارة إلى الخليج منذ الأزمة.",
            "زار",
            "زيارة",
            [("أردوغان", "erdogan", "person", "TUR"), ("قطر", "QAT", "country", "QAT")],
            False,
        ),
        # the doer of the first word named again: the same doer
        (
            "Erdogan visited Doha, and Erdogan's visit was the first since the rift.",
            "visited",
            "visit ",
            [("Erdogan", "erdogan", "person", "TUR"), ("Erdogan", "erdogan", "person", "TUR", 10)],
            False,
        ),
        # a place after a preposition, or with the letter of one written on it (لقطر): no doer
        (
            "The visit, which took the emir on to Qatar last week, was his first visit since the rift.",
            "visit",
            "first visit",
            [("Qatar", "QAT", "country", "QAT")],
            False,
        ),
        # names listed after one a preposition governs are the sides of the first deed too
        (
            "The accord, which establishes ties between Israel and the United Arab Emirates, was signed on Sept. 15.",
            "accord",
            "signed",
            [("Israel", "ISR", "country", "ISR"), ("United Arab Emirates", "ARE", "country", "ARE")],
            False,
        ),
        (
            "الاتفاق الذي يقيم العلاقات بين إسرائيل والإمارات وقع في 15 سبتمبر.",
            "الاتفاق",
            "وقع",
            [("إسرائيل", "ISR", "country", "ISR"), ("الإمارات", "ARE", "country", "ARE")],
            False,
        ),
        (
            "وتأتي زيارته التي حملته أمس لقطر بعد زيارة أخرى.",
            "زيارته",
            "زيارة أخرى",
            [("قطر", "QAT", "country", "QAT")],
            False,
        ),
    ],
)
def test_a_doer_of_its_own_stands_between_the_two_words(text, first, second, names, expected):
    actors = [_actor(text, *n) for n in names]
    earlier = _span(text, first)
    later = _span(text, second, earlier[1])
    assert own_doer_between(text, earlier, later, 0, actors) is expected


def _cand(trigger: tuple[int, int], runner_up: _Candidate | None = None) -> _Candidate:
    return _Candidate("visit", "042", (0, 100), trigger, "visit", 0.9, runner_up=runner_up)


@pytest.mark.parametrize(
    ("text", "winner", "runner", "background"),
    [
        ("His visit comes after Saudi Crown Prince Mohammed bin Salman made a visit to Washington.", "visit", "a visit", True),
        ("وتأتي زيارته بعد أن أجرى ولي العهد السعودي زيارة إلى واشنطن.", "زيارته", "زيارة ", True),
        # no word of another time between: read as it was
        ("His visit, like the crown prince's visit to Washington, drew crowds.", "visit", "visit to", False),
        ("زيارته، مثل زيارة ولي العهد إلى واشنطن، لقيت اهتماما.", "زيارته", "زيارة ولي", False),
    ],
)
def test_a_runner_up_is_background_and_after_another_time_a_setting(text, winner, runner, background):
    first = _span(text, winner)
    kept = as_runner_up(text, _cand(first), _cand(_span(text, runner, first[1])))
    assert (kept.circumstance, kept.background) == (background, True)
    assert kept.runner_up is None


def test_the_runner_up_comes_only_after_a_word_that_yields_nothing():
    second = _cand((50, 55))
    third = _cand((70, 75))
    events: list[str] = []
    order = []
    for cand in with_runners_up([_cand((0, 5), runner_up=second), _cand((30, 35), runner_up=third)], lambda: len(events)):
        order.append(cand.trigger[0])
        if cand.trigger[0] in (50, 30):
            events.append("event")  # the runner-up of the first yields one; so does the second word
    assert order == [0, 50, 30]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the emir's visit told again, then the crown prince's own trip with its own month: both visits
        (
            "زار أمير قطر تميم بن حمد واشنطن يوم الاثنين. وتأتي زيارته بعد أن أجرى ولي العهد السعودي الأمير محمد بن "
            "سلمان زيارة إلى الولايات المتحدة في مارس الماضي.",
            "2018-04-10",
            [("2018-03", frozenset({"SAU", "USA"})), ("2018-04-09", frozenset({"QAT", "USA"}))],
        ),
        (
            "Qatar's emir Tamim bin Hamad visited Washington on Monday. His visit comes after Saudi Crown Prince "
            "Mohammed bin Salman made a visit to the United States in March.",
            "2018-04-10",
            [("2018-03", frozenset({"SAU", "USA"})), ("2018-04-09", frozenset({"QAT", "USA"}))],
        ),
        # no doer of its own: the emir's visit told again, and one of its own past
        (
            "زار أمير قطر تميم بن حمد واشنطن يوم الاثنين. وتأتي زيارته بعد زيارة إلى الولايات المتحدة في مارس الماضي.",
            "2018-04-10",
            [("2018-04-09", frozenset({"QAT", "USA"}))],
        ),
        (
            "Qatar's emir Tamim bin Hamad visited Washington on Monday. His visit comes after his own visit to the "
            "United States in March.",
            "2018-04-10",
            [("2018-04-09", frozenset({"QAT", "USA"}))],
        ),
        # a doer of its own but no time of its own: similar deeds of the past, no deed of the day
        (
            "زار أمير قطر تميم بن حمد واشنطن يوم الاثنين. ولم يعلن البيت الأبيض عن الزيارة، وإن كان ولي العهد "
            "السعودي الأمير محمد بن سلمان قد أجرى زيارات مماثلة في السابق.",
            "2018-04-10",
            [("2018-04-09", frozenset({"QAT", "USA"}))],
        ),
        # a doer of its own but no time of its own, told after "after": a background deed left out
        (
            "زار أمير قطر تميم بن حمد واشنطن يوم الاثنين. وتأتي زيارته بعد أن أجرى ولي العهد السعودي الأمير محمد بن "
            "سلمان زيارة ناجحة إلى الولايات المتحدة.",
            "2018-04-10",
            [("2018-04-09", frozenset({"QAT", "USA"}))],
        ),
    ],
)
def test_a_runner_up_is_assembled_when_the_chosen_word_retells_a_deed(text, published, expected):
    found = sorted((e["date"], frozenset(e["countries"])) for e in of_type(extract(text, published), "visit"))
    assert found == expected
