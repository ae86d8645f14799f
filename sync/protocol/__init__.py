"""The wire format shared by terminals and the central service.

An event is written once into the terminal's outbox and never changes. Its body is canonical JSON
(sorted keys, no spaces, UTF-8), so the central service can tell a repeat of the same event (same
id, same bytes: answer as before) from a conflict (same id, other bytes: 409 and a flag).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

PROTOCOL_VERSION = 1

SALE_COMPLETED = "sale.completed"
SHIFT_OPENED = "shift.opened"
SHIFT_CLOSED = "shift.closed"
CASH_MOVED = "cash.moved"
# online orders picked up in store (sync/protocol/pickup.py holds the rest of their contract)
ORDER_PICKING = "order.picking"
ORDER_READY = "order.ready"
ORDER_COLLECTED = "order.collected"
ORDER_CANCELLED = "order.cancelled"
ORDER_PAID = "order.paid"
ORDER_EVENTS = frozenset({ORDER_PICKING, ORDER_READY, ORDER_COLLECTED, ORDER_CANCELLED, ORDER_PAID})
# the cloud shelf (sync/protocol/shelf.py holds the rest of its contract)
SHELF_ORDER = "shelf.order"
SHELF_CANCELLED = "shelf.cancelled"
SHELF_EVENTS = frozenset({SHELF_ORDER, SHELF_CANCELLED})
EVENT_TYPES = frozenset({SALE_COMPLETED, SHIFT_OPENED, SHIFT_CLOSED, CASH_MOVED}) | ORDER_EVENTS | SHELF_EVENTS


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def body_digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def make_envelope(
    *, event_id: str, event_type: str, seq: int, store: str, terminal: str, created_at: str, data: dict
) -> str:
    """The immutable body of one outbox event, as stored and as sent."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type!r}")
    return canonical_json(
        {
            "v": PROTOCOL_VERSION,
            "id": event_id,
            "type": event_type,
            "seq": seq,
            "store": store,
            "terminal": terminal,
            "created_at": created_at,
            "data": data,
        }
    )


# ---------------------------------------------------------------- push answers
# Each event of a batch gets one of these. ``accepted`` and ``duplicate`` are final successes (a
# duplicate carries the first answer); ``conflict`` (same id, other body: the HTTP 409 case),
# ``invalid`` and ``forbidden`` are final refusals that the terminal keeps as dead letters; ``gap``
# means the server is missing earlier events and names the ``expected`` sequence to resend from.
ACCEPTED = "accepted"
DUPLICATE = "duplicate"
CONFLICT = "conflict"
INVALID = "invalid"
FORBIDDEN = "forbidden"
GAP = "gap"
FINAL_OK = frozenset({ACCEPTED, DUPLICATE})
FINAL_REFUSED = frozenset({CONFLICT, INVALID, FORBIDDEN})

# ---------------------------------------------------------------- pull feeds
CATALOG = "catalog"
PRICES = "prices"
STOCK = "stock"
ORDERS = "orders"
SHELF = "shelf"  # the store's cloud-shelf orders, as the platform holds them
FEEDS = (CATALOG, PRICES, STOCK, ORDERS, SHELF)
UPSERT = "upsert"
DELETE = "delete"  # a tombstone

MAX_BATCH = 200
MAX_PAGE = 1000
