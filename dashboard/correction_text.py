"""One stored correction as a line of the review panel, in the interface language."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from dashboard.i18n import list_sep, ltr_run, t, type_label
from dashboard.names import NameBook

# the interface string naming each correction's action
_ACTION_KEYS = {"reject": "action_reject", "type": "type", "date": "date", "actors": "actors", "location": "location"}


def correction_text(correction: Mapping[str, Any], lang: str, names: NameBook | None = None) -> str:
    """`#3 Type: Visit — analyst 2026-01-02T10:00:00Z`: what was corrected, to what, by whom and when."""
    action = str(correction.get("action") or "")
    label = t(_ACTION_KEYS[action], lang) if action in _ACTION_KEYS else action
    shown = _value_text(action, correction.get("value"), lang, names)
    text = ltr_run(f"#{correction.get('id')}", lang) + f" {label}" + (f": {shown}" if shown else "")
    signed = f"{correction.get('author') or '?'} {correction.get('created_at') or ''}".rstrip()
    return text + " — " + ltr_run(signed, lang)


def _value_text(action: str, value: Any, lang: str, names: NameBook | None) -> str:
    if not value:
        return ""
    if not isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False)
    if action == "type" and value.get("event_type"):
        return type_label(str(value["event_type"]), lang)
    if action == "date" and value.get("date"):
        return ltr_run(str(value["date"]), lang)
    if action == "actors" and value.get("actors"):
        return list_sep(lang).join(names.name(str(a), lang) if names else str(a) for a in value["actors"])
    if action == "location":
        loc = value.get("location")
        if not loc:
            return t("none", lang)
        country = loc.get("country")
        place = str(loc.get("name") or "")
        if country and place != country:
            return f"{place} ({names.name(country, lang) if names else country})"
        return names.name(country, lang) if names and country else place
    return json.dumps(value, ensure_ascii=False)
