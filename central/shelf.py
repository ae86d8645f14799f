"""Cloud-shelf orders at the platform (docs/cloud-shelf.md): the order confirmed exactly once by the
sale's event, shipments, and the hand-over to the pickup flow when a "deliver to a store" order
arrives. Holds while the customer pays and the allocation under the rows' locks (with its note on
concurrency) are central/shelf_holds.py.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import checks, dispatch, limits, notify, order_create, reservations
from central.clock import now_iso
from central.errors import ServiceError
from central.feeds import append
from central.models import (
    Flag,
    Location,
    Order,
    Sale,
    ShelfAllocation,
    ShelfLine,
    ShelfOrder,
    ShelfShipment,
    StockLevel,
)
from central.shelf_holds import UUID_PATTERN, LineIn, allocate_units, check_lines, hold_holder, order_holder, reserve
from central.stock import record_movement
from core import contacts, pickup_codes
from sync.protocol import SHELF, SHELF_CANCELLED, SHELF_EVENTS, SHELF_ORDER, UPSERT
from sync.protocol import shelf as sp


class EventInvalid(Exception):
    """A cloud-shelf event a till should never have sent."""


# ---------------------------------------------------------------- events from the selling till
def apply_event(session: Session, caller: Any, event_type: str, event_id: str, data: dict) -> dict:
    if event_type == SHELF_ORDER:
        return _confirm(session, caller, event_id, data)
    if event_type == SHELF_CANCELLED:
        return _cancelled_at_till(session, caller, event_id, data)
    raise EventInvalid(f"Unknown cloud-shelf event {event_type!r}.")


MAX_AMOUNT = 10**15  # minor units: far beyond any price, inside every integer column


def _str(data: dict, key: str, limit: int = 48) -> str:
    """A non-empty string that fits its column (PostgreSQL refuses a longer one and fails the batch)."""
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > limit or "\x00" in value:
        raise EventInvalid(f"'{key}' must be a string of 1 to {limit} characters.")
    return value


def _int(data: dict, key: str, low: int = -MAX_AMOUNT, high: int = MAX_AMOUNT) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise EventInvalid(f"'{key}' must be a whole number from {low} to {high}.")
    return value


def _confirm(session: Session, caller: Any, event_id: str, data: dict) -> dict:
    """The sale with a cloud-shelf order reached the platform: reserve its units for good (converting
    the till's hold), or record it as unfilled when the stock is gone. Never refused: it was paid."""
    order_id = _str(data, "order_id", 36)
    if not UUID_PATTERN.match(order_id):
        raise EventInvalid("'order_id' must be a UUID.")
    if session.get(ShelfOrder, order_id) is not None:
        raise EventInvalid(f"Cloud-shelf order {order_id} was already received in another event.")
    delivery, deliver_to = _delivery(session, data)
    raw_lines, lines = _lines(session, data)
    hold_id = data.get("hold_id")
    if hold_id is not None and not (isinstance(hold_id, str) and UUID_PATTERN.match(hold_id)):
        raise EventInvalid("'hold_id' must be the UUID of the till's hold, or null.")
    if hold_id:  # only this till's own hold: a sibling's stays held for its customer
        reservations.release(session, hold_holder(caller.store, hold_id), terminal_id=caller.terminal_id)
    places = set(session.scalars(select(Location.code)))
    preferred = checks.shelf_plan(data.get("plan"), {ln.line_no: ln.qty for ln in lines}, places)
    sale_id = _str(data, "sale_id", 36)
    sold_at = session.scalar(select(Sale.store_code).where(Sale.id == sale_id))
    if sold_at is not None and sold_at != caller.store:
        raise checks.NotYours(f"Sale {sale_id} was made at {sold_at}, not {caller.store}.")
    store = session.get(Location, caller.store)
    cap = limits.settings(session)["shelf.order_units"]
    if sum(ln.qty for ln in lines) > cap:  # paid, so never refused: unfilled, for a manager to source or refund
        chosen, short = [], f"More than {cap} units in one cloud-shelf order; a manager sources it or refunds it."
    else:
        chosen, short = allocate_units(session, store, lines, preferred)
    code = _free_code(session, _str(data, "code", 24), deliver_to or caller.store)
    order = _received(session, caller, event_id, data, order_id, code, delivery, deliver_to, short, raw_lines)
    if not short:
        _allocated(session, order, lines, chosen)
    elif not chosen and sum(ln.qty for ln in lines) > cap:
        detail = {"order": order.code, "conflict": "over_order_limit", "limit": cap, "receipt": order.receipt_no}
        session.add(Flag(kind="shelf", store_code=order.store_code, terminal_id=caller.terminal_id, event_id=event_id,
                         detail=json.dumps(detail, sort_keys=True), created_at=now_iso()))  # fmt: skip
    publish(session, order)
    answer: dict = {"order_state": order.state}
    if short:
        answer.update(conflict="stock_gone", message=f"Cloud-shelf order {order.code}: {short}")
    return answer


def _delivery(session: Session, data: dict) -> tuple[str, str | None]:
    """The event's delivery, and the store it goes to (a store that exists) for a delivery to a store."""
    delivery = _str(data, "delivery")
    if delivery not in sp.DELIVERIES:
        raise EventInvalid("'delivery' must be home or store.")
    deliver_to = data.get("deliver_to") if delivery == sp.STORE else None
    if delivery == sp.STORE:
        target = session.get(Location, deliver_to) if isinstance(deliver_to, str) else None
        if target is None or target.kind != "store":
            raise EventInvalid(f"There is no store {str(deliver_to)[:16]} to deliver to.")
    return delivery, deliver_to


def _lines(session: Session, data: dict) -> tuple[list[dict], list[LineIn]]:
    """The event's lines as sent and as checked lines; a line no hold could take makes the event invalid."""
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines or not all(isinstance(x, dict) for x in raw_lines):
        raise EventInvalid("'lines' must be a list of objects.")
    lines = [LineIn(_int(x, "line_no", 1, sp.MAX_LINES), _str(x, "sku", 60), _int(x, "qty", 1, sp.MAX_QTY),
                    _str(x, "source", 16) if x.get("source") else sp.AUTO)
             for x in raw_lines]  # fmt: skip
    try:
        check_lines(session, lines)
    except ServiceError as exc:
        raise EventInvalid(exc.message) from None
    return raw_lines, lines


def _free_code(session: Session, code: str, store: str) -> str:
    """The till's order code, or a new one for ``store`` when it is no code or already taken."""
    while (
        pickup_codes.parse_key(code) is None
        or session.scalar(select(ShelfOrder.id).where(ShelfOrder.code == code)) is not None
        or session.scalar(select(Order.id).where(Order.code == code)) is not None
    ):
        code = pickup_codes.new_order_code(store)  # one in a billion: the feed tells the till
    return code


def _received(session: Session, caller: Any, event_id: str, data: dict, order_id: str, code: str, delivery: str,
              deliver_to: str | None, short: str, raw_lines: list[dict]) -> ShelfOrder:  # fmt: skip
    """The order and its lines as the till sold them, confirmed or (``short``) unfilled."""
    stamp = now_iso()
    order = ShelfOrder(
        id=order_id,
        code=code,
        store_code=caller.store,
        terminal_id=caller.terminal_id,
        event_id=event_id,
        sale_id=_str(data, "sale_id", 36),
        receipt_no=_str(data, "receipt_no", 48),
        delivery=delivery,
        deliver_to=deliver_to,
        state=sp.UNFILLED if short else sp.CONFIRMED,
        version=1,
        currency=_str(data, "currency", 3),
        total=_int(data, "total", 0),
        taken_offline=bool(data.get("taken_offline")),
        problem=short,
        customer_name="",
        customer_phone="",
        customer_email="",
        address="",
        pickup_hash="",
        created_at=stamp,
        updated_at=stamp,
    )
    session.add(order)
    session.flush()
    session.add_all(
        ShelfLine(order_id=order_id, line_no=x["line_no"], sku=x["sku"],
                  description=str(x.get("description", "")).replace("\x00", "")[:200], qty=x["qty"],
                  unit_price=_int(x, "unit_price", 0), total=_int(x, "total", 0),
                  tax_rate_ppm=_int(x, "tax_rate_ppm", 0, 1_000_000),
                  source=str(x.get("source") or sp.AUTO)[:16])
        for x in raw_lines
    )  # fmt: skip
    session.flush()
    return order


def _allocated(session: Session, order: ShelfOrder, lines: list[LineIn], chosen: list[tuple[int, str, int]]) -> None:
    reserve(session, lines, chosen, order_holder(order.id))
    merged: dict[tuple[int, str], int] = {}
    for n, loc, q in chosen:
        merged[(n, loc)] = merged.get((n, loc), 0) + q
    session.add_all(
        ShelfAllocation(order_id=order.id, line_no=n, location_code=loc, qty=q) for (n, loc), q in merged.items()
    )
    units: dict[str, int] = {}
    for (_n, loc), q in merged.items():
        units[loc] = units.get(loc, 0) + q
    session.add_all(
        ShelfShipment(order_id=order.id, location_code=loc, state=sp.RESERVED, units=q) for loc, q in units.items()
    )
    session.flush()
    if order.delivery == sp.STORE and order.deliver_to in units:
        # the store it goes to has the units itself: no parcel, they are there already
        shipment = session.get(ShelfShipment, (order.id, order.deliver_to))  # still held until the pickup order
        shipment.state, shipment.shipped_at, shipment.done_at = sp.ARRIVED, now_iso(), now_iso()
        session.flush()


def _cancelled_at_till(session: Session, caller: Any, event_id: str, data: dict) -> dict:
    """The customer was refunded at the selling till: the order stops, its units are free again."""
    order = session.get(ShelfOrder, _str(data, "order_id", 36), with_for_update=True)
    if order is None:
        raise EventInvalid("There is no cloud-shelf order with this id.")
    if order.store_code != caller.store:
        raise checks.NotYours(f"Cloud-shelf order {order.code} was sold at {order.store_code}, not {caller.store}.")
    if order.state == sp.CANCELLED:
        return {"order_state": order.state}
    if order.state in (sp.DELIVERED, sp.ARRIVED) or _moved(session, order):
        detail = {"order": order.code, "conflict": "refunded_after_shipping", "receipt": data.get("receipt_no")}
        flag = Flag(kind="shelf", store_code=order.store_code, terminal_id=caller.terminal_id, event_id=event_id,
                    detail=json.dumps(detail, sort_keys=True), created_at=now_iso())  # fmt: skip
        session.add(flag)
        message = f"Cloud-shelf order {order.code} was refunded after goods left; flagged for a manager."
        return {"order_state": order.state, "conflict": "refunded_after_shipping", "message": message}
    _close(session, order, sp.CANCELLED, str(data.get("reason") or "refunded at the till").replace("\x00", "")[:200])
    return {"order_state": order.state}


# ---------------------------------------------------------------- the selling till, online
def resource(session: Session, caller: Any, order_id: str, sources: dict[int, str]) -> ShelfOrder:
    """Another source for an unfilled order (the stock was gone when it was confirmed): reserve there,
    all or nothing, 409 naming what is short."""
    order = _mine(session, caller, order_id)
    if order.state != sp.UNFILLED:
        raise ServiceError(409, "not_unfilled", f"Order {order.code} is {order.state}: it needs no other source.", "")
    rows = list(session.scalars(select(ShelfLine).where(ShelfLine.order_id == order.id).order_by(ShelfLine.line_no)))
    lines = [LineIn(r.line_no, r.sku, r.qty, sources.get(r.line_no, sp.AUTO)) for r in rows]
    check_lines(session, lines)
    chosen, short = allocate_units(session, session.get(Location, order.store_code), lines)
    if short:
        raise ServiceError(409, "insufficient_stock", short, "Choose another source, or refund the customer.")
    for row, ln in zip(rows, lines, strict=True):
        row.source = ln.source
    _allocated(session, order, lines, chosen)
    order.state, order.problem = sp.CONFIRMED, ""
    _changed(session, order)
    return order


def set_contact(session: Session, caller: Any, order_id: str, contact: dict, pickup_hash: str = "") -> None:
    """The customer's details, sent once by the selling till and then forgotten there; kept here
    only (never in a feed, never in a log)."""
    order = _mine(session, caller, order_id)
    problem = contacts.contact_problem(order.delivery, contact)
    if problem:
        raise ServiceError(400, "bad_contact", problem, "Correct the customer's details at the till.")
    if pickup_hash and not pickup_hash.startswith("$argon2"):
        raise ServiceError(400, "bad_pickup_hash", "The pickup code must come as its Argon2 hash.", "")
    c = contacts.clean_contact(contact)
    order.customer_name, order.customer_phone, order.customer_email = c["name"], c["phone"], c["email"]
    if order.delivery == sp.HOME:
        shape = ("country", *contacts.address_fields(c["country"].upper()), "postcode") if c["country"] else ()
        kept = dict.fromkeys(("address", "city", "postcode", *shape))  # the first tills' shape, or the country's
        order.address = json.dumps({k: c[k] for k in kept}, ensure_ascii=False)
    order.pickup_hash = pickup_hash if order.delivery == sp.STORE else ""
    order.contact_at = now_iso()
    if order.delivery == sp.STORE and order.state in (sp.CONFIRMED, sp.SHIPPED) and _all(session, order, sp.ARRIVED):
        _to_pickup(session, order)  # the units were there before the customer's details
        _changed(session, order)


def _mine(session: Session, caller: Any, order_id: str) -> ShelfOrder:
    order = session.get(ShelfOrder, order_id, with_for_update=True)
    if order is None:
        raise ServiceError(404, "no_shelf_order", "There is no such cloud-shelf order (yet).",
                           "The till sends it with the sale; try again after the next sync.")  # fmt: skip
    if order.store_code != caller.store:
        raise ServiceError(403, "other_store", f"Order {order.code} was sold at {order.store_code}.",
                           "Only the selling store's tills change it.")  # fmt: skip
    return order


# ---------------------------------------------------------------- fulfilment (the warehouse system, an operator)
def find(session: Session, code: str) -> ShelfOrder:
    order = session.scalar(select(ShelfOrder).where(ShelfOrder.code == code.strip().upper()).with_for_update())
    if order is None:
        raise ServiceError(404, "no_shelf_order", f"There is no cloud-shelf order {code.strip()[:30]}.", "")
    return order


def _shipments(session: Session, order: ShelfOrder) -> list[ShelfShipment]:
    return list(
        session.scalars(
            select(ShelfShipment).where(ShelfShipment.order_id == order.id).order_by(ShelfShipment.location_code)
        )
    )


def _moved(session: Session, order: ShelfOrder) -> bool:
    """Did goods of the order leave a location (a parcel shipped, delivered, or arrived from elsewhere)?"""
    return any(
        s.state in (sp.SHIPPED, sp.DELIVERED) or (s.state == sp.ARRIVED and s.location_code != order.deliver_to)
        for s in _shipments(session, order)
    )


def _all(session: Session, order: ShelfOrder, state: str) -> bool:
    shipments = _shipments(session, order)
    return bool(shipments) and all(s.state == state for s in shipments)


def _shipment(session: Session, order: ShelfOrder, location: str | None, wanted: str) -> list[ShelfShipment]:
    found = [s for s in _shipments(session, order) if location is None or s.location_code == location]
    if location is not None and not found:
        raise ServiceError(404, "no_shipment", f"Order {order.code} has nothing coming from {location}.", "")
    ready = [s for s in found if s.state == wanted]
    if not ready:
        where = f" from {location}" if location else ""
        raise ServiceError(
            409, "wrong_state", f"Order {order.code}: no shipment{where} is {wanted}.",
            "Check the order with 'cloudshelf central shelf show'.",
        )  # fmt: skip
    return ready


def _move(session: Session, order: ShelfOrder, location: str, sign: int, at: str, reason: str) -> None:
    import uuid6

    same_line = (ShelfLine.order_id == ShelfAllocation.order_id) & (ShelfLine.line_no == ShelfAllocation.line_no)
    rows = session.execute(
        select(ShelfLine.sku, ShelfAllocation.qty)
        .join(ShelfLine, same_line)
        .where(ShelfAllocation.order_id == order.id, ShelfAllocation.location_code == location)
    ).all()
    for sku, qty in rows:
        record_movement(session, movement_id=str(uuid6.uuid7()), location=at, sku=sku, qty=sign * qty,
                        reason=reason, event_id=None, created_at=now_iso())  # fmt: skip
        on_hand = session.get(StockLevel, (at, sku)).on_hand
        if on_hand < 0:  # the held unit was sold over the counter there meanwhile: a person must look
            detail = {"location": at, "sku": sku, "on_hand": on_hand, "order": order.code, "reason": reason}
            session.add(Flag(kind="oversell", store_code=at, terminal_id=None, event_id=None,
                             detail=json.dumps(detail, sort_keys=True), created_at=now_iso()))  # fmt: skip


def ship(session: Session, code: str, location: str | None = None) -> ShelfOrder:
    """A parcel left its source: the units leave that location's ledger and its hold ends."""
    order = find(session, code)
    if order.state not in (sp.CONFIRMED, sp.SHIPPED):
        raise ServiceError(409, "wrong_state", f"Order {order.code} is {order.state}: nothing to ship.", "")
    for shipment in _shipment(session, order, location, sp.RESERVED):
        _move(session, order, shipment.location_code, -1, shipment.location_code, "shelf_out")
        reservations.release(session, order_holder(order.id), shipment.location_code)
        shipment.state, shipment.shipped_at = sp.SHIPPED, now_iso()
    session.flush()
    if all(s.state != sp.RESERVED for s in _shipments(session, order)):
        order.state = sp.SHIPPED
        notify.enqueue_shelf(session, order, "shipped")
    _changed(session, order)
    return order


def deliver(session: Session, code: str, location: str | None = None) -> ShelfOrder:
    """Home delivery: the carrier delivered the parcel (from ``location``, or every shipped one)."""
    order = find(session, code)
    if order.delivery != sp.HOME:
        raise ServiceError(409, "not_home", f"Order {order.code} goes to store {order.deliver_to}.",
                           "Record its arrival there: 'cloudshelf central shelf arrive'.")  # fmt: skip
    for shipment in _shipment(session, order, location, sp.SHIPPED):
        shipment.state, shipment.done_at = sp.DELIVERED, now_iso()
    session.flush()
    if _all(session, order, sp.DELIVERED):
        order.state, order.closed_at = sp.DELIVERED, now_iso()
        notify.enqueue_shelf(session, order, "delivered")
    _changed(session, order)
    return order


def arrive(session: Session, code: str, location: str | None = None) -> ShelfOrder:
    """Store delivery: a parcel arrived at the store (its units join that store's ledger). When all
    have, the order becomes a pickup order there: paid, with the pickup code from the customer's
    receipt, in that store's pickup queue (docs/pickup.md takes over)."""
    order = find(session, code)
    if order.delivery != sp.STORE:
        raise ServiceError(409, "not_store", f"Order {order.code} goes to the customer's home.",
                           "Record its delivery: 'cloudshelf central shelf deliver'.")  # fmt: skip
    for shipment in _shipment(session, order, location, sp.SHIPPED):
        _move(session, order, shipment.location_code, +1, order.deliver_to, "shelf_in")
        shipment.state, shipment.done_at = sp.ARRIVED, now_iso()
    session.flush()
    if _all(session, order, sp.ARRIVED) and order.contact_at is not None:
        _to_pickup(session, order)
    _changed(session, order)
    return order


def _to_pickup(session: Session, order: ShelfOrder) -> None:
    reservations.release(session, order_holder(order.id))  # the pickup order holds the units from now on
    rows = session.scalars(select(ShelfLine).where(ShelfLine.order_id == order.id).order_by(ShelfLine.line_no))
    made = order_create.create_order(
        session,
        store=order.deliver_to,
        lines=[order_create.LineRequest(r.sku, r.qty, r.total // r.qty) for r in rows],
        customer=order_create.Customer(order.customer_name, order.customer_phone, order.customer_email),
        paid=True,
        source="cloud_shelf",
        reference=order.code,
        note=f"Cloud shelf, sold at {order.store_code} ({order.receipt_no})",
        code=order.code,
        pickup_hash=order.pickup_hash or None,
    )
    made.order.paid_ref = order.receipt_no
    order.pickup_order_id = made.order.id
    order.state, order.closed_at = sp.ARRIVED, now_iso()
    session.flush()


def cancel(session: Session, code: str, reason: str) -> ShelfOrder:
    """Cancelled at the platform before anything shipped: holds freed, the selling till offers the refund."""
    order = find(session, code)
    reason = " ".join(reason.split())
    if not reason:
        raise ServiceError(400, "no_reason", "Say why the order is cancelled.", "")
    if order.state in sp.CLOSED_STATES or _moved(session, order):
        raise ServiceError(409, "too_late", f"Order {order.code} is {order.state}; goods may have left.", "")
    _close(session, order, sp.CANCELLED, reason)
    notify.enqueue_shelf(session, order, "cancelled")
    return order


def _close(session: Session, order: ShelfOrder, state: str, reason: str) -> None:
    reservations.release(session, order_holder(order.id))
    for s in _shipments(session, order):
        if s.state in (sp.RESERVED, sp.ARRIVED):  # arrived here: units that never left the store
            s.state = sp.CANCELLED
    order.state, order.closed_at, order.problem = state, now_iso(), reason
    _changed(session, order)


# ---------------------------------------------------------------- the shelf feed
def view(session: Session, order: ShelfOrder) -> dict:
    """The order as its selling store's tills keep it: no customer detail of any kind."""
    allocations: dict[int, list[dict]] = {}
    for a in session.scalars(select(ShelfAllocation).where(ShelfAllocation.order_id == order.id)):
        allocations.setdefault(a.line_no, []).append({"location": a.location_code, "qty": a.qty})
    lines = session.scalars(select(ShelfLine).where(ShelfLine.order_id == order.id).order_by(ShelfLine.line_no))
    pickup = session.get(Order, order.pickup_order_id) if order.pickup_order_id else None
    return {
        "id": order.id,
        "code": order.code,
        "store": order.store_code,
        "sale_id": order.sale_id,
        "receipt_no": order.receipt_no,
        "delivery": order.delivery,
        "deliver_to": order.deliver_to,
        "state": order.state,
        "version": order.version,
        "currency": order.currency,
        "total": order.total,
        "taken_offline": order.taken_offline,
        "problem": order.problem,
        "pickup_state": pickup.state if pickup else None,
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "closed_at": order.closed_at,
        "lines": [
            {"line_no": ln.line_no, "sku": ln.sku, "description": ln.description, "qty": ln.qty,
             "source": ln.source, "allocations": sorted(allocations.get(ln.line_no, []), key=lambda a: a["location"])}
            for ln in lines
        ],
        "shipments": [
            {"location": s.location_code, "state": s.state, "units": s.units, "shipped_at": s.shipped_at,
             "done_at": s.done_at}
            for s in _shipments(session, order)
        ],
    }  # fmt: skip


def publish(session: Session, order: ShelfOrder) -> int:
    return append(session, SHELF, order.store_code, order.id, UPSERT, view(session, order))


def _changed(session: Session, order: ShelfOrder) -> None:
    order.version += 1
    order.updated_at = now_iso()
    session.flush()
    publish(session, order)


dispatch.register(dispatch.Area("shelf", apply_event, EventInvalid), SHELF_EVENTS)
