"""The one place that writes catalog rows into the local store: used by the CSV import and by the
sync puller, so a variant looks the same whichever way it arrived.

Callers pass plain records and run inside their own write transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class VariantRecord:
    sku: str
    style_code: str
    style_name: str
    size: str
    colour: str
    tax_class: str
    barcodes: tuple[str, ...]
    active: bool = True


_VARIANT_IDS = "SELECT sku, id FROM variants WHERE sku IN (SELECT value FROM json_each(?))"


def variant_ids(conn: Connection, skus: list[str]) -> dict[str, int]:
    """One statement with one parameter (a JSON array), however many SKUs: compiled once, cached."""
    if not skus:
        return {}
    # Read through the driver's own cursor, in the caller's transaction: building a result row
    # object per SKU cost more than the look-up when a first sync asks for 5000 at a time.
    raw = conn.connection.driver_connection
    return dict(raw.execute(_VARIANT_IDS, (json.dumps(skus),)).fetchall())


def upsert_variants(conn: Connection, rows: list[VariantRecord]) -> tuple[dict[str, int], int]:
    """Insert or update variants with their style, barcodes and search text.

    Returns the variant id of each SKU and how many of them existed before. A barcode moves to the
    variant that now names it; an inactive variant keeps its row (old sales point at it) but loses
    its barcodes and its place in search. Written through the driver with positional rows: a first
    sync writes a million variants, and building a parameter dict per row cost more than SQLite.
    """
    if not rows:
        return {}, 0
    styles = {r.style_code: r.style_name for r in rows}
    conn.exec_driver_sql(
        "INSERT INTO styles(code, name) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name",
        list(styles.items()),
    )
    style_ids = dict(
        conn.exec_driver_sql(
            "SELECT code, id FROM styles WHERE code IN (SELECT value FROM json_each(?))", (json.dumps(list(styles)),)
        ).all()
    )
    existing = variant_ids(conn, [r.sku for r in rows])
    conn.exec_driver_sql(
        "INSERT INTO variants(sku, style_id, size, colour, tax_class, active) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(sku) DO UPDATE SET style_id = excluded.style_id, size = excluded.size, "
        "colour = excluded.colour, tax_class = excluded.tax_class, active = excluded.active",
        [(r.sku, style_ids[r.style_code], r.size, r.colour, r.tax_class, r.active) for r in rows],
    )
    ids = existing | variant_ids(conn, [r.sku for r in rows if r.sku not in existing])
    if existing:
        old = [(vid,) for vid in existing.values()]
        conn.exec_driver_sql("DELETE FROM barcodes WHERE variant_id = ?", old)
        conn.exec_driver_sql("DELETE FROM catalog_search WHERE rowid = ?", old)
    codes = [(c, ids[r.sku]) for r in rows if r.active for c in r.barcodes]
    if codes:
        conn.exec_driver_sql("INSERT OR REPLACE INTO barcodes(code, variant_id) VALUES (?, ?)", codes)
    search = [(ids[r.sku], f"{r.style_name} {r.style_code} {r.sku} {r.colour} {r.size}") for r in rows if r.active]
    if search:
        conn.exec_driver_sql("INSERT INTO catalog_search(rowid, text) VALUES (?, ?)", search)
    return ids, len(existing)


def optimize_search(conn: Connection) -> None:
    """Merge the search index into one segment (FTS5 ``optimize``) after a bulk write (a first sync, a
    catalogue import): written page by page it is hundreds of segments, each read by every search
    (one query of several words: 85 -> 10 ms on a million variants; the merge takes 1-2 s there).
    The index is still written with each page, not built once at the end: a page's indexing runs
    while the next page downloads, and a build at the end could only add to the wait."""
    conn.exec_driver_sql("INSERT INTO catalog_search(catalog_search) VALUES ('optimize')")


def upsert_prices(conn: Connection, rows: list[tuple[str, int, int]]) -> None:
    """``(price_list, variant_id, amount)`` rows; unknown price lists are created in the store's currency."""
    add_price_lists(conn, {pl for pl, _, _ in rows})
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO prices(price_list, variant_id, amount) VALUES (?, ?, ?) "
            "ON CONFLICT(price_list, variant_id) DO UPDATE SET amount = excluded.amount",
            rows,
        )


def add_price_lists(conn: Connection, codes: set[str]) -> None:
    """Price lists not known yet, created in the store's currency."""
    for code in codes:
        conn.execute(
            text(
                "INSERT INTO price_lists(code, name, currency) SELECT :code, :code, currency FROM store_settings "
                "WHERE NOT EXISTS (SELECT 1 FROM price_lists WHERE code = :code) LIMIT 1"
            ),
            {"code": code},
        )
