"""The orders feed applied to the till's own copy of its store's online orders.

Each item carries the platform's whole current view of one order and its ``version``; an item no
newer than what the till holds changes nothing, so pages and snapshots may repeat. The till's own
changes that the platform has not confirmed yet stay on top: the state shown is the further of the
two along new -> picking -> ready -> closed. When both sides closed the order differently, or the
platform closed it while this till was picking it, the order gets a ``conflict`` that the clerk sees
until a person acknowledges it; nothing either side recorded is dropped (docs/pickup.md).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from app.clock import now_iso
from sync.protocol import pickup as p

CONFLICT_TEXT = {
    "cancelled_while_picking": "Cancelled at the platform ({reason}) while this till was picking it: "
    "put the picked items back.",
    "collected_twice": "Also handed over at {by}; both handovers are recorded: a manager checks with the customer.",
    "collected_after_cancel": "Handed over here after it was {central} at the platform ({reason}); "
    "the platform flags it for a manager.",
    "cancelled_after_collect": "Already handed over at {by} before this till cancelled it.",
    "gone": "The platform no longer lists this order; a manager checks it online.",
}


def describe(conflict: str, **facts: str) -> str:
    return CONFLICT_TEXT.get(conflict, conflict).format_map({"reason": "", "by": "", "central": "", **facts})[:300]


def merge(
    local: str | None, local_by: str, central: str, central_by: str, worked_here: bool, me: str
) -> tuple[str, str]:
    """(state to show, conflict or "") from this till's state and the platform's."""
    if local is None:
        return central, ""
    if central not in p.CLOSED_STATES:
        if local in p.CLOSED_STATES:
            return local, ""  # this till closed it; the platform has not heard yet
        return (local if p.RANK[local] > p.RANK[central] else central), ""
    if local not in p.CLOSED_STATES:
        if central in (p.CANCELLED, p.EXPIRED) and worked_here and local in (p.PICKING, p.READY):
            return central, "cancelled_while_picking"
        return central, ""
    if local in p.HANDED_OVER and local_by == me:
        if central in p.HANDED_OVER and central_by and central_by != me:
            return local, "collected_twice"
        if central in (p.CANCELLED, p.EXPIRED):
            return local, "collected_after_cancel"
        return central, ""
    if local in (p.CANCELLED, p.EXPIRED) and central in p.HANDED_OVER:
        return central, "cancelled_after_collect"
    return central, ""


def _worked_here(conn: Connection, order_id: str) -> bool:
    return (
        conn.execute(
            text(
                "SELECT 1 FROM outbox WHERE type IN ('order.picking', 'order.ready') "
                "AND json_extract(body, '$.data.order_id') = :id LIMIT 1"
            ),
            {"id": order_id},
        ).first()
        is not None
    )


def apply_orders(conn: Connection, items: list[dict]) -> int:
    """Apply orders feed items (``{"key", "op", "data"}``) in the caller's transaction."""
    here = conn.execute(text("SELECT store_code, code FROM terminal WHERE id = 1")).first()
    store, me = here[0], f"{here[0]}-{here[1]}"
    changed = 0
    for item in items:
        data = item.get("data") or {}
        if item.get("op") == "delete" or data.get("store") != store:
            continue
        row = conn.execute(text("SELECT * FROM pickup_orders WHERE id = :id"), {"id": data["id"]}).mappings().first()
        if row is not None and int(data["version"]) <= row["version"]:
            continue
        _apply_one(conn, data, row, me)
        changed += 1
    return changed


