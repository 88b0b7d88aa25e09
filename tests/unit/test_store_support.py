"""A stand-in extractor for the store tests, so they do not depend on the pipeline's lexicons.

An article's text holds one line per event it "reports":

    EVENT visit 2017-06-05 day explicit QAT,TUR @Doha #the quote

(type, date, precision, basis, actors, optional place, optional quote).
Other lines are ordinary text. `EVENTS_FAKE_SLOW` (seconds) slows each
article down, for the crash and concurrency tests.
"""

from __future__ import annotations

import os
import time
from typing import Any

import pytest

from events.model import Article, Event

PLACES = {
    "Doha": ("QAT", 25.2854, 51.531, "city"),
    "Ankara": ("TUR", 39.9334, 32.8597, "city"),
    "Istanbul": ("TUR", 41.0082, 28.9784, "city"),
    "Tripoli": ("LBY", 32.8872, 13.1913, "city"),
    "Geneva": ("CHE", 46.2044, 6.1432, "city"),
    "Damascus": ("SYR", 33.5138, 36.2765, "city"),
    "Aleppo": ("SYR", 36.2021, 37.1343, "city"),
}


def fake_extract(article: Article) -> list[Event]:
    delay = float(os.environ.get("EVENTS_FAKE_SLOW") or 0)
    if delay:
        time.sleep(delay)
    out: list[Event] = []
    for line in article.text.splitlines():
        if not line.startswith("EVENT "):
            continue
        head, _, quote = line.partition("#")
        parts = head.split()
        etype, value, precision, basis, actors = parts[1:6]
        place = next((p[1:] for p in parts[6:] if p.startswith("@")), None)
        actor_ids = [a for a in actors.split(",") if a and a != "-"]
        countries = sorted({a for a in actor_ids if len(a) == 3 and a.isupper()})
        location = None
        if place:
            country, lat, lon, prec = PLACES[place]
            location = {"name": place, "country": country, "lat": lat, "lon": lon, "precision": prec}
            countries = sorted({*countries, country})
        out.append(
            Event(
                event_id=f"{article.id}:{len(out)}",
                article_id=article.id,
                event_type=etype,
                cameo=None,
                date=None if value == "-" else value,
                date_precision=None if value == "-" else precision,  # type: ignore[arg-type]
                date_basis=None if value == "-" else basis,  # type: ignore[arg-type]
                title=f"{etype} {actors}",
                quote=quote.strip() or line,
                trigger=etype,
                actors=actor_ids,
                actor1=actor_ids[0] if actor_ids else None,
                actor2=actor_ids[1] if len(actor_ids) > 1 else None,
                countries=countries,
                location=location,
                confidence=0.6,
                published=article.published,
                language=article.language,
            )
        )
    return out


def failing_extract(article: Article) -> list[Event]:
    if "BOOM" in article.text:
        raise RuntimeError("boom")
    return fake_extract(article)


FILLER_AR = "قال مسؤولون إن الوضع في المنطقة ما زال متوترا بعد أسابيع من المحادثات بين الأطراف المعنية في العاصمة"
FILLER_EN = "Officials said the situation in the region remained tense after weeks of talks between the parties"


def make_article(aid: str, *events: str, body: str = "", published: str | None = "2017-06-06", **kw: Any) -> Article:
    text = "\n".join([body or f"{FILLER_AR} {aid}.", *events, FILLER_EN + f" ({aid})."])
    return Article(id=aid, text=text, title=f"title {aid}", published=published, **kw)


def corpus(prefix: str, n: int) -> list[Article]:
    """`n` distinct articles, each with two events; every third one reports the same visit."""
    arts = []
    for i in range(n):
        events = [f"EVENT attack 2018-0{1 + i % 9}-{10 + i % 18:02d} day explicit SYR @Aleppo #attack {prefix}{i}"]
        if i % 3 == 0:
            events.append("EVENT visit 2017-06-05 day explicit QAT,TUR @Doha #زار الوزير التركي الدوحة")
        else:
            events.append(f"EVENT meeting 2016-{1 + i % 12:02d} month explicit {prefix.upper()[:1]}X{i % 10},LBY #m")
        body = f"{FILLER_AR} {prefix} {i} " + " ".join(f"كلمة{prefix}{i}x{j}" for j in range(30))
        arts.append(make_article(f"{prefix}-{i:04d}", *events, body=body))
    return arts


@pytest.mark.parametrize(
    ("line", "etype", "countries", "loc"),
    [
        ("EVENT visit 2017-06-05 day explicit QAT,TUR @Doha #زار", "visit", ["QAT", "TUR"], "Doha"),
        ("EVENT attack 2018-03 month explicit SYR @Aleppo #attack", "attack", ["SYR"], "Aleppo"),
        ("EVENT meeting 2016 year explicit muslim_brotherhood,EGY #met", "meeting", ["EGY"], None),
    ],
)
def test_fake_extract_reads_event_lines(line: str, etype: str, countries: list[str], loc: str | None) -> None:
    (event,) = fake_extract(make_article("a", line))
    assert event.event_type == etype
    assert event.countries == countries
    assert (event.location or {}).get("name") == loc


PG_ENV = "EVENTS_TEST_PG_URL"


def pg_url_or_skip() -> str:
    """The test PostgreSQL URL; skip without one, but fail in CI (where none may be skipped)."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"CI is set but {PG_ENV} is not: source .ci/postgres.sh before the tests")
        pytest.skip(f"no PostgreSQL server for the store tests: set {PG_ENV} (source .ci/postgres.sh)")
    return url


def reset_pg(url: str) -> None:
    from sqlalchemy import create_engine

    from events.store import Base, to_url

    engine = create_engine(to_url(url))
    Base.metadata.drop_all(engine)
    engine.dispose()


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def location_for(backend: str, tmp_path: Any) -> str:
    """A fresh store location: an SQLite file, or the (emptied) PostgreSQL test database."""
    if backend == "sqlite":
        return str(tmp_path / "events.sqlite")
    url = pg_url_or_skip()
    reset_pg(url)
    return url
