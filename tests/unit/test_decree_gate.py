"""The sentences that tell a decree issued are found as before, and an article with no verb of
issuing is not searched sentence by sentence."""

import pytest

from events.assemble import decrees
from events.assemble.decrees import decree_starts
from events.text.sentences import split_sentences


@pytest.mark.parametrize(
    "text, issued",
    [
        ("أصدر الملك، مساء أمس السبت، أمرا ملكيا بإعفاء الوزير. وتضمنت الأوامر الملكية تعيين آخر.", [0]),
        ("وقال المتحدث إن الحكومة مستمرة. وأصدرت الرئاسة قرارا بتعيين سفير جديد.", [1]),
        ("وقال المتحدث إن الحكومة مستمرة في عملها.", []),
        ("The king issued a royal decree on Saturday. It named a new minister.", []),
    ],
)
def test_decree_starts(text: str, issued: list[int]) -> None:
    sentences = split_sentences(text)
    assert decree_starts(text, sentences) == [sentences[i][0] for i in issued]


@pytest.mark.parametrize(
    "text",
    ["وقال المتحدث إن الحكومة مستمرة في عملها.", "The king issued a royal decree on Saturday."],
)
def test_no_search_without_a_verb_of_issuing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def never() -> None:
        raise AssertionError("searched an article with no verb of issuing")

    monkeypatch.setattr(decrees, "load_decree_issued", never)
    assert decree_starts(text, split_sentences(text)) == []
