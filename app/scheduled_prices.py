"""Head office's dated prices as this till holds them (the schedules feed, till migration 0008).

The feed brings each entry ahead of its start with UTC instants for this store; the scan's look-up
(``app.catalog``) picks the one in force at the till's clock by the rule in ``core.price_rules``,
so a price switches on time with the network down.
"""

from __future__ import annotations

from sqlalchemy import Connection

from sync.protocol import DELETE

_UPSERT = (
    "INSERT INTO scheduled_prices(id, price_list, variant_id, amount, starts_at, ends_at, rank, kind) "
    "SELECT ?, ?, id, ?, ?, ?, ?, ? FROM variants WHERE sku = ? "
    "ON CONFLICT(id) DO UPDATE SET price_list = excluded.price_list, variant_id = excluded.variant_id, "
    "amount = excluded.amount, starts_at = excluded.starts_at, ends_at = excluded.ends_at, rank = excluded.rank, "
    "kind = excluded.kind"
)


def apply_schedules(conn: Connection, items: list[dict]) -> int:
    """Upserts and tombstones by the platform's entry id; an entry of an unknown SKU adds nothing."""
    columns = ("id", "price_list", "amount", "starts_at", "ends_at", "rank", "kind", "sku")
    live = [tuple(d[c] for c in columns) for d in (i["data"] for i in items if i.get("op") != DELETE)]
    applied = conn.exec_driver_sql(_UPSERT, live).rowcount if live else 0
    gone = [(i["data"]["id"],) for i in items if i.get("op") == DELETE]
    if gone:
        conn.exec_driver_sql("DELETE FROM scheduled_prices WHERE id = ?", gone)
    return applied + len(gone)
