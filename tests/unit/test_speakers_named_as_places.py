"""A country named as a speaker that tells of another state's doing ("The United States, which
accuses Russia of sending troops, said on Saturday it had evidence", "وقالت الولايات المتحدة") is no
place of that deed; a speaker telling of its own doing ("Turkey said it had sent troops") stays
(data/assembly.json `speaker_verbs`)."""

from __future__ import annotations

import pytest
from test_extraction_support import country_named, extract, of_type

from events.assemble.party_places import names_a_speaker, without_speaker_places
from events.model import ActorMention


@pytest.mark.parametrize(
    ("text", "name", "speaker"),
    [
        ("The United States, which accuses Russia of sending troops, said on Saturday it had evidence.", "United States", True),
        ("The United States said Russia had moved artillery.", "United States", True),
        ("وقالت الولايات المتحدة إن روسيا نقلت مدفعية.", "الولايات المتحدة", True),
        ("وأكدت فرنسا أن إيران اعتقلت ناشطا.", "فرنسا", True),
        # not a name that does, nor one a preposition governs, nor one after a verb of another kind
        ("The United States sent troops to the region.", "United States", False),
        ("Troops were sent to the United States, officials said.", "United States", False),
        ("وأرسلت الولايات المتحدة قوات إلى المنطقة.", "الولايات المتحدة", False),
        ("قال الوزير إن القوات وصلت إلى فرنسا.", "فرنسا", False),
    ],
)
def test_a_country_named_as_a_speaker(text, name, speaker):
    assert names_a_speaker(text, country_named(text, name, "USA")) is speaker


@pytest.mark.parametrize(
    ("text", "name", "doer", "kept"),
    [
        # the speaker tells of another state's doing: no place
        ("The United States said Russia had moved artillery.", "United States", "RUS", False),
        ("وقالت الولايات المتحدة إن روسيا نقلت مدفعية.", "الولايات المتحدة", "RUS", False),
        # the speaker's own doing, or no doer of a country known: it stays
        ("The United States said it had moved artillery.", "United States", "USA", True),
        ("وقالت الولايات المتحدة إنها نقلت مدفعية.", "الولايات المتحدة", "USA", True),
        ("The United States said troops had moved.", "United States", None, True),
    ],
)
def test_a_speaker_is_no_place_of_another_states_deed(text, name, doer, kept):
    place = country_named(text, name, "USA")
    initiator = [ActorMention(0, 1, "x", doer or "rebels", "country" if doer else "group", doer)]
    assert (without_speaker_places(text, [place], initiator) == [place]) is kept


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a speaker telling of its own doing is where it did it, from nowhere else told
        ("Turkey said on Saturday it had sent troops to support the government.", "TUR"),
        ("وقالت تركيا إنها أرسلت قوات السبت لدعم الحكومة.", "TUR"),
    ],
)
def test_a_deployment_is_not_placed_in_the_speakers_country(text, where):
    (deployment,) = of_type(extract(text, "2015-02-15"), "deployment")
    assert (deployment["location"] or {}).get("country") == where


def test_a_deployment_told_by_a_speaker_is_not_in_the_speakers_country():
    text = (
        "The United States, which accuses Russia of sending troops and heavy weaponry to support the rebels, "
        "said on Saturday it had evidence."
    )
    (deployment,) = of_type(extract(text, "2015-02-15"), "deployment")
    assert (deployment["location"] or {}).get("country") != "USA"
    assert "USA" not in deployment["countries"]
