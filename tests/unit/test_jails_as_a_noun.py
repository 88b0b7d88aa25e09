"""English "jails" is a verb in the present only with its object after it (a court jails an
activist); the plural noun ends its phrase before punctuation ("held in Houthi jails, including
..."; "tortured to death in Syrian jails."): a place, no arrest. (Arabic keeps the noun and the
verb apart by their forms: سجون is no verb.)"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The photographs showed detainees who had died under torture in Syrian jails.",
        "Ministers said they hoped to free reporters still in Houthi jails, among them a party leader.",
    ],
)
def test_jails_ending_its_phrase_is_no_arrest(text: str) -> None:
    assert not of_type(extract(text, "2022-01-01"), "arrest")
