"""English wire copy, UN and State Department releases, live pages and regional outlets (Reuters,
AP, Kurdistan24, Libya Observer, Sudan Tribune): sentence shapes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "An Egyptian emergency state security court on Monday sentenced activist Alaa Abd El-Fattah "
            "to five years in prison.",
            "arrest",
            "EGY",
        ),
        ("A Tunisian state security court on Saturday jailed the former minister for ten years.", "arrest", "TUN"),
        ("An Iraqi state security court on Sunday convicted the ISIS suspect.", "arrest", "IRQ"),
    ],
)
def test_the_noun_state_is_no_saying_verb(text, event_type, country):
    found = of_type(extract(text, "2021-12-20"), event_type)
    assert found and country in found[0]["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "parties", "mediators"),
    [
        (
            "Sudan's army and the Rapid Support Forces agreed on Saturday to a truce mediated by Saudi Arabia "
            "and the United States.",
            "ceasefire",
            {"SDN"},
            {"SAU", "USA"},
        ),
        (
            "The Sudanese army and the RSF signed a ceasefire brokered by the United States on Saturday.",
            "ceasefire",
            {"SDN"},
            {"USA"},
        ),
        (
            "وقعت الحكومة السودانية وقوات الدعم السريع اتفاقا لوقف إطلاق النار برعاية السعودية والولايات المتحدة "
            "يوم السبت.",
            "ceasefire",
            {"SDN"},
            {"SAU", "USA"},
        ),
        (
            "وقعت إثيوبيا وإريتريا اتفاق سلام بوساطة الإمارات يوم السبت.",
            "agreement",
            {"ETH", "ERI"},
            {"ARE"},
        ),
    ],
)
def test_the_mediators_of_a_truce_or_deal_are_not_its_parties(text, event_type, parties, mediators):
    found = of_type(extract(text, "2023-05-21"), event_type)
    assert found, text
    assert parties <= set(found[0]["countries"]) and not mediators & set(found[0]["countries"]), found[0]


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # with no side named, the mediators are all the sentence tells of the event
        ("A ceasefire brokered by Russia and Turkey took effect on Friday.", "ceasefire", "RUS"),
        ("دخل وقف إطلاق النار بوساطة روسيا وتركيا حيز التنفيذ الجمعة.", "ceasefire", "RUS"),
    ],
)
def test_mediators_stay_when_no_side_is_named(text, event_type, country):
    found = of_type(extract(text, "2018-03-10"), event_type)
    assert found and country in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Sudanese army and the RSF clashed in Khartoum on Saturday.", "rsf_sudan"),
        ("The RSF shelled El Fasher on Saturday, killing 12 people, Sudan's army said.", "rsf_sudan"),
    ],
)
def test_rsf_is_the_one_its_article_names_in_full_or_by_country(text, actor):
    found = extract(text, "2023-05-21")
    assert found and actor in (*found[0]["actors"], found[0]["attribution"]), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A truce mediated by Russia took effect in Syria on Friday.", "RUS"),
        ("دخلت الهدنة بوساطة روسيا حيز التنفيذ في سوريا الجمعة.", "RUS"),
    ],
)
def test_a_country_named_as_the_place_is_no_side_that_would_displace_the_mediator(text, country):
    found = of_type(extract(text, "2018-03-10"), "ceasefire")
    assert found and country in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz on Friday.", {"IRN", "GBR"}),
        ("The Houthis seized the car carrier Galaxy Leader in the Red Sea on Sunday.", {"YEM"}),
        ("احتجز الحرس الثوري الإيراني ناقلة نفط بريطانية في مضيق هرمز يوم الجمعة.", {"IRN", "GBR"}),
        ("أعلنت إيران الاستيلاء على ناقلة نفط أجنبية يوم الجمعة.", {"IRN"}),
    ],
)
def test_seizing_a_ship_is_an_attack(text, countries):
    found = of_type(extract(text, "2019-07-20"), "attack")
    assert found and countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seized a ship carrying drugs in the port of Aden on Monday.",
        "ضبطت السلطات سفينة محملة بالمخدرات واحتجزت السفينة في ميناء عدن يوم الاثنين بسبب تهريب مخدرات.",
    ],
)
def test_a_ship_held_by_customs_for_drugs_is_no_attack(text):
    assert not of_type(extract(text, "2024-01-15"), "attack")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Houthis fired a missile at a U.S. destroyer in the Red Sea on Monday.", "attack"),
        ("Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz on Friday.", "attack"),
        ("أطلق الحوثيون صاروخا على سفينة شحن أمريكية في البحر الأحمر يوم الإثنين.", "attack"),
        ("احتجز الحرس الثوري الإيراني ناقلة نفط بريطانية في مضيق هرمز يوم الجمعة.", "attack"),
    ],
)
def test_an_attack_at_sea_is_not_placed_in_the_targets_country(text, event_type):
    found = of_type(extract(text, "2024-01-15"), event_type)
    assert found and found[0]["location"] is None, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Houthis fired a missile at a cargo ship off Yemen in the Red Sea on Monday.", "YEM"),
        ("The Houthis fired a missile at a cargo ship near Hodeidah in the Red Sea on Monday.", "YEM"),
        ("أطلق الحوثيون صاروخا على سفينة شحن قبالة الحديدة في البحر الأحمر يوم الإثنين.", "YEM"),
    ],
)
def test_an_attack_off_a_named_coast_stays_there(text, country):
    found = of_type(extract(text, "2024-01-15"), "attack")
    assert found and (found[0]["location"] or {}).get("country") == country, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a place in the attacker's country, in a sentence firing across the border, is where fire came from
        (
            "Turkish artillery near the town of Akcakale shelled villages around Tal Abyad across the border on Monday.",
            "SYR",
        ),
        ("قصفت المدفعية التركية قرب أقجة قلعة قرى حول تل أبيض عبر الحدود يوم الاثنين.", "SYR"),
        # a place after "from" right after the event word is where fire came from, not where it hit
        ("Hezbollah fired rockets from Lebanon at the Israeli town of Metula on Monday.", "ISR"),
    ],
)
def test_fire_across_the_border_is_placed_where_it_hit(text, country):
    found = of_type(extract(text, "2022-11-21"), "attack")
    assert found and (found[0]["location"] or {}).get("country") == country, found


@pytest.mark.parametrize(
    "text",
    [
        "Turkish artillery in Kilis shelled Kurdish positions across the border on Monday.",
        "قصفت المدفعية التركية من ولاية كلس مواقع كردية عبر الحدود يوم الاثنين.",
    ],
)
def test_fire_across_the_border_from_the_attackers_land_is_not_placed_there(text):
    found = of_type(extract(text, "2022-11-21"), "attack")
    assert found and (found[0]["location"] or {}).get("country") != "TUR", found


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        (
            "Egypt and Turkey restored full diplomatic relations on Tuesday. "
            "The two countries agreed on that in a phone call after the earthquakes in Turkey.",
            "meeting",
            {"EGY", "TUR"},
        ),
        (
            "أعادت مصر وتركيا العلاقات الدبلوماسية الكاملة يوم الثلاثاء. "
            "واتفق البلدان على ذلك في اتصال هاتفي بعد الزلزال في تركيا.",
            "meeting",
            {"EGY", "TUR"},
        ),
    ],
)
def test_the_two_countries_before_the_event_word_are_the_pair_told_before(text, event_type, countries):
    found = of_type(extract(text, "2023-07-04"), event_type)
    assert found and countries <= set(found[-1]["countries"]), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # in an article that names the United States, Georgia is the US state
        ("Police arrested the activist DeRay Mckesson in Georgia on Thursday. U.S. police cleared a camp in Texas on Friday.", "USA"),
        ("اعتقلت الشرطة الأمريكية الناشط ديراي ماكيسون في ولاية جورجيا يوم الخميس.", "USA"),
        # elsewhere it is the country
        (
            "Thousands of protesters rallied in Georgia on Friday against the foreign agents law, as Russia "
            "and the EU traded accusations.",
            "GEO",
        ),
        ("تظاهر الآلاف في جورجيا يوم الجمعة ضد قانون العملاء الأجانب.", "GEO"),
    ],
)
def test_georgia_is_the_us_state_in_an_article_about_the_united_states(text, country):
    found = [e for e in extract(text, "2024-04-26") if e["event_type"] in ("arrest", "protest")]
    assert found and (found[0]["location"] or {}).get("country") == country, found


def test_fire_from_one_country_is_placed_in_the_other_it_hit():
    text = "Rockets fired from Syria hit the Turkish border town of Karkamis on Monday, killing two people."
    found = of_type(extract(text, "2022-11-21"), "attack")
    assert found and (found[0]["location"] or {}).get("country") == "TUR", found


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("The United States is sending a second aircraft carrier to the eastern Mediterranean, officials said on Saturday.", "deployment", True),
        ("Britain dispatched a destroyer to the Gulf on Friday.", "deployment", True),
        ("Kuwait's emir on Wednesday asked Sheikh Ahmad Abdullah to form a new government.", "appointment", True),
        ("Iraq's president on Monday tasked Mohammed Shia al-Sudani with forming a new government.", "appointment", True),
        # a named storm, a co-host of drills, the release of hostages and "offensive" as an adjective tell no event
        ("Storm Daniel hit eastern Libya on Sunday, bursting two dams above Derna.", "attack", False),
        ("The drills, co-hosted by Egypt and the United States, began on Thursday.", "visit", False),
        ("Blinken thanked Qatar on Sunday for its role in securing the release of hostages held in Gaza.", "attack", False),
        ("The truce includes a halt to all offensive military operations inside Yemen from Saturday.", "attack", False),
    ],
)
def test_english_words_that_tell_or_do_not_tell_an_event(text, event_type, expected):
    assert bool(of_type(extract(text, "2024-01-07"), event_type)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The truce includes a halt to all offensive military operations inside Yemen from Saturday.",
        "ينص الاتفاق على وقف جميع العمليات العسكرية في اليمن اعتبارا من السبت.",
    ],
)
def test_a_halt_to_military_operations_is_no_attack(text):
    assert not of_type(extract(text, "2022-04-01"), "attack")


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Saudi Arabia and Syria agreed in April to reopen their embassies. "
            "Tunisia restored relations with Syria the same month.",
            "relations",
            "2023-04",
        ),
        ("اتفقت السعودية وسوريا في أبريل على إعادة فتح السفارتين، وأعادت تونس علاقاتها مع سوريا في الشهر نفسه.", "relations", "2023-04"),
        ("Protests broke out in Sudan in December 2018. Bashir was ousted by the army later that year.", "appointment", "2018"),
        # a week has no precision of its own: its month
        (
            "Saudi Arabia and Syria agreed on April 12 to reopen their embassies. "
            "Tunisia restored relations with Syria the same week.",
            "relations",
            "2023-04",
        ),
        (
            "اتفقت السعودية وسوريا في 12 أبريل على إعادة فتح السفارتين. وأعادت تونس علاقاتها مع سوريا في الأسبوع نفسه.",
            "relations",
            "2023-04",
        ),
        (  # later that week, after the 3rd: still that month
            "اتفقت السعودية وسوريا في 3 أبريل على إعادة فتح السفارتين. "
            "وأعادت تونس علاقاتها مع سوريا في وقت لاحق من الأسبوع نفسه.",
            "relations",
            "2023-04",
        ),
    ],
)
def test_the_same_month_or_year_is_the_one_told_before(text, event_type, date):
    found = [e for e in of_type(extract(text, "2023-05-07"), event_type) if any(w in e["quote"] for w in ("Tunisia", "تونس", "Bashir"))]
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and Syria agreed on Sunday, April 30, to reopen their embassies. "
        "Tunisia restored relations with Syria later that week.",
        "اتفقت السعودية وسوريا في 30 أبريل على إعادة فتح السفارتين. وأعادت تونس علاقاتها مع سوريا في الأسبوع نفسه.",
    ],
)
def test_a_week_that_may_run_into_another_month_names_no_month(text):
    from events.temporal import find_dates

    found = find_dates(text, "2023-05-10", None)
    assert all("week" not in d.text and "الأسبوع" not in d.text for d in found), found


def test_the_same_day_after_a_month_names_no_day():
    from events.temporal import find_dates

    found = find_dates("Talks began in April. A truce was signed the same day.", "2023-05-07", "en")
    assert all(d.text != "the same day" for d in found)


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "The U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) today imposed "
            "sanctions on 13 individuals responsible for selling Iranian commodities to the Houthis in Yemen.",
            "sanctions",
            "USA",
        ),
        (
            "فرضت وزارة الخزانة الأمريكية (أوفاك) يوم الخميس عقوبات على 13 شخصا باعوا سلعا إيرانية لصالح الحوثيين في اليمن.",
            "sanctions",
            "USA",
        ),
    ],
)
def test_a_short_form_in_brackets_does_not_cut_the_subject_from_its_verb(text, event_type, country):
    found = of_type(extract(text, "2024-01-25"), event_type)
    assert found and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The United States is sending a second aircraft carrier to the eastern Mediterranean, "
        "the Pentagon said on Saturday.",
        "واشنطن - أرسلت الولايات المتحدة حاملة طائرات ثانية إلى البحر المتوسط يوم السبت.",
    ],
)
def test_a_deployment_at_sea_does_not_take_the_datelines_city(text):
    found = of_type(extract(text, "2023-10-14"), "deployment")
    assert found and found[0]["location"] is None, found


@pytest.mark.parametrize(
    ("text", "event_type", "parties", "mediators"),
    [
        ("A US-brokered ceasefire between Israel and Hezbollah took effect on Wednesday.", "ceasefire", {"ISR", "LBN"}, {"USA"}),
        ("Israel and Hamas agreed on Wednesday to an Egyptian-mediated truce.", "ceasefire", {"ISR", "PSE"}, {"EGY"}),
        (
            "Envoys of Sudan's army and the Rapid Support Forces began talks in Jeddah on Saturday under Saudi and US mediation.",
            "meeting",
            {"SDN"},
            {"USA"},
        ),
        (
            "بدأ ممثلو الجيش السوداني وقوات الدعم السريع محادثات في جدة يوم السبت بوساطة سعودية أمريكية.",
            "meeting",
            {"SDN"},
            {"USA"},
        ),
    ],
)
def test_mediators_named_before_a_mediating_word_or_as_adjectives_are_not_parties(text, event_type, parties, mediators):
    found = of_type(extract(text, "2024-11-27"), event_type)
    assert found, text
    assert parties <= set(found[0]["countries"]) and not mediators & set(found[0]["countries"]), found[0]


@pytest.mark.parametrize(
    ("text", "country", "topic"),
    [
        ("Thousands of Iraqi protesters rallied in Baghdad on Friday, demanding the expulsion of US troops.", "IRQ", "USA"),
        ("تظاهر آلاف العراقيين في بغداد يوم الجمعة للمطالبة بطرد القوات الأمريكية.", "IRQ", "USA"),
        (
            "Thousands of Jordanians protested in Amman on Friday calling for the expulsion of the Israeli ambassador.",
            "JOR",
            "ISR",
        ),
    ],
)
def test_a_country_in_what_protesters_demand_is_no_party_of_the_protest(text, country, topic):
    found = of_type(extract(text, "2020-01-24"), "protest")
    assert found and country in found[0]["countries"] and topic not in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a city on the coast of a sea is on land
        ("بدأ التحالف هجومه على مدينة الحديدة الواقعة على البحر الأحمر يوم 2 يونيو.", "YEM"),
        # a place named farther from the event word than its sea is another event's
        (
            "Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of Hormuz on Friday, two "
            "weeks after British forces captured an Iranian tanker off Gibraltar.",
            None,
        ),
    ],
)
def test_the_sea_an_attack_happened_in(text, country):
    found = of_type(extract(text, "2019-07-19"), "attack")
    assert found and (found[0]["location"] or {}).get("country") == country, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The Libyan coast guard intercepted a boat carrying 120 migrants off Zuwara on Tuesday. "
            "Militiamen opened fire on a coast guard patrol near Sabratha the same day, wounding two officers.",
            "2023-06-13",
        ),
        (
            "اعترض خفر السواحل الليبي قاربا يقل 120 مهاجرا قبالة زوارة يوم الثلاثاء. "
            "وأطلق مسلحون النار على دورية لخفر السواحل قرب صبراتة في اليوم نفسه.",
            "2023-06-13",
        ),
    ],
)
def test_the_same_day_is_read_from_a_sentence_that_tells_no_event(text, date):
    found = of_type(extract(text, "2023-06-14"), "attack")
    assert found and found[0]["date"] == date, found


def test_the_al_sabah_family_name_is_not_the_turkish_newspaper():
    found = of_type(
        extract("Kuwait's emir on Wednesday asked Sheikh Ahmad Abdullah al-Sabah to form a new government.", "2024-05-10"),
        "appointment",
    )
    assert found and "sabah_newspaper" not in found[0]["actors"], found


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis fired a missile toward the USS Laboon, a U.S. destroyer operating in the southern Red Sea.",
        "أطلق الحوثيون صاروخا على مدمرة أمريكية في جنوب البحر الأحمر يوم الاثنين.",
    ],
)
def test_a_part_of_a_sea_is_the_sea(text):
    found = of_type(extract(text, "2024-01-15"), "attack")
    assert found and found[0]["location"] is None, found
