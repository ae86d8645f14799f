"""Applies feed items from the platform to the local store, inside the caller's transaction.

Every function is idempotent: applying an item twice, or an older snapshot row after a newer feed
change of the same key, converges because items carry the platform's current state of their key.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from app.catalog_store import VariantRecord, add_price_lists, optimize_search, upsert_variants, variant_ids
from app.pickup_feed import apply_orders
from app.pickup_feed import sweep as sweep_orders
from app.scheduled_prices import apply_schedules
from app.shelf_feed import apply_shelf
from app.staff_feed import apply_staff
from sync.protocol import CATALOG, DELETE, ORDERS, PRICES, SCHEDULES, SHELF, STAFF, STOCK


def apply_items(conn: Connection, feed: str, items: list[dict]) -> int:
    """Apply ``{"key", "op", "data"}`` items of one feed; returns how many changed something."""
    if feed == CATALOG:
        return _catalog(conn, items)
    if feed == PRICES:
        return _prices(conn, items)
    if feed == STOCK:
        return _stock(conn, items)
    if feed == ORDERS:
        return apply_orders(conn, items)
    if feed == SHELF:
        return apply_shelf(conn, items)
    if feed == STAFF:
        return apply_staff(conn, items)
    if feed == SCHEDULES:
        return apply_schedules(conn, items)
    raise ValueError(f"unknown feed {feed!r}")


def _catalog(conn: Connection, items: list[dict]) -> int:
    live = [i["data"] for i in items if i.get("op", "upsert") != DELETE]
    for rate in {(d["tax_class"], d["tax_rate_ppm"]) for d in live}:
        conn.execute(
            text(
                "INSERT INTO tax_classes(code, name, rate_ppm) VALUES (:c, :c, :r) "
                "ON CONFLICT(code) DO UPDATE SET rate_ppm = excluded.rate_ppm"
            ),
            {"c": rate[0], "r": rate[1]},
        )
    records = [
        VariantRecord(
            d["sku"],
            d["style_code"],
            d["style_name"],
            d["size"],
            d["colour"],
            d["tax_class"],
            tuple(d["barcodes"]),
            bool(d.get("active", True)),
        )
        for d in live
    ]
    if records:
        upsert_variants(conn, records)
    gone = [i["data"]["sku"] for i in items if i.get("op") == DELETE]
    retire(conn, gone)
    return len(records) + len(gone)


def retire(conn: Connection, skus: list[str]) -> None:
    """A variant withdrawn centrally: kept for old sales, but no longer scanned or found."""
    ids = list(variant_ids(conn, skus).values()) if skus else []
    for vid in ids:
        conn.execute(text("UPDATE variants SET active = 0 WHERE id = :id"), {"id": vid})
        conn.execute(text("DELETE FROM barcodes WHERE variant_id = :id"), {"id": vid})
        conn.execute(text("DELETE FROM catalog_search WHERE rowid = :id"), {"id": vid})


def _prices(conn: Connection, items: list[dict]) -> int:
    """Each price finds its variant by SKU inside SQLite (a price of an unknown SKU adds nothing)."""
    live = [(d["price_list"], d["amount"], d["sku"]) for d in (i["data"] for i in items if i.get("op") != DELETE)]
    add_price_lists(conn, {pl for pl, _, _ in live})
    applied = 0
    if live:
        applied = conn.exec_driver_sql(
            "INSERT INTO prices(price_list, variant_id, amount) SELECT ?, id, ? FROM variants WHERE sku = ? "
            "ON CONFLICT(price_list, variant_id) DO UPDATE SET amount = excluded.amount",
            live,
        ).rowcount
    gone = [(i["data"]["price_list"], i["data"]["sku"]) for i in items if i.get("op") == DELETE]
    if gone:
        conn.exec_driver_sql(
            "DELETE FROM prices WHERE price_list = ? AND variant_id = (SELECT id FROM variants WHERE sku = ?)", gone
        )
    return applied


def _stock(conn: Connection, items: list[dict]) -> int:
    ids = variant_ids(conn, list({i["data"]["sku"] for i in items})) if items else {}
    known = {r[0] for r in conn.execute(text("SELECT code FROM locations"))}
    rows = [
        (ids[d["sku"]], d["location"], d["on_hand"], d["last_movement_at"])
        for d in (i["data"] for i in items)
        if d["sku"] in ids and d["location"] in known
    ]
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO stock_levels(variant_id, location_code, on_hand, as_of) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(variant_id, location_code) DO UPDATE SET on_hand = excluded.on_hand, as_of = excluded.as_of",
            rows,
        )
    return len(rows)


# The marks a snapshot leaves in ``sync_seen`` tell the sweep what the platform still holds. A first
# sync needs none: when a feed's table is empty as its snapshot begins, one mark (FRESH) says so, and
# a million keys are neither written nor compared. Stock levels are never swept, so never marked.
FRESH = "\x00fresh"
SWEPT = {CATALOG: "variants", PRICES: "prices"}


def begin_marks(conn: Connection, feed: str, fresh_start: bool) -> bool:
    """Whether this snapshot page's keys must be marked (called in each page's transaction). A fresh
    start forgets the marks of an abandoned snapshot and sets FRESH when the feed's table is empty."""
    if fresh_start:
        conn.exec_driver_sql("DELETE FROM sync_seen WHERE feed = ?", (feed,))
        table = SWEPT.get(feed)
        if table and conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is None:
            conn.exec_driver_sql("INSERT INTO sync_seen(feed, key) VALUES (?, ?)", (feed, FRESH))
            return False
    return feed != STOCK and not _fresh(conn, feed)


def mark(conn: Connection, feed: str, keys: list[str]) -> None:
    conn.exec_driver_sql("INSERT OR IGNORE INTO sync_seen(feed, key) VALUES (?, ?)", [(feed, k) for k in keys])


def _fresh(conn: Connection, feed: str) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM sync_seen WHERE feed = ? AND key = ?", (feed, FRESH)).first() is not None


def sweep(conn: Connection, feed: str) -> int:
    """After a full snapshot: retire what the snapshot no longer holds, then forget the marks."""
    removed = 0
    if _fresh(conn, feed):
        if feed == CATALOG:  # the table holds nothing but this snapshot's rows: a first sync
            optimize_search(conn)
    elif feed == CATALOG:
        gone = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT sku FROM variants WHERE active AND NOT EXISTS "
                    "(SELECT 1 FROM sync_seen s WHERE s.feed = 'catalog' AND s.key = variants.sku)"
                )
            )
        ]
        retire(conn, gone)
        removed = len(gone)
    elif feed == PRICES:
        removed = conn.execute(
            text(
                "DELETE FROM prices WHERE NOT EXISTS (SELECT 1 FROM sync_seen s JOIN variants v "
                "ON s.key = prices.price_list || ':' || v.sku WHERE s.feed = 'prices' AND v.id = prices.variant_id)"
            )
        ).rowcount
    elif feed == ORDERS:
        removed = sweep_orders(conn)
    conn.execute(text("DELETE FROM sync_seen WHERE feed = :f"), {"f": feed})
    return removed
