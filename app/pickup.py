"""The pickup clerk's work on the store's online orders, done offline first (docs/pickup.md).

Orders arrive by the orders feed (``app.pickup_feed``). Each change a clerk makes here (picking
started, ready, handed over in full or in part, cancelled, paid at the till) is written with its
outbox event in ONE transaction of the caller's, so the platform hears of it exactly once. Events
carry ids, codes and quantities, never a customer's details.

A customer at the counter is found by the order code and a second factor: the pickup code (typed,
or in the QR code with the order code), the customer's name, or the last four digits of their phone.
Failed look-ups are counted in the store; too many in a window pause look-ups at this till.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app import audit, clock, outbox
from app.cart import Cart, CartLine
from app.clock import now, now_iso, parse_iso
from app.codes import display
from app.db.models import Barcode, Location, PickupLine, PickupLookup, PickupOrder, StockMovement, Variant
from app.errors import AuthFailed, LockedOut, NotFound, UserError, shown
from app.ids import new_id
from app.pick_slip import PickSlipDoc, PickSlipLine
from app.users import UserInfo
from core import pickup_codes
from sync.protocol import ORDER_CANCELLED, ORDER_COLLECTED, ORDER_PAID, ORDER_PICKING, ORDER_READY
from sync.protocol import pickup as p


@dataclass(frozen=True)
class Context:
    store: str
    terminal: str
    user: UserInfo | None = None  # None only where no user acts (settling a sale's orders)

    @property
    def till(self) -> str:
        return f"{self.store}-{self.terminal}"


@dataclass(frozen=True)
class LineView:
    line_no: int
    sku: str
    description: str
    barcode: str  # as printed under the bars; "" when the item has none here
    qty: int
    picked: int
    collected: int
    unit_price: int


@dataclass(frozen=True)
class OrderView:
    id: str
    code: str
    state: str
    central_state: str
    customer_name: str
    phone_last4: str
    paid: bool
    paid_receipt: str
    total: int
    currency: str
    refund_due: int
    note: str
    created_at: str
    ready_at: str | None
    expires_at: str | None
    closed_at: str | None
    cancel_reason: str
    collected_by: str
    conflict: str
    conflict_detail: str
    lines: tuple[LineView, ...]
    verified: str = ""  # how the customer proved it is theirs: qr | pickup_code | name | phone

    @property
    def items(self) -> int:
        return sum(ln.qty for ln in self.lines)

    @property
    def picked(self) -> int:
        return sum(ln.picked for ln in self.lines)

    @property
    def all_picked(self) -> bool:
        return all(ln.picked >= ln.qty for ln in self.lines)


@dataclass(frozen=True)
class QueueEntry:
    code: str
    state: str
    customer_name: str
    items: int
    picked: int
    paid: bool
    created_at: str
    ready_at: str | None
    age_minutes: int  # since the customer ordered
    conflict: str


# ---------------------------------------------------------------- reading
def _row(s: Session, code: str) -> PickupOrder:
    key = pickup_codes.parse_key(code)
    row = s.scalar(select(PickupOrder).where(PickupOrder.code == key[0])) if key else None
    if row is None:
        raise NotFound(
            f"There is no order {code.strip()[:30]} for this store here.",
            "Check the code. A new order may take a minute to arrive while the till is online.",
        )
    return row


def _lines(s: Session, order_id: str) -> list[PickupLine]:
    return list(s.scalars(select(PickupLine).where(PickupLine.order_id == order_id).order_by(PickupLine.line_no)))


def _barcodes(s: Session, skus: list[str]) -> dict[str, str]:
    rows = s.execute(
        select(Variant.sku, func.min(Barcode.code))
        .join(Barcode, Barcode.variant_id == Variant.id)
        .where(Variant.sku.in_(skus))
        .group_by(Variant.sku)
    ).all()
    return {sku: display(code) for sku, code in rows}


def view(s: Session, row: PickupOrder, verified: str = "") -> OrderView:
    lines = _lines(s, row.id)
    codes = _barcodes(s, [ln.sku for ln in lines])
    return OrderView(
        id=row.id,
        code=row.code,
        state=row.state,
        central_state=row.central_state,
        customer_name=row.customer_name,
        phone_last4=row.phone_last4,
        paid=row.paid,
        paid_receipt=row.paid_receipt,
        total=row.total,
        currency=row.currency,
        refund_due=row.refund_due,
        note=row.note,
        created_at=row.created_at,
        ready_at=row.ready_at,
        expires_at=row.expires_at,
        closed_at=row.closed_at,
        cancel_reason=row.cancel_reason,
        collected_by=row.collected_by or row.central_collected_by,
        conflict=row.conflict,
        conflict_detail=row.conflict_detail,
        lines=tuple(
            LineView(
                ln.line_no,
                ln.sku,
                ln.description,
                codes.get(ln.sku, ""),
                ln.qty,
                ln.picked,
                ln.collected,
                ln.unit_price,
            )
            for ln in lines
        ),
        verified=verified,
    )


def get(s: Session, code: str) -> OrderView:
    return view(s, _row(s, code))


def age_minutes(created_at: str, at: datetime) -> int:
    """Whole minutes an order has waited since the customer placed it, never below 0."""
    return max(0, int((at - parse_iso(created_at)).total_seconds() // 60))


def queue(s: Session, states: tuple[str, ...] | None = None) -> list[QueueEntry]:
    """The store's orders: open ones by the time they were promised (the order's time, the store's
    pickup promise runs from it), then order code, whatever their state, so an order being picked
    keeps its place; then the closed ones, newest first."""
    query = select(PickupOrder)
    if states:
        query = query.where(PickupOrder.state.in_(states))
    rows = list(s.scalars(query))
    counts = {
        order_id: (int(qty or 0), int(picked or 0))
        for order_id, qty, picked in s.execute(
            select(PickupLine.order_id, func.sum(PickupLine.qty), func.sum(PickupLine.picked)).group_by(
                PickupLine.order_id
            )
        )
    }
    moment = clock.now()
    entries = [
        QueueEntry(
            code=r.code,
            state=r.state,
            customer_name=r.customer_name,
            items=counts.get(r.id, (0, 0))[0],
            picked=counts.get(r.id, (0, 0))[1],
            paid=r.paid,
            created_at=r.created_at,
            ready_at=r.ready_at,
            age_minutes=age_minutes(r.created_at, moment),
            conflict=r.conflict,
        )
        for r in rows
    ]
    open_ = sorted((e for e in entries if e.state in p.OPEN_STATES), key=lambda e: (e.created_at, e.code))
    closed = sorted((e for e in entries if e.state not in p.OPEN_STATES), key=lambda e: e.created_at, reverse=True)
    return open_ + closed


# ---------------------------------------------------------------- the counter: look-ups, rate limited
@dataclass(frozen=True)
class Limits:
    failures: int = 5
    window_minutes: int = 10


def check_rate(s: Session, limits: Limits) -> None:
    since = (now() - timedelta(minutes=limits.window_minutes)).isoformat(timespec="milliseconds")
    since = since.replace("+00:00", "Z")
    failures = list(
        s.scalars(
            select(PickupLookup.at)
            .where(PickupLookup.at >= since, PickupLookup.ok.is_(False))
            .order_by(PickupLookup.at.desc())
            .limit(limits.failures)
        )
    )
    if len(failures) >= limits.failures:
        free = parse_iso(failures[-1]) + timedelta(minutes=limits.window_minutes)
        minutes = max(1, int((free - now()).total_seconds() // 60) + 1)
        raise LockedOut(
            "Too many failed order look-ups at this till.",
            f"Try again in {minutes} min. Ask the customer for the QR code or the pickup code.",
        )


def record_lookup(s: Session, ok: bool, user: UserInfo | None) -> None:
    s.execute(insert(PickupLookup), [{"at": now_iso(), "ok": ok, "user_id": user.id if user else None}])


def _other_store(s: Session, code: str, store: str) -> None:
    there = pickup_codes.store_of(code)
    if there != store:
        location = s.get(Location, there)
        where = f"{there} ({location.name})" if location else there
        raise NotFound(
            f"Order {code} is for pickup at {where}, not at this store.",
            "Send the customer to that store, or check the code with them.",
        )


def verify(row: PickupOrder, pickup_code: str, second: str) -> str:
    """How the customer proved the order is theirs, or "" when nothing matched."""
    second = second.strip()
    if pickup_code:
        return "qr" if pickup_codes.check_pickup_code(row.pickup_hash, pickup_code) else ""
    if pickup_codes.is_pickup_code(second):
        return "pickup_code" if pickup_codes.check_pickup_code(row.pickup_hash, second) else ""
    if second.isdigit() and len(second) == 4:
        return "phone" if row.phone_last4 and second == row.phone_last4 else ""
    return "name" if pickup_codes.same_name(second, row.customer_name) else ""


def lookup(s: Session, ctx: Context, key: str, second: str, limits: Limits) -> OrderView:
    """The order a customer asks for: its code and a second factor (or the QR code, which holds both).
    Raises after recording a failure; the caller commits the record even then."""
    parsed = pickup_codes.parse_key(key)
    if parsed is None:
        raise UserError(
            f"'{key.strip()[:30]}' is not an order code.",
            "Scan the QR code of the order, or type its code (like S01-7KQ2MX).",
        )
    code, pickup_code = parsed
    _other_store(s, code, ctx.store)
    check_rate(s, limits)
    if not pickup_code and not second.strip():
        raise UserError(
            f"Order {code} needs a second factor.",
            "Type the customer's pickup code, their name, or the last 4 digits of their phone.",
        )
    row = s.scalar(select(PickupOrder).where(PickupOrder.code == code))
    if row is None:
        record_lookup(s, False, ctx.user)
        raise NotFound(
            f"There is no order {code} for this store here.",
            "Check the code. A new order may take a minute to arrive while the till is online.",
        )
    if row.purged_at:
        raise UserError(f"Order {code} closed on {(row.closed_at or '')[:10]}; its details were removed.", "")
    how = verify(row, pickup_code, second)
    record_lookup(s, bool(how), ctx.user)
    if not how:
        raise AuthFailed(
            f"The pickup code, name or phone digits do not match order {code}.",
            "Ask the customer again, or for the QR code of the order.",
        )
    return view(s, row, how)


def check_code(s: Session, ctx: Context, code: str, pickup_code: str, limits: Limits) -> None:
    """The pickup code typed at the handover; a wrong one counts like a failed look-up."""
    row = _row(s, code)
    check_rate(s, limits)
    ok = verify(row, "", pickup_code.strip()) == "pickup_code"
    record_lookup(s, ok, ctx.user)
    if not ok:
        raise AuthFailed(
            f"Wrong pickup code for order {row.code}.",
            "Ask the customer for the code in their order confirmation, or for its QR code.",
        )


# ---------------------------------------------------------------- changing an order
def _event(s: Session, ctx: Context, kind: str, row: PickupOrder, data: dict) -> str:
    return outbox.append(
        s, event_type=kind, store=ctx.store, terminal=ctx.terminal, data={"order_id": row.id, "code": row.code, **data}
    )


def _touch(row: PickupOrder) -> None:
    row.updated_at = now_iso()


def _refuse_closed(row: PickupOrder, doing: str) -> None:
    """``doing`` is a verb marked with ``shown`` (the screen says it in its language)."""
    why = f" ({row.cancel_reason})" if row.cancel_reason else ""
    if row.state == p.CANCELLED:
        raise UserError(
            f"Order {row.code} was cancelled{why}: nothing to {doing}. Put any picked items back on the shelf.", ""
        )
    if row.state == p.EXPIRED:
        raise UserError(f"Order {row.code} was expired{why}: nothing to {doing}.", "")
    if row.state in p.HANDED_OVER:
        by = row.collected_by or row.central_collected_by
        when = row.closed_at[:16].replace("T", " ") if row.closed_at else ""
        if by and when:
            said = f"Order {row.code} was already handed over at {by} on {when}."
        elif by:
            said = f"Order {row.code} was already handed over at {by}."
        elif when:
            said = f"Order {row.code} was already handed over on {when}."
        else:
            said = f"Order {row.code} was already handed over."
        raise UserError(said, "Nothing more to do for it.")


def pick(s: Session, ctx: Context, code: str, barcode: str) -> OrderView:
    """Tick one unit off the pick list by its barcode; a wrong item or one too many is refused."""
    from app import catalog

    row = _row(s, code)
    _refuse_closed(row, shown("pick"))
    if row.state == p.READY:
        raise UserError(f"Order {row.code} is already picked and ready.", "Hand it over, or open another order.")
    item = catalog.find_code(s, barcode, "retail")
    lines = [ln for ln in _lines(s, row.id) if ln.sku == item.sku]
    if not lines:
        raise UserError(
            f"{item.description} ({item.sku}) is not in order {row.code}.", "Put it back and scan an item of the list."
        )
    line = next((ln for ln in lines if ln.picked < ln.qty), None)
    if line is None:
        raise UserError(
            f"All {sum(ln.qty for ln in lines)} of {item.description} are already picked for {row.code}.",
            "Put this one back.",
        )
    line.picked += 1
    _begin_picking(s, ctx, row)
    _touch(row)
    s.flush()
    return view(s, row)


def start(s: Session, ctx: Context, code: str) -> OrderView:
    """A clerk opens a new order to pick it: it is being handled now (new -> picking, the same
    ``order.picking`` event a first picked item sends), so the queue and the platform say so."""
    row = _row(s, code)
    if _begin_picking(s, ctx, row):
        _touch(row)
        s.flush()
    return view(s, row)


def _begin_picking(s: Session, ctx: Context, row) -> bool:
    """A new order is being handled from now (opened or its first item picked): new -> picking, once."""
    if row.state != p.NEW:
        return False
    row.state = p.PICKING
    _event(s, ctx, ORDER_PICKING, row, {"by": ctx.user.id})
    return True


def ready(s: Session, ctx: Context, code: str) -> OrderView:
    row = _row(s, code)
    _refuse_closed(row, shown("make ready"))
    if row.state == p.READY:
        raise UserError(f"Order {row.code} is already ready.", "")
    lines = _lines(s, row.id)
    missing = sum(ln.qty - ln.picked for ln in lines)
    if missing:
        raise UserError(
            f"{missing} item(s) of order {row.code} are not picked yet.",
            "Scan the rest; if they cannot be found, cancel the order with a reason.",
        )
    row.state = p.READY
    _touch(row)
    _event(s, ctx, ORDER_READY, row, {"picked": [{"line_no": ln.line_no, "qty": ln.picked} for ln in lines]})
    return view(s, row)


def hand_over(
    s: Session, ctx: Context, code: str, *, verified: str, lines: dict[int, int] | None, approved_by: UserInfo | None
) -> OrderView:
    """Hand the order over: all of it, or the units in ``lines`` (line number -> units) with the
    rest cancelled and refunded centrally. Stock leaves this store's ledger with the event."""
    row = _row(s, code)
    _refuse_closed(row, shown("hand over"))
    if row.state != p.READY:
        raise UserError(f"Order {row.code} is not ready yet.", "Pick it and mark it ready first.")
    if not row.paid:
        raise UserError(
            f"Order {row.code} is not paid yet.", "Take the payment at the till first ('Take payment'), then hand over."
        )
    order_lines = _lines(s, row.id)
    taking = {ln.line_no: ln.picked for ln in order_lines} if lines is None else dict(lines)
    for ln in order_lines:
        units = taking.get(ln.line_no, 0)
        if not isinstance(units, int) or not 0 <= units <= ln.picked:
            raise UserError(f"{ln.description}: hand over 0 to {ln.picked}.", "Fix the quantities.")
    unknown = set(taking) - {ln.line_no for ln in order_lines}
    if unknown or sum(taking.values()) == 0:
        raise UserError("Nothing to hand over.", "Give at least one item, or cancel the order with a reason.")
    partial = any(taking.get(ln.line_no, 0) < ln.qty for ln in order_lines)
    stamp = now_iso()
    variants = dict(
        s.execute(select(Variant.sku, Variant.id).where(Variant.sku.in_([ln.sku for ln in order_lines]))).all()
    )
    movements = [
        {"id": new_id(), "location_code": ctx.store, "sku": ln.sku, "qty": -taking[ln.line_no], "reason": "pickup",
         "created_at": stamp, "line": ln}
        for ln in order_lines
        if taking.get(ln.line_no, 0)
    ]  # fmt: skip
    for ln in order_lines:
        ln.collected = taking.get(ln.line_no, 0)
    row.state = p.PARTLY_COLLECTED if partial else p.COLLECTED
    row.closed_at, row.collected_by = stamp, ctx.till
    _touch(row)
    event_id = _event(
        s,
        ctx,
        ORDER_COLLECTED,
        row,
        {
            "partial": partial,
            "verified": verified,
            "approved_by": approved_by.id if approved_by else None,
            "lines": [{"line_no": ln.line_no, "sku": ln.sku, "qty": ln.collected} for ln in order_lines],
            "movements": [{k: v for k, v in m.items() if k != "line"} for m in movements],
        },
    )
    known = [m for m in movements if m["sku"] in variants]
    if known:
        s.execute(
            insert(StockMovement),
            [
                {"id": m["id"], "variant_id": variants[m["sku"]], "location_code": ctx.store, "qty": m["qty"],
                 "reason": "pickup", "sale_id": None, "event_id": event_id, "created_at": stamp}
                for m in known
            ],
        )  # fmt: skip
    audit.record(
        s,
        "pickup_handover",
        user_id=ctx.user.id,
        approved_by=approved_by.id if approved_by else None,
        subject=row.code,
        detail={"partial": partial, "verified": verified},
    )
    s.flush()
    return view(s, row)


