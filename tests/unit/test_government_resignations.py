"""An Arabic noun of a change of office whose object is the state's own government ("رفع استقالة
حكومته"، "استقالة الحكومة"), in a sentence that names no country, tells a change in the country the
article is about, as an office holder named by an office word does."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

_LEAD = "أعلن أمير الكويت حل مجلس الأمة الكويتي. وأصدر أمير الكويت مرسوما بتعيين رئيس جديد للوزراء. "


def _appointments(text: str, published: str) -> list[tuple[list[str], str | None]]:
    article = Article(id="t", text=text, published=published)
    return [(e.countries, e.date) for e in extract_article(article, load_resources()) if e.event_type == "appointment"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وكان رئيس الوزراء قد رفع استقالة حكومته في مارس الماضي.",
        "وجاءت الخطوة بعد أسابيع من استقالة الحكومة في مارس الماضي.",
        "وكان رئيس الوزراء قد قدم استقالة حكومتها في مارس الماضي.",
        # the state's own new government, named by the event word itself
        "وفي مارس الماضي، عينت حكومة جديدة برئاسة وزير الداخلية، قوبلت برفض واسع.",
    ],
)
def test_the_resignation_of_the_government_is_the_states_own(sentence):
    found = _appointments(_LEAD + sentence, "2024-05-10")
    assert (["KWT"], "2024-03") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state's own new government, formed, in an article about that state
        (
            "الجزائر - قدم الرئيس الجزائري عبد العزيز بوتفليقة استقالته أمس. "
            "وفي 31 مارس، عينت حكومة جديدة برئاسة نور الدين بدوي، قوبلت بدورها برفض واسع.",
            (["DZA"], "2019-03-31"),
        ),
        (  # the verb with its short vowels
            "الجزائر - قدم الرئيس الجزائري عبد العزيز بوتفليقة استقالته أمس. "
            "وفي 31 مارس، عُيّنت حكومة جديدة برئاسة نور الدين بدوي.",
            (["DZA"], "2019-03-31"),
        ),
        # a new government only spoken of: none
        (
            "بغداد - تظاهر آلاف العراقيين في ساحة التحرير وسط بغداد أمس. "
            "ويرى محللون أن حكومة جديدة لن تغير شيئا في ظل نظام المحاصصة.",
            None,
        ),
    ],
)
def test_a_new_government_named_by_the_event_word(text, expected):
    found = _appointments(text, "2019-04-03")
    assert (expected in found) if expected else found == [], found
