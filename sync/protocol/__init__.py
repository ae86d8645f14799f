"""The wire format shared by terminals and the central service.

An event is written once into the terminal's outbox and never changes. Its body is canonical JSON
(sorted keys, no spaces, UTF-8), so the central service can tell a repeat of the same event (same
id, same bytes: answer as before) from a conflict (same id, other bytes: 409 and a flag).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

PROTOCOL_VERSION = 1

SALE_COMPLETED = "sale.completed"
SHIFT_OPENED = "shift.opened"
SHIFT_CLOSED = "shift.closed"
CASH_MOVED = "cash.moved"
# online orders picked up in store (sync/protocol/pickup.py holds their states; core/pickup_codes.py the codes)
ORDER_PICKING = "order.picking"
ORDER_READY = "order.ready"
ORDER_COLLECTED = "order.collected"
ORDER_CANCELLED = "order.cancelled"
ORDER_PAID = "order.paid"
ORDER_EVENTS = frozenset({ORDER_PICKING, ORDER_READY, ORDER_COLLECTED, ORDER_CANCELLED, ORDER_PAID})
# the cloud shelf (sync/protocol/shelf.py holds its states and limits; core/ its rules)
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


SET_ASIDE = "event.set_aside"
"""Sent by the relay in place of an event the platform refused at the HTTP level (a 4xx before the
event could be read, e.g. a proxy's 413): it takes that event's sequence number, so the events
after it are not held back by a gap, and tells the platform which event a person must look at."""


def set_aside_id(event_id: object) -> str:
    """The id of an event's stand-in: made from the event's, so the platform finds it again when the
    event itself is sent again (a dead letter re-sent) and puts the event in its place."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"cloudshelf:set-aside:{event_id}"))


def set_aside_envelope(event: dict[str, Any]) -> dict[str, Any]:
    """The stand-in for a refused event; the same for every attempt, so a resend is a duplicate."""
    body = canonical_json(event)
    return {
        "v": PROTOCOL_VERSION,
        "id": set_aside_id(event.get("id")),
        "type": SET_ASIDE,
        "seq": event.get("seq"),
        "store": event.get("store"),
        "terminal": event.get("terminal"),
        "created_at": event.get("created_at"),
        "data": {"event_id": event.get("id"), "event_type": event.get("type"), "digest": body_digest(body)},
    }


# ---------------------------------------------------------------- who answered
# Every answer the platform itself gives carries PLATFORM_HEADER; a proxy's, a load balancer's or a
# firewall's own answer (a 408, a 404 during a deploy, a 403, an HTML page) does not. Only the
# platform's answer about an event may set that event aside: anything else is retried.
PLATFORM_HEADER = "X-CloudShelf-Platform"
# A terminal's answers also say what the platform holds from it: the last event in its sequence (a
# till that has more acknowledged learns the platform was restored from a backup and sends again at
# once) and the set-aside events a person asked it to send again (comma-separated ids).
LAST_SEQ_HEADER = "X-CloudShelf-Last-Seq"
RESEND_HEADER = "X-CloudShelf-Resend"
EVENT_REFUSALS = frozenset({400, 413, 422})  # the platform's refusals of a push that are about its events
MAX_RESEND_ASKED = 50  # set-aside events asked for in one answer

# ---------------------------------------------------------------- push answers
# Each event of a batch gets one of these. ``accepted`` and ``duplicate`` are final successes (a
# duplicate carries the first answer); ``conflict`` (same id, other body: the HTTP 409 case),
# ``invalid`` and ``forbidden`` are final refusals that the terminal keeps as dead letters; ``gap``
# means the server is missing earlier events and names the ``expected`` sequence to resend from;
# ``behind`` means the platform already holds another event under this sequence number for this
# terminal: the store file is older than the platform's record of it (restored from a backup, or a
# copy), so the terminal stops sending and must be enrolled again; its events stay waiting.
ACCEPTED = "accepted"
DUPLICATE = "duplicate"
CONFLICT = "conflict"
INVALID = "invalid"
FORBIDDEN = "forbidden"
GAP = "gap"
BEHIND = "behind"
FINAL_OK = frozenset({ACCEPTED, DUPLICATE})
FINAL_REFUSED = frozenset({CONFLICT, INVALID, FORBIDDEN})

# ---------------------------------------------------------------- pull feeds
CATALOG = "catalog"
PRICES = "prices"
STOCK = "stock"
ORDERS = "orders"
SHELF = "shelf"  # the store's cloud-shelf orders, as the platform holds them
STAFF = "staff"  # the people who may work in the store: login, name, role, the PIN's hash (never the PIN)
SCHEDULES = "schedules"  # the store's dated prices, ahead of time, in force by the till's clock
FEEDS = (CATALOG, PRICES, STOCK, ORDERS, SHELF, SCHEDULES, STAFF)
NEWER_FEEDS = frozenset({STAFF, SCHEDULES})  # feeds an older platform does not have (its 404 is no failure)
UPSERT = "upsert"
DELETE = "delete"  # a tombstone

MAX_BATCH = 200
MAX_PAGE = 5000  # rows of a feed or snapshot page: a first sync of a million variants is ~600 pages
