"""English wire-report wordings of the fifteen event types that name their
event (a delegation led to a capital, an envoy kicked out, supplies cut off,
flights grounded, a strike begun by workers, a carrier ordered to a sea, a loan granted, a leader
installed or sworn by oath, a rift settled, drones launched), and the
everyday senses of the same words that name none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a delegation led to a capital, a guest greeted at the airport, a flight in, a departure for a capital
        ("The Qatari emir led a delegation to Ankara on Monday.", "visit"),
        ("The Qatari emir headed a delegation to Ankara on Monday.", "visit"),
        ("The Qatari emir was greeted at Ankara airport on Monday by the Turkish president.", "visit"),
        ("The Qatari emir flew in to Ankara on Monday.", "visit"),
        ("The Qatari emir set off for Ankara on Monday.", "visit"),
        ("The Qatari emir left for Ankara on Monday.", "visit"),
        # a leader getting on the phone with another
        ("The Turkish president got on the phone with the Qatari emir on Monday.", "meeting"),
        # a parliament passing an agreement
        ("The Turkish parliament passed the defence agreement with Qatar on Monday.", "ratification"),
        # supplies cut off, an envoy kicked or thrown out or told to leave, nationals ordered out
        ("Saudi Arabia cut off supplies to Qatar on Monday.", "sanctions"),
        ("Saudi Arabia cut off food supplies to Qatar on Monday.", "sanctions"),
        ("Saudi Arabia kicked out the Qatari ambassador on Monday.", "sanctions"),
        ("Saudi Arabia threw out the Qatari ambassador on Monday.", "sanctions"),
        ("Saudi Arabia told the Qatari ambassador to leave on Monday.", "sanctions"),
        ("Saudi Arabia ordered Qatari citizens to leave the kingdom on Monday.", "sanctions"),
        # flights stopped or grounded, a border sealed off, tariffs slapped on
        ("Saudi Arabia stopped flights to Qatar on Monday.", "sanctions"),
        ("Saudi Arabia grounded flights to Qatar on Monday.", "sanctions"),
        ("Saudi Arabia sealed off its border with Qatar on Monday.", "sanctions"),
        ("The United States slapped tariffs on Turkish steel on Monday.", "sanctions"),
        # fighting stopped, hostilities suspended, fire ceased
        ("Israel and Hamas stopped fighting on Monday.", "ceasefire"),
        ("Israel and Hamas suspended hostilities on Monday.", "ceasefire"),
        ("Israel and Hamas ceased fire on Monday.", "ceasefire"),
        # a carrier ordered or a strike group moved to a sea, bombers positioned, forces bolstered, troops pushed in
        ("The United States ordered an aircraft carrier to the Gulf on Monday.", "deployment"),
        ("The United States moved a carrier strike group to the Gulf on Monday.", "deployment"),
        ("The United States positioned bombers in Qatar on Monday.", "deployment"),
        ("The United States bolstered its forces in the Gulf on Monday.", "deployment"),
        ("Turkey pushed troops into northern Syria on Monday.", "deployment"),
        # drones launched, people shot
        ("Houthi rebels launched drones at Saudi Arabia on Monday.", "attack"),
        ("Israeli snipers shot three Palestinians in Gaza on Monday.", "attack"),
        ("Israeli forces shot and wounded three Palestinians in Jenin on Monday.", "attack"),
        # fuel or food sent or shipped, a loan granted, drones delivered
        ("Saudi Arabia shipped fuel to Yemen on Monday.", "aid"),
        ("Saudi Arabia sent food to Yemen on Monday.", "aid"),
        ("Saudi Arabia granted Yemen a $500 million loan on Monday.", "aid"),
        ("Turkey delivered drones to Libya on Monday.", "aid"),
        # a suspect hauled in, a detainee held incommunicado
        ("Egyptian police hauled in activist Alaa Abdel Fattah on Monday.", "arrest"),
        ("Egyptian activist Alaa Abdel Fattah was held incommunicado on Monday.", "arrest"),
        # an office become, a leader installed, an officer fired or replaced, an oath taken
        ("Mustafa al-Kadhimi became Iraq's prime minister on Monday.", "appointment"),
        ("Mustafa al-Kadhimi was installed as Iraq's prime minister on Monday.", "appointment"),
        ("Iraq's army chief was fired on Monday.", "appointment"),
        ("Iraq's army chief was replaced on Monday.", "appointment"),
        ("Iraq's new prime minister took the oath on Monday.", "appointment"),
        # differences patched up or settled
        ("Saudi Arabia and Qatar patched up their differences on Monday.", "relations"),
        ("Saudi Arabia and Qatar settled their differences on Monday.", "relations"),
        # ties resumed in a noun, an ambassador back in a capital
        ("Saudi Arabia and Qatar announced the resumption of diplomatic ties on Monday.", "relations"),
        ("The Saudi ambassador returned to Doha on Monday.", "relations"),
        # workers launching or beginning a strike
        ("Iraqi teachers launched a strike on Monday.", "protest"),
        ("Iraqi teachers began an open-ended strike on Monday.", "protest"),
    ],
)
def test_a_wire_report_phrase_names_its_event(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a delegation led to talks, refugees leaving, a return home, a decision welcomed
        ("The Egyptian minister led a delegation to the talks in Geneva on Monday.", "visit"),
        ("Thousands of Syrian refugees left for Europe on Monday.", "visit"),
        ("The Egyptian minister left for home on Monday.", "visit"),
        ("The decision was welcomed at the ministry on Monday.", "visit"),
        # a minister on the phone with reporters, a budget passed
        ("The Egyptian minister got on the phone with reporters on Monday.", "meeting"),
        ("The Egyptian parliament passed the budget on Monday.", "ratification"),
        # supplies cut by militants or a storm, citizens told to leave a war, flights stopped by a virus or a crash
        ("Militants cut off supplies to the besieged town on Monday.", "sanctions"),
        ("The storm cut off supplies to villages in Upper Egypt on Monday.", "sanctions"),
        ("Egypt ordered its citizens to leave Libya on Monday.", "sanctions"),
        ("EgyptAir stopped flights to Beijing on Monday over the coronavirus outbreak.", "sanctions"),
        ("EgyptAir grounded flights to Moscow on Monday after the crash.", "sanctions"),
        ("Egypt sealed off its border with Gaza on Monday over the virus outbreak.", "sanctions"),
        # troops ordered out, a country well positioned
        ("The United States ordered its troops to withdraw from Syria on Monday.", "deployment"),
        ("Egypt is well positioned to host the talks, the minister said on Monday.", "deployment"),
        # fuel sold, farmers' loans, parcels by drone
        ("Saudi Arabia shipped fuel to Europe under a commercial contract on Monday.", "aid"),
        ("Egyptian banks granted farmers soft loans on Monday.", "aid"),
        ("Amazon delivered drones to customers on Monday.", "aid"),
        # a catch hauled in
        ("The Egyptian fishermen hauled in a big catch on Monday.", "arrest"),
        # a first for a woman, rockets fired at an officer, an oath of witnesses, a system installed
        ("She became the first woman to head the Egyptian parliament on Monday.", "appointment"),
        ("Rockets were fired at the commander's convoy on Monday.", "appointment"),
        ("The Egyptian witnesses took the oath in court on Monday.", "appointment"),
        ("A new radar system was installed as part of the upgrade on Monday.", "appointment"),
        # firms settling in court
        ("The two Egyptian companies settled their differences in court on Monday.", "relations"),
        # an ambassador home for consultations, a military strike launched
        ("The Saudi ambassador returned to Riyadh for consultations on Monday.", "relations"),
        ("Israel launched a strike on a Hamas target in Gaza on Monday.", "protest"),
        # a drone programme, pictures shot, vaccine shots
        ("Egypt launched a drone programme on Monday.", "attack"),
        ("The Egyptian photographer shot pictures of protesters in Cairo on Monday.", "attack"),
        ("Egyptian nurses gave shots of vaccine to children on Monday.", "attack"),
    ],
)
def test_an_everyday_sense_of_the_wire_report_phrase_names_no_event(text, kind):
    assert of_type(extract(text, PUBLISHED), kind) == []


@pytest.mark.parametrize(
    "text",
    [
        # the new words are governed by the cues of calls, plans and threats
        "The UN called on Israel and Hamas to stop fighting on Monday.",
        "The United States plans to slap tariffs on Turkish steel next month.",
        "Saudi Arabia threatened on Monday to kick out the Qatari ambassador.",
    ],
)
def test_a_called_for_planned_or_threatened_deed_names_no_event(text):
    found = extract(text, PUBLISHED)
    assert [e for e in found if e["event_type"] in ("ceasefire", "sanctions")] == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The United States broke off relations with Havana in January 1961. Restoration became possible after "
            "President Barack Obama and Cuban President Raul Castro announced on Dec. 17 that they would seek to "
            "normalise ties following 18 months of secret talks brokered in part by the Vatican.",
            "2015-07-20",
        ),
        ("وأصبح من الممكن استئناف العلاقات بعد أن أعلن الرئيس الكوبي راؤول كاسترو الاثنين سعيه لتطبيع العلاقات.", "2015-07-20"),
    ],
)
def test_a_state_of_affairs_that_became_possible_is_no_office_taken(text, published):
    assert of_type(extract(text, published), "appointment") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Raul Castro became president of Cuba on Monday.", "2015-07-20"),
        ("Raul Castro became Cuba's president in February 2008 after his brother fell ill.", "2008-02"),
        ("وأدى راؤول كاسترو اليمين الدستورية رئيسا لكوبا يوم الاثنين.", "2015-07-20"),
    ],
)
def test_an_office_taken_stays(text, date):
    assert [e["date"] for e in of_type(extract(text, "2015-07-20"), "appointment")] == [date]
