"""The sale on screen as saved in ``drafts``: the one copy every till window shares.

Two windows may hold the same sale (the same cashier signed in twice after a crash). The saved row is
the truth: each change starts from it, and a window whose sale was completed, voided or parked in
another window is told so and starts a new sale, instead of completing it twice. A saved copy that
cannot be read back (damaged on disk) never stops a sign-in or the parked list: it is left as it is
for a person (``cloudshelf doctor`` names it) and skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.cart import Cart
from app.clock import now_iso
from app.db.engine import dbapi
from app.errors import UserError
from app.stored import loads

COLUMNS = "id, shift_id, user_id, status, label, updated_at, CAST(body AS BLOB)"


class SaleGone(UserError):
    """The sale on screen was completed, voided or parked in another window of this till."""

    code = "sale_gone"

    def __init__(self, message: str, hint: str, kind: str) -> None:
        super().__init__(message, hint)
        self.kind = kind  # completed | voided | parked


@dataclass(frozen=True)
class Saved:
    id: str
    shift_id: str
    user_id: str
    status: str
    label: str
    updated_at: str
    cart: Cart | None  # None: the saved copy cannot be read
    problem: str = ""


def load(draft_id: str, raw: bytes | str | None) -> tuple[Cart | None, str]:
    """The cart of one saved row, or ``None`` and why not; never raises on a damaged row."""
    raw_cart, problem = loads(raw)
    if problem:
        return None, problem
    try:
        cart = Cart.from_dict(raw_cart)
    except (TypeError, KeyError, AttributeError, ValueError) as exc:
        return None, f"not a sale ({type(exc).__name__})"
    if cart.id != draft_id:
        return None, "it names another sale than its row"
    return cart, ""


def _saved(row) -> Saved:
    cart, problem = load(row[0], row[6])
    return Saved(*row[:6], cart, problem)


def rows(s: Session, where: str, params: dict) -> list[Saved]:
    found = dbapi(s).execute(f"SELECT {COLUMNS} FROM drafts WHERE {where}", params)  # on every scan and sale
    return [_saved(r) for r in found]


def get(s: Session, draft_id: str) -> Saved | None:
    found = rows(s, "id = :id", {"id": draft_id})
    return found[0] if found else None


def restore(s: Session, shift_id: str, user_id: str) -> Cart | None:
    """The newest readable sale this cashier had on screen in this shift (after a crash or sign-out)."""
    found = rows(
        s,
        "shift_id = :sh AND user_id = :u AND status = 'open' ORDER BY updated_at DESC",
        {"sh": shift_id, "u": user_id},
    )
    return next((d.cart for d in found if d.cart is not None), None)


def parked(s: Session) -> list[Saved]:
    """The parked sales that can be read back, oldest first."""
    return [d for d in rows(s, "status = 'parked' ORDER BY updated_at", {}) if d.cart is not None]


def save(s: Session, cart: Cart, shift_id: str, user_id: str, status: str, label: str = "") -> None:
    stamp = now_iso()
    s.connection().execute(
        text(
            "INSERT INTO drafts (id, shift_id, user_id, status, created_at, updated_at, label, body) "
            "VALUES (:id, :sh, :u, :st, :t, :t, :l, :b) ON CONFLICT(id) DO UPDATE SET body = excluded.body, "
            "status = excluded.status, updated_at = excluded.updated_at, "
            "label = CASE WHEN excluded.label != '' THEN excluded.label ELSE drafts.label END"
        ),
        {"id": cart.id, "sh": shift_id, "u": user_id, "st": status, "t": stamp, "l": label, "b": cart.to_json()},
    )


def current(s: Session, cart: Cart) -> Cart:
    """Inside a write: the sale on screen as saved now (another window may have changed it), or
    :class:`SaleGone` when it is no longer open here."""
    saved = get(s, cart.id)
    if saved is None:
        receipt = _completed_as(s, cart)
        if receipt:
            raise SaleGone(
                f"This sale was completed in another window of this till (receipt {receipt}).",
                "A new sale is started here: scan the next item.",
                "completed",
            )
        raise SaleGone(
            "This sale was voided in another window of this till.",
            "A new sale is started here: scan the next item.",
            "voided",
        )
    if saved.status != "open":
        raise SaleGone(
            "This sale was parked in another window of this till.",
            "A new sale is started here; resume the parked one (F6) to go on with it.",
            "parked",
        )
    return saved.cart if saved.cart is not None else cart  # a damaged copy: this window's is whole


def _completed_as(s: Session, cart: Cart) -> str:
    """The receipt of the completed sale that holds this cart's lines, "" when there is none."""
    ids = [ln.id for ln in cart.lines] or [t.id for t in cart.tenders]
    if not ids:
        return ""
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    row = (
        s.connection()
        .execute(
            text(
                f"SELECT s.receipt_no FROM sales s WHERE s.id IN (SELECT sale_id FROM sale_lines WHERE id IN ({marks}) "
                f"UNION SELECT sale_id FROM payments WHERE id IN ({marks})) LIMIT 1"
            ),
            {f"i{n}": v for n, v in enumerate(ids)},
        )
        .first()
    )
    return row[0] if row else ""
