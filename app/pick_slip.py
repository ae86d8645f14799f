"""A pickup order's pick slip as plain data: the pickup flow builds it, the printer lays it out.

Only what a clerk needs at the shelf and the counter: no phone, no address, and the customer's name
as the clerk is shown it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PickSlipLine:
    sku: str
    description: str  # style name, colour and size
    barcode: str  # the code to scan when picking ("" when the item has none)
    qty: int  # ordered
    picked: int  # picked so far


@dataclass(frozen=True)
class PickSlipDoc:
    order_code: str
    store: str  # the pickup store's code
    store_name: str
    customer_name: str
    created_at: str  # ISO 8601, when the customer ordered
    state: str  # new | picking | ready | ...
    lines: tuple[PickSlipLine, ...]
    note: str
    qr_payload: str  # scanned at the counter to find the order (its code)