def _apply_one(conn: Connection, d: dict, row, me: str) -> None:
    central = d["state"]
    worked = row is not None and _worked_here(conn, d["id"])
    state, conflict = merge(
        row["state"] if row else None,
        row["collected_by"] if row else "",
        central,
        d.get("collected_by", ""),
        worked,
        me,
    )
    values = {
        "id": d["id"],
        "code": d["code"],
        "store_code": d["store"],
        "source": d.get("source", "web"),
        "state": state,
        "central_state": central,
        "version": int(d["version"]),
        "customer_name": d.get("customer_name", ""),
        "phone_last4": d.get("phone_last4", ""),
        "pickup_hash": d.get("pickup_hash", ""),
        "paid": bool(d.get("paid")) or bool(row and row["paid"]),
        "currency": d["currency"],
        "total": int(d["total"]),
        "refund_due": int(d.get("refund_due", 0)),
        "note": d.get("note", ""),
        "created_at": d["created_at"],
        "ready_at": d.get("ready_at"),
        "expires_at": d.get("expires_at"),
        "closed_at": (row["closed_at"] if row and state == row["state"] and row["closed_at"] else d.get("closed_at")),
        "cancel_reason": d.get("cancel_reason", "") or (row["cancel_reason"] if row else ""),
        "central_collected_by": d.get("collected_by", ""),
        "updated_at": now_iso(),
    }
    if row is not None and row["purged_at"]:  # details removed here stay removed
        values.update(customer_name="", phone_last4="", pickup_hash="", note="")
    if row is None:
        conn.execute(
            text(
                f"INSERT INTO pickup_orders ({', '.join(values)}, paid_receipt, collected_by, conflict, "
                f"conflict_detail, conflict_seen) VALUES ({', '.join(':' + k for k in values)}, '', '', '', '', '')"
            ),
            values,
        )
    else:
        sets = ", ".join(f"{k} = :{k}" for k in values if k != "id")
        conn.execute(text(f"UPDATE pickup_orders SET {sets} WHERE id = :id"), values)
        if conflict and conflict != row["conflict_seen"]:
            detail = describe(
                conflict,
                reason=values["cancel_reason"],
                by=values["central_collected_by"],
                central=central.replace("_", " "),
            )
            conn.execute(
                text("UPDATE pickup_orders SET conflict = :c, conflict_detail = :d WHERE id = :id"),
                {"c": conflict, "d": detail, "id": d["id"]},
            )
    mine = row is not None and row["collected_by"] == me and state in p.HANDED_OVER
    _apply_lines(conn, d, mine)


def _apply_lines(conn: Connection, d: dict, mine: bool) -> None:
    """The order's lines, upserted: picking here never goes back, and a hand-over done at this till
    (``mine``) keeps the counts it collected."""
    for line in d.get("lines", []):
        conn.execute(
            text(
                "INSERT INTO pickup_lines(order_id, line_no, sku, description, qty, unit_price, tax_rate_ppm, picked, "
                "collected) VALUES (:o, :n, :sku, :desc, :qty, :price, :rate, :picked, :collected) "
                "ON CONFLICT(order_id, line_no) DO UPDATE SET sku = excluded.sku, description = excluded.description, "
                "qty = excluded.qty, unit_price = excluded.unit_price, tax_rate_ppm = excluded.tax_rate_ppm, "
                "picked = MAX(pickup_lines.picked, excluded.picked), "
                "collected = CASE WHEN :mine THEN pickup_lines.collected ELSE excluded.collected END"
            ),
            {
                "o": d["id"],
                "n": int(line["line_no"]),
                "sku": line["sku"],
                "desc": line.get("description", line["sku"]),
                "qty": int(line["qty"]),
                "price": int(line["unit_price"]),
                "rate": int(line.get("tax_rate_ppm", 0)),
                "picked": int(line.get("picked", 0)),
                "collected": int(line.get("collected", 0)),
                "mine": mine,
            },
        )


def sweep(conn: Connection) -> int:
    """After a fresh snapshot: an order still open here that the snapshot did not hold was closed
    at the platform long ago; it is kept, and shown as a conflict for a person to check."""
    rows = conn.execute(
        text(
            "SELECT id FROM pickup_orders WHERE state IN ('new', 'picking', 'ready') "
            "AND id NOT IN (SELECT key FROM sync_seen WHERE feed = 'orders')"
        )
    ).all()
    for (order_id,) in rows:
        conn.execute(
            text("UPDATE pickup_orders SET conflict = 'gone', conflict_detail = :d WHERE id = :id"),
            {"d": describe("gone"), "id": order_id},
        )
    return len(rows)
