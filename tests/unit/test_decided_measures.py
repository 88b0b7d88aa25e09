"""A measure a state decided is a measure taken, in English as in Arabic.

* A to-clause of a sanction or of ties after a verb or noun of deciding ("decided on Tuesday to
  revoke the licences", "the decision taken on Monday by a number of Gulf states, along with
  Egypt, to cut their ties") tells the measure
  taken, as «قررت الحكومة إلغاء تراخيص» does; other deeds decided (troops to be sent) stay plans.
* Ties or representation lowered to a level ("lower the level of diplomatic representation")
  are downgraded, as «تخفيض مستوى التمثيل الدبلوماسي» is.
* The office or bureau of a news outlet closed is a measure against its state, as «غلق مكتب
  القناة» is; the office of a company is not.
* A measure told before the words of a decision it came after ("..., following the decision taken
  by the kingdom to cut its relations") is a deed of its own beside the decision's deed, and a
  licence revoked is a measure of its own beside the ties downgraded."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Jordanian government decided on Tuesday to revoke the licences of the Al Jazeera channel.", ["revoke"]),
        ("Bahrain decided to cut diplomatic ties with Qatar.", ["cut"]),
        ("Morocco decided last year to restore diplomatic relations with Israel.", ["restore"]),
        ("قررت الحكومة الأردنية، اليوم الثلاثاء، إلغاء تراخيص قناة الجزيرة.", ["إلغاء"]),
        ("قررت البحرين قطع العلاقات الدبلوماسية مع قطر.", ["قطع"]),
        (
            "The decision comes as part of the decision taken on Monday by a number of Gulf states, along with "
            "Egypt, to cut their ties with Qatar.",
            ["cut"],
        ),
        ("ويأتي هذا القرار في إطار القرار الذي اتخذته عدد من الدول الخليجية إلى جانب مصر أمس الإثنين بقطع علاقاتها مع قطر.", ["بقطع"]),
        # a body's members agreed on the measure: their decision
        ("European Union leaders agreed on Monday to ban Belarusian airlines from the bloc's airspace.", ["ban"]),
        ("EU foreign ministers agreed on Monday to impose sanctions on Belarus.", ["impose"]),
        # guards: a deed of another type decided, a measure decided against, one only planned, a
        # decision called for, expected or put off
        ("The government decided to send troops to Qatar.", []),
        ("Doha decided not to cut ties with Cairo.", []),
        ("Bahrain plans to cut diplomatic ties with Qatar.", []),
        ("The opposition called for a decision to cut ties with Qatar.", []),
        ("Parliament is expected to take a decision to cut ties with Qatar.", []),
        ("The cabinet postponed a decision on whether to cut ties with Qatar.", []),
    ],
)
def test_a_measure_decided_is_taken(text, words):
    event_type = "deployment" if "troops" in text else ("relations" if "restore" in text else "sanctions")
    assert [w.split()[0] for w in asserted_words(text, event_type)] == words


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jordan lowered the level of its diplomatic representation with Qatar on Tuesday.", ["JOR", "QAT"]),
        ("The government decided to lower the level of diplomatic representation with Qatar.", ["QAT"]),
        ("خفض الأردن مستوى التمثيل الدبلوماسي مع قطر يوم الثلاثاء.", ["JOR", "QAT"]),
        # guards: a level of something else lowered
        ("Jordan lowered the level of the Dead Sea canal on Tuesday.", None),
        ("The central bank lowered the level of interest rates on Tuesday.", None),
    ],
)
def test_representation_lowered_is_downgraded(text, found):
    events = of_type(extract(text, "2017-06-06"), "sanctions")
    assert (sorted(events[0]["countries"]) if events else None) == (sorted(found) if found else None), events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Saudi authorities on Monday closed the office of the Al Jazeera channel in the kingdom.", "closed"),
        ("The ministry shut the network's bureau in Cairo on Monday.", "shut"),
        ("وأغلقت السلطات المصرية مكتب قناة الجزيرة في القاهرة أمس.", "وأغلقت"),
        # guards: the office of a company or a bank closed
        ("Police closed the office of the company in Riyadh on Monday.", None),
        ("The bank closed its office in Doha on Monday, a television report said.", None),
    ],
)
def test_a_news_outlet_s_office_closed_is_a_measure(text, trigger):
    events = of_type(extract(text, "2017-06-06"), "sanctions")
    assert (events[0]["trigger"].split()[0] if events else None) == trigger, events


_ENGLISH_JAZEERA = (
    "Saudi authorities decided on Monday to close the office of the Al Jazeera channel in the kingdom, "
    "following the decision taken by the kingdom to cut its diplomatic relations with Qatar. "
    "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt had announced on Monday that they were "
    "cutting diplomatic relations with Qatar."
)
_ARABIC_JAZEERA = (
    "قرّرت السلطات السعودية، أمس الاثنين غلق مكتب قناة الجزيرة لديها وذلك إثر القرار الذي اتخذته "
    "المملكة بقطع علاقاتها الدبلوماسية مع قطر. وكانت كل من السعودية والامارات والبحرين ومصر قد "
    "أعلنت أمس الاثنين قطع علاقاتها الدبلوماسية مع قطر."
)
_ENGLISH_JORDAN = (
    "Jordan on Tuesday revoked the licences of the Al Jazeera channel. Jordan also downgraded its "
    "diplomatic representation with Qatar."
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (_ENGLISH_JAZEERA, ["close", "cutting"]),
        (_ARABIC_JAZEERA, ["غلق", "قطع"]),
        (_ENGLISH_JORDAN, ["revoked", "downgraded"]),
        (
            "In implementation of the decision to cut diplomatic ties with Iran, Bahrain on Monday banned "
            "Iranian citizens from entering its territory.",
            ["cut", "banned"],
        ),
        # guard: one measure told twice
        (
            "Jordan on Tuesday revoked the licences of the Al Jazeera channel. Jordan revoked the licences "
            "of the channel after a cabinet meeting.",
            ["revoked"],
        ),
    ],
)
def test_a_measure_beside_a_decision_is_a_deed_of_its_own(text, words):
    events = of_type(extract(text, "2017-06-06"), "sanctions")
    assert sorted(e["trigger"].split()[0] for e in events) == sorted(words), [(e["trigger"], e["date"]) for e in events]
