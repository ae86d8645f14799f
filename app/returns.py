"""Returns and exchanges against a receipt, and blind returns.

A returned line refunds the original line's amounts pro rata: returning ``k`` of ``n`` units when
``r`` were returned before refunds ``round(a * (r + k) / n) - round(a * r / n)`` of each amount
``a`` (net, tax), so returning every unit, in any number of returns, refunds exactly what was
paid. The returned line's total is its net, plus its tax where the sale added tax at the till, so
a return receipt adds up the way the sale's did (the identities in :mod:`app.receipt`). Nobody
returns more than was sold: checked when the line joins the cart and again inside the completing
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.cart import Cart, CartLine
from app.db.models import Payment, Sale, SaleLine
from app.errors import NotFound, UserError
from app.ids import new_id
from app.money import round_half_up


@dataclass(frozen=True)
class ReturnableLine:
    line_id: str
    sku: str
    description: str
    sold: int
    returned: int
    unit_price: int
    total: int

    @property
    def returnable(self) -> int:
        return self.sold - self.returned


@dataclass(frozen=True)
class RefundablePayment:
    payment_id: str
    method: str
    reference: str
    paid: int
    refunded: int

    @property
    def refundable(self) -> int:
        return self.paid - self.refunded


@dataclass(frozen=True)
class ReceiptLookup:
    sale_id: str
    receipt_no: str
    created_at: str
    currency: str
    total: int
    lines: list[ReturnableLine]
    payments: list[RefundablePayment]


def find_receipt(session: Session, key: str) -> ReceiptLookup:
    """A completed sale by its receipt number (typed) or its id (the receipt's QR code)."""
    key = key.strip()
    sale = session.scalar(select(Sale).where(or_(Sale.receipt_no == key.upper(), Sale.id == key.lower())))
    if sale is None:
        raise NotFound(
            f"No receipt {key[:48]} on this terminal.", "Check the number on the receipt, or scan its QR code."
        )
    if sale.kind == "return":
        raise UserError(f"{sale.receipt_no} is a return receipt.", "Scan the receipt of the original sale.")
    returned = dict(
        session.execute(
            select(SaleLine.original_line_id, func.sum(-SaleLine.qty))
            .where(SaleLine.original_line_id.in_(select(SaleLine.id).where(SaleLine.sale_id == sale.id)))
            .group_by(SaleLine.original_line_id)
        ).all()
    )
    lines = [
        ReturnableLine(ln.id, ln.sku, ln.description, ln.qty, returned.get(ln.id, 0), ln.unit_price, ln.total)
        for ln in session.scalars(
            select(SaleLine).where(SaleLine.sale_id == sale.id, SaleLine.qty > 0).order_by(SaleLine.line_no)
        )
    ]
    refunded = dict(
        session.execute(
            select(Payment.original_payment_id, func.sum(-Payment.amount))
            .where(Payment.original_payment_id.in_(select(Payment.id).where(Payment.sale_id == sale.id)))
            .group_by(Payment.original_payment_id)
        ).all()
    )
    payments = [
        RefundablePayment(p.id, p.method, p.reference, p.amount, refunded.get(p.id, 0))
        for p in session.scalars(select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.seq))
    ]
    return ReceiptLookup(sale.id, sale.receipt_no, sale.created_at, sale.currency, sale.total, lines, payments)


def _share(amount: int, before: int, count: int, sold: int) -> int:
    return round_half_up(Fraction(amount * (before + count), sold)) - round_half_up(Fraction(amount * before, sold))


def in_cart(cart: Cart, original_line_id: str) -> int:
    return sum(-ln.qty for ln in cart.lines if ln.original_line_id == original_line_id)


def return_line(session: Session, cart: Cart, receipt: ReceiptLookup, line_id: str, qty: int) -> CartLine:
    """A returned line for ``qty`` units of a line of ``receipt``, priced from the original."""
    if qty <= 0:
        raise UserError("Return at least one unit.", "Type how many units come back.")
    original = session.get(SaleLine, line_id)
    if original is None or original.sale_id != receipt.sale_id or original.qty <= 0:
        raise NotFound("That line is not on this receipt.", "Pick a line of the receipt.")
    returned = next(ln.returned for ln in receipt.lines if ln.line_id == line_id) + in_cart(cart, line_id)
    if returned + qty > original.qty:
        left = original.qty - returned
        raise UserError(
            f"Only {left} of {original.qty} x {original.description} can still be returned.",
            "Lower the quantity; the rest was returned already.",
        )
    net = -_share(original.net, returned, qty, original.qty)
    tax = -_share(original.tax, returned, qty, original.qty)
    added = session.get(Sale, receipt.sale_id).tax_mode == "exclusive"
    return CartLine(
        id=new_id(),
        variant_id=original.variant_id,
        sku=original.sku,
        description=original.description,
        qty=-qty,
        unit_price=original.unit_price,
        tax_rate_ppm=original.tax_rate_ppm,
        original_sale_id=receipt.sale_id,
        original_line_id=line_id,
        fixed_net=net,
        fixed_tax=tax,
        fixed_total=net + tax if added else net,
    )


def check_still_returnable(session: Session, cart: Cart) -> None:
    """Inside the completing transaction: nobody returned the same units meanwhile."""
    for line_id in {ln.original_line_id for ln in cart.lines if ln.original_line_id}:
        original = session.get(SaleLine, line_id)
        before = session.scalar(
            select(func.coalesce(func.sum(-SaleLine.qty), 0)).where(SaleLine.original_line_id == line_id)
        )
        if before + in_cart(cart, line_id) > original.qty:
            raise UserError(
                f"{original.description} was returned meanwhile; only {original.qty - before} can still be returned.",
                "Void the returned line and add it again.",
            )


def check_refund_tenders(session: Session, cart: Cart) -> None:
    """A refund to a card goes to a card payment of a returned receipt, and not beyond what it paid."""
    originals = {ln.original_sale_id for ln in cart.lines if ln.original_sale_id}
    for tender in cart.tenders:
        if tender.original_payment_id is None:
            continue
        payment = session.get(Payment, tender.original_payment_id)
        if payment is None or payment.sale_id not in originals:
            raise UserError(
                "That payment is not on a returned receipt.", "Refund to a payment of the original sale, or in cash."
            )
        before = session.scalar(
            select(func.coalesce(func.sum(-Payment.amount), 0)).where(Payment.original_payment_id == payment.id)
        )
        mine = sum(-t.amount for t in cart.tenders if t.original_payment_id == payment.id)
        if before + mine > payment.amount:
            raise UserError("The refund is more than that payment took.", "Refund the rest in cash.")
