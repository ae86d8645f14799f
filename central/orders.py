"""Online orders picked up in store (docs/pickup.md): the state machine, and the events the store's
tills push.

``central.order_create.create_order`` is the one way an order is made; it publishes the order on the
store's orders feed with :func:`publish`. Every change after that bumps the order's ``version``,
writes a history row and publishes the order again, in the same transaction.

A till's event that meets an order that moved on (cancelled online while it was picked, collected at
another till) is still *accepted*, never a dead letter: the answer says what the platform holds
(``order_state``) and names the ``conflict``; the history keeps both sides, and a conflict that needs
a person (goods handed over twice or after a cancellation, money taken for a cancelled order) raises
a flag.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import checks, dispatch, notify, reservations
from central.clock import now_iso
from central.errors import ServiceError
from central.feeds import append
from central.models import Flag, Location, Order, OrderHistory, OrderLine, Sale
from central.stock import record_movement
from core import pickup_codes
from sync.protocol import (
    ORDER_CANCELLED,
    ORDER_COLLECTED,
    ORDER_EVENTS,
    ORDER_PAID,
    ORDER_PICKING,
    ORDER_READY,
    ORDERS,
    UPSERT,
)
from sync.protocol import pickup as p

PICKUP_DAYS = 7  # a ready order waits this long unless the store's settings say otherwise


class EventInvalid(Exception):
    """An order event a till should never have sent (unknown order, another store's order)."""


def bad_request(code: str, message: str, hint: str = "") -> ServiceError:
    return ServiceError(400, code, message, hint)


def store_settings(location: Location) -> dict:
    return json.loads(location.settings or "{}")


def holder(order_id: str) -> str:
    return f"order:{order_id}"


def find(session: Session, code: str, *, lock: bool = False) -> Order:
    key = pickup_codes.parse_key(code)
    order = None
    if key is not None:
        query = select(Order).where(Order.code == key[0])
        order = session.scalar(query.with_for_update() if lock else query)
    if order is None:
        raise ServiceError(404, "no_order", f"There is no order {code.strip()[:30]}.", "Check the order code.")
    return order


def lines_of(session: Session, order: Order) -> list[OrderLine]:
    return list(session.scalars(select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.line_no)))


def feed_body(session: Session, order: Order) -> dict:
    """The order as its store's tills keep it: the customer's name and phone's last digits, the
    pickup code's hash; never the phone number, the email or the pickup code itself."""
    return {
        "id": order.id,
        "code": order.code,
        "store": order.store_code,
        "source": order.source,
        "state": order.state,
        "version": order.version,
        "customer_name": order.customer_name,
        "phone_last4": pickup_codes.phone_last4(order.customer_phone),
        "pickup_hash": order.pickup_hash,
        "paid": order.paid,
        "currency": order.currency,
        "total": order.total,
        "refund_due": order.refund_due,
        "note": order.note,
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "ready_at": order.ready_at,
        "expires_at": order.expires_at,
        "closed_at": order.closed_at,
        "cancel_reason": order.cancel_reason,
        "collected_by": order.collected_by,
        "lines": [
            {"line_no": ln.line_no, "sku": ln.sku, "description": ln.description, "qty": ln.qty,
             "unit_price": ln.unit_price, "tax_rate_ppm": ln.tax_rate_ppm, "picked": ln.picked,
             "collected": ln.collected}
            for ln in lines_of(session, order)
        ],
    }  # fmt: skip


def shop_view(session: Session, order: Order) -> dict:
    """What the web shop may read back: no pickup code hash, no history."""
    body = feed_body(session, order)
    for private in ("pickup_hash", "phone_last4", "version"):
        body.pop(private)
    return body


def publish(session: Session, order: Order) -> int:
    return append(session, ORDERS, order.store_code, order.id, UPSERT, feed_body(session, order))


def history(
    session: Session, order: Order, actor: str, action: str, before: str, detail: dict | None = None,
    event_id: str | None = None,
) -> None:  # fmt: skip
    session.add(
        OrderHistory(
            order_id=order.id,
            at=now_iso(),
            actor=actor,
            action=action,
            state_before=before,
            state_after=order.state,
            event_id=event_id,
            detail=json.dumps(detail or {}, sort_keys=True),
        )
    )


