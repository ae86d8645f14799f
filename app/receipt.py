"""The receipt of a completed sale as plain data. Its one layout, for the printer and for every
preview on screen or in the console, is ``devices/printer/layout.py``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.config import Config
from app.db.models import Payment, Sale, SaleLine, ShelfOrder, User
from app.errors import NotFound
from app.money import format_plain

if TYPE_CHECKING:
    from app.facade import StoreInfo


@dataclass(frozen=True)
class ReceiptItem:
    description: str
    qty: int
    unit_price: str
    amount: str
    discount: str | None


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
        doc.items.append(
            ReceiptItem(
                ln.description,
                ln.qty,
                fmt(ln.unit_price),
                fmt(ln.total),
                fmt(-ln.discount) if ln.discount and ln.qty > 0 else None,
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
    doc.totals.append(("Subtotal", fmt(sale.subtotal)))
    if sale.discount_total and sale.kind == "sale":
        doc.totals.append(("Discount", fmt(-sale.discount_total)))
    label = "incl. tax" if sale.tax_mode == "inclusive" else "Tax"
    doc.totals.append((label, fmt(sale.tax_total)))
    if sale.rounding:
        doc.totals.append(("Rounding", fmt(sale.rounding)))
    doc.totals.append((f"TOTAL {cur}", fmt(sale.total + sale.rounding)))
    for p in session.scalars(select(Payment).where(Payment.sale_id == sale.id).order_by(Payment.seq)):
        name = "Cash" if p.method == "cash" else f"Card {p.reference}"
        doc.tenders.append((name, fmt(p.tendered)))
        if p.change:
            doc.tenders.append(("Change", fmt(p.change)))
    return doc
