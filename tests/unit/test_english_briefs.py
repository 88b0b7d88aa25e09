"""Shapes of English analysis, live-blog, casualty and court copy (Al-Monitor, WAFA, Ahram, KUNA, Rudaw)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract as extract_events


def extract(text: str, published: str = "2024-12-01") -> list[dict]:
    return extract_events(text, published)


def types_of(text: str, published: str = "2024-12-01") -> list[str]:
    return [e["event_type"] for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a raid told with the verb "storm": a weather guard ("storm") must not stop it
        ("Three Palestinians were killed on Tuesday when Israeli forces stormed the Jenin refugee camp.", "attack"),
        ("Israeli forces stormed the Jenin refugee camp on Tuesday.", "attack"),
        ("اقتحمت القوات الإسرائيلية مخيم جنين الثلاثاء.", "attack"),
        # firing on people
        ("Israeli tanks fired on people approaching the village of Markaba on Tuesday, wounding two.", "attack"),
        ("Soldiers fired at protesters in Khartoum on Sunday.", "attack"),
        # opening an embassy, upgrading ties
        ("The UAE opened its embassy in Tel Aviv in July 2021.", "relations"),
        ("افتتحت الإمارات سفارتها في تل أبيب في يوليو 2021.", "relations"),
        ("On July 4, 2023, Turkey and Egypt upgraded their diplomatic relations to the level of ambassadors.", "relations"),
        ("قررت مصر وتركيا في 4 يوليو 2023 رفع مستوى العلاقات الدبلوماسية إلى مستوى السفراء.", "relations"),
        # dispatching an aid convoy
        ("Jordan's charity dispatched a convoy of 50 trucks carrying food to the Gaza Strip on Sunday.", "aid"),
        ("سيرت الهيئة الخيرية قافلة تحمل أغذية إلى قطاع غزة الأحد.", "aid"),
        # removing an office holder
        ("In November 2023, Iraq's Federal Supreme Court removed speaker Mohammed al-Halbousi.", "appointment"),
    ],
)
def test_event_words_of_raids_fire_embassies_convoys_and_removals(text, event_type):
    assert event_type in types_of(text), extract(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Heavy storms killed three people in Tripoli on Tuesday.", "attack"),
        ("The minister was fired on Monday.", "attack"),
        ("Soldiers opened fire near the embassy on Monday.", "relations"),
        ("The army sent a military convoy to Idlib on Monday.", "aid"),
    ],
)
def test_look_alikes_of_those_words_are_no_event(text, event_type):
    assert event_type not in types_of(text), extract(text)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # leaving a deal is no signing of it on that day
        ("Russia pulled out of the grain deal on July 17, 2023.", "2023-07", False),
        ("Egypt withdrew from the gas deal in May 2018.", "2018-05", False),
        ("أعلنت مصر في مايو 2018 الانسحاب من اتفاق الغاز.", "2018-05", False),
        ("Russia and Turkey signed the grain deal in Istanbul on July 22, 2022.", "2022-07", True),
        ("وقعت روسيا وتركيا الاتفاق في إسطنبول في 22 يوليو 2022.", "2022-07", True),
    ],
)
def test_pulling_out_of_a_deal_is_no_agreement(text, day, expected):
    found = [e for e in extract(text) if e["event_type"] == "agreement" and (e["date"] or "").startswith(day)]
    assert bool(found) == expected, extract(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States withdrew from the Iran nuclear deal in May 2018.",
        "أعلن ترامب في مايو 2018 الانسحاب من الاتفاق النووي الإيراني.",
    ],
)
def test_a_catalogued_deal_withdrawn_from_is_the_catalogued_withdrawal(text):
    # the withdrawal is the catalogued one, in the month the text gives; the deal named inside
    # it is no agreement of its sentence
    found = extract(text, "2018-05-10")
    assert [e["date"] for e in found if e["event_type"] == "sanctions"] == ["2018-05"], found
    assert not [e for e in found if e["event_type"] == "agreement"], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # "concerns" as the verb of a case or a file, not a fear
        ("The case concerns deadly protests that erupted in Turkey in October 2014.", "protest"),
        ("The trial concerns clashes in Tripoli in August 2023.", "attack"),
    ],
)
def test_a_case_that_concerns_an_event_tells_it(text, event_type):
    assert event_type in types_of(text), extract(text)


def test_concerns_over_an_event_still_fear_it():
    assert "attack" not in types_of("Residents fled on Monday amid concerns over a new offensive in Idlib.")


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # the event a protest is against is what it is about; the protest is the news
        ("Hundreds of Moroccans protested in Rabat on Tuesday against the visit, witnesses said.", "protest", "visit"),
        ("Thousands of Palestinians took to the streets in Ramallah on Wednesday to protest against the Israeli bombardment.",
         "protest", None),
        ("Thousands of Jordanians protested in Amman on Friday over the agreement.", "protest", None),
        ("Egypt's top court on Monday upheld death sentences against 12 Brotherhood leaders over the 2013 Rabaa sit-in.",
         "arrest", None),
        # still the best word of its clause when not after such a preposition
        ("Israeli Defence Minister Benny Gantz began a visit to Rabat on Tuesday.", "visit", None),
    ],
)
def test_an_event_after_against_or_over_gives_way_to_the_clause_s_own(text, kept, dropped):
    found = types_of(text)
    assert kept in found, extract(text)
    if dropped:
        assert dropped not in found, extract(text)


def test_the_two_countries_are_the_pair_of_the_latest_event_with_two_parties():
    text = (
        "President Sisi received UAE President Sheikh Mohamed bin Zayed in El Alamein on Saturday.\n"
        "Sheikh Mohamed's visit is his third to Egypt this year.\n"
        "In February, the two countries signed a $35 billion deal to develop the Ras El-Hekma peninsula."
    )
    found = [e for e in extract(text, "2024-08-03") if e["event_type"] == "agreement"]
    assert found and set(found[0]["countries"]) == {"EGY", "ARE"} and found[0]["date"] == "2024-02", found
    text_ar = (
        "استقبل الرئيس السيسي رئيس دولة الإمارات الشيخ محمد بن زايد في العلمين السبت.\n"
        "وتعد زيارة الشيخ محمد الثالثة إلى مصر هذا العام.\n"
        "وفي فبراير، وقع البلدان صفقة بقيمة 35 مليار دولار لتطوير رأس الحكمة."
    )
    found = [e for e in extract(text_ar, "2024-08-03") if e["event_type"] == "agreement"]
    assert found and set(found[0]["countries"]) == {"EGY", "ARE"}, found


@pytest.mark.parametrize(
    "text",
    [
        # a deal an act is part of, or carried out under, is presupposed: no agreement of that day
        "A ceasefire took effect in Lebanon on Wednesday.\nThe Lebanese army will deploy troops in the south as part of the agreement.",
        "Turkish troops began patrols in Idlib on Tuesday as part of the agreement.",
        "Egypt opened the Rafah crossing on Monday in line with the agreement.",
        "بدأت القوات التركية الثلاثاء دوريات في إدلب بموجب الاتفاق.",
        "قصفت القوات الحكومية مدينة درعا الاثنين في خرق للهدنة.",
    ],
)
def test_a_deal_an_act_is_part_of_is_no_event_of_its_day(text):
    found = [e for e in extract(text, "2024-11-28") if e["event_type"] in ("agreement", "ceasefire")]
    assert all(e["date_basis"] != "publication" and e["date"] not in ("2024-11-25", "2024-11-26") for e in found), found


def test_a_deal_an_act_is_part_of_keeps_a_date_of_its_own():
    text = "Turkish troops began patrols in Idlib as part of the agreement signed in September 2018."
    found = [e for e in extract(text) if e["event_type"] == "agreement"]
    assert found and found[0]["date"] == "2018-09", found


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("RIYADH, Dec. 8 (Xinhua) -- Xi met the crown prince here on Thursday. They signed deals.", 2),
        ("Turkey launched the offensive on Oct. 9. It was condemned.", 2),
        ("MOSCOW, March 15. /TASS/. Lavrov held talks with his Iranian counterpart. They discussed Syria.", 2),
        ("He arrived on Dec. The talks began.", 2),
        ("ودخلت القوات د. محمد المدينة. ثم انسحبت.", 2),
    ],
)
def test_a_short_month_before_its_day_or_a_tass_dateline_ends_no_sentence(text, sentences):
    from events.text.sentences import split_sentences

    assert len(split_sentences(text)) == sentences, [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        # the newsroom of a Xinhua or TASS dateline is where a meeting told "here" took place
        ("RIYADH, Dec. 8 (Xinhua) -- Chinese President Xi Jinping met with Saudi Crown Prince Mohammed bin Salman "
         "here on Thursday.", "2022-12-08", "SAU"),
        ("MOSCOW, March 15. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with Iranian Foreign Minister "
         "Hossein Amir-Abdollahian on Wednesday.", "2023-03-15", "RUS"),
        ("الرياض، 8 ديسمبر (شينخوا) -- التقى الرئيس الصيني شي جين بينغ ولي العهد السعودي الأمير محمد بن سلمان الخميس.",
         "2022-12-08", "SAU"),
    ],
)
def test_a_meeting_filed_under_an_agency_dateline_is_held_there(text, published, country):
    found = [e for e in extract(text, published) if e["event_type"] == "meeting"]
    assert found and (found[0]["location"] or {}).get("country") == country, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Police detained opposition leader Rached Ghannouchi in April of last year.", "2021-04"),
        ("Police detained opposition leader Rached Ghannouchi in May of 2019.", "2019-05"),
        ("اعتقلت الشرطة زعيم المعارضة راشد الغنوشي في أبريل من العام الماضي.", "2021-04"),
    ],
)
def test_a_month_of_last_year(text, date):
    found = [e for e in extract(text, "2022-03-30") if e["event_type"] == "arrest"]
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # what a meeting discussed is its topic, not an event of the day
        ("Lavrov held talks with his Iranian counterpart in Moscow on Wednesday.\n"
         "The ministers discussed the situation in Syria, the normalization of Syrian-Turkish relations and trade.",
         "relations", False),
        ("Erdogan spoke by phone with Putin on Sunday.\nThe two leaders discussed the grain corridor and the ceasefire in Gaza.",
         "ceasefire", False),
        ("التقى لافروف نظيره الإيراني في موسكو الأربعاء.\nوناقش الوزيران تطبيع العلاقات السورية التركية.", "relations", False),
        # a topic with a day of its own is an event still
        ("The ministers discussed the reconciliation agreed between Fatah and Hamas on October 12, 2017.", "relations", True),
        # the discussion itself stays
        ("Sisi discussed the Libyan crisis with Macron in a phone call on Tuesday.", "meeting", True),
    ],
)
def test_a_topic_discussed_is_no_event_of_the_day(text, event_type, expected):
    assert (event_type in types_of(text, "2023-03-15")) == expected, extract(text, "2023-03-15")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # "the internationally recognized government" names a party, it tells no recognition
        ("Yemen's internationally recognized government and the Houthis agreed on Sunday to exchange 880 prisoners.",
         "relations", False),
        ("Yemen's internationally recognized government and the Houthis agreed on Sunday to exchange 880 prisoners.",
         "agreement", True),
        ("The UN-recognized government in Tripoli rejected the offer on Sunday.", "relations", False),
        ("Turkey recognized the government of Fayez al-Serraj on Sunday.", "relations", True),
        # trading fire; ending a diplomatic crisis
        ("Israel and Hezbollah traded fire across the border on Sunday.", "attack", True),
        ("تبادلت إسرائيل وحزب الله إطلاق النار عبر الحدود الأحد.", "attack", True),
        ("Morocco and Spain ended a diplomatic crisis in March 2022.", "relations", True),
    ],
)
def test_recognized_governments_traded_fire_and_ended_crises(text, event_type, expected):
    assert (event_type in types_of(text, "2023-03-20")) == expected, extract(text, "2023-03-20")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the time a "first since" compares with dates no event of the sentence
        ("Morocco and Spain held a high-level meeting in Rabat, the first since 2015, and signed 20 agreements.",
         "2023-02-02"),
        ("عقد المغرب وإسبانيا في الرباط اجتماعا رفيع المستوى هو الأول منذ عام 2015 ووقعا 20 اتفاقية.", "2023-02-02"),
        # nor the catalogued event of that year ("2014" and the Houthis: the fall of Sanaa)
        ("Oil rose to its highest level since December 2014 after the Houthis fired a ballistic missile at Saudi "
         "Arabia.", "2023-02-02"),
        ("ارتفع سعر النفط إلى أعلى مستوى له منذ كانون الأول/ديسمبر 2014 بعد أن أطلق الحوثيون في اليمن صاروخا "
         "بالستيا على السعودية.", "2023-02-02"),
        # a clause on that time keeps it
        ("The protests were the largest in Iran since 2012, when international sanctions were imposed.", None),
        ("وتعد تلك المظاهرات الأكبر في إيران منذ عام 2012، عندما فرضت العقوبات الدولية على إيران.", None),
    ],
)
def test_a_date_compared_with_dates_nothing(text, date):
    found = extract(text, "2023-02-02")
    if date:
        told = [e for e in found if e["event_type"] in ("agreement", "meeting", "attack")]
        assert told and told[0]["date"] == date, found
    else:
        sanctions = [e for e in found if e["event_type"] == "sanctions"]
        assert sanctions and sanctions[0]["date"] == "2012", found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone was prompted, forced or led to do was done
        ("Spain admitted Polisario leader Brahim Ghali to a hospital in April 2021, prompting Rabat to recall its "
         "ambassador.", True),
        ("The move led Algeria to cut diplomatic ties with Morocco in August 2021.", True),
        ("Qatar was forced to recall its ambassador from Cairo in April 2021.", True),
        # what someone plans or wants to do is still to come
        ("Qatar plans to recall its ambassador from Cairo.", False),
        ("The move is leading nowhere; Qatar wants to recall its ambassador from Cairo.", False),
    ],
)
def test_a_deed_someone_was_prompted_to_do_was_done(text, expected):
    assert ("sanctions" in types_of(text, "2022-01-10")) == expected, extract(text, "2022-01-10")


@pytest.mark.parametrize(
    "text",
    [
        # the verb's clause holds the parties; the noun in apposition after a comma describes it
        "ANKARA (Daily Sabah) - The defence ministers of Turkey and Syria met in Moscow on Wednesday along with their "
        "Russian counterpart, the highest-level talks between the two countries since the start of the Syrian war in 2011.",
        "The defence ministers of Turkey and Syria met in Moscow on Wednesday, the first talks between the two countries "
        "in a decade.",
    ],
)
def test_a_meeting_verb_before_a_noun_in_apposition_keeps_its_parties(text):
    found = [e for e in extract(text, "2022-12-28") if e["event_type"] == "meeting"]
    assert found and {"TUR", "SYR"} <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        # a body suspending a state's membership is a sanction on it
        "The African Union suspended Sudan's membership on Wednesday.",
        "علق الاتحاد الأفريقي عضوية السودان الأربعاء.",
        "The Arab League announced on Wednesday the suspension of Syria's membership.",
    ],
)
def test_a_suspended_membership_is_a_sanction(text):
    found = [e for e in extract(text, "2021-10-28") if e["event_type"] == "sanctions"]
    assert found and found[0]["countries"] in (["SDN"], ["SYR"]), found


def test_a_catalogued_event_in_a_clause_after_after_gives_way_to_the_sentence_event():
    # "..., more than three years after Cairo joined ... in imposing a boycott": the setting;
    # the lead's own event, dated by its clause, is the news
    text = (
        "CAIRO (Reuters) - Egypt and Qatar agreed on Wednesday to restore diplomatic relations, Egypt's foreign "
        "ministry said, more than three years after Cairo joined Saudi Arabia, the United Arab Emirates and Bahrain "
        "in imposing a boycott on Doha."
    )
    found = extract(text, "2021-01-20")
    assert [(e["event_type"], e["date"]) for e in found] == [("relations", "2021-01-20"), ("sanctions", "2017-06-05")], found


@pytest.mark.parametrize(
    "text",
    [
        # the day a truce takes effect is not the day it was agreed
        "Sudan's warring generals agreed Saturday to a seven-day ceasefire starting Monday, the United States and "
        "Saudi Arabia said.",
        "اتفق طرفا النزاع في السودان السبت على هدنة لمدة سبعة أيام اعتبارا من الاثنين.",
    ],
)
def test_the_day_a_truce_takes_effect_does_not_date_its_agreement(text):
    found = [e for e in extract(text, "2023-05-20") if e["event_type"] == "ceasefire"]
    assert found and found[0]["date"] == "2023-05-20", found
    # sources joined by "and" after a comma are the speakers, not parties or the place
    assert found[0]["countries"] == ["SDN"], found
