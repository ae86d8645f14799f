"""Returns and exchanges: against a scanned receipt, without one (a manager approves), and the refund
back to the tenders the customer paid with."""

from __future__ import annotations

from app import audit, catalog
from app import returns as returns_svc
from app.cart import CartLine, Tender
from app.errors import ApprovalRequired, UserError
from app.ids import new_id
from app.returns import ReceiptLookup
from app.terminal.context import Context, check_qty
from app.terminal.sale import SaleService
from app.users import Credentials


class ReturnService:
    """``terminal.returns``: returned lines join the sale on screen (``terminal.sale``)."""

    def __init__(self, ctx: Context, sale: SaleService) -> None:
        self._ctx = ctx
        self._sale = sale

    def find_receipt(self, key: str) -> ReceiptLookup:
        self._ctx.require("return")
        with self._ctx.db.read() as s:
            return returns_svc.find_receipt(s, key)

    def add(self, receipt_key: str, line_id: str, qty: int = 1) -> CartLine:
        self._ctx.require("return")
        with self._ctx.editing() as (s, cart):
            receipt = returns_svc.find_receipt(s, receipt_key)
            line = returns_svc.return_line(s, cart, receipt, line_id, qty)
            cart.lines.append(line)
            return line

    def add_blind(self, code: str, qty: int = 1, *, reason: str = "", approval: Credentials | None = None) -> CartLine:
        """A return without a receipt, at today's price, refunded in cash; always needs a manager."""
        ctx = self._ctx
        check_qty(qty)
        ctx.require("return")
        with ctx.db.read() as s:
            item = catalog.find_code(s, code, ctx.info.price_list)
        if item.price is None:
            raise UserError(f"{item.description} has no price in this store.", "Ask a manager to set its price.")
        asked = ApprovalRequired("blind_return", "A return without a receipt needs a manager.")
        approver = ctx.approve(asked, approval)
        with ctx.editing() as (s, cart):
            line = CartLine(
                id=new_id(),
                variant_id=item.variant_id,
                sku=item.sku,
                description=item.description,
                qty=-qty,
                unit_price=item.price,
                tax_rate_ppm=item.tax_rate_ppm,
                blind_return=True,
            )
            cart.lines.append(line)
            audit.record(
                s,
                "blind_return",
                user_id=ctx.user.id,
                approved_by=approver.id,
                subject=cart.id,
                detail={"sku": item.sku, "qty": qty, "reason": reason},
            )
            return line

    def refund_to_original(self) -> list[Tender]:
        """Refund what is due to the tenders of the returned receipts (cards first), the rest in cash."""
        due = -self._sale.totals().due
        if due <= 0:
            raise UserError("Nothing is to be refunded.", "Add returned items first.")
        cart = self._ctx.cart
        originals = {ln.original_sale_id for ln in (cart.lines if cart else []) if ln.original_sale_id}
        added = []
        with self._ctx.db.read() as s:
            payments = [
                p
                for sale_id in sorted(originals)
                for p in returns_svc.find_receipt(s, sale_id).payments
                if p.method == "card" and p.refundable > 0
            ]
        for p in payments:
            amount = min(due, p.refundable)
            if amount > 0:
                added.append(self._sale.add_card(-amount, p.reference, original_payment_id=p.payment_id))
                due -= amount
        if due > 0:
            added.append(self._sale.add_cash(0))
        return added
