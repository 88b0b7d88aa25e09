"""Live pages, readouts, regional outlets (Iraqi News, Anadolu, Ahram Online, Jordan Times), long reads
and obituaries: sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Iraq's foreign ministry on Friday condemned the Turkish air strikes on the Sinjar district. "
            "Turkish jets struck targets in Sinjar and the Makhmour camp on Wednesday night, killing at least five people.",
            "2024-06-19",
        ),
        (
            "أدانت وزارة الخارجية العراقية يوم الجمعة الغارات التركية على قضاء سنجار. "
            "وكانت طائرات تركية قد قصفت أهدافا في سنجار ومخيم مخمور ليلة الأربعاء، ما أسفر عن مقتل خمسة أشخاص.",
            "2024-06-19",
        ),
    ],
)
def test_a_condemned_deed_told_on_its_own_day_is_not_dated_by_the_condemnation(text, day):
    attacks = of_type(extract(text, "2024-06-21"), "attack")
    assert [a["date"] for a in attacks] == [day]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "In the spring of 2011, the war reached the east of the country. Libyan protesters rallied in Benghazi on 15 February, "
            "and by the end of the month the city was in rebel hands.",
            "protest",
            "2011-02-15",
        ),
        (
            "في ربيع عام 2011، وصلت الحرب إلى شرق البلاد. وتظاهر محتجون ليبيون في بنغازي يوم 15 فبراير.",
            "protest",
            "2011-02-15",
        ),
        # a year the sentence before names in passing sets no time for the next
        (
            "The truce of 2014 collapsed within weeks. Libyan protesters rallied in Benghazi on 15 February.",
            "protest",
            "2019-02-15",
        ),
    ],
)
def test_a_day_without_a_year_is_in_the_year_the_sentence_before_opens_with(text, kind, day):
    (event,) = of_type(extract(text, "2019-05-02"), kind)
    assert event["date"] == day


@pytest.mark.parametrize(
    ("text", "kind", "value", "country"),
    [
        (
            "Born in 1937, Abdelaziz Bouteflika joined the National Liberation Army as a teenager. "
            "He was elected president in April 1999.",
            "election",
            "1999-04",
            "DZA",
        ),
        (
            "Selahattin Demirtas led the party for eight years. He was arrested in November 2016.",
            "arrest",
            "2016-11",
            "TUR",
        ),
    ],
)
def test_he_or_she_after_a_person_of_a_country_tells_an_event_of_that_country(text, kind, value, country):
    (event,) = of_type(extract(text, "2021-09-17"), kind)
    assert event["date"] == value and country in event["countries"]


@pytest.mark.parametrize(
    ("text", "kind", "year", "countries"),
    [
        (
            "Qatar's economy recovered quickly from the 2017 blockade imposed by Saudi Arabia, the UAE, Bahrain and Egypt.",
            "sanctions",
            "2017",
            {"QAT", "SAU", "ARE", "BHR", "EGY"},
        ),
        ("Thousands were killed in the 2011 uprising in Libya.", "protest", "2011", {"LBY"}),
        (
            "تعافى اقتصاد قطر سريعا من حصار عام 2017 الذي فرضته السعودية والإمارات والبحرين ومصر.",
            "sanctions",
            "2017",
            {"QAT", "SAU", "ARE", "BHR", "EGY"},
        ),
    ],
)
def test_an_event_named_with_its_year_is_the_catalogued_one_dated_by_that_year(text, kind, year, countries):
    (event,) = of_type(extract(text, "2024-01-09"), kind)
    assert event["date"] == year and event["date_basis"] == "explicit"
    assert event["reference_id"] is not None and countries <= set(event["countries"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Turkish Armed Forces neutralized seven PKK terrorists in northern Iraq on Sunday.", True),
        ("أعلنت وزارة الدفاع التركية الاثنين تحييد 7 إرهابيين من بي كا كا شمالي العراق.", True),
        ("The central bank moved to neutralize the effects of inflation in Turkey on Sunday.", False),
        ("نجحت تركيا في تحييد المخاطر الاقتصادية.", False),
    ],
)
def test_militants_neutralized_are_an_attack(text, found):
    attacks = of_type(extract(text, "2024-09-30"), "attack")
    assert bool(attacks) == found and all({"TUR", "IRQ"} <= set(a["countries"]) for a in attacks)


@pytest.mark.parametrize(
    "text",
    [
        "Ankara blames the network of Fethullah Gulen for the failed coup of July 2016.",
        "Erdogan survived the foiled coup of July 2016 in Turkey.",
    ],
)
def test_a_failed_coup_is_an_attempted_coup(text):
    (attack,) = of_type(extract(text, "2024-07-16"), "attack")
    assert attack["date"].startswith("2016-07") and "TUR" in attack["countries"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turkey and Greece signed 15 agreements and memoranda of understanding on trade, energy and education.", "2023-12-08"),
        ("وقعت تركيا واليونان مذكرتي التفاهم في مجالات التجارة والطاقة.", "2023-12-08"),
        # the catalogued event's own two sides: that one
        ("Turkey and Libya signed two memoranda of understanding.", "2019-11-27"),
    ],
)
def test_a_deal_between_two_states_is_no_catalogued_deal_of_one_of_them_with_a_third(text, value):
    (agreement,) = of_type(extract(text, "2023-12-08"), "agreement")
    assert agreement["date"] == value


@pytest.mark.parametrize(
    "text",
    [
        "Talks with Pyongyang stalled after the Hanoi summit.",
        "وتعثرت المحادثات مع بيونغ يانغ بعد قمة هانوي.",
    ],
)
def test_a_city_inside_a_catalogued_event_s_name_is_no_side_of_the_event(text):
    assert "2019-02-27" in [e["date"] for e in of_type(extract(text, "2020-01-10"), "meeting")]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Secretary of State Antony J. Blinken spoke with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud "
            "today to discuss the ongoing efforts to secure a ceasefire.",
            {"USA", "SAU"},
        ),
        ("Foreign Secretary David Lammy spoke with his Iranian counterpart Abbas Araghchi on Monday.", {"GBR", "IRN"}),
        ("Erdogan spoke with reporters on his plane about the president of Syria.", None),
    ],
)
def test_a_readout_of_an_official_speaking_with_a_foreign_official_is_a_call(text, countries):
    meetings = of_type(extract(text, "2024-02-20"), "meeting")
    assert (set(meetings[0]["countries"]) if meetings else None) == countries


@pytest.mark.parametrize(
    ("text", "kind", "countries"),
    [
        (
            "A court in Ankara on Tuesday jailed Ahmet Yilmaz, a teacher, over links to the US-based cleric Fethullah Gulen.",
            "arrest",
            ["TUR"],
        ),
        (
            "The London-based Syrian Observatory for Human Rights said Turkish drones struck Kobani on Monday.",
            "attack",
            ["SYR", "TUR"],
        ),
    ],
)
def test_the_city_or_country_a_body_or_person_is_based_in_is_no_party(text, kind, countries):
    (event,) = of_type(extract(text, "2024-07-16"), kind)
    assert sorted(event["countries"]) == countries


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's parliament elected army commander Joseph Aoun as president on Thursday in a second round of voting.\n"
        "Aoun won 99 votes out of 128.\nThe post had been empty since Michel Aoun's term ended in October 2022.",
        "انتخب البرلمان اللبناني قائد الجيش جوزيف عون رئيسا للجمهورية يوم الخميس في جولة ثانية من التصويت.\n"
        "وحصل عون على 99 صوتا من أصل 128.\nوكان المنصب شاغرا منذ انتهاء ولاية ميشال عون في أكتوبر 2022.",
    ],
)
def test_an_election_retold_without_a_date_is_the_one_told_on_its_day(text):
    assert [e["date"] for e in of_type(extract(text, "2025-01-14"), "election")] == ["2025-01-09"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's parliament ratified Finland's accession protocol on 30 March.",
        "صادق البرلمان التركي على بروتوكول انضمام فنلندا يوم 30 مارس.",
    ],
)
def test_a_ratification_takes_place_in_the_ratifying_country(text):
    (ratification,) = of_type(extract(text, "2023-04-04"), "ratification")
    assert ratification["location"]["country"] == "TUR" and {"TUR", "FIN"} <= set(ratification["countries"])


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        (
            "Iran's judiciary announced on Tuesday that it had arrested British national Craig Foreman on spying "
            "charges. Foreman was detained in Kerman on Saturday, his family said.",
            "arrest",
            ["2025-02-22"],
        ),
        (
            "أعلنت السلطة القضائية الإيرانية يوم الثلاثاء أنها اعتقلت المواطن البريطاني كريغ فورمان بتهمة التجسس. "
            "وكان فورمان قد اعتقل في كرمان يوم السبت، بحسب عائلته.",
            "arrest",
            ["2025-02-22"],
        ),
        # strikes go on from day to day: the ones announced are not those of days before
        (
            "The Israeli army said on Tuesday it had struck targets in Gaza. On Saturday, Israeli jets struck a school in Gaza.",
            "attack",
            ["2025-02-25", "2025-02-22"],
        ),
    ],
)
def test_an_announced_deed_told_on_an_earlier_day_is_that_day_s(text, kind, dates):
    found = of_type(extract(text, "2025-02-25"), kind)
    assert [e["date"] for e in found] == dates and all("IRN" not in e["countries"] or "GBR" in e["countries"] for e in found)
