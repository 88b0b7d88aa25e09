"""Ingest: read articles, extract their events (in N processes), store them one article per transaction.

- Idempotent: an article whose id and content hash the store already holds is
  skipped before extraction; an edited article (same id, new hash) has its
  events replaced.
- Near-identical copies of one wire story (MinHash of word shingles, estimated overlap above
  `NEAR_DUPLICATE_JACCARD`) form a wire group: their events merge into one
  report with several sources.
- After each article the merge blocks it touches are merged again, inside
  the same transaction, so readers always see a merged table that matches
  the stored articles.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import sys
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from events.corrections import active_corrections, apply_corrections, corrections_for, now_iso
from events.merge import SourceInfo, block_key, merge_events
from events.model import Article
from events.store import (
    ArticleBandRow,
    ArticleRow,
    EventRow,
    RawEventRow,
    Store,
    delete_events,
    set_aliases,
    write_event,
)

SHINGLE_WORDS = 3
MIN_WORDS_FOR_FINGERPRINT = 12  # shorter texts get no signature and are never taken for copies
MINHASH_SIZE = 32
BAND_ROWS = 4  # 8 bands of 4 values: pairs above ~0.7 Jaccard share a band with high probability
NEAR_DUPLICATE_JACCARD = 0.6  # estimated shingle overlap above which two texts are one wire story
_PRIME = (1 << 61) - 1
_HASH_PARAMS = tuple(
    (
        int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest(), "big") % (_PRIME - 1) + 1,
        int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest(), "big") % _PRIME,
    )
    for i in range(MINHASH_SIZE)
)

Extractor = Callable[[Article], Sequence[Any]]
Progress = Callable[["IngestReport"], None]


def default_extract(article: Article) -> list[Any]:
    """The project's pipeline, with the resources loaded once per process."""
    from events.pipeline import extract_article
    from events.resources import load_resources

    return extract_article(article, load_resources())


# --- fingerprints -------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def content_hash(article: Article) -> str:
    """What makes an article "the same" on re-ingest: its text, title and publication metadata."""
    payload = [normalise_text(article.title or ""), normalise_text(article.text), article.published, article.url]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


def minhash(text: str) -> list[int] | None:
    """MinHash signature of the folded text's word 3-shingles (None for texts too short to compare)."""
    from events.text.normalize import fold_str

    words = "".join(ch if ch.isalnum() else " " for ch in fold_str(text)).split()
    if len(words) < MIN_WORDS_FOR_FINGERPRINT:
        return None
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    hashes = [int.from_bytes(hashlib.blake2b(sh.encode("utf-8"), digest_size=8).digest(), "big") for sh in shingles]
    return [min((a * h + b) % _PRIME for h in hashes) for a, b in _HASH_PARAMS]


