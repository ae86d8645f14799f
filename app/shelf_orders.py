"""The store's cloud-shelf orders as the till shows them (docs/cloud-shelf.md, States): the list with
those a person must act on first, one order by its code, and the lines to refund when its stock was
gone. The orders are written with the sale (``app.shelf.settle``) and kept current by the shelf feed
(``app.shelf_feed``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import ShelfLine, ShelfOrder
from app.errors import NotFound, UserError
from app.stored import loads_dict
from sync.protocol import shelf as sp


# ---------------------------------------------------------------- the store's cloud-shelf orders
@dataclass(frozen=True)
class OrderLineView:
    line_no: int
    sku: str
    description: str
    qty: int
    source: str
    sources: str  # where the platform takes the units from, e.g. "S02 x1, W01 x2"


@dataclass(frozen=True)
class OrderView:
    id: str
    code: str
    receipt_no: str
    delivery: str
    deliver_to: str | None
    state: str
    problem: str
    total: int
    currency: str
    created_at: str
    refund_receipt: str
    pickup_state: str | None
    contact_waiting: bool  # the customer's details are still here, waiting to reach the platform
    contact_error: str
    sold_here: bool  # sold at this till (the receipt is here: it can refund it)
    lines: tuple[OrderLineView, ...]
    shipments: tuple[tuple[str, str, int], ...]  # (from, state, units)

    @property
    def needs_action(self) -> bool:
        """Paid, but nothing will come: the stock was gone, or the platform cancelled it."""
        return self.state in (sp.UNFILLED, sp.CANCELLED) and not self.refund_receipt and self.sold_here

    @property
    def items(self) -> int:
        return sum(ln.qty for ln in self.lines)


def _view(s: Session, row: ShelfOrder) -> OrderView:
    detail = loads_dict(row.detail or "{}")
    placed = {x["line_no"]: x.get("allocations", []) for x in detail.get("lines", [])}
    lines = s.scalars(select(ShelfLine).where(ShelfLine.order_id == row.id).order_by(ShelfLine.line_no))
    return OrderView(
        id=row.id,
        code=row.code,
        receipt_no=row.receipt_no,
        delivery=row.delivery,
        deliver_to=row.deliver_to,
        state=row.state,
        problem=row.problem,
        total=row.total,
        currency=row.currency,
        created_at=row.created_at,
        refund_receipt=row.refund_receipt,
        pickup_state=detail.get("pickup_state"),
        contact_waiting=bool(row.contact),
        contact_error=row.contact_error,
        sold_here=bool(row.event_id),
        lines=tuple(
            OrderLineView(
                ln.line_no,
                ln.sku,
                ln.description,
                ln.qty,
                ln.source,
                ", ".join(f"{a['location']} x{a['qty']}" for a in placed.get(ln.line_no, [])),
            )
            for ln in lines
        ),
        shipments=tuple((x["location"], x["state"], x["units"]) for x in detail.get("shipments", [])),
    )


def orders(s: Session, *, open_only: bool = False) -> list[OrderView]:
    """The store's cloud-shelf orders, those needing a person first, then newest first."""
    query = select(ShelfOrder).order_by(ShelfOrder.created_at.desc(), ShelfOrder.id.desc())
    views = [_view(s, row) for row in s.scalars(query)]
    if open_only:
        views = [v for v in views if v.state in sp.OPEN_STATES or v.needs_action]
    return sorted(views, key=lambda v: not v.needs_action)  # stable: newest first within each group


def order(s: Session, code: str) -> OrderView:
    row = s.scalar(select(ShelfOrder).where(ShelfOrder.code == code.strip().upper()))
    if row is None:
        raise NotFound(f"There is no cloud-shelf order {code.strip()[:30]} here.", "Check the code.")
    return _view(s, row)


def refund_lines(s: Session, code: str) -> tuple[str, list[tuple[str, int]]]:
    """(receipt, [(sale line id, qty)]) to return when the customer is refunded for an order."""
    v = order(s, code)
    if not v.sold_here:
        raise UserError(f"Order {v.code} was sold at another till.", f"Refund it there (receipt {v.receipt_no}).")
    if v.refund_receipt:
        raise UserError(f"Order {v.code} was refunded already ({v.refund_receipt}).", "")
    if v.state not in (sp.UNFILLED, sp.CANCELLED, sp.CONFIRMED, sp.HELD, sp.TO_CONFIRM):
        raise UserError(f"Order {v.code} is {v.state}: its goods are on their way or delivered.",
                        "Take the goods back as a return when the customer brings them.")  # fmt: skip
    rows = s.scalars(select(ShelfLine).where(ShelfLine.order_id == v.id).order_by(ShelfLine.line_no))
    return v.receipt_no, [(ln.sale_line_id, ln.qty) for ln in rows]


def contact_of(row: ShelfOrder) -> dict:
    return loads_dict(row.contact) if row.contact else {}
