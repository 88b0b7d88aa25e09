"""A deed named as the object of a statement (described, defended, condemned, welcomed,
denied, judged likely) is not dated by the day the statement gives: that day tells when it
was said. With no day of its own, no earlier telling and no catalog entry, the deed is
dated by the publication. A day inside the deed's own clause still dates the deed
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "said_on"),
    [
        # the time word between the verb of stance and the deed named as its object
        (
            "وصف المندوب السعودي لدى الأمم المتحدة، الإثنين، إطلاق الحوثيين صواريخ باتجاه السعودية بالتصعيد الخطير.",
            "2018-03-27",
            "attack",
            "2018-03-26",
        ),
        (
            "رجحت وزارة الدفاع الروسية، الجمعة، مقتل زعيم التنظيم في غارة جوية على الرقة.",
            "2017-06-17",
            "attack",
            "2017-06-16",
        ),
        (
            "نددت وزارة الخارجية القطرية، الأحد، بالغارات التي شنها التحالف على صنعاء.",
            "2018-08-13",
            "attack",
            "2018-08-12",
        ),
        # the day after the end of the deed's own clause, in a clause of the statement
        (
            "ودافعت وزارة الخارجية السعودية عن العملية التي استهدفت مدينة صعدة، وذلك في بيان نشرته الأحد.",
            "2018-08-13",
            "attack",
            "2018-08-12",
        ),
        # a bare verb of stance whose subject stands between it and its preposition
        (
            "ودافعت وزارة الخارجية السعودية عن الغارة التي استهدفت حافلة في صعدة، وذلك في بيان نشرته الأحد.",
            "2018-08-13",
            "attack",
            "2018-08-12",
        ),
        # English: the day before the verb of stance
        (
            "The Saudi-led coalition on Friday defended the air strike that killed dozens of people in Saada.",
            "2018-08-11",
            "attack",
            "2018-08-10",
        ),
        (
            "Iran on Sunday denied responsibility for the attack on the tanker in the Gulf of Oman.",
            "2019-06-17",
            "attack",
            "2019-06-16",
        ),
    ],
)
def test_the_deed_named_is_not_dated_by_the_statement(text, published, event_type, said_on):
    found = of_type(extract(text, published), event_type)
    assert found, found
    assert all(e["date"] != said_on for e in found), found
    assert all(e["date"] == published and e["date_basis"] == "publication" for e in found), found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "day"),
    [
        # a time word inside the deed's own clause dates the deed
        (
            "أدانت وزارة الخارجية المصرية، الإثنين، الهجوم الذي وقع الأحد في مدينة العريش.",
            "2017-11-28",
            "attack",
            "2017-11-26",
        ),
        # the deed's day set off by commas right after its clause, which goes on after it
        (
            "أدان رئيس الإقليم الهجوم الصاروخي الذي نفذته إيران على مقر الحزب في كويسنجق، السبت، والذي أسفر عن مقتل 12 شخصا.",
            "2018-09-09",
            "attack",
            "2018-09-08",
        ),
        ("Egypt condemned Sunday's attack on a church in Tanta.", "2017-04-11", "attack", "2017-04-09"),
        (
            "The ministry condemned the attack that killed ten soldiers in Sinai on Sunday.",
            "2017-11-28",
            "attack",
            "2017-11-26",
        ),
        # a statement told by its month, or on a day long before the publication: the deed is of that time
        ("In March 2016, Egypt condemned the bombing of a church in Cairo.", "2017-06-01", "attack", "2016-03"),
        ("On 5 March 2016, Egypt condemned the bombing of a church in Cairo.", "2017-06-01", "attack", "2016-03-05"),
        # the gathering where the statement was made keeps the statement's day
        (
            "وصف المندوب السعودي، خلال مداخلته باجتماع لمجلس الأمن الدولي، الإثنين، إطلاق الصواريخ بالتصعيد.",
            "2018-03-27",
            "meeting",
            "2018-03-26",
        ),
        # a clause of its own after the statement, joined by a comma and و, is that day's deed
        (
            "ندد الرئيس الأمريكي، الأحد، بالهجوم الكيماوي، وفرضت واشنطن عقوبات جديدة على سوريا.",
            "2018-08-13",
            "sanctions",
            "2018-08-12",
        ),
        # a verb of saying with a that-clause is no stance with an object
        (
            "قال الجيش العراقي، الإثنين، إن طائراته قصفت مواقع لتنظيم داعش في الموصل.",
            "2017-11-28",
            "attack",
            "2017-11-27",
        ),
    ],
)
def test_a_day_of_the_deed_itself_still_dates_it(text, published, event_type, day):
    found = of_type(extract(text, published), event_type)
    assert any(e["date"] == day for e in found), found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "day"),
    [
        # the deed told before with its own day: the statement names that one, one event
        (
            "شنت طائرات التحالف، السبت، غارة جوية على حافلة في مدينة صعدة اليمنية. "
            "ودافع التحالف، الأحد، عن الغارة التي استهدفت الحافلة.",
            "2018-08-12",
            "attack",
            "2018-08-11",
        ),
        (
            "Coalition jets struck a bus in Saada on Thursday, killing dozens. "
            "The coalition on Friday defended the air strike that hit the bus.",
            "2018-08-12",
            "attack",
            "2018-08-09",
        ),
    ],
)
def test_a_deed_told_before_is_the_one_named(text, published, event_type, day):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [day], found
