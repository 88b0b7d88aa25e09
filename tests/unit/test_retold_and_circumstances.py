"""Events told again after a noun or a reaction, and circumstances measured in time (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli drone strike on Tuesday killed Saleh al-Arouri, the deputy head of Hamas's political bureau, "
        "in a southern Beirut suburb, Lebanese security officials said. "
        "Six other people were killed in the strike on an apartment in the Dahiyeh district, a Hezbollah stronghold.",
        "قتلت غارة إسرائيلية بطائرة مسيرة الثلاثاء صالح العاروري نائب رئيس المكتب السياسي لحركة حماس في الضاحية الجنوبية لبيروت. "
        "وقتل ستة أشخاص آخرين في الغارة على شقة في الضاحية، معقل حزب الله.",
    ],
)
def test_a_definite_noun_with_a_party_named_after_it_is_the_event_told(text):
    found = of_type(extract(text, "2024-01-02"), "attack")
    assert len(found) == 1 and found[0]["date_basis"] != "publication", found


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, on March 10, Iran and Saudi Arabia signed an agreement in Beijing to restore diplomatic relations. "
        "Lavrov welcomed the Chinese-brokered deal, saying Moscow had long advocated dialogue between Tehran and Riyadh.",
        "Yemen's government and the Houthis had agreed in Stockholm in December 2018 to exchange prisoners. "
        'UN envoy Hans Grundberg hailed the agreement as a "positive step".',
        "ووقعت إيران والسعودية في بكين في العاشر من مارس اتفاقا لاستئناف العلاقات الدبلوماسية. "
        "ورحب لافروف بالاتفاق، قائلا إن موسكو دعت طويلا إلى الحوار بين طهران والرياض.",
        "ووقعت إيران والسعودية في بكين في العاشر من مارس اتفاقا لاستئناف العلاقات الدبلوماسية. "
        "وأشاد لافروف بالاتفاق، قائلا إن موسكو دعت طويلا إلى الحوار بين طهران والرياض.",
    ],
)
def test_a_welcomed_agreement_is_not_a_new_one(text):
    found = of_type(extract(text, "2023-03-15"), "agreement")
    assert found and all(e["date_basis"] != "publication" for e in found), found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "Yemen's government and the Houthi militia agreed on Sunday to exchange more than 880 prisoners, "
            "following 10 days of UN-sponsored talks in Switzerland, the UN envoy's office said.",
            "2023-03-20",
            "agreement",
            "2023-03-19",
        ),
        (
            "Sudan's army and the Rapid Support Forces signed a ceasefire deal on Saturday, "
            "after two weeks of negotiations in Jeddah.",
            "2023-05-21",
            "ceasefire",
            "2023-05-20",
        ),
        (
            "اتفقت الحكومة اليمنية وجماعة الحوثي الأحد على تبادل أكثر من 880 أسيرا، "
            "بعد عشرة أيام من المحادثات برعاية الأمم المتحدة في سويسرا.",
            "2023-03-20",
            "agreement",
            "2023-03-19",
        ),
    ],
)
def test_talks_measured_in_days_before_an_agreement_are_its_circumstance(text, published, event_type, date):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, event_type)] == [date], found
    assert not [e for e in of_type(found, "meeting") if e["date_basis"] == "publication"], found


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish drone strike on Thursday killed three members of the Kurdistan Workers' Party near Sinjar, "
        "Kurdish officials said. Iraq's foreign ministry condemned the attack and summoned the Turkish ambassador.",
        "قتلت غارة بطائرة مسيرة تركية الخميس ثلاثة من عناصر حزب العمال الكردستاني قرب سنجار في شمال العراق. "
        "وأدانت الخارجية العراقية الهجوم واستدعت السفير التركي.",
    ],
)
def test_who_condemns_an_attack_told_before_is_not_its_doer(text):
    found = of_type(extract(text, "2022-08-12"), "attack")
    assert len(found) == 1 and found[0]["date"] == "2022-08-11", found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "Saudi Arabia reopened its land border with Qatar on Saturday for the first time since June 2017, "
            "a day after the two countries signed a deal ending a three-and-a-half-year rift.",
            "2021-01-09",
            "agreement",
            "2021-01-08",
        ),
        (
            "Egypt's army launched an offensive in northern Sinai on Friday, two days after militants attacked a checkpoint in el-Arish.",
            "2018-02-10",
            "attack",
            "2018-02-07",
        ),
        (
            "أعادت السعودية فتح حدودها البرية مع قطر يوم السبت، بعد يوم من توقيع البلدين اتفاقا ينهي الخلاف بينهما.",
            "2021-01-09",
            "agreement",
            "2021-01-08",
        ),
    ],
)
def test_a_circumstance_so_many_days_before_the_event_takes_its_day(text, published, event_type, date):
    found = extract(text, published)
    assert date in [e["date"] for e in of_type(found, event_type)], found
