"""English news vocabulary of the fifteen event types: verbs, phrasal verbs and fixed
expressions wire services and regional outlets write, each naming its event, and the
everyday senses of the same words that name none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an official's aircraft touching down, a stopover on a tour
        ("The Qatari foreign minister touched down in Ankara on Monday.", "visit"),
        ("The Turkish defence minister made a stopover in Tripoli on Monday.", "visit"),
        ("The US secretary of state flew into Baghdad on Monday.", "visit"),
        # an official inspecting troops or a base abroad
        ("The Turkish defence minister inspected troops in Libya on Monday.", "visit"),
        ("The Iranian army chief inspected the forces in Syria on Monday.", "visit"),
        # a call told by its verb, a call or summit held over video
        ("The Saudi foreign minister telephoned his Iranian counterpart on Monday.", "meeting"),
        ("The Turkish president phoned the Emir of Qatar on Monday.", "meeting"),
        ("The leaders of Egypt and Jordan held a video call on Monday.", "meeting"),
        ("The foreign ministers of Egypt and Jordan held a videoconference on Monday.", "meeting"),
        # ministers gathering in a meeting they convene, a dialogue held
        ("Arab foreign ministers convened in Cairo on Monday to discuss the crisis.", "meeting"),
        ("The Saudi and Iranian delegations held a round of dialogue in Baghdad on Monday.", "meeting"),
        # a deal inked
        ("Turkey and Qatar inked a deal on Monday to build a military base.", "agreement"),
        # a parliament rubber-stamping an agreement
        ("The Egyptian parliament rubber-stamped the maritime deal with Greece on Monday.", "ratification"),
        # relations suspended or frozen, a diplomat declared unwelcome, a ban on trade
        ("Morocco suspended diplomatic relations with Iran on Monday.", "sanctions"),
        ("Saudi Arabia froze new trade with Canada on Monday.", "sanctions"),
        ("Egypt declared the Turkish ambassador persona non grata on Monday.", "sanctions"),
        ("Saudi Arabia banned imports from Lebanon on Monday.", "sanctions"),
        ("Saudi Arabia halted imports of fruit from Lebanon on Monday.", "sanctions"),
        # a truce told by the fighting the sides agree to halt
        ("Israel and Hamas agreed to halt hostilities on Monday.", "ceasefire"),
        ("The warring sides in Libya agreed to stop fighting on Monday.", "ceasefire"),
        # polls of a named kind
        ("Iraq held snap polls on Monday.", "election"),
        ("Hassan Rouhani won Iran's presidential race on Monday.", "election"),
        # troops rushed, airlifted or positioned, a presence beefed up, a convoy rolling in
        ("Russia rushed troops to the Libyan border on Monday.", "deployment"),
        ("Turkey airlifted troops to Libya on Monday.", "deployment"),
        ("Egypt positioned troops along the Libyan border on Monday.", "deployment"),
        ("Turkey beefed up its military presence in Idlib on Monday.", "deployment"),
        ("Turkey bolstered its military presence in Qatar on Monday.", "deployment"),
        ("A Turkish military convoy entered Idlib on Monday.", "deployment"),
        # joint training
        ("Egypt and Sudan launched joint military training on Monday.", "military_exercise"),
        ("Turkish and Qatari troops trained together on Monday.", "military_exercise"),
        # blowing up, skirmishes, beheading, arson, pummelling, coming under fire, shooting at
        ("Militants blew up a gas pipeline in Sinai on Monday.", "attack"),
        ("Israeli forces and Palestinian militants skirmished in Jenin on Monday.", "attack"),
        ("Islamic State militants beheaded an Egyptian soldier in Sinai on Monday.", "attack"),
        ("Militants torched a police station in Sinai on Monday.", "attack"),
        ("Turkish jets pummelled Kurdish positions in northern Iraq on Monday.", "attack"),
        ("A Turkish convoy came under fire in Idlib on Monday.", "attack"),
        ("Israeli troops shot at Palestinian protesters in Gaza on Monday.", "attack"),
        # crowds filling the streets, picketing, chanting, a strike held
        ("Thousands of Iraqis gathered in Tahrir Square in Baghdad on Monday to demand reforms.", "protest"),
        ("Iraqi opposition lawmakers walked out of parliament on Monday.", "protest"),
        ("Hundreds of Lebanese picketed the central bank in Beirut on Monday.", "protest"),
        ("Jordanian teachers held a strike on Monday.", "protest"),
        ("Thousands of Sudanese chanted slogans against the government in Khartoum on Monday.", "protest"),
        # aid given as a deposit, or handed over, shipped or airlifted as goods
        ("Saudi Arabia deposited $3 billion in Egypt's central bank on Monday.", "aid"),
        ("Qatar shipped 40 tonnes of food to Lebanon on Monday.", "aid"),
        ("Turkey airlifted medical supplies to Libya on Monday.", "aid"),
        ("Qatar handed over 40 tonnes of food to Lebanon on Monday.", "aid"),
        # arrests told by their phrasal verbs, extradition, a guilty verdict
        ("Egyptian police apprehended activist Alaa Abdel Fattah on Monday.", "arrest"),
        ("Saudi authorities took activist Loujain al-Hathloul into custody on Monday.", "arrest"),
        ("Turkey extradited businessman Ahmet Altan to Germany on Monday.", "arrest"),
        ("An Egyptian court found activist Alaa Abdel Fattah guilty on Monday.", "arrest"),
        # offices taken over, succeeded to, promoted to, relieved of; the oath, the throne
        ("Ibrahim Kalin took over as head of Turkey's intelligence agency on Monday.", "appointment"),
        ("Mohammed bin Salman succeeded his cousin as crown prince on Monday.", "appointment"),
        ("King Salman promoted Mohammed bin Salman to crown prince on Monday.", "appointment"),
        ("Tunisian President Kais Saied relieved Prime Minister Hichem Mechichi of his duties on Monday.", "appointment"),
        ("Tunisian President Kais Saied took the oath of office on Monday.", "appointment"),
        ("Sultan Haitham bin Tariq ascended the throne in Oman on Monday.", "appointment"),
        # aid cut off, suspended or withheld
        ("The United States suspended military aid to Egypt on Monday.", "sanctions"),
        ("The United States withheld $300 million in military aid from Egypt on Monday.", "sanctions"),
        ("Turkey suspended military cooperation with Israel on Monday.", "sanctions"),
        # a letter of intent signed, a vote in favour of a treaty, an exercise told by its name
        ("Egypt and Greece signed a letter of intent on Monday.", "agreement"),
        ("The Greek parliament voted in favour of the agreement with Egypt on Monday.", "ratification"),
        ("Egyptian and Greek navies began an exercise dubbed Medusa on Monday.", "military_exercise"),
        # a stabbing, a grenade thrown, a passive strike, a drone downed
        ("A Palestinian stabbed two Israeli police officers in Jerusalem on Monday.", "attack"),
        ("Militants threw a grenade at an Egyptian checkpoint in Sinai on Monday.", "attack"),
        ("An Egyptian checkpoint was hit by a rocket in Sinai on Monday.", "attack"),
        ("Iran downed a US drone over the Gulf on Monday.", "attack"),
        # tanks sent to a border, a vote for a new parliament
        ("Turkey sent tanks to the Syrian border on Monday.", "deployment"),
        ("Algerians voted for a new parliament on Monday.", "election"),
        # a loan extended, money disbursed
        ("Kuwait extended a $500 million loan to Jordan on Monday.", "aid"),
        ("The IMF disbursed $2 billion to Egypt on Monday.", "aid"),
        # an acquittal, an abdication, power handed over
        ("An Egyptian court acquitted activist Alaa Abdel Fattah on Monday.", "arrest"),
        ("King Juan Carlos of Spain abdicated on Monday.", "appointment"),
        ("Sudan's military council handed over power to a civilian government on Monday.", "appointment"),
        # ambassadors reinstated
        ("Qatar and the UAE reinstated their ambassadors on Monday.", "relations"),
        # a call told by the phrase it is reported in, landing rights revoked
        ("The Egyptian president said in a call with the Turkish president on Monday that the crisis must end.", "meeting"),
        ("Saudi Arabia revoked the landing rights of Qatar Airways on Monday.", "sanctions"),
        # aircraft that hit their targets, a shooting
        ("Turkish warplanes hit PKK hideouts in northern Iraq on Monday.", "attack"),
        ("Two Israelis were wounded in a shooting in the West Bank on Monday.", "attack"),
        # money contributed, a field hospital set up
        ("Saudi Arabia contributed $500 million to the UN appeal for Yemen on Monday.", "aid"),
        ("Qatar set up a field hospital in Gaza on Monday.", "aid"),
        # a summons for questioning
        ("Egyptian prosecutors summoned activist Alaa Abdel Fattah for questioning on Monday.", "arrest"),
        # an office confirmed, the helm taken, power assumed, a leader stepping aside
        ("The Iraqi parliament confirmed Mustafa al-Kadhimi as prime minister on Monday.", "appointment"),
        ("Mustafa al-Kadhimi took the helm of the Iraqi government on Monday.", "appointment"),
        ("Sultan Haitham assumed power in Oman on Monday.", "appointment"),
        ("Sudanese Prime Minister Abdalla Hamdok stepped aside on Monday.", "appointment"),
        # fighting halted, troops landed
        ("Armenia and Azerbaijan halted fighting in Karabakh on Monday.", "ceasefire"),
        ("Turkey landed troops in Libya on Monday.", "deployment"),
        # a diplomat expelled or called home, told in the passive or by the noun
        ("The Turkish ambassador was summoned home by Ankara on Monday.", "sanctions"),
        ("The expulsion of the Turkish ambassador from Egypt on Monday deepened the crisis.", "sanctions"),
        # an office holder dismissed, told in the passive or by the noun; a swearing-in
        ("Egypt's army chief was dismissed on Monday.", "appointment"),
        ("The dismissal of Egypt's army chief on Monday surprised observers.", "appointment"),
        ("The swearing-in of Iraqi Prime Minister Mustafa al-Kadhimi took place on Monday.", "appointment"),
        # a courtesy call, an audience, a troop surge, villages razed, an aid flight
        ("The Qatari foreign minister paid a courtesy call on the Emir of Kuwait in Kuwait City on Monday.", "visit"),
        ("The Emir of Qatar granted an audience to the Iraqi foreign minister in Doha on Monday.", "visit"),
        ("Turkey ordered a troop surge in Idlib on Monday.", "deployment"),
        ("Islamic State militants razed three Iraqi villages on Monday.", "attack"),
        ("The first Qatari relief flight landed in Beirut on Monday.", "aid"),
        # a feud ended by its idioms
        ("Turkey and Israel buried the hatchet on Monday.", "relations"),
        ("Turkey and Armenia thawed relations on Monday.", "relations"),
    ],
)
def test_an_english_news_phrase_names_its_event(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # markets and supporters rally, tempers fly, critics fire
        ("Oil prices rallied on Monday after the OPEC decision.", "protest"),
        ("Opposition parties in Egypt rallied behind the president on Monday.", "protest"),
        ("The Turkish president flew into a rage on Monday over the remarks.", "visit"),
        ("The Turkish defence minister came under fire on Monday for his remarks on Qatar.", "attack"),
        ("The Egyptian minister took a shot at Turkey on Monday.", "attack"),
        # an economy pummelled, a bill rammed through, fires at a protest
        ("The Turkish economy was pummelled by the currency crisis on Monday.", "attack"),
        ("Egyptian lawmakers rammed the bill through parliament on Monday.", "attack"),
        ("Iraqi protesters set fire to tyres in Basra on Monday.", "attack"),
        ("Iraqi police blew up the photos of the suspects on Monday.", "attack"),
        # an opinion poll, pressure stepped up, a position reinforced, wounded moved
        ("A recent presidential poll showed the Egyptian president far ahead on Monday.", "election"),
        ("Egypt stepped up pressure on Ethiopia on Monday.", "deployment"),
        ("Turkey reinforced its position as a regional power on Monday.", "deployment"),
        ("The Egyptian army transferred wounded soldiers to hospital in Cairo on Monday.", "deployment"),
        # support rounded up, an acquittal, success in a bid, a habit quit
        ("Egyptian police rounded up support for the bill on Monday.", "arrest"),
        ("An Iraqi court found the former minister Hoshyar Zebari not guilty on Monday.", "arrest"),
        ("Egypt succeeded in its bid to host the summit on Monday.", "appointment"),
        ("The Egyptian minister quit smoking on Monday.", "appointment"),
        # a budget or an investment given, a court convening, weapons shipped
        ("Egypt gave Ethiopia $2 billion in investments on Monday.", "aid"),
        ("Egypt's parliament will convene on Monday to discuss the budget.", "meeting"),
        ("Saudi Arabia extended the deadline for the loan repayment on Monday.", "aid"),
        # a betrayal, stones and petrol bombs of a riot, a handover demanded, a crowd at a funeral
        ("The Egyptian president said on Monday that he was stabbed in the back by his allies.", "attack"),
        ("Iraqi protesters threw petrol bombs at police in Basra on Monday.", "attack"),
        ("The opposition demanded on Monday that the army hand over power to civilians.", "appointment"),
        ("Egyptian athletes gathered in Cairo on Monday to celebrate the victory.", "protest"),
        ("Thousands of mourners packed the streets of Baghdad on Monday for the cleric's funeral.", "protest"),
        ("Egypt cut funding for schools on Monday.", "sanctions"),
        # a film shot, a record hit, a call with investors
        ("An Egyptian film crew began shooting a movie in Luxor on Monday.", "attack"),
        ("Turkish Airlines planes hit a record number of passengers on Monday.", "attack"),
        ("The Egyptian minister held an earnings call with investors on Monday.", "meeting"),
        ("The Egyptian foreign minister said in a call with reporters on Monday that Cairo would respond.", "meeting"),
        ("The Egyptian minister blew up at reporters on Monday.", "attack"),
        ("Stocks rallied in Cairo on Monday after the central bank cut rates.", "protest"),
        ("The proposal came under fire from Iraqi lawmakers on Monday.", "attack"),
        ("Egyptian farmers slaughtered sheep for Eid on Monday.", "attack"),
        # inspectors inspecting a site
        ("IAEA inspectors inspected the Fordow site in Iran on Monday.", "visit"),
    ],
)
def test_an_everyday_sense_of_the_phrase_names_no_event(text, kind):
    assert of_type(extract(text, PUBLISHED), kind) == []


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        # the side under fire is the target, the one after "from" or "by" the doer
        ("Syrian government troops came under heavy fire from Islamic State fighters in Deir ez-Zor on Wednesday.", "islamic_state", "syria_government"),
        ("A Syrian army post was hit by a rocket fired by Islamic State fighters in Deir ez-Zor on Wednesday.", "islamic_state", "syria_army"),
    ],
)
def test_an_attack_told_by_the_side_under_fire_names_its_doer_after_it(text, doer, target):
    (attack,) = of_type(extract(text, "2018-04-18"), "attack")
    assert (attack["actor1"], attack["actor2"]) == (doer, target)


@pytest.mark.parametrize(
    "text",
    [
        # the new event words are governed by the cues of plans, threats, refusals and denials
        "Turkey will rush troops to the Libyan border next week.",
        "Egypt plans to airlift medical supplies to Libya next week.",
        "The Saudi foreign minister is expected to phone his Iranian counterpart next week.",
        "Egypt denied on Monday that it had extradited the activist.",
        "The United States threatened on Monday to suspend military aid to Egypt.",
        "Sudan's military council refused on Monday to hand over power to civilians.",
        "The Egyptian president will take the oath of office next week.",
    ],
)
def test_a_planned_threatened_refused_or_denied_deed_names_no_event(text):
    assert extract(text, PUBLISHED) == []
