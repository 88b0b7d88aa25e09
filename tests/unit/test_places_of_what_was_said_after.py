"""An event word of a speaker's own clause, told between the verb of saying and the word that
opens what was said ("وأوضح الضابط، خلال إعلانه القبض على ...، أن البغدادي موجود في الشدادي"),
is not placed by a place of what was said after it: that place is another clause's."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def place_of(text: str, event_type: str) -> str | None:
    found = [e for e in extract_article(Article(id="t", text=text, published="2018-05-10"), load_resources()) if e.event_type == event_type]
    assert found, text
    return (found[0].location or {}).get("name")


@pytest.mark.parametrize(
    ("text", "event_type", "not_there"),
    [
        # the arrest announced is not where the leader is said to hide
        (
            "وقال وزير الداخلية العراقي، خلال إعلانه القبض على القيادي في داعش إسماعيل العيثاوي الأربعاء، إن "
            "البغدادي مختبئ في مدينة الشدادي السورية.",
            "arrest",
            "Shaddadi",
        ),
        # the summit the speaker left for is not where the operation he speaks of is
        (
            "إلا أن أردوغان أكد قبل مغادرته لحضور قمة مع زعماء الاتحاد الأوروبي قبل يومين، أن تركيا ستتخذ كل ما "
            "يلزم إذا فشلت عملية الحكومة العراقية في سنجار.",
            "meeting",
            "Sinjar",
        ),
        (
            "وقال الرئيس العراقي في ختام محادثات مع نظيره الإيراني الاثنين، إن القوات الأمريكية قصفت مواقع في "
            "مدينة البوكمال السورية.",
            "meeting",
            "Abu Kamal",
        ),
        (
            "وأكد وزير الخارجية القطري خلال لقائه نظيره التركي الأحد، أن الحصار المفروض على بلاده لم يؤثر على "
            "مدينة الدوحة.",
            "meeting",
            "Doha",
        ),
    ],
)
def test_a_place_of_what_was_said_does_not_place_the_speakers_own_event(text, event_type, not_there):
    assert place_of(text, event_type) != not_there


@pytest.mark.parametrize(
    ("text", "event_type", "name"),
    [
        # a place of the speaker's own clause, before the opener, stays
        ("وقال أردوغان في كلمة خلال قمة مع زعماء الاتحاد الأوروبي في مدينة فارنا البلغارية، إن تركيا لن تتراجع.", "meeting", "Varna"),
        ("وقال ولي العهد السعودي خلال زيارته إلى القاهرة إن المملكة ستفتتح قنصلية في مدينة الإسكندرية.", "visit", "Cairo"),
        # an event told in what was said keeps its own place
        ("وقال المتحدث باسم الجيش إن الطائرات قصفت مواقع للمسلحين في مدينة إدلب الاثنين.", "attack", "Idlib"),
        # بعد أن is a conjunction, no opening of what was said
        (
            "وأعلن الجيش العراقي القبض على القيادي في داعش إسماعيل العيثاوي في مدينة الموصل بعد أن عاد من سوريا.",
            "arrest",
            "Mosul",
        ),
        # English: "that" may open a relative clause, so a place after it stays
        ("The minister said after talks that lasted three hours in Paris on Monday that the factions would meet again.", "meeting", "Paris"),
        ("The Iraqi interior minister said on Wednesday that police arrested Islamic State leader Ismail al-Ithawi in Mosul.", "arrest", "Mosul"),
    ],
)
def test_places_of_the_own_clause_and_of_what_was_said_stay(text, event_type, name):
    assert place_of(text, event_type) == name
