"""An event with no day of its own tied to a deed dated elsewhere in the article by a word of a
short time around it ("Shortly after Diab's speech", "soon after the announcement", "وتزامناً مع
الحفل") takes that deed's day; a word of a day after or before ("one day after he was sworn in",
"غداة إعلان") moves it by that day (calendar.json `hours_around`, `hours_around_shifts`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (  # a possessive name between the words of a short time and the noun
            "Prime Minister Hassan Diab said in a televised address on Monday evening that his government "
            "would resign. Shortly after Diab's speech, protesters clashed with police near parliament in Beirut.",
            "2020-08-11",
            "protest",
            "2020-08-10",
        ),
        (  # the announcement told by another verb of making known
            "The president notified the Constitutional Council of his resignation on Tuesday evening. "
            "Crowds gathered in central Algiers soon after the announcement, chanting slogans.",
            "2019-04-03",
            "protest",
            "2019-04-02",
        ),
        (  # the same day as the ceremony told before
            "وقّعت الإمارات والبحرين، أمس، في البيت الأبيض اتفاقي تطبيع العلاقات مع إسرائيل، في حفل رعاه "
            "الرئيس الأميركي.\nوتزامناً مع الحفل، أُطلق صاروخان من قطاع غزة باتجاه مدينة عسقلان.",
            "2020-09-16",
            "attack",
            "2020-09-15",
        ),
    ],
)
def test_an_event_tied_to_a_deed_told_elsewhere_takes_its_day(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "day"),
    [
        (  # a day after a deed told only later, in a sentence with no day of its own
            "The council head has stepped down, just one day after he was sworn in as leader. "
            "He was sworn in on Thursday as head of a transitional council.",
            "2019-04-13",
            "one day after he was sworn in",
            "2019-04-12",
        ),
        (
            "واصل آلاف المحتجين اعتصامهم أمام مقر الجيش، غداة إعلان وزير الدفاع عزل الرئيس.\n"
            "وكان وزير الدفاع قد أعلن ظهر أمس الخميس تعطيل العمل بالدستور.",
            "2019-04-12",
            "غداة إعلان",
            "2019-04-12",
        ),
        (
            "The ministers met in Cairo on the eve of the summit. Leaders opened the summit on Sunday in Riyadh.",
            "2025-05-20",
            "on the eve of the summit",
            "2025-05-17",
        ),
    ],
)
def test_a_word_of_a_day_after_or_before_moves_the_deeds_day(text, published, phrase, day):
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    found = {d.text: d.value for d in find_dates(text, published, lang)}
    assert found.get(phrase) == day


def test_a_deed_told_only_later_does_not_date_a_sentence_with_its_own_day():
    text = (
        "The council head stepped down late on Friday, barely 24 hours after he was sworn in. "
        "He was sworn in on Thursday as head of a transitional council."
    )
    assert "hours after he was sworn in" not in {d.text for d in find_dates(text, "2019-04-13", "en")}


def test_the_deed_inside_the_words_of_a_day_after_keeps_its_own_day():
    found = extract(
        "The head of the military council has stepped down in Khartoum, just one day after he was sworn in "
        "as leader. He was sworn in on Thursday as head of a transitional military council.",
        "2019-04-13",
    )
    assert "2019-04-12" not in [e["date"] for e in found if e["trigger"] == "sworn in"]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "Lebanon's Prime Minister Hassan Diab has announced the resignation of his government.\n\n"
            '"Today we follow the will of the people," Diab said in a televised address on Monday evening.',
            "2020-08-11",
            "appointment",
            "2020-08-10",
        ),
        (
            "Algeria has cut diplomatic relations with Morocco.\n\n"
            "In a televised statement on Tuesday, Foreign Minister Ramtane Lamamra said Rabat had never "
            "stopped its hostile acts.",
            "2021-08-26",
            "sanctions",
            "2021-08-24",
        ),
    ],
)
def test_a_deed_made_by_words_takes_the_day_of_the_speech_told_next(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (  # a deed not made by words
            "Israeli jets have struck targets in Gaza City.\n\n"
            "In a televised address on Monday, Prime Minister Benjamin Netanyahu said the campaign would go on.",
            "2023-10-11",
            "attack",
            "2023-10-09",
        ),
        (  # a day of the sentence not set on the speech
            "Lebanon's Prime Minister Hassan Diab has announced the resignation of his government.\n\n"
            "Diab said on Monday in a televised address that he would stay on as caretaker.",
            "2020-08-11",
            "appointment",
            "2020-08-10",
        ),
    ],
)
def test_no_speech_day_for_other_deeds_or_days(text, published, kind, day):
    assert day not in [e["date"] for e in of_type(extract(text, published), kind)]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "day"),
    [
        (  # a part of the day before "اليوم نفسه" is not today's
            "التقى الحريري في بيروت، صباح الجمعة، مستشار المرشد الإيراني، قبل أن يتوجه مساء اليوم نفسه إلى الرياض.",
            "2017-11-05",
            "مساء اليوم نفسه",
            "2017-11-03",
        ),
        (  # a day of "الشهر نفسه" is of the month told before
            "وقع رئيسا الأركان الاتفاقية في الخرطوم يوم 2 مارس الماضي، وتبعتها زيارة الرئيس إلى الخرطوم "
            "في السادس من الشهر نفسه.",
            "2021-05-20",
            "السادس من الشهر نفسه",
            "2021-03-06",
        ),
        (
            "أصدر الملك أوامر ملكية ليلة أمس السبت.\nوقبل ذلك بساعات، أعلن رئيس الحكومة استقالته.",
            "2017-11-05",
            "قبل ذلك بساعات",
            "2017-11-04",
        ),
        (
            "The army shelled the town on Tuesday. Hours earlier, rebels had attacked a checkpoint.",
            "2024-03-08",
            "Hours earlier",
            "2024-03-05",
        ),
    ],
)
def test_a_time_told_as_the_one_before_takes_its_day(text, published, phrase, day):
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    found = {d.text: d.value for d in find_dates(text, published, lang)}
    assert found.get(phrase) == day


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "أعلن وزير الخارجية الجزائري رمطان لعمامرة، أمس الثلاثاء، قطع العلاقات الدبلوماسية مع المملكة "
            "المغربية «ابتداءً من اليوم».",
            "2021-08-25",
            "sanctions",
            "2021-08-24",
        ),
    ],
)
def test_a_relative_day_in_arabic_quotation_marks_is_the_speakers(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]
