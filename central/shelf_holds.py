"""Cloud-shelf holds at the platform: what the cashier holds while the customer pays, and where every
unit of an order comes from (the split rule, under the rows' locks). central/shelf.py confirms
orders with the same allocation and reservation.

Concurrency: every reservation first locks the stock rows of its SKUs at every location, in one
order (location, SKU), then counts what is free and writes its hold rows in the same transaction.
On PostgreSQL the row locks make two reservations of the last unit wait for each other; on SQLite
the writer's ``BEGIN IMMEDIATE`` does. A SKU with no stock row at a location has nothing there to
lock and nothing there to reserve: it is never promised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import limits, reservations
from central.clock import now_iso
from central.errors import ServiceError
from central.models import Location, StockReservation, Variant
from core import allocation
from sync.protocol import shelf as sp

UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class LineIn:
    line_no: int
    sku: str
    qty: int
    source: str = sp.AUTO


def hold_holder(store: str, hold_id: str) -> str:
    return f"hold:{store}:{hold_id}"


def order_holder(order_id: str) -> str:
    return f"shelf:{order_id}"


# ---------------------------------------------------------------- allocation under the rows' locks
def _places(session: Session) -> list[allocation.Place]:
    rows = session.execute(select(Location.code, Location.kind, Location.region))
    return [allocation.Place(c, k, r) for c, k, r in rows]


def check_lines(session: Session, lines: list[LineIn]) -> None:
    if not lines or len(lines) > sp.MAX_LINES:
        raise ServiceError(400, "bad_lines", f"A cloud-shelf order has 1 to {sp.MAX_LINES} lines.", "")
    if len({ln.line_no for ln in lines}) != len(lines):
        raise ServiceError(400, "bad_lines", "Each line of an order has its own line number.", "Number them 1, 2, ...")
    for ln in lines:
        if not isinstance(ln.qty, int) or isinstance(ln.qty, bool) or not 1 <= ln.qty <= sp.MAX_QTY:
            raise ServiceError(400, "bad_qty", f"{ln.sku}: a quantity is a whole number from 1 to {sp.MAX_QTY}.", "")
    skus = {ln.sku for ln in lines}
    known = set(session.scalars(select(Variant.sku).where(Variant.sku.in_(skus), Variant.active)))
    if skus - known:
        raise ServiceError(400, "unknown_sku", f"Not in the catalog: {', '.join(sorted(skus - known))}.", "")
    places = {code for code, kind in session.execute(select(Location.code, Location.kind))}
    bad = sorted({ln.source for ln in lines if ln.source != sp.AUTO and ln.source not in places})
    if bad:
        raise ServiceError(400, "bad_source", f"There is no location {', '.join(bad)}.", "Choose a listed location.")


def allocate_units(
    session: Session, store: Location, lines: list[LineIn], preferred: list[tuple[int, str, int]] | None = None
) -> tuple[list[tuple[int, str, int]], str]:
    """Where every unit comes from, as ``[(line, location, qty)]``, under the rows' locks; or an empty
    list and what is short, in words. A line with a chosen source takes it from there only; the
    others follow ``preferred`` (the plan of the hold the cashier had) when it still fits, else the rule."""
    levels = reservations.stock(session, sorted({ln.sku for ln in lines}), lock=True)
    free = {key: level.free for key, level in levels.items()}
    chosen: list[tuple[int, str, int]] = []
    short: list[str] = []
    for ln in (ln for ln in lines if ln.source != sp.AUTO):
        have = free.get((ln.source, ln.sku), 0)
        if have < ln.qty:
            short.append(f"{ln.sku} at {ln.source} ({have} of {ln.qty} free)")
        else:
            chosen.append((ln.line_no, ln.source, ln.qty))
            free[(ln.source, ln.sku)] = have - ln.qty
    auto = [ln for ln in lines if ln.source == sp.AUTO]
    if auto:
        sku_of = {ln.line_no: ln.sku for ln in auto}
        fits = _fits(preferred, auto, free)
        if fits:
            for line_no, loc, qty in fits:
                free[(loc, sku_of[line_no])] -= qty
            chosen += fits
        else:
            needs = [allocation.Need(ln.line_no, ln.sku, ln.qty) for ln in auto]
            planned, missing = allocation.plan(needs, _places(session), free, home=store.code, home_region=store.region)
            chosen += planned
            for line_no, units in sorted(missing.items()):
                want = next(ln.qty for ln in auto if ln.line_no == line_no)
                short.append(f"{sku_of[line_no]} anywhere ({want - units} of {want} free)")
    if short:
        return [], "Not enough stock for: " + "; ".join(short) + "."
    return chosen, ""


def _fits(
    preferred: list[tuple[int, str, int]] | None, auto: list[LineIn], free: dict[tuple[str, str], int]
) -> list[tuple[int, str, int]] | None:
    """``preferred`` restricted to the auto lines, when it covers them exactly and the units are free."""
    if not preferred:
        return None
    wanted = {ln.line_no: ln for ln in auto}
    mine = [(n, loc, q) for n, loc, q in preferred if n in wanted]
    for n, ln in wanted.items():
        if sum(q for m, _loc, q in mine if m == n) != ln.qty:
            return None
    pool = dict(free)
    for n, loc, q in mine:
        key = (loc, wanted[n].sku)
        if pool.get(key, 0) < q:
            return None
        pool[key] -= q
    return mine


def reserve(session: Session, lines: list[LineIn], chosen: list[tuple[int, str, int]], holder: str,
             expires_at: str | None = None, terminal_id: str | None = None) -> None:  # fmt: skip
    sku_of = {ln.line_no: ln.sku for ln in lines}
    per_place: dict[str, dict[str, int]] = {}
    for line_no, loc, qty in chosen:
        wanted = per_place.setdefault(loc, {})
        wanted[sku_of[line_no]] = wanted.get(sku_of[line_no], 0) + qty
    for loc in sorted(per_place):
        reservations.add(session, location=loc, wanted=per_place[loc], holder=holder, expires_at=expires_at,
                         terminal_id=terminal_id)  # fmt: skip


# ---------------------------------------------------------------- holds while the customer pays
def hold(session: Session, caller: Any, hold_id: str, lines: list[LineIn], minutes: int = sp.HOLD_MINUTES) -> dict:
    """Hold the units for ``minutes`` while the cashier takes the payment; all or nothing, 409 naming
    what is short. The same ``hold_id`` again answers with the hold made the first time."""
    if not UUID_PATTERN.match(hold_id or ""):
        raise ServiceError(400, "bad_hold", "A hold id is a UUID made by the till.", "")
    check_lines(session, lines)
    holder = hold_holder(caller.store, hold_id)
    made = session.execute(
        select(StockReservation.location_code, StockReservation.sku, StockReservation.qty, StockReservation.expires_at,
               StockReservation.terminal_id)
        .where(StockReservation.holder == holder, StockReservation.released_at.is_(None))
        .order_by(StockReservation.location_code, StockReservation.sku)
    ).all()  # fmt: skip
    if any(r.terminal_id != caller.terminal_id for r in made):  # a sibling's hold is not this till's to read
        raise ServiceError(409, "hold_taken", "That hold id belongs to another till.", "Make a new hold id.")
    if made:  # a repeat (the answer was lost): the same hold
        line_of = {ln.sku: ln.line_no for ln in reversed(lines)}
        return {
            "hold_id": hold_id,
            "expires_at": made[0].expires_at,
            "plan": [{"line_no": line_of.get(r.sku, 0), "sku": r.sku, "location": r.location_code, "qty": r.qty}
                     for r in made],
        }  # fmt: skip
    wanted: dict[str, int] = {}
    for ln in lines:
        wanted[ln.sku] = wanted.get(ln.sku, 0) + ln.qty
    longest = limits.check_hold(session, caller, wanted)
    store = session.get(Location, caller.store)
    chosen, short = allocate_units(session, store, lines)
    if short:
        raise ServiceError(
            409, "insufficient_stock", short, "Choose another source or fewer units, or let the rule choose."
        )
    expires = now_iso(timedelta(minutes=max(1, min(minutes, longest))))
    reserve(session, lines, chosen, holder, expires, caller.terminal_id)
    sku_of = {ln.line_no: ln.sku for ln in lines}
    return {
        "hold_id": hold_id,
        "expires_at": expires,
        "plan": [{"line_no": n, "sku": sku_of[n], "location": loc, "qty": q} for n, loc, q in chosen],
    }


def release_hold(session: Session, caller: Any, hold_id: str) -> int:
    """The cashier took the line out of the sale: its units are free again at once."""
    return reservations.release(session, hold_holder(caller.store, hold_id), terminal_id=caller.terminal_id)
