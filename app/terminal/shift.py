"""The cashier's shift: the float, cash in and out, the X report, closing with a count (the Z report), and
opening the drawer without a sale."""

from __future__ import annotations

from app import audit, shifts
from app.errors import UserError
from app.shifts import ShiftReport
from app.terminal.context import Context


class ShiftService:
    """``terminal.shift``: this till's shift."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def open(self, float_amount: int) -> str:
        ctx = self._ctx
        user = ctx.require("shift")
        with ctx.db.write() as s:
            return shifts.open_shift(
                s, store=ctx.info.store, terminal=ctx.info.terminal, user_id=user.id, float_amount=float_amount
            )

    def current_id(self) -> str | None:
        with self._ctx.db.read() as s:
            shift = shifts.current(s, self._ctx.info.terminal)
            return shift.id if shift else None

    def cash_in(self, amount: int, reason: str) -> None:
        self._move_cash("in", amount, reason)

    def cash_out(self, amount: int, reason: str) -> None:
        self._move_cash("out", amount, reason)

    def _move_cash(self, kind: str, amount: int, reason: str) -> None:
        ctx = self._ctx
        user = ctx.require("shift")
        with ctx.db.write() as s:
            shifts.move_cash(
                s,
                store=ctx.info.store,
                terminal=ctx.info.terminal,
                user_id=user.id,
                kind=kind,
                amount=amount,
                reason=reason,
            )
            audit.record(s, f"cash_{kind}", user_id=user.id, detail={"amount": amount, "reason": reason})

    def x_report(self) -> ShiftReport:
        ctx = self._ctx
        ctx.require("report_x")
        with ctx.db.read() as s:
            shift = shifts.require_open(s, ctx.info.terminal)
            return shifts.report(s, shift, store=ctx.info.store, currency=ctx.info.currency)

    def close(self, counted: int) -> ShiftReport:
        """Close the shift with the counted cash: the Z report. The sale on screen ends with it."""
        ctx = self._ctx
        user = ctx.require("shift")
        with ctx.db.write() as s:
            z = shifts.close_shift(
                s,
                store=ctx.info.store,
                terminal=ctx.info.terminal,
                currency=ctx.info.currency,
                user_id=user.id,
                counted=counted,
            )
        ctx.cart = None
        return z

    def z_report(self, z_number: int | None = None) -> ShiftReport:
        ctx = self._ctx
        with ctx.db.read() as s:
            shift = shifts.find_shift(s, ctx.info.terminal, z_number)
            return shifts.report(s, shift, store=ctx.info.store, currency=ctx.info.currency)

    def open_drawer(self, reason: str) -> None:
        """Open the cash drawer without a sale ("no sale"): needs a reason and is audited.

        The drawer itself is kicked by the devices layer after this returns.
        """
        ctx = self._ctx
        user = ctx.require("shift")
        if not reason.strip():
            raise UserError("Say why the drawer opens without a sale.", "Type a reason, e.g. 'change for a note'.")
        with ctx.db.write() as s:
            shift = shifts.require_open(s, ctx.info.terminal)
            audit.record(s, "drawer_open", user_id=user.id, subject=shift.id, detail={"reason": reason.strip()[:200]})
