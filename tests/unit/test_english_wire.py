"""More sentence shapes of English wire copy (AP, AFP, BBC, The National, Middle East Eye)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def types(text: str, published: str) -> list[str]:
    return [e["event_type"] for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # verbs that double their last consonant before -ing
        ("Morocco said on Tuesday it was cutting diplomatic ties with Iran.", "sanctions"),
        ("The UAE is expelling Qatari diplomats, officials said on Monday.", "sanctions"),
        ("Egypt is banning Qatari planes from landing at its airports, officials said on Monday.", "sanctions"),
        ("Iraq's prime minister Adel Abdul Mahdi is stepping down, parliament said on Sunday.", "appointment"),
        ("The foreign minister of Qatar was travelling to Moscow on Tuesday.", "visit"),
    ],
)
def test_english_ing_forms_of_doubling_verbs_are_triggers(text, event_type):
    assert event_type in types(text, "2018-05-01")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("The LNA seized the southern town of Gharyan overnight, residents said.", "attack", True),
        ("Islamic State seized the city of Mosul in June 2014.", "attack", True),
        ("Police seized weapons in the town of Tal Afar on Friday.", "attack", False),
        ("Sudan's military toppled President Omar al-Bashir on Thursday.", "appointment", True),
        ("The army overthrew President Mohamed Morsi in July 2013.", "appointment", True),
    ],
)
def test_seizing_a_town_is_an_attack_and_toppling_a_leader_removes_him(text, event_type, expected):
    assert (event_type in types(text, "2019-04-12")) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "Saudi Crown Prince Mohammed bin Salman arrived in London on Wednesday. "
            "The crown prince visited Egypt earlier this week.",
            "visit",
            "SAU",
        ),
        (
            "Erdogan held talks with Qatar's emir in Doha on Thursday. The emir visited Ankara in November last year.",
            "visit",
            "QAT",
        ),
        (
            "King Salman arrived in Moscow on Wednesday. On Thursday, the king held talks with Putin at the Kremlin.",
            "meeting",
            "SAU",
        ),
        (
            "King Abdullah II received Mahmoud Abbas in Amman on Sunday. "
            "The king attended an emergency summit in Istanbul on Wednesday.",
            "meeting",
            "JOR",
        ),
    ],
)
def test_an_office_named_without_its_holder_is_the_holder_named_before(text, event_type, country):
    found = [e for e in extract(text, "2018-03-07") if e["event_type"] == event_type]
    assert found and country in found[-1]["countries"], found


def test_an_office_holder_who_only_speaks_does_not_join_the_event():
    text = (
        "Kuwait's emir met Donald Trump at the White House on Thursday. "
        "The emir said Qatar was ready to meet the demands of the four states that cut ties with Doha on June 5."
    )
    cut = [e for e in extract(text, "2017-09-08") if e["event_type"] == "sanctions"]
    assert cut and "KWT" not in cut[0]["countries"], cut


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # the speaker is the subject of the event it tells ("said (that) it had ...")
        ("Turkey said it had sent more troops to Qatar.", "deployment", "TUR"),
        ("Morocco said on Tuesday it was cutting diplomatic ties with Iran.", "sanctions", "MAR"),
        ("Qatar said on Sunday it had signed an agreement with Turkey.", "agreement", "QAT"),
        ("The Houthis said they had fired a missile at Riyadh on Sunday.", "attack", "YEM"),
        ("Saudi Arabia said on Tuesday that it had intercepted a missile fired at Riyadh.", "attack", "SAU"),
        ("أعلنت السعودية يوم الثلاثاء أنها اعترضت صاروخا أطلق على الرياض.", "attack", "SAU"),
    ],
)
def test_a_speaker_telling_of_its_own_doing_acts_in_the_event(text, event_type, country):
    found = [e for e in extract(text, "2018-05-01") if e["event_type"] == event_type]
    assert found and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia claimed that it had intercepted a missile fired at Riyadh.",
        "زعمت السعودية أنها اعترضت صاروخا أطلق على الرياض.",
    ],
)
def test_a_speaker_claiming_its_own_doing_is_still_a_claim(text):
    assert "attack" not in types(text, "2018-05-01")


@pytest.mark.parametrize(
    ("text", "event_type", "parties", "topic"),
    [
        (
            "Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, met President Donald Trump at the White House on "
            "Thursday as he pressed on with efforts to mediate in the dispute between Qatar and its Arab neighbours.",
            "meeting",
            {"KWT", "USA"},
            "QAT",
        ),
        (
            "Israel's foreign minister Yair Lapid visited London last week to urge a tougher line on Tehran.",
            "visit",
            {"ISR", "GBR"},
            "IRN",
        ),
        (
            "Kuwait's emir met President Donald Trump at the White House on Thursday to discuss the crisis with Qatar.",
            "meeting",
            {"KWT", "USA"},
            "QAT",
        ),
        (
            "التقى أمير الكويت الرئيس الأمريكي دونالد ترامب في البيت الأبيض يوم الخميس لبحث الأزمة مع قطر.",
            "meeting",
            {"KWT", "USA"},
            "QAT",
        ),
        (
            "زار وزير الخارجية الإسرائيلي لندن الأسبوع الماضي لحث بريطانيا على تشديد الموقف من إيران.",
            "visit",
            {"ISR", "GBR"},
            "IRN",
        ),
    ],
)
def test_a_country_named_as_the_topic_of_a_meeting_or_visit_is_no_party(text, event_type, parties, topic):
    found = [e for e in extract("Title\n" + text, "2017-09-08") if e["event_type"] == event_type]
    assert found and parties <= set(found[0]["countries"]) and topic not in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "The Israeli cabinet approved the agreement on Monday, and the Knesset ratified it on Thursday.",
            "2020-09-15",
            "ratification",
            {"2020-09-14", "2020-09-10"},
        ),
        (
            "Bahrain recalled its ambassador from Doha on Monday, while the UAE expelled Qatari diplomats on Tuesday.",
            "2017-06-06",
            "sanctions",
            {"2017-06-05", "2017-06-06"},
        ),
        (
            "قطعت البحرين علاقاتها مع قطر يوم الاثنين، وقطعت موريتانيا علاقاتها مع الدوحة يوم الأربعاء.",
            "2017-06-06",
            "sanctions",
            {"2017-06-05", "2017-05-31"},
        ),
    ],
)
def test_two_events_of_a_type_on_different_days_in_one_sentence_are_both_told(text, published, event_type, dates):
    found = {e["date"] for e in extract("Title\n" + text, published) if e["event_type"] == event_type}
    assert found == dates


def test_one_event_told_over_two_days_stays_one():
    found = [e for e in extract("Title\nClashes erupted in Tripoli on Monday and continued on Tuesday.", "2017-06-06")]
    assert [e["event_type"] for e in found] == ["attack"]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a truce named after "despite" is one already in force, not news of the day
        ("Heavy clashes erupted in southern Tripoli overnight, residents said, despite the truce.", "ceasefire", False),
        ("Heavy clashes erupted in southern Tripoli overnight, residents said, despite the truce.", "attack", True),
        # the sentence's own event is not the one it names as a circumstance
        ("Russia and Turkey brokered a truce in Libya on Sunday despite the clashes.", "ceasefire", True),
        ("توسطت روسيا وتركيا في هدنة في ليبيا يوم الأحد رغم الاشتباكات.", "ceasefire", True),
    ],
)
def test_an_event_named_after_despite_is_a_circumstance(text, event_type, expected):
    assert (event_type in types("Title\n" + text, "2020-02-03")) == expected


@pytest.mark.parametrize(
    ("text", "published", "kept", "not_kept"),
    [
        # a truce that talks are about is sought, not agreed: the arrival or the meeting is the news
        (
            "A Hamas delegation arrived in Cairo on Saturday for talks on a ceasefire in Gaza, "
            "two Egyptian security sources said.",
            "2024-03-03",
            "visit",
            "ceasefire",
        ),
        (
            "Last Thursday, UN envoy Hans Grundberg met Houthi negotiators in Muscat, Oman, "
            "to discuss a renewal of the truce.",
            "2022-08-21",
            "meeting",
            "ceasefire",
        ),
        ("وصل وفد من حركة حماس إلى القاهرة يوم السبت لإجراء محادثات بشأن وقف إطلاق النار في غزة.", "2024-03-03", "visit",
         "ceasefire"),
        ("وصل وفد من حركة حماس إلى القاهرة يوم السبت لبحث التوصل إلى هدنة في غزة.", "2024-03-03", "visit", "ceasefire"),
        # plural objects of restoring ties
        ("The UAE and Kuwait returned their ambassadors to Tehran last year.", "2023-03-10", "relations", None),
    ],
)
def test_a_truce_that_talks_are_about_is_not_agreed(text, published, kept, not_kept):
    found = types("Title\n" + text, published)
    assert kept in found and (not_kept is None or not_kept not in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's foreign minister arrived in Washington on Tuesday for talks on the boycott of Qatar.",
        "وصل وزير الخارجية القطري إلى واشنطن يوم الثلاثاء لإجراء محادثات بشأن حصار قطر.",
    ],
)
def test_a_catalogued_event_that_talks_are_about_stays_told(text):
    found = extract("Title\n" + text, "2018-03-14")
    assert any(e["reference_id"] == "qatar_boycott_2017" for e in found), found


@pytest.mark.parametrize(
    ("text", "is_meeting"),
    [
        # calling a counterpart, or calling someone to discuss or congratulate, is a phone call
        ("French President Emmanuel Macron called his Turkish counterpart on Monday and urged restraint.", True),
        ("Emmanuel Macron called Tayyip Erdogan on Monday to discuss the offensive in Afrin.", True),
        ("The emir of Kuwait called King Salman on Monday to congratulate him.", True),
        # calling on someone, or calling an envoy home, is not
        ("Erdogan called on Russia on Monday to discuss a ceasefire.", False),
        ("Egypt called its ambassador to Qatar home on Monday to discuss the crisis.", False),
    ],
)
def test_calling_a_counterpart_is_a_phone_call(text, is_meeting):
    assert ("meeting" in types("Title\n" + text, "2018-01-22")) == is_meeting


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The previous day, the Houthis said they had shot down a Saudi reconnaissance drone over Hajjah.", "2022-08-20"),
        ("The Houthis shot down a Saudi reconnaissance drone over Hajjah yesterday.", "2022-08-20"),
    ],
)
def test_the_previous_day_is_the_day_before_the_story(text, date):
    found = [e for e in extract("Title\n" + text, "2022-08-21") if e["event_type"] == "attack"]
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    ("text", "published", "date", "place"),
    [
        (
            "Israeli fighter jets struck Hezbollah targets in southern Lebanon on Wednesday, hours after the group "
            "fired anti-tank missiles at an Israeli army post near the border.",
            "2023-11-09",
            "2023-11-08",
            "LBN",
        ),
        (
            "Israeli warplanes struck Hamas targets across the Gaza Strip on Sunday after militants fired rockets "
            "into southern Israel, the military said.",
            "2018-10-29",
            "2018-10-28",
            "PSE",
        ),
    ],
)
def test_an_attack_told_as_the_circumstance_does_not_displace_the_sentences_own(text, published, date, place):
    found = [e for e in extract("Title\n" + text, published) if e["event_type"] == "attack"]
    assert found and found[0]["date"] == date and found[0]["location"]["country"] == place, found
