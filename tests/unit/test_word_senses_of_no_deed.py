"""Readings of an event word that tell no event of its type: a party's boycott of a vote is
no sanctions between states (a state's boycott of a state or its goods still is); voters named
with no word of a vote are no vote held; lawmakers meeting in a place are a parliament sitting,
no meeting between parties; talks a party quit or withdrew from tell it leaving them."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-05-01"


@pytest.mark.parametrize(
    ("text", "event_type", "present"),
    [
        # a boycott of a vote, of its re-run or of a run-off by a politician or a party
        ("Kenyan opposition leader Raila Odinga boycotted the re-run in October that year.", "sanctions", False),
        ("The Kenyan opposition boycotted the run-off on Sunday.", "sanctions", False),
        ("وقاطعت المعارضة الكينية جولة الإعادة يوم الأحد.", "sanctions", False),
        # a boycott of a state or of its goods
        ("Saudi Arabia boycotted Qatari goods in June 2017.", "sanctions", True),
        ("قاطعت السعودية البضائع القطرية في يونيو 2017.", "sanctions", True),
        # the electorate named with no vote beside it
        (
            "Zambian President Lungu ordered the army onto the streets, a move critics said was meant to intimidate voters.",
            "election",
            False,
        ),
        ("Voters in Zambia are angry about rising prices, the survey said.", "election", False),
        ("وقال الرئيس الزامبي إن الناخبين غاضبون من ارتفاع الأسعار.", "election", False),
        # voters beside a word of the vote
        ("Zambian voters went to the polls on Thursday.", "election", True),
        ("Voters in Zambia cast ballots on Thursday.", "election", True),
        ("توجه الناخبون في زامبيا إلى صناديق الاقتراع يوم الخميس.", "election", True),
        # teams that met in a match: a guard word with a hyphen meets the words the text's tokens give
        ("Qatar and Saudi Arabia met in the semi-final in Doha on Tuesday.", "meeting", False),
        ("Qatar and Saudi Arabia met in the quarter-final in Doha on Tuesday.", "meeting", False),
        ("التقى منتخبا قطر والسعودية في مباراة نصف النهائي في الدوحة يوم الثلاثاء.", "meeting", False),
        # their ministers who met
        ("The foreign ministers of Qatar and Saudi Arabia met in Geneva on Tuesday.", "meeting", True),
        ("التقى وزيرا خارجية قطر والسعودية في الدوحة يوم الثلاثاء.", "meeting", True),
        # members of a parliament told as sitting in or at a place
        ("Somali lawmakers meeting in a heavily guarded aircraft hangar chose Mohamud as president.", "meeting", False),
        ("وانتخب النواب الصوماليون المجتمعون في حظيرة طائرات محمد رئيسا للبلاد.", "meeting", False),
        # lawmakers meeting a foreign leader, leaders meeting in a city
        (
            "US lawmakers meeting Taiwan President Tsai in Taipei on Monday said the island had support.",
            "meeting",
            True,
        ),
        (
            "The regional leaders, meeting in the Tanzanian city of Dar es Salaam on Wednesday, condemned the coup bid.",
            "meeting",
            True,
        ),
        ("التقى نواب مصريون السفير الإثيوبي في القاهرة يوم الاثنين.", "meeting", True),
        # talks a party quit, pulled out of or withdrew from
        ("The Taliban quit the talks with the United States in Doha on Friday.", "meeting", False),
        ("Iran pulled out of the negotiations with the United States in Vienna on Friday.", "meeting", False),
        ("انسحب وفد المعارضة السورية من المحادثات مع الحكومة السورية في جنيف يوم الجمعة.", "meeting", False),
        # talks that ended, talks held, and a withdrawal of troops the talks were about
        ("The talks between Iran and the United States in Vienna ended on Friday.", "meeting", True),
        (
            "Iran and the United States discussed the withdrawal of troops from Syria in talks in Geneva on Friday.",
            "meeting",
            True,
        ),
        ("ناقشت إيران والولايات المتحدة انسحاب القوات من سوريا خلال محادثات في جنيف يوم الجمعة.", "meeting", True),
        ("انتهت المحادثات بين إيران والولايات المتحدة في فيينا يوم الجمعة.", "meeting", True),
    ],
)
def test_word_sense_tells_the_event_or_none(text, event_type, present):
    assert (of_type(extract(text, PUB), event_type) != []) is present


@pytest.mark.parametrize(
    ("word", "read_as"),
    [
        ("semi-final", "semi final"),
        ("cease-fire", "cease fire"),
        ("so-called", "so called"),
        ("نصف النهائي", "نصف النهائي"),
        ("#num", "#num"),
    ],
)
def test_a_guard_word_is_read_as_the_words_of_the_text(word, read_as):
    from events.text.normalize import fold_str
    from events.triggers import _guard_word

    assert _guard_word(word) == (read_as if read_as.startswith("#") else fold_str(read_as))