def cancel(s: Session, ctx: Context, code: str, reason: str) -> OrderView:
    reason = " ".join(reason.split())[:200]
    if not reason:
        raise UserError("Say why the order is cancelled.", "Type a reason, e.g. 'item damaged'.")
    row = _row(s, code)
    _refuse_closed(row, shown("cancel"))
    row.state, row.closed_at, row.cancel_reason = p.CANCELLED, now_iso(), reason
    _touch(row)
    _event(s, ctx, ORDER_CANCELLED, row, {"reason": reason})
    audit.record(s, "pickup_cancel", user_id=ctx.user.id, subject=row.code, detail={"reason": reason})
    s.flush()
    return view(s, row)


def acknowledge(s: Session, ctx: Context, code: str) -> OrderView:
    """A person saw the conflict: the banner goes, the records stay (and the audit log says who)."""
    row = _row(s, code)
    if row.conflict:
        audit.record(
            s, "pickup_conflict_seen", user_id=ctx.user.id, subject=row.code, detail={"conflict": row.conflict}
        )
        row.conflict_seen, row.conflict, row.conflict_detail = row.conflict, "", ""
        _touch(row)
        s.flush()
    return view(s, row)


# ---------------------------------------------------------------- payment at the till
def cart_lines(s: Session, code: str, cart: Cart | None) -> list[CartLine]:
    """The order's lines as lines of the sale on screen: they take its price and move no stock here
    (the stock moves when the order is handed over)."""
    row = _row(s, code)
    if row.paid:
        raise UserError(f"Order {row.code} is already paid.", "Hand it over at the pickup screen.")
    _refuse_closed(row, shown("pay for"))
    if cart is not None and any(ln.pickup_order == row.code for ln in cart.lines):
        raise UserError(f"Order {row.code} is already in this sale.", "Take the payment.")
    return [
        CartLine(
            id=new_id(),
            variant_id=None,
            sku=ln.sku,
            description=f"{row.code} · {ln.description}",
            qty=ln.qty,
            unit_price=ln.unit_price,
            tax_rate_ppm=ln.tax_rate_ppm,
            pickup_order=row.code,
        )
        for ln in _lines(s, row.id)
    ]


