"""Ingest: read articles, extract their events (in N processes), store them a few articles per transaction.

- Idempotent: an article whose id and content hash the store already holds is
  skipped before extraction; an edited article (same id, new hash) has its
  events replaced.
- Near-identical copies of one wire story (MinHash of word shingles, estimated overlap above
  `NEAR_DUPLICATE_JACCARD`) form a wire group: their events merge into one
  report with several sources.
- Articles are stored in batches (up to `BATCH_ARTICLES`, or what arrived
  within `BATCH_SECONDS`), one transaction each: a killed ingest leaves whole
  articles only, and a batch pays for its queries and its re-merge once.
- In the same transaction the merged table is brought up to date, so readers
  always see a merged table that matches the stored articles. New events
  re-merge only the part of their merge block they connect to (see
  `events.merge.connected_to`); a block that lost events (an edited article)
  is merged again whole.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import signal
import sys
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import numpy as np
from sqlalchemy import Connection, delete, insert, select, update

from events.corrections import active_corrections, apply_corrections, corrections_for, now_iso
from events.merge import SourceInfo, block_key, connected_to, merge_events
from events.model import Article
from events.store import (
    ArticleBandRow,
    ArticleRow,
    EventRow,
    EventSourceRow,
    RawEventRow,
    Store,
    StoreError,
    delete_events,
    set_aliases,
    write_events,
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

BATCH_ARTICLES = 64  # articles per write transaction at most
BATCH_SECONDS = 0.25  # a batch is written once its first article has waited this long

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


_MASK32 = np.uint64(0xFFFFFFFF)
_MASK29 = np.uint64((1 << 29) - 1)
_P61 = np.uint64(_PRIME)
_A = np.array([a for a, _ in _HASH_PARAMS], dtype=np.uint64)[:, None]
_B = np.array([b for _, b in _HASH_PARAMS], dtype=np.uint64)[:, None]


def _mod61(x: np.ndarray) -> np.ndarray:
    """x mod 2^61-1 for any uint64 x."""
    x = (x & _P61) + (x >> np.uint64(61))
    return np.where(x >= _P61, x - _P61, x)


def _mulmod61(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a*b mod 2^61-1 for a, b < 2^61, in uint64 without overflow (32-bit halves; 2^61 = 1 and 2^64 = 8)."""
    ah, al = a >> np.uint64(32), a & _MASK32
    bh, bl = b >> np.uint64(32), b & _MASK32
    mid = ah * bl + al * bh
    total = ((ah * bh) << np.uint64(3)) + (mid >> np.uint64(29)) + ((mid & _MASK29) << np.uint64(32)) + _mod61(al * bl)
    return _mod61(total)


def minhash(text: str) -> list[int] | None:
    """MinHash signature of the folded text's word 3-shingles (None for texts too short to compare).

    Value i is min over shingles h of (a_i * h + b_i) mod 2^61-1, computed in
    numpy for all shingles and all i at once.
    """
    from events.text.normalize import fold_str

    words = "".join(ch if ch.isalnum() else " " for ch in fold_str(text)).split()
    if len(words) < MIN_WORDS_FOR_FINGERPRINT:
        return None
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    digests = b"".join(hashlib.blake2b(sh.encode("utf-8"), digest_size=8).digest() for sh in shingles)
    hashes = _mod61(np.frombuffer(digests, dtype=">u8").astype(np.uint64))[None, :]
    values = _mulmod61(np.broadcast_to(_A, (MINHASH_SIZE, hashes.shape[1])), hashes) + _B
    values = np.where(values >= _P61, values - _P61, values)
    return [int(v) for v in values.min(axis=1)]


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


def _in_chunks(conn: Connection, query: Callable[[Sequence[str]], Any], keys: Iterable[Any]) -> list[Any]:
    """Rows of `query(chunk)` for the keys, 500 at a time (bounded IN lists)."""
    ordered = sorted(set(keys))
    out: list[Any] = []
    for start in range(0, len(ordered), 500):
        out.extend(conn.execute(query(ordered[start : start + 500])).all())
    return out


