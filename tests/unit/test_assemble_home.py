"""A domestic event told in a sentence that names no country takes place in the country the article is about."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

IRAQ_AR = (
    "تتواصل الاحتجاجات في العراق على سوء الخدمات. وقال رئيس الوزراء العراقي إن الحكومة ستلبي المطالب. "
    "وامتدت المظاهرات من البصرة إلى بغداد. {sentence}"
)
IRAQ_EN = (
    "Protests over poor services continue in Iraq. The Iraqi prime minister said the government would meet "
    "the demands. The demonstrations spread from Basra to Baghdad. {sentence}"
)
EVEN_AR = "التقى وزير الخارجية العراقي نظيره الإيراني. وبحث العراق وإيران العلاقات. {sentence}"
EVEN_EN = "The Iraqi foreign minister met his Iranian counterpart. Iraq and Iran discussed ties. {sentence}"


def events_of(text: str) -> list[dict]:
    article = Article(id="t", text=text, published="2018-08-15")
    return [e.to_dict() for e in extract_article(article, load_resources())]


def told_in(events: list[dict], words: str) -> list[dict]:
    return [e for e in events if words in e["quote"]]


@pytest.mark.parametrize(
    ("frame", "sentence", "event_type"),
    [
        (IRAQ_AR, "وفرقت قوات الأمن اعتصاما أمام مدخل منشأة نفطية أمس.", "protest"),
        (IRAQ_AR, "واعتقلت الشرطة الناشط أحمد الحسني أمس.", "arrest"),
        (IRAQ_EN, "Police arrested the activist Ahmed al-Hasani on Tuesday.", "arrest"),
        (IRAQ_EN, "Security forces dispersed a sit-in outside an oil facility on Tuesday.", "protest"),
        # an appointment told by a verb in the past
        (IRAQ_AR, "وعين الفريق أول عثمان الغانمي قائدا للقوات البرية أمس.", "appointment"),
        (IRAQ_EN, "General Othman al-Ghanimi was appointed commander of the land forces on Tuesday.", "appointment"),
    ],
)
def test_a_domestic_event_without_a_country_is_placed_in_the_articles_country(frame, sentence, event_type):
    found = [e for e in told_in(events_of(frame.format(sentence=sentence)), sentence) if e["event_type"] == event_type]
    assert found, sentence
    assert found[0]["countries"] == ["IRQ"]
    assert found[0]["location"]["country"] == "IRQ"
    assert found[0]["date"] == "2018-08-14"


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        # two countries named as often: the article is about neither alone
        (EVEN_AR, "واعتقلت الشرطة الناشط أحمد الحسني أمس."),
        (EVEN_EN, "Police arrested the activist Ahmed al-Hasani on Tuesday."),
        # not a domestic type: a meeting needs its parties in its own sentence
        (IRAQ_AR, "وعقد المسؤولون اجتماعا أمس."),
        (IRAQ_EN, "Officials held talks on Tuesday."),
        # a noun may name the power to appoint, not an appointment
        (IRAQ_AR, "ويملك البرلمان صلاحية تعيين الوزراء منذ أمس."),
    ],
)
def test_no_country_is_guessed_otherwise(frame, sentence):
    assert told_in(events_of(frame.format(sentence=sentence)), sentence) == []


def test_appointments_told_by_verbs_of_their_own_stay_apart():
    text = IRAQ_AR.format(
        sentence="وعين الفريق أول عثمان الغانمي قائدا للقوات البرية أمس. وعين الفريق أول طالب شغاتي رئيسا لجهاز مكافحة الإرهاب أمس."
    )
    appointments = [e for e in events_of(text) if e["event_type"] == "appointment"]
    assert len(appointments) == 2, appointments
