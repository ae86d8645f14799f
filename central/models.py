"""Tables of the central platform, portable between PostgreSQL and SQLite.

Feeds: every change a terminal must learn about is a row in ``changes`` with a per-feed sequence
number taken from ``feed_counters`` under a row lock, so within a feed the sequence order is the
commit order and a terminal's cursor never skips a row that commits late.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

BigInt = BigInteger().with_variant(Integer, "sqlite")


class Base(DeclarativeBase):
    pass


class Location(Base):
    __tablename__ = "locations"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # store | warehouse
    region: Mapped[str] = mapped_column(String(40), default="")
    settings: Mapped[str] = mapped_column(Text, default="{}")  # a store's currency, locale, tax mode ... (JSON)


class TaxClass(Base):
    __tablename__ = "tax_classes"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    rate_ppm: Mapped[int] = mapped_column(Integer)


class Style(Base):
    __tablename__ = "styles"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # head office's attributes (c0007): what the catalogue is searched and filtered by
    category: Mapped[str] = mapped_column(String(60), default="", index=True)
    brand: Mapped[str] = mapped_column(String(60), default="", index=True)
    season: Mapped[str] = mapped_column(String(60), default="", index=True)
    collection: Mapped[str] = mapped_column(String(60), default="")
    cost: Mapped[int | None] = mapped_column(BigInt, nullable=True)  # minor units, what a unit costs us
    description: Mapped[str] = mapped_column(Text, default="")


class Variant(Base):
    __tablename__ = "variants"
    sku: Mapped[str] = mapped_column(String(60), primary_key=True)
    style_code: Mapped[str] = mapped_column(ForeignKey("styles.code"), index=True)
    size: Mapped[str] = mapped_column(String(20), default="")
    colour: Mapped[str] = mapped_column(String(40), default="")
    tax_class: Mapped[str] = mapped_column(ForeignKey("tax_classes.code"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Barcode(Base):
    __tablename__ = "barcodes"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    sku: Mapped[str] = mapped_column(ForeignKey("variants.sku"), index=True)


class Price(Base):
    __tablename__ = "prices"
    price_list: Mapped[str] = mapped_column(String(16), primary_key=True)
    sku: Mapped[str] = mapped_column(ForeignKey("variants.sku"), primary_key=True)
    amount: Mapped[int] = mapped_column(BigInt)


class StockLevel(Base):
    __tablename__ = "stock_levels"
    location_code: Mapped[str] = mapped_column(ForeignKey("locations.code"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(60), primary_key=True)  # no FK: a sale of an unknown SKU still counts
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    last_movement_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_stock_levels_sku", "sku", "location_code"),)  # c0003: availability by SKU


class StockMovement(Base):
    """The ledger: one row per movement a terminal made (its own id) or the platform made."""

    __tablename__ = "stock_movements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_code: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    sku: Mapped[str] = mapped_column(String(60))
    qty: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(16))
    event_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    created_at: Mapped[str] = mapped_column(String(32))  # the terminal's clock, for people only
    recorded_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_central_movement_loc_sku", "location_code", "sku"),)


class FeedCounter(Base):
    __tablename__ = "feed_counters"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInt, default=0)
    horizon: Mapped[int] = mapped_column(BigInt, default=0)  # cursors below this get 410


class Change(Base):
    __tablename__ = "changes"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInt, primary_key=True)
    scope: Mapped[str] = mapped_column(String(16))  # a store code, or '*' for every store
    key: Mapped[str] = mapped_column(String(120))
    op: Mapped[str] = mapped_column(String(8))  # upsert | delete
    body: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_changes_feed_scope_seq", "feed", "scope", "seq"),)


class Terminal(Base):
    __tablename__ = "terminals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    code: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_seq: Mapped[int] = mapped_column(BigInt, default=0)  # highest event seq answered, contiguous
    last_seen_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class EnrolCode(Base):
    __tablename__ = "enrol_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    terminal_code: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str] = mapped_column(String(32))
    used_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Event(Base):
    """Every event a terminal sent and got a final answer for, stored once by id."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    seq: Mapped[int] = mapped_column(BigInt)
    type: Mapped[str] = mapped_column(String(40))
    digest: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12))
    response: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (UniqueConstraint("terminal_id", "seq", name="uq_event_terminal_seq"),)