def _unique_event_ids(conn: Connection, batch: Sequence[tuple[str, list[dict[str, Any]]]]) -> None:
    """Event ids are primary keys: keep them unique within each article, the batch and the store."""
    wanted: dict[str, str] = {}
    for article_id, events in batch:
        seen: set[str] = set()
        for ev in events:
            eid = str(ev.get("event_id") or f"{article_id}#{len(seen)}")
            if eid in seen:
                n = 2
                while f"{eid}~{n}" in seen:
                    n += 1
                eid = f"{eid}~{n}"
            seen.add(eid)
            ev["event_id"] = eid
            ev["article_id"] = article_id
    owners: dict[str, str] = dict(
        _in_chunks(
            conn,
            lambda chunk: select(RawEventRow.event_id, RawEventRow.article_id).where(RawEventRow.event_id.in_(chunk)),
            [ev["event_id"] for _, events in batch for ev in events],
        )
    )
    for article_id, events in batch:
        for ev in events:
            eid = ev["event_id"]
            owner = owners.get(eid, wanted.get(eid))
            if owner is not None and owner != article_id:
                eid = f"{eid}@{hashlib.sha1(article_id.encode('utf-8')).hexdigest()[:8]}"
                ev["event_id"] = eid
            wanted[eid] = article_id


def regroup(conn: Connection, seeds: Iterable[str]) -> set[str]:
    """Recompute the wire groups around `seeds`; the ids of the articles whose group changed.

    A wire group is a connected component of the near-duplicate graph, named
    by its smallest article id, so it depends only on the articles stored.
    The graph is walked a level at a time, a few queries per level.
    """
    members: dict[str, tuple[Any, str]] = {}
    edges: dict[str, set[str]] = {}
    signatures: dict[str, Any] = {}
    frontier = set(seeds)
    while frontier:
        rows = _in_chunks(
            conn,
            lambda chunk: select(ArticleRow.article_id, ArticleRow.signature, ArticleRow.wire_group).where(
                ArticleRow.article_id.in_(chunk)
            ),
            frontier,
        )
        level: dict[str, list[int]] = {}
        for aid, sig, group in rows:
            members[aid] = (sig, group)
            signatures[aid] = sig
            level[aid] = signature_bands(sig)
        holders: dict[int, set[str]] = {}
        for band, aid in _in_chunks(
            conn,
            lambda chunk: select(ArticleBandRow.band, ArticleBandRow.article_id).where(ArticleBandRow.band.in_(chunk)),
            {b for bands in level.values() for b in bands},
        ):
            holders.setdefault(band, set()).add(aid)
        candidates = {aid: set().union(*(holders.get(b, set()) for b in bands)) - {aid} for aid, bands in level.items()}
        unknown = set().union(*candidates.values()) - signatures.keys() if candidates else set()
        signatures.update(
            _in_chunks(
                conn,
                lambda chunk: select(ArticleRow.article_id, ArticleRow.signature).where(ArticleRow.article_id.in_(chunk)),
                unknown,
            )
        )
        for aid, cands in candidates.items():
            edges[aid] = {c for c in cands if similarity(signatures.get(c), members[aid][0]) >= NEAR_DUPLICATE_JACCARD}
        same_group = {
            r[0]
            for r in _in_chunks(
                conn,
                lambda chunk: select(ArticleRow.article_id).where(ArticleRow.wire_group.in_(chunk)),
                {members[aid][1] for aid in level},
            )
        }
        frontier = (set().union(*(edges[aid] for aid in level), same_group) if level else set()) - members.keys()
    parent = {a: a for a in members}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a in sorted(edges):
        for b in sorted(edges[a]):
            if b in parent:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    changed: set[str] = set()
    for aid, (_, group) in sorted(members.items()):
        new_group = find(aid)
        if new_group != group:
            conn.execute(update(ArticleRow).where(ArticleRow.article_id == aid).values(wire_group=new_group))
            changed.add(aid)
    return changed


