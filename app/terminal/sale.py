"""The sale on screen: scanning, quantities, discounts, notes, parking, payments and completing.

The sale being rung up is saved to ``drafts`` after every change (:meth:`Context.editing`), so a crash
or power cut loses no scan and no approved card payment. Amounts come back as integer minor units;
the screens format them (``ui.sale_view``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, update

from app import audit, barcodes, catalog, drafts, pickup, pricing, sales, scanning, shelf, shifts, tenders
from app.cart import Cart, CartLine, Tender
from app.catalog import Item
from app.clock import now_iso
from app.db.models import Draft
from app.errors import ApprovalRequired, UserError
from app.ids import new_id
from app.money import format_plain
from app.pricing import Totals
from app.terminal.context import Context, check_qty, not_an_order_line
from app.users import Credentials, UserInfo
from core.pickup_codes import parse_key


@dataclass(frozen=True)
class LineData:
    """One line of the sale on screen; amounts in minor units."""

    id: str
    description: str
    sku: str
    qty: int
    unit_price: int
    discount: int  # the line's discount (0 when none), as a positive amount
    total: int  # after the discount; tax added at the till shows below, as printed
    is_return: bool
    price_override: bool
    shelf: str = ""  # a cloud-shelf line: held (the platform holds it) or to_confirm (sold offline)
    shelf_to: str = ""  # where it goes: "home" or a store's code
    short_here: bool = False  # this store has fewer units than the sale holds (app.scanning)


@dataclass(frozen=True)
class TenderData:
    id: str
    method: str
    amount: int
    change: int
    reference: str


@dataclass(frozen=True)
class SaleData:
    """The sale on screen as plain data for any face; amounts in minor units."""

    lines: list[LineData]
    tenders: list[TenderData]
    count: int  # units, as a customer counts them
    subtotal: int
    discount: int  # the order's discounts in all (0 when none), as a positive amount
    tax: int
    total: int  # with the cash rounding
    due: int
    rounding: int
    note: str
    tax_mode: str  # "inclusive" (prices include tax) or "exclusive"


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


class SaleService:
    """``terminal.sale``: the sale on screen of the signed-in cashier."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @property
    def cart(self) -> Cart | None:
        """The sale on screen as last saved by this window (None: no sale)."""
        return self._ctx.cart

    def view(self) -> SaleData:
        """The sale on screen as plain data, for any face."""
        ctx = self._ctx
        cart = ctx.cart or Cart(id="")
        totals = ctx.totals(cart)
        with ctx.db.read() as s:
            short = scanning.short_lines(s, cart, ctx.info.store)
        lines = [
            LineData(
                p.line.id,
                p.line.description,
                p.line.sku,
                p.line.qty,
                p.line.unit_price,
                p.discount,
                p.net,
                p.line.is_return,
                p.line.price_override,
                shelf.state_in_cart(cart, p.line) if p.line.shelf_order else "",
                (cart.shelf[p.line.shelf_order]["deliver_to"] or "home") if p.line.shelf_order else "",
                p.line.id in short,
            )
            for p in totals.lines
        ]
        return SaleData(
            lines=lines,
            tenders=[TenderData(t.id, t.method, t.amount, t.change, t.reference) for t in cart.tenders],
            count=sum(abs(ln.qty) for ln in cart.lines),
            subtotal=totals.subtotal,
            discount=totals.discount_total,
            tax=totals.tax_total,
            total=totals.total + totals.rounding,
            due=totals.due,
            rounding=totals.rounding,
            note=cart.note,
            tax_mode=ctx.info.tax_mode,
        )

    def totals(self) -> Totals:
        return self._ctx.totals(self._ctx.cart or Cart(id=""))

    def shortage(self, line_id: str) -> scanning.Shortage | None:
        """Whether the sale holds more of this line's item than the store has: the till says so."""
        ctx = self._ctx
        cart = ctx.cart or Cart(id="")
        with ctx.db.read() as s:
            return scanning.shortage(s, cart, cart.line(line_id), ctx.info.store)

    # ----------------------------------------------------------------- lines
    def scan(self, code: str, qty: int = 1) -> CartLine:
        """Add the item a barcode or SKU names; a repeat scan of an item adds to its line (the store's
        setting, app.scanning).

        An online order's code or QR code adds the order, to take its payment. A variable-measure code
        puts its price (or its weight times the price per kg) into a line of its own; a GS1 code past
        its expiry date is refused.
        """
        ctx = self._ctx
        _symbology, plain = barcodes.split_symbology(code)
        if parse_key(plain) is not None:
            return self.add_order(plain)[-1]
        scan = barcodes.parse(code, ctx.config.devices.barcodes)
        barcodes.check_expiry(scan, ctx.today())
        item = catalog.find_code(ctx.db.reader(), scan.text if scan.kind == "code" else scan.code, ctx.info.price_list)
        if not scan.measured:
            return self.add_item(item.variant_id, qty)
        return self._add_measured(item, scan, qty)

    def _add_measured(self, item: Item, scan: barcodes.Scan, qty: int) -> CartLine:
        check_qty(qty)
        info = self._ctx.info
        description, price = item.description, scan.price
        if scan.grams is not None:
            if item.price is None:
                raise UserError(f"{item.description} has no price per kg here.", "Ask a manager to set its price.")
            price = barcodes.weighed_price(item.price, scan.grams)
            per_kg = format_plain(item.price, info.currency, info.locale)
            description += f" {scan.grams // 1000}.{scan.grams % 1000:03d} kg @ {per_kg}/kg"
        with self._ctx.editing() as (_s, cart):
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
        check_qty(qty)
        info = self._ctx.info
        with self._ctx.editing() as (s, cart):
            item = catalog.get_variant(s, variant_id, info.price_list)
            if item.price is None:
                raise UserError(f"{item.description} has no price in this store.", "Ask a manager to set its price.")
            same = scanning.merge_target(cart, variant_id, info.merge_scans)
            if same is not None:
                check_qty(same.qty + qty)
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

    def add_order(self, code: str) -> list[CartLine]:
        """Take payment for an online order not paid online: its lines join the sale on screen."""
        with self._ctx.editing() as (s, cart):
            added = pickup.cart_lines(s, code, cart)
            cart.lines.extend(added)
            return added

    def set_qty(self, line_id: str, qty: int) -> None:
        check_qty(qty)
        with self._ctx.editing() as (_s, cart):
            line = cart.line(line_id)
            not_an_order_line(line)
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
        with self._ctx.editing() as (s, cart):
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
                user_id=self._ctx.user.id,
                subject=cart.id,
                detail={"sku": line.sku, "qty": line.qty, "unit_price": line.unit_price},
            )
        return hold_id

    # ----------------------------------------------------------------- prices
    def _current_line(self, line_id: str) -> CartLine:
        if self._ctx.cart is None:
            raise UserError("There is no sale on screen.", "Scan an item first.")
        line = self._ctx.cart.line(line_id)
        if line.is_return:
            raise UserError("A returned line keeps the price it was sold at.", "")
        not_an_order_line(line)
        return line

    def _discount_approver(self, bp: int, approval: Credentials | None) -> UserInfo | None:
        if bp <= self._ctx.info.discount_limit_bp:
            return None
        asked = ApprovalRequired("discount", f"A discount of {bp / 100:.2f}% needs a manager.")
        return self._ctx.approve(asked, approval)

    def line_discount(
        self, line_id: str, *, percent_bp: int = 0, amount: int = 0, approval: Credentials | None = None
    ) -> None:
        """A discount on one line; past the store's limit a manager approves (checked before any write)."""
        line = self._current_line(line_id)
        approver = self._discount_approver(_discount_bp(percent_bp, amount, line.qty * line.unit_price), approval)
        with self._ctx.editing() as (s, cart):
            line = cart.line(line_id)
            line.discount_bp, line.discount_amount = percent_bp, amount
            audit.record(
                s,
                "line_discount",
                user_id=self._ctx.user.id,
                approved_by=approver.id if approver else None,
                subject=cart.id,
                detail={"sku": line.sku, "bp": percent_bp, "amount": amount},
            )

    def order_discount(self, *, percent_bp: int = 0, amount: int = 0, approval: Credentials | None = None) -> None:
        lines = self._ctx.cart.lines if self._ctx.cart else []
        if any(ln.pickup_order for ln in lines):
            raise UserError("An online order in the sale keeps the price it was ordered at.", "Discount lines instead.")
        base = sum(ln.qty * ln.unit_price - pricing.line_discount(ln) for ln in lines if not ln.is_return)
        approver = self._discount_approver(_discount_bp(percent_bp, amount, base), approval)
        with self._ctx.editing() as (s, cart):
            cart.order_discount_bp, cart.order_discount_amount = percent_bp, amount
            audit.record(
                s,
                "order_discount",
                user_id=self._ctx.user.id,
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
        asked = ApprovalRequired("price_override", "Changing a price needs a manager.")
        approver = self._ctx.approve(asked, approval)
        with self._ctx.editing() as (s, cart):
            line = cart.line(line_id)
            if line.original_price is None:
                line.original_price = line.unit_price
            line.unit_price, line.price_override = unit_price, True
            audit.record(
                s,
                "price_override",
                user_id=self._ctx.user.id,
                approved_by=approver.id,
                subject=cart.id,
                detail={"sku": line.sku, "from": line.original_price, "to": unit_price, "reason": reason},
            )

    def set_note(self, note: str) -> None:
        with self._ctx.editing(lines=False) as (_s, cart):
            cart.note = note.strip()[:500]

    # ----------------------------------------------------------------- parking and voiding
    def park(self, label: str = "") -> str:
        """Put the sale aside (a customer fetching another size) and start a fresh one."""
        ctx = self._ctx
        user = ctx.require("sell")
        if ctx.cart is None or not ctx.cart.lines:
            raise UserError("There is no sale to park.", "Scan an item first.")
        if ctx.cart.tenders:
            raise UserError("A sale with payments cannot be parked.", "Complete it, or remove the payments first.")
        with ctx.db.write() as s:
            shift = shifts.require_open(s, ctx.info.terminal)
            drafts.save(s, ctx.current(s), shift.id, user.id, "parked", label.strip()[:120])
        parked, ctx.cart = ctx.cart.id, None
        return parked

    def parked(self) -> list[DraftSummary]:
        ctx = self._ctx
        with ctx.db.read() as s:
            out = []
            names = dict(s.connection().exec_driver_sql("SELECT id, name FROM users").all())
            for d in drafts.parked(s):
                totals = ctx.totals(d.cart)
                units = sum(abs(ln.qty) for ln in d.cart.lines)
                summary = (d.id, d.label, d.user_id, d.updated_at, len(totals.lines), totals.total)
                out.append(DraftSummary(*summary, cashier=names.get(d.user_id, ""), items=units))
            return out

    def resume(self, draft_id: str) -> Cart:
        ctx = self._ctx
        user = ctx.require("sell")
        if ctx.cart is not None and ctx.cart.lines:
            raise UserError("Another sale is on screen.", "Park or complete it before resuming one.")
        with ctx.db.write() as s:
            draft = drafts.get(s, draft_id)
            if draft is None or draft.status != "parked":
                raise UserError("That parked sale is gone (resumed elsewhere or voided).", "Pick another one.")
            if draft.cart is None:
                raise UserError(
                    "That parked sale cannot be read back: its saved copy is damaged.",
                    "Ring its items up again; the damaged copy is kept for support ('cloudshelf doctor').",
                )
            if ctx.cart is not None:
                s.execute(delete(Draft).where(Draft.id == ctx.cart.id))
            s.execute(
                update(Draft).where(Draft.id == draft_id).values(status="open", user_id=user.id, updated_at=now_iso())
            )
            ctx.cart = draft.cart
        return ctx.cart

    def void(self, reason: str = "") -> list[str]:
        """Drop the sale; returns the cloud-shelf holds to release at the platform."""
        ctx = self._ctx
        user = ctx.require("sell")
        if ctx.cart is None:
            return []
        if ctx.cart.tenders:
            raise UserError("Payments were taken for this sale.", "Remove or refund the payments before voiding it.")
        with ctx.db.write() as s:
            try:
                ctx.current(s)
            except drafts.SaleGone as gone:
                if gone.kind == "completed":
                    raise
                return []  # voided or parked in another window: nothing left to void here
            s.execute(delete(Draft).where(Draft.id == ctx.cart.id))
            audit.record(
                s,
                "void_sale",
                user_id=user.id,
                subject=ctx.cart.id,
                detail={"lines": len(ctx.cart.lines), "reason": reason},
            )
        holds = shelf.holds_of(ctx.cart)
        ctx.cart = None
        return holds

    # ----------------------------------------------------------------- payments
    def add_cash(self, tendered: int) -> Tender:
        ctx = self._ctx
        with ctx.editing(lines=False) as (s, cart):
            tender = tenders.add_cash(cart, ctx.totals(cart), tendered, ctx.info.cash_increment, ctx.message_money)
            if tender.amount < 0:
                audit.record(
                    s,
                    "refund",
                    user_id=ctx.user.id,
                    subject=cart.id,
                    detail={"method": "cash", "amount": tender.amount},
                )
            return tender

    def add_card(
        self, amount: int, reference: str, approval_code: str = "", original_payment_id: str | None = None
    ) -> Tender:
        ctx = self._ctx
        with ctx.editing(lines=False) as (s, cart):
            tender = tenders.add_card(cart, ctx.totals(cart), amount, reference, approval_code, original_payment_id)
            if tender.amount < 0:
                audit.record(
                    s,
                    "refund",
                    user_id=ctx.user.id,
                    subject=cart.id,
                    detail={"method": "card", "amount": tender.amount, "reference": tender.reference},
                )
            return tender

    def remove_tender(self, tender_id: str) -> None:
        with self._ctx.editing(lines=False) as (s, cart):
            tender = tenders.remove(cart, tender_id)
            audit.record(
                s,
                "tender_removed",
                user_id=self._ctx.user.id,
                subject=cart.id,
                detail={"method": tender.method, "amount": tender.amount, "reference": tender.reference},
            )

    def complete(self) -> sales.Completed:
        """Finish the sale in one transaction; print its receipt only after this returns."""
        ctx = self._ctx
        user = ctx.require("sell")
        if ctx.cart is None:
            raise UserError("The sale has no items.", "Scan an item first.")
        with ctx.db.write() as s:
            shift_id = shifts.require_open_id(s, ctx.info.terminal)
            cart = ctx.current(s)
            info = ctx.info
            done_ctx = sales.Context(info.store, info.terminal, info.currency, info.tax_mode, shift_id, user.id)
            done = sales.complete(s, done_ctx, cart, ctx.totals(cart), ctx.message_money)
        ctx.cart = None
        return done


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
