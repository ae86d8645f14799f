"""The change-feed puller (DESIGN.md, Pull).

Each feed has a cursor: a server sequence number, never a time, so a terminal whose clock is hours
off still misses nothing. A page and the cursor after it are written in one local transaction, so a
crash between pages repeats at most one page, and applying a page twice changes nothing. A new
terminal, or one whose cursor expired (410), takes a snapshot: pages of the current state in key
order, each applied in its own transaction with its position, so a million variants stream through
without being held in memory and an interrupted snapshot resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from app.clock import now_iso
from app.db.engine import Database
from app.progress import OnProgress, Progress, ignore
from sync.apply import apply_items, begin_marks, mark, sweep
from sync.client import Client, CursorExpired, Refused, ServerBusy
from sync.protocol import CATALOG, FEEDS, MAX_PAGE, NEWER_FEEDS, ORDERS, PRICES, STOCK

SNAPSHOT_FEEDS = (CATALOG, PRICES, STOCK, ORDERS)
PAGE = 1000
# A snapshot page is applied in one transaction with its position (one durable commit each): bigger
# pages mean fewer commits and requests for a first sync of a million variants, while two pages in
# memory stay a few megabytes.
SNAPSHOT_PAGE = MAX_PAGE


@dataclass
class PullReport:
    applied: dict[str, int] = field(default_factory=dict)
    snapshots: list[str] = field(default_factory=list)


def init_cursors(conn, feeds: tuple[str, ...] = FEEDS) -> None:
    """A new terminal starts every snapshot feed with a snapshot and the others from 0."""
    for feed in feeds:
        conn.execute(
            text(
                "INSERT INTO sync_cursors(feed, cursor, snapshot_as_of, snapshot_next_key, updated_at) "
                "VALUES (:f, 0, NULL, :k, :t) ON CONFLICT(feed) DO UPDATE SET cursor = 0, snapshot_as_of = NULL, "
                "snapshot_next_key = excluded.snapshot_next_key, updated_at = excluded.updated_at"
            ),
            {"f": feed, "k": "" if feed in SNAPSHOT_FEEDS else None, "t": now_iso()},
        )


@contextmanager
def malformed(feed: str) -> Iterator[None]:
    """A page that is not what the protocol says is not applied (its transaction rolls back) and
    says so; the cursor stays, so nothing is skipped."""
    try:
        yield
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ServerBusy(
            f"The platform sent a malformed page of the {feed} feed ({type(exc).__name__}: {exc}).",
            "Nothing was applied from it; it is fetched again later. If it persists, call support.",
        ) from None


class Puller:
    """``on_progress`` hears each snapshot page applied: rows done of the feed's total (the first
    sync of a new till is the long one; the CLI draws it, the till's status bar shows it)."""

    def __init__(
        self,
        db: Database,
        client: Client,
        page: int = PAGE,
        *,
        snapshot_page: int = SNAPSHOT_PAGE,
        on_progress: OnProgress = ignore,
    ) -> None:
        self.db, self.client, self.page = db, client, page
        self.snapshot_page, self.on_progress = snapshot_page, on_progress

    def pull(self) -> PullReport:
        report = PullReport()
        for feed in FEEDS:  # catalog first: prices and stock name its SKUs
            try:
                report.applied[feed] = self.pull_feed(feed, report)
            except Refused as exc:
                if feed not in NEWER_FEEDS or exc.status != 404:
                    raise
                report.applied[feed] = 0  # an older platform without this feed: the till keeps what it has
        return report

    def _cursor(self, feed: str) -> tuple[int, int | None, str | None]:
        with self.db.read() as s:
            row = (
                s.connection()
                .execute(
                    text("SELECT cursor, snapshot_as_of, snapshot_next_key FROM sync_cursors WHERE feed = :f"),
                    {"f": feed},
                )
                .first()
            )
        return (row[0], row[1], row[2]) if row else (0, None, None)

    def pull_feed(self, feed: str, report: PullReport | None = None, *, resnapshot: bool = True) -> int:
        applied = 0
        cursor, as_of, next_key = self._cursor(feed)
        if next_key is not None:
            applied += self._snapshot(feed, as_of, next_key)
            if report is not None:
                report.snapshots.append(feed)
            cursor = self._cursor(feed)[0]
        while True:
            try:
                page = self.client.call("GET", f"/v1/feeds/{feed}", params={"after": cursor, "limit": self.page})
            except CursorExpired:
                if feed not in SNAPSHOT_FEEDS or not resnapshot:
                    raise
                with self.db.write() as s:
                    init_cursors(s.connection(), (feed,))
                return applied + self.pull_feed(feed, report, resnapshot=False)
            with malformed(feed), self.db.write() as s:
                conn = s.connection()
                cursor, more = int(page["cursor"]), bool(page["more"])
                applied += apply_items(conn, feed, page["items"])
                conn.execute(
                    text("UPDATE sync_cursors SET cursor = :c, updated_at = :t WHERE feed = :f"),
                    {"c": cursor, "t": now_iso(), "f": feed},
                )
            if not more:
                return applied

    def _pages(self, feed: str, key: str) -> Iterator[dict]:
        """Snapshot pages from ``key`` on; the next page is fetched while the caller applies this one
        (the platform's time and ours overlap), so at most two pages are held at once. The first
        asks for the feed's row count, for the progress shown."""

        def fetch(after: str, count: bool = False) -> dict:
            params = {"after_key": after, "limit": self.snapshot_page} | ({"count": "true"} if count else {})
            return self.client.call("GET", f"/v1/snapshots/{feed}", params=params)

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cloudshelf-snapshot") as pool:
            pending: Future | None = pool.submit(fetch, key, True)
            while pending is not None:
                page = pending.result()
                following = page["next_key"]
                pending = pool.submit(fetch, following) if following is not None else None
                yield page

    def _snapshot(self, feed: str, as_of: int | None, next_key: str) -> int:
        applied, done, total = 0, 0, None
        key: str | None = next_key
        for page in self._pages(feed, next_key):
            with malformed(feed):
                if as_of is None:
                    as_of = int(page["as_of"])  # the feed continues from where the snapshot began
                fresh_start, key = done == 0 and next_key == "", page["next_key"]
                total = page.get("total", total)  # the rows from where this run began
            with malformed(feed), self.db.write() as s:
                conn = s.connection()
                items = page["items"]  # {"key", "data"}: with no "op", every apply takes an upsert
                marking = begin_marks(conn, feed, fresh_start)
                applied += apply_items(conn, feed, items)
                if items and marking:
                    mark(conn, feed, [i["key"] for i in items])
                self._advance(conn, feed, as_of, key)
            done += len(page["items"])
            self.on_progress(Progress(feed, done, done if key is None else total))
        return applied

    def _advance(self, conn: Connection, feed: str, as_of: int, key: str | None) -> None:
        """The snapshot's position after a page, in the page's transaction; after the last page, the
        sweep and the feed's cursor where the snapshot began."""
        if key is None:
            sweep(conn, feed)
            conn.execute(
                text(
                    "UPDATE sync_cursors SET cursor = :c, snapshot_as_of = NULL, snapshot_next_key = NULL, "
                    "updated_at = :t WHERE feed = :f"
                ),
                {"c": as_of, "t": now_iso(), "f": feed},
            )
        else:
            conn.execute(
                text(
                    "UPDATE sync_cursors SET snapshot_as_of = :a, snapshot_next_key = :k, updated_at = :t "
                    "WHERE feed = :f"
                ),
                {"a": as_of, "k": key, "t": now_iso(), "f": feed},
            )