def signature_bands(signature: Sequence[int] | None) -> list[int]:
    """One integer per LSH band (band number in the high bits)."""
    if not signature:
        return []
    out = []
    for i in range(0, len(signature), BAND_ROWS):
        digest = hashlib.blake2b(repr(tuple(signature[i : i + BAND_ROWS])).encode(), digest_size=4).digest()
        out.append(((i // BAND_ROWS) << 32) | int.from_bytes(digest, "big"))
    return out


def similarity(a: Sequence[int] | None, b: Sequence[int] | None) -> float:
    """Estimated Jaccard overlap of two texts' shingles."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


# --- one article ----------------------------------------------------------------------------------


@dataclass
class Prepared:
    """An article with its extracted events and fingerprints, ready to store."""

    article: Article
    content_hash: str
    text_hash: str
    signature: list[int] | None
    events: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def prepare(article: Article, extract: Extractor) -> Prepared:
    """Extract and fingerprint one article (runs in a worker process)."""
    prepared = Prepared(article, content_hash(article), text_hash(article.text), minhash(article.text))
    try:
        found = extract(article)
        prepared.events = [e.to_dict() if hasattr(e, "to_dict") else dict(e) for e in found]
    except Exception as exc:  # one bad article must not end the run
        prepared.error = f"extraction failed: {exc.__class__.__name__}: {exc}"
    return prepared


def _unique_event_ids(conn: Connection, article_id: str, events: list[dict[str, Any]]) -> None:
    """Event ids are primary keys: keep them unique within the article and across the store."""
    seen: set[str] = set()
    for ev in events:
        eid = str(ev.get("event_id") or f"{article_id}#{len(seen)}")
        if eid in seen:
            n = 2
            while f"{eid}~{n}" in seen:
                n += 1
            eid = f"{eid}~{n}"
        owner = conn.execute(select(RawEventRow.article_id).where(RawEventRow.event_id == eid)).scalar()
        if owner is not None and owner != article_id:
            eid = f"{eid}@{hashlib.sha1(article_id.encode('utf-8')).hexdigest()[:8]}"
        seen.add(eid)
        ev["event_id"] = eid
        ev["article_id"] = article_id


def _near_neighbours(conn: Connection, article_id: str, signature: Sequence[int] | None) -> set[str]:
    keys = signature_bands(signature)
    if not keys:
        return set()
    candidates = set(
        conn.execute(select(ArticleBandRow.article_id).where(ArticleBandRow.band.in_(keys)).distinct()).scalars()
    )
    candidates.discard(article_id)
    if not candidates:
        return set()
    rows = conn.execute(
        select(ArticleRow.article_id, ArticleRow.signature).where(ArticleRow.article_id.in_(sorted(candidates)))
    ).all()
    return {aid for aid, sig in rows if similarity(sig, signature) >= NEAR_DUPLICATE_JACCARD}


def regroup(conn: Connection, seeds: Iterable[str]) -> set[str]:
    """Recompute the wire groups around `seeds`; the ids of the articles whose group changed.

    A wire group is a connected component of the near-duplicate graph, named
    by its smallest article id, so it depends only on the articles stored.
    """
    todo = deque(sorted(set(seeds)))
    members: dict[str, tuple[Any, str]] = {}
    edges: dict[str, set[str]] = {}
    while todo:
        aid = todo.popleft()
        if aid in members:
            continue
        row = conn.execute(
            select(ArticleRow.signature, ArticleRow.wire_group).where(ArticleRow.article_id == aid)
        ).one_or_none()
        if row is None:
            continue
        members[aid] = (row[0], row[1])
        near = _near_neighbours(conn, aid, row[0])
        same_group = set(conn.execute(select(ArticleRow.article_id).where(ArticleRow.wire_group == row[1])).scalars())
        edges[aid] = near
        todo.extend(sorted((near | same_group) - members.keys()))
    parent = {a: a for a in members}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, near in edges.items():
        for b in near:
            if b in parent:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    changed: set[str] = set()
    for aid, (_, group) in members.items():
        new_group = find(aid)
        if new_group != group:
            conn.execute(update(ArticleRow).where(ArticleRow.article_id == aid).values(wire_group=new_group))
            changed.add(aid)
    return changed


def _blocks_of(conn: Connection, article_ids: Iterable[str]) -> set[str]:
    ids = sorted(set(article_ids))
    out: set[str] = set()
    for start in range(0, len(ids), 500):
        out.update(
            conn.execute(
                select(RawEventRow.block).where(RawEventRow.article_id.in_(ids[start : start + 500])).distinct()
            ).scalars()
        )
    return out


def remerge_blocks(conn: Connection, blocks: Iterable[str]) -> None:
    """Merge the raw events of each block again and rewrite the block's events."""
    for block in sorted(set(blocks)):
        rows = conn.execute(
            select(
                RawEventRow.record,
                ArticleRow.article_id,
                ArticleRow.source,
                ArticleRow.url,
                ArticleRow.published,
                ArticleRow.wire_group,
            )
            .join(ArticleRow, ArticleRow.article_id == RawEventRow.article_id)
            .where(RawEventRow.block == block)
        ).all()
        records = [r[0] for r in rows]
        sources = {r[1]: SourceInfo(r[1], r[2], r[3], r[4], r[5]) for r in rows}
        merged = merge_events(records, sources)
        member_ids = [m for item in merged for m in item["member_ids"]]
        by_target = active_corrections(conn, member_ids)
        old = dict(conn.execute(select(EventRow.event_id, EventRow.record).where(EventRow.block == block)).all())
        writes: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for item in merged:
            item["origin"] = "extracted"
            shown = apply_corrections(item, corrections_for(item, by_target))
            if old.get(item["event_id"]) != _json_roundtrip(shown):
                writes.append((item, shown))
        keep = {item["event_id"] for item in merged}
        delete_events(
            conn,
            [eid for eid in old if eid not in keep]
            + [item["event_id"] for item, _ in writes if item["event_id"] in old],
        )
        aliases: dict[str, str] = {}
        for item, shown in writes:
            write_event(conn, item, shown, "extracted", block)
            for mid in item["member_ids"]:
                aliases[mid] = item["event_id"]
        set_aliases(conn, aliases)


def _json_roundtrip(value: Any) -> Any:
    return json.loads(json.dumps(value))


def store_prepared(conn: Connection, prepared: Prepared) -> str:
    """Store one extracted article (inside a write transaction): `new`, `replaced` or `unchanged`."""
    article = prepared.article
    row = conn.execute(
        select(ArticleRow.content_hash, ArticleRow.wire_group).where(ArticleRow.article_id == article.id)
    ).one_or_none()
    existing = row[0] if row else None
    if existing == prepared.content_hash:
        return "unchanged"
    blocks: set[str] = set()
    seeds = {article.id}
    if row is not None:
        seeds |= set(conn.execute(select(ArticleRow.article_id).where(ArticleRow.wire_group == row[1])).scalars())
        blocks |= _blocks_of(conn, [article.id])
        conn.execute(delete(RawEventRow).where(RawEventRow.article_id == article.id))
        conn.execute(delete(ArticleBandRow).where(ArticleBandRow.article_id == article.id))
        conn.execute(delete(ArticleRow).where(ArticleRow.article_id == article.id))
    conn.execute(
        insert(ArticleRow).values(
            article_id=article.id,
            content_hash=prepared.content_hash,
            text_hash=prepared.text_hash,
            signature=prepared.signature,
            wire_group=article.id,
            title=article.title,
            published=article.published,
            published_estimated=article.published_estimated,
            source=article.source,
            url=article.url,
            language=article.language,
            n_events=len(prepared.events),
            ingested_at=now_iso(),
        )
    )
    bands = sorted(set(signature_bands(prepared.signature)))
    if bands:
        conn.execute(ArticleBandRow.__table__.insert(), [{"band": b, "article_id": article.id} for b in bands])
    events = [dict(e) for e in prepared.events]
    _unique_event_ids(conn, article.id, events)
    if events:
        conn.execute(
            insert(RawEventRow),
            [
                {
                    "event_id": e["event_id"],
                    "article_id": article.id,
                    "event_type": e.get("event_type") or "?",
                    "block": block_key(e),
                    "record": e,
                }
                for e in events
            ],
        )
    blocks |= {block_key(e) for e in events}
    changed = regroup(conn, seeds)
    blocks |= _blocks_of(conn, changed - {article.id})
    remerge_blocks(conn, blocks)
    return "new" if existing is None else "replaced"


# --- a run ------------------------------------------------------------------------------------------


@dataclass
class IngestReport:
    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    raw_events: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        return self.new + self.replaced

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{self.read} articles read: {self.new} new, {self.replaced} replaced, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed, {len(self.skipped)} inputs skipped; {self.raw_events} events extracted "
            f"({self.seconds:.1f} s, {rate:.1f} articles/s)"
        )


def _known_hash(store: Store, article_id: str) -> str | None:
    with store.read() as conn:
        return conn.execute(
            select(ArticleRow.content_hash).where(ArticleRow.article_id == article_id)
        ).scalar_one_or_none()


def _to_extract(store: Store, items: Iterable[Any], report: IngestReport) -> Iterator[Article]:
    """The articles that need extracting: not yet stored, or changed since."""
    for item in items:
        if not isinstance(item, Article):
            report.skipped.append(str(item))
            continue
        report.read += 1
        if _known_hash(store, item.id) == content_hash(item):
            report.unchanged += 1
            continue
        yield item


def _prepared_stream(articles: Iterator[Article], extract: Extractor, workers: int) -> Iterator[Prepared]:
    if workers <= 1:
        for article in articles:
            yield prepare(article, extract)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else "spawn")
    task = partial(prepare, extract=extract)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Any] = deque()
        for article in articles:
            pending.append(pool.submit(task, article))
            if len(pending) >= workers * 4:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def ingest_articles(
    store: Store,
    items: Iterable[Any],
    *,
    extract: Extractor | None = None,
    workers: int = 1,
    progress: Progress | None = None,
) -> IngestReport:
    """Extract and store `items` (Articles; anything else is counted as a skipped input)."""
    extract = extract or default_extract
    if extract is default_extract and workers > 1:
        from events.resources import load_resources

        load_resources()  # loaded once here, shared by the forked workers
    report = IngestReport()
    start = time.perf_counter()
    for prepared in _prepared_stream(_to_extract(store, items, report), extract, max(1, workers)):
        if prepared.error:
            report.failed.append(f"{prepared.article.id}: {prepared.error}")
            continue
        with store.write() as conn:
            outcome = store_prepared(conn, prepared)
        if outcome == "unchanged":
            report.unchanged += 1
        else:
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.raw_events += len(prepared.events)
        report.seconds = time.perf_counter() - start
        if progress is not None:
            progress(report)
    report.seconds = time.perf_counter() - start
    return report


def ingest_paths(
    store: Store,
    paths: Sequence[str],
    *,
    published: str | None = None,
    workers: int = 1,
    extract: Extractor | None = None,
    progress: Progress | None = None,
    stdin: Any = None,
) -> IngestReport:
    """Read `paths` with the project's readers and ingest every article."""
    from events.readers import read_inputs

    return ingest_articles(
        store,
        read_inputs(paths, published=published, stdin=stdin),
        extract=extract,
        workers=workers,
        progress=progress,
    )


def article_sources(conn: Connection, article_ids: Iterable[str]) -> Mapping[str, SourceInfo]:
    """SourceInfo of stored articles (for merging outside a store)."""
    ids = sorted(set(article_ids))
    rows = conn.execute(
        select(
            ArticleRow.article_id, ArticleRow.source, ArticleRow.url, ArticleRow.published, ArticleRow.wire_group
        ).where(ArticleRow.article_id.in_(ids))
    ).all()
    return {r[0]: SourceInfo(*r) for r in rows}
