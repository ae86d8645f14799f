"""Making an online order for pickup in store (docs/pickup.md): the one way an order is made, by the
web shop's API, the CLI, or a cloud-shelf "deliver to this store" order arriving there.

``create_order`` checks the customer and the lines, prices them, holds the stock at the pickup store
(``central.reservations``) and publishes the order on the store's orders feed (central/orders.py,
which holds what happens to an order after that).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import checks, reservations
from central.clock import now_iso
from central.errors import ServiceError
from central.models import Location, Order, OrderLine, Price, Style, TaxClass, Variant
from central.orders import bad_request, history, holder, lines_of, publish, store_settings
from core import pickup_codes
from sync.protocol import pickup as p

MAX_LINES = 100
MAX_QTY = 999
SOURCES = ("web", "cloud_shelf")


@dataclass(frozen=True)
class Customer:
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class LineRequest:
    sku: str
    qty: int
    unit_price: int | None = None  # None: the store's price list


@dataclass(frozen=True)
class Created:
    order: Order
    pickup_code: str | None  # None for a repeat of an order made before: the code went out then
    repeat: bool = False

    @property
    def qr(self) -> str | None:
        return pickup_codes.customer_qr(self.order.code, self.pickup_code) if self.pickup_code else None


def _check_customer(customer: Customer) -> Customer:
    name = " ".join(customer.name.split())
    if not name or len(name) > 120:
        raise bad_request(
            "bad_customer", "The customer's name is missing or longer than 120 characters.", "Give their name."
        )
    email = customer.email.strip()
    if email and ("@" not in email or len(email) > 200 or " " in email):
        raise bad_request(
            "bad_email", "The customer's email address is not valid.", "Give an address like a@b.example."
        )
    phone = customer.phone.strip()
    if phone and (len(phone) > 40 or len(pickup_codes.phone_last4(phone)) < 4):
        raise bad_request(
            "bad_phone", "The customer's phone number is not valid.", "Give a number with at least 4 digits."
        )
    return Customer(name, phone, email)


def create_order(
    session: Session,
    *,
    store: str,
    lines: list[LineRequest],
    customer: Customer,
    paid: bool,
    source: str = "web",
    reference: str | None = None,
    note: str = "",
    price_list: str = "retail",
    code: str | None = None,
    pickup_hash: str | None = None,
) -> Created:
    """Make an order for pickup at ``store`` and hold its stock there; a repeat of the same
    ``reference`` from the same source gives back the order made the first time.

    A cloud-shelf order arriving at its store comes with its own ``code`` and the hash of the pickup
    code printed on the customer's receipt (``pickup_hash``): no new code is made or shown then."""
    if source not in SOURCES:
        raise bad_request("bad_source", f"'{source}' is not an order source.", f"Use one of {', '.join(SOURCES)}.")
    if reference is not None:
        reference = " ".join(reference.split())[:80]
        if not reference:  # a blank one would match every order made without a reference
            raise bad_request("blank_reference", "The order's reference is blank.",
                       "Send the shop's own order id as the reference, or leave it out.")  # fmt: skip
        made = session.scalar(select(Order).where(Order.source == source, Order.reference == reference))
        if made is not None:
            _same_order(session, made, store, lines, customer)
            return Created(made, None, repeat=True)
    location = session.get(Location, store)
    if location is None or location.kind != "store":
        raise ServiceError(404, "no_store", f"There is no store {store} to pick up from.", "Check the store code.")
    customer = _check_customer(customer)
    wanted, known = _known_lines(session, lines)
    prices = _priced(session, lines, wanted, price_list)

    import uuid6

    order_id = str(uuid6.uuid7())
    reservations.reserve(session, location=store, wanted=wanted, holder=holder(order_id))
    code = _new_code(session, code, store)
    pickup_code = None if pickup_hash else pickup_codes.new_pickup_code()
    stamp = now_iso()
    rows = _order_lines(lines, known, prices)
    order = Order(
        id=order_id,
        code=code,
        store_code=store,
        source=source,
        reference=reference,
        state=p.NEW,
        version=1,
        customer_name=customer.name,
        customer_phone=customer.phone,
        customer_email=customer.email,
        pickup_hash=pickup_hash or pickup_codes.hash_pickup_code(pickup_code),
        paid=bool(paid),
        paid_ref="web" if paid else "",
        currency=store_settings(location).get("currency", "CNY"),
        total=sum(r.qty * r.unit_price for r in rows),
        refund_due=0,
        note=note.strip()[:500],
        created_at=stamp,
        updated_at=stamp,
        cancel_reason="",
        collected_by="",
    )
    session.add(order)
    session.flush()
    for row in rows:
        row.order_id = order_id
    session.add_all(rows)
    session.flush()
    history(session, order, source, "created", "", {"lines": len(rows), "paid": bool(paid)})
    publish(session, order)
    return Created(order, pickup_code)