def settle(s: Session, ctx: Context, cart: Cart, sale_id: str, receipt_no: str) -> None:
    """Inside the sale's transaction: each online order in it is paid, with its event."""
    for code in dict.fromkeys(ln.pickup_order for ln in cart.lines if ln.pickup_order):
        row = _row(s, code)
        if row.paid or row.state in (p.CANCELLED, p.EXPIRED):
            if row.paid:
                said = f"Order {row.code} is already paid now."
            elif row.state == p.CANCELLED:
                said = f"Order {row.code} is cancelled now."
            else:
                said = f"Order {row.code} is expired now."
            raise UserError(said, "Void its lines (F8) and complete the sale without it.")
        amount = sum(ln.qty * ln.unit_price for ln in cart.lines if ln.pickup_order == code)
        row.paid, row.paid_receipt = True, receipt_no
        _touch(row)
        _event(s, ctx, ORDER_PAID, row, {"sale_id": sale_id, "receipt_no": receipt_no, "amount": amount})


# ---------------------------------------------------------------- pick slip and privacy
def slip(s: Session, code: str, store_name: str) -> PickSlipDoc:
    v = get(s, code)
    return PickSlipDoc(
        order_code=v.code,
        store=pickup_codes.store_of(v.code),
        store_name=store_name,
        customer_name=v.customer_name,
        created_at=v.created_at,
        state=v.state,
        lines=tuple(PickSlipLine(ln.sku, ln.description, ln.barcode, ln.qty, ln.picked) for ln in v.lines),
        note=v.note,
        qr_payload=v.code,
    )


def purge(s: Session, days: int) -> int:
    """Blank the customer details of orders closed more than ``days`` ago; returns how many."""
    before = (now() - timedelta(days=days)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return s.execute(
        update(PickupOrder)
        .where(
            PickupOrder.state.in_(sorted(p.CLOSED_STATES)),
            PickupOrder.closed_at < before,
            PickupOrder.purged_at.is_(None),
        )
        .values(customer_name="", phone_last4="", pickup_hash="", note="", purged_at=now_iso())
    ).rowcount


def prune_lookups(s: Session, limits: Limits) -> None:
    before = (now() - timedelta(minutes=limits.window_minutes)).isoformat(timespec="milliseconds")
    s.execute(delete(PickupLookup).where(PickupLookup.at < before.replace("+00:00", "Z")))
