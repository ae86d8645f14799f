"""The application facade: the one API that the CLI, the tests and the Qt UI drive.

A :class:`Terminal` is one till: its store file, the signed-in user and the sale on screen. Each
call is one short transaction through :class:`app.db.engine.Database`; the sale being rung up is
saved to ``drafts`` after every change, so a crash or power cut loses no scan and no approved card
payment. Calls that need a manager raise :class:`app.errors.ApprovalRequired`; the caller asks for
a manager's PIN and repeats the call with ``approval=Credentials(...)``.

Every method may block on the disk: the UI calls them from a worker, never on its own thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from app import (
    audit,
    barcodes,
    catalog,
    config,
    device_config,
    drafts,
    pickup,
    pricing,
    print_text,
    quick_keys,
    sales,
    scanning,
    shelf,
    shelf_address,
    shelf_feed,
    shelf_orders,
    shifts,
    stock,
    sync_health,
    tenders,
    users,
)
from app import returns as returns_svc
from app.cart import Cart, CartLine, Tender
from app.catalog import Item
from app.clock import now_iso
from app.db import migrate
from app.db.engine import Database, disk_full, is_disk_full
from app.db.models import Draft, Location, OutboxDelivery, StoreSettings
from app.db.models import Terminal as TerminalRow
from app.errors import ApprovalRequired, AuthFailed, LockedOut, NotAllowed, NotFound, StoreError, UserError
from app.ids import new_id
from app.money import format_money, format_plain
from app.pick_slip import PickSlipDoc
from app.pricing import Totals, price_cart
from app.print_queue import PrintQueue
from app.quick_keys import QuickKeys
from app.receipt import ReceiptDoc, build_receipt
from app.returns import ReceiptLookup
from app.shifts import ShiftReport
from app.store_info import StoreInfo
from app.users import Credentials, UserInfo
from core.pickup_codes import parse_key

MAX_QTY = 9999


@dataclass(frozen=True)
class LineView:
    id: str
    description: str
    sku: str
    qty: int
    unit_price: str
    discount: str
    total: str
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
    tax_label: str


@dataclass(frozen=True)
class DraftSummary:
    id: str
    label: str
    user_id: str
    updated_at: str
    lines: int
    total: int
    cashier: str = ""  # the name of who parked it
    items: int = 0  # units, as a customer counts them


class Terminal:
    """One till, opened on its data directory."""

    def __init__(self, directory: Path, db: Database, info: StoreInfo, cfg: config.Config) -> None:
        self.directory = directory
        self.db = db
        self.info = info
        self.config = cfg
        self.user: UserInfo | None = None
        self.cart: Cart | None = None

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, directory: Path | str | None = None) -> Terminal:
        """Open (and upgrade) the store in ``directory``; :class:`StoreError` if there is none."""
        path = config.data_dir(directory)
        store_file = path / config.STORE_FILE
        if not store_file.exists():
            raise StoreError(
                f"No terminal store in {path}.",
                "Run 'cloudshelf init' (or 'cloudshelf demo') first, or pass the right --data-dir.",
            )
        cfg = config.load(path)
        db = Database(store_file)
        try:
            migrate.upgrade(db.engine)
            info = load_info(db)
        except DatabaseError as exc:
            db.dispose()
            if is_disk_full(exc, store_file):
                raise disk_full(store_file) from None
            raise StoreError(
                f"The store {store_file} cannot be read ({str(exc.orig or exc).splitlines()[0]}).",
                "Run 'cloudshelf doctor' and call support. Keep the store file as it is: do not replace it with "
                "a backup or delete it, it holds sales not yet sent.",
            ) from None
        except Exception:
            db.dispose()
            raise
        return cls(path, db, info, cfg)

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def money(self, minor: int) -> str:
        return format_money(minor, self.info.currency, self.info.locale)

    # ----------------------------------------------------------------- users
    def _check_pin(self, login: str, pin: str) -> UserInfo:
        """Verify a PIN; failures are counted and committed even though the call raises."""
        failure: UserError | None = None
        with self.db.write() as s:
            settings = s.get(StoreSettings, self.info.store)
            try:
                return users.check_pin(s, login, pin, settings)
            except (AuthFailed, LockedOut) as exc:
                failure = exc
        raise failure

    def sign_in(self, login: str, pin: str) -> UserInfo:
        user = self._check_pin(login, pin)
        self.user = user
        self.cart = None
        with self.db.read() as s:
            shift = shifts.current(s, self.info.terminal)
            if shift is not None:  # the sale this cashier had on screen before a crash or sign-out
                self.cart = drafts.restore(s, shift.id, user.id)
        return user

    def sign_out(self) -> None:
        self.user = None
        self.cart = None

    def add_user(self, login: str, name: str, role: str, pin: str, *, by: UserInfo | None = None) -> UserInfo:
        """Add a user. ``by`` must be a manager, except for the very first user of a store."""
        with self.db.write() as s:
            if users.list_users(s):
                users.require(by or self.user, "users")
            created = users.add_user(s, login=login, name=name, role=role, pin=pin)
            audit.record(
                s,
                "user_added",
                user_id=(by or self.user).id if (by or self.user) else None,
                subject=created.login,
                detail={"role": role},
            )
        return created

    def list_users(self) -> list[UserInfo]:
        with self.db.read() as s:
            return users.list_users(s)

    def _approve(self, action: str, message: str, approval: Credentials | None) -> UserInfo:
        """The approving manager: the signed-in manager, or the one whose PIN came with the call."""
        user = users.require(self.user, "sell")
        if user.can("approve"):
            return user
        if approval is None:
            raise ApprovalRequired(action, message)
        manager = self._check_pin(approval.login, approval.pin)
        if not manager.can("approve"):
            raise NotAllowed(f"{manager.name} may not approve this.", "Ask a manager to enter their PIN.")
        return manager

    def quit_till(self, approval: Credentials | None = None) -> UserInfo:
        """A manager may close the till (signed in, or with their PIN for a cashier or the lock screen);
        the sale on screen stays saved. Audited."""
        if self.user is not None and self.user.can("approve"):
            manager = self.user
        elif approval is None:
            raise ApprovalRequired("quit", "Quitting the till needs a manager.")
        else:
            manager = self._check_pin(approval.login, approval.pin)
            if not manager.can("approve"):
                raise NotAllowed(f"{manager.name} may not approve this.", "Ask a manager to enter their PIN.")
        with self.db.write() as s:
            audit.record(s, "till_quit", user_id=manager.id, subject=self.user.login if self.user else "")
        return manager

    # ----------------------------------------------------------------- shifts
    def open_shift(self, float_amount: int) -> str:
        user = users.require(self.user, "shift")
        with self.db.write() as s:
            return shifts.open_shift(
                s, store=self.info.store, terminal=self.info.terminal, user_id=user.id, float_amount=float_amount
            )

    def current_shift_id(self) -> str | None:
        with self.db.read() as s:
            shift = shifts.current(s, self.info.terminal)
            return shift.id if shift else None

    def cash_in(self, amount: int, reason: str) -> None:
        self._move_cash("in", amount, reason)

    def cash_out(self, amount: int, reason: str) -> None:
        self._move_cash("out", amount, reason)

    def _move_cash(self, kind: str, amount: int, reason: str) -> None:
        user = users.require(self.user, "shift")
        with self.db.write() as s:
            shifts.move_cash(
                s,
                store=self.info.store,
                terminal=self.info.terminal,
                user_id=user.id,
                kind=kind,
                amount=amount,
                reason=reason,
            )
            audit.record(s, f"cash_{kind}", user_id=user.id, detail={"amount": amount, "reason": reason})

    def x_report(self) -> ShiftReport:
        users.require(self.user, "report_x")
        with self.db.read() as s:
            shift = shifts.require_open(s, self.info.terminal)
            return shifts.report(s, shift, store=self.info.store, currency=self.info.currency)

    def close_shift(self, counted: int) -> ShiftReport:
        user = users.require(self.user, "shift")
        with self.db.write() as s:
            z = shifts.close_shift(
                s,
                store=self.info.store,
                terminal=self.info.terminal,
                currency=self.info.currency,
                user_id=user.id,
                counted=counted,
            )
        self.cart = None
        return z

    def z_report(self, z_number: int | None = None) -> ShiftReport:
        with self.db.read() as s:
            shift = shifts.find_shift(s, self.info.terminal, z_number)
            return shifts.report(s, shift, store=self.info.store, currency=self.info.currency)

    # ----------------------------------------------------------------- catalog
    def lookup(self, code: str) -> Item:
        with self.db.read() as s:
            return catalog.find_code(s, code, self.info.price_list)

    def search(self, query: str, *, limit: int = 50, offset: int = 0) -> list[Item]:
        with self.db.read() as s:
            return catalog.search(s, query, self.info.price_list, limit=limit, offset=offset)

    def quick_keys(self) -> QuickKeys:
        with self.db.read() as s:
            return quick_keys.load(s, self.info.price_list, self.config.quick_keys)

    def stock_here(self, variant_id: int) -> stock.StockFigure:
        with self.db.read() as s:
            return stock.here_and_now(s, variant_id, self.info.store)

    # ----------------------------------------------------------------- the sale on screen
    @contextmanager
    def _editing(self, *, lines: bool = True) -> Iterator[tuple[Session, Cart]]:
        """Change the cart and save it in one transaction; on any error the cart is as it was."""
        user = users.require(self.user, "sell")
        with self.db.write() as s:
            shift = shifts.require_open(s, self.info.terminal)
            cart = Cart(id=new_id()) if self.cart is None else self._current(s)
            if lines and cart.tenders:
                raise UserError("Payments were already taken for this sale.", "Remove the payments to change items.")
            yield s, cart
            self._save_draft(s, cart, shift.id, user.id, "open")
        self.cart = cart

    def _save_draft(self, s: Session, cart: Cart, shift_id: str, user_id: str, status: str, label: str = "") -> None:
        drafts.save(s, cart, shift_id, user_id, status, label)

    def _current(self, s: Session) -> Cart:
        """The sale on screen as saved now (a copy to change); when another window of this till
        completed, voided or parked it, this window's sale is dropped and ``SaleGone`` says so."""
        try:
            return Cart.from_json(drafts.current(s, self.cart).to_json())
        except drafts.SaleGone:
            self.cart = None
            raise

    def sale_view(self) -> SaleView:
        """The sale on screen as plain data, amounts formatted in the store's locale, for any face."""
        totals = self.totals()
        cart = self.cart or Cart(id="")
        with self.db.read() as s:
            short = scanning.short_lines(s, cart, self.info.store)
        lines = [
            LineView(
                p.line.id,
                p.line.description,
                p.line.sku,
                p.line.qty,
                self.money(p.line.unit_price),
                self.money(-p.discount) if p.discount else "",
                self.money(p.net),  # after the discount; tax added at the till shows below, as printed
                p.line.is_return,
                p.line.price_override,
                shelf.state_in_cart(cart, p.line) if p.line.shelf_order else "",
                (cart.shelf[p.line.shelf_order]["deliver_to"] or "home") if p.line.shelf_order else "",
                p.line.id in short,
            )
            for p in totals.lines
        ]
        tenders_view = [
            TenderView(t.id, t.method, self.money(t.amount), self.money(t.change) if t.change else "", t.reference)
            for t in cart.tenders
        ]
        return SaleView(
            lines=lines,
            tenders=tenders_view,
            count=sum(abs(ln.qty) for ln in cart.lines),
            subtotal=self.money(totals.subtotal),
            discount=self.money(-totals.discount_total) if totals.discount_total else "",
            tax=self.money(totals.tax_total),
            total=self.money(totals.total + totals.rounding),
            due=self.money(totals.due),
            due_minor=totals.due,
            total_minor=totals.total + totals.rounding,
            rounding=self.money(totals.rounding) if totals.rounding else "",
            note=cart.note,
            tax_label="incl. tax" if self.info.tax_mode == "inclusive" else "tax",
        )

    def totals(self) -> Totals:
        cart = self.cart or Cart(id="")
        return price_cart(cart, self.info.tax_mode, self.info.tax_rounding)

    def shortage(self, line_id: str) -> scanning.Shortage | None:
        """Whether the sale holds more of this line's item than the store has: the till says so."""
        cart = self.cart or Cart(id="")
        with self.db.read() as s:
            return scanning.shortage(s, cart, cart.line(line_id), self.info.store)

    def set_merge_scans(self, on: bool) -> None:
        """The store's setting: a repeated scan adds to the item's line (on) or gives a line per scan."""
        user = users.require(self.user, "catalog")
        with self.db.write() as s:
            s.get(StoreSettings, self.info.store).merge_scans = on
            audit.record(s, "store_setting", user_id=user.id, detail={"merge_scans": on})
        self.info = replace(self.info, merge_scans=on)

    def scan(self, code: str, qty: int = 1) -> CartLine:
        """Add the item a barcode or SKU names; a repeat scan of an item adds to its line (the store's
        setting, app.scanning).

        An online order's code or QR code adds the order, to take its payment. A variable-measure code
        puts its price (or its weight times the price per kg) into a line of its own; a GS1 code past
        its expiry date is refused.
        """
        _symbology, plain = barcodes.split_symbology(code)
        if parse_key(plain) is not None:
            return self.add_order_to_sale(plain)[-1]
        scan = barcodes.parse(code, self.config.devices.barcodes)
        barcodes.check_expiry(scan, date.today())
        item = self.lookup(scan.text if scan.kind == "code" else scan.code)
        if not scan.measured:
            return self.add_item(item.variant_id, qty)
        return self._add_measured(item, scan, qty)

    def _add_measured(self, item: Item, scan: barcodes.Scan, qty: int) -> CartLine:
        _check_qty(qty)
        description, price = item.description, scan.price
        if scan.grams is not None:
            if item.price is None:
                raise UserError(f"{item.description} has no price per kg here.", "Ask a manager to set its price.")
            price = barcodes.weighed_price(item.price, scan.grams)
            per_kg = format_plain(item.price, self.info.currency, self.info.locale)
            description += f" {scan.grams // 1000}.{scan.grams % 1000:03d} kg @ {per_kg}/kg"
        with self._editing() as (_s, cart):
            line = CartLine(
                id=new_id(),
                variant_id=item.variant_id,
                sku=item.sku,
                description=description,
                qty=qty,
                unit_price=price,
                tax_rate_ppm=item.tax_rate_ppm,
                measured=True,
            )
            cart.lines.append(line)
            return line

    def add_item(self, variant_id: int, qty: int = 1) -> CartLine:
        _check_qty(qty)
        with self._editing() as (s, cart):
            item = catalog.get_variant(s, variant_id, self.info.price_list)
            if item.price is None:
                raise UserError(f"{item.description} has no price in this store.", "Ask a manager to set its price.")
            same = scanning.merge_target(cart, variant_id, self.info.merge_scans)
            if same is not None:
                _check_qty(same.qty + qty)
                same.qty += qty
                return same
            line = CartLine(
                id=new_id(),
                variant_id=item.variant_id,
                sku=item.sku,
                description=item.description,
                qty=qty,
                unit_price=item.price,
                tax_rate_ppm=item.tax_rate_ppm,
            )
            cart.lines.append(line)
            return line

    def set_qty(self, line_id: str, qty: int) -> None:
        _check_qty(qty)
        with self._editing() as (_s, cart):
            line = cart.line(line_id)
            _not_an_order_line(line)
            if line.shelf_order:
                raise UserError(
                    "A cloud-shelf line keeps the units the platform holds for it.",
                    "Void it (F8) and add it again from the cloud shelf (Ctrl+E).",
                )
            if line.is_return:
                raise UserError("Change a returned line by voiding it and adding it again.", "")
            line.qty = qty

    def void_line(self, line_id: str) -> str:
        """Remove a line; a line of an online order or of a cloud-shelf order takes the whole order out
        of the sale. Returns the cloud-shelf hold to release at the platform ("" when none)."""
        hold_id = ""
        with self._editing() as (s, cart):
            line = cart.line(line_id)
            for gone in [ln for ln in cart.lines if line.pickup_order and ln.pickup_order == line.pickup_order]:
                cart.lines.remove(gone)
            if line.shelf_order:
                hold_id = shelf.drop_from_cart(cart, line.shelf_order)
            if line in cart.lines:
                cart.lines.remove(line)
            audit.record(
                s,
                "void_line",
                user_id=self.user.id,
                subject=cart.id,
                detail={"sku": line.sku, "qty": line.qty, "unit_price": line.unit_price},
            )
        return hold_id

    def _current_line(self, line_id: str) -> CartLine:
        if self.cart is None:
            raise UserError("There is no sale on screen.", "Scan an item first.")
        line = self.cart.line(line_id)
        if line.is_return:
            raise UserError("A returned line keeps the price it was sold at.", "")
        _not_an_order_line(line)
        return line

    def _discount_approver(self, bp: int, approval: Credentials | None) -> UserInfo | None:
        if bp <= self.info.discount_limit_bp:
            return None
        return self._approve("discount", f"A discount of {bp / 100:.2f}% needs a manager.", approval)

    def line_discount(
        self, line_id: str, *, percent_bp: int = 0, amount: int = 0, approval: Credentials | None = None
    ) -> None:
        """A discount on one line; past the store's limit a manager approves (checked before any write)."""
        line = self._current_line(line_id)
        approver = self._discount_approver(_discount_bp(percent_bp, amount, line.qty * line.unit_price), approval)
        with self._editing() as (s, cart):
            line = cart.line(line_id)
            line.discount_bp, line.discount_amount = percent_bp, amount
            audit.record(
                s,
                "line_discount",
                user_id=self.user.id,
                approved_by=approver.id if approver else None,
                subject=cart.id,
                detail={"sku": line.sku, "bp": percent_bp, "amount": amount},
            )

    def order_discount(self, *, percent_bp: int = 0, amount: int = 0, approval: Credentials | None = None) -> None:
        lines = self.cart.lines if self.cart else []
        if any(ln.pickup_order for ln in lines):
            raise UserError("An online order in the sale keeps the price it was ordered at.", "Discount lines instead.")
        base = sum(ln.qty * ln.unit_price - pricing.line_discount(ln) for ln in lines if not ln.is_return)
        approver = self._discount_approver(_discount_bp(percent_bp, amount, base), approval)
        with self._editing() as (s, cart):
            cart.order_discount_bp, cart.order_discount_amount = percent_bp, amount
            audit.record(
                s,
                "order_discount",
                user_id=self.user.id,
                approved_by=approver.id if approver else None,
                subject=cart.id,
                detail={"bp": percent_bp, "amount": amount},
            )

    def override_price(
        self, line_id: str, unit_price: int, *, reason: str = "", approval: Credentials | None = None
    ) -> None:
        if unit_price < 0:
            raise UserError("A price cannot be negative.", "Type the new unit price.")
        self._current_line(line_id)
        approver = self._approve("price_override", "Changing a price needs a manager.", approval)
        with self._editing() as (s, cart):
            line = cart.line(line_id)
            if line.original_price is None:
                line.original_price = line.unit_price
            line.unit_price, line.price_override = unit_price, True
            audit.record(
                s,
                "price_override",
                user_id=self.user.id,
                approved_by=approver.id,
                subject=cart.id,
                detail={"sku": line.sku, "from": line.original_price, "to": unit_price, "reason": reason},
            )

    def set_note(self, note: str) -> None:
        with self._editing(lines=False) as (_s, cart):
            cart.note = note.strip()[:500]

    def park(self, label: str = "") -> str:
        """Put the sale aside (a customer fetching another size) and start a fresh one."""
        user = users.require(self.user, "sell")
        if self.cart is None or not self.cart.lines:
            raise UserError("There is no sale to park.", "Scan an item first.")
        if self.cart.tenders:
            raise UserError("A sale with payments cannot be parked.", "Complete it, or remove the payments first.")
        with self.db.write() as s:
            shift = shifts.require_open(s, self.info.terminal)
            self._save_draft(s, self._current(s), shift.id, user.id, "parked", label.strip()[:120])
        parked, self.cart = self.cart.id, None
        return parked

    def parked(self) -> list[DraftSummary]:
        with self.db.read() as s:
            out = []
            names = dict(s.connection().exec_driver_sql("SELECT id, name FROM users").all())
            for d in drafts.parked(s):
                totals = price_cart(d.cart, self.info.tax_mode, self.info.tax_rounding)
                units = sum(abs(ln.qty) for ln in d.cart.lines)
                summary = (d.id, d.label, d.user_id, d.updated_at, len(totals.lines), totals.total)
                out.append(DraftSummary(*summary, cashier=names.get(d.user_id, ""), items=units))
            return out

    def resume(self, draft_id: str) -> Cart:
        user = users.require(self.user, "sell")
        if self.cart is not None and self.cart.lines:
            raise UserError("Another sale is on screen.", "Park or complete it before resuming one.")
        with self.db.write() as s:
            draft = drafts.get(s, draft_id)
            if draft is None or draft.status != "parked":
                raise UserError("That parked sale is gone (resumed elsewhere or voided).", "Pick another one.")
            if draft.cart is None:
                raise UserError(
                    "That parked sale cannot be read back: its saved copy is damaged.",
                    "Ring its items up again; the damaged copy is kept for support ('cloudshelf doctor').",
                )
            if self.cart is not None:
                s.execute(delete(Draft).where(Draft.id == self.cart.id))
            s.execute(
                update(Draft).where(Draft.id == draft_id).values(status="open", user_id=user.id, updated_at=now_iso())
            )
            self.cart = draft.cart
        return self.cart

    def void_sale(self, reason: str = "") -> list[str]:
        """Drop the sale; returns the cloud-shelf holds to release at the platform."""
        user = users.require(self.user, "sell")
        if self.cart is None:
            return []
        if self.cart.tenders:
            raise UserError("Payments were taken for this sale.", "Remove or refund the payments before voiding it.")
        with self.db.write() as s:
            try:
                self._current(s)
            except drafts.SaleGone as gone:
                if gone.kind == "completed":
                    raise
                return []  # voided or parked in another window: nothing left to void here
            s.execute(delete(Draft).where(Draft.id == self.cart.id))
            audit.record(
                s,
                "void_sale",
                user_id=user.id,
                subject=self.cart.id,
                detail={"lines": len(self.cart.lines), "reason": reason},
            )
        holds = shelf.holds_of(self.cart)
        self.cart = None
        return holds

    # ----------------------------------------------------------------- returns
    def find_receipt(self, key: str) -> ReceiptLookup:
        users.require(self.user, "return")
        with self.db.read() as s:
            return returns_svc.find_receipt(s, key)

    def add_return(self, receipt_key: str, line_id: str, qty: int = 1) -> CartLine:
        users.require(self.user, "return")
        with self._editing() as (s, cart):
            receipt = returns_svc.find_receipt(s, receipt_key)
            line = returns_svc.return_line(s, cart, receipt, line_id, qty)
            cart.lines.append(line)
            return line

    def add_blind_return(
        self, code: str, qty: int = 1, *, reason: str = "", approval: Credentials | None = None
    ) -> CartLine:
        """A return without a receipt, at today's price, refunded in cash; always needs a manager."""
        _check_qty(qty)
        users.require(self.user, "return")
        item = self.lookup(code)
        if item.price is None:
            raise UserError(f"{item.description} has no price in this store.", "Ask a manager to set its price.")
        approver = self._approve("blind_return", "A return without a receipt needs a manager.", approval)
        with self._editing() as (s, cart):
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
                user_id=self.user.id,
                approved_by=approver.id,
                subject=cart.id,
                detail={"sku": item.sku, "qty": qty, "reason": reason},
            )
            return line

    def refund_to_original(self) -> list[Tender]:
        """Refund what is due to the tenders of the returned receipts (cards first), the rest in cash."""
        due = -self.totals().due
        if due <= 0:
            raise UserError("Nothing is to be refunded.", "Add returned items first.")
        originals = {ln.original_sale_id for ln in (self.cart.lines if self.cart else []) if ln.original_sale_id}
        added = []
        with self.db.read() as s:
            payments = [
                p
                for sale_id in sorted(originals)
                for p in returns_svc.find_receipt(s, sale_id).payments
                if p.method == "card" and p.refundable > 0
            ]
        for p in payments:
            amount = min(due, p.refundable)
            if amount > 0:
                added.append(self.add_card(-amount, p.reference, original_payment_id=p.payment_id))
                due -= amount
        if due > 0:
            added.append(self.add_cash(0))
        return added

    # ----------------------------------------------------------------- tenders
    def add_cash(self, tendered: int) -> Tender:
        with self._editing(lines=False) as (s, cart):
            totals = price_cart(cart, self.info.tax_mode, self.info.tax_rounding)
            tender = tenders.add_cash(cart, totals, tendered, self.info.cash_increment, self.money)
            if tender.amount < 0:
                audit.record(
                    s,
                    "refund",
                    user_id=self.user.id,
                    subject=cart.id,
                    detail={"method": "cash", "amount": tender.amount},
                )
            return tender

    def add_card(
        self, amount: int, reference: str, approval_code: str = "", original_payment_id: str | None = None
    ) -> Tender:
        with self._editing(lines=False) as (s, cart):
            totals = price_cart(cart, self.info.tax_mode, self.info.tax_rounding)
            tender = tenders.add_card(cart, totals, amount, reference, approval_code, original_payment_id)
            if tender.amount < 0:
                audit.record(
                    s,
                    "refund",
                    user_id=self.user.id,
                    subject=cart.id,
                    detail={"method": "card", "amount": tender.amount, "reference": tender.reference},
                )
            return tender

    def remove_tender(self, tender_id: str) -> None:
        with self._editing(lines=False) as (s, cart):
            tender = tenders.remove(cart, tender_id)
            audit.record(
                s,
                "tender_removed",
                user_id=self.user.id,
                subject=cart.id,
                detail={"method": tender.method, "amount": tender.amount, "reference": tender.reference},
            )

    def complete(self) -> sales.Completed:
        """Finish the sale in one transaction; print its receipt only after this returns."""
        user = users.require(self.user, "sell")
        if self.cart is None:
            raise UserError("The sale has no items.", "Scan an item first.")
        with self.db.write() as s:
            shift_id = shifts.require_open_id(s, self.info.terminal)
            cart = self._current(s)
            totals = price_cart(cart, self.info.tax_mode, self.info.tax_rounding)
            ctx = sales.Context(
                self.info.store, self.info.terminal, self.info.currency, self.info.tax_mode, shift_id, user.id
            )
            done = sales.complete(s, ctx, cart, totals, self.money)
        self.cart = None
        return done

    def receipt(self, key: str) -> ReceiptDoc:
        """The receipt of a completed sale, for printing or reprinting."""
        with self.db.read() as s:
            return build_receipt(s, key, self.info, self.config)

    # ----------------------------------------------------------------- printing and devices
    @property
    def print_queue(self) -> PrintQueue:
        return PrintQueue(self.db)

    def print_receipt(self, key: str, *, kick: bool = False, copy: bool = False) -> ReceiptDoc:
        """Queue a receipt (a reprint is marked as a copy); the print worker prints it off this thread."""
        doc = self.receipt(key)
        self.print_queue.add(doc, kick=kick, copy=copy)
        return doc

    def print_document(self, doc: ShiftReport | object) -> str:
        """Queue an X or Z report or a pickup pick slip."""
        return self.print_queue.add(doc)

    def test_drawer(self) -> None:
        """A manager opens the drawer to test it: audited like any opening without a sale."""
        user = users.require(self.user, "approve")
        with self.db.write() as s:
            audit.record(s, "drawer_open", user_id=user.id, subject="device test", detail={"reason": "device test"})

    def save_device_settings(self, sections: dict[str, dict]) -> str:
        """Write the device sections of this machine's ``config.toml`` (a manager's job) and use them.
        Returns what the printer's encoding would lose of the store's texts ('' when nothing)."""
        users.require(self.user, "approve")
        device_config.save_sections(self.directory / config.CONFIG_FILE, sections)
        self.config = config.load(self.directory)
        with self.db.write() as s:
            audit.record(s, "device_settings", user_id=self.user.id, detail={"sections": sorted(sections)})
        return self.printer_text_warning() if self.config.devices.printer.url else ""

    def printer_text_warning(self, encoding: str | None = None) -> str:
        """Which of the store's texts ``encoding`` (the printer's, by default) would print as '?'."""
        encoding = encoding or self.config.devices.printer.encoding
        with self.db.read() as s:
            texts = print_text.store_texts(s, (self.config.receipt_header, self.config.receipt_footer))
        return print_text.warning(print_text.lost(texts, encoding), encoding)

    def open_drawer(self, reason: str) -> None:
        """Open the cash drawer without a sale ("no sale"): needs a reason and is audited.

        The drawer itself is kicked by the devices layer after this returns.
        """
        user = users.require(self.user, "shift")
        if not reason.strip():
            raise UserError("Say why the drawer opens without a sale.", "Type a reason, e.g. 'change for a note'.")
        with self.db.write() as s:
            shift = shifts.require_open(s, self.info.terminal)
            audit.record(s, "drawer_open", user_id=user.id, subject=shift.id, detail={"reason": reason.strip()[:200]})

    # ----------------------------------------------------------------- online orders picked up here
    def _pickup(self, permission: str = "pickup") -> pickup.Context:
        return pickup.Context(self.info.store, self.info.terminal, users.require(self.user, permission))

    def _limits(self) -> pickup.Limits:
        return pickup.Limits(self.config.pickup_lookup_failures, self.config.pickup_lookup_window_minutes)

    def pickup_queue(self, states: tuple[str, ...] | None = None) -> list[pickup.QueueEntry]:
        """The store's online orders by state and age, from the local store (works offline)."""
        self._pickup("sell")
        with self.db.read() as s:
            return pickup.queue(s, states)

    def pickup_order(self, code: str) -> pickup.OrderView:
        """An order opened from the queue (staff only: the queue lists them all anyway)."""
        self._pickup("sell")
        with self.db.read() as s:
            return pickup.get(s, code)

    def open_pickup_order(self, code: str) -> pickup.OrderView:
        """An order opened on the pickup screen: a clerk opening a new one starts picking it (new ->
        picking); someone who may not pick (a cashier taking payment) only looks at it."""
        ctx = self._pickup("sell")
        if not ctx.user.can("pickup"):
            return self.pickup_order(code)
        with self.db.write() as s:
            return pickup.start(s, ctx, code)

    def find_pickup_order(self, key: str, second: str = "") -> pickup.OrderView:
        """The order a customer asks for at the counter: its QR code, or its code and a second
        factor (pickup code, name, or last 4 phone digits). Failures count towards the rate limit
        and are committed even though the call raises."""
        ctx = self._pickup("sell")
        failure: UserError | None = None
        with self.db.write() as s:
            try:
                return pickup.lookup(s, ctx, key, second, self._limits())
            except (AuthFailed, NotFound) as exc:
                failure = exc
        raise failure

    def pick_item(self, code: str, barcode: str) -> pickup.OrderView:
        ctx = self._pickup()
        with self.db.write() as s:
            return pickup.pick(s, ctx, code, barcode)

    def mark_ready(self, code: str) -> pickup.OrderView:
        """All picked: ready. The platform tells the customer when it hears of it."""
        ctx = self._pickup()
        with self.db.write() as s:
            return pickup.ready(s, ctx, code)

    def hand_over(
        self,
        code: str,
        *,
        pickup_code: str = "",
        lines: dict[int, int] | None = None,
        approval: Credentials | None = None,
    ) -> pickup.OrderView:
        """Hand the order over after checking its pickup code (or, without it, a manager checks the
        customer's ID). ``lines`` (line number -> units) hands over part; the rest is cancelled."""
        ctx = self._pickup()
        approver = None
        if pickup_code.strip():
            failure: UserError | None = None
            with self.db.write() as s:
                try:
                    pickup.check_code(s, ctx, code, pickup_code, self._limits())
                except AuthFailed as exc:
                    failure = exc
            if failure is not None:
                raise failure
            verified = "pickup_code"
        else:
            approver = self._approve(
                "handover_without_code",
                "Handing over without the pickup code needs a manager to check the customer's ID.",
                approval,
            )
            verified = "manager"
        with self.db.write() as s:
            return pickup.hand_over(s, ctx, code, verified=verified, lines=lines, approved_by=approver)

    def cancel_pickup(self, code: str, reason: str) -> pickup.OrderView:
        """Cancel at the store with a reason; the platform frees the stock and refunds centrally."""
        ctx = self._pickup()
        with self.db.write() as s:
            return pickup.cancel(s, ctx, code, reason)

    def acknowledge_pickup_conflict(self, code: str) -> pickup.OrderView:
        ctx = self._pickup()
        with self.db.write() as s:
            return pickup.acknowledge(s, ctx, code)

    def pick_slip(self, code: str) -> PickSlipDoc:
        self._pickup("sell")
        with self.db.read() as s:
            return pickup.slip(s, code, self.info.store_name)

    def add_order_to_sale(self, code: str) -> list[CartLine]:
        """Take payment for an order not paid online: its lines join the sale on screen."""
        with self._editing() as (s, cart):
            added = pickup.cart_lines(s, code, cart)
            cart.lines.extend(added)
            return added

    def purge_pickup(self) -> int:
        """Remove customer details of orders closed more than ``[pickup] purge_days`` ago."""
        with self.db.write() as s:
            pickup.prune_lookups(s, self._limits())
            return pickup.purge(s, self.config.pickup_purge_days)

    # ----------------------------------------------------------------- the cloud shelf
    def shelf_style(self, key: str) -> str:
        """The style a scan, a SKU, a style code or a name names (for the matrix)."""
        return self.shelf_key(key)[0]

    def shelf_key(self, key: str) -> tuple[str, str]:
        """(style, SKU) of a scan or a SKU: the matrix opens on that variant ("" for a style or a name)."""
        with self.db.read() as s:
            return shelf.key_of(s, key, self.info.price_list)

    def shelf_replaces(self, line_id: str | None) -> bool:
        """Whether a cloud-shelf order opened on this line takes its place (an item sold here, not an
        order's line or a return)."""
        found = next((ln for ln in (self.cart.lines if self.cart else []) if ln.id == line_id), None)
        return found is not None and shelf.replaceable(found)

    def shelf_address_form(self) -> shelf_address.AddressForm:
        """The delivery address as the store's country writes it (its locale's territory)."""
        return shelf_address.address_form(self.info.locale)

    def _shelf_request(self, request: shelf.ShelfRequest) -> shelf.ShelfRequest:
        """The request with the customer's details in the store's country's shape."""
        country = self.shelf_address_form().country
        return replace(request, contact=shelf_address.with_country(request.contact, country))

    def shelf_matrix(self, style_code: str, *, live: bool = False, note: str = "") -> shelf.Matrix:
        """The style's matrix from the local store: works offline on the last figures, with their age."""
        with self.db.read() as s:
            return shelf.matrix(s, style_code, self.info.store, self.info.price_list, live=live, note=note)

    def save_availability(self, answer: dict) -> shelf.Matrix:
        """Keep the platform's figures (fetched by the caller, ``sync.shelf``) for the matrix offline,
        and give the matrix they make now."""
        with self.db.write() as s:
            style = shelf_feed.save_availability(s.connection(), answer)
            return shelf.matrix(s, style, self.info.store, self.info.price_list, live=True, answer=answer)

    def shelf_stores(self) -> list[tuple[str, str]]:
        """(code, name) of every store a cloud-shelf order may go to, this store first."""
        with self.db.read() as s:
            rows = s.execute(select(Location.code, Location.name).where(Location.kind == "store")).all()
        return sorted(((c, n) for c, n in rows), key=lambda r: (r[0] != self.info.store, r[0]))

    def shelf_places(self) -> list[tuple[str, str, str]]:
        """(code, name, kind) of every other location, a possible source of a cloud-shelf order."""
        with self.db.read() as s:
            rows = s.execute(
                select(Location.code, Location.name, Location.kind).where(Location.code != self.info.store)
            )
            return sorted((tuple(r) for r in rows), key=lambda r: (r[2] != "warehouse", r[0]))

    def shelf_hold_lines(self, request: shelf.ShelfRequest) -> list[dict]:
        """Check a cloud-shelf request (a UserError says what to fix) and give the lines of its hold,
        which the caller asks the platform for before :meth:`add_shelf_order`."""
        users.require(self.user, "sell")
        request = self._shelf_request(request)
        with self.db.read() as s:
            items = shelf.check_request(s, request, self.info.store, self.info.price_list)
        return shelf.hold_lines(request, items)

    def ask_shelf_hold(self) -> str:
        """A hold id for the next request to the platform, saved with the sale before it is sent."""
        with self._editing(lines=False) as (_s, cart):
            return shelf.ask_hold(cart)

    def add_shelf_order(self, request: shelf.ShelfRequest, hold: dict | None, asked: str = "") -> list[CartLine]:
        """The order joins the sale: on the platform's ``hold``, or, offline (``None``), to be confirmed
        when the sale reaches the platform; ``asked`` is the hold id asked for (app.shelf.add_to_cart)."""
        request = self._shelf_request(request)
        with self._editing() as (s, cart):
            items = shelf.check_request(s, request, self.info.store, self.info.price_list)
            return shelf.add_to_cart(cart, request, items, self.info.store, hold, asked)

    def shelf_orders(self, *, open_only: bool = False) -> list[shelf_orders.OrderView]:
        users.require(self.user, "sell")
        with self.db.read() as s:
            return shelf_orders.orders(s, open_only=open_only)

    def shelf_attention(self) -> int:
        """How many cloud-shelf orders sold here wait for a refund or another source."""
        with self.db.read() as s:
            return sum(1 for v in shelf_orders.orders(s, open_only=True) if v.needs_action)

    def shelf_order(self, code: str) -> shelf_orders.OrderView:
        users.require(self.user, "sell")
        with self.db.read() as s:
            return shelf_orders.order(s, code)

    def refund_shelf_order(self, code: str) -> list[CartLine]:
        """The order's lines come back into the sale as returns; paying the refund to the original
        tender cancels the order at the platform (``shelf.cancelled``, with the sale)."""
        users.require(self.user, "return")
        with self.db.read() as s:
            receipt_no, lines = shelf_orders.refund_lines(s, code)
        with self._editing() as (s, cart):
            receipt = returns_svc.find_receipt(s, receipt_no)
            added = []
            for line_id, qty in lines:
                added.append(returns_svc.return_line(s, cart, receipt, line_id, qty))
                cart.lines.append(added[-1])
            return added

    def apply_shelf_order(self, body: dict) -> shelf_orders.OrderView:
        """The platform's answer about one order (another source was found): kept as the feed keeps it."""
        with self.db.write() as s:
            shelf_feed.apply_shelf(s.connection(), [{"key": body["id"], "op": "upsert", "data": body}])
        return self.shelf_order(body["code"])

    def shared_stock(self, style_code: str, *, live: bool = False, note: str = "") -> tuple:
        """A manager's view of a style: (matrix, rows per location, low-stock rows)."""
        users.require(self.user, "stock")
        m = self.shelf_matrix(style_code, live=live, note=note)
        rows = shelf.stock_rows(m, self.info.store_name)
        return m, rows, shelf.low_stock(rows, self.config.low_stock)

    def export_stock_csv(self, style_code: str, path: str | Path, *, low_only: bool = False) -> int:
        """Write a style's stock per location (or only the low-stock rows) as CSV; a manager's job."""
        m, rows, low = self.shared_stock(style_code)
        with self.db.write() as s:
            audit.record(s, "stock_export", user_id=self.user.id, subject=style_code, detail={"path": str(path)})
        return shelf.write_csv(m, low if low_only else rows, Path(path))

    # ----------------------------------------------------------------- health
    def sync_health(self) -> sync_health.SyncHealth:
        with self.db.read() as s:
            return sync_health.read(s)

    def retry_dead_letters(self, keys: list[str] | None = None) -> int:
        """Send dead letters again once their cause is fixed (all when ``keys`` is None; a key is an
        event id or its number, #4); the sync worker sends them next. Returns how many wait again."""
        with self.db.write() as s:
            return sync_health.retry_dead(s, keys)

    def dead_letters(self) -> list[dict]:
        with self.db.read() as s:
            return sync_health.dead_letters(s)

    def pending_events(self) -> int:
        with self.db.read() as s:
            return s.scalar(select(func.count()).select_from(OutboxDelivery).where(OutboxDelivery.status != "acked"))


def load_info(db: Database) -> StoreInfo:
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


def _not_an_order_line(line: CartLine) -> None:
    if line.pickup_order:
        raise UserError(
            f"A line of online order {line.pickup_order} keeps the order's price and quantity.",
            "Void it (F8) to take the order out of the sale.",
        )


def _check_qty(qty: int) -> None:
    if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1 or qty > MAX_QTY:
        raise UserError(f"A quantity is a whole number from 1 to {MAX_QTY}.", "Type the number of units.")


def _discount_bp(percent_bp: int, amount: int, gross: int) -> int:
    """The discount as basis points of ``gross``, to compare with the store's approval limit."""
    if percent_bp and amount:
        raise UserError("Give a discount as a percentage or as an amount, not both.", "")
    if percent_bp < 0 or amount < 0:
        raise UserError("A discount cannot be negative.", "Type a positive percentage or amount.")
    if percent_bp > 10_000:
        raise UserError("A discount cannot be more than 100%.", "Type a percentage up to 100.")
    if amount > gross:
        raise UserError("The discount is more than the price.", "Type a smaller amount.")
    if percent_bp:
        return percent_bp
    return 0 if gross == 0 else -(-amount * 10_000 // gross)
