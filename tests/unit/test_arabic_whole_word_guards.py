"""Arabic recall. A guard word of the lexicon that is read as a whole word only
(`whole_word_guards`: الأمر the matter, الحد the limit) no longer keeps out a sentence that
holds a longer word it begins (الأمريكي American, الحديدة Hodeidah, الحدود the border): an
official's arrival told beside a country's adjective, at a border or in such a city is a visit, while an arrival of a matter (وصل الأمر إلى، وصلت الأمور إلى) stays none. A verb
of beginning or completing with the verbal noun of deploying as its object, the forces as
its subject between them (بدأت وحدات من الشرطة العسكرية، الأربعاء، الانتشار), is a
deployment; a disease or a rumour that begins to spread stays none. A sentence opened by a
phrase of what came right after and a comma (عقب ذلك، بعد ذلك،), then a verb, takes the day of
the news of the sentence before, not with a span after the phrase (بعد ذلك بأسبوع). A detention
told by أوقف with the case it is over (على خلفية قضية، على ذمة) is an arrest with no police
named; a player suspended or work stopped over a case stays none. An event word right after a
relative pronoun and a verb of witnessing (الذي شهد توقيع، تخلله التوقيع) takes the day of the
meeting or visit of its sentence that the clause describes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2019-10-24"  # a Thursday


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وصل وزير الخارجية الأمريكي إلى بغداد الاثنين.", "visit", "2019-10-21"),
        ("وصل وزير الدفاع الأمريكي مارك إسبر إلى الرياض أمس الأربعاء.", "visit", "2019-10-23"),
        ("ووصلت المستشارة الألمانية إلى واشنطن، الثلاثاء، للقاء الرئيس الأمريكي.", "visit", "2019-10-22"),
        # الحد (the limit) is no beginning of الحديدة nor of الحدود
        ("وصل المبعوث الأممي مارتن غريفيث إلى الحديدة الاثنين.", "visit", "2019-10-21"),
        ("وصل وزير الدفاع التركي إلى الحدود مع سوريا الثلاثاء.", "visit", "2019-10-22"),
        ("بدأت وحدات من الشرطة العسكرية الروسية، الأربعاء، الانتشار في مدينة القامشلي.", "deployment", "2019-10-23"),
        ("وباشرت قوات الجيش اللبناني، صباح الثلاثاء، الانتشار في بلدات الجنوب.", "deployment", "2019-10-22"),
        ("أكملت القوات التركية، الاثنين، انتشارها على الحدود مع سوريا.", "deployment", "2019-10-21"),
    ],
)
def test_event_found(text: str, event_type: str, date: str) -> None:
    events = of_type(extract(text, PUB), event_type)
    assert [e["date"] for e in events] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وصل الأمر إلى مجلس الأمن الدولي الاثنين.", "visit"),
        ("وصلت الأمور بين البلدين إلى طريق مسدود الاثنين.", "visit"),
        ("وصلت الخلافات بين موسكو وأنقرة إلى الحد الذي يهدد الاتفاق.", "visit"),
        ("وصل التوتر بين إيران والعراق إلى حده الأقصى الاثنين.", "visit"),
        ("بدأ الفيروس الانتشار في المدينة الأربعاء.", "deployment"),
        ("بدأت الشائعات بالانتشار بين الجنود الأربعاء.", "deployment"),
        ("بدأ المرض انتشاره في صفوف القوات الاثنين.", "deployment"),
    ],
)
def test_no_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUB), event_type) == []


VISIT = "استقبل العاهل السعودي الملك سلمان، أمس الأربعاء، رئيس الوزراء العراقي في الرياض. "


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a phrase of what came right after, set off by a comma: the day of the news before
        (VISIT + "عقب ذلك، شهد الجانبان توقيع 13 اتفاقية للتعاون.", "agreement", "2019-10-23"),
        (VISIT + "بعد ذلك، وقع الجانبان مذكرة تفاهم في مجال الطاقة.", "agreement", "2019-10-23"),
        (VISIT + "وإثر ذلك، وقع الوزيران اتفاقية للتعاون الأمني.", "agreement", "2019-10-23"),
        # a span after the phrase counts from that day: not the same day
        (VISIT + "وبعد ذلك بأسبوع، وقع الجانبان 13 اتفاقية للتعاون.", "agreement", "2019-10-24"),
        # no phrase of sequence: the publication, as before
        (VISIT + "كما يتوقع أن توقع حكومتا البلدين اتفاقية للتعاون.", "agreement", None),
    ],
)
def test_sequence_opener_carries_the_day(text: str, event_type: str, date: str | None) -> None:
    events = of_type(extract(text, PUB), event_type)
    assert [e["date"] for e in events] == ([date] if date else [])


TUNIS = "أعلنت الحكومة التونسية في تونس خطة جديدة للإصلاح. "


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a detention told with the case it is over (على خلفية قضية، على ذمة) and no police named
        (TUNIS + "وكان رجل الأعمال سامي الفهري قد أوقف في 12 سبتمبر الماضي على خلفية قضية فساد مالي.", "2019-09-12"),
        (TUNIS + "وأوقف الصحفي سامي الفهري الثلاثاء على ذمة قضية تبييض أموال.", "2019-10-22"),
    ],
)
def test_detention_over_a_case(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "arrest")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # a player suspended, work stopped: no detention
        TUNIS + "وأوقف المدرب اللاعب سامي الفهري عن التدريب على خلفية قضية انضباط.",
        TUNIS + "وأوقفت الحكومة العمل بالعقد على خلفية قضية فساد.",
        TUNIS + "وأوقف الصحفي سامي الفهري برنامجه الأسبوعي الثلاثاء.",
    ],
)
def test_no_detention(text: str) -> None:
    assert of_type(extract(text, PUB), "arrest") == []


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # what the gathering witnessed took place on the gathering's day
        (
            "ترأس أمير قطر والرئيس التركي، أمس الأربعاء، في الدوحة، اجتماع اللجنة العليا المشتركة، "
            "الذي شهد توقيع سبع اتفاقيات للتعاون.",
            "agreement",
            "2019-10-23",
        ),
        (
            "عقد وزيرا خارجية مصر والسودان، الثلاثاء، في القاهرة، اجتماعا موسعا، "
            "تخلله التوقيع على مذكرة تفاهم.",
            "agreement",
            "2019-10-22",
        ),
    ],
)
def test_witnessed_at_the_gathering(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == [date]


def test_witnessed_without_a_dated_gathering_keeps_the_publication() -> None:
    text = "قال مسؤول إن الاجتماع الذي شهد توقيع اتفاقية بين مصر والسودان كان ناجحا."
    assert [e["date"] for e in of_type(extract(text, PUB), "agreement")] in ([], [PUB])
