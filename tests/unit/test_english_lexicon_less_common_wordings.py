"""Less common English news wordings of the fifteen event types: passives and
nominalisations, phrasal verbs, British and American spellings, each naming its
event, and the everyday senses of the same words that name none."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an official jetting in
        ("The Qatari emir jetted into Ankara on Monday.", "visit"),
        # a telephone conversation, a huddle, a topic discussed with a counterpart
        ("The Saudi foreign minister had a telephone conversation with his Iranian counterpart on Monday.", "meeting"),
        ("The Emirati foreign minister huddled with his Omani counterpart in Muscat on Monday.", "meeting"),
        ("The Saudi foreign minister discussed the war in Yemen with his Iranian counterpart on Monday.", "meeting"),
        # an agreement going into effect, a green light given to it
        ("The defence agreement between Turkey and Qatar went into effect on Monday.", "ratification"),
        ("The Turkish parliament gave the green light to the defence agreement with Qatar on Monday.", "ratification"),
        # borders sealed, ships barred from ports, visa bans, trade cut off, a firm blacklisted
        ("Saudi Arabia sealed its land border with Qatar on Monday.", "sanctions"),
        ("Saudi Arabia barred Qatari ships from its ports on Monday.", "sanctions"),
        ("The United States slapped a visa ban on three Iranian officials on Monday.", "sanctions"),
        ("Bahrain declared three Qatari diplomats personae non gratae on Monday.", "sanctions"),
        ("Saudi Arabia cut off trade with Qatar on Monday.", "sanctions"),
        ("The United States added three Iranian firms to its entity list on Monday.", "sanctions"),
        # a lull agreed, guns silenced
        ("Israel and Hamas agreed to a lull in fighting on Monday.", "ceasefire"),
        ("Israel and Hamas silenced their guns on Monday.", "ceasefire"),
        # voters heading to the polls, polls opening
        ("Iraqis headed to the polls on Monday.", "election"),
        ("Polls opened in Iraq on Monday.", "election"),
        # troops despatched, amassed, redeployed; troops crossing, entering, arriving, pouring in
        ("Turkey despatched troops to Libya on Monday.", "deployment"),
        ("Turkey amassed troops on the Syrian border on Monday.", "deployment"),
        ("The United States redeployed troops to Saudi Arabia on Monday.", "deployment"),
        ("Turkish troops crossed into Syria on Monday.", "deployment"),
        ("Turkish forces entered northern Syria on Monday.", "deployment"),
        ("The first Turkish troops arrived in Qatar on Monday.", "deployment"),
        ("Turkish troops poured into Idlib on Monday.", "deployment"),
        # firing on positions, rockets slamming in or raining down, a fatal shooting
        ("Israeli tanks fired on Hamas positions in Gaza on Monday.", "attack"),
        ("Rockets slammed into an Iraqi base on Monday.", "attack"),
        ("Rockets rained down on an Iraqi base near Baghdad on Monday.", "attack"),
        ("Israeli forces fatally shot a Palestinian in Jenin on Monday.", "attack"),
        # tools downed, a crowd massing
        ("Iraqi teachers downed tools on Monday.", "protest"),
        ("Thousands of Iraqis massed in Tahrir Square on Monday.", "protest"),
        # food airdropped, a country supplied with fuel, a debt written off, a soft loan
        ("Saudi Arabia airdropped food to Yemen on Monday.", "aid"),
        ("Saudi Arabia supplied Yemen with fuel on Monday.", "aid"),
        ("Saudi Arabia wrote off Yemen's debt on Monday.", "aid"),
        ("Saudi Arabia gave Yemen a soft loan on Monday.", "aid"),
        # charges pressed or brought, an interrogation
        ("Egyptian prosecutors pressed charges against activist Alaa Abdel Fattah on Monday.", "arrest"),
        ("Egyptian prosecutors brought charges against activist Alaa Abdel Fattah on Monday.", "arrest"),
        ("Egyptian police interrogated activist Alaa Abdel Fattah on Monday.", "arrest"),
        # a reshuffle, a reappointment, a cabinet dissolved, a no-confidence vote, a designation
        ("Egyptian President Abdel Fattah al-Sisi reshuffled the cabinet on Monday.", "appointment"),
        ("Egyptian Prime Minister Mostafa Madbouly was reappointed on Monday.", "appointment"),
        ("The Egyptian cabinet was dissolved on Monday.", "appointment"),
        ("The Egyptian parliament passed a vote of no confidence in the government on Monday.", "appointment"),
        ("Egyptian President Abdel Fattah al-Sisi designated Mostafa Madbouly as prime minister on Monday.", "appointment"),
        # ties reestablished, an ambassador sent back
        ("Saudi Arabia and Iran reestablished diplomatic relations on Monday.", "relations"),
        ("Saudi Arabia sent its ambassador back to Tehran on Monday.", "relations"),
        # a red carpet rolled out, a call taken, a deal okayed
        ("The Turkish president rolled out the red carpet for the Qatari emir in Ankara on Monday.", "visit"),
        ("The Turkish president took a call from the Qatari emir on Monday.", "meeting"),
        ("The Turkish parliament okayed the deal with Qatar on Monday.", "ratification"),
        # an embassy shuttered, an ambassador pulled, flights banned
        ("Egypt shuttered its embassy in Doha on Monday.", "sanctions"),
        ("Egypt pulled its ambassador from Doha on Monday.", "sanctions"),
        ("Egypt banned Qatari flights on Monday.", "sanctions"),
        # guns falling silent
        ("The guns fell silent in Gaza on Monday.", "ceasefire"),
        # a post mortared, a convoy strafed
        ("Militants mortared an Egyptian checkpoint in Sinai on Monday.", "attack"),
        ("Israeli jets strafed a convoy in Gaza on Monday.", "attack"),
        # a work stoppage, a session boycotted
        ("Iraqi doctors staged a work stoppage on Monday.", "protest"),
        ("Iraqi lawmakers boycotted the parliamentary session on Monday.", "protest"),
        # food baskets distributed, a credit facility provided
        ("Saudi Arabia distributed food baskets in Yemen on Monday.", "aid"),
        # food rations distributed, as توزيع حصص غذائية is
        ("The World Food Programme said on Monday it had distributed food rations to 400,000 people in Pakistan.", "aid"),
        ("وزع برنامج الأغذية العالمي يوم الاثنين حصصا غذائية على 400 ألف شخص في باكستان.", "aid"),
        ("Saudi Arabia provided a $100 million credit facility to Yemen on Monday.", "aid"),
        # a suspect held for questioning
        ("Egyptian police held activist Alaa Abdel Fattah for questioning on Monday.", "arrest"),
        # an officer demoted, a premier forced out
        ("Egyptian President Abdel Fattah al-Sisi demoted the army chief on Monday.", "appointment"),
        ("Egyptian Prime Minister Mostafa Madbouly was forced out on Monday.", "appointment"),
        # a rift healed, ties revived, a rupture ended
        ("Saudi Arabia and Iran healed their rift on Monday.", "relations"),
        ("Saudi Arabia and Iran revived diplomatic relations on Monday.", "relations"),
        ("Saudi Arabia and Iran ended a seven-year rupture on Monday.", "relations"),
        # banks penalised or penalized, flights cancelled or canceled
        ("The United States penalised three Iranian banks on Monday.", "sanctions"),
        ("The United States penalized three Iranian banks on Monday.", "sanctions"),
        ("Egypt cancelled flights to Qatar on Monday.", "sanctions"),
        ("Egypt canceled flights to Qatar on Monday.", "sanctions"),
        # a mobilisation, positions taken up, observation posts set up, a task force or military police sent
        ("Turkey began the mobilisation of its forces on the Syrian border on Monday.", "deployment"),
        ("Russian peacekeepers took up positions in Karabakh on Monday.", "deployment"),
        ("Turkish troops set up observation posts in Idlib on Monday.", "deployment"),
        ("Turkey sent a naval task force to the eastern Mediterranean on Monday.", "deployment"),
        ("Russia sent military police to Karabakh on Monday.", "deployment"),
        # buildings destroyed or flattened by aircraft and missiles, soldiers martyred
        ("Israeli jets destroyed a tower block in Gaza on Monday.", "attack"),
        ("Israeli missiles flattened a tower block in Gaza on Monday.", "attack"),
        ("Three Egyptian soldiers were martyred in Sinai on Monday.", "attack"),
        # leaders conversing by phone or over it, a tete-a-tete, a working lunch
        ("The Turkish president and the Qatari emir conversed by phone on Monday.", "meeting"),
        ("The Turkish president and the Qatari emir spoke over the phone on Monday.", "meeting"),
        ("The Turkish president talked to the Qatari emir by phone on Monday.", "meeting"),
        ("The Turkish president and the Qatari emir held a tete-a-tete in Ankara on Monday.", "meeting"),
        ("The Turkish president and the Qatari emir held a working lunch in Ankara on Monday.", "meeting"),
        # an election's final results announced, a sentence of death
        ("Iraq's electoral commission announced the final results on Monday.", "election"),
        ("An Egyptian court condemned activist Alaa Abdel Fattah to death on Monday.", "arrest"),
    ],
)
def test_a_less_common_english_news_phrase_names_its_event(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # rules coming into effect, a budget given the green light
        ("The new tax rules went into effect in Egypt on Monday.", "ratification"),
        ("The Egyptian cabinet gave the green light to the budget on Monday.", "ratification"),
        # a border closed against a virus
        ("Egypt closed its border with Sudan on Monday over the coronavirus outbreak.", "sanctions"),
        # a group designated a terrorist one, a topic discussed with reporters
        ("Egypt designated the Muslim Brotherhood as a terrorist group on Monday.", "appointment"),
        ("The Egyptian minister discussed the budget with reporters in Cairo on Monday.", "meeting"),
        # an accidental explosion, troops massing, bad loans written off
        ("A gas leak explosion ripped through a restaurant in Cairo on Monday.", "attack"),
        ("A huge explosion tore through a chemical depot at an Iranian port on Monday.", "attack"),
        ("Thousands of Egyptian troops massed near the Libyan border on Monday.", "protest"),
        ("The Egyptian central bank wrote off the bad debts of farmers on Monday.", "aid"),
        # a witness questioned
        ("An Egyptian witness was questioned by prosecutors in Cairo on Monday.", "arrest"),
        # families forced out of their homes, a candidate out of a race, a call from a reporter
        ("Thousands of Syrian families were forced out of their homes in Idlib on Monday.", "appointment"),
        ("The Egyptian candidate was forced out of the race on Monday.", "appointment"),
        ("The Egyptian minister took a call from a reporter on Monday.", "meeting"),
        # flights banned against a virus, leaflets distributed, a session attended
        ("Egypt banned flights to China on Monday over the coronavirus outbreak.", "sanctions"),
        ("Egyptian activists distributed leaflets in Cairo on Monday.", "aid"),
        ("Egyptian lawmakers attended the parliamentary session on Monday.", "protest"),
        # flights cancelled for the weather, a club penalised, drugs destroyed by police, a storm, a road accident
        ("EgyptAir cancelled flights to Cairo on Monday because of a sandstorm.", "sanctions"),
        ("The Egyptian football federation penalised the club on Monday.", "sanctions"),
        ("Egyptian police destroyed drugs seized in Sinai on Monday.", "attack"),
        ("The storm destroyed homes in Alexandria on Monday.", "attack"),
        ("Three Egyptian soldiers were martyred in a traffic accident in Sinai on Monday.", "attack"),
        # an observation post left
        ("Turkey withdrew from an observation post in Idlib on Monday.", "deployment"),
        # a minister talking to reporters by phone, exam results, an attack condemned
        ("The Egyptian minister talked to reporters by phone on Monday.", "meeting"),
        ("The Egyptian ministry of education announced the final results of the school exams on Monday.", "election"),
        ("The Egyptian president condemned the attack in Sinai on Monday.", "arrest"),
        # a war between an army and named forces entering its third year
        ("Sudan's war between the army and the Rapid Support Forces entered its third year on Monday.", "deployment"),
    ],
)
def test_an_everyday_sense_of_the_less_common_phrase_names_no_event(text, kind):
    assert of_type(extract(text, PUBLISHED), kind) == []


@pytest.mark.parametrize(
    "text",
    [
        # the new words are governed by the cues of plans, threats and denials
        "Turkey plans to amass troops on the Syrian border next week.",
        "The United States threatened on Monday to slap a visa ban on Iranian officials.",
        "Egypt denied on Monday that it had sealed its border with Libya.",
        "Saudi Arabia will write off Yemen's debt next year.",
    ],
)
def test_a_planned_threatened_or_denied_deed_names_no_event(text):
    assert extract(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a tour, a vote named in an aside of its own before the verb
        ("Turkish President Tayyip Erdogan, who faces a tight election in May, toured the hard-hit provinces on Wednesday.", ["toured"]),
        ("وقام الرئيس التركي، الذي يواجه انتخابات صعبة في مايو، بجولة في الولايات المنكوبة يوم الأربعاء.", ["وقام"]),
        # the vote or the talks in the tour's own clause: no visit
        ("Turkish President Tayyip Erdogan toured the country on Wednesday ahead of the election.", []),
        ("The envoy began a tour of talks in the region on Wednesday.", []),
        ("بدأت جولة جديدة من المفاوضات بين الطرفين يوم الأربعاء.", []),
    ],
)
def test_a_tour_is_read_apart_from_the_aside_before_it(text, words):
    assert asserted_words(text, "visit") == words
