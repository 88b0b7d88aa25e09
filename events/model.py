"""Records that flow through the pipeline.

`Article` and `Event` follow SCHEMA.md (the contract with the store, the
dashboard and the scorer). The mention records are what each stage finds in
an article's text; every offset is a character index into `Article.text`
(the original text, never a normalised copy).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year"]
DateBasis = Literal["explicit", "relative", "reference", "publication"]
PlacePrecision = Literal["city", "region", "country"]

EVENT_TYPES: tuple[str, ...] = (
    "visit",
    "meeting",
    "agreement",
    "ratification",
    "sanctions",
    "ceasefire",
    "election",
    "deployment",
    "military_exercise",
    "attack",
    "protest",
    "aid",
    "arrest",
    "appointment",
    "relations",
)

# Closest CAMEO root or code for each type (SCHEMA.md); None where CAMEO has none.
CAMEO_BY_TYPE: dict[str, str | None] = {
    "visit": "042",
    "meeting": "036",
    "agreement": "057",
    "ratification": "057",
    "sanctions": "163",
    "ceasefire": "0871",
    "election": None,
    "deployment": "150",
    "military_exercise": "062",
    "attack": "190",
    "protest": "140",
    "aid": "070",
    "arrest": "173",
    "appointment": None,
    "relations": "064",
}


@dataclass(slots=True)
class Article:
    """One input article (SCHEMA.md, "Article")."""

    id: str
    text: str
    title: str = ""
    published: str | None = None  # YYYY-MM-DD
    published_estimated: bool = False
    source: str | None = None
    url: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression found in the text and normalised.

    `value` is ISO 8601 cut to `precision` (`2017-06` for a month). `basis` is
    `explicit` when the text writes the date, `relative` when it was resolved
    against the publication date. `end_value` is set for ranges. `recurring`
    marks observances ("every year on 29 October"), which never date an event.
    """

    start: int
    end: int
    text: str
    value: str
    precision: Precision
    basis: DateBasis
    end_value: str | None = None
    recurring: bool = False


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text.

    `kind` is `country`, `organisation`, `person` or `group`. `country` is the
    ISO alpha-3 code the actor belongs to (None for international bodies).
    `members` lists the member countries of a group actor (the Arab Quartet).
    """

    start: int
    end: int
    text: str
    actor_id: str
    kind: str
    country: str | None
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, resolved to one gazetteer entry."""

    start: int
    end: int
    text: str
    name: str  # canonical English name
    country: str  # ISO alpha-3
    lat: float
    lon: float
    precision: PlacePrecision
    population: int = 0


@dataclass(frozen=True, slots=True)
class TriggerMention:
    """Words that name an event of one type.

    `modality` is `asserted` for an event the text says happened, else the
    kind of cue that governs it (`negated`, `planned`, `feared`, `demanded`,
    `hypothetical`, `denied`, `threatened`, `recurring`); `cue` holds the cue's words.
    `tense` is that of a verb (`past`, `present`, `future`, `base`), empty for a noun.
    """

    start: int
    end: int
    text: str
    event_type: str
    cameo: str | None
    modality: str = "asserted"
    cue: str | None = None
    weight: float = 1.0
    tense: str = ""
    # read from the same words as an event of another type too (data/triggers.json `also`):
    # a military coup's armed seizure beside its change of office
    second_reading: bool = False


@dataclass(frozen=True, slots=True)
class ReferenceMention:
    """A well-known event from the reference catalog, named in the text."""

    start: int
    end: int
    text: str
    ref_id: str
    event_type: str
    date: str
    precision: Precision
    countries: tuple[str, ...]
    end_date: str | None = None
    location_country: str | None = None
    # the catalog's happening is no event of the taxonomy (an accident, a disaster)
    no_event: bool = False


@dataclass(slots=True)
class Event:
    """One extracted event (SCHEMA.md, "Event")."""

    event_id: str
    article_id: str
    event_type: str
    cameo: str | None
    date: str | None
    date_precision: Precision | None
    date_basis: DateBasis | None
    title: str
    quote: str
    trigger: str
    end_date: str | None = None
    actors: list[str] = field(default_factory=list)
    actor1: str | None = None
    actor2: str | None = None
    attribution: str | None = "article"
    countries: list[str] = field(default_factory=list)
    location: dict[str, Any] | None = None
    spans: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.5
    sources: list[dict[str, Any]] = field(default_factory=list)
    language: str | None = None
    published: str | None = None
    published_estimated: bool = False
    reference_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