def _blocks_of(conn: Connection, article_ids: Iterable[str]) -> set[str]:
    return {
        r[0]
        for r in _in_chunks(
            conn,
            lambda chunk: select(RawEventRow.block).where(RawEventRow.article_id.in_(chunk)).distinct(),
            article_ids,
        )
    }


def _load_blocks(
    conn: Connection, blocks: Iterable[str]
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, SourceInfo]]:
    """The raw events of merge blocks (by block) and what the merge needs to know of their articles."""
    rows = _in_chunks(
        conn,
        lambda chunk: select(
            RawEventRow.block,
            RawEventRow.record,
            ArticleRow.article_id,
            ArticleRow.source,
            ArticleRow.url,
            ArticleRow.published,
            ArticleRow.wire_group,
            ArticleRow.language,
        )
        .join(ArticleRow, ArticleRow.article_id == RawEventRow.article_id)
        .where(RawEventRow.block.in_(chunk)),
        blocks,
    )
    by_block: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_block.setdefault(r[0], []).append(r[1])
    return by_block, {r[2]: SourceInfo(*r[2:]) for r in rows}


def _rewrite(conn: Connection, merged: list[tuple[str, dict[str, Any]]], old: Mapping[str, Any]) -> None:
    """Replace the merged events `old` (id -> stored record) by `merged` ((block, event) pairs), writing only what changed."""
    by_target = active_corrections(conn, [m for _, item in merged for m in item["member_ids"]])
    writes: list[tuple[dict[str, Any], dict[str, Any], str, str | None]] = []
    for block, item in merged:
        item["origin"] = "extracted"
        shown = apply_corrections(item, corrections_for(item, by_target))
        if old.get(item["event_id"]) != _json_roundtrip(shown):
            writes.append((item, shown, "extracted", block))
    keep = {item["event_id"] for _, item in merged}
    delete_events(
        conn,
        [eid for eid in old if eid not in keep] + [item["event_id"] for item, *_ in writes if item["event_id"] in old],
    )
    write_events(conn, writes)
    set_aliases(conn, {mid: item["event_id"] for item, *_ in writes for mid in item["member_ids"]})


def remerge(conn: Connection, whole: Iterable[str] = (), around: Mapping[str, Iterable[str]] | None = None) -> None:
    """Bring the merged events up to date: blocks in `whole` merged again whole; in the blocks of `around`,
    only the events connected to the given raw event ids.

    `around` is for blocks that only gained events: adding events only joins
    components of the compatibility graph, so the merged events that held
    any event of the touched components are exactly the ones to replace and
    the rest of the block stays as it is. A block that lost events goes in
    `whole`. Every block is read, and every table written, in a few queries.
    """
    whole = set(whole)
    around = {b: set(ids) for b, ids in (around or {}).items() if b not in whole}
    records, sources = _load_blocks(conn, whole | around.keys())
    merged: list[tuple[str, dict[str, Any]]] = []
    parts: list[str] = []
    for block in sorted(whole | around.keys()):
        members = records.get(block, [])
        if block in around:
            members = connected_to(members, around[block])
            parts += [str(r.get("event_id")) for r in members]
        merged += [(block, item) for item in merge_events(members, sources)]
    old = dict(
        _in_chunks(
            conn,
            lambda chunk: select(EventRow.event_id, EventRow.record).where(EventRow.block.in_(chunk)),
            whole,
        )
    )
    holders = {
        r[0]
        for r in _in_chunks(
            conn,
            lambda chunk: select(EventSourceRow.event_id).where(EventSourceRow.raw_event_id.in_(chunk)).distinct(),
            parts,
        )
    }
    old.update(
        (eid, record)
        for eid, block, record in _in_chunks(
            conn,
            lambda chunk: select(EventRow.event_id, EventRow.block, EventRow.record).where(EventRow.event_id.in_(chunk)),
            holders - old.keys(),
        )
        if block in around
    )
    _rewrite(conn, merged, old)


def _json_roundtrip(value: Any) -> Any:
    return json.loads(json.dumps(value))


