"""Attribution: who asserts a sentence, and the words that name the speaker."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.attribution import Attribution, find_attribution, load_attribution
from events.triggers import MODALITY_PATH

# (sentence, kind, cue, speaker words)
CASES = [
    ("وادعت وكالة الأناضول التركية، أن الزيارة تاتي في إطار فعاليات تقيمها السفارة", "claim", "وادعت",
     "وكالة الأناضول التركية"),
    ("وأكدت مصادر تركية مطلعة وصول دفعة جديدة من المرتزقة إلى القاعدة", "report", "وأكدت", "مصادر تركية مطلعة"),
    ("ووفقًا لوسائل الإعلام العالمية فإن العلاقات بين تركيا وقطر تعززت", "report", "ووفقًا",
     "وسائل الإعلام العالمية"),
    ("وقال مسؤولون سعوديون إنه غادر مقر القنصلية", "report", "وقال", "مسؤولون سعوديون"),
    ("وبحسب ما ذكرت وكالة رويترز فإن القوات وصلت إلى المدينة", "report", "وبحسب", "وكالة رويترز"),
    ("ونقلت وكالة تاس عن وزير الدفاع قوله إن الغارة قتلت البغدادي", "report", "ونقلت", "وكالة تاس"),
    ("وزعمت إسرائيل أن الغارة استهدفت مخزنا للأسلحة", "claim", "وزعمت", "إسرائيل"),
    ("وأفادت تقارير إعلامية بأن الجيش شن غارات", "report", "وأفادت", "تقارير إعلامية"),
    ("وأشار المصدر أنه تم التنسيق لإرسال المزيد من الجنود", "report", "وأشار", "المصدر"),
    ("وقال وزير الخارجية التركي، مولود جاويش أوغلو، إن بلاده لم ترسل قوات", "report", "وقال",
     "وزير الخارجية التركي"),
    ("Turkey sent troops to Qatar, according to Reuters.", "report", "according to", "Reuters"),
    ("The ministry said Turkey sent troops to Qatar.", "report", "said", "The ministry"),
    ('"We sent no troops," said the ministry.', "report", "said", "the ministry"),
    ("Officials in Ankara have said the troops arrived.", "report", "said", "Officials in Ankara"),
    ("Iran claimed that the drone was shot down over its territory.", "claim", "claimed", "Iran"),
    ("Rebels alleged that the army shelled the town.", "claim", "alleged", "Rebels"),
    # sources joined by "and" after a comma are one speaker; a clause joined by "and" is not one
    ("The two sides agreed to a truce, the United States and Saudi Arabia said.", "report", "said",
     "the United States and Saudi Arabia"),
    ("The army shelled the town and residents said dozens were killed.", "report", "said", "residents"),
]


@pytest.mark.parametrize(("text", "kind", "cue", "speaker"), CASES)
def test_cue_kind_and_speaker(text, kind, cue, speaker):
    a = find_attribution(text, 0, len(text))
    assert a is not None
    assert a.kind == kind
    assert a.cue == cue
    assert text[a.cue_start : a.cue_end] == cue
    assert text[a.speaker_start : a.speaker_end] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "زار وزير الخارجية التركي الدوحة أمس.",
        "ودخلت اتفاقية التعاون العسكري حيز التنفيذ بعد تصديق البرلمان التركي عليها.",
        "وفق الاتفاق الموقع بين البلدين تقام قاعدة عسكرية.",
        "Saudi Arabia cut diplomatic ties with Qatar in June 2017.",
        "",
    ],
)
def test_the_articles_own_voice(text):
    assert find_attribution(text, 0, len(text)) is None


def test_offsets_are_into_the_whole_text():
    before = "زار الوزير أنقرة. "
    sentence = "وقالت مصادر تركية إن الزيارة ناجحة."
    text = before + sentence + " وانتهت الزيارة."
    start = len(before)
    a = find_attribution(text, start, start + len(sentence))
    assert a == Attribution(
        cue="وقالت",
        cue_start=start,
        cue_end=start + 5,
        speaker_start=start + 6,
        speaker_end=start + 17,
        kind="report",
    )
    assert text[a.speaker_start : a.speaker_end] == "مصادر تركية"


def test_speaker_may_be_unnamed():
    text = "وقال إن القوات وصلت إلى الدوحة."
    a = find_attribution(text, 0, len(text))
    assert a is not None and a.kind == "report"
    assert a.speaker_start == a.speaker_end == a.cue_end


@pytest.mark.parametrize(
    ("text", "trigger_words", "expected"),
    [
        ("زار الوزير أنقرة، وقال إن الزيارة ناجحة.", "زار", None),
        ("Turkey sent troops to Qatar, the ministry said.", "sent", "the ministry"),
        ("وقالت الوزارة إن تركيا أرسلت قوات.", "أرسلت", "الوزارة"),
    ],
)
def test_cue_chosen_for_a_trigger(text, trigger_words, expected):
    s = text.index(trigger_words)
    a = find_attribution(text, 0, len(text), trigger=(s, s + len(trigger_words)))
    if expected is None:
        assert a is None
    else:
        assert a is not None and text[a.speaker_start : a.speaker_end] == expected


def test_cues_come_from_the_data_file():
    data = json.loads(MODALITY_PATH.read_text(encoding="utf-8"))["attribution"]
    assert data["report"] and data["claim"] and data["report_prepositions"]
    assert load_attribution() is load_attribution()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قالتوادعحسبفقلمصدرن،. \"according tosaid")) | st.characters(), max_size=60))
def test_any_text_gives_valid_offsets(text):
    a = find_attribution(text, 0, len(text))
    if a is not None:
        assert 0 <= a.cue_start < a.cue_end <= len(text)
        assert 0 <= a.speaker_start <= a.speaker_end <= len(text)
        assert a.kind in ("claim", "report")
        assert text[a.cue_start : a.cue_end] == a.cue


@pytest.mark.parametrize(
    "sentence",
    ["The United States imposed new sanctions on Iran.", "Officials of the Islamic State Report Office met."],
)
def test_a_capitalised_cue_inside_a_name_is_no_source(sentence: str) -> None:
    assert find_attribution(sentence, 0, len(sentence)) is None
