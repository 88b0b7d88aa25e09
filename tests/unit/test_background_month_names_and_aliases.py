"""Earlier events retold without their date, dated from the catalog.

A month written under two of its names joined by a slash (كانون الثاني/يناير،
يوليو/تموز) or with the second in brackets (يونيو (حزيران)) is read under either name when the catalog's aliases are looked for: "ثورة
كانون الثاني/يناير 2011" names the alias "ثورة يناير". Keywords that describe a deed by
its kind ("the failed coup attempt", "محاولة الانقلاب الفاشلة"; the catalog's
`descriptive_keywords`) name an entry for an event of one of its countries only. A deed
told by a noun in a sentence that names no country is kept, in the country the article is
about, when its words name a catalogued deed of that country ("under emergency rule since
the failed coup attempt", in an article about Turkey). The catalog names more of the ways
the press retells known events: a country's adjective with the deed ("الانقلاب التركي
الفاشل"), a deed with its year ("انقلاب 2013"), the seizure of a city told by its verb
("استولى التنظيم على الموصل"), a popular uprising in a country of one ("انتفاضة
شعبية" in Syria), and the states that cut ties with Iran in January 2016 and
the detention of Andrew Brunson in October 2016, the arrest of Raif Badawi, the removal of
Prince Miteb, the dismissal of Qahtani and Asiri, the opening of Netanyahu's trial."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2019-06-01"

TURKEY = "قال الرئيس التركي رجب طيب أردوغان إن الحكومة التركية ستعلن خطتها، وأكدت أنقرة ذلك. "
EGYPT = "قال الرئيس المصري عبد الفتاح السيسي إن الحكومة المصرية ستعلن خطتها، وأكدت القاهرة ذلك. "


@pytest.mark.parametrize(
    ("text", "event_type", "date", "country"),
    [
        # a month under two names
        ("وقال إن الوثائق تعود إلى ما بعد ثورة كانون الثاني/يناير 2011 في مصر.", "protest", "2011-01", "EGY"),
        ("وتتهم أنقرة غولن بتدبير انقلاب 15 يوليو/تموز في تركيا.", "attack", "2016-07-15", "TUR"),
        # the second name in brackets
        ("وهي العلاقات التي قطعتها موسكو إثر حرب يونيو (حزيران) 1967 مع إسرائيل.", "attack", "1967-06", "ISR"),
        ("وشاركت القوات الأردنية في حرب حزيران (يونيو) 1967 ضد إسرائيل.", "attack", "1967-06", "ISR"),
        # descriptive names, with a country of the deed
        ("وكانت قطر قد وقفت إلى جانب أنقرة خلال محاولة الانقلاب الفاشلة، وضخت استثمارات في الاقتصاد التركي.", "attack", "2016-07-15", "TUR"),
        ("وأدان الوزير الانقلاب التركي الفاشل وأعلن دعمه للحكومة.", "attack", "2016-07-15", "TUR"),
        ("Qatar stood by Ankara during Turkey's failed coup and invested billions in its economy.", "attack", "2016-07-15", "TUR"),
        # a deed with its year, dated by that year as its text gives it; a definite descriptive name
        ("وتراجعت السياحة في مصر بعد انقلاب 2013 الذي أطاح بمرسي.", "appointment", "2013", "EGY"),
        ("وتدهورت علاقات البلدين منذ الانقلاب العسكري في مصر.", "appointment", "2013-07-03", "EGY"),
        ("Relations soured after the coup that toppled Morsi.", "appointment", "2013-07-03", "EGY"),
        # the seizure of a city told by its verb
        ("وكان التنظيم قد استولى على الموصل، ثاني أكبر مدن العراق، بعد انهيار الجيش.", "attack", "2014-06-10", "IRQ"),
        ("وكان تنظيم داعش قد استولى على الموصل في هجوم خاطف، ثم أعلن قيام دولته.", "attack", "2014-06-10", "IRQ"),
        # a popular uprising, in the country of a catalogued one
        ("وشهدت سوريا انتفاضة شعبية تحولت إلى حرب أهلية.", "protest", "2011-03-15", "SYR"),
        ("Syria's popular uprising turned into a civil war.", "protest", "2011-03-15", "SYR"),
        # new entries
        ("وقطعت البحرين علاقاتها الدبلوماسية مع إيران تضامنا مع السعودية.", "sanctions", "2016-01-04", "BHR"),
        ("Sudan severed ties with Iran in solidarity with Riyadh.", "sanctions", "2016-01-04", "SDN"),
        ("وطالبت واشنطن بالإفراج عن القس منذ اعتقال القس الأمريكي أندرو برانسون في إزمير.", "arrest", "2016-10-07", "TUR"),
        ("وكان العاهل السعودي قد أعفى سعود القحطاني ونائب رئيس الاستخبارات أحمد عسيري من منصبيهما.", "appointment", "2018-10-20", "SAU"),
        ("Saudi Arabia fired Saud al-Qahtani after the killing.", "appointment", "2018-10-20", "SAU"),
        ("وتولى الأمير عبدالله بن بندر رئاسة الحرس الوطني بعد إعفاء الأمير متعب بن عبدالله.", "appointment", "2017-11-04", "SAU"),
        ("وتدهورت العلاقات مع كندا منذ اعتقال المدون رائف بدوي.", "arrest", "2012-06-17", "SAU"),
        # a deed of the article's country, told in a sentence naming none
        (TURKEY + "وتعيش البلاد في ظل حالة طوارئ منذ محاولة انقلاب في عام 2016.", "attack", "2016", "TUR"),
        (TURKEY + "وفقد آلاف المعلمين وظائفهم منذ محاولة انقلاب في 2016.", "attack", "2016", "TUR"),
    ],
)
def test_retold_event_dated(text: str, event_type: str, date: str, country: str) -> None:
    events = [e for e in of_type(extract(text, PUB), event_type) if e["date"] and e["date"].startswith(date)]
    assert events, extract(text, PUB)
    assert country in events[0]["countries"]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a descriptive name with no country of the catalogued deed
        ("The failed coup attempt shocked the nation.", "attack", "2016-07-15"),
        ("وقال إن الجيش السوداني أحبط محاولة الانقلاب الفاشلة في الخرطوم.", "attack", "2016-07-15"),
        ("The Sudanese army said it had foiled a failed coup attempt in Khartoum.", "attack", "2016-07-15"),
        # an article about another country: its own deed, not Turkey's
        (EGYPT + "وتعيش البلاد حالة طوارئ منذ محاولة الانقلاب الفاشلة.", "attack", "2016-07-15"),
        # a popular uprising of another people
        ("وشارك آلاف الفلسطينيين في الانتفاضة الشعبية ضد الاحتلال الإسرائيلي.", "protest", "2011"),
        ("The popular uprising shocked the region.", "protest", "2011"),
        # a month pair with no alias
        ("وتقرر تأجيل الاجتماع من كانون الثاني/يناير إلى شباط/فبراير.", "protest", "2011-01"),
        # the pastor's name alone tells no arrest of 2016
        ("Turkey moved Brunson to house arrest on Wednesday.", "arrest", "2016-10-07"),
        ("ونقلت السلطات التركية القس برانسون إلى الإقامة الجبرية الأربعاء.", "arrest", "2016-10-07"),
        # a name of the entry alone tells no deed of its day
        ("Saudi prosecutors said Qahtani was not charged.", "appointment", "2018-10-20"),
        ("وعين الملك الأمير خالد بن عياف وزيرا للحرس الوطني.", "appointment", "2017-11-04"),
        # the army retaking the city is no seizure by the group
        ("واستعادت القوات العراقية السيطرة على الموصل بعد معارك استمرت تسعة أشهر.", "attack", "2014-06-10"),
        # Saudi Arabia's own cut of ties keeps its day
        ("وقطعت السعودية علاقاتها الدبلوماسية مع إيران بعد اقتحام سفارتها في طهران.", "sanctions", "2016-01-04"),
    ],
)
def test_not_dated_from_the_entry(text: str, event_type: str, date: str) -> None:
    events = of_type(extract(text, PUB), event_type)
    assert not [e for e in events if e["date"] and e["date"].startswith(date)], events