def _article_row(prepared: Prepared) -> dict[str, Any]:
    article = prepared.article
    return {
        "article_id": article.id,
        "content_hash": prepared.content_hash,
        "text_hash": prepared.text_hash,
        "signature": prepared.signature,
        "wire_group": article.id,
        "title": article.title,
        "published": article.published,
        "published_estimated": article.published_estimated,
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "n_events": len(prepared.events),
        "ingested_at": now_iso(),
    }


def store_batch(conn: Connection, batch: Sequence[Prepared]) -> list[str]:
    """Store extracted articles (inside one write transaction): `new`, `replaced` or `unchanged` for each.

    The articles must have distinct ids.
    """
    ids = [p.article.id for p in batch]
    if len(set(ids)) != len(ids):
        raise ValueError("store_batch: an article id appears twice in one batch")
    existing: dict[str, tuple[str, str]] = {
        r[0]: (r[1], r[2])
        for r in _in_chunks(
            conn,
            lambda chunk: select(ArticleRow.article_id, ArticleRow.content_hash, ArticleRow.wire_group).where(
                ArticleRow.article_id.in_(chunk)
            ),
            ids,
        )
    }
    outcomes: list[str] = []
    todo: list[Prepared] = []
    for p in batch:
        row = existing.get(p.article.id)
        if row is not None and row[0] == p.content_hash:
            outcomes.append("unchanged")
            continue
        outcomes.append("new" if row is None else "replaced")
        todo.append(p)
    if not todo:
        return outcomes
    replaced = [p.article.id for p in todo if p.article.id in existing]
    seeds = {p.article.id for p in todo}
    full_blocks: set[str] = set()
    if replaced:
        seeds |= {
            r[0]
            for r in _in_chunks(
                conn,
                lambda chunk: select(ArticleRow.article_id).where(ArticleRow.wire_group.in_(chunk)),
                {existing[a][1] for a in replaced},
            )
        }
        full_blocks |= _blocks_of(conn, replaced)
        for start in range(0, len(replaced), 500):
            chunk = replaced[start : start + 500]
            conn.execute(delete(RawEventRow).where(RawEventRow.article_id.in_(chunk)))
            conn.execute(delete(ArticleBandRow).where(ArticleBandRow.article_id.in_(chunk)))
            conn.execute(delete(ArticleRow).where(ArticleRow.article_id.in_(chunk)))
    conn.execute(insert(ArticleRow), [_article_row(p) for p in todo])
    bands = [{"band": b, "article_id": p.article.id} for p in todo for b in sorted(set(signature_bands(p.signature)))]
    if bands:
        conn.execute(ArticleBandRow.__table__.insert(), bands)
    events = [(p.article.id, [dict(e) for e in p.events]) for p in todo]
    _unique_event_ids(conn, events)
    raw = [
        {
            "event_id": e["event_id"],
            "article_id": article_id,
            "event_type": e.get("event_type") or "?",
            "block": block_key(e),
            "record": e,
        }
        for article_id, evs in events
        for e in evs
    ]
    if raw:
        conn.execute(insert(RawEventRow), raw)
    around: dict[str, set[str]] = {}
    for r in raw:
        around.setdefault(r["block"], set()).add(r["event_id"])
    changed = regroup(conn, seeds) - {p.article.id for p in todo}
    for event_id, block in _in_chunks(
        conn,
        lambda chunk: select(RawEventRow.event_id, RawEventRow.block).where(RawEventRow.article_id.in_(chunk)),
        changed,
    ):
        around.setdefault(block, set()).add(event_id)
    remerge(conn, whole=full_blocks, around=around)
    return outcomes


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
    notes: list[str] = field(default_factory=list)  # inputs read with a remark (`events.readers.ReadNotice`)
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


