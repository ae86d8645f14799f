"""What the platform tells the till about the cloud shelf, applied to the local store in the
caller's transaction: availability answers (other locations' figures, kept with the time they were
fetched) and the shelf feed (the store's cloud-shelf orders as the platform holds them).

Both are idempotent: an answer replaces the figures of its variants; a feed item no newer than the
row's version changes nothing.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

from app.clock import now_iso
from sync.protocol import shelf as sp


def save_availability(conn: Connection, answer: dict) -> str:
    """Keep an availability answer (``sync.protocol.shelf`` format) whole; returns the style's code.

    The answer is stamped with this till's clock when it arrived, so its age is shown right whatever
    the platform's clock says. Locations the till did not know (a store opened since it enrolled)
    join its list. A malformed answer is a ValueError and changes nothing.
    """
    try:
        style = answer["style"]["code"]
        places, stock = answer["locations"], answer["stock"]
        lengths = {len(stock[c]) for c in ("variant", "location", "on_hand", "moved")}
        if not isinstance(style, str) or len(lengths) != 1 or not isinstance(answer["variants"], list):
            raise TypeError("malformed columns")
        known = {tuple(r) for r in conn.execute(text("SELECT code, name, kind, region FROM locations"))}
        fresh = [
            {"code": x["code"], "name": x["name"], "kind": x["kind"], "region": x.get("region") or ""}
            for x in places
            if (x["code"], x["name"], x["kind"], x.get("region") or "") not in known
        ]
    except (KeyError, TypeError) as exc:
        raise ValueError(f"not an availability answer ({exc!r})") from None
    if fresh:
        conn.execute(
            text(
                "INSERT INTO locations(code, name, kind, region) VALUES (:code, :name, :kind, :region) "
                "ON CONFLICT(code) DO UPDATE SET name = excluded.name, kind = excluded.kind, region = excluded.region"
            ),
            fresh,
        )
    conn.execute(
        text(
            "INSERT INTO shelf_figures(style_code, answer, fetched_at) VALUES (:s, :a, :t) "
            "ON CONFLICT(style_code) DO UPDATE SET answer = excluded.answer, fetched_at = excluded.fetched_at"
        ),
        {"s": style, "a": json.dumps(answer, separators=(",", ":"), ensure_ascii=False), "t": now_iso()},
    )
    return style


def apply_shelf(conn: Connection, items: list[dict]) -> int:
    """Apply shelf feed items (``{"key", "op", "data"}``): this store's cloud-shelf orders."""
    store = conn.execute(text("SELECT store_code FROM terminal WHERE id = 1")).scalar()
    changed = 0
    for item in items:
        data = item.get("data") or {}
        if item.get("op") == "delete" or data.get("store") != store:
            continue
        row = conn.execute(text("SELECT version FROM shelf_orders WHERE id = :id"), {"id": data["id"]}).first()
        if row is not None and row[0] >= data["version"]:
            continue
        detail = json.dumps(
            {"lines": data.get("lines", []), "shipments": data.get("shipments", []),
             "pickup_state": data.get("pickup_state")},
            ensure_ascii=False,
        )  # fmt: skip
        values = {
            "id": data["id"], "code": data["code"], "state": data["state"], "version": data["version"],
            "problem": (data.get("problem") or "")[:500], "detail": detail, "t": now_iso(),
        }  # fmt: skip
        if row is None:  # sold at another till of this store (or this store file is new)
            conn.execute(
                text(
                    "INSERT INTO shelf_orders(id, code, sale_id, receipt_no, event_id, delivery, deliver_to, state, "
                    "version, hold_id, currency, total, problem, contact, contact_error, pickup_code, refund_receipt, "
                    "detail, created_at, updated_at) VALUES (:id, :code, :sale, :receipt, '', :delivery, :to, "
                    ":state, :version, '', :currency, :total, :problem, '', '', '', '', :detail, :created, :t)"
                ),
                {**values, "sale": data["sale_id"], "receipt": data["receipt_no"], "delivery": data["delivery"],
                 "to": data.get("deliver_to"), "currency": data["currency"], "total": data["total"],
                 "created": data["created_at"]},
            )  # fmt: skip
            lines = data.get("lines") or []
            conn.execute(
                text(
                    "INSERT INTO shelf_lines(order_id, line_no, sale_line_id, sku, description, qty, source) "
                    "VALUES (:o, :n, '', :sku, :d, :q, :src)"
                ),
                [{"o": data["id"], "n": ln["line_no"], "sku": ln["sku"], "d": ln.get("description", ""),
                  "q": ln["qty"], "src": ln.get("source", sp.AUTO)} for ln in lines],
            ) if lines else None  # fmt: skip
        else:
            closed = data["state"] in sp.CLOSED_STATES
            conn.execute(
                text(
                    "UPDATE shelf_orders SET code = :code, state = :state, version = :version, problem = :problem, "
                    "detail = :detail, updated_at = :t"
                    + (", pickup_code = ''" if closed else "")  # the receipt's code is no longer needed here
                    + " WHERE id = :id"
                ),
                values,
            )
        changed += 1
    return changed
