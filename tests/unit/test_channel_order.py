"""A news outlet named after a word of source is the report's channel; an organisation that is
no outlet is never one, and the words before it are not searched for it."""

import pytest

from events.assemble import channels
from events.assemble.channels import as_channel
from events.model import ActorMention


def _org(text: str, name: str, actor_id: str) -> ActorMention:
    start = text.index(name)
    return ActorMention(start, start + len(name), name, actor_id, "organisation", None)


@pytest.mark.parametrize(
    "text, name, actor_id, expected",
    [
        ("وقال مصدر بحسب الجزيرة إن الهجوم وقع", "الجزيرة", "al_jazeera", True),
        ("a source told AFP that the attack took place", "AFP", "afp", True),
        ("وقال مصدر بحسب الأمم المتحدة إن الهجوم وقع", "الأمم المتحدة", "un", False),  # no outlet
        ("a source told the United Nations that", "United Nations", "un", False),
        ("أعلنت الجزيرة أن", "الجزيرة", "al_jazeera", False),  # no word of source before it
    ],
)
def test_as_channel(text: str, name: str, actor_id: str, expected: bool) -> None:
    assert as_channel(text, _org(text, name, actor_id)) is expected


def test_no_search_before_an_organisation_that_is_no_outlet(monkeypatch: pytest.MonkeyPatch) -> None:
    def never() -> None:
        raise AssertionError("searched before an organisation that is no outlet")

    monkeypatch.setattr(channels, "_channel_cue", never)
    text = "a source told the United Nations that"
    assert as_channel(text, _org(text, "United Nations", "un")) is False
