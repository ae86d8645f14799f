"""Where a scanned item goes in the sale, and whether this store has it (issue 14 item 4).

A repeated scan of an item adds to its line when the store merges scans (its setting, on by
default), so a cashier scanning three shirts sees one line of 3; a line whose price, discount or
measure was set by hand, a return, an online order's line or a cloud-shelf line keeps its own
quantity. A sale that holds more units of an item than this store has (stock here and now, the
last platform figure plus this till's unsynced movements) is short here: the till says so on the
line and offers the cloud shelf. An item the platform never gave a figure for is not called short.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import stock
from app.cart import Cart, CartLine


@dataclass(frozen=True)
class Shortage:
    line_id: str
    sku: str
    description: str
    on_hand: int  # units here and now, before this sale
    in_sale: int  # units of the item this sale sells


def _sold_here(line: CartLine) -> bool:
    """A line whose units leave this store's shelf when the sale completes."""
    return line.variant_id is not None and line.qty > 0 and not line.pickup_order and not line.shelf_order


def _mergeable(line: CartLine, variant_id: int) -> bool:
    return (
        line.variant_id == variant_id
        and _sold_here(line)
        and not line.measured
        and not line.price_override
        and not line.discount_bp
        and not line.discount_amount
        and not line.blind_return
    )


def merge_target(cart: Cart, variant_id: int, merge_scans: bool) -> CartLine | None:
    """The line a new unit of ``variant_id`` adds to (the latest plain line of it), or None for a new line."""
    if not merge_scans:
        return None
    return next((line for line in reversed(cart.lines) if _mergeable(line, variant_id)), None)


def shortage(session: Session, cart: Cart, line: CartLine, store: str) -> Shortage | None:
    """The shortage of ``line``'s item at ``store``, or None when the store has enough (or no figure)."""
    if not _sold_here(line):
        return None
    return _short(line, stock.here_and_now(session, line.variant_id, store), cart)


def _short(line: CartLine, figure: stock.StockFigure | None, cart: Cart) -> Shortage | None:
    if figure is None or figure.server_on_hand is None:
        return None
    in_sale = sum(ln.qty for ln in cart.lines if ln.variant_id == line.variant_id and _sold_here(ln))
    if figure.on_hand >= in_sale:
        return None
    return Shortage(line.id, line.sku, line.description, figure.on_hand, in_sale)


def short_lines(session: Session, cart: Cart, store: str) -> set[str]:
    """The ids of the lines whose item the store has fewer units of than the sale holds: the stock of
    every item in the cart read at once, as the screen asks for it after every scan."""
    sold = [line for line in cart.lines if _sold_here(line)]
    figures = stock.figures_many(session, [line.variant_id for line in sold], store)
    return {line.id for line in sold if _short(line, figures.get(line.variant_id), cart) is not None}
