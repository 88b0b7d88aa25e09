"""Arbitrary text through every stage: no exception, offsets inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.actors import find_actors
from events.model import EVENT_TYPES, Article
from events.pipeline import extract_article
from events.places import find_places
from events.reference import find_references
from events.temporal import find_dates
from events.text.normalize import fold
from events.triggers import find_triggers

# Arabic letters, digits of three scripts, punctuation and words the stages react to.
WORDS = [
    "قطر", "تركيا", "بالدوحة", "زيارة", "وقف إطلاق النار", "يونيو", "2017", "٢٠١٧", "أمس", "اليوم", "الوطني",
    "5 + 5", "لم", "نفى", "Qatar", "visited", "Monday", "June", "ceasefire", "هـ", "رمضان", "1438", "من", "كل",
    "عام", "،", ".", "\n", "؟", "Tripoli", "طرابلس", "الرباعي العربي", "مقاطعة", "Biden", "بايدن",
]
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS) | st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئ ٠١٢٣0123456789/-.", max_size=8), max_size=60).map(" ".join),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(text: str, mentions) -> None:
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text


@SETTINGS
@given(TEXT, st.sampled_from([None, "2020-11-10", "2017-06-05"]))
def test_every_stage_survives_any_text(resources, text, published):
    folded = fold(text)
    _check_offsets(text, find_dates(text, published, None))
    _check_offsets(text, find_actors(text, folded, resources.actors))
    _check_offsets(text, find_places(text, folded, resources.gazetteer, ("LBY",)))
    _check_offsets(text, find_triggers(text, folded, resources.triggers))
    _check_offsets(text, find_references(text, folded, resources.catalog))


@SETTINGS
@given(TEXT, st.sampled_from([None, "2020-11-10"]))
def test_extract_survives_any_text(resources, text, published):
    for event in extract_article(Article(id="x", text=text, published=published), resources):
        assert event.event_type in EVENT_TYPES
        s, e = event.spans["quote"]
        assert text[s:e] == event.quote
        assert event.countries
        if event.date is not None:
            assert len(event.date) in (4, 7, 10)