def _changed(
    session: Session, order: Order, actor: str, action: str, before: str, detail: dict | None = None,
    event_id: str | None = None,
) -> None:  # fmt: skip
    order.version += 1
    order.updated_at = now_iso()
    session.flush()
    history(session, order, actor, action, before, detail, event_id)
    publish(session, order)


def _flag(session: Session, order: Order, terminal_id: str | None, event_id: str | None, detail: dict) -> None:
    session.add(
        Flag(
            kind="order",
            store_code=order.store_code,
            terminal_id=terminal_id,
            event_id=event_id,
            detail=json.dumps({"order": order.code, **detail}, sort_keys=True),
            created_at=now_iso(),
        )
    )


def _close(session: Session, order: Order, state: str, reason: str = "") -> None:
    order.state, order.closed_at = state, now_iso()
    if state in (p.CANCELLED, p.EXPIRED):
        order.cancel_reason = reason[:200]
        if order.paid:
            order.refund_due = order.total
    reservations.release(session, holder(order.id))


def cancel(session: Session, order: Order, *, reason: str, actor: str, event_id: str | None = None) -> Order:
    """Cancel an open order (online by the shop, or at the store); its stock is free again."""
    reason = " ".join(reason.split())
    if not reason:
        raise bad_request("no_reason", "Say why the order is cancelled.", "Give a reason, e.g. 'customer request'.")
    if order.state in p.CLOSED_STATES:
        raise ServiceError(409, "closed", f"Order {order.code} is already {order.state}.", "Nothing to cancel.")
    before = order.state
    _close(session, order, p.CANCELLED, reason)
    _changed(session, order, actor, "cancelled", before, {"reason": reason}, event_id)
    notify.enqueue(session, order, "cancelled")
    return order


def expire_due(session: Session) -> list[str]:
    """Ready orders not collected by their ``expires_at``: expired, stock freed, customer told."""
    stamp = now_iso()
    due = list(
        session.scalars(
            select(Order).where(Order.state == p.READY, Order.expires_at <= stamp).order_by(Order.id).with_for_update()
        )
    )
    for order in due:
        _close(session, order, p.EXPIRED, "not collected in time")
        _changed(session, order, "platform", "expired", p.READY)
        notify.enqueue(session, order, "expired")
    return [o.code for o in due]


# ---------------------------------------------------------------- events from the store's tills
def apply_event(session: Session, caller: Any, event_type: str, event_id: str, data: dict) -> dict:
    """Apply one order event of a till of ``caller.store``; returns the answer's extra fields."""
    code = data.get("code")
    if not isinstance(code, str):
        raise EventInvalid("The event has no order 'code'.")
    order = session.scalar(select(Order).where(Order.code == code).with_for_update())
    if order is None or order.id != data.get("order_id"):
        raise EventInvalid(f"There is no order {code[:30]} with this id.")
    if order.store_code != caller.store:
        raise checks.NotYours(f"Order {order.code} is for pickup at {order.store_code}, not {caller.store}.")
    actor = f"{caller.store}-{caller.terminal}"
    handler = {
        ORDER_PICKING: _picking,
        ORDER_READY: _ready,
        ORDER_COLLECTED: _collected,
        ORDER_CANCELLED: _cancelled,
        ORDER_PAID: _paid,
    }[event_type]
    answer = handler(session, order, actor, caller, event_id, data) or {}
    return {"order_state": order.state, **answer}


def _moved_on(session: Session, order: Order, actor: str, event_id: str, action: str, conflict: str) -> dict:
    """The till's change meets an order that is closed here: keep the till's record, change nothing."""
    history(session, order, actor, f"{action}_refused", order.state, {"conflict": conflict}, event_id)
    return {"conflict": conflict, "message": _said(order, conflict)}


