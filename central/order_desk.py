"""Orders as head office works them in the console: pickup orders and cloud-shelf orders searched
together, and the actions that were CLI-only (ship, deliver, arrive, cancel) done through the same
domain functions as the CLI (``central.orders``, ``central.shelf``), each audited in its own
transaction. An impossible move is refused by those functions with what to do instead."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from central import audit, orders, shelf
from central.errors import ServiceError
from central.models import Order, ShelfOrder

KINDS = ("pickup", "shelf")
SHELF_ACTIONS = ("ship", "deliver", "arrive", "cancel")
PAGE = 100


@dataclass(frozen=True)
class Row:
    kind: str  # pickup | shelf
    code: str
    store: str  # pickup: where it is collected; shelf: where it was sold
    state: str
    customer: str
    currency: str
    total: int
    refund_due: int
    created_at: str
    goes_to: str  # shelf: "home" or the store it goes to; pickup: ""
    source: str  # pickup: web | cloud_shelf; shelf: the receipt it was sold on


def search(
    session: Session,
    stores: frozenset[str] | None,
    *,
    text: str = "",
    store: str = "",
    kind: str = "",
    state: str = "",
    refund_due: bool = False,
) -> list[Row]:
    """Newest first, within ``stores``: by code, customer name or phone (``text``), store, kind and state."""
    if kind and kind not in KINDS:
        raise ServiceError(400, "bad_kind", "Show pickup orders, cloud-shelf orders or both.", "Choose a kind.")
    found: list[Row] = []
    if kind in ("", "pickup"):
        found += _pickup(session, stores, text, store, state, refund_due)
    if kind in ("", "shelf") and not refund_due:
        found += _shelf(session, stores, text, store, state)
    return sorted(found, key=lambda r: r.created_at, reverse=True)[:PAGE]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _pickup(session, stores, text, store, state, refund_due) -> list[Row]:
    query = select(Order).order_by(Order.created_at.desc()).limit(PAGE)
    if stores is not None:
        query = query.where(Order.store_code.in_(sorted(stores)))
    if text.strip():
        like = _like(text.strip())
        query = query.where(or_(Order.code.ilike(like, escape="\\"), Order.customer_name.ilike(like, escape="\\"),
                                Order.customer_phone.like(like, escape="\\")))  # fmt: skip
    if store.strip():
        query = query.where(Order.store_code == store.strip().upper())
    if state.strip():
        query = query.where(Order.state == state.strip())
    if refund_due:
        query = query.where(Order.refund_due > 0)
    return [Row("pickup", o.code, o.store_code, o.state, o.customer_name, o.currency, o.total, o.refund_due,
                o.created_at, "", o.source) for o in session.scalars(query)]  # fmt: skip


def _shelf(session, stores, text, store, state) -> list[Row]:
    query = select(ShelfOrder).order_by(ShelfOrder.created_at.desc()).limit(PAGE)
    if stores is not None:
        query = query.where(ShelfOrder.store_code.in_(sorted(stores)))
    if text.strip():
        like = _like(text.strip())
        query = query.where(or_(ShelfOrder.code.ilike(like, escape="\\"),
                                ShelfOrder.customer_name.ilike(like, escape="\\"),
                                ShelfOrder.customer_phone.like(like, escape="\\")))  # fmt: skip
    if store.strip():
        query = query.where(ShelfOrder.store_code == store.strip().upper())
    if state.strip():
        query = query.where(ShelfOrder.state == state.strip())
    return [Row("shelf", o.code, o.store_code, o.state, o.customer_name, o.currency, o.total, 0, o.created_at,
                o.deliver_to if o.delivery == "store" else "home", o.receipt_no)
            for o in session.scalars(query)]  # fmt: skip


def store_of(session: Session, kind: str, code: str) -> str:
    """The store an order belongs to (a store manager's scope): where it is collected, or where it was sold."""
    if kind == "shelf":
        return shelf.find(session, code).store_code
    if kind == "pickup":
        return orders.find(session, code).store_code
    raise ServiceError(404, "no_order", "There is no such order.", "Check the order code.")


def act(session: Session, kind: str, code: str, action: str, *, actor: str, reason: str = "",
        location: str = "") -> str:  # fmt: skip
    """Do one action on an order and audit it; returns the order's state after it."""
    if kind == "shelf" and action in SHELF_ACTIONS:
        before = shelf.find(session, code).state
        if action == "cancel":
            done = shelf.cancel(session, code, reason)
        else:
            done = getattr(shelf, action)(session, code, location.strip().upper() or None)
    elif kind == "pickup" and action == "cancel":
        order = orders.find(session, code, lock=True)
        before = order.state
        done = orders.cancel(session, order, reason=reason, actor=f"hq:{actor}"[:40])
    else:
        raise ServiceError(404, "no_action", "This order has no such action.", "Use the buttons on the orders page.")
    after = {"state": done.state, **({"reason": reason.strip()} if action == "cancel" else {})}
    if location.strip():
        after["from"] = location.strip().upper()
    audit.record(session, actor=actor, action=action, entity=f"{kind}_order", entity_id=done.code,
                 before={"state": before}, after=after)  # fmt: skip
    return done.state
