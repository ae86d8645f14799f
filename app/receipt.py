"""The receipt of a completed sale as plain data. Its one layout, for the printer and for every
preview on screen or in the console, is ``devices/printer/layout.py``.

Document identities: every receipt, return receipt, exchange and reprint obeys these, in both tax
modes (and :mod:`app.shifts` states the X and Z report's; docs/documents.md has both sets). All
figures are signed: a returned line, its discount given back and a refund are negative.

1. A line shows ``qty x unit price`` and its amount ``qty * unit_price`` at the shelf price, in
   the store's tax mode (before tax in a tax-exclusive store, tax included in an inclusive one);
   the discount under it is the line's discount plus its share of the order discount.
2. The line amounts add up to the Subtotal; the line discounts add up to the Discount.
3. Subtotal - Discount + Tax (only where tax is added at the till) + Rounding = TOTAL. The rows
   above TOTAL are exactly the terms of this sum; an inclusive store's tax ("incl. tax") is
   printed below TOTAL, for information.
4. The tenders, less the change, add up to TOTAL.

A returned line keeps its original line's amounts pro rata (:mod:`app.returns`), so a return
receipt obeys the same identities; ``tests/test_document_identities.py`` checks them on this data
and on the printed bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.config import Config
from app.db.models import Payment, Sale, SaleLine, ShelfOrder, User
from app.errors import NotFound
from app.money import format_plain
from app.store_info import StoreInfo


@dataclass(frozen=True)
class ReceiptItem:
    description: str
    qty: int
    unit_price: str
    amount: str  # qty * unit price, before any discount (and before tax where it is added)
    discount: str | None
    amount_minor: int = 0
    discount_minor: int = 0  # signed as printed: negative off a sale, positive given back on a return


@dataclass
class ReceiptDoc:
    sale_id: str
    receipt_no: str
    kind: str
    header: list[str]
    created_at: str
    cashier: str
    currency: str
    items: list[ReceiptItem] = field(default_factory=list)
    totals: list[tuple[str, str]] = field(default_factory=list)
    tenders: list[tuple[str, str]] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    note: str = ""  # the customer's note on the sale (a gift message, an alteration)
    # the figures of the totals block in minor units, signed as printed (identities in the docstring)
    subtotal: int = 0
    discount: int = 0
    tax: int = 0
    tax_added: bool = False  # True where the store adds tax at the till (tax-exclusive)
    rounding: int = 0
    total: int = 0
    tendered: list[tuple[int, int]] = field(default_factory=list)  # (tendered, change) per payment

    @property
    def qr_payload(self) -> str:
        """What the receipt's QR code holds: the sale id, which a return looks up."""
        return self.sale_id


def build_receipt(session: Session, key: str, info: StoreInfo, cfg: Config) -> ReceiptDoc:
    sale = session.scalar(select(Sale).where(or_(Sale.receipt_no == key.strip().upper(), Sale.id == key.strip())))
    if sale is None:
        raise NotFound(f"No receipt {key.strip()[:48]} on this terminal.", "Check the receipt number.")
    cur, loc = sale.currency, info.locale

    def fmt(minor: int) -> str:
        return format_plain(minor, cur, loc)

    cashier = session.get(User, sale.user_id)
    doc = ReceiptDoc(
        sale_id=sale.id,
        receipt_no=sale.receipt_no,
        kind=sale.kind,
        header=[line for line in (info.store_name, cfg.receipt_header) if line],
        created_at=sale.created_at,
        cashier=cashier.name if cashier else "",
        currency=cur,
        footer=[cfg.receipt_footer] if cfg.receipt_footer else [],
        note=sale.note or "",
    )
    for ln in session.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.line_no)):
        amount = ln.qty * ln.unit_price
        doc.items.append(
            ReceiptItem(
                ln.description,
                ln.qty,
                fmt(ln.unit_price),
                fmt(amount),
                fmt(-ln.discount) if ln.discount else None,
                amount_minor=amount,
                discount_minor=-ln.discount,
            )
        )
    shelf_lines = []
    for code, delivery, to, pickup_code in session.execute(
        select(ShelfOrder.code, ShelfOrder.delivery, ShelfOrder.deliver_to, ShelfOrder.pickup_code)
        .where(ShelfOrder.sale_id == sale.id)
        .order_by(ShelfOrder.code)
    ):
        shelf_lines += [f"Cloud shelf order {code}", f"to store {to}" if delivery == "store" else "to your address"]
        if pickup_code:  # printed with the sale; a reprint after the order closed has no code to show
            shelf_lines.append(f"Pickup code {pickup_code}")
    doc.footer[:0] = shelf_lines
    _totals(doc, sale, fmt)
    for p in session.scalars(select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.seq)):
        name = "Cash" if p.method == "cash" else f"Card {p.reference}"
        doc.tenders.append((name, fmt(p.tendered)))
        doc.tendered.append((p.tendered, p.change))
        if p.change:
            doc.tenders.append(("Change", fmt(p.change)))
    return doc


def _totals(doc: ReceiptDoc, sale: Sale, fmt: Callable[[int], str]) -> None:
    """The totals block: the rows above TOTAL are the terms that add up to it (identity 3)."""
    doc.subtotal, doc.discount, doc.tax = sale.subtotal, -sale.discount_total, sale.tax_total
    doc.tax_added, doc.rounding, doc.total = sale.tax_mode == "exclusive", sale.rounding, sale.total + sale.rounding
    doc.totals.append(("Subtotal", fmt(doc.subtotal)))
    if doc.discount:
        doc.totals.append(("Discount", fmt(doc.discount)))
    if doc.tax_added:
        doc.totals.append(("Tax", fmt(doc.tax)))
    if doc.rounding:
        doc.totals.append(("Rounding", fmt(doc.rounding)))
    doc.totals.append((f"TOTAL {doc.currency}", fmt(doc.total)))
    if not doc.tax_added:
        doc.totals.append(("incl. tax", fmt(doc.tax)))
