"""Leaders of states beyond the region name their state; an oath taken days after a popular
vote is the change of office of its own; an air raid's siren is no strike; a year on the
occasion of a deed ("in a 2018 handshake") dates it; a year naming a thing ("its 1972 law")
is no time for a month told after it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "initiator", "countries"),
    [
        ("M23 rebels seized the town of Bunagana in Congo on Monday.", "m23", {"COD"}),
        ("Pakistani Taliban fighters attacked a police post in Pakistan on Monday.", "ttp", {"PAK"}),
        ("al Shabaab militants stormed a hotel in Mogadishu on Monday.", "al_shabaab", {"SOM"}),
        ("هاجم مسلحو حركة طالبان باكستان مركزا للشرطة يوم الاثنين.", "ttp", {"PAK"}),
        ("سيطر متمردو حركة 23 مارس على بلدة بوناغانا يوم الاثنين.", "m23", {"COD"}),
    ],
)
def test_an_armed_group_beyond_the_region_names_its_state(text, initiator, countries):
    found = of_type(extract(text, "2023-06-15"), "attack")
    assert [(e["actor1"], set(e["countries"])) for e in found] == [(initiator, countries)], found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # bare Congo, as the wires use it, is the Democratic Republic; the other one is named in full
        ("Fighting in eastern Congo killed 20 people on Monday.", "COD"),
        ("اندلعت معارك في شرق الكونغو يوم الاثنين وقتل 20 شخصا.", "COD"),
        ("Troops of the Republic of Congo shelled a rebel camp on Monday.", "COG"),
    ],
)
def test_bare_congo_is_the_democratic_republic(text, country):
    found = of_type(extract(text, "2023-06-15"), "attack")
    assert [e["countries"] for e in found] == [[country]], found


def test_a_surname_shared_with_others_names_no_leader_alone():
    # "Albanese" is also the UN rapporteur on Palestine: no Australian leader without the full name
    found = extract("UN special rapporteur Francesca Albanese met officials in Amman on Monday.", "2024-03-10")
    assert all("AUS" not in e["countries"] for e in found), found


def test_a_regional_body_beyond_the_region_is_the_doer():
    found = of_type(extract("ECOWAS suspended Niger on Monday.", "2023-06-15"), "sanctions")
    assert [(e["actor1"], e["countries"]) for e in found] == [("ecowas", ["NER"])], found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "countries"),
    [
        ("William Ruto arrived in Addis Ababa on Monday.", "2023-06-15", "visit", {"KEN", "ETH"}),
        ("Alexander Lukashenko met Vladimir Putin in Sochi on Friday.", "2023-06-15", "visit", {"BLR", "RUS"}),
        ("Nicolas Maduro travelled to Beijing on Tuesday.", "2023-06-15", "visit", {"VEN", "CHN"}),
        ("Volodymyr Zelenskiy arrived in Warsaw on Wednesday.", "2023-06-15", "visit", {"UKR", "POL"}),
        ("وصل وليام روتو إلى أديس أبابا يوم الاثنين.", "2023-06-15", "visit", {"KEN", "ETH"}),
        ("Evo Morales arrived in Buenos Aires on Monday.", "2023-06-15", "visit", {"BOL", "ARG"}),
        ("Ranil Wickremesinghe travelled to New Delhi on Tuesday.", "2023-06-15", "visit", {"LKA", "IND"}),
        ("وصلت رئيسة مولدوفا مايا ساندو إلى كييف يوم الثلاثاء.", "2023-06-15", "visit", {"MDA", "UKR"}),
        ("التقى ألكسندر لوكاشينكو الرئيس الروسي فلاديمير بوتين في سوتشي يوم الجمعة.", "2023-06-15", "visit", {"BLR", "RUS"}),
    ],
)
def test_a_leader_beyond_the_region_names_his_state(text, published, event_type, countries):
    found = of_type(extract(text, published), event_type)
    assert [set(e["countries"]) for e in found] == [countries], found


@pytest.mark.parametrize(
    "text",
    [
        "Bassirou Diomaye Faye won the March 24 election in Senegal. Faye was sworn in as Senegal's president on April 2.",
        "فاز باسيرو ديوماي فاي في انتخابات 24 مارس في السنغال. وأدى باسيرو ديوماي فاي اليمين رئيسا للسنغال يوم 2 أبريل.",
    ],
)
def test_an_oath_days_after_a_popular_vote_is_a_change_of_office_of_its_own(text):
    found = extract(text, "2024-04-03")
    assert [e["date"] for e in of_type(found, "election")] == ["2024-03-24"], found
    assert [e["date"] for e in of_type(found, "appointment")] == ["2024-04-02"], found


def test_an_oath_on_the_day_of_its_election_stays_part_of_it():
    # a president a parliament elects and swears in at one sitting: one change, told by the vote
    found = extract("Lebanon's parliament elected Joseph Aoun president on January 9, and he was sworn in on January 9.", "2025-01-10")
    assert len(of_type(found, "appointment")) + len(of_type(found, "election")) == 1, found


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("Air raid sirens sounded across Kyiv as Biden walked with Ukrainian President Volodymyr Zelenskiy on Monday.", 0),
        ("Ukrainians sheltered from an air raid alert in Kyiv on Monday.", 0),
        ("Russian air raids killed ten people in Kyiv on Monday.", 1),
    ],
)
def test_an_air_raid_s_siren_is_no_strike(text, attacks):
    assert len(of_type(extract(text, "2023-02-21"), "attack")) == attacks


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the year of the occasion the deed was done in
        ("Kenya's president reconciled with his rival Raila Odinga in a 2018 handshake.", "2022-08-16", "relations", "2018"),
        ("Egypt's president appointed a new prime minister in a 2021 decree.", "2023-08-16", "appointment", "2021"),
        # a year naming a thing: a month after it is of the publication's year
        ("The UAE abolished its 1972 law boycotting Israel in August.", "2020-09-16", "relations", "2020-08"),
    ],
)
def test_a_year_of_the_occasion_dates_the_deed_and_a_year_of_a_thing_does_not(text, published, event_type, date):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a name written family name first: the family name alone names the person named before
        ("North Korean leader Kim Jong Un will meet Trump on Tuesday. Kim flew in to Singapore on Sunday.", {"PRK", "SGP"}),
        ("Chinese President Xi Jinping hosted the summit on Friday. Xi flew to Moscow on Monday.", {"CHN", "RUS"}),
        ("وصل الزعيم الكوري الشمالي كيم جونغ أون إلى سنغافورة. وزار كيم فيتنام يوم الأحد.", {"PRK", "VNM"}),
    ],
)
def test_a_name_written_family_name_first_is_taken_up_by_that_name(text, countries):
    found = [e for e in of_type(extract(text, "2018-06-12"), "visit") if e["date"] in ("2018-06-10", "2018-06-11")]
    assert [set(e["countries"]) for e in found] == [countries], found


def test_a_family_name_first_names_no_one_the_article_did_not_name_in_full():
    assert of_type(extract("Kim Kardashian arrived in Seoul. Kim met fans on Sunday.", "2018-06-12"), "meeting") == []
