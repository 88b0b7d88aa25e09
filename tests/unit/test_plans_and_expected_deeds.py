"""Precision on event words that tell no event of their own.

- A plan opened by a word of expectation before أن or "to" (ومن المقرر أن، ويُنتظر أن، is
  expected to), by a verb of requirement (تحتاج الاتفاقية إلى، still require) or by a verb in
  the future (وسيتوجه، سيقوم، will travel) reaches every event word of its sentence that is no
  verb in the past, however far on, until a word that turns to what happened (بعد، منذ، الذي،
  after, since).
- A truce that broke down a few words after it ("truces mediated by Egypt broke down"), and an
  election the parliament failed, many words on, to hold (فشل المجلس في 45 جلسة ... لانتخاب).
- "democratically elected government" describes a government, no election.
- An event word named as the object of a reaction (welcomed, cast doubt on, تنديدا بـ، ببطلان)
  after an event of its kind told elsewhere in the article points back to it.
- A host told in the present or the perfect with when the hosting began (وتستضيف ... منذ،
  has hosted ... since), and a deed "has long" done, are lasting roles, no visit or meeting.
- A deed told as done in a count of rounds ("in five rounds", "على عدة جولات") with no date of
  its own is a series, no event of a day.

Real events near those words stay: a deed told after a plan's sentence turns with بعد or
"after", a visit after "expected" in another sentence, a condemned attack told only there, a
truce that held, a hosting of a day, rounds told with their year.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-05-01"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a plan opened far before the event word
        ("ومن المقرر أن يزور وزير الخارجية الفرنسي الجزائر الأسبوع المقبل في أول زيارة له إلى البلاد منذ تعيينه.", "visit"),
        ("ومن المنتظر أن يتوجه أمير قطر اليوم إلى الرياض للقاء العاهل السعودي الملك سلمان، في مستهل وساطة تشمل القاهرة وأبو ظبي.", "meeting"),
        ("ويُنتظر أن يجتمع البرلمان الجزائري خلال الأيام المقبلة، على أن يتولى رئيس مجلس الأمة رئاسة الدولة لمدة تسعين يوما تُنظم خلالها انتخابات رئاسية.", "election"),
        ("ويتوقع أن يجري الرئيس اللبناني المشاورات خلال الأيام المقبلة، على أن يُكلّف رئيس الوزراء السابق تشكيل الحكومة الجديدة.", "appointment"),
        # a verb in the future, far before the event word
        ("وسيتوجه الرئيس التونسي إلى الجزائر الأسبوع المقبل في زيارة رسمية تستغرق يومين.", "visit"),
        ("The Egyptian president will travel to Riyadh next week on a two-day visit.", "visit"),
        ("وأعلنت الرئاسة أن الرئيس سيقوم بزيارة رسمية إلى القاهرة يلتقي خلالها الرئيس المصري.", "meeting"),
        # a requirement
        ("وتحتاج الاتفاقية إلى مصادقة البرلمان الأردني واستكمال الإجراءات في العراق قبل دخولها حيز التنفيذ.", "ratification"),
        ("The accords still require approval by Israel's cabinet and parliament.", "ratification"),
        ("Mauritania's interim president is expected to serve for 90 days while a presidential election is organised.", "election"),
        # a truce that broke down, an election the parliament failed to hold
        ("A series of temporary truces mediated by Egypt broke down in Gaza, most recently on August 19.", "ceasefire"),
        ("ويعود الفراغ الرئاسي في لبنان إلى أيار 2014، إذ فشل المجلس في 45 جلسة متتالية في تأمين النصاب لانتخاب خلف له.", "election"),
        # an adjective of legitimacy
        ("Leaders from around the world expressed support for Turkey's democratically elected government.", "election"),
        ("The coup toppled Mauritania's first democratically elected president.", "election"),
        # a standing role
        ("وتستضيف السعودية منذ مارس من العام الماضي قيادة التحالف العسكري في اليمن.", "visit"),
        ("Qatar has hosted the Taliban political office in Doha since 2013.", "visit"),
        ("Oman has long mediated between Iran and the United States.", "meeting"),
        # deeds told as done in a count of rounds, with no date of their own
        ("Israel and Hamas have exchanged hostages and prisoners in five rounds since then.", "attack"),
        ("Saudi Arabia and Iran have held talks in Baghdad in several rounds.", "meeting"),
        ("وعقدت السعودية وإيران محادثات في بغداد على عدة جولات منذ ذلك الحين.", "meeting"),
    ],
)
def test_no_event_told(text, event_type):
    assert of_type(extract(text, PUB), event_type) == []


@pytest.mark.parametrize(
    ("text", "referent", "event_type"),
    [
        (
            "Somalia's parliament elected a new president on Sunday. "
            "The United States and the United Nations welcomed the peaceful conduct of the vote.",
            "2021-04-25",
            "election",
        ),
        (
            "Libya's warring sides signed a permanent ceasefire in Geneva on Friday. "
            "Turkish President Recep Tayyip Erdogan cast doubt on the agreement on Saturday.",
            "2021-04-30",
            "agreement",
        ),
        (
            "ارتفعت حصيلة الهجوم بسيارة مفخخة الذي استهدف فندقا في مقديشو يوم الجمعة إلى 20 قتيلا. "
            "وخرج مئات الصوماليين السبت إلى شوارع مقديشو في مسيرة تنديدا بالهجوم.",
            "2021-04-30",
            "attack",
        ),
    ],
)
def test_reacted_object_points_back(text, referent, event_type):
    found = extract(text, PUB)
    kinds = {event_type, "ceasefire"} if event_type == "agreement" else {event_type}
    told = [e for e in found if e["event_type"] in kinds]
    assert [e["date"] for e in told] == [referent]


def test_annulled_deal_told_later_is_its_signing():
    text = (
        "وكانت المحكمة الإدارية العليا قد قضت في يناير الماضي ببطلان توقيع الاتفاقية مع السعودية. "
        "ووقعت الحكومتان المصرية والسعودية الاتفاقية في أبريل 2016 خلال زيارة العاهل السعودي إلى القاهرة."
    )
    agreements = of_type(extract(text, "2017-06-15"), "agreement")
    assert [e["date"] for e in agreements] == ["2016-04"]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the plan's sentence turns to what happened
        ("ومن المقرر أن يزور الرئيس التركي الدوحة غدا، بعد زيارة قام بها إلى الكويت أمس.", "visit", "2021-04-30"),
        # a deed told after the verb in the future, past a word that turns to what happened
        ("The Egyptian president will travel to Riyadh next week, days after Saudi jets struck Sanaa on Friday.", "attack", "2021-04-30"),
        ("وسيزور الرئيس التركي الدوحة غدا، بعد أن التقى أمير الكويت أمس في أنقرة.", "meeting", "2021-04-30"),
        # a plan in another sentence
        ("ومن المتوقع أن تستمر المحادثات أياما. وزار وزير الخارجية الإيراني مسقط أمس.", "visit", "2021-04-30"),
        ("Talks are expected to last days. Iran's foreign minister visited Muscat on Friday.", "visit", "2021-04-30"),
        # a requirement met in the past
        ("وصادق مجلس الأمة الكويتي أمس على الاتفاقية مع السعودية.", "ratification", "2021-04-30"),
        # a condemned attack told only there
        ("Egypt condemned the attack on a church in Minya on Friday.", "attack", "2021-04-30"),
        # a truce that held
        ("A truce mediated by Egypt took effect in Gaza on Tuesday and held through the night.", "ceasefire", "2021-04-27"),
        # elected told as a deed
        ("Lebanon's parliament elected Michel Aoun president on Monday.", "election", "2021-04-26"),
        # a hosting of a day
        ("استضافت قطر يوم الأحد وزير الخارجية الأمريكي في الدوحة.", "visit", "2021-04-25"),
        ("Oman hosted talks between Iran and the United States in Muscat on Sunday.", "meeting", "2021-04-25"),
        # rounds told with their year
        ("Iran and Saudi Arabia held talks in Baghdad in five rounds in 2021.", "meeting", "2021"),
        ("وعقدت السعودية وإيران محادثات في بغداد على عدة جولات عام 2021.", "meeting", "2021"),
    ],
)
def test_real_event_stays(text, event_type, date):
    assert date in [e["date"] for e in of_type(extract(text, PUB), event_type)]
