"""A relative clause after a first time denied («وهذه ليست المرة الأولى التي أرسلت فيها تركيا
قوات إلى قطر», «ولم تكن هذه المرة الأولى التي يزور فيها أردوغان قطر») tells a deed done before,
a real one the article asserts in passing, as "It is not the first time Turkey has sent troops to
Qatar" does: an event of the article (with no date of its own, the gold's date is null and the
system's the publication's), neither a thing described by what once befell it, nor a standing
state, nor a comment on how rare the deed is. A first time not denied, and a relative clause of
another noun, stay what they were (events/assemble/repeated_firsts.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.assemble.repeated_firsts import a_denied_first_time_in, after_a_denied_first_time


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("وهذه ليست المرة الأولى التي أرسلت فيها تركيا قوات إلى قطر.", "deployment", ["QAT", "TUR"]),
        ("وليست هذه المرة الأولى التي ترسل فيها تركيا قوات إلى قطر.", "deployment", ["QAT", "TUR"]),
        ("It is not the first time Turkey has sent troops to Qatar.", "deployment", ["QAT", "TUR"]),
        ("ولم تكن هذه المرة الأولى التي يزور فيها أردوغان قطر.", "visit", ["QAT", "TUR"]),
        ("It was not the first time that Erdogan has visited Qatar.", "visit", ["QAT", "TUR"]),
        ("وهي ليست المرة الأولى التي تعتقل فيها السلطات التركية الصحفي أحمد ألتان.", "arrest", ["TUR"]),
        ("It is not the first time Turkish authorities have detained journalist Ahmet Altan.", "arrest", ["TUR"]),
    ],
)
def test_a_deed_done_again_is_told(text, event_type, countries):
    found = [(e["event_type"], sorted(e["countries"])) for e in extract(text, "2018-05-10")]
    assert found == [(event_type, countries)]


@pytest.mark.parametrize(
    "text",
    [
        # a first time not denied comments on the deed told before or still to come
        "وهذه هي المرة الأولى التي ترسل فيها تركيا قوات إلى قطر.",
        "This is the first time Turkey has sent troops to Qatar.",
        # a relative clause describing a name by what it once did, a present one by a standing state
        "وقال إن تركيا، التي أرسلت قوات إلى قطر، ليست طرفا في النزاع.",
        "He said Turkey, which sent troops to Qatar, is not a party to the dispute.",
        "وزار الوزير القواعد التي تنتشر فيها قوات تركية.",
    ],
)
def test_other_relative_clauses_tell_no_deed(text):
    assert [e for e in extract(text, "2018-05-10") if e["event_type"] == "deployment"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وهذه ليست المرة الأولى التي ", True),
        ("ولم تكن هذه المرة الأولى التي ", True),
        ("وليس أول مرة التي ", True),
        ("وهذه هي المرة الأولى التي ", False),
        ("وهذه ليست القاعدة الأولى التي ", False),
        ("ليست المرة الأولى، وقالت الوزارة التي ", False),
    ],
)
def test_the_relative_word_after_a_first_time_denied(text, expected):
    assert after_a_denied_first_time(text, len(text)) is expected
    assert a_denied_first_time_in(text, 0, len(text)) is (expected or text.startswith("ليست"))
