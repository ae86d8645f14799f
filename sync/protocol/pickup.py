"""Online orders picked up in store: the wire names the central service and the terminals share.

The order states as the orders feed and the order events carry them, and the sets a till and the
platform sort them by. Making, hashing and checking the codes and matching a name are rules, not
names on the wire: they live in ``core.pickup_codes``.
"""

from __future__ import annotations

NEW = "new"
PICKING = "picking"
READY = "ready"
COLLECTED = "collected"
PARTLY_COLLECTED = "partly_collected"
CANCELLED = "cancelled"
EXPIRED = "expired"
STATES = (NEW, PICKING, READY, COLLECTED, PARTLY_COLLECTED, CANCELLED, EXPIRED)
OPEN_STATES = frozenset({NEW, PICKING, READY})
CLOSED_STATES = frozenset({COLLECTED, PARTLY_COLLECTED, CANCELLED, EXPIRED})
HANDED_OVER = frozenset({COLLECTED, PARTLY_COLLECTED})
RANK = {NEW: 0, PICKING: 1, READY: 2, COLLECTED: 3, PARTLY_COLLECTED: 3, CANCELLED: 3, EXPIRED: 3}