class Flag(Base):
    """Something for a person to look at: a conflicting event, an oversell."""

    __tablename__ = "flags"
    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # conflict | behind | oversell | invalid | forbidden
    store_code: Mapped[str] = mapped_column(String(16))
    terminal_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    event_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Sale(Base):
    __tablename__ = "sales"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"))
    store_code: Mapped[str] = mapped_column(String(16), index=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    receipt_no: Mapped[str] = mapped_column(String(48), index=True)
    shift_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[int] = mapped_column(BigInt)
    tax_total: Mapped[int] = mapped_column(BigInt)
    discount_total: Mapped[int] = mapped_column(BigInt)
    rounding: Mapped[int] = mapped_column(BigInt)
    created_at: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)


class SalePayment(Base):
    __tablename__ = "sale_payments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(BigInt)


class ShiftRecord(Base):
    __tablename__ = "shifts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    store_code: Mapped[str] = mapped_column(String(16))
    opened_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    closed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    z_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    z_report: Mapped[str | None] = mapped_column(Text, nullable=True)


# ---------------------------------------------------------------- pickup: online orders collected in store
class ShopKey(Base):
    """A web shop's credential for the order API; only its SHA-256 digest is kept."""

    __tablename__ = "shop_keys"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Order(Base):
    """An online order for pickup at a store. Customer details stay here; tills get the name only."""

    __tablename__ = "orders"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    source: Mapped[str] = mapped_column(String(16))  # web | cloud_shelf
    reference: Mapped[str | None] = mapped_column(String(80), nullable=True)  # the shop's own id: a repeat is one order
    state: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    customer_name: Mapped[str] = mapped_column(String(120))
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    customer_email: Mapped[str] = mapped_column(String(200), default="")
    pickup_hash: Mapped[str] = mapped_column(String(200))
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    paid_ref: Mapped[str] = mapped_column(String(80), default="")  # "web", or the till's receipt number
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[int] = mapped_column(BigInt)
    refund_due: Mapped[int] = mapped_column(BigInt, default=0)  # to refund centrally (cancelled or not collected)
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    ready_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    expires_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    closed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    collected_by: Mapped[str] = mapped_column(String(40), default="")  # STORE-TERMINAL
    __table_args__ = (
        UniqueConstraint("source", "reference", name="uq_order_reference"),
        Index("ix_orders_store_state", "store_code", "state"),
    )


class OrderLine(Base):
    __tablename__ = "order_lines"
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(BigInt)  # in the store's tax mode, like its shelf prices
    tax_rate_ppm: Mapped[int] = mapped_column(Integer)
    picked: Mapped[int] = mapped_column(Integer, default=0)
    collected: Mapped[int] = mapped_column(Integer, default=0)


class OrderHistory(Base):
    """Every change of an order and who made it, kept whole: a conflict keeps both sides here."""

    __tablename__ = "order_history"
    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(40))  # shop | platform | STORE-TERMINAL
    action: Mapped[str] = mapped_column(String(24))
    state_before: Mapped[str] = mapped_column(String(20))
    state_after: Mapped[str] = mapped_column(String(20))
    event_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")


class StockReservation(Base):
    """Units held at a location for someone (``holder``, e.g. ``order:<id>``): available = on hand - held."""

    __tablename__ = "stock_reservations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_code: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    sku: Mapped[str] = mapped_column(String(60))
    qty: Mapped[int] = mapped_column(Integer)
    holder: Mapped[str] = mapped_column(String(60), index=True)
    created_at: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    released_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # c0004: the till that made a hold (what one till may hold is capped: central.limits)
    terminal_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    __table_args__ = (
        Index("ix_reservation_loc_sku", "location_code", "sku"),
        Index("ix_reservation_sku", "sku"),  # c0003: what is held of a SKU everywhere
        Index("ix_reservation_terminal", "terminal_id", "created_at"),
    )


class PlatformSetting(Base):
    """A limit head office set (c0004); ``central.limits`` holds the defaults and the ranges."""

    __tablename__ = "platform_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[str] = mapped_column(String(32))


class Notification(Base):
    """A message to a customer, sent by ``central.notify`` (SMTP when configured, else logged)."""

    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    order_id: Mapped[str | None] = mapped_column(ForeignKey("orders.id"), index=True, nullable=True)
    # a cloud-shelf order's message has no pickup order (yet): c0003 made order_id nullable and added this
    shelf_order_id: Mapped[str | None] = mapped_column(ForeignKey("shelf_orders.id"), index=True, nullable=True)
    kind: Mapped[str] = mapped_column(String(16))  # ready | expired | cancelled | shipped | delivered | unfilled
    recipient: Mapped[str] = mapped_column(String(200))  # the customer's email; "" when there is none
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), index=True)  # pending | sending | sent | logged | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str] = mapped_column(String(32))
    claimed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sent_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_error: Mapped[str] = mapped_column(String(500), default="")