Known = dict[str, tuple[Variant, str, int]]  # SKU -> (variant, style name, tax rate ppm)


def _known_lines(session: Session, lines: list[LineRequest]) -> tuple[dict[str, int], Known]:
    """Units wanted per SKU, and each SKU's variant, style name and tax rate; 400 for a line no order may have."""
    if not lines or len(lines) > MAX_LINES:
        raise bad_request("bad_lines", f"An order has 1 to {MAX_LINES} lines.", "Give each SKU and its quantity.")
    wanted: dict[str, int] = {}
    for line in lines:
        if not isinstance(line.qty, int) or not 1 <= line.qty <= MAX_QTY:
            raise bad_request("bad_qty", f"{line.sku}: a quantity is a whole number from 1 to {MAX_QTY}.", "")
        if line.unit_price is not None and line.unit_price < 0:
            raise bad_request("bad_price", f"{line.sku}: a price cannot be negative.", "")
        wanted[line.sku] = wanted.get(line.sku, 0) + line.qty
    known = {
        v.sku: (v, name, rate)
        for v, name, rate in session.execute(
            select(Variant, Style.name, TaxClass.rate_ppm)
            .join(Style, Style.code == Variant.style_code)
            .join(TaxClass, TaxClass.code == Variant.tax_class)
            .where(Variant.sku.in_(list(wanted)))
        )
    }
    missing = sorted(sku for sku in wanted if sku not in known or not known[sku][0].active)
    if missing:
        raise bad_request("unknown_sku", f"Not in the catalog: {', '.join(missing)}.", "Check the SKUs.")
    return wanted, known


def _priced(session: Session, lines: list[LineRequest], wanted: dict[str, int], price_list: str) -> dict[str, int]:
    """The list price of each SKU a line does not price itself; 400 when one has none or the total is too large."""
    prices = {
        sku: amount
        for sku, amount in session.execute(
            select(Price.sku, Price.amount).where(Price.price_list == price_list, Price.sku.in_(list(wanted)))
        )
    }
    unpriced = sorted({ln.sku for ln in lines if ln.unit_price is None and ln.sku not in prices})
    if unpriced:
        raise bad_request(
            "no_price", f"No {price_list} price for: {', '.join(unpriced)}.", "Give each line's unit_price."
        )

    total = sum(ln.qty * (ln.unit_price if ln.unit_price is not None else prices[ln.sku]) for ln in lines)
    if total > checks.MAX_MONEY:  # no amount column holds it (a 500 on PostgreSQL)
        raise bad_request("bad_total", f"The order's total is more than {checks.MAX_MONEY} minor units.",
                   "Check the prices and quantities.")  # fmt: skip
    return prices


def _new_code(session: Session, code: str | None, store: str) -> str:
    """The given code (a cloud-shelf order's own) unless it is taken or missing; else a new one for ``store``."""
    if code is None or session.scalar(select(Order.id).where(Order.code == code)) is not None:
        code = pickup_codes.new_order_code(store)
        while session.scalar(select(Order.id).where(Order.code == code)) is not None:
            code = pickup_codes.new_order_code(store)
    return code


def _order_lines(lines: list[LineRequest], known: Known, prices: dict[str, int]) -> list[OrderLine]:
    rows = []
    for n, line in enumerate(lines, 1):
        variant, style_name, rate = known[line.sku]
        description = " ".join(part for part in (style_name, variant.colour, variant.size) if part)
        price = line.unit_price if line.unit_price is not None else prices[line.sku]
        rows.append(OrderLine(line_no=n, sku=line.sku, description=description, qty=line.qty, unit_price=price,
                              tax_rate_ppm=rate, picked=0, collected=0))  # fmt: skip
    return rows


def _same_order(session: Session, made: Order, store: str, lines: list[LineRequest], customer: Customer) -> None:
    """A repeat of a reference is the same order again (its answer was lost), never another
    customer's: a different store, customer or lines under a reference already used is a 409."""
    asked = [(ln.sku, ln.qty) for ln in lines]
    held = [(ln.sku, ln.qty) for ln in lines_of(session, made)]
    if (made.store_code, made.customer_name, held) != (store, " ".join(customer.name.split()), asked):
        raise ServiceError(409, "reference_used", f"Reference {made.reference} belongs to another order.",
                           "Give each order its own reference.")  # fmt: skip
