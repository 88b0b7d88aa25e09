"""Blanking the sentences no event can come from keeps every offset and every kept word."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article, find_mentions, prepare_article
from events.resources import load_resources
from events.text.masking import kept_sentences, mask_folded, mask_outside
from events.text.normalize import fold
from events.text.sentences import split_sentences

TEXTS = [
    "قال الوزير إن الجو حار. وقطعت السعودية علاقاتها مع قطر في 5 يونيو 2017. وهذا كل شيء.",
    "The weather was fine on Monday. Saudi Arabia cut ties with Qatar on 5 June 2017. Nothing else.",
    "وزار الرئيسُ التركيُّ الدوحةَ أمس.\nوكان الطقس حاراً يوم الأحد.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_mask_keeps_length_and_kept_sentences(text: str) -> None:
    sentences = split_sentences(text)
    keep = sentences[1:2]
    masked = mask_outside(text, keep)
    assert len(masked) == len(text)
    s, e = keep[0]
    assert masked[s:e] == text[s:e]
    assert not masked[:s].strip() and not masked[e:].strip()


@pytest.mark.parametrize("text", TEXTS)
def test_masked_folding_matches_folding_the_masked_text(text: str) -> None:
    folded = fold(text)
    keep = split_sentences(text)[:1]
    masked = mask_folded(folded, keep)
    again = fold(mask_outside(text, keep))
    assert masked.original == again.original
    s, e = keep[0]
    fs, fe = masked.index.index(s), max(i for i, o in enumerate(masked.index) if o < e) + 1
    gs, ge = list(again.index).index(s), max(i for i, o in enumerate(again.index) if o < e) + 1
    assert masked.text[fs:fe] == again.text[gs:ge]
    assert len(masked.text) == len(folded.text)


@pytest.mark.parametrize(
    ("sentences", "positions", "expected"),
    [
        ([(0, 10), (11, 20), (21, 30)], [12, 15], [(11, 20)]),
        ([(0, 10), (11, 20), (21, 30)], [25, 0], [(0, 10), (21, 30)]),
        ([(0, 10), (11, 20)], [10], []),  # between sentences
        ([], [3], []),
    ],
)
def test_kept_sentences(sentences, positions, expected) -> None:
    assert kept_sentences(sentences, positions) == expected


@pytest.mark.parametrize(
    ("text", "date_outside"),
    [
        ("كان الجو حارا يوم 3 مارس 2019. وقطعت السعودية علاقاتها مع قطر في 5 يونيو 2017.", "3 مارس 2019"),
        ("It rained on 3 March 2019. Saudi Arabia cut ties with Qatar on 5 June 2017.", "3 March 2019"),
    ],
)
def test_dates_are_read_only_where_an_event_can_be(text: str, date_outside: str) -> None:
    resources = load_resources()
    article = prepare_article(Article(id="a", text=text, published="2020-01-01"))
    mentions = find_mentions(article, resources)
    assert date_outside not in [d.text for d in mentions.dates]
    events = extract_article(article, resources)
    assert [e.date for e in events] == ["2017-06-05"]


@pytest.mark.parametrize("text", TEXTS)
def test_reading_only_the_text_spans_finds_what_reading_the_masked_text_finds(text: str) -> None:
    from events.places import find_places
    from events.temporal import find_dates
    from events.text.masking import text_spans

    resources = load_resources()
    folded = fold(text + " " + text)
    sentences = split_sentences(folded.original)
    for keep in (sentences[1:2], sentences[::2], sentences[-1:]):
        masked = mask_folded(folded, keep)
        spans = text_spans(folded, keep)
        for s, e in spans:
            assert masked.text[s:e].strip()
        outside = list(masked.text)
        for s, e in spans:
            outside[s:e] = " " * (e - s)
        assert not "".join(outside).strip()
        original = masked.original
        assert find_dates(original, "2020-01-01", "ar", folded=masked, spans=spans) == find_dates(
            original, "2020-01-01", "ar", folded=masked
        )
        places = find_places(original, masked, resources.gazetteer, (), spans)
        assert places == find_places(original, masked, resources.gazetteer, ())


@pytest.mark.parametrize(
    "text",
    [
        "زار أردوغان الدوحة أمس. وكان الطقس حارا الأحد. ووقعت تركيا وقطر اتفاقا في 5 يونيو 2017.",
        "Erdogan visited Doha yesterday. It was hot on Sunday. Turkey and Qatar signed a deal on 5 June 2017.",
        "كان الطقس حارا.",
    ],
)
@pytest.mark.parametrize("published", ["2017-06-30", "2020-11-10"])
def test_dates_read_again_are_those_a_fresh_reading_finds(text: str, published: str) -> None:
    """A second pass (the publication date estimated anew) re-reads only the dates."""
    from dataclasses import replace

    from events.pipeline import redate

    resources = load_resources()
    first = find_mentions(prepare_article(Article(id="a", text=text, published="2001-01-01")), resources)
    article = prepare_article(Article(id="a", text=text, published=published))
    again = redate(article, first)
    fresh = find_mentions(article, resources)
    assert again == fresh
    assert replace(again, dates=[]) == replace(first, dates=[])
    if any(d.basis == "relative" for d in fresh.dates):  # "yesterday" moved with the publication date
        assert first.dates != again.dates
