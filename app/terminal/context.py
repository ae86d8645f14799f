"""What every area of a till shares: the store file, its settings, the signed-in user and the sale on
screen. The root (:class:`app.terminal.Terminal`) owns one :class:`Context`; each area's service gets it,
so no service imports another or the root to reach the shared state.

The helpers here are the few steps several areas take alike: checking a PIN (failures are counted
even though the call raises), a manager's approval, and changing the sale on screen in one
transaction (:meth:`Context.editing`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app import clock, config, drafts, shifts, users
from app.cart import Cart, CartLine
from app.db.engine import Database
from app.db.models import Location, StoreSettings
from app.db.models import Terminal as TerminalRow
from app.errors import ApprovalRequired, AuthFailed, LockedOut, NotAllowed, SignedOut, StoreError, UserError
from app.ids import new_id
from app.money import format_money
from app.pricing import Totals, price_cart
from app.store_info import StoreInfo
from app.users import Credentials, UserInfo

MAX_QTY = 9999


@dataclass
class Context:
    """One till's shared state; the services read and change it, the root opens and closes it."""

    directory: Path
    db: Database
    info: StoreInfo
    config: config.Config
    user: UserInfo | None = None
    cart: Cart | None = None

    def require(self, permission: str) -> UserInfo:
        """The signed-in user, if their role allows ``permission`` (roles are checked here, not in a screen)."""
        return users.require(self.user, permission)

    def today(self) -> date:
        return clock.today()

    def message_money(self, minor: int) -> str:
        """An amount inside a refusal's message (a short cash payment), in the store's currency and locale."""
        return format_money(minor, self.info.currency, self.info.locale)

    def totals(self, cart: Cart) -> Totals:
        """The prices of ``cart`` under the store's tax rules."""
        return price_cart(cart, self.info.tax_mode, self.info.tax_rounding)

    def check_pin(self, login: str, pin: str) -> UserInfo:
        """Verify a PIN; failures are counted and committed even though the call raises."""
        failure: UserError | None = None
        with self.db.write() as s:
            settings = s.get(StoreSettings, self.info.store)
            try:
                return users.check_pin(s, login, pin, settings)
            except (AuthFailed, LockedOut) as exc:
                failure = exc
        raise failure

    def approve(self, asked: ApprovalRequired, approval: Credentials | None) -> UserInfo:
        """The approving manager: the signed-in manager, or the one whose PIN came with the call;
        without either, ``asked`` (the action and what the screen says) is raised to ask for one."""
        user = users.require(self.user, "sell")
        if user.can("approve"):
            return user
        if approval is None:
            raise asked
        return self.manager(approval)

    def manager(self, approval: Credentials) -> UserInfo:
        """The manager whose PIN came with the call; anyone else may not approve."""
        manager = self.check_pin(approval.login, approval.pin)
        if not manager.can("approve"):
            raise NotAllowed(f"{manager.name} may not approve this.", "Ask a manager to enter their PIN.")
        return manager

    @contextmanager
    def editing(self, *, lines: bool = True) -> Iterator[tuple[Session, Cart]]:
        """Change the cart and save it in one transaction; on any error the cart is as it was. Starting a
        new sale first checks the signed-in person may still work here (head office may have revoked
        them since): if not, they are signed out and told so; a sale under way is never cut off."""
        user = users.require(self.user, "sell")
        with self.db.write() as s:
            if self.cart is None and not users.still_allowed(s, user):  # a sale's start: the boundary
                self.user = None
                raise SignedOut(
                    f"{user.name} may no longer work at this till.",
                    "Head office revoked the sign-in or took the person off this store; sign in again.",
                )
            shift = shifts.require_open(s, self.info.terminal)
            cart = Cart(id=new_id()) if self.cart is None else self.current(s)
            if lines and cart.tenders:
                raise UserError("Payments were already taken for this sale.", "Remove the payments to change items.")
            yield s, cart
            drafts.save(s, cart, shift.id, user.id, "open", "")
        self.cart = cart

    def current(self, s: Session) -> Cart:
        """The sale on screen as saved now (a copy to change); when another window of this till
        completed, voided or parked it, this window's sale is dropped and ``SaleGone`` says so."""
        try:
            saved = drafts.current(s, self.cart)
            # read from the row, the cart is already a fresh copy; only a damaged row gives back this window's own
            return Cart.from_json(saved.to_json()) if saved is self.cart else saved
        except drafts.SaleGone:
            self.cart = None
            raise


def load_info(db: Database) -> StoreInfo:
    """The store's codes, money and tax settings as this till's store file holds them."""
    with db.read() as s:
        term = s.get(TerminalRow, 1)
        if term is None:
            raise StoreError(
                "This store file has no terminal set up.", "Run 'cloudshelf init' for this data directory."
            )
        st = s.get(StoreSettings, term.store_code)
        loc = s.get(Location, term.store_code)
        return StoreInfo(
            store=term.store_code,
            store_name=loc.name,
            terminal=term.code,
            currency=st.currency,
            locale=st.locale,
            tax_mode=st.tax_mode,
            tax_rounding=st.tax_rounding,
            cash_increment=st.cash_increment,
            discount_limit_bp=st.discount_limit_bp,
            price_list=st.price_list,
            lockout_attempts=st.lockout_attempts,
            lockout_minutes=st.lockout_minutes,
            merge_scans=st.merge_scans,
        )


def check_qty(qty: int) -> None:
    """A line's quantity: a whole number of units the till accepts."""
    if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1 or qty > MAX_QTY:
        raise UserError(f"A quantity is a whole number from 1 to {MAX_QTY}.", "Type the number of units.")


def not_an_order_line(line: CartLine) -> None:
    """An online order's line keeps the order's price and quantity."""
    if line.pickup_order:
        raise UserError(
            f"A line of online order {line.pickup_order} keeps the order's price and quantity.",
            "Void it (F8) to take the order out of the sale.",
        )
