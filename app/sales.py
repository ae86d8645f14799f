"""Completing a sale: one transaction that writes everything or nothing (DESIGN.md, Durability).

Inside one ``BEGIN IMMEDIATE`` transaction: bump the terminal's receipt counter (so receipt numbers
are gapless: a rolled-back sale gives its number back), write the sale, its lines, its payments, its
stock movements and its outbox event, and delete the draft. The receipt prints only after this
commits; a printer fault can never undo a sale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import outbox, pickup, returns, shelf
from app.cart import Cart
from app.clock import now_iso
from app.db.engine import dbapi, insert_rows
from app.errors import UserError
from app.ids import new_id
from app.pricing import Totals
from sync.protocol import SALE_COMPLETED


@dataclass(frozen=True)
class Context:
    store: str
    terminal: str
    currency: str
    tax_mode: str
    shift_id: str
    user_id: str


@dataclass(frozen=True)
class Completed:
    sale_id: str
    receipt_no: str
    kind: str
    total: int
    change: int
    event_id: str


def receipt_number(store: str, terminal: str, seq: int) -> str:
    return f"{store}-{terminal}-{seq:06d}"


def kind_of(cart: Cart) -> str:
    has_sold = any(ln.qty > 0 for ln in cart.lines)
    has_returned = any(ln.qty < 0 for ln in cart.lines)
    return "exchange" if has_sold and has_returned else ("return" if has_returned else "sale")


def check_ready(cart: Cart, totals: Totals, money: Callable[[int], str] = str) -> None:
    """Refuse to complete an empty or unsettled sale; ``money`` formats amounts for the message."""
    if not cart.lines:
        raise UserError("The sale has no items.", "Scan an item first.")
    if totals.due > 0:
        raise UserError(
            f"The payments are short of the total by {money(totals.due)}.", "Take the rest in cash or by card."
        )
    if totals.due < 0:
        raise UserError(f"{money(-totals.due)} is still to be refunded.", "Refund the rest in cash or to the card.")


def complete(
    session: Session, ctx: Context, cart: Cart, totals: Totals, money: Callable[[int], str] = str
) -> Completed:
    """The sale, its lines, payments, stock movements and outbox event, written in the caller's one
    transaction (DESIGN.md, Durability); each step below builds or writes one of them."""
    check_ready(cart, totals, money)
    returns.check_still_returnable(session, cart)
    returns.check_refund_tenders(session, cart)
    conn = dbapi(session)  # plain sqlite3 statements: SQLAlchemy's per-statement work costs more than the commit
    seq = conn.execute(
        "UPDATE receipt_sequences SET last_seq = last_seq + 1 WHERE terminal_code = ? RETURNING last_seq",
        (ctx.terminal,),
    ).fetchone()[0]
    sale_id, created = new_id(), now_iso()
    kind = kind_of(cart)
    sale = _sale_row(ctx, cart, totals, sale_id, seq, kind, created)
    lines = _line_rows(totals, sale_id)
    payments = _payment_rows(cart, sale_id)
    moved = [ln for ln in lines if ln["variant_id"] is not None]
    movements = _movement_rows(ctx, moved, sale_id, created)
    insert_rows(conn, "sales", [sale])
    insert_rows(conn, "sale_lines", lines)
    insert_rows(conn, "payments", payments)
    originals = {ln.id: ln.original_sale_id for ln in cart.lines if ln.original_sale_id}
    event_id = outbox.append(
        session,
        event_type=SALE_COMPLETED,
        store=ctx.store,
        terminal=ctx.terminal,
        data={
            **sale,
            # a return line names its sale too, so that the platform can tell it is this till's own
            "lines": [{**ln, "original_sale_id": originals[ln["id"]]} if ln["id"] in originals else ln for ln in lines],
            "payments": payments,
            "movements": [{**m, "sku": ln["sku"]} for m, ln in zip(movements, moved, strict=True)],
        },
    )
    insert_rows(conn, "stock_movements", [{**m, "event_id": event_id} for m in movements])
    _settle_orders(session, ctx, cart, sale_id, sale["receipt_no"], lines)
    conn.execute("DELETE FROM drafts WHERE id = ?", (cart.id,))
    change = sum(t.change for t in cart.tenders)
    return Completed(sale_id, sale["receipt_no"], kind, totals.total, change, event_id)


def _sale_row(ctx: Context, cart: Cart, totals: Totals, sale_id: str, seq: int, kind: str, created: str) -> dict:
    return {
        "id": sale_id,
        "receipt_no": receipt_number(ctx.store, ctx.terminal, seq),
        "terminal_code": ctx.terminal,
        "seq": seq,
        "store_code": ctx.store,
        "shift_id": ctx.shift_id,
        "user_id": ctx.user_id,
        "kind": kind,
        "currency": ctx.currency,
        "tax_mode": ctx.tax_mode,
        "created_at": created,
        "subtotal": totals.subtotal,
        "discount_total": totals.discount_total,
        "tax_total": totals.tax_total,
        "total": totals.total,
        "rounding": totals.rounding,
        "note": cart.note[:500],
    }


def _line_rows(totals: Totals, sale_id: str) -> list[dict]:
    lines = []
    for n, p in enumerate(totals.lines, 1):
        ln = p.line
        flags = ",".join(
            f
            for f, on in (
                ("price_override", ln.price_override),
                ("blind_return", ln.blind_return),
                ("cloud_shelf", bool(ln.shelf_order)),
            )
            if on
        )
        lines.append(
            {
                "id": ln.id,
                "sale_id": sale_id,
                "line_no": n,
                "variant_id": ln.variant_id,
                "sku": ln.sku,
                "description": ln.description,
                "qty": ln.qty,
                "unit_price": ln.unit_price,
                "discount": p.discount,
                "net": p.net,
                "tax": p.tax,
                "total": p.total,
                "tax_rate_ppm": ln.tax_rate_ppm,
                "original_line_id": ln.original_line_id,
                "flags": flags,
            }
        )
    return lines


def _payment_rows(cart: Cart, sale_id: str) -> list[dict]:
    return [
        {
            "id": t.id,
            "sale_id": sale_id,
            "seq": n,
            "method": t.method,
            "amount": t.amount,
            "tendered": t.tendered,
            "change": t.change,
            "reference": t.reference,
            "approval_code": t.approval_code,
            "original_payment_id": t.original_payment_id,
        }
        for n, t in enumerate(cart.tenders, 1)
    ]


def _movement_rows(ctx: Context, moved: list[dict], sale_id: str, created: str) -> list[dict]:
    """One stock movement per line of a catalogue item: out for a sale, back in for a return."""
    return [
        {
            "id": new_id(),
            "variant_id": ln["variant_id"],
            "location_code": ctx.store,
            "qty": -ln["qty"],
            "reason": "return" if ln["qty"] < 0 else "sale",
            "sale_id": sale_id,
            "created_at": created,
        }
        for ln in moved
    ]


def _settle_orders(
    session: Session, ctx: Context, cart: Cart, sale_id: str, receipt_no: str, lines: list[dict]
) -> None:
    """Pickup orders paid or handed over and cloud-shelf orders sold or refunded, in the sale's transaction."""
    if any(ln.pickup_order for ln in cart.lines):
        pickup.settle(session, pickup.Context(ctx.store, ctx.terminal), cart, sale_id, receipt_no)
    if cart.shelf or any(ln.original_line_id for ln in cart.lines):
        shelf_ctx = shelf.Context(ctx.store, ctx.terminal, ctx.currency)
        shelf.settle(session, shelf_ctx, cart, sale_id, receipt_no, lines)
        shelf.settle_returns(session, shelf_ctx, cart, sale_id, receipt_no)
