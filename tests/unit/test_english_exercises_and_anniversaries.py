"""Regional outlets, wire copy, NGO reports, live pages and anniversary pieces (The National, Xinhua,
Anadolu, HRW, Amnesty, the Guardian): sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Egyptian naval forces on Tuesday held a joint maritime exercise off the city of Alexandria.",
        "The UAE Air Force hosted the Desert Flag exercise at Al Dhafra Air Base in Abu Dhabi on Monday.",
        "Pakistan and Saudi Arabia held a joint air force exercise in Taif on Monday.",
    ],
)
def test_a_single_exercise_held_or_hosted_is_an_exercise(text):
    assert of_type(extract(text, "2023-08-22"), "military_exercise")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of troops took part in NATO's Trident Juncture exercise in Norway on Monday.",
        "Qatari forces participated in the Eager Lion drills in Jordan on Monday.",
        "Two Indian warships joined the Malabar exercise off Japan on Monday.",
    ],
)
def test_an_exercise_taken_part_in_is_held(text):
    assert of_type(extract(text, "2023-08-22"), "military_exercise")


@pytest.mark.parametrize(
    "text",
    [
        "Millions of Nigerians took part in the electoral exercise on Monday.",
        "Students in Tokyo took part in an earthquake drill on Monday.",
        "Egypt urged Ethiopia to exercise restraint on Monday.",
    ],
)
def test_a_vote_or_a_school_drill_taken_part_in_is_no_exercise(text):
    assert of_type(extract(text, "2023-08-22"), "military_exercise") == []


@pytest.mark.parametrize(
    "text",
    [
        "The 7.8-magnitude earthquake struck southern Turkey and northern Syria on Monday, killing more than 11,000 people.",
        "A powerful quake struck the Al Haouz province of Morocco on Friday night, killing nearly 3,000 people.",
    ],
)
def test_an_earthquake_that_struck_is_no_attack(text):
    assert not of_type(extract(text, "2023-09-10"), "attack")


def test_a_humanitarian_pause_that_came_into_effect_is_a_ceasefire():
    found = extract("On 24 November, a four-day humanitarian pause between Israel and Hamas came into effect.", "2023-11-28")
    assert of_type(found, "ceasefire") and not of_type(found, "ratification")


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon marked a year since the port blast in Beirut, the Lebanese capital. Thousands of people marched "
        "on Wednesday from the fire brigade headquarters to the port, demanding justice for the victims.",
        "Baghdad was calm on Thursday, Iraqi officials said. Hundreds of supporters of the cleric marched to the "
        "parliament building on Friday.",
    ],
)
def test_a_crowd_that_marched_protested_in_the_article_country(text):
    assert of_type(extract(text, "2021-08-06"), "protest")


@pytest.mark.parametrize(
    ("text", "published", "old_type", "new_type"),
    [
        (
            "On the anniversary of the massacre, hundreds of people protested in Baghdad on Saturday.",
            "2018-11-24",
            "attack",
            "protest",
        ),
        (
            "Two years after the bombing of the Karrada district, families protested in Baghdad on Sunday.",
            "2018-07-03",
            "attack",
            "protest",
        ),
        (
            "في الذكرى الأولى لتفجير مرفأ بيروت، تظاهر آلاف اللبنانيين في بيروت يوم الأربعاء.",
            "2021-08-04",
            "attack",
            "protest",
        ),
        (
            "بمناسبة مرور عام على تفجير المرفأ، تظاهر آلاف اللبنانيين في بيروت يوم الأربعاء.",
            "2021-08-04",
            "attack",
            "protest",
        ),
    ],
)
def test_the_event_an_anniversary_recalls_is_not_dated_by_the_commemoration(text, published, old_type, new_type):
    found = extract(text, published)
    assert of_type(found, new_type)
    assert not [e for e in of_type(found, old_type) if e["date"] and e["date"][:4] == published[:4]]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("It is one year since the suicide bombing in Baghdad's Tayaran Square that killed 32 people.", "2022-01-21"),
        ("Two years after the car bombing in Mogadishu, the city's markets have reopened.", "2019-10-14"),
    ],
)
def test_an_event_years_old_named_without_a_date_is_not_the_day_news(text, published):
    assert not [e for e in of_type(extract(text, published), "attack") if e["date"] == published]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The death toll from a suicide bombing in Baghdad rose to 40 on Thursday, officials said. "
            "The bomber struck a crowded market on Tuesday.",
            "2022-08-23",
        ),
        (
            "ارتفعت حصيلة ضحايا التفجير الانتحاري في بغداد إلى 40 قتيلا يوم الخميس.\n"
            "وكان انتحاري قد فجر نفسه في سوق ببغداد يوم الثلاثاء.",
            "2022-08-23",
        ),
        (
            "The number of victims of a suicide bombing in Baghdad rose to 40 on Thursday, officials said. "
            "The bomber struck a crowded market on Tuesday.",
            "2022-08-23",
        ),
        (
            "ارتفع عدد الجرحى في التفجير الانتحاري في بغداد إلى 40 يوم الخميس.\n"
            "وكان انتحاري قد فجر نفسه في سوق ببغداد يوم الثلاثاء.",
            "2022-08-23",
        ),
        (
            "اندلعت اشتباكات عنيفة بين فصائل مسلحة في العاصمة الليبية طرابلس يوم الثلاثاء.\n"
            "وارتفعت حصيلة الاشتباكات إلى 52 قتيلا فضلا عن عشرات الجرحى، حسبما أوردته مصادر إعلامية.",
            "2022-08-23",
        ),
        (
            "Heavy clashes broke out between armed factions in the Libyan capital Tripoli on Tuesday.\n"
            "The death toll from the clashes has risen to 52, medical sources said.",
            "2022-08-23",
        ),
    ],
)
def test_the_day_a_death_toll_rose_does_not_date_the_attack(text, day):
    attacks = of_type(extract(text, "2022-08-25"), "attack")
    assert [e["date"] for e in attacks] == [day]


def test_a_toll_with_no_earlier_telling_keeps_its_event():
    attacks = of_type(extract("The death toll from the car bombing in Mogadishu rose to 21 on Sunday.", "2022-08-21"), "attack")
    assert len(attacks) == 1


@pytest.mark.parametrize(
    ("text", "day", "doer"),
    [
        (
            "Gunmen attacked a checkpoint in Egypt's North Sinai on Saturday, killing five soldiers. "
            "The Islamic State group claimed responsibility for the attack on the checkpoint in a statement on Sunday.",
            "2019-03-09",
            None,
        ),
        (
            "Yemen's Houthi rebels said on Tuesday they had targeted two commercial vessels in the Red Sea with missiles. "
            "Houthi spokesman Yahya Saree claimed the attack on the ships, the Liberian-flagged Star Nasia and the "
            "Greek-owned Morning Tide.",
            "2019-03-05",
            None,
        ),
        (
            "هاجم مسلحون حاجزا أمنيا في شمال سيناء بمصر يوم السبت وقتلوا خمسة جنود.\n"
            "وتبنى تنظيم داعش الهجوم على الحاجز في بيان يوم الأحد.",
            "2019-03-09",
            "islamic_state",
        ),
    ],
)
def test_a_claimed_attack_is_the_one_told_before(text, day, doer):
    attacks = of_type(extract(text, "2019-03-10"), "attack")
    assert [e["date"] for e in attacks] == [day]
    assert doer is None or doer in attacks[0]["actors"]


def test_a_claim_with_no_attack_told_before_is_the_news():
    found = of_type(extract("Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu on Friday.", "2019-03-10"), "attack")
    assert [e["date"] for e in found] == ["2019-03-08"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Erdogan, who won re-election in May, met the Saudi crown prince in Jeddah.", "visit"),
        ("The emir, who took office in June 2013, met the Turkish president in Doha.", "meeting"),
        ("وقام الرئيس التركي أردوغان، الذي فاز بالانتخابات في مايو، بزيارة إلى السعودية.", "visit"),
    ],
)
def test_a_date_in_an_aside_between_commas_is_not_the_main_clause_event_date(text, event_type):
    found = of_type(extract(text, "2023-07-19"), event_type)
    assert found and all(e["date"] == "2023-07-19" for e in found)


@pytest.mark.parametrize(
    ("text", "event_type", "country", "newsroom"),
    [
        (
            "(Beirut) – Egyptian security forces arrested the blogger Alaa Abd El-Fattah on Friday, Human Rights Watch said today.",
            "arrest",
            "EGY",
            "LBN",
        ),
        (
            "RIYADH: Saudi Arabia on Wednesday sent two relief planes carrying 90 tons of aid to Turkey.",
            "aid",
            "TUR",
            None,
        ),
    ],
)
def test_a_bracketed_or_colon_dateline_is_the_newsroom(text, event_type, country, newsroom):
    found = of_type(extract(text, "2019-10-02"), event_type)
    assert found and found[0]["location"]["country"] == country
    assert newsroom is None or newsroom not in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "country", "not_country"),
    [
        (
            "Jordan recalled its ambassador from Israel on Wednesday after Israeli strikes in Gaza killed dozens.",
            "sanctions",
            "JOR",
            "PSE",
        ),
        (
            "استدعى الأردن سفيره لدى إسرائيل يوم الأربعاء بعد غارات إسرائيلية على غزة أسفرت عن مقتل العشرات.",
            "sanctions",
            "JOR",
            "PSE",
        ),
        (
            "Turkey sent food shipments to Qatar on Monday after Saudi Arabia cut ties with Doha.",
            "aid",
            "QAT",
            None,
        ),
        (
            "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations, following talks in Beijing.",
            "relations",
            "CHN",
            None,
        ),
    ],
)
def test_a_place_in_a_clause_telling_what_the_event_followed_is_not_its_place(text, event_type, country, not_country):
    found = of_type(extract(text, "2024-03-05"), event_type)
    assert found and found[0]["location"]["country"] == country
    assert not_country is None or not_country not in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Al-Sadr's bloc won the most seats in the October elections but he withdrew his lawmakers from parliament in June.",
            "election",
            "2021-10",
        ),
        ("Police arrested dozens of students during the March protests in Baghdad.", "protest", "2022-03"),
        ("Iraq held early elections in October 2021 after the October protests of 2019.", "protest", "2019"),
    ],
)
def test_a_bare_month_between_the_and_an_event_noun_dates_it(text, event_type, date):
    found = of_type(extract(text, "2022-07-27"), event_type)
    assert [e["date"] for e in found] == [date]


def test_the_may_government_is_no_date():
    from events.temporal import find_dates

    text = "Theresa May defended the May government on Tuesday."
    assert [d.text for d in find_dates(text, "2019-03-05")] == ["Tuesday"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Gunmen stormed the Hayat hotel in Mogadishu on Friday evening after setting off two car bombs outside the building.",
            "2022-08-19",
        ),
        ("Militants attacked an army post in Sinai on Thursday after detonating a car bomb at its gate.", "2022-08-18"),
    ],
)
def test_an_event_word_in_a_gerund_clause_after_after_is_the_circumstance(text, date):
    attacks = of_type(extract(text, "2022-08-21"), "attack")
    assert [e["date"] for e in attacks] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The US military said on Tuesday it had carried out air strikes on Houthi targets in Yemen on Monday.", "2024-06-03"),
        ("The Iraqi army announced late on Tuesday they had repelled an attack by Islamic State in Kirkuk on Sunday.", "2024-06-02"),
        ("The US military said on Tuesday it had carried out air strikes on Houthi targets in Yemen.", "2024-06-04"),
    ],
)
def test_the_day_of_the_saying_gives_way_to_the_event_own_day(text, date):
    attacks = of_type(extract(text, "2024-06-05"), "attack")
    assert [e["date"] for e in attacks] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Turkish military police held a joint patrol in Idlib on Tuesday, the Russian Center for "
        "Reconciliation of Opposing Sides said.",
        "Syria's Ministry of National Reconciliation said on Monday that 200 fighters in Daraa had handed over their weapons.",
    ],
)
def test_an_event_word_in_a_body_name_after_for_or_of_is_no_event(text):
    assert not of_type(extract(text, "2021-10-05"), "relations")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sheikh Nawaf became emir in September after the death of his half-brother.", "2020-09"),
        ("Mohammed bin Salman became crown prince in June 2017.", "2017-06"),
        ("He was foreign minister of Kuwait for four decades before becoming emir in 2006.", "2006"),
    ],
)
def test_one_who_became_emir_or_president_was_appointed(text, date):
    found = of_type(extract(text, "2020-09-30"), "appointment")
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "A donor conference on Wednesday raised 370 million dollars in aid for Lebanon.",
        "Donors raised $1.2 billion in humanitarian aid for Yemen at a conference in Geneva on Tuesday.",
    ],
)
def test_money_raised_in_aid_is_aid(text):
    assert of_type(extract(text, "2021-08-04"), "aid")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Lavrov and Mekdad discussed preparations for a meeting of the deputy foreign ministers of Russia, Syria, "
            "Turkey and Iran, the ministry said.",
            "meeting",
        ),
        ("Security was tightened across Baghdad ahead of the elections on Sunday.", "election"),
        ("Iraqi police were deployed in Karbala in preparation for the elections.", "election"),
    ],
)
def test_an_event_prepared_for_or_ahead_is_no_event(text, event_type):
    assert not of_type(extract(text, "2023-04-07"), event_type)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Abdulhadi al-Khawaja, a rights defender jailed in Bahrain, has been on hunger strike since August 9.", "2023-08-09"),
        ("Protesters have staged a sit-in outside parliament in Baghdad since July 30.", "2023-07-30"),
        ("Hundreds of workers have been on strike in Tunisia since July.", "2023-07"),
    ],
)
def test_an_ongoing_event_since_a_month_and_day_began_then(text, date):
    found = of_type(extract(text, "2023-08-31"), "protest")
    assert [e["date"] for e in found] == [date]


def test_gulf_leaders_are_the_gulf_states():
    found = of_type(extract("Gulf leaders met in Riyadh on Tuesday.", "2021-01-05"), "meeting")
    assert found and {"SAU", "QAT", "KWT"} <= set(found[0]["countries"])


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Israeli air strikes killed 20 people in Beit Lahia on Monday.", "Beit Lahia", "PSE"),
        ("Israeli jets struck at least five buildings in Dahiyeh on Tuesday.", "Dahieh", "LBN"),
        ("Hezbollah fired rockets at Kiryat Shmona on Monday.", "Kiryat Shmona", "ISR"),
        ("قصف الطيران الإسرائيلي مخيم النصيرات وسط قطاع غزة يوم الاثنين.", "Nuseirat", "PSE"),
    ],
)
def test_towns_of_the_gaza_and_lebanon_wars_are_places(text, place, country):
    found = of_type(extract(text, "2024-11-22"), "attack")
    assert found and found[0]["location"]["name"] == place and found[0]["location"]["country"] == country
