"""Notices about the values an opening link held that the view could not take.

A notice is its English text (so it prints, logs and compares as a string) that also keeps the
interface string it was made from, so the page tells it in the interface's language. A value of
a notice may itself be a notice (the reason a value was refused, what kind of item it was)."""

from __future__ import annotations

from dashboard.i18n import t


class Notice(str):
    """One notice: the English text of the interface string `key` with `values`."""

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, /, **values: object) -> Notice:
        self = super().__new__(cls, t(key, "en", **_told(values, "en")))
        self.key = key
        self.values = values
        return self

    def told(self, lang: str) -> str:
        """The notice in the interface language `lang`."""
        return t(self.key, lang, **_told(self.values, lang))

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, object]]]:
        return _rebuild, (self.key, self.values)


def _rebuild(key: str, values: dict[str, object]) -> Notice:
    return Notice(key, **values)


def told(notice: str, lang: str) -> str:
    """A notice in `lang`; a plain string is shown as it is."""
    return notice.told(lang) if isinstance(notice, Notice) else notice


def _told(values: dict[str, object], lang: str) -> dict[str, object]:
    return {k: v.told(lang) if isinstance(v, Notice) else v for k, v in values.items()}


class RefusedValue(ValueError):
    """A parameter value a reader refuses, with the reason as a notice."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.reason = Notice(key, **values)
        super().__init__(str(self.reason))
