"""What the platform checks in a till's events, whatever the till claims (DESIGN.md invariant 11).

Two kinds of refusal, both answered per event so that the rest of the batch goes on, both stored
with their sequence number and flagged for a person:

* ``BadEvent`` (answered ``invalid``): a quantity or amount no till makes (zero, negative where
  goods can only leave, beyond what a till allows on a line), or stock movements that do not add up
  to the sale's lines;
* ``NotYours`` (answered ``forbidden``): the event names a record that belongs to another store, or
  to another terminal where only the terminal that made it may touch it (a shift, the sale a return
  refunds).

Ownership is by store and terminal *code*, not the terminal's row: a till enrolled again gets a new
identity at the platform but still closes the shift it opened before.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import Sale, SalePayment, ShiftRecord, Terminal

MAX_LINE_UNITS = 9999  # app.terminal.context.MAX_QTY: the most units a till puts on one line
MAX_SALE_LINES = 1000  # far beyond any basket; a sale's lines are checked one by one
MAX_MONEY = 10**15  # minor units; core.formats.MAX_AMOUNT_DIGITS


class BadEvent(Exception):
    """A quantity or amount no till makes: the event is answered ``invalid`` and flagged."""


class NotYours(BadEvent):
    """The event names another store's or terminal's record: answered ``forbidden`` and flagged."""


def units(value: Any, what: str, *, low: int = 1, high: int = MAX_LINE_UNITS) -> int:
    """A whole number of units in ``low..high``; anything else is refused with the field named."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BadEvent(f"{what} must be a whole number of units from {low} to {high}.")
    return value


def amount(value: Any, what: str, *, low: int = 0, high: int = MAX_MONEY) -> int:
    """A whole number of minor units in ``low..high``."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BadEvent(f"{what} must be a whole number of minor units from {low} to {high}.")
    return value


def _owner(session: Session, terminal_id: str) -> tuple[str, str] | None:
    row = session.execute(select(Terminal.store_code, Terminal.code).where(Terminal.id == terminal_id)).first()
    return (row.store_code, row.code) if row is not None else None


def own_shift(session: Session, caller: Any, record: ShiftRecord | None) -> None:
    """A shift is this terminal's own: no other till may open, close or overwrite its Z report."""
    if record is None:
        return
    owner = _owner(session, record.terminal_id)
    if record.store_code != caller.store or owner != (caller.store, caller.terminal):
        where = f"{owner[0]}-{owner[1]}" if owner else record.store_code
        raise NotYours(f"Shift {record.id} belongs to {where}, not {caller.store}-{caller.terminal}.")


def shift_of(session: Session, caller: Any, shift_id: str) -> None:
    """A shift named by a sale or a cash movement: when the platform knows it, it is the caller's."""
    own_shift(session, caller, session.get(ShiftRecord, shift_id))


def own_receipt(caller: Any, receipt_no: str) -> None:
    """A receipt number is ``STORE-TERMINAL-SEQ`` of the till that printed it: a till enrolled again
    continues from the last one the platform holds, so no till may write another's numbers."""
    if not receipt_no.startswith(f"{caller.store}-{caller.terminal}-"):
        raise NotYours(f"Receipt {receipt_no} is not numbered for {caller.store}-{caller.terminal}.")


def sale_units(data: dict) -> None:
    """A sale's lines and movements: every quantity a till can ring up, and stock that moves by
    exactly its lines (a sale takes goods out, a return brings them back), nothing else."""
    lines, movements = data.get("lines"), data.get("movements")
    if not isinstance(lines, list) or not isinstance(movements, list):
        return  # the caller names the missing field
    if len(lines) > MAX_SALE_LINES or len(movements) > MAX_SALE_LINES:
        raise BadEvent(f"A sale has at most {MAX_SALE_LINES} lines.")
    by_lines: dict[str, int] = defaultdict(int)
    for n, ln in enumerate(lines, 1):
        if not isinstance(ln, dict):
            continue
        qty = units(ln.get("qty"), f"Line {n}'s 'qty'", low=-MAX_LINE_UNITS)
        if qty == 0:
            raise BadEvent(f"Line {n}'s 'qty' is 0: a line sells or returns at least one unit.")
        if ln.get("variant_id") is not None and isinstance(ln.get("sku"), str):
            by_lines[ln["sku"]] -= qty
    moved: dict[str, int] = defaultdict(int)
    for m in movements:
        if not isinstance(m, dict):
            continue
        qty = units(m.get("qty"), "A movement's 'qty'", low=-MAX_LINE_UNITS)
        if qty == 0 or (m.get("reason") == "sale" and qty > 0) or (m.get("reason") == "return" and qty < 0):
            raise BadEvent(f"A movement of {qty} units does not fit its reason {str(m.get('reason'))[:16]!r}.")
        if isinstance(m.get("sku"), str):
            moved[m["sku"]] += qty
    if {k: v for k, v in moved.items() if v} != {k: v for k, v in by_lines.items() if v}:
        raise BadEvent("The sale's stock movements do not add up to its lines.")


def returns_own_sales(session: Session, caller: Any, lines: list, payments: list) -> None:
    """A return is taken against a receipt of this terminal (the till finds it in its own store) and
    its refund goes back to a payment of that sale: never another store's or terminal's sale. Return
    lines name their sale (``original_sale_id``), refunds the payment (``original_payment_id``)."""
    sales = _named(lines, "original_sale_id")
    originals = _named(payments, "original_payment_id")
    if not sales and not originals:
        return
    query = select(Sale.receipt_no, Sale.store_code, Terminal.code).join(Terminal, Terminal.id == Sale.terminal_id)
    rows = session.execute(
        query.where(Sale.id.in_(sorted(sales)) | Sale.id.in_(select(SalePayment.sale_id).where(
            SalePayment.id.in_(sorted(originals)))))
    ).all()  # fmt: skip
    for row in rows:
        if (row.store_code, row.code) != (caller.store, caller.terminal):
            raise NotYours(f"The return names sale {row.receipt_no}, made at {row.store_code}-{row.code}.")


def _named(items: list, key: str) -> set[str]:
    return {x[key] for x in items if isinstance(x, dict) and isinstance(x.get(key), str) and x[key]}


def shelf_plan(plan: Any, wanted: dict[int, int], places: set[str]) -> list[tuple[int, str, int]]:
    """A cloud-shelf order's plan from the till's hold, ``[[line, location, units]]``: each entry a
    line of the order (``wanted``: line -> units), a known location and 1 to the line's units, no
    line planned past its units. A plan is only a preference, but a negative entry would take stock
    out of nothing when the parcel ships."""
    plan = plan or []
    if not isinstance(plan, list) or not all(isinstance(x, list) and len(x) == 3 for x in plan):
        raise BadEvent("'plan' must be a list of [line, location, units].")
    planned: dict[int, int] = defaultdict(int)
    for n, loc, q in plan:
        if isinstance(n, bool) or n not in wanted or not isinstance(loc, str) or loc not in places:
            raise BadEvent(f"'plan' names line {str(n)[:12]} at {str(loc)[:16]}: no such line or location.")
        planned[n] += units(q, f"'plan' for line {n}", high=wanted[n])
        if planned[n] > wanted[n]:
            raise BadEvent(f"'plan' holds more units for line {n} than it sells ({wanted[n]}).")
    return [(n, loc, q) for n, loc, q in plan]
