"""The change-feed puller (DESIGN.md, Pull).

Each feed has a cursor: a server sequence number, never a time, so a terminal whose clock is hours
off still misses nothing. A page and the cursor after it are written in one local transaction, so a
crash between pages repeats at most one page, and applying a page twice changes nothing. A new
terminal, or one whose cursor expired (410), takes a snapshot: pages of the current state in key
order, each applied in its own transaction with its position, so a million variants stream through
without being held in memory and an interrupted snapshot resumes where it stopped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from app.clock import now_iso
from app.db.engine import Database
from sync.apply import apply_items, sweep
from sync.client import Client, CursorExpired
from sync.protocol import CATALOG, FEEDS, PRICES, STOCK

SNAPSHOT_FEEDS = (CATALOG, PRICES, STOCK)
PAGE = 1000


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


class Puller:
    def __init__(self, db: Database, client: Client, page: int = PAGE) -> None:
        self.db, self.client, self.page = db, client, page

    def pull(self) -> PullReport:
        report = PullReport()
        for feed in FEEDS:  # catalog first: prices and stock name its SKUs
            report.applied[feed] = self.pull_feed(feed, report)
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
            with self.db.write() as s:
                conn = s.connection()
                applied += apply_items(conn, feed, page["items"])
                conn.execute(
                    text("UPDATE sync_cursors SET cursor = :c, updated_at = :t WHERE feed = :f"),
                    {"c": page["cursor"], "t": now_iso(), "f": feed},
                )
            cursor = page["cursor"]
            if not page["more"]:
                return applied

    def _snapshot(self, feed: str, as_of: int | None, next_key: str) -> int:
        applied = 0
        key: str | None = next_key
        while key is not None:
            page = self.client.call("GET", f"/v1/snapshots/{feed}", params={"after_key": key, "limit": self.page})
            if as_of is None:
                as_of = page["as_of"]  # the feed continues from where the snapshot began
            key = page["next_key"]
            with self.db.write() as s:
                conn = s.connection()
                items = [{"key": i["key"], "op": "upsert", "data": i["data"]} for i in page["items"]]
                applied += apply_items(conn, feed, items)
                if items:
                    conn.execute(
                        text("INSERT OR IGNORE INTO sync_seen(feed, key) VALUES (:f, :k)"),
                        [{"f": feed, "k": i["key"]} for i in items],
                    )
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
        return applied
