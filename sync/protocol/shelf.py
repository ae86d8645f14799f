"""The cloud shelf (endless aisle): the wire names the central service and the terminals share.

* **States** of an order, the platform's and the two the till shows before the platform answers,
  and of its shipments; the deliveries; the limits of an order event.
* **The availability answer**'s shape (below).

The split rule (``core.allocation``), the size order (``core.sizes``) and what each delivery needs of
the customer's details (``core.contacts``) are rules both sides apply, not wire names: they live in
the core. The customer's details travel to the platform once, outside the immutable event, and
never come back in a feed.
"""

from __future__ import annotations

# ---------------------------------------------------------------- states
HELD = "held"  # till only: sold with the platform's hold; the sale's event is on its way
TO_CONFIRM = "to_confirm"  # till only: sold offline from the last figures; nothing reserved yet
CONFIRMED = "confirmed"  # every unit reserved at its source
UNFILLED = "unfilled"  # the platform could not reserve it (the stock was gone): refund or another source
SHIPPED = "shipped"  # every shipment left its source
DELIVERED = "delivered"  # home delivery: every shipment delivered
ARRIVED = "arrived"  # store delivery: every shipment arrived; the order is in that store's pickup queue
CANCELLED = "cancelled"  # refunded at the till, or cancelled at the platform
STATES = (HELD, TO_CONFIRM, CONFIRMED, UNFILLED, SHIPPED, DELIVERED, ARRIVED, CANCELLED)
CLOSED_STATES = frozenset({DELIVERED, ARRIVED, CANCELLED})
OPEN_STATES = frozenset(STATES) - CLOSED_STATES

# shipments: one per source location of an order
RESERVED = "reserved"
SHIPMENT_STATES = (RESERVED, SHIPPED, DELIVERED, ARRIVED, CANCELLED)

HOME = "home"
STORE = "store"
DELIVERIES = (HOME, STORE)
AUTO = "auto"  # "best by the rule" as a line's source

HOLD_MINUTES = 15  # a hold taken while the customer pays lapses on its own after this
MAX_LINES = 20
MAX_QTY = 99


# ---------------------------------------------------------------- availability answers
# GET /v1/stock/availability answers with one style:
#   {"style": {"code", "name"}, "as_of": ISO time, "variants": [{"sku", "size", "colour"}],
#    "locations": [{"code", "name", "kind", "region"}], "times": [ISO time, ...],
#    "stock": {"variant": [i, ...], "location": [i, ...], "on_hand": [n, ...], "moved": [i, ...]},
#    "held": [[variant index, location index, units held], ...]}
# ``stock`` is columns of one row per stock level (indexes into ``variants``, ``locations`` and
# ``times``, the last movement's time); ``held`` lists only the levels with units held. 40 variants
# at 500 locations stay a small answer that is quick to build, send and read.
