"""Shifts: open with a float, cash in and out, X report, close with a count (Z report).

The X and Z report's identities (the receipt's are in :mod:`app.receipt`; docs/documents.md has
both), in both tax modes, with every figure signed as printed:

1. Gross sales - Discounts + Returns (negative) + Tax (only where tax is added at the till) =
   Net total. Gross sales are the sold lines' ``qty * unit price`` at the shelf price, Discounts
   their line and order discounts, Returns the returned lines' value as the customer paid for them
   less any tax added on top: all three on the same basis, before added tax in a tax-exclusive
   store and tax included in an inclusive one (where the tax is shown "incl." for information).
   Net total is the sum of the documents' totals.
2. The payments by method add up to Net total + Cash rounding.
3. Expected cash = Float + Cash taken - Cash refunded + Cash in - Cash out (cash taken is net of
   change). The variance is counted - expected.

A closed shift's Z report is stored as written and is sent to the central platform, which checks
its totals against the sales it received.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app import outbox
from app.clock import now_iso
from app.db.engine import dbapi
from app.db.models import CashMovement, Shift, StoreSettings, User
from app.errors import NotFound, UserError
from app.ids import new_id
from sync.protocol import CASH_MOVED, SHIFT_CLOSED, SHIFT_OPENED


@dataclass
class ShiftReport:
    """An X report (shift still open) or a Z report (``z_number`` set)."""

    kind: str  # X | Z
    store: str
    terminal: str
    shift_id: str
    currency: str
    opened_at: str
    opened_by: str
    closed_at: str | None
    z_number: int | None
    sales_count: int
    returns_count: int
    gross_sales: int
    discounts: int
    returns_total: int  # returned lines' net (after their discounts, before added tax), negative
    net_total: int  # all documents' totals, tax included
    tax_by_rate: dict[str, int] = field(default_factory=dict)  # rate in ppm (as text) -> tax
    tax_total: int = 0
    rounding: int = 0
    payments: dict[str, int] = field(default_factory=dict)  # method -> amount
    float_amount: int = 0
    cash_in: int = 0
    cash_out: int = 0
    expected_cash: int = 0
    counted_cash: int | None = None
    variance: int | None = None
    tax_mode: str = "inclusive"  # exclusive: the tax is added at the till and adds up to Net total
    cash_taken: int = 0  # cash payments net of change
    cash_refunded: int = 0  # cash paid back on returns, as a positive amount
    locale: str = ""  # the language it is laid out in: the screen's that asked for it ('' = the store's)

    def to_dict(self) -> dict:
        return asdict(self)


def open_shift(session: Session, *, store: str, terminal: str, user_id: str, float_amount: int) -> str:
    if float_amount < 0:
        raise UserError("The opening float cannot be negative.", "Count the drawer and type the amount.")
    if current(session, terminal) is not None:
        raise UserError("A shift is already open on this terminal.", "Close it with a Z report first.")
    shift_id = new_id()
    session.add(
        Shift(id=shift_id, terminal_code=terminal, opened_by=user_id, opened_at=now_iso(), float_amount=float_amount)
    )
    session.flush()
    outbox.append(
        session,
        event_type=SHIFT_OPENED,
        store=store,
        terminal=terminal,
        data={"shift_id": shift_id, "float": float_amount, "user_id": user_id},
    )
    return shift_id


def current(session: Session, terminal: str) -> Shift | None:
    return session.scalar(select(Shift).where(Shift.terminal_code == terminal, Shift.closed_at.is_(None)))


def require_open_id(session: Session, terminal: str) -> str:
    """The open shift's id, by one indexed query: completing a sale asks for nothing more."""
    row = dbapi(session).execute(
        "SELECT id FROM shifts WHERE terminal_code = ? AND closed_at IS NULL", (terminal,)
    ).fetchone()
    shift_id = row[0] if row else None
    if shift_id is None:
        raise UserError("No shift is open on this terminal.", "Open a shift with the drawer's float first.")
    return shift_id


def require_open(session: Session, terminal: str) -> Shift:
    shift = current(session, terminal)
    if shift is None:
        raise UserError("No shift is open on this terminal.", "Open a shift with the drawer's float first.")
    return shift


def move_cash(
    session: Session, *, store: str, terminal: str, user_id: str, kind: str, amount: int, reason: str
) -> None:
    shift = require_open(session, terminal)
    if amount <= 0:
        raise UserError("The amount must be more than zero.", "Type the amount you put in or take out.")
    if not reason.strip():
        raise UserError("Say why cash goes in or out.", "Type a reason, e.g. 'bank drop'.")
    move_id = new_id()
    session.add(
        CashMovement(
            id=move_id,
            shift_id=shift.id,
            kind=kind,
            amount=amount,
            reason=reason.strip()[:200],
            user_id=user_id,
            created_at=now_iso(),
        )
    )
    session.flush()
    outbox.append(
        session,
        event_type=CASH_MOVED,
        store=store,
        terminal=terminal,
        data={"id": move_id, "shift_id": shift.id, "kind": kind, "amount": amount, "reason": reason.strip()},
    )


