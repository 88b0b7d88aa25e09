"""Where and when a speaker spoke, told between the verb of saying and what was said ("Turkey said
in a statement on Sunday that it had sent troops", «وقالت وزارة الدفاع الإسبانية في بيان اليوم
الأحد إنها أرسلت»): the pronoun that opens what was said is still the speaker's, who did the deed,
and the day the saying is dated by still dates it (data/assembly.json `speech_gaps`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.speech_gaps import pronoun_of_the_speaker


@pytest.mark.parametrize(
    ("text", "event_type", "doer", "date"),
    [
        ("Turkey said in a statement on Sunday that it had sent troops to Qatar.", "deployment", "TUR", "2017-06-18"),
        ("The Turkish army told reporters on Sunday it had sent troops to Qatar.", "deployment", "TUR", "2017-06-18"),
        ("Turkey said on state television late on Sunday that it had sent troops to Qatar.", "deployment", "TUR", "2017-06-18"),
        ("وقال الجيش التركي في بيان صدر اليوم إنه أرسل قوات إلى قطر.", "deployment", "TUR", "2017-06-20"),
        (
            "وقالت وزارة الدفاع الإسبانية في بيان اليوم الأحد إنها أرسلت سفينة حربية إلى ليبيا بعد ظهر أمس.",
            "deployment",
            "ESP",
            "2017-06-19",  # أمس is the day before the publication, not before the saying
        ),
    ],
)
def test_the_speaker_past_where_and_when_it_spoke_did_the_deed(text, event_type, doer, date):
    found = of_type(extract(text, "2017-06-20"), event_type)
    assert found, text
    assert doer in found[0]["countries"]
    assert found[0]["date"] == date


@pytest.mark.parametrize(
    ("text", "trigger", "arabic", "speaker"),
    [
        ("Turkey said in a statement on Sunday that it had sent troops.", "sent", False, True),
        ("Turkey told reporters in Ankara it had sent troops.", "sent", False, True),
        ("وقالت الوزارة في بيان اليوم الأحد إنها أرسلت سفينة.", "أرسلت", True, True),
        # no phrase of where or when it was said: "two soldiers were killed when" opens what was said
        ("The ministry said on Sunday two soldiers were killed when they came under attack.", "attack", False, False),
        # a complementizer in the stretch opens what was said before the pronoun
        ("قالت الوزارة إن الجنود قالوا إنهم هاجموا القرية.", "هاجموا", True, False),
        # a quotation right after the pronoun: the pronoun of the matter
        ('وقال المتحدث باسم التحالف، العقيد تركي المالكي، في بيان، إنه "رصدت الدفاعات إطلاق صاروخ".', "إطلاق", True, False),
        # far from the speaker and far from the event word: the pronoun's verb is another deed
        ("وأكد ترامب في البيان ذاته أنه يصلي من أجل الشعب الإيراني والضحايا الأبرياء لاعتداءات طهران.", "لاعتداءات", True, False),
    ],
)
def test_the_pronoun_after_the_stretch_is_the_speakers(text, trigger, arabic, speaker):
    # the speaker's name (Arabic) or the verb of saying (English) ends at the first word's end
    # after which the stretch opens: "Turkey said", "وقالت الوزارة", "وأكد ترامب"
    words = text.split()
    head = 3 if text.startswith("The ") else 2
    start = len(" ".join(words[:head]))
    if "المتحدث" in text:
        start = text.index("التحالف") + len("التحالف")
    found = pronoun_of_the_speaker(text, start, text.index(trigger), arabic)
    assert (found is not None) is speaker
