"""Links to the reference catalog: a catalogued name told only as the frame of another deed (a deal
also as its topic) is no event of its own; the catalogued event told as a deed keeps its link (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.reference import load_catalog, match_reference


def _linked(text: str, published: str) -> list[str]:
    return sorted(e["reference_id"] for e in extract(text, published) if e.get("reference_id"))


@pytest.mark.parametrize(
    ("text", "published", "gone"),
    [
        # acting within or under a catalogued agreement
        ("دعا البيان الأطراف اليمنية إلى العودة إلى طاولة الحوار تحت مظلة المبادرة الخليجية.", "2019-03-10", "gcc_initiative_yemen_2011"),
        ("وبدأت إيران ضخ الغاز في أجهزة الطرد المركزي في إطار تقليص التزاماتها بموجب الاتفاق النووي.", "2019-11-05", "iran_nuclear_deal_2015"),
        ("The ministry said it would reduce its commitments under the terms of the Iran nuclear deal.", "2019-11-05", "iran_nuclear_deal_2015"),
        # a breach of it, and a name joined to the breached one
        ("واتهم المتحدث الحوثيين بخرق القرار 2216 بإطلاق الصواريخ.", "2018-04-20", "un_resolution_2216_2015"),
        ("The coalition said the launch was in violation of Resolution 2216.", "2018-04-20", "un_resolution_2216_2015"),
        # a stance or talks about a deal: its terms
        ("وأكد الوزير أن بلاده ستحدد موقفها تجاه الاتفاق النووي خلال أسابيع.", "2018-03-20", "iran_nuclear_deal_2015"),
        ("وأجرى الوزير محادثات مع القوى الكبرى بشأن الاتفاق النووي.", "2018-06-26", "iran_nuclear_deal_2015"),
        ("The envoy held talks in Vienna regarding the Iran nuclear deal.", "2018-06-26", "iran_nuclear_deal_2015"),
    ],
)
def test_a_framed_name_is_no_event(text, published, gone):
    assert gone not in _linked(text, published)


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        # the catalogued deed itself, and a name told as what came before
        ("وقع الرئيس اليمني علي عبد الله صالح المبادرة الخليجية في الرياض.", "2019-03-10", "gcc_initiative_yemen_2011"),
        ("ووقعت إيران والقوى الكبرى الاتفاق النووي في فيينا.", "2018-05-13", "iran_nuclear_deal_2015"),
        ("وتدهورت العلاقات بعد الاتفاق النووي الإيراني.", "2018-05-13", "iran_nuclear_deal_2015"),
        ("Relations soured after the Iran nuclear deal.", "2018-05-13", "iran_nuclear_deal_2015"),
        ("وأثار مقتل جمال خاشقجي غضبا دوليا.", "2018-10-20", "khashoggi_killed_2018"),
        # a boycott or an attack talked about is no deal talked about for its terms: it stays told
        ("وصل الوزير إلى واشنطن لإجراء محادثات بشأن حصار قطر.", "2018-03-14", "qatar_boycott_2017"),
        ("The minister held talks in Washington regarding the boycott of Qatar.", "2018-03-14", "qatar_boycott_2017"),
    ],
)
def test_a_named_deed_keeps_its_link(text, published, kept):
    assert kept in _linked(text, published)


@pytest.mark.parametrize(
    ("text", "published", "gone"),
    [
        # a person's name recalls the vote of one year; the sentence writes only another year
        ("وأشاد السيسي، الذي قاد عزل محمد مرسي في يوليو 2013، بالإقبال على الانتخابات.", "2018-04-03", "egypt_presidential_election_2012"),
        ("وشهدت الانتخابات، وهي الثالثة منذ عزل الجيش محمد مرسي في 2013، إقبالا ضعيفا.", "2018-04-03", "egypt_presidential_election_2012"),
        ("The vote, the third since the army removed Mohamed Morsi in 2013, drew a low turnout.", "2018-04-03", "egypt_presidential_election_2012"),
        ("Sisi, who took power after the removal of Mohamed Morsi in 2013, thanked voters in a televised speech.", "2018-04-03", "egypt_presidential_election_2012"),
    ],
)
def test_keywords_in_a_sentence_of_another_year_name_no_entry(text, published, gone):
    assert gone not in _linked(text, published)


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        # no year written, or an alias, which names its event whatever year stands beside it
        ("Mohamed Morsi won the presidential election after the uprising.", "2018-04-03", "egypt_presidential_election_2012"),
        ("Ahead of the vote in 2018, analysts recalled Morsi's election.", "2018-04-03", "egypt_presidential_election_2012"),
        # the year of the entry written beside another
        ("وقتل 9 آلاف شخص في اليمن منذ مارس 2015، بحسب تقرير صدر في 2018.", "2018-03-07", "decisive_storm_2015"),
    ],
)
def test_keywords_in_a_sentence_of_the_entry_year_keep_it(text, published, kept):
    assert kept in _linked(text, published)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a slogan chanted on any day of a wave, and a standing body sanctioned months later,
        # name no protest of the wave's first day
        ('On Tuesday night, demonstrators in Tehran chanted "Woman, life, freedom".', True),
        ("وفرضت واشنطن اليوم عقوبات على شرطة الأخلاق الإيرانية وعدد من المسؤولين، بسبب قمع المتظاهرين.", True),
        ("Washington imposed sanctions on Iran's morality police on Thursday, citing violence against protesters.", True),
        # the wave named by its name
        ("The Mahsa Amini protests spread to dozens of cities.", False),
        ("وانتشرت احتجاجات مهسا أميني في عشرات المدن.", False),
    ],
)
def test_a_wave_is_named_by_its_name_not_its_slogan_or_its_target(text, gone):
    linked = "mahsa_amini_protests_2022" in _linked(text, "2022-09-22")
    assert linked is not gone


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # only an earlier year written: of another deed the sentence recalls beside it
        ("Mohamed Morsi, who had been jailed in 2006, won the presidential election.", "en"),
        ("وفاز محمد مرسي، الذي سجن في 2006، بالانتخابات الرئاسية.", "ar"),
    ],
)
def test_an_earlier_year_written_beside_the_keywords_keeps_the_entry(sentence, language):
    found = match_reference(load_catalog(), "election", ["EGY"], sentence, "2016-05-01", language)
    assert found is not None and found.id == "egypt_presidential_election_2012", found
