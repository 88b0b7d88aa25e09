"""Places of Arabic events: talks, a deal, a truce or an exercise between states,
told with no place of their own, are placed in none of their parties' countries (the text does
not say where they were held); a phone call is held nowhere. A place the text states, a
reception at the host's, a dateline's city and the parties of one country keep their place.
A capital that names a government in another clause, or as the subject of the sentence's first
verb, is not a place; an event told inside an Arabic relative clause takes no place of the main
clause, but the name the clause describes stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str, published: str, event_type: str) -> list[tuple[str | None, list[str]]]:
    return [((e["location"] or {}).get("country"), sorted(e["countries"])) for e in of_type(extract(text, published), event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        # a phone call between two leaders
        ("أجرى الرئيس الأمريكي دونالد ترامب الأربعاء اتصالا هاتفيا بأمير قطر الشيخ تميم بن حمد.", "meeting", ["QAT", "USA"]),
        ("وبحث ولي العهد السعودي هاتفيا أمس مع الرئيس الفرنسي الأوضاع في اليمن.", "meeting", ["FRA", "SAU"]),
        ("Trump spoke by phone with the Qatari emir on Wednesday.", "meeting", ["QAT", "USA"]),
        # a meeting of two states' officials, no place named
        ("التقى وزير الخارجية السعودي عادل الجبير أمس نظيره الأمريكي ريكس تيلرسون.", "meeting", ["SAU", "USA"]),
        ("The Saudi foreign minister met his US counterpart on Tuesday.", "meeting", ["SAU", "USA"]),
        # a deal whose only country names are its sides
        ("وقع وزير الخارجية التركي مولود تشاووش أوغلو ونظيره القطري اتفاقية تعاون عسكري أمس.", "agreement", ["QAT", "TUR"]),
        ("وأبرمت السعودية أمس صفقات أسلحة مع الولايات المتحدة.", "agreement", ["SAU", "USA"]),
        ("Turkey and Qatar signed a military cooperation agreement on Tuesday.", "agreement", ["QAT", "TUR"]),
        # a joint exercise of two states' forces
        ("وأجرت القوات المصرية والسعودية أمس مناورات عسكرية مشتركة.", "military_exercise", ["EGY", "SAU"]),
        ("Egyptian and Saudi forces held joint military exercises on Monday.", "military_exercise", ["EGY", "SAU"]),
    ],
)
def test_talks_between_states_with_no_place_are_placed_nowhere(text, event_type, countries):
    assert _places(text, "2017-06-08", event_type) == [(None, countries)]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a country after "in" is where the talks were held, though it is a side
        ("وعقد وزير الخارجية التركي ونظيره القطري محادثات أمس في قطر.", "meeting", "QAT"),
        ("Turkey and Qatar held talks in Qatar on Tuesday.", "meeting", "QAT"),
        # the place the sentence names
        ("وأعلنت تركيا وروسيا أمس وقف إطلاق النار في سوريا.", "ceasefire", "SYR"),
        # the dateline's city, of a side's country
        ("الدوحة - وقعت تركيا وقطر أمس اتفاقية تعاون عسكري.", "agreement", "QAT"),
        # a reception is held at the host's: the guest's visit there
        ("واستقبل أمير قطر أمس وزير الخارجية التركي.", "visit", "QAT"),
        ("The Qatari emir received the Turkish foreign minister on Monday.", "visit", "QAT"),
        # the parties of one country meet at home
        ("واجتمع رئيس الوزراء العراقي أمس مع قادة الأحزاب العراقية.", "meeting", "IRQ"),
        ("The Iraqi prime minister met Iraqi party leaders on Monday.", "meeting", "IRQ"),
    ],
)
def test_a_stated_or_plain_place_stays(text, event_type, place):
    assert [p for p, _ in _places(text, "2017-06-08", event_type)] == [place]


def _place(text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [((e["location"] or {}).get("name"), (e["location"] or {}).get("country")) for e in of_type(extract(text, "2017-06-08"), event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a capital that acts in a later clause is that state's government, not the place
        ("وشنت القوات الأمريكية أمس غارات على مواقع التنظيم، فيما قالت دمشق إنها تدين الهجوم.", "attack", ("Syria", "SYR")),
        ("US forces carried out air strikes on Monday, and Damascus condemned the raids.", "attack", ("Syria", "SYR")),
        # the capital that opens the sentence as its first verb's subject announces; it is not where
        ("وأعلنت أنقرة أمس مقتل جنديين تركيين في هجوم.", "attack", ("Turkey", "TUR")),
        # a state that did the same in another clause is neither place nor party (the four states
        # listed him each at home: placed nowhere)
        ("وأدرجته الدول الأربع أمس على قوائم الإرهاب، كما فعلت الدوحة الأمر نفسه.", "sanctions", (None, None)),
    ],
)
def test_a_capital_naming_a_government_elsewhere_is_not_the_place(text, event_type, place):
    assert _place(text, event_type) == [place]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # a preposition, a noun of places or ب on the name makes the capital a place
        ("وقتل جنديان تركيان أمس في هجوم في أنقرة.", "attack", ("Ankara", "TUR")),
        ("وقتل جنديان تركيان أمس في هجوم قرب مطار أنقرة.", "attack", ("Ankara", "TUR")),
        ("وحاصرت قوات الحكومة أمس سجنا بطرابلس.", "attack", ("Tripoli", "LBY")),
    ],
)
def test_a_capital_made_a_place_stays(text, event_type, place):
    assert _place(text, event_type) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # a phone call's parties are apart: a place of another clause of its sentence is not its place
        "وتعهد رئيس الوزراء العراقي بذلك في اتصال هاتفي أمس مع نظيره التركي، بعد يوم من تهديد أنقرة بالتدخل إذا فشلت العملية العسكرية في سنجار.",
        "The Iraqi prime minister spoke by phone with his Turkish counterpart on Monday, a day after Turkish jets struck targets in Sinjar.",
    ],
)
def test_a_phone_call_takes_no_place_of_its_sentence(text):
    assert [p for p, _ in _places(text, "2017-06-08", "meeting")] == [None]


def test_a_place_outside_the_relative_clause_of_the_event_word_is_the_main_clauses():
    # the clashes are told in a relative clause set off by commas; Turkey is where the wounded were taken
    text = "ونقلت طائرات تركية أمس المصابين الفلسطينيين، الذين أصيبوا في مواجهات مع الجيش الإسرائيلي، إلى تركيا لتلقي العلاج."
    (attack,) = of_type(extract(text, "2018-05-16"), "attack")
    assert (attack["location"] or {}).get("country") != "TUR"
    assert sorted(attack["countries"]) == ["ISR", "PSE"]


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        # the name the relative pronoun describes is the clause's subject
        ("وخرج الآلاف في مصر التي شهدت احتجاجات واسعة أمس.", "protest", ("Egypt", "EGY")),
        # and so is a name in apposition before it
        ("وألقى أمير قطر كلمة أمس من العاصمة الألمانية، برلين التي يقوم بزيارتها.", "visit", ("Berlin", "DEU")),
    ],
)
def test_the_name_a_relative_clause_describes_stays_its_place(text, event_type, place):
    assert [((e["location"] or {}).get("name"), (e["location"] or {}).get("country")) for e in of_type(extract(text, "2018-05-16"), event_type)] == [place]
