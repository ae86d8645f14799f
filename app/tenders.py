"""Taking payment: cash with change and cash rounding, card by an external terminal, split tenders.

A tender is added to the cart as it is taken, so an approved card payment survives a crash. Cash
rounding applies when cash settles the rest of the sale: the amount due in cash is rounded to the
store's increment and the difference is kept as the sale's ``rounding``. Refunds are tenders with
negative amounts.
"""

from __future__ import annotations

from collections.abc import Callable

from app.cart import Cart, Tender
from app.errors import UserError
from app.ids import new_id
from app.money import cash_round
from app.pricing import Totals


def add_cash(cart: Cart, totals: Totals, tendered: int, increment: int, money: Callable[[int], str] = str) -> Tender:
    """Cash handed over (or, for a refund, paid out); returns the tender with its change.

    ``money`` formats amounts for the messages in the store's currency and locale.
    """
    if totals.due == 0:
        raise UserError("Nothing is left to pay.", "Complete the sale.")
    remaining = totals.total - totals.paid  # rounding is only ever set by the tender that settles
    if remaining > 0:
        if tendered <= 0:
            raise UserError("Type the cash the customer handed over.", "The amount must be more than zero.")
        due = cash_round(remaining, increment)
        if remaining < tendered < due:  # would overpay the sale yet fall short of the rounded cash due
            raise UserError(
                f"{money(due)} is due in cash after rounding; {money(tendered)} is short of it.",
                f"Take at least {money(due)} in cash, or exactly {money(remaining)}.",
            )
        if tendered >= due:
            tender = Tender(new_id(), "cash", amount=due, tendered=tendered, change=tendered - due)
            cart.rounding = due - remaining
        else:
            tender = Tender(new_id(), "cash", amount=tendered, tendered=tendered)
            cart.rounding = 0
    else:
        due = cash_round(remaining, increment)
        if tendered and tendered != -due:
            raise UserError(
                f"Pay out exactly the refund in cash ({money(-due)}).",
                "Leave the amount empty to refund all of it.",
            )
        tender = Tender(new_id(), "cash", amount=due, tendered=due)
        cart.rounding = due - remaining
    cart.tenders.append(tender)
    return tender


def add_card(
    cart: Cart,
    totals: Totals,
    amount: int,
    reference: str,
    approval_code: str = "",
    original_payment_id: str | None = None,
) -> Tender:
    """A payment (or refund) approved on the external card terminal, recorded with its reference."""
    remaining = totals.due
    if not reference.strip():
        raise UserError(
            "A card payment needs the card terminal's reference.", "Type the reference printed on its slip."
        )
    if remaining == 0:
        raise UserError("Nothing is left to pay.", "Complete the sale.")
    if amount == 0 or (amount > 0) != (remaining > 0):
        raise UserError("The card amount has the wrong sign for this sale.", "Type the amount taken or refunded.")
    if abs(amount) > abs(remaining):
        raise UserError(
            "The card amount is more than what is left to pay.", "A card cannot give change; take the rest in cash."
        )
    tender = Tender(
        new_id(),
        "card",
        amount=amount,
        tendered=amount,
        reference=reference.strip()[:80],
        approval_code=approval_code.strip()[:40],
        original_payment_id=original_payment_id,
    )
    cart.rounding = 0
    cart.tenders.append(tender)
    return tender


def remove(cart: Cart, tender_id: str) -> Tender:
    for tender in cart.tenders:
        if tender.id == tender_id:
            cart.tenders.remove(tender)
            cart.rounding = 0
            return tender
    raise UserError("That payment is not in this sale.", "Pick a payment from the list.")
