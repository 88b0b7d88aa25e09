"""Reference: a recalled deed whose sentence names none of the catalog's words for it
is linked by its type, its countries and its time: the one catalogued event of its type whose
countries cover the two or more the deed names, begun in the month before the publication; an
election, one country's own deed, named after "since" or as one done, is that country's one
catalogued election of the months before (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

STRIKES_AR = "وأكد المتحدث أن الإجراء جاء في إشارة إلى الضربات التي وجهتها القاهرة إلى مواقع المسلحين في ليبيا."
DEALS_AR = "وانتقد المرشد الصفقات التي أبرمتها الرياض مع واشنطن."
STRIKES_EN = "The agreement came after Egypt's air strikes against militant camps in Libya."


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "reference_id"),
    [
        # a relative clause with the doer and the target: the Egyptian strikes in Libya days before
        (STRIKES_AR, "2017-06-09", "attack", "2017-05-26", "egypt_airstrikes_derna_2017"),
        # the deals Riyadh signed with Washington, a week before
        (DEALS_AR, "2017-05-28", "agreement", "2017-05-20", "us_saudi_arms_deals_2017"),
        # the deed after "after", its doer in the possessive
        (STRIKES_EN, "2017-06-09", "attack", "2017-05-26", "egypt_airstrikes_derna_2017"),
    ],
)
def test_a_recalled_deed_takes_the_one_recent_entry_of_its_sides(text, published, event_type, date, reference_id):
    found = of_type(extract(text, published), event_type)
    assert [(e["date"], e["date_basis"], e["reference_id"]) for e in found] == [(date, "reference", reference_id)], found


@pytest.mark.parametrize(
    ("text", "published", "event_type"),
    [
        # the entry began more than a month before the publication: some other deed of those sides
        (STRIKES_AR, "2017-08-20", "attack"),
        (DEALS_AR, "2017-09-28", "agreement"),
        (STRIKES_EN, "2017-08-20", "attack"),
        # one country named: the entry's sides are not told
        ("وأكد المتحدث أن الإجراء جاء في إشارة إلى الضربات التي وجهتها القاهرة إلى مواقع المسلحين.", "2017-06-09", "attack"),
        ("The agreement came after Egypt's air strikes against militant camps.", "2017-06-09", "attack"),
        # sanctions a country is under: a state, no deed (the US sanctions reimposed weeks before
        # are not linked)
        ("ووطدت قطر علاقاتها مع إيران التي تواجه عقوبات أميركية.", "2018-09-02", "sanctions"),
        ("Qatar strengthened its ties with Iran, which faces US sanctions over its missile programme.", "2018-09-02", "sanctions"),
        # the same sides, the roles turned: the Saudi raids on Yemen are not the Houthi missiles
        # fired at Riyadh five days before
        ("وجاء الاتفاق في إشارة إلى الغارات التي شنتها السعودية على مواقع الحوثيين في اليمن.", "2018-03-30", "attack"),
        ("The agreement came after Saudi Arabia's air strikes against Houthi camps in Yemen.", "2018-03-30", "attack"),
        # a state of years: the Saudi air campaign is not the Houthi missile attack on Riyadh
        # catalogued the day before
        ("وتشن السعودية غارات على الحوثيين في اليمن منذ أكثر من ثلاث سنوات.", "2018-03-26", "attack"),
    ],
)
def test_no_link_without_one_recent_entry_of_its_sides(text, published, event_type):
    assert of_type(extract(text, published), event_type) == []


def test_a_deed_told_again_with_its_own_day_is_not_linked_twice():
    # the deals recalled, then told with their own day: one agreement, of the text's day
    text = DEALS_AR + " وكانت الرياض أبرمت يوم 21 مايو الجاري صفقات أسلحة مع واشنطن."
    found = of_type(extract(text, "2017-05-28"), "agreement")
    assert [(e["date"], e["date_basis"]) for e in found] == [("2017-05-21", "relative")], found


def test_a_deed_told_before_under_another_type_is_not_linked_again():
    # "the storming", after "protesters stormed the embassy on Saturday": the protest already told
    text = (
        "وجاء القرار بعد أن اقتحم محتجون إيرانيون السفارة السعودية في طهران يوم السبت. "
        "ودعا روحاني القضاء إلى محاسبة المتورطين في الاقتحام."
    )
    found = extract(text, "2016-01-04")
    assert of_type(found, "attack") == [], found
    assert [e["date"] for e in of_type(found, "protest")] == ["2016-01-02"], found


@pytest.mark.parametrize(
    ("text", "published", "date", "reference_id"),
    [
        # months after the vote, while the government is formed; the Kurdish regional vote
        # still to come does not make the Iraqi one past
        ("وتعطلت المفاوضات في العراق منذ الانتخابات البرلمانية العراقية.", "2018-08-01", "2018-05-12", "iraq_election_2018"),
        ("Iraq has had no government since the parliamentary elections.", "2018-08-01", "2018-05-12", "iraq_election_2018"),
        ("ولم تتشكل الحكومة اللبنانية منذ الانتخابات النيابية.", "2018-08-01", "2018-05-06", "lebanon_election_2018"),
        ("Lebanon has had no government since the parliamentary elections.", "2018-08-01", "2018-05-06", "lebanon_election_2018"),
    ],
)
def test_an_election_recalled_is_its_country_s_one_recent_vote(text, published, date, reference_id):
    found = of_type(extract(text, published), "election")
    assert [(e["date"], e["date_basis"], e["reference_id"]) for e in found] == [(date, "reference", reference_id)], found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # more than half a year after the vote: which one is not told
        ("ولم تتشكل الحكومة اللبنانية منذ الانتخابات النيابية.", "2019-03-01"),
        ("Lebanon has had no government since the parliamentary elections.", "2019-03-01"),
        # three votes in Iraq in the weeks before (a speaker, a president, the Kurdish parliament)
        ("وتعطلت المفاوضات في العراق منذ الانتخابات.", "2018-10-20"),
        ("Talks in Iraq have stalled since the elections.", "2018-10-20"),
    ],
)
def test_no_election_linked_without_one_recent_vote_of_its_country(text, published):
    assert [e for e in of_type(extract(text, published), "election") if e["date_basis"] == "reference"] == []
