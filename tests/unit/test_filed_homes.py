"""An election, a protest, an arrest or a crackdown by a state's forces told in a sentence naming no country, in a story no country
leads by a clear margin, takes place in the country the story is filed from when the story is about
it too (named at least twice, and about as often as the one named most) and tells of a city or a
region of it."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type

# Iraq and the United States named about as often; the story is filed from Baghdad and tells of a march in Basra
FILED_EN = (
    "BAGHDAD (Reuters) - The United States imposed sanctions on Iraqi militia leaders on Thursday. Washington said "
    "Iraq must act. U.S. officials said the United States would add more names. Iraq's government rejected the "
    "move. Protesters rallied in Basra on Thursday. {sentence}"
)
FILED_AR = (
    "بغداد - فرضت الولايات المتحدة عقوبات على قادة فصائل عراقية الخميس. وقالت واشنطن إن على العراق أن يتحرك. "
    "وقال مسؤولون أمريكيون إن الولايات المتحدة ستضيف أسماء أخرى. ورفضت الحكومة العراقية الخطوة الخميس، فيما تظاهر المئات في البصرة. {sentence}"
)

ARREST_EN = "Police arrested the activist Ahmed al-Hasani on Friday."
ARREST_AR = "واعتقلت الشرطة الناشط أحمد الحسني أمس."


def told_in(sentence: str, text: str, event_type: str) -> list[dict]:
    return [e for e in of_type(extract(text, "2018-08-15"), event_type) if sentence in e["quote"]]


@pytest.mark.parametrize(
    ("frame", "sentence", "event_type"),
    [
        (FILED_EN, ARREST_EN, "arrest"),
        (FILED_EN, "Thousands of protesters marched in the streets on Friday.", "protest"),
        (
            FILED_EN,
            "The generals alleged fraud in the May 12 election, which the opposition won in a landslide.",
            "election",
        ),
        (FILED_AR, ARREST_AR, "arrest"),
        (FILED_AR, "وخرج آلاف المتظاهرين في مسيرات أمس.", "protest"),
        (FILED_AR, "وشككت الأحزاب في نتائج الانتخابات التي جرت في 12 مايو.", "election"),
        # a crackdown by the state's own forces, named bare
        (FILED_EN, "Security forces killed three people on Friday.", "attack"),
        (FILED_AR, "وقتلت قوات الأمن ثلاثة أشخاص أمس.", "attack"),
    ],
)
def test_a_domestic_deed_is_placed_in_the_country_the_story_is_filed_from(frame, sentence, event_type):
    found = told_in(sentence, frame.format(sentence=sentence), event_type)
    assert found, sentence
    assert all(e["countries"] == ["IRQ"] for e in found), found


@pytest.mark.parametrize(
    ("frame", "sentence", "event_type"),
    [
        # filed from two countries: no one country
        (FILED_EN.replace("BAGHDAD", "DOHA/BAGHDAD"), ARREST_EN, "arrest"),
        # filed from a country the story does not name again
        (FILED_EN.replace("BAGHDAD (Reuters)", "DUBAI (Reuters)"), ARREST_EN, "arrest"),
        (FILED_AR.replace("بغداد -", "دبي -"), ARREST_AR, "arrest"),
        # filed from a country whose body names only the state, or its capital standing for its
        # government: told from afar
        (FILED_EN.replace(" Protesters rallied in Basra on Thursday.", ""), ARREST_EN, "arrest"),
        (FILED_AR.replace("، فيما تظاهر المئات في البصرة", ""), ARREST_AR, "arrest"),
        (
            "WASHINGTON (Reuters) - The United States imposed sanctions on Iraqi militia leaders on Thursday. Washington "
            "said Iraq must act. U.S. officials said Iraq's government rejected the move. " + ARREST_EN,
            ARREST_EN,
            "arrest",
        ),
        # no dateline: the story names no place it is filed from
        (FILED_EN.replace("BAGHDAD (Reuters) - ", ""), ARREST_EN, "arrest"),
        (FILED_AR.replace("بغداد - ", ""), ARREST_AR, "arrest"),
        # a killing by unnamed gunmen: no state's own deed
        (FILED_EN, "Gunmen killed three people on Friday.", "attack"),
        (FILED_AR, "وقتل مسلحون ثلاثة أشخاص أمس.", "attack"),
        # a meeting's sides make it: not placed at home for want of them
        (FILED_EN, "The two men held talks on Friday.", "meeting"),
        (FILED_AR, "وعقد الرجلان محادثات أمس.", "meeting"),
    ],
)
def test_no_home_without_one_filed_country_the_story_is_about(frame, sentence, event_type):
    assert told_in(sentence, frame.format(sentence=sentence), event_type) == []
