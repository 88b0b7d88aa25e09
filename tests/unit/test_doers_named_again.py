"""A doer named once and taken up again by a common noun ("the group", "the Gulf state",
«الجماعة»، «الإمارة»): the actor of that kind named before, when those give one country."""

from __future__ import annotations

import pytest

from events.assemble.group_subjects import group_subject
from events.model import ActorMention

HOUTHIS = ("Houthis", "houthis", "organisation", "YEM")
HOUTHIS_AR = ("الحوثيين", "houthis", "organisation", "YEM")
HAMAS = ("Hamas", "hamas", "organisation", "PSE")
HAMAS_AR = ("حماس", "hamas", "organisation", "PSE")
HEZBOLLAH = ("Hezbollah", "hezbollah", "organisation", "LBN")
QATAR = ("Qatar", "qatar", "country", "QAT")
KUWAIT = ("Kuwait", "kuwait", "country", "KWT")
KUWAIT_AR = ("الكويت", "kuwait", "country", "KWT")
IRAN = ("Iran", "iran", "country", "IRN")
ETHIOPIA = ("Ethiopia", "ethiopia", "country", "ETH")
ERITREA = ("Eritrea", "eritrea", "country", "ERI")
SOMALIA = ("Somalia", "somalia", "country", "SOM")
SAUDI = ("Saudi Arabia", "saudi_arabia", "country", "SAU")
IRAQ = ("Iraq", "iraq", "country", "IRQ")
CANADA = ("Canada", "canada", "country", "CAN")
KENYA = ("Kenya", "kenya", "country", "KEN")
HAITI = ("Haiti", "haiti", "country", "HTI")
NEPAL = ("Nepal", "nepal", "country", "NPL")
INDIA = ("India", "india", "country", "IND")
ISRAEL = ("Israel", "israel", "country", "ISR")
SAUDI_AR = ("السعودية", "saudi_arabia", "country", "SAU")
QATAR_AR = ("قطر", "qatar", "country", "QAT")


def _actors(text: str, names: tuple[tuple[str, str, str, str], ...]) -> list[ActorMention]:
    found = []
    for name, actor_id, kind, country in names:
        at = text.index(name)
        found.append(ActorMention(at, at + len(name), name, actor_id, kind, country))
    return sorted(found, key=lambda a: a.start)


CASES = [
    # (first sentence, second sentence, event word, actors of the first, language, country)
    ("The Houthis warned shipping firms.", "On Monday night the group launched six drones at a tanker.", "launched", (HOUTHIS,), "en", "YEM"),
    ("Hamas said the talks had stalled.", "Hours later the movement fired rockets at Ashkelon.", "fired", (HAMAS,), "en", "PSE"),
    ("Qatar denied the charges made by Iran.", "The Gulf state then expelled two diplomats.", "expelled", (QATAR, IRAN), "en", "QAT"),
    ("Ethiopia accused Eritrea of meddling.", "Then the federal government declared a truce.", "truce", (ETHIOPIA, ERITREA), "en", "ETH"),
    ("قال متحدث باسم الحوثيين إن الهجمات ستستمر.", "وأطلقت الجماعة صاروخا نحو السفن.", "وأطلقت", (HOUTHIS_AR,), "ar", "YEM"),
    ("أعلنت حماس موقفها من المقترح.", "وشنت الحركة هجوما على موقع عسكري.", "هجوما", (HAMAS_AR,), "ar", "PSE"),
    ("استدعت الكويت السفير للتشاور.", "وقررت الإمارة طرد الدبلوماسي.", "طرد", (KUWAIT_AR,), "ar", "KWT"),
    ("Saudi Arabia recalled its envoy from Canada.", "The kingdom then froze new trade.", "froze", (SAUDI, CANADA), "en", "SAU"),
    ("نفت قطر اتهامات السعودية.", "وفرضت المملكة قيودا جديدة.", "وفرضت", (QATAR_AR, SAUDI_AR), "ar", "SAU"),
    # a state told by its region or by an epithet of its own
    ("Kenya and Haiti signed a pact.", "On Tuesday the East African nation sent police to Haiti.", "sent", (KENYA, HAITI), "en", "KEN"),
    ("India criticised Nepal's new map.", "The Himalayan nation then recalled its envoy.", "recalled", (INDIA, NEPAL), "en", "NPL"),
    ("Iran accused Israel of the killing.", "The Islamic Republic launched drones on Saturday.", "launched", (IRAN, ISRAEL), "en", "IRN"),
    ("Israel accused Iran of the killing.", "The Islamic Republic launched drones on Saturday.", "launched", (ISRAEL,), "en", None),
    # guards: a name, a group that is no doer named before, a noun with a qualifier after it
    ("The Houthis fired drones.", "On Friday the group of seven condemned the attacks.", "condemned", (HOUTHIS,), "en", None),
    ("The Houthis fired drones.", "On Friday a group of protesters marched in Sanaa.", "marched", (HOUTHIS,), "en", None),
    ("The Houthis fired drones.", "On Friday the Movement for Peace marched in Sanaa.", "marched", (HOUTHIS,), "en", None),
    ("قال متحدث باسم الحوثيين إن الهجمات ستستمر.", "وتراجعت الحركة التجارية في الميناء.", "وتراجعت", (HOUTHIS_AR,), "ar", None),
    ("نفت قطر اتهامات السعودية.", "وفرضت المملكة المتحدة قيودا جديدة.", "وفرضت", (QATAR_AR, SAUDI_AR), "ar", None),
    # guards: more than one actor named before fits
    ("Hezbollah and the Houthis praised the strike.", "Later the group fired a missile.", "fired", (HEZBOLLAH, HOUTHIS), "en", None),
    ("Qatar and Kuwait voted for the plan.", "On Sunday the emirate's ruler visited Iran.", "visited", (QATAR, KUWAIT), "en", None),
    ("Ethiopia and Somalia signed a pact.", "Then the federal government declared a truce.", "truce", (ETHIOPIA, SOMALIA), "en", None),
    ("Qatar and Iran signed a pact.", "On Sunday the country's army held drills.", "drills", (QATAR, IRAN), "en", None),
    ("Iran closed its embassy.", "Iraq's prime minister said the country would host talks.", "talks", (IRAN, IRAQ), "en", None),
    ("Iran closed its embassy.", "Its prime minister said the country would host talks.", "talks", (IRAN,), "en", "IRN"),
    ("The Houthis warned shipping firms.", "Strikes against the group killed 20 fighters.", "killed", (HOUTHIS,), "en", None),
    ("قال متحدث باسم الحوثيين إن الهجمات ستستمر.", "وقالت مصادر إن غارات على الجماعة قتلت عشرين.", "قتلت", (HOUTHIS_AR,), "ar", None),
    # the noun must be the event's doer, just before it in English
    ("The Houthis warned shipping firms.", "The navy, which had watched the group for weeks, struck.", "struck", (HOUTHIS,), "en", None),
]


@pytest.mark.parametrize(("first", "second", "word", "named", "language", "country"), CASES)
def test_doer_named_again(first: str, second: str, word: str, named: tuple, language: str, country: str | None) -> None:
    text = f"{first} {second}"
    start = len(first) + 1
    at = text.index(word, start)
    found = group_subject(text, start, (at, at + len(word)), _actors(text, named), language, len(text))
    assert (found.country if found is not None else None) == country
