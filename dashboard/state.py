"""The dashboard's whole view as one value, to and from the URL query string.

A shared link reopens the same view: every filter, the timeline's lanes, the
selected event and the interface language live in `ViewState`, and
`ViewState.from_query(params)` / `ViewState.to_query()` are inverse. Unknown
or malformed parameters never raise: each is dropped with a notice the page
shows the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date

from dashboard.notices import Notice, RefusedValue
from events.model import EVENT_TYPES

LANES = ("type", "actor", "country")
LANGUAGES = ("en", "ar")
BASES = ("explicit", "relative", "reference", "publication")
MAX_VALUE_CHARS = 2000
MAX_ITEMS = 200
# the date filters' bounds: the sidebar's date inputs refuse a value outside them
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)

_ACTOR_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")
_EVENT_ID = re.compile(r"^[A-Za-z0-9_:-]{1,80}$")
_SOURCE = re.compile(r"^[^\x00-\x1f,]{1,200}$")


@dataclass(frozen=True)
class ViewState:
    """What the user sees. Empty tuples and None mean "no filter"."""

    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    sources: tuple[str, ...] = ()
    article_langs: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    min_conf: float = 0.0
    lanes: str = "type"
    event: str | None = None
    lang: str = "en"
    show_rejected: bool = False
    notices: tuple[str, ...] = field(default=(), compare=False)

    # -- query string --------------------------------------------------------------

    @classmethod
    def from_query(cls, params: Mapping[str, str | Iterable[str]]) -> ViewState:
        """Read a view from query parameters; bad values are dropped with a notice."""
        notices: list[str] = []
        values: dict[str, object] = {}
        for key, raw in params.items():
            value = raw if isinstance(raw, str) else ",".join(str(v) for v in raw)
            if key not in _READERS:
                notices.append(Notice("n_unknown_param", name=_short(key)))
                continue
            if len(value) > MAX_VALUE_CHARS:
                notices.append(Notice("n_too_long", key=key, n=len(value)))
                continue
            attr, reader = _READERS[key]
            try:
                values[attr] = reader(value, notices, key)
            except ValueError as exc:
                reason = exc.reason if isinstance(exc, RefusedValue) else str(exc)
                notices.append(Notice("n_refused", key=key, reason=reason))
        state = cls(**values, notices=tuple(notices))  # type: ignore[arg-type]
        if state.date_from and state.date_to and state.date_from > state.date_to:
            state = replace(
                state,
                date_from=None,
                date_to=None,
                notices=(*state.notices, Notice("n_date_range")),
            )
        return state

    def to_query(self) -> dict[str, str]:
        """The query parameters of this view (defaults are left out)."""
        q: dict[str, str] = {}
        if self.actors:
            q["actor"] = ",".join(self.actors)
        if self.countries:
            q["country"] = ",".join(self.countries)
        if self.types:
            q["type"] = ",".join(self.types)
        if self.date_from:
            q["from"] = self.date_from.isoformat()
        if self.date_to:
            q["to"] = self.date_to.isoformat()
        if self.text:
            q["q"] = self.text
        if self.sources:
            q["source"] = ",".join(self.sources)
        if self.article_langs:
            q["article_lang"] = ",".join(self.article_langs)
        if self.bases:
            q["basis"] = ",".join(self.bases)
        if self.min_conf:
            q["min_conf"] = _format_conf(self.min_conf)
        if self.lanes != "type":
            q["lanes"] = self.lanes
        if self.event:
            q["event"] = self.event
        if self.lang != "en":
            q["lang"] = self.lang
        if self.show_rejected:
            q["rejected"] = "show"
        return q

    def with_changes(self, **changes: object) -> ViewState:
        return replace(self, **changes, notices=())  # type: ignore[arg-type]

    def filters_equal(self, other: ViewState) -> bool:
        return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(self) if f.compare)


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def _format_conf(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _split(value: str) -> list[str]:
    items = [v.strip() for v in value.split(",")]
    items = [v for v in items if v]
    if len(items) > MAX_ITEMS:
        raise RefusedValue("r_too_many", n=MAX_ITEMS)
    return list(dict.fromkeys(items))


def _list_reader(pattern: re.Pattern[str], what: str, allowed: Iterable[str] | None = None, upper: bool = False):
    allowed_set = frozenset(allowed) if allowed is not None else None

    def read(value: str, notices: list[str], key: str) -> tuple[str, ...]:
        kept: list[str] = []
        for item in _split(value):
            item = item.upper() if upper else item
            if not pattern.match(item) or (allowed_set is not None and item not in allowed_set):
                notices.append(Notice("n_unknown_item", what=Notice(f"what_{what}"), item=_short(item), key=key))
                continue
            kept.append(item)
        return tuple(kept)

    return read


def _read_date(value: str, notices: list[str], key: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise RefusedValue("r_not_date", value=_short(value)) from None
    if not MIN_DATE <= parsed <= MAX_DATE:
        raise RefusedValue("r_year_range", low=MIN_DATE.isoformat(), high=MAX_DATE.isoformat(), value=value)
    return parsed


def _read_text(value: str, notices: list[str], key: str) -> str:
    return " ".join(value.split())


def _read_conf(value: str, notices: list[str], key: str) -> float:
    try:
        conf = float(value)
    except ValueError:
        raise RefusedValue("r_not_number", value=_short(value)) from None
    if not 0.0 <= conf <= 1.0:
        raise RefusedValue("r_conf_range", value=_short(value))
    return round(conf, 2)


def _choice(options: tuple[str, ...]):
    def read(value: str, notices: list[str], key: str) -> str:
        if value not in options:
            raise RefusedValue("r_one_of", options=", ".join(options), value=_short(value))
        return value

    return read


def _read_event(value: str, notices: list[str], key: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    if not _EVENT_ID.match(value):
        raise RefusedValue("r_event_id", value=_short(value))
    return value


def _read_rejected(value: str, notices: list[str], key: str) -> bool:
    value = value.strip().lower()
    if value in ("show", "1", "true", "yes"):
        return True
    if value in ("hide", "0", "false", "no", ""):
        return False
    raise RefusedValue("r_show_hide", value=_short(value))


_READERS = {
    "actor": ("actors", _list_reader(_ACTOR_ID, "actor")),
    "country": ("countries", _list_reader(_COUNTRY, "country", upper=True)),
    "type": ("types", _list_reader(re.compile(r"^[a-z_]+$"), "type", EVENT_TYPES)),
    "from": ("date_from", _read_date),
    "to": ("date_to", _read_date),
    "q": ("text", _read_text),
    "source": ("sources", _list_reader(_SOURCE, "source")),
    "article_lang": ("article_langs", _list_reader(_LANG_CODE, "article_lang")),
    "basis": ("bases", _list_reader(re.compile(r"^[a-z]+$"), "basis", BASES)),
    "min_conf": ("min_conf", _read_conf),
    "lanes": ("lanes", _choice(LANES)),
    "event": ("event", _read_event),
    "lang": ("lang", _choice(LANGUAGES)),
    "rejected": ("show_rejected", _read_rejected),
}
