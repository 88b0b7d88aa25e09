"""Sentence shapes of English wire copy (Reuters, AP, AFP, Al Jazeera English),
each with its Arabic counterpart where the rule is shared (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract as extract_events


def extract(text: str, published: str = "2017-09-08") -> list[dict]:
    return extract_events(text, published)


@pytest.mark.parametrize(
    ("text", "event_type", "date", "reference"),
    [
        (
            "Kuwait's emir met Donald Trump at the White House on Thursday, "
            "his first visit to Washington since the Gulf rift began.",
            "visit",
            "2017-09-07",
            "qatar_boycott_2017",
        ),
        (
            "Kuwait's emir met Donald Trump at the White House on Thursday, "
            "his first visit to Washington after the boycott of Qatar.",
            "visit",
            "2017-09-07",
            "qatar_boycott_2017",
        ),
        (
            "التقى أمير الكويت الرئيس الأمريكي دونالد ترامب في واشنطن يوم الخميس في أول زيارة له بعد حصار قطر.",
            "visit",
            "2017-09-07",
            "qatar_boycott_2017",
        ),
    ],
)
def test_a_catalogued_event_named_as_the_setting_keeps_the_sentences_own_event(text, event_type, date, reference):
    found = extract(text)
    own = [e for e in found if e["event_type"] == event_type]
    assert own and own[0]["date"] == date, found
    assert any(e["reference_id"] == reference for e in found), found


@pytest.mark.parametrize(
    ("text", "is_meeting"),
    [
        # the agency that reports a call is not the party called
        (
            "Qatar's emir and Donald Trump discussed the crisis in a phone call on Friday, "
            "the official Qatar News Agency reported.",
            True,
        ),
        (
            "Egypt's president and the king of Bahrain spoke by phone on Friday, the state news agency said.",
            True,
        ),
        ("ذكرت وكالة الأنباء القطرية أن أمير قطر تلقى اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب يوم الجمعة.", True),
        # a call with the press is an interview, not a meeting
        ("The lawyer Ali Taha told the agency in a phone call on Friday that the sentence was five years.", False),
        ("The lawyer Ali Taha told Reuters in a phone call from Cairo on Friday that he would appeal.", False),
        ("وقال المحامي علي طه في اتصال هاتفي مع وكالة الأنباء الفرنسية إن الحكم هو خمس سنوات.", False),
    ],
)
def test_a_phone_call_credited_to_an_agency_is_a_meeting_one_with_the_press_is_not(text, is_meeting):
    found = extract(text, published="2017-11-10")
    assert any(e["event_type"] == "meeting" for e in found) == is_meeting, found


@pytest.mark.parametrize(
    ("text", "is_meeting"),
    [
        ("Egypt's Sisi met King Hamad of Bahrain in Cairo on Friday, state television reported.", True),
        ("Vladimir Putin met Tayyip Erdogan in Sochi on Monday, Russian television said.", True),
        ("التقى السيسي ملك البحرين في القاهرة يوم الجمعة، حسبما أفاد التلفزيون الرسمي.", True),
        ("Egypt's Sisi said in a television interview on Friday that Egypt would meet its obligations.", False),
    ],
)
def test_a_meeting_credited_to_television_is_a_meeting(text, is_meeting):
    found = extract(text, published="2017-11-10")
    assert any(e["event_type"] == "meeting" for e in found) == is_meeting, found


@pytest.mark.parametrize(
    ("text", "event_type", "date", "basis"),
    [
        # a list's commas do not cut the day off its event
        (
            "The United States restored sanctions on Iran's oil, banking and shipping sectors on Monday, "
            "six months after President Donald Trump withdrew from the 2015 nuclear deal.",
            "sanctions",
            "2018-11-05",
            "relative",
        ),
        (
            "Israel struck Hamas positions, weapons depots and tunnels in Gaza on Monday, the army said.",
            "attack",
            "2018-11-05",
            "relative",
        ),
        # a clause comma still does: Thursday dates the saying
        ("The minister said on Thursday, Riyadh cut ties with Qatar in June 2017.", "sanctions", "2017-06", "explicit"),
    ],
)
def test_a_comma_inside_a_list_does_not_end_the_dating_clause(text, event_type, date, basis):
    found = [e for e in extract(text, published="2018-11-05") if e["event_type"] == event_type]
    assert found, extract(text, published="2018-11-05")
    assert (found[0]["date"], found[0]["date_basis"]) == (date, basis)


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Turkey deployed troops to Qatar in 2017.", "deployment", "QAT"),
        ("Turkey sent more troops to Qatar on Tuesday.", "deployment", "QAT"),
        ("أرسلت تركيا قوات إضافية إلى قطر يوم الثلاثاء.", "deployment", "QAT"),
        ("Saudi Arabia sent humanitarian aid to Yemen on Tuesday.", "aid", "YEM"),
        ("أرسلت السعودية مساعدات إنسانية إلى اليمن يوم الثلاثاء.", "aid", "YEM"),
    ],
)
def test_troops_and_aid_sent_to_a_country_take_place_there(text, event_type, country):
    found = [e for e in extract(text, published="2017-11-15") if e["event_type"] == event_type]
    assert found and found[0]["location"]["country"] == country, found


@pytest.mark.parametrize(
    ("text", "published", "own", "reference", "reference_date"),
    [
        # the topic of a call or talks
        (
            "Qatar's emir and Donald Trump discussed the boycott of Qatar in a phone call on Friday.",
            "2017-11-10",
            ("meeting", "2017-11-10"),
            "qatar_boycott_2017",
            "2017-06-05",
        ),
        (
            "بحث أمير قطر مع الرئيس الأمريكي دونالد ترامب الأزمة الخليجية في اتصال هاتفي يوم الجمعة.",
            "2017-11-10",
            ("meeting", "2017-11-10"),
            "qatar_boycott_2017",
            "2017-06-05",
        ),
        # named beside a day that is not its own
        (
            "Turkish authorities detained the former air force commander Akin Ozturk on Tuesday over suspected links to the network "
            "blamed for the failed 2016 coup.",
            "2018-10-23",
            ("arrest", "2018-10-23"),
            "turkey_coup_attempt_2016",
            "2016-07-15",
        ),
        (
            "اعتقلت السلطات التركية قائد سلاح الجو السابق أكين أوزتورك يوم الثلاثاء بتهمة الارتباط بمحاولة الانقلاب الفاشلة في تركيا.",
            "2018-10-23",
            ("arrest", "2018-10-23"),
            "turkey_coup_attempt_2016",
            "2016-07-15",
        ),
    ],
)
def test_a_catalogued_event_named_in_passing_keeps_its_own_date_and_the_sentences_event(
    text, published, own, reference, reference_date
):
    found = extract(text, published=published)
    assert any((e["event_type"], e["date"]) == own for e in found), found
    named = [e for e in found if e["reference_id"] == reference]
    assert named and named[0]["date"] == reference_date, found


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Saudi Arabia, the UAE, Bahrain and Egypt have kept up a blockade on Qatar since June 2017.", "qatar_boycott_2017"),
        ("The Gulf crisis has divided the region for more than a year.", "qatar_boycott_2017"),
        ("Ankara blames cleric Fethullah Gulen for the failed 2016 coup.", "turkey_coup_attempt_2016"),
        ("Baghdad opposed the Kurdish independence vote.", "kurdistan_referendum_2017"),
    ],
)
def test_english_names_of_catalogued_events(text, reference):
    found = extract(text, published="2018-10-23")
    assert any(e["reference_id"] == reference for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait's emir met Donald Trump at the White House on Thursday, "
        "his first visit to Washington since the Gulf rift began.",
        "زار أمير الكويت واشنطن يوم الخميس في أول زيارة له بعد حصار قطر.",
    ],
)
def test_a_catalogued_event_named_in_passing_has_its_own_countries_not_the_sentences(text):
    found = extract(text)
    named = [e for e in found if e["reference_id"] == "qatar_boycott_2017"]
    assert named, found
    assert set(named[0]["countries"]) == {"SAU", "ARE", "BHR", "EGY", "QAT"}
    assert (named[0]["location"] or {}).get("country") != "USA"


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a parliament's vote on a decision is not an election
        ("Iraq's parliament voted on Sunday to expel foreign troops from the country.", "election", False),
        ("صوت البرلمان العراقي يوم الأحد على إخراج القوات الأجنبية من البلاد.", "election", False),
        ("صوت مجلس النواب العراقي يوم الأحد على إخراج القوات الأجنبية من البلاد.", "election", False),
        ("Iraqis voted on Sunday in a parliamentary election.", "election", True),
        ("صوت العراقيون يوم السبت في الانتخابات البرلمانية.", "election", True),
        # missiles fired some words before their target, people shot dead
        (
            "Iran fired more than a dozen ballistic missiles at two Iraqi military bases hosting US troops "
            "early on Wednesday.",
            "attack",
            True,
        ),
        ("Israeli troops shot dead at least 52 Palestinians on the Gaza border on Monday.", "attack", True),
        # officials dismissed
        ("Iraqi Prime Minister Mustafa al-Kadhimi dismissed several senior security officials on Friday.", "appointment", True),
        ("Iraq's parliament removed the Basra governor from office on Monday.", "appointment", True),
    ],
)
def test_english_event_words(text, event_type, expected):
    found = extract(text, published="2020-01-08")
    assert any(e["event_type"] == event_type for e in found) == expected, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Tens of thousands of Iranians staged pro-government rallies on Wednesday. "
            "The protests began in the city of Mashhad on December 28.",
            {"2018-01-03", "2017-12-28"},
        ),
        (
            "خرج آلاف الإيرانيين في مظاهرات مؤيدة للحكومة يوم الأربعاء. "
            "وكانت هذه الاحتجاجات قد بدأت في مدينة مشهد في 28 ديسمبر.",
            {"2018-01-03", "2017-12-28"},
        ),
        # with no day of its own, "the protests" is the event already told
        (
            "Tens of thousands of Iranians staged rallies on Wednesday. The protests were the largest since 2009.",
            {"2018-01-03"},
        ),
    ],
)
def test_an_event_named_again_on_a_day_of_its_own_is_another_event(text, dates):
    found = [e for e in extract(text, published="2018-01-04") if e["event_type"] == "protest"]
    assert {e["date"] for e in found} == dates, found


@pytest.mark.parametrize(
    ("text", "is_meeting"),
    [
        # "upcoming" governs an event word behind a name of several words
        ("The two leaders also discussed the upcoming Gulf Cooperation Council summit in Kuwait.", False),
        ("ناقش الزعيمان القمة الخليجية المرتقبة في الكويت.", False),
        ("Ahead of the upcoming Arab League summit, Saudi Arabia and Egypt held talks in Riyadh on Friday.", True),
    ],
)
def test_an_upcoming_summit_has_not_happened(text, is_meeting):
    found = extract(text, published="2017-11-10")
    assert any(e["event_type"] in ("meeting", "visit") for e in found) == is_meeting, found


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Kuwait offered on Tuesday to host talks between Qatar and its neighbours.", "meeting", False),
        ("Kuwait offered to mediate between Qatar and its neighbours on Tuesday.", "meeting", False),
        ("Kuwait hosted talks between Qatar and its neighbours on Tuesday.", "meeting", True),
    ],
)
def test_an_offer_to_host_talks_is_not_talks(text, event_type, expected):
    found = extract(text, published="2018-03-14")
    assert any(e["event_type"] == event_type for e in found) == expected, found


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's foreign minister arrived in Washington on Tuesday for talks that are expected to focus on the Gulf crisis.",
        "Qatar's foreign minister arrived in Washington on Tuesday for talks on the boycott of Qatar.",
    ],
)
def test_a_visit_for_talks_on_a_catalogued_event_is_a_visit(text):
    found = extract(text, published="2018-03-14")
    visits = [e for e in found if e["event_type"] == "visit"]
    assert visits and visits[0]["date"] == "2018-03-13", found
    assert any(e["reference_id"] == "qatar_boycott_2017" and e["date"] == "2017-06-05" for e in found), found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Canada's ambassador was expelled from Saudi Arabia on Tuesday.", "sanctions", "2018-03-13"),
        ("Qatar's ambassador to Chad was recalled on Tuesday.", "sanctions", "2018-03-13"),
        ("Hundreds of Turkish troops were sent to Qatar on Tuesday.", "deployment", "2018-03-13"),
        ("Diplomatic ties with Qatar were cut on June 5, 2017.", "sanctions", "2017-06-05"),
    ],
)
def test_english_passive_voice(text, event_type, date):
    found = [e for e in extract(text, published="2018-03-14") if e["event_type"] == event_type]
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("DOHA (Reuters) - Qatar and Turkey signed a military agreement on Thursday.", "agreement", "QAT"),
        (
            "DOHA (QNA) - Qatari and American naval forces began a joint military exercise on Tuesday.",
            "military_exercise",
            "QAT",
        ),
        ("SOCHI, Russia (Reuters) - Russia and Turkey agreed on Monday to set up a buffer zone.", "agreement", "RUS"),
        ("الدوحة - وقعت قطر وتركيا اتفاقية عسكرية يوم الخميس.", "agreement", "QAT"),
        # a newsroom whose country takes no part is not the place
        ("DOHA (Reuters) - Saudi Arabia and the UAE signed a military agreement on Thursday.", "agreement", None),
    ],
)
def test_the_lede_event_with_no_city_of_its_own_takes_the_datelines_city(text, event_type, place):
    found = [e for e in extract(text, published="2017-12-14") if e["event_type"] == event_type]
    assert found, extract(text, published="2017-12-14")
    country = (found[0]["location"] or {}).get("country")
    assert country == place if place else country != "QAT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Erdogan met the Qatari emir in Ankara on Tuesday. The two countries signed a defence agreement on Wednesday.",
            {"TUR", "QAT"},
        ),
        ("التقى أردوغان أمير قطر في أنقرة يوم الثلاثاء. ووقع البلدان اتفاقية دفاعية يوم الأربعاء.", {"TUR", "QAT"}),
        # the two leaders or ministers stand for the pair as well
        ("Erdogan met the Qatari emir in Ankara on Tuesday. The two leaders signed seven agreements.", {"TUR", "QAT"}),
        ("التقى أردوغان أمير قطر في أنقرة يوم الثلاثاء. ووقع الزعيمان سبع اتفاقيات.", {"TUR", "QAT"}),
        # with nothing told before, the pair is unknown
        ("The two countries signed a defence agreement on Wednesday.", None),
    ],
)
def test_the_two_countries_are_the_parties_told_just_before(text, expected):
    found = [e for e in extract(text, published="2017-06-07") if e["event_type"] == "agreement"]
    if expected is None:
        assert not found, found
    else:
        assert found and set(found[0]["countries"]) == expected, found
