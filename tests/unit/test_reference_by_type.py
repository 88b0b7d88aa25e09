"""The per-type keyword matchers find what the whole matcher finds for that type."""

from __future__ import annotations

from events.reference import load_catalog
from events.text.normalize import fold

SENTENCES = [
    "وقعت تركيا وقطر اتفاقية القاعدة العسكرية في الدوحة",
    "أعلنت الحكومة الليبية وقف إطلاق النار في جنيف بعد محادثات اللجنة العسكرية 5+5",
    "Biden won the presidential election against Trump",
]


def test_type_matcher_is_the_whole_matcher_cut_to_the_type() -> None:
    catalog = load_catalog()
    for sentence in SENTENCES:
        folded = fold(sentence)
        whole = catalog._keywords.find_all(folded, overlapping=True)
        for event_type, indices in catalog._by_type.items():
            expected = [
                (m.start, m.end, m.key, tuple(k for k in m.payload if k.entry in indices))
                for m in whole
                if any(k.entry in indices for k in m.payload)
            ]
            found = catalog.keywords_of_type(event_type).find_all(folded, overlapping=True)
            assert sorted((m.start, m.end, m.key, m.payload) for m in found) == sorted(expected)
