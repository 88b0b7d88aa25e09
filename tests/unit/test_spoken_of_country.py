"""A change of office told in a sentence that names no country, in an article no country leads by
a clear margin, takes place in the state the article is speaking of: the one it opens with when
the article is about it, else the one of the article's countries named last before it."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

# Niger and France named about as often; the article opens with Niger
OPENS_EN = (
    "Thousands of supporters of Niger's junta rallied in Niamey on Sunday. France condemned the rally. "
    "French officials said France would respond. Niger's junta said France had no say. {sentence}"
)
OPENS_AR = (
    "باماكو – تظاهر مئات من أنصار المجلس العسكري في مالي أمس. وانتقدت فرنسا المجلس العسكري. "
    "وقالت باريس إن فرنسا ستسحب قواتها من مالي. {sentence}"
)
# Russia and Mali named about as often; the article opens with Germany, which it is not about
LAST_EN = (
    "Germany condemned the deployment of Russian mercenaries in Mali. Russia denied it. Moscow said Russian "
    "trainers are in Mali. Relations between Moscow and Bamako grew close after a junta took power in Bamako "
    "in August 2017. {sentence}"
)
LAST_AR = (
    "دانت ألمانيا انتشار مرتزقة روس في مالي. ونفت روسيا ذلك. وقالت موسكو إن مدربين روسا موجودون في مالي. "
    "وتوطدت العلاقات بين موسكو وباماكو بعد أن استولى المجلس العسكري على السلطة في باماكو في أغسطس 2017. {sentence}"
)


def events_of(text: str) -> list[dict]:
    article = Article(id="t", text=text, published="2018-08-15")
    return [e.to_dict() for e in extract_article(article, load_resources())]


def told_in(events: list[dict], words: str, event_type: str) -> list[dict]:
    return [e for e in events if words in e["quote"] and e["event_type"] == event_type]


@pytest.mark.parametrize(
    ("frame", "sentence", "country"),
    [
        (OPENS_EN, "On Friday, the guard announced that it had removed the president from power.", "NER"),
        (OPENS_AR, "وأدى العقيد غويتا اليمين الدستورية رئيسا انتقاليا أمس.", "MLI"),
        (LAST_EN, "Col Goita staged a second coup in May and was sworn in as interim president in June.", "MLI"),
        (LAST_AR, "وأدى العقيد غويتا اليمين الدستورية رئيسا انتقاليا في يونيو 2018.", "MLI"),
    ],
)
def test_a_change_of_office_is_placed_in_the_state_spoken_of(frame, sentence, country):
    found = told_in(events_of(frame.format(sentence=sentence)), sentence, "appointment")
    assert found, sentence
    assert all(e["countries"] == [country] for e in found), found


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        # not a change of office: an arrest needs a country that leads the article (or the one a
        # dateline files the story from, test_filed_homes.py)
        (OPENS_EN, "Police arrested the activist Ahmed al-Hasani on Friday."),
        (LAST_AR, "واعتقلت الشرطة الناشط أحمد الحسني أمس."),
    ],
)
def test_other_domestic_types_still_need_a_leading_country(frame, sentence):
    assert told_in(events_of(frame.format(sentence=sentence)), sentence, "arrest") == []
