"""The nisba searches of the places stage skip a text that holds none of the words each of their
matches holds as written: gated, each finds exactly what the search over the whole text finds."""

import pytest

from events.places import _nisba_patterns
from events.resources import load_resources

_TEXTS = [
    "قصفت الطائرات بمنطقة سيلوبي التركية أمس",
    "سقطت قذائف على الجانب التركي من الحدود المشتركة",
    "انتهكت طائرات الأجواء السورية، ودخلت قوات الأراضي اللبنانية",
    "وصل الوفد إلى مدينة حلب السورية",
    "قال الوزير إن المحادثات مستمرة",  # none of the words: nothing searched, nothing found
    "The Turkish town of Silopi was shelled on Monday.",
    "Shells fell on the Turkish side of the border and in Syrian territory.",
    "Jets entered Lebanese airspace over the Syrian village of Jdeideh.",
    "The minister said talks would continue.",  # none of the words
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_gated_nisba_search_finds_what_the_whole_search_finds(text: str) -> None:
    for search in _nisba_patterns(load_resources().gazetteer.cues):
        assert [m.span() for m in search.finditer(text)] == [m.span() for m in search._pattern.finditer(text)]


def test_the_rows_hold_matches() -> None:
    """The table above is no empty check: its texts hold matches of every search."""
    for search in _nisba_patterns(load_resources().gazetteer.cues):
        assert any(list(search.finditer(t)) for t in _TEXTS)
