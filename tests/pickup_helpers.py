"""Online orders for the terminal-only pickup tests: the orders feed as the platform sends it,
applied through the real feed code (``sync.apply``), without a platform."""

from __future__ import annotations

import itertools
from functools import cache

from app.clock import now_iso
from app.ids import new_id
from app.terminal import Terminal
from core import pickup_codes
from sync.apply import apply_items
from sync.protocol import ORDERS
from sync.protocol import pickup as p

PICKUP_CODE = "482913"
_versions = itertools.count(1)


@cache
def pickup_hash(code: str = PICKUP_CODE) -> str:
    return pickup_codes.hash_pickup_code(code)


def skus(term: Terminal, n: int) -> list[tuple[str, str, int]]:
    """(sku, barcode as printed, price) of the first ``n`` priced items of the test catalog."""
    with term.db.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT v.sku, MIN(b.code), p.amount FROM variants v JOIN barcodes b ON b.variant_id = v.id "
            "JOIN prices p ON p.variant_id = v.id GROUP BY v.id ORDER BY v.id LIMIT ?",
            (n,),
        )
        return [(sku, code[1:], price) for sku, code, price in rows]


def order_body(
    term: Terminal,
    lines: list[tuple[str, int, int]],
    *,
    code: str | None = None,
    store: str = "S01",
    state: str = p.NEW,
    paid: bool = True,
    name: str = "Mia Wang",
    phone_last4: str = "1234",
    order_id: str | None = None,
    **extra: object,
) -> dict:
    """One orders-feed body; ``lines`` are (sku, qty, unit price)."""
    stamp = now_iso()
    return {
        "id": order_id or new_id(),
        "code": code or pickup_codes.new_order_code(store),
        "store": store,
        "source": "web",
        "state": state,
        "version": next(_versions),
        "customer_name": name,
        "phone_last4": phone_last4,
        "pickup_hash": pickup_hash(),
        "paid": paid,
        "currency": term.info.currency,
        "total": sum(q * price for _, q, price in lines),
        "refund_due": 0,
        "note": "",
        "created_at": stamp,
        "updated_at": stamp,
        "ready_at": None,
        "expires_at": None,
        "closed_at": None,
        "cancel_reason": "",
        "collected_by": "",
        "lines": [
            {"line_no": n, "sku": sku, "description": f"Item {sku}", "qty": q, "unit_price": price,
             "tax_rate_ppm": 130_000, "picked": 0, "collected": 0}
            for n, (sku, q, price) in enumerate(lines, 1)
        ],
        **extra,
    }  # fmt: skip


def deliver(term: Terminal, *bodies: dict) -> int:
    """Apply bodies as one orders-feed page, as the puller does."""
    with term.db.write() as s:
        return apply_items(s.connection(), ORDERS, [{"key": b["id"], "op": "upsert", "data": b} for b in bodies])


def newer(body: dict, **changes: object) -> dict:
    """The platform's next version of an order."""
    return {**body, **changes, "version": next(_versions)}
