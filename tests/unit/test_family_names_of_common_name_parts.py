"""An English family name shared by many people ("Khan") names the one person of the article
named in full before it, and no one when the article named nobody so."""

from __future__ import annotations

from test_extraction_support import extract, of_type


def test_khan_after_the_full_name_is_that_person() -> None:
    text = (
        "Pakistan's parliament removed Prime Minister Imran Khan in a no-confidence vote on Sunday. Khan, a former "
        "cricket star who won the 2018 general election, has accused the United States of orchestrating his removal."
    )
    [election] = of_type(extract(text, "2022-04-11"), "election")
    assert (election["date"], election["countries"], election["actors"]) == ("2018", ["PAK"], ["imran_khan"])


def test_khan_with_no_full_name_before_is_nobody() -> None:
    text = "Khan, a former cricket star who won the 2018 general election, has accused the United States of plotting."
    assert all("imran_khan" not in e["actors"] for e in extract(text, "2022-04-11"))


def test_khan_after_another_given_name_is_someone_else() -> None:
    text = (
        "Pakistan's parliament removed Prime Minister Imran Khan in a no-confidence vote on Sunday. "
        "London Mayor Sadiq Khan met Pakistani officials on Wednesday."
    )
    [meeting] = of_type(extract(text, "2022-04-14"), "meeting")
    assert "imran_khan" not in meeting["actors"]
