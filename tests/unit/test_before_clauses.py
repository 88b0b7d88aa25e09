"""A deed told after «قبل أن» or "before" with a time written out in its own clause is a later
deed of its own on that time, whether or not the deed before the opener is dated; the year does
not date the deed before the opener, which keeps its own date and the names of its own clause.
The clause runs to a semicolon or the end of its sentence, past a short aside between two commas;
a comma that opens no such aside ends it (events/assemble/before_clauses.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.before_clauses import clause_end, later_deed_stretch


def _dated(found: list[dict], event_type: str) -> list[tuple[str, list[str]]]:
    return sorted((e["date"], sorted(e["countries"])) for e in of_type(found, event_type))


@pytest.mark.parametrize(
    ("text", "event_type", "row"),
    [
        # the first deed with no date of its own
        ("وقطعت البحرين علاقاتها مع قطر قبل أن تعيد العلاقات معها عام 2023.", "relations", ("2023", ["BHR", "QAT"])),
        ("Bahrain cut ties with Qatar before restoring relations with Doha in 2023.", "relations", ("2023", ["BHR", "QAT"])),
        # an aside between two commas inside the clause
        (
            "وقطعت البحرين علاقاتها مع قطر عام 2017 قبل أن تعيد، بوساطة كويتية، العلاقات معها عام 2023.",
            "relations",
            ("2023", ["BHR", "QAT"]),
        ),
        (
            "Bahrain cut ties with Qatar in 2017 before restoring, through Kuwaiti mediation, relations with Doha in 2023.",
            "relations",
            ("2023", ["BHR", "QAT"]),
        ),
        # a visit takes in no meeting of another year and place; the visitor is its doer
        (
            "وزار أردوغان الدوحة أمس قبل أن يلتقي الرئيس الروسي فلاديمير بوتين في سوتشي عام 2017.",
            "meeting",
            ("2017", ["RUS", "TUR"]),
        ),
        (
            "Erdogan visited Doha yesterday before meeting Russian President Vladimir Putin in Sochi in 2017.",
            "meeting",
            ("2017", ["RUS", "TUR"]),
        ),
        # a deed of the same type, after an aside
        (
            "وأرسلت تركيا قوات إلى ليبيا قبل أن تنشر، في خطوة لافتة، جنودا في أذربيجان عام 2020.",
            "deployment",
            ("2020", ["AZE", "TUR"]),
        ),
        (
            "Turkey sent troops to Libya before deploying, in a notable step, soldiers in Azerbaijan in 2020.",
            "deployment",
            ("2020", ["AZE", "TUR"]),
        ),
    ],
)
def test_the_later_deed_takes_the_time_of_its_own_clause(text, event_type, row):
    assert row in _dated(extract(text, "2024-05-10"), event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("وقطعت البحرين علاقاتها مع قطر قبل أن تعيد العلاقات معها عام 2023.", "sanctions", [("2024-05-10", ["BHR", "QAT"])]),
        ("وزار أردوغان الدوحة أمس قبل أن يلتقي الرئيس الروسي فلاديمير بوتين في سوتشي عام 2017.", "visit", [("2024-05-09", ["QAT", "TUR"])]),
        ("Erdogan visited Doha yesterday before meeting Russian President Vladimir Putin in Sochi in 2017.", "visit", [("2024-05-09", ["QAT", "TUR"])]),
        # a deed of a weaker type before the opener is no part of the later one
        (
            "وتظاهر آلاف السودانيين في الخرطوم قبل أن يعلن الرئيس عمر البشير استقالته عام 2019.",
            "protest",
            [("2024-05-10", ["SDN"])],
        ),
        ("Thousands of Sudanese protested in Khartoum before President Omar al-Bashir resigned in 2019.", "protest", [("2024-05-10", ["SDN"])]),
        # the main deed keeps its own names too: no Libya in the arrest
        (
            "واعتقلت الشرطة المصرية الناشط علاء عبد الفتاح قبل أن تشن، في خطوة لافتة، غارات على ليبيا عام 2015.",
            "arrest",
            [("2024-05-10", ["EGY"])],
        ),
        (
            "Egyptian police arrested activist Alaa Abdel Fattah before launching, in a notable step, air strikes on Libya in 2015.",
            "arrest",
            [("2024-05-10", ["EGY"])],
        ),
        (
            "وأرسلت تركيا قوات إلى ليبيا قبل أن تنشر، في خطوة لافتة، جنودا في أذربيجان عام 2020.",
            "deployment",
            [("2020", ["AZE", "TUR"]), ("2024-05-10", ["LBY", "TUR"])],
        ),
    ],
)
def test_the_deed_before_the_opener_keeps_its_own_date_and_names(text, event_type, expected):
    assert _dated(extract(text, "2024-05-10"), event_type) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no time in the clause
        "وقطعت البحرين علاقاتها مع قطر قبل أن تعيد العلاقات معها.",
        "Bahrain cut ties with Qatar before restoring relations with Doha.",
        # the year after a comma that opens no short aside, or after a semicolon, is another clause's
        "وقطعت البحرين علاقاتها مع قطر قبل أن تعيد العلاقات معها، وقال وزير الخارجية البحريني في مؤتمر صحفي إن الخلاف انتهى عام 2021.",
        "Bahrain cut ties with Qatar before restoring relations with Doha, and the foreign minister told a news conference that the rift had ended in 2021.",
        "وقطعت البحرين علاقاتها مع قطر قبل أن تعيد العلاقات معها؛ وانتهى الخلاف بين البلدين عام 2021.",
        "Bahrain cut ties with Qatar before restoring relations with Doha; the rift between the two countries ended in 2021.",
    ],
)
def test_a_clause_with_no_time_of_its_own_splits_nothing(text):
    found = extract(text, "2024-05-10")
    assert of_type(found, "relations") == []
    assert all(e["date"] != "2021" for e in found)


@pytest.mark.parametrize(
    ("text", "start_word", "end_word"),
    [
        ("قطعت علاقاتها قبل أن تعيد، بوساطة كويتية، العلاقات معها عام 2023.", "تعيد", "."),
        ("cut ties before restoring, through Kuwaiti mediation, relations in 2023; then more.", "restoring", ";"),
        ("قطعت علاقاتها قبل أن تعيد العلاقات معها، وقال الوزير في مؤتمر صحفي طويل إن الخلاف انتهى.", "تعيد", "،"),
        ("cut ties before restoring relations, and the minister told a long news conference it ended.", "restoring", ","),
    ],
)
def test_the_clause_runs_past_a_short_aside_to_a_semicolon_or_the_end(text, start_word, end_word):
    start = text.index(start_word)
    stretch = later_deed_stretch(text, (0, len(text)), start)
    assert stretch is not None
    assert stretch[1] == text.index(end_word, start)
    assert clause_end(text, start, len(text)) == stretch[1]


@pytest.mark.parametrize(
    "text",
    [
        "قطعت علاقاتها مع قطر، ثم أعادت العلاقات عام 2023.",  # no opener of a later deed
        "cut ties with Qatar and restored relations in 2023.",
        "cut ties with Qatar before the talks of many long months in Kuwait restored relations in 2023.",  # too far
    ],
)
def test_no_opener_right_before_the_word_opens_no_clause(text):
    start = text.index("أعادت") if "أعادت" in text else text.index("restored")
    assert later_deed_stretch(text, (0, len(text)), start) is None
