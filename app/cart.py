"""The sale being rung up: plain data that is saved as JSON in ``drafts`` on every change.

A cart holds sale lines (``qty > 0``) and returned lines (``qty < 0``, with the amounts fixed from
the original receipt), discounts and the tenders taken so far. Pricing is in :mod:`app.pricing`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class CartLine:
    id: str
    variant_id: int | None
    sku: str
    description: str
    qty: int
    unit_price: int
    tax_rate_ppm: int
    discount_bp: int = 0
    discount_amount: int = 0  # a fixed discount on the whole line, in minor units
    price_override: bool = False
    original_price: int | None = None
    blind_return: bool = False
    measured: bool = False  # price or weight came from the barcode: never merged with another scan
    # a line returned against a receipt: its amounts come from the original line
    original_sale_id: str | None = None
    original_line_id: str | None = None
    fixed_net: int | None = None
    fixed_tax: int | None = None
    fixed_total: int | None = None
    # a line of an online order paid at the till: it keeps the order's price and moves no stock here
    pickup_order: str | None = None
    # a cloud-shelf line: sold here, its units come from other locations (app.shelf); no stock moves here
    shelf_order: str | None = None  # the order's id: the key of ``Cart.shelf``
    shelf_source: str = ""  # "auto" (the rule) or the location the cashier chose

    @property
    def is_return(self) -> bool:
        return self.qty < 0


@dataclass
class Tender:
    id: str
    method: str  # cash | card
    amount: int  # applied to the sale; negative for a refund
    tendered: int  # handed over in cash; equals amount otherwise
    change: int = 0
    reference: str = ""
    approval_code: str = ""
    original_payment_id: str | None = None


@dataclass
class Cart:
    id: str
    lines: list[CartLine] = field(default_factory=list)
    tenders: list[Tender] = field(default_factory=list)
    order_discount_bp: int = 0
    order_discount_amount: int = 0
    rounding: int = 0  # cash rounding adjustment taken with the last cash tender
    note: str = ""
    # cloud-shelf orders in this sale, by id: code, delivery, the customer's details, the hold (app.shelf)
    shelf: dict[str, dict] = field(default_factory=dict)
    # cloud-shelf hold ids asked of the platform and not answered yet: kept before each request, so a
    # lost answer never loses the id of units the platform may hold (app.shelf)
    holds_asked: list[str] = field(default_factory=list)

    def line(self, line_id: str) -> CartLine:
        for line in self.lines:
            if line.id == line_id:
                return line
        from app.errors import NotFound

        raise NotFound("That line is no longer in the sale.", "Pick a line from the current sale.")

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Cart:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, raw: dict) -> Cart:
        raw = dict(raw)
        raw["lines"] = [CartLine(**line) for line in raw["lines"]]
        raw["tenders"] = [Tender(**t) for t in raw["tenders"]]
        return cls(**raw)