# ---------------------------------------------------------------- cloud shelf: orders filled from other locations
class ShelfOrder(Base):
    """A cloud-shelf order sold at a till: its units come from other locations, to the customer's home
    or to a store. The id is the till's (UUIDv7), so its event confirms it exactly once. The customer's
    details arrive separately (``contact_at``), are kept here only, and never go out in a feed."""

    __tablename__ = "shelf_orders"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)  # a pickup order's code at the store it goes to
    store_code: Mapped[str] = mapped_column(ForeignKey("locations.code"))  # where it was sold
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    event_id: Mapped[str] = mapped_column(String(36))
    sale_id: Mapped[str] = mapped_column(String(36), index=True)
    receipt_no: Mapped[str] = mapped_column(String(48))
    delivery: Mapped[str] = mapped_column(String(8))  # home | store
    deliver_to: Mapped[str | None] = mapped_column(ForeignKey("locations.code"), nullable=True)
    state: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[int] = mapped_column(BigInt)
    taken_offline: Mapped[bool] = mapped_column(Boolean, default=False)
    problem: Mapped[str] = mapped_column(String(500), default="")  # why it is unfilled, or a flag's words
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    customer_email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")  # JSON: address, city, postcode
    pickup_hash: Mapped[str] = mapped_column(String(200), default="")  # of the code on the customer's receipt
    contact_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    pickup_order_id: Mapped[str | None] = mapped_column(ForeignKey("orders.id"), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    closed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    __table_args__ = (Index("ix_shelf_orders_store_state", "store_code", "state"),)


class ShelfLine(Base):
    __tablename__ = "shelf_lines"
    order_id: Mapped[str] = mapped_column(ForeignKey("shelf_orders.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(BigInt)  # the selling store's shelf price
    total: Mapped[int] = mapped_column(BigInt)  # what the customer paid for the line (after discounts)
    tax_rate_ppm: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))  # auto (the rule) or the location the cashier chose


class ShelfAllocation(Base):
    """Units of a line reserved at one source location."""

    __tablename__ = "shelf_allocations"
    order_id: Mapped[str] = mapped_column(ForeignKey("shelf_orders.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_code: Mapped[str] = mapped_column(ForeignKey("locations.code"), primary_key=True)
    qty: Mapped[int] = mapped_column(Integer)


class ShelfShipment(Base):
    """One parcel per source location of an order: reserved, shipped, then delivered or arrived."""

    __tablename__ = "shelf_shipments"
    order_id: Mapped[str] = mapped_column(ForeignKey("shelf_orders.id"), primary_key=True)
    location_code: Mapped[str] = mapped_column(ForeignKey("locations.code"), primary_key=True)
    state: Mapped[str] = mapped_column(String(12))
    units: Mapped[int] = mapped_column(Integer)
    shipped_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    done_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class RateHit(Base):
    """One call of a client to a rate-limited endpoint (enrolment guessing): kept in the database so
    the limit holds across every server process (c0005)."""

    __tablename__ = "rate_hits"
    __table_args__ = (Index("ix_rate_hits_key_at", "key", "at_ms"),)
    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(80))  # the limit's name and the client's address
    at_ms: Mapped[int] = mapped_column(BigInt)  # the platform's clock, milliseconds since the epoch


# ---------------------------------------------------------------- issue 17 part C: staff and the fleet's reports
class Staff(Base):
    """A person who works at the tills, managed at head office; the PIN only as its Argon2id hash."""

    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))  # cashier | clerk | manager (core.staff.ROLES)
    pin_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class StaffStore(Base):
    """A store a person may work in."""

    __tablename__ = "staff_stores"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    location_code: Mapped[str] = mapped_column(ForeignKey("locations.code"), primary_key=True, index=True)


class TerminalReport(Base):
    """The latest figures a till reported with its sync (one row per terminal, replaced each time)."""

    __tablename__ = "terminal_reports"
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"), primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    backlog: Mapped[int] = mapped_column(Integer)
    dead_letters: Mapped[int] = mapped_column(Integer)
    printer: Mapped[str] = mapped_column(String(16))  # ok | no_paper | offline | unknown | none
    z_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    z_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    z_totals: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: currency, sales, count ...
    reported_at: Mapped[str] = mapped_column(String(32))
