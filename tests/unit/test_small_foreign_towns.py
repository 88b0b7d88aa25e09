"""A small town of a name the gazetteer guards, introduced as a town ("the northwestern town of
Talas", «بلدة بريكة»), of a country an article that names other countries never names, is a
namesake the gazetteer does not hold (Talas of Kyrgyzstan, not Talas of Turkey): no place of the
article. Named with its country, in an article naming no other country, without a word of a town,
or of an unguarded name (مدينة عفرين), it stays."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import find_mentions, prepare_article
from events.resources import load_resources


def places(text: str) -> list[tuple[str, str | None]]:
    article = prepare_article(Article(id="t", text=text, published="2010-04-08"))
    return [(article.text[p.start : p.end], p.country) for p in find_mentions(article, load_resources()).places]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyrgyz protesters stormed the regional administration in the northwestern town of Talas on Tuesday.", []),
        ("وقال الجيش المالي إن مسلحين هاجموا مواقعه في بلدة بريكة أمس.", []),
        # the town's own country named, no other country, or no word of a town
        ("Turkish police dispersed protesters in the town of Talas on Tuesday.", [("Talas", "TUR")]),
        ("Protesters stormed the regional administration in the town of Talas on Tuesday.", [("Talas", "TUR")]),
        ("واقتحم محتجون سوريون مبنى الإدارة في بلدة الريحانية التركية أمس.", [("الريحانية", "TUR")]),
        ("Saudi and Qatari officials met in Reyhanli on Tuesday.", [("Saudi", "SAU"), ("Reyhanli", "TUR")]),
        ("ومنذ انتزاع القوات التركية مدينة عفرين قبل أكثر من أسبوع، تكررت التهديدات.", [("عفرين", "SYR")]),
        ("وهاجم مسلحون جزائريون مواقع للجيش في بلدة بريكة أمس.", [("بريكة", "DZA")]),
    ],
)
def test_small_towns_of_countries_never_named(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [p for p in places(text) if p[1] != "KGZ"] == expected
