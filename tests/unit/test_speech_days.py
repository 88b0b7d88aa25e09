"""A relative day word inside what was said on an earlier day counts from the day of the
saying: "The ambassador told the council on Monday that the rebels fired missiles yesterday",
published on Tuesday, is Sunday's firing. The saying is a verb of saying with a day of its own
(a weekday or a date before the publication), before the word that opens the speech (إن، أن،
that, a quotation mark, a colon); a quotation whose verb has no day goes on from a sentence
before it that tells a saying with a day. A relative word outside the speech, a speech of the
publication's day and a speech with no day keep the publication's count."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

TUESDAY = "2018-03-27"  # Monday is 2018-03-26, Sunday 2018-03-25
FRIDAY = "2018-09-07"  # Thursday is 2018-09-06


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # yesterday inside a speech made on Monday: Sunday
        (
            "وقال السفير أمام مجلس الأمن الاثنين إن الحوثيين أطلقوا يوم أمس سبعة صواريخ على السعودية.",
            TUESDAY,
            "attack",
            "2018-03-25",
        ),
        (
            "The ambassador told the Security Council on Monday that the rebels had fired seven missiles "
            "at Saudi Arabia yesterday.",
            TUESDAY,
            "attack",
            "2018-03-25",
        ),
        # today inside a statement of Thursday: Thursday
        (
            "وأوضح الجيش الأمريكي في بيان الخميس أن الغارة استهدفت مواقع لحركة الشباب في الصومال صباح اليوم.",
            FRIDAY,
            "attack",
            "2018-09-06",
        ),
        (
            "The Pentagon said in a statement on Thursday that US aircraft struck al-Shabaab positions in Somalia "
            "this morning.",
            FRIDAY,
            "attack",
            "2018-09-06",
        ),
        # a quotation whose verb has no day, after a sentence telling the speech of Monday
        (
            "وصف المندوب الكويتي لدى الأمم المتحدة، خلال اجتماع لمجلس الأمن الدولي، الاثنين، الوضع في اليمن بالخطير. "
            'وقال المندوب: "أطلق الحوثيون يوم أمس سبعة صواريخ على الرياض".',
            TUESDAY,
            "attack",
            "2018-03-25",
        ),
        (
            "The Kuwaiti envoy described the situation in Yemen as grave at a meeting of the Security Council "
            'on Monday. The envoy said: "The rebels fired seven missiles at Riyadh yesterday."',
            TUESDAY,
            "attack",
            "2018-03-25",
        ),
    ],
)
def test_a_relative_word_inside_a_dated_speech_counts_from_the_speech(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the relative word stands outside the speech, in the reporter's own words
        (
            "أطلق الحوثيون يوم أمس سبعة صواريخ على السعودية، وقال السفير أمام مجلس الأمن الاثنين إنها تهدد المنطقة.",
            TUESDAY,
            "attack",
            "2018-03-26",
        ),
        (
            "Rebels fired seven missiles at Saudi Arabia yesterday, the ambassador told the Security Council.",
            TUESDAY,
            "attack",
            "2018-03-26",
        ),
        # a speech with no day of its own
        (
            "وقال السفير إن الحوثيين أطلقوا يوم أمس سبعة صواريخ على السعودية.",
            TUESDAY,
            "attack",
            "2018-03-26",
        ),
        (
            "The ambassador said the rebels had fired seven missiles at Saudi Arabia yesterday.",
            TUESDAY,
            "attack",
            "2018-03-26",
        ),
        # a relative word joined to its weekday keeps that weekday, even after a dated sentence
        (
            "استؤنفت الغارات الجوية على إدلب يوم الاثنين. وأكدت وزارة الدفاع الروسية أن طائراتها شنت "
            "غارات أمس الاثنين على مواقع في إدلب.",
            TUESDAY,
            "attack",
            "2018-03-26",
        ),
    ],
)
def test_a_relative_word_outside_a_dated_speech_counts_from_the_publication(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert date in [e["date"] for e in found], found
    assert "2018-03-25" not in [e["date"] for e in found], found


def test_a_speech_of_the_publication_day_changes_nothing():
    text = "وقال السفير أمام مجلس الأمن الثلاثاء إن الحوثيين أطلقوا يوم أمس سبعة صواريخ على السعودية."
    found = of_type(extract(text, TUESDAY), "attack")
    assert [e["date"] for e in found] == ["2018-03-26"], found


PUBLISHED = "2018-05-10"  # a Thursday: Monday is 2018-05-07


# a quotation is the speech of the saying that frames it: after it, joined by a comma, or before
# it in the sentence where a quotation of several sentences opens
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ('"Turkey and Qatar signed a defence agreement today," Cavusoglu told reporters on Monday.', "2018-05-07"),
        ('"Turkey and Qatar signed a defence agreement yesterday," Cavusoglu said on Monday.', "2018-05-06"),
        (
            '"Turkey and Qatar signed a defence agreement today," Cavusoglu said in Ankara on Monday, adding that troops would follow.',
            "2018-05-07",
        ),
        ('Cavusoglu said on Monday: "This is a historic day. Turkey and Qatar signed a defence agreement today."', "2018-05-07"),
        (
            'Cavusoglu told reporters in Ankara on Monday that the talks had gone well. '
            '"Turkey and Qatar signed a defence agreement today," he said.',
            "2018-05-07",
        ),
        ('"وقعت تركيا وقطر اليوم اتفاقية دفاع"، قال جاويش أوغلو للصحفيين يوم الاثنين.', "2018-05-07"),
        ("«وقعت تركيا وقطر اليوم اتفاقية دفاع»، قال جاويش أوغلو للصحفيين يوم الاثنين.", "2018-05-07"),
        ("وقال جاويش أوغلو يوم الاثنين: «هذا يوم تاريخي. وقعت تركيا وقطر اليوم اتفاقية دفاع».", "2018-05-07"),
    ],
)
def test_a_quoted_today_speaks_from_its_saying_day(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "agreement")] == [date]


# no saying with a day of its own frames the quotation: the publication's count
@pytest.mark.parametrize(
    "text",
    [
        '"Turkey and Qatar signed a defence agreement today," Cavusoglu told reporters.',
        '"Turkey and Qatar signed a defence agreement today." Cavusoglu met the emir on Monday.',
        'Cavusoglu met the emir on Monday. "Turkey and Qatar signed a defence agreement today."',
        "Cavusoglu said on Monday that relations were strong. Turkey and Qatar signed a defence agreement today.",
        "«وقعت تركيا وقطر اليوم اتفاقية دفاع». والتقى جاويش أوغلو أمير قطر يوم الاثنين.",
    ],
)
def test_a_quotation_no_dated_saying_frames_keeps_the_publication(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "agreement")] == [PUBLISHED]