def _known_hashes(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    with store.read() as conn:
        return dict(
            _in_chunks(
                conn,
                lambda chunk: select(ArticleRow.article_id, ArticleRow.content_hash).where(
                    ArticleRow.article_id.in_(chunk)
                ),
                article_ids,
            )
        )


def _to_extract(store: Store, items: Iterable[Any], report: IngestReport, chunk: int = 64) -> Iterator[Article]:
    """The articles that need extracting: not yet stored, or changed since (checked `chunk` at a time)."""
    from events.readers import ReadNotice

    pending: list[Article] = []

    def release() -> Iterator[Article]:
        known = _known_hashes(store, [a.id for a in pending])
        for article in pending:
            if known.get(article.id) == content_hash(article):
                report.unchanged += 1
            else:
                yield article
        pending.clear()

    for item in items:
        if isinstance(item, ReadNotice):
            report.notes.append(str(item))
            continue
        if not isinstance(item, Article):
            report.skipped.append(str(item))
            continue
        report.read += 1
        pending.append(item)
        if len(pending) >= chunk:
            yield from release()
    if pending:
        yield from release()


_HOLDS_SIGNALS = hasattr(signal, "pthread_sigmask")


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches the whole process group; the parent alone stops the run
    (each worker would otherwise print a KeyboardInterrupt traceback). A worker is born with
    Ctrl-C held back (`_submit_holding_interrupts`); one that came meanwhile is dropped here."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _HOLDS_SIGNALS:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _submit_holding_interrupts(pool: ProcessPoolExecutor, task: Callable[[Article], Any], article: Article) -> Future[Any]:
    """`pool.submit`, with Ctrl-C held back (not lost) while it runs: a submit may start the
    workers, and a worker started then inherits the held signal, so a Ctrl-C that reaches it
    before it has set itself to ignore one cannot end it with a traceback. The parent receives
    a held Ctrl-C as soon as the submit returns."""
    if not _HOLDS_SIGNALS:
        return pool.submit(task, article)
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return pool.submit(task, article)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _prepared_stream(articles: Iterator[Article], extract: Extractor, workers: int) -> Iterator[Prepared]:
    if workers <= 1:
        for article in articles:
            yield prepare(article, extract)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else "spawn")
    task = partial(prepare, extract=extract)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ignore_interrupts) as pool:
        pending: deque[Any] = deque()
        for article in articles:
            pending.append(_submit_holding_interrupts(pool, task, article))
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
    batch_articles: int = BATCH_ARTICLES,
    batch_seconds: float = BATCH_SECONDS,
) -> IngestReport:
    """Extract and store `items` (Articles; anything else is counted as a skipped input).

    Extracted articles are stored `batch_articles` at a time, or sooner when
    the first article of a batch has waited `batch_seconds`.
    """
    extract = extract or default_extract
    if extract is default_extract and workers > 1:
        from events.resources import load_resources

        load_resources()  # loaded once here, shared by the forked workers
    report = IngestReport()
    start = time.perf_counter()
    batch: dict[str, Prepared] = {}
    opened = 0.0

    def count(prepared: Prepared, outcome: str) -> None:
        setattr(report, outcome, getattr(report, outcome) + 1)
        if outcome != "unchanged":
            report.raw_events += len(prepared.events)

    def flush() -> None:
        if not batch:
            return
        items = list(batch.values())
        batch.clear()
        try:
            with store.write() as conn:
                outcomes = store_batch(conn, items)
        except StoreError:
            if len(items) == 1:
                raise
            # a batch that cannot be written (a full disk...) is written one article at a time:
            # the articles before the one that fails are kept, as a one-article ingest would keep them
            for prepared in items:
                with store.write() as conn:
                    count(prepared, store_batch(conn, [prepared])[0])
        else:
            for prepared, outcome in zip(items, outcomes, strict=True):
                count(prepared, outcome)
        report.seconds = time.perf_counter() - start
        if progress is not None:
            progress(report)

    for prepared in _prepared_stream(_to_extract(store, items, report), extract, max(1, workers)):
        if prepared.error:
            report.failed.append(f"{prepared.article.id}: {prepared.error}")
            continue
        if prepared.article.id in batch:
            flush()  # the same id twice: the second is stored after the first, as if one at a time
        if not batch:
            opened = time.perf_counter()
        batch[prepared.article.id] = prepared
        if len(batch) >= batch_articles or time.perf_counter() - opened >= batch_seconds:
            flush()
    flush()
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
