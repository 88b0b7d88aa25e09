"""A definite event word that a verb of announcing takes as its object, after the article told a
deed of its type in a sentence before, tells that deed again: one event, where the deed is told,
with the better date of the two."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "expected"),
    [
        # the start of the operation announced abroad the evening before: the strikes told before
        (
            "Saudi Arabia and its Gulf allies launched air strikes in Yemen on Thursday against Houthi fighters. "
            "The Saudi ambassador to the United States announced the start of the military operation at a news "
            "conference in Washington late on Wednesday.",
            "2015-03-26",
            "attack",
            [("2015-03-26", "SAU")],
        ),
        (
            "شنت السعودية وحلفاؤها غارات جوية على مواقع الحوثيين في اليمن فجر الخميس. "
            "وأعلن السفير السعودي في واشنطن مساء الأربعاء بدء العملية العسكرية في مؤتمر صحفي.",
            "2015-03-26",
            "attack",
            [("2015-03-26", "SAU")],
        ),
        # the deed told with no time of its own takes the day of its announcement
        (
            "Saudi Arabia and its Gulf allies launched air strikes against Houthi fighters in Yemen. "
            "The Saudi ambassador to the United States announced the start of the military operation at a news "
            "conference in Washington late on Wednesday.",
            "2015-03-26",
            "attack",
            [("2015-03-25", "SAU")],
        ),
        (
            "شنت السعودية وحلفاؤها غارات جوية على مواقع الحوثيين في اليمن. "
            "وأعلن السفير السعودي في واشنطن مساء الأربعاء بدء العملية العسكرية في مؤتمر صحفي.",
            "2015-03-26",
            "attack",
            [("2015-03-25", "SAU")],
        ),
        # the deal announced in another city: the deal reached, not one more in Vienna
        (
            "VIENNA (Reuters) - Iran and six world powers reached a historic deal on Tuesday aimed at preventing "
            "Tehran from developing a nuclear bomb. The agreement was concluded after 18 days of talks. Israel's "
            "prime minister condemned the agreement as a bad mistake. Iranian Foreign Minister Mohammad Javad "
            "Zarif and EU foreign policy chief Federica Mogherini announced the deal at a joint news conference "
            "at the United Nations complex in Vienna.",
            "2015-07-14",
            "agreement",
            [("2015-07-14", "IRN")],
        ),
        (
            "فيينا - (رويترز): توصلت إيران والقوى الست الكبرى يوم الثلاثاء إلى اتفاق تاريخي يهدف إلى منع طهران "
            "من تطوير قنبلة نووية. وجاء الاتفاق بعد 18 يوما من المحادثات. ودان رئيس الوزراء الإسرائيلي الاتفاق "
            "ووصفه بأنه خطأ فادح. وأعلن وزير الخارجية الإيراني محمد جواد ظريف ومسؤولة السياسة الخارجية في الاتحاد "
            "الأوروبي فيديريكا موغيريني الاتفاق في مؤتمر صحفي مشترك في مقر الأمم المتحدة في فيينا.",
            "2015-07-14",
            "agreement",
            [("2015-07-14", "IRN")],
        ),
        # no deed of its type told before: the announced operation is the deed
        (
            "The army announced the start of the military operation in Idlib on Monday.",
            "2019-05-07",
            "attack",
            [("2019-05-06", "SYR")],
        ),
        ("أعلن الجيش بدء العملية العسكرية في إدلب يوم الاثنين.", "2019-05-07", "attack", [("2019-05-06", "SYR")]),
        # a deed told before a week earlier is another deed, not the one announced
        (
            "Israeli jets struck Hamas positions in Gaza on May 1. "
            "The Israeli army announced the start of the military operation in Gaza on Monday.",
            "2019-05-07",
            "attack",
            [("2019-05-01", "ISR"), ("2019-05-06", "ISR")],
        ),
        (
            "قصفت طائرات إسرائيلية مواقع لحماس في غزة في الأول من مايو. "
            "وأعلن الجيش الإسرائيلي يوم الاثنين بدء العملية العسكرية في غزة.",
            "2019-05-07",
            "attack",
            [("2019-05-01", "ISR"), ("2019-05-06", "ISR")],
        ),
    ],
)
def test_a_deed_announced_after_it_was_told_is_told_again(text, published, event_type, expected):
    found = of_type(extract(text, published), event_type)
    assert len(found) == len(expected), found
    for (day, country), event in zip(sorted(expected), sorted(found, key=lambda e: e["date"]), strict=True):
        assert event["date"] == day and country in event["countries"], found


@pytest.mark.parametrize(
    ("quote", "trigger", "announced"),
    [
        ("Jubeir announced the start of the military operation in Washington.", "military operation", True),
        ("Zarif and Mogherini announced the deal at a news conference.", "deal", True),
        ("وأعلن السفير السعودي مساء الأربعاء بدء العملية العسكرية.", "العملية العسكرية", True),
        ("وأعلن ظريف وموغيريني عن الاتفاق في مؤتمر صحفي.", "الاتفاق", True),
        # a clause of its own after the verb, an indefinite word, or no verb of announcing
        ("Hamas announced that the attack on Ashkelon was its own.", "attack", False),
        ("أعلنت حماس أن الهجوم على عسقلان من تنفيذها.", "الهجوم", False),
        ("The army announced a new operation in Idlib.", "operation", False),
        ("أعلن الجيش عملية جديدة في إدلب.", "عملية", False),
        # a possessive names whose deed it is: the announcer's own
        ("The justice minister also announced her resignation on Monday.", "resignation", False),
        ("كما أعلنت وزيرة العدل استقالتها يوم الاثنين.", "استقالتها", False),
        ("Officials praised the deal at a news conference.", "deal", False),
        ("وأشاد المسؤولون بالاتفاق في مؤتمر صحفي.", "بالاتفاق", False),
    ],
)
def test_told_as_announced(quote, trigger, announced):
    from events.assemble.announced_retellings import told_as_announced
    from events.model import Event

    start = quote.index(trigger)
    event = Event(
        event_id="e",
        article_id="a",
        event_type="attack",
        cameo="190",
        date=None,
        date_precision=None,
        date_basis=None,
        title="",
        quote=quote,
        trigger=trigger,
    )
    event.spans = {"quote": [0, len(quote)], "trigger": [start, start + len(trigger)]}
    assert told_as_announced(event) is announced
