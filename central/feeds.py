"""Change feeds: what terminals pull, paged by a server sequence number per feed.

``append`` takes the feed's next number from ``feed_counters`` with an UPDATE, which holds the row
lock until commit: within a feed, sequence order is commit order, so a cursor never jumps a change
that commits late. Superseded changes are compacted away; a cursor older than the feed's horizon
gets 410 and the terminal takes a fresh snapshot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from central.errors import ServiceError
from central.models import Change, FeedCounter
from sync.protocol import CATALOG, DELETE, FEEDS, MAX_PAGE, ORDERS, PRICES, STOCK, canonical_json

ALL_STORES = "*"


def append(session: Session, feed: str, scope: str, key: str, op: str, body: dict) -> int:
    seq = session.execute(
        update(FeedCounter)
        .where(FeedCounter.feed == feed)
        .values(last_seq=FeedCounter.last_seq + 1)
        .returning(FeedCounter.last_seq)
    ).scalar_one()
    session.add(Change(feed=feed, seq=seq, scope=scope, key=key, op=op, body=canonical_json(body)))
    return seq


def append_many(session: Session, feed: str, changes: list[tuple[str, str, str, dict]]) -> list[int]:
    """``append`` for many (scope, key, op, body) at once: one counter update, one bulk insert.
    Returns their sequence numbers, in order."""
    if not changes:
        return []
    last = session.execute(
        update(FeedCounter)
        .where(FeedCounter.feed == feed)
        .values(last_seq=FeedCounter.last_seq + len(changes))
        .returning(FeedCounter.last_seq)
    ).scalar_one()
    first = last - len(changes) + 1
    session.execute(
        insert(Change),
        [
            {"feed": feed, "seq": first + i, "scope": scope, "key": key, "op": op, "body": canonical_json(body)}
            for i, (scope, key, op, body) in enumerate(changes)
        ],
    )
    return list(range(first, last + 1))


@dataclass(frozen=True)
class Page:
    items: list[dict]
    cursor: int
    more: bool


def check_feed(feed: str) -> None:
    if feed not in FEEDS:
        raise ServiceError(404, "no_feed", f"There is no feed '{feed}'.", f"Use one of {', '.join(FEEDS)}.")


def read(session: Session, feed: str, scopes: list[str], after: int, limit: int) -> Page:
    check_feed(feed)
    limit = max(1, min(limit, MAX_PAGE))
    counter = session.get(FeedCounter, feed)
    if after < counter.horizon:
        raise ServiceError(
            410,
            "cursor_expired",
            f"Cursor {after} of the {feed} feed is too old.",
            "Take a fresh snapshot of this feed.",
        )
    if after > counter.last_seq:
        raise ServiceError(
            400,
            "cursor_ahead",
            f"Cursor {after} is ahead of the {feed} feed ({counter.last_seq}).",
            "This server lost data or is another server: take a fresh snapshot.",
        )
    top = counter.last_seq
    rows = session.execute(
        select(Change.seq, Change.key, Change.op, Change.body)
        .where(Change.feed == feed, Change.scope.in_(scopes), Change.seq > after, Change.seq <= top)
        .order_by(Change.seq)
        .limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [{"seq": r.seq, "key": r.key, "op": r.op, "data": json.loads(r.body)} for r in rows]
    cursor = rows[-1].seq if more else top
    return Page(items, cursor, more)


def current_seq(session: Session, feed: str) -> int:
    return session.get(FeedCounter, feed).last_seq


def compact(session: Session, feed: str, *, drop_tombstones_before: int | None = None) -> int:
    """Delete changes superseded by a later change of the same key; optionally old tombstones too.

    Dropping a tombstone raises the feed's horizon just below it: a terminal that has not read that
    far gets 410 and takes a snapshot, so it cannot miss the delete. The horizon never passes the
    feed's head, so a fresh snapshot is always readable."""
    check_feed(feed)
    removed = session.execute(
        text(
            "DELETE FROM changes WHERE feed = :feed AND seq < "
            "(SELECT MAX(c2.seq) FROM changes c2 WHERE c2.feed = changes.feed AND c2.key = changes.key "
            "AND c2.scope = changes.scope)"
        ),
        {"feed": feed},
    ).rowcount
    if drop_tombstones_before is not None:
        counter = session.get(FeedCounter, feed, with_for_update=True)
        before = min(drop_tombstones_before, counter.last_seq + 1)
        removed += session.execute(
            delete(Change).where(Change.feed == feed, Change.op == DELETE, Change.seq < before)
        ).rowcount
        counter.horizon = max(counter.horizon, before - 1)
    return removed


RESYNC_GAP = 1_000_000_000


def resync(session: Session, feed: str) -> int:
    """Make every terminal take a fresh snapshot of a feed; returns the feed's new head.

    For a database restored from a backup: terminals may hold cursors past the restored head, and
    the numbers after it will be used again for other changes. Jumping the head far past any cursor
    given out and raising the horizon to it sends every terminal to a snapshot (410)."""
    if feed not in SNAPSHOT_FEEDS:
        raise ServiceError(400, "no_snapshot", f"The {feed} feed has no snapshot.", "")
    counter = session.get(FeedCounter, feed, with_for_update=True)
    counter.last_seq = counter.last_seq + RESYNC_GAP
    counter.horizon = counter.last_seq
    return counter.last_seq


SNAPSHOT_FEEDS = (CATALOG, PRICES, STOCK, ORDERS)
