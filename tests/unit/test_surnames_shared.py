"""Both compact forms of a sentence (titles and given names left out, or the titles alone) start
from the surnames found in it once."""

import pytest

from events import reference
from events.reference import load_catalog, without_titles
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "compact", "with_given"),
    [
        ("اغتيال رئيس الوزراء الإسرائيلي الأسبق إسحاق رابين", "اغتيال رابين", "اغتيال اسحاق رابين"),
        ("assassination of former Egyptian President Anwar Sadat", "assassination of sadat", "assassination of anwar sadat"),
    ],
)
def test_one_search_for_both_forms(text: str, compact: str, with_given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = load_catalog()
    folded = fold(text + " ")  # a text of its own, not made compact before
    searches = []
    real = reference._surname_matches

    def counted(*args):  # type: ignore[no-untyped-def]
        searches.append(args[2])
        return real(*args)

    monkeypatch.setattr(reference, "_surname_matches", counted)
    plain, kept = without_titles(catalog, folded), without_titles(catalog, folded, keep_given=True)
    assert plain is not None and kept is not None
    assert plain.text.lower().strip() == compact
    assert kept.text.lower().strip() == with_given
    assert searches == [folded.text]


@pytest.mark.parametrize(
    "text",
    ["وقال المتحدث إن الحكومة مستمرة", "the talks resumed on monday", "رابين", "Sadat"],
)
def test_no_run_without_a_surname_after_a_space(text: str) -> None:
    assert without_titles(load_catalog(), fold(text)) is None