def _said(order: Order, conflict: str) -> str:
    if conflict == "collected_twice":
        return f"Order {order.code} was already collected at {order.collected_by}; both handovers are recorded."
    if conflict == "collected_after_cancel":
        return f"Order {order.code} was handed over after it was {order.cancel_reason or 'cancelled'}; flagged."
    if conflict == "paid_after_cancel":
        return f"Order {order.code} was paid at the till after it was cancelled; a refund is due, flagged."
    return f"Order {order.code} is {order.state} at the platform ({order.cancel_reason or order.collected_by})."


def _picking(session: Session, order: Order, actor: str, _caller: Any, event_id: str, _data: dict) -> dict | None:
    if order.state in p.CLOSED_STATES:
        return _moved_on(session, order, actor, event_id, "picking", "order_" + order.state)
    if order.state == p.NEW:
        order.state = p.PICKING
        _changed(session, order, actor, "picking", p.NEW, event_id=event_id)
    else:
        history(session, order, actor, "picking", order.state, event_id=event_id)
    return None


def _ready(session: Session, order: Order, actor: str, _caller: Any, event_id: str, data: dict) -> dict | None:
    if order.state in p.CLOSED_STATES:
        return _moved_on(session, order, actor, event_id, "ready", "order_" + order.state)
    picked = _per_line(session, order, _list(data, "picked"), "picked")
    for line in lines_of(session, order):
        line.picked = min(line.qty, max(line.picked, picked.get(line.line_no, line.picked)))
    if order.state == p.READY:
        history(session, order, actor, "ready", p.READY, event_id=event_id)
        return None
    before = order.state
    location = session.get(Location, order.store_code)
    days = int(store_settings(location).get("pickup_days", PICKUP_DAYS))
    order.state, order.ready_at, order.expires_at = p.READY, now_iso(), now_iso(timedelta(days=days))
    _changed(session, order, actor, "ready", before, event_id=event_id)
    notify.enqueue(session, order, "ready")
    return None


def _collected(session: Session, order: Order, actor: str, caller: Any, event_id: str, data: dict) -> dict | None:

    taken = _per_line(session, order, _list(data, "lines"), "collected")
    _movements_match(session, order, taken, _list(data, "movements"))
    if order.state in p.HANDED_OVER:
        _flag(
            session,
            order,
            caller.terminal_id,
            event_id,
            {"conflict": "collected_twice", "first": order.collected_by, "second": actor},
        )
        return _moved_on(session, order, actor, event_id, "collected", "collected_twice")
    conflict = None
    if order.state in (p.CANCELLED, p.EXPIRED):  # the goods left the store: the ledger must say so
        conflict = "collected_after_cancel"
        _flag(
            session,
            order,
            caller.terminal_id,
            event_id,
            {"conflict": conflict, "was": order.state, "refund_due": order.refund_due, "by": actor},
        )
    stock_seq = 0
    for m in _list(data, "movements"):
        if m.get("location_code") != order.store_code or not isinstance(m.get("qty"), int):
            raise EventInvalid("A pickup movement must be at the order's store, with a whole qty.")
        stock_seq = max(
            stock_seq,
            record_movement(
                session,
                movement_id=str(m["id"]),
                location=order.store_code,
                sku=str(m["sku"]),
                qty=m["qty"],
                reason="pickup",
                event_id=event_id,
                created_at=str(m.get("created_at")),
                caller=caller,
            ),
        )
    lines = lines_of(session, order)
    for line in lines:
        line.collected = min(line.qty, taken.get(line.line_no, 0))
    before = order.state
    partial = any(line.collected < line.qty for line in lines)
    _close(session, order, p.PARTLY_COLLECTED if partial else p.COLLECTED)
    order.collected_by = actor
    if partial and order.paid and conflict is None:
        order.refund_due = sum((ln.qty - ln.collected) * ln.unit_price for ln in lines)
    _changed(
        session,
        order,
        actor,
        "collected",
        before,
        {"partial": partial, "verified": data.get("verified"), "conflict": conflict},
        event_id,
    )
    answer: dict = {"stock_seq": stock_seq} if stock_seq else {}
    if conflict:
        answer.update(conflict=conflict, message=_said(order, conflict))
    return answer


