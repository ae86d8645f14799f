"""The sale as the screens show it: the terminal's plain figures (``app.terminal.sale.SaleData``, minor
units) turned into text in the store's currency and locale. Formatting for the screen lives here, with
the view models, not in ``app/``; no Qt, so it is tested without a display."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.money import format_money
from app.store_info import StoreInfo
from app.terminal import Terminal
from app.terminal.sale import SaleData


@dataclass(frozen=True)
class LineView:
    id: str
    description: str
    sku: str
    qty: int
    unit_price: str
    discount: str  # "" when none, else negative ("-¥5.00")
    total: str  # after the discount; tax added at the till shows below, as printed
    is_return: bool
    price_override: bool
    shelf: str = ""  # a cloud-shelf line: held (the platform holds it) or to_confirm (sold offline)
    shelf_to: str = ""  # where it goes: "home" or a store's code
    short_here: bool = False  # this store has fewer units than the sale holds (app.scanning)


@dataclass(frozen=True)
class TenderView:
    id: str
    method: str
    amount: str
    change: str
    reference: str


@dataclass(frozen=True)
class SaleView:
    lines: list[LineView]
    tenders: list[TenderView]
    count: int
    subtotal: str
    discount: str
    tax: str
    total: str
    due: str
    due_minor: int
    total_minor: int
    rounding: str
    note: str
    tax_label: str  # "incl. tax" (prices include it) or "tax" (added at the till); the screen translates it


def money(info: StoreInfo, minor: int) -> str:
    """An amount as the screens show it, in the store's currency and locale."""
    return _formatted(minor, info.currency, info.locale)


@lru_cache(maxsize=4096)
def _formatted(minor: int, currency: str, locale: str) -> str:
    """Babel's formatting, about 0.1 ms an amount: the view is made again after every scan, and
    almost all its amounts (the lines already there) were formatted the scan before."""
    return format_money(minor, currency, locale)


def screen_sale(data: SaleData, info: StoreInfo) -> SaleView:
    """The sale's figures as the sale screen, the payment dialog and the customer display show them."""

    def m(minor: int) -> str:
        return money(info, minor)

    lines = [
        LineView(
            ln.id,
            ln.description,
            ln.sku,
            ln.qty,
            m(ln.unit_price),
            m(-ln.discount) if ln.discount else "",
            m(ln.total),
            ln.is_return,
            ln.price_override,
            ln.shelf,
            ln.shelf_to,
            ln.short_here,
        )
        for ln in data.lines
    ]
    tenders = [
        TenderView(t.id, t.method, m(t.amount), m(t.change) if t.change else "", t.reference) for t in data.tenders
    ]
    return SaleView(
        lines=lines,
        tenders=tenders,
        count=data.count,
        subtotal=m(data.subtotal),
        discount=m(-data.discount) if data.discount else "",
        tax=m(data.tax),
        total=m(data.total),
        due=m(data.due),
        due_minor=data.due,
        total_minor=data.total,
        rounding=m(data.rounding) if data.rounding else "",
        note=data.note,
        tax_label="incl. tax" if data.tax_mode == "inclusive" else "tax",
    )


def view_of(terminal: Terminal) -> SaleView:
    """The sale on ``terminal``'s screen now, as shown (it reads the store: call it off the UI thread)."""
    return screen_sale(terminal.sale.view(), terminal.info)
