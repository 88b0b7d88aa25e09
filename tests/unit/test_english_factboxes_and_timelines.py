"""Factboxes, timelines, explainers, UN and regional outlets (Kurdistan24, Egypt Independent, Times of
Israel, Daily Sabah): sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Egypt sent 100 trucks carrying humanitarian aid to the Gaza Strip through the Rafah border crossing "
            "on Sunday, the Egyptian Red Crescent said.",
            "PSE",
        ),
        ("Saudi Arabia sent humanitarian aid to the Yemeni people on Monday.", "YEM"),
        ("أرسلت السعودية يوم الاثنين مساعدات إنسانية إلى الشعب اليمني.", "YEM"),
    ],
)
def test_aid_takes_place_at_its_recipient_not_its_giver(text, country):
    (aid,) = of_type(extract(text, "2025-03-02"), "aid")
    assert aid["location"]["country"] == country


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A Turkish drone struck a vehicle near the town of Penjwen in Sulaimani province on Thursday, killing two people.",
            "Baynjiwayn",
        ),
        ("On June 2, a drone hit a car near Said Sadiq, killing a PKK commander.", "Said Sadiq"),
        ("قصفت طائرة مسيرة تركية يوم الخميس سيارة قرب بلدة سيد صادق في محافظة السليمانية.", "Said Sadiq"),
    ],
)
def test_a_strike_in_the_kurdistan_region_is_placed_there_not_in_the_attacker_country(text, place):
    (attack,) = of_type(extract(text, "2024-06-20"), "attack")
    assert attack["location"]["name"] == place and attack["location"]["country"] == "IRQ"


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military said it struck a Hezbollah weapons depot in the south Lebanon village of Yaroun "
        "overnight Monday, in what it described as a response to a violation of the ceasefire.",
        "قصف الجيش الإسرائيلي مستودع أسلحة لحزب الله في بلدة يارون جنوب لبنان، ردا على خرق اتفاق وقف إطلاق النار.",
    ],
)
def test_an_agreement_a_violation_presupposes_does_not_outrank_the_told_strike(text):
    assert of_type(extract(text, "2025-04-08"), "attack")


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "The Israeli military said it struck a Hezbollah depot in Yaroun on Monday. The strike came two days "
            "after Lebanese President Joseph Aoun met US envoy Morgan Ortagus in Beirut.",
            "2025-04-08",
            "meeting",
            "2025-04-05",
        ),
        (
            "Turkish and Azerbaijani troops began a joint military exercise in Kars on Monday. The exercise comes "
            "a week after Defense Minister Yasar Guler visited Baku.",
            "2024-09-16",
            "visit",
            "2024-09-09",
        ),
        (
            "بدأت القوات التركية والأذربيجانية مناورات عسكرية مشتركة في قارص يوم الاثنين. وجاءت المناورات بعد "
            "أسبوع من زيارة وزير الدفاع التركي إلى باكو.",
            "2024-09-16",
            "visit",
            "2024-09-09",
        ),
    ],
)
def test_an_event_the_told_one_came_days_or_a_week_after_is_dated_back_from_it(text, published, kind, day):
    (found,) = of_type(extract(text, published), kind)
    assert found["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "Speaking after the vote, the representative of the United Kingdom, which drafted the text, said the "
        "resolution sends a clear signal of the Council's support.",
        "The Russian delegation voted in favour but regretted that the text did not address foreign forces.",
    ],
)
def test_a_vote_on_a_council_text_is_no_election(text):
    assert not of_type(extract(text, "2024-10-31"), "election")


def test_a_party_named_rally_that_won_seats_held_an_election_not_a_protest():
    found = extract(
        "Morocco's National Rally of Independents (RNI) won 102 of the 395 seats in the House of Representatives "
        "in Wednesday's parliamentary elections, the interior minister announced on Thursday.",
        "2021-09-09",
    )
    assert of_type(found, "election") and not of_type(found, "protest")


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        (
            "Pezeshkian, a reformist who won a runoff election in July after the death of President Ebrahim Raisi "
            "in a helicopter crash in May, was received by Iraqi Prime Minister Mohammed Shia al-Sudani.",
            "2024-09-11",
            ["IRN"],
        ),
        (
            "استقبل رئيس الوزراء العراقي محمد شياع السوداني الرئيس الإيراني مسعود بزشكيان، الذي فاز في الانتخابات "
            "الرئاسية في يوليو.",
            "2024-09-11",
            ["IRN"],
        ),
    ],
)
def test_an_election_told_in_an_aside_is_the_one_country_of_its_winner(text, published, countries):
    (election,) = of_type(extract(text, published), "election")
    assert election["countries"] == countries


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Kurdistan Democratic Party leader Masoud Barzani received Patriotic Union of Kurdistan leader Bafel "
            "Talabani in Erbil on Sunday.",
            "bafel_talabani",
        ),
        ("استقبل مسعود بارزاني رئيس الاتحاد الوطني الكردستاني بافل طالباني في أربيل يوم الأحد.", "bafel_talabani"),
    ],
)
def test_a_talabani_with_another_first_name_is_not_the_late_president(text, person):
    (meeting,) = extract(text, "2024-11-24")
    assert person in meeting["actors"] and "jalal_talabani" not in meeting["actors"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Sudan's army and the RSF have been fighting since April 15, 2023. The fighting erupted in Khartoum on "
            "April 15 after months of tension.",
            "2023-04-15",
        ),
        ("اندلعت الحرب في السودان يوم 15 أبريل 2023. وفي 15 أبريل اندلعت اشتباكات عنيفة في الخرطوم.", "2023-04-15"),
    ],
)
def test_a_day_and_month_told_again_without_a_year_keep_the_year_told_first(text, day):
    assert {e["date"] for e in of_type(extract(text, "2025-11-05"), "attack")} == {day}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The United States imposed sanctions on RSF leader Mohamed Hamdan Dagalo on January 7, 2025. A week "
            "later, Washington sanctioned army chief Abdel Fattah al-Burhan.",
            "2025-01-14",
        ),
        (
            "Egypt expelled the Turkish ambassador on 23 November 2013. Turkey expelled the Egyptian ambassador "
            "the following day.",
            "2013-11-24",
        ),
        ("طردت مصر السفير التركي يوم 23 نوفمبر 2013. وفي اليوم التالي طردت تركيا السفير المصري.", "2013-11-24"),
    ],
)
def test_the_following_day_or_a_week_later_counts_from_the_day_told_before(text, day):
    found = of_type(extract(text, "2025-11-05"), "sanctions")
    assert len(found) == 2 and found[1]["date"] == day


@pytest.mark.parametrize(
    ("text", "kind", "venue"),
    [
        (
            "The swap followed an agreement reached in Switzerland last month between the Yemeni government and "
            "the Houthis under UN auspices.",
            "agreement",
            "CHE",
        ),
        ("Representatives of Sudan's army and the RSF met in Saudi Arabia on Monday.", "meeting", "SAU"),
        ("اجتمع ممثلو الجيش السوداني وقوات الدعم السريع في السعودية يوم الاثنين.", "meeting", "SAU"),
    ],
)
def test_the_state_where_talks_were_held_is_their_place_not_a_side(text, kind, venue):
    (found,) = of_type(extract(text, "2023-05-13"), kind)
    assert venue not in found["actors"] and found["location"]["country"] == venue


def test_a_state_heading_a_clause_after_in_stays_a_side():
    (found,) = of_type(
        extract("أقيم الحفل في مكان عام في مصر التي أبرمت معاهدة سلام مع إسرائيل عام 1979.", "2018-05-10"), "agreement"
    )
    assert "EGY" in found["actors"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The UN called for an inquiry into the bombing of a school in Gaza on Saturday.", "2024-08-03"),
        ("طالبت الأمم المتحدة بالتحقيق في الهجوم على مدرسة في غزة يوم السبت.", "2024-08-03"),
        (
            "Hezbollah vowed to avenge the killing of its commander Fuad Shukr in an Israeli strike in "
            "Beirut on Tuesday.",
            "2024-07-30",
        ),
    ],
)
def test_an_attack_a_demand_for_an_inquiry_or_a_vow_of_revenge_presupposes_happened(text, day):
    assert [e["date"] for e in of_type(extract(text, "2024-08-05"), "attack")] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan, a close ally of Qatar, visited Baku on Monday.",
        "أردوغان، حليف قطر الوثيق، زار باكو يوم الاثنين.",
    ],
)
def test_an_aside_about_the_visitor_lends_no_country_and_leaves_him_the_visitor(text):
    (visit,) = of_type(extract(text, "2024-08-05"), "visit")
    assert "recep_tayyip_erdogan" in visit["actors"] and sorted(visit["countries"]) == ["AZE", "TUR"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "A Tunisian court sentenced former prime minister Ali Larayedh to 34 years in prison on Friday in a "
            "case over the alleged sending of jihadists to Syria.",
            "TUN",
        ),
        ("A Bahraini court jailed an activist on Monday over tweets criticising the war in Yemen.", "BHR"),
        ("قضت محكمة بحرينية يوم الاثنين بسجن ناشط بسبب تغريدات تنتقد الحرب في اليمن.", "BHR"),
    ],
)
def test_a_verdict_takes_no_place_or_side_from_the_deed_it_punishes(text, country):
    (verdict,) = of_type(extract(text, "2025-05-02"), "arrest")
    assert verdict["countries"] == [country] and verdict["location"]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "Al Sharaa arrived in the UAE on Sunday on his first visit since taking office in January.",
        "Syrian President Ahmed al-Sharaa visited Abu Dhabi on Sunday.",
    ],
)
def test_the_syrian_president_is_known_by_his_own_name(text):
    (visit,) = of_type(extract(text, "2025-04-06"), "visit")
    assert "abu_mohammad_al_julani" in visit["actors"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Turkey sent troops to Qatar in June 2017. A month later, Saudi Arabia sent troops to Yemen.", "2017-07"),
        ("أرسلت تركيا قوات إلى قطر في يونيو 2017. وفي الشهر التالي أرسلت السعودية قوات إلى اليمن.", "2017-07"),
    ],
)
def test_a_month_later_counts_from_the_month_told_before(text, month):
    found = of_type(extract(text, "2025-04-06"), "deployment")
    assert len(found) == 2 and found[1]["date"] == month


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        ("Libya has been mired in chaos since the 2011 uprising that toppled Muammar Gaddafi.", "protest", "2011"),
        ("تعيش ليبيا في فوضى منذ انتفاضة 2011 التي أطاحت بمعمر القذافي.", "protest", "2011"),
    ],
)
def test_an_event_named_with_its_year_is_a_background_event_beside_the_sentence_one(text, kind, year):
    assert [e["date"][:4] for e in of_type(extract(text, "2024-08-05"), kind)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "The trucks carried food, medicine and fuel, and were received by the Palestine Red Crescent Society on "
        "the Palestinian side of the crossing.",
        "وصلت الشاحنات المحملة بالغذاء والدواء واستقبلها الهلال الأحمر الفلسطيني في الجانب الفلسطيني من المعبر.",
    ],
)
def test_goods_received_make_no_meeting(text):
    found = extract(text, "2025-03-02")
    assert not of_type(found, "meeting") and not of_type(found, "visit")


@pytest.mark.parametrize(
    ("text", "kind", "month"),
    [
        (
            "Protests swept Baghdad and southern Iraq in October 2019. In late November that year, security forces "
            "opened fire on protesters in Nasiriyah.",
            "attack",
            "2019-11",
        ),
        (
            "اندلعت الاحتجاجات في العراق في أكتوبر 2019. وفي أواخر نوفمبر من العام نفسه قتلت قوات الأمن أكثر من 30 "
            "متظاهرا في الناصرية.",
            "attack",
            "2019-11",
        ),
    ],
)
def test_a_month_followed_by_that_year_takes_the_year_told_before(text, kind, month):
    assert [e["date"] for e in of_type(extract(text, "2024-05-17"), kind)] == [month]


def test_the_sentence_before_a_week_later_is_read_for_its_day():
    found = of_type(
        extract(
            "The Treasury published its findings on the RSF on January 7, 2025. A week later, Washington "
            "sanctioned army chief Abdel Fattah al-Burhan.",
            "2025-11-05",
        ),
        "sanctions",
    )
    assert [e["date"] for e in found] == ["2025-01-14"]


@pytest.mark.parametrize(
    "text",
    [
        "Algeria's incumbent president Abdelmadjid Tebboune has been re-elected with 84.3 percent of the vote, "
        "the electoral authority announced on Sunday, a day after the election.",
        "أعيد انتخاب الرئيس الجزائري عبد المجيد تبون بنسبة 84.3 بالمئة من الأصوات، وفق ما أعلنته السلطة المستقلة "
        "للانتخابات يوم الأحد.",
    ],
)
def test_a_fresh_election_is_not_dated_by_an_older_one_its_winner_recalls(text):
    found = of_type(extract(text, "2024-09-08"), "election")
    assert found and all(e["date"].startswith("2024-09") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Moroccans voted in parliamentary elections on Wednesday. Turnout was 50.35 percent, up from 43 percent "
        "five years ago, as the parliamentary vote was held on the same day as local elections for the first time.",
        "أدلى المغاربة بأصواتهم في الانتخابات التشريعية يوم الأربعاء. وبلغت نسبة المشاركة 50 بالمئة مقارنة بـ43 "
        "بالمئة قبل خمس سنوات، إذ أجريت الانتخابات التشريعية في اليوم نفسه مع الانتخابات المحلية.",
    ],
)
def test_the_time_of_a_figure_compared_with_dates_no_event(text):
    assert {e["date"] for e in of_type(extract(text, "2021-09-09"), "election")} == {"2021-09-08"}