def report(session: Session, shift: Shift, *, store: str, currency: str) -> ShiftReport:
    """The figures of a shift from the stored sales; the same query for X and Z."""
    params = {"shift": shift.id}
    doc = session.execute(
        text(
            "SELECT COALESCE(SUM(kind != 'return'), 0), COALESCE(SUM(kind = 'return'), 0), "
            "COALESCE(SUM(total), 0), COALESCE(SUM(rounding), 0) FROM sales WHERE shift_id = :shift"
        ),
        params,
    ).one()
    line = session.execute(
        text(
            "SELECT COALESCE(SUM(CASE WHEN l.qty > 0 THEN l.qty * l.unit_price END), 0), "
            "COALESCE(SUM(CASE WHEN l.qty > 0 THEN l.discount END), 0), "
            "COALESCE(SUM(CASE WHEN l.qty < 0 THEN l.net END), 0) "
            "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.shift_id = :shift"
        ),
        params,
    ).one()
    taxes = _tax_by_rate(session, params)
    payments = _by_method(session, params)
    cash_taken, cash_refunded, cash_in, cash_out = _cash_flows(session, shift, params)
    expected = shift.float_amount + cash_taken - cash_refunded + cash_in - cash_out
    opener = session.get(User, shift.opened_by)
    return ShiftReport(
        kind="Z" if shift.z_number else "X",
        store=store,
        terminal=shift.terminal_code,
        shift_id=shift.id,
        currency=currency,
        opened_at=shift.opened_at,
        opened_by=opener.login if opener else "",
        closed_at=shift.closed_at,
        z_number=shift.z_number,
        sales_count=doc[0],
        returns_count=doc[1],
        gross_sales=line[0],
        discounts=line[1],
        returns_total=line[2],
        net_total=doc[2],
        tax_by_rate=dict(taxes),
        tax_total=sum(taxes.values()),
        rounding=doc[3],
        payments=payments,
        float_amount=shift.float_amount,
        cash_in=cash_in,
        cash_out=cash_out,
        expected_cash=expected,
        counted_cash=shift.counted_amount,
        variance=None if shift.counted_amount is None else shift.counted_amount - expected,
        tax_mode=session.scalar(select(StoreSettings.tax_mode).where(StoreSettings.store_code == store)) or "inclusive",
        cash_taken=cash_taken,
        cash_refunded=cash_refunded,
    )


def _tax_by_rate(session: Session, params: dict) -> dict[str, int]:
    """Tax per rate (in ppm, as text): the report prints one line per rate."""
    taxes: dict[str, int] = defaultdict(int)
    for rate, tax in session.execute(
        text(
            "SELECT l.tax_rate_ppm, SUM(l.tax) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            "WHERE s.shift_id = :shift GROUP BY l.tax_rate_ppm ORDER BY l.tax_rate_ppm"
        ),
        params,
    ):
        taxes[str(rate)] += tax
    return dict(taxes)


def _by_method(session: Session, params: dict) -> dict[str, int]:
    return {
        method: amount
        for method, amount in session.execute(
            text(
                "SELECT p.method, SUM(p.amount) FROM payments p JOIN sales s ON s.id = p.sale_id "
                "WHERE s.shift_id = :shift GROUP BY p.method ORDER BY p.method"
            ),
            params,
        )
    }


def _cash_flows(session: Session, shift: Shift, params: dict) -> tuple[int, int, int, int]:
    """Cash taken and refunded by sales, and cash paid in and out of the drawer: what the drawer should hold."""
    cash_taken, cash_refunded = session.execute(
        text(
            "SELECT COALESCE(SUM(CASE WHEN p.amount > 0 THEN p.amount END), 0), "
            "COALESCE(SUM(CASE WHEN p.amount < 0 THEN -p.amount END), 0) "
            "FROM payments p JOIN sales s ON s.id = p.sale_id WHERE s.shift_id = :shift AND p.method = 'cash'"
        ),
        params,
    ).one()
    moves = dict(
        session.execute(
            select(CashMovement.kind, func.sum(CashMovement.amount))
            .where(CashMovement.shift_id == shift.id)
            .group_by(CashMovement.kind)
        ).all()
    )
    return cash_taken, cash_refunded, moves.get("in", 0), moves.get("out", 0)


def close_shift(
    session: Session, *, store: str, terminal: str, currency: str, user_id: str, counted: int
) -> ShiftReport:
    shift = require_open(session, terminal)
    if counted < 0:
        raise UserError("The counted cash cannot be negative.", "Count the drawer again and type the total.")
    parked = session.execute(text("SELECT COUNT(*) FROM drafts WHERE shift_id = :s"), {"s": shift.id}).scalar_one()
    if parked:
        raise UserError(
            f"{parked} sale(s) are still open or parked in this shift.",
            "Complete or void them before closing the shift.",
        )
    x = report(session, shift, store=store, currency=currency)
    last_z = session.scalar(select(func.max(Shift.z_number)).where(Shift.terminal_code == terminal)) or 0
    shift.closed_at = now_iso()
    shift.closed_by = user_id
    shift.counted_amount = counted
    shift.expected_amount = x.expected_cash
    shift.z_number = last_z + 1
    session.flush()
    z = report(session, shift, store=store, currency=currency)
    shift.z_report = json.dumps(z.to_dict(), sort_keys=True, ensure_ascii=False)
    outbox.append(session, event_type=SHIFT_CLOSED, store=store, terminal=terminal, data=z.to_dict())
    return z


def find_shift(session: Session, terminal: str, z_number: int | None) -> Shift:
    query = select(Shift).where(Shift.terminal_code == terminal, Shift.z_number.is_not(None))
    query = query.where(Shift.z_number == z_number) if z_number else query.order_by(Shift.z_number.desc())
    shift = session.scalars(query.limit(1)).first()
    if shift is None:
        raise NotFound(
            "No closed shift with that Z number.", "Run 'cloudshelf report z' without a number for the last one."
        )
    return shift
