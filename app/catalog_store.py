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


_VARIANT_IDS = text("SELECT sku, id FROM variants WHERE sku IN (SELECT value FROM json_each(:skus))")


def variant_ids(conn: Connection, skus: list[str]) -> dict[str, int]:
    """One statement with one parameter (a JSON array), however many SKUs: compiled once, cached."""
    if not skus:
        return {}
    return dict(conn.execute(_VARIANT_IDS, {"skus": json.dumps(skus)}).all())


def upsert_variants(conn: Connection, rows: list[VariantRecord]) -> tuple[dict[str, int], int]:
    """Insert or update variants with their style, barcodes and search text.

    Returns the variant id of each SKU and how many of them existed before. A barcode moves to the
    variant that now names it; an inactive variant keeps its row (old sales point at it) but loses
    its barcodes and its place in search.
    """
    styles = {r.style_code: {"code": r.style_code, "name": r.style_name} for r in rows}
    conn.execute(
        text(
            "INSERT INTO styles(code, name) VALUES (:code, :name) ON CONFLICT(code) DO UPDATE SET name = excluded.name"
        ),
        list(styles.values()),
    )
    existing = variant_ids(conn, [r.sku for r in rows])
    conn.execute(
        text(
            "INSERT INTO variants(sku, style_id, size, colour, tax_class, active) "
            "VALUES (:sku, (SELECT id FROM styles WHERE code = :style), :size, :colour, :tax, :active) "
            "ON CONFLICT(sku) DO UPDATE SET style_id = excluded.style_id, size = excluded.size, "
            "colour = excluded.colour, tax_class = excluded.tax_class, active = excluded.active"
        ),
        [
            {
                "sku": r.sku,
                "style": r.style_code,
                "size": r.size,
                "colour": r.colour,
                "tax": r.tax_class,
                "active": r.active,
            }
            for r in rows
        ],
    )
    ids = existing | variant_ids(conn, [r.sku for r in rows if r.sku not in existing])
    if existing:
        old = [{"id": vid} for vid in existing.values()]
        conn.execute(text("DELETE FROM barcodes WHERE variant_id = :id"), old)
        conn.execute(text("DELETE FROM catalog_search WHERE rowid = :id"), old)
    codes = [{"code": c, "vid": ids[r.sku]} for r in rows if r.active for c in r.barcodes]
    if codes:
        conn.execute(text("INSERT OR REPLACE INTO barcodes(code, variant_id) VALUES (:code, :vid)"), codes)
    search = [
        {"id": ids[r.sku], "text": f"{r.style_name} {r.style_code} {r.sku} {r.colour} {r.size}"}
        for r in rows
        if r.active
    ]
    if search:
        conn.execute(text("INSERT INTO catalog_search(rowid, text) VALUES (:id, :text)"), search)
    return ids, len(existing)


def upsert_prices(conn: Connection, rows: list[tuple[str, int, int]]) -> None:
    """``(price_list, variant_id, amount)`` rows; unknown price lists are created in the store's currency."""
    for code in {pl for pl, _, _ in rows}:
        conn.execute(
            text(
                "INSERT INTO price_lists(code, name, currency) SELECT :code, :code, currency FROM store_settings "
                "WHERE NOT EXISTS (SELECT 1 FROM price_lists WHERE code = :code) LIMIT 1"
            ),
            {"code": code},
        )
    if rows:
        conn.execute(
            text(
                "INSERT INTO prices(price_list, variant_id, amount) VALUES (:pl, :vid, :amount) "
                "ON CONFLICT(price_list, variant_id) DO UPDATE SET amount = excluded.amount"
            ),
            [{"pl": pl, "vid": vid, "amount": amount} for pl, vid, amount in rows],
        )