def _cancelled(session: Session, order: Order, actor: str, _caller: Any, event_id: str, data: dict) -> dict | None:
    if order.state in (p.CANCELLED, p.EXPIRED):
        history(session, order, actor, "cancelled", order.state, {"reason": data.get("reason")}, event_id)
        return None
    if order.state in p.HANDED_OVER:
        return _moved_on(session, order, actor, event_id, "cancel", "order_" + order.state)
    cancel(session, order, reason=str(data.get("reason") or "cancelled at the store"), actor=actor, event_id=event_id)
    return None


def _paid(session: Session, order: Order, actor: str, caller: Any, event_id: str, data: dict) -> dict | None:
    amount = data.get("amount")
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise EventInvalid("'amount' must be a whole number of minor units.")
    checks.amount(amount, f"'amount' paid for order {order.code}", high=order.total)
    sale_id = data.get("sale_id")
    if isinstance(sale_id, str):
        sold_at = session.scalar(select(Sale.store_code).where(Sale.id == sale_id))
        if sold_at is not None and sold_at != order.store_code:
            raise checks.NotYours(f"Sale {sale_id[:36]} was made at {sold_at}, not {order.store_code}.")
    before = order.state
    order.paid, order.paid_ref = True, str(data.get("receipt_no", ""))[:80]
    conflict = None
    if order.state in (p.CANCELLED, p.EXPIRED):
        conflict = "paid_after_cancel"
        order.refund_due += amount
        _flag(session, order, caller.terminal_id, event_id, {"conflict": conflict, "amount": amount, "by": actor})
    _changed(session, order, actor, "paid", before, {"receipt_no": order.paid_ref, "conflict": conflict}, event_id)
    return {"conflict": conflict, "message": _said(order, conflict)} if conflict else None


def _per_line(session: Session, order: Order, items: list[dict], what: str) -> dict[int, int]:
    """Units per line of the order (picked, collected): each a line of this order, at most its units."""
    ordered = {ln.line_no: ln.qty for ln in lines_of(session, order)}
    per: dict[int, int] = {}
    for x in items:
        line_no = x.get("line_no")
        if line_no not in ordered or isinstance(line_no, bool) or line_no in per:
            raise EventInvalid(f"Order {order.code} has no line {str(line_no)[:12]} (or it is named twice).")
        per[line_no] = checks.units(x.get("qty"), f"Units {what} of line {line_no}", low=0, high=ordered[line_no])
    return per


def _movements_match(session: Session, order: Order, taken: dict[int, int], movements: list[dict]) -> None:
    """The goods that leave the store are exactly the units handed over, per SKU: no more, none back."""
    want: dict[str, int] = {}
    for ln in lines_of(session, order):
        want[ln.sku] = want.get(ln.sku, 0) + taken.get(ln.line_no, 0)
    moved: dict[str, int] = {}
    for m in movements:
        qty = checks.units(m.get("qty"), "A pickup movement's 'qty'", low=-checks.MAX_LINE_UNITS, high=-1)
        moved[str(m.get("sku"))] = moved.get(str(m.get("sku")), 0) - qty
    if moved != {sku: n for sku, n in want.items() if n}:
        raise EventInvalid(f"Order {order.code}: the stock movements do not match the units handed over.")


def _list(data: dict, key: str) -> list[dict]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise EventInvalid(f"'{key}' must be a list of objects.")
    return value


SNAPSHOT_CLOSED_DAYS = 14  # a fresh till also learns of orders closed this recently (a customer may ask)


def snapshot_rows(session: Session, stores: list[str], after_key: str, limit: int) -> list[dict]:
    """One page of the orders snapshot: the stores' open orders and those closed lately, by id."""
    since = now_iso(timedelta(days=-SNAPSHOT_CLOSED_DAYS))
    rows = session.scalars(
        select(Order)
        .where(
            Order.store_code.in_(stores),
            Order.id > after_key,
            Order.state.in_(sorted(p.OPEN_STATES)) | (Order.closed_at >= since),
        )
        .order_by(Order.id)
        .limit(limit)
    )
    return [{"key": o.id, "data": feed_body(session, o)} for o in rows]


dispatch.register(dispatch.Area("orders", apply_event, EventInvalid), ORDER_EVENTS)
