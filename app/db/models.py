"""Tables of the local store. Schema changes go through an Alembic migration, never ``create_all``.

Money columns are integers of minor units; the currency is on the store and on each sale.
Completed sales, their lines, payments, stock movements and outbox events are immutable: triggers
in the migrations refuse updates and deletes, so a bug cannot rewrite history.
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Location(Base):
    """A store or a warehouse of the retailer."""

    __tablename__ = "locations"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # store | warehouse
    region: Mapped[str] = mapped_column(String(40), default="")
    __table_args__ = (CheckConstraint("kind IN ('store','warehouse')", name="ck_location_kind"),)


class StoreSettings(Base):
    __tablename__ = "store_settings"
    store_code: Mapped[str] = mapped_column(ForeignKey("locations.code"), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    locale: Mapped[str] = mapped_column(String(16))
    tax_mode: Mapped[str] = mapped_column(String(10))  # inclusive | exclusive
    tax_rounding: Mapped[str] = mapped_column(String(10))  # line | receipt
    cash_increment: Mapped[int] = mapped_column(Integer, default=1)
    discount_limit_bp: Mapped[int] = mapped_column(Integer, default=1000)
    price_list: Mapped[str] = mapped_column(String(16), default="retail")
    lockout_attempts: Mapped[int] = mapped_column(Integer, default=5)
    lockout_minutes: Mapped[int] = mapped_column(Integer, default=15)
    merge_scans: Mapped[bool] = mapped_column(Boolean, server_default=text("1"))  # repeat scan: qty +1
    __mapper_args__: ClassVar[dict] = {"eager_defaults": False}  # an older schema has no merge_scans yet
    __table_args__ = (
        CheckConstraint("tax_mode IN ('inclusive','exclusive')", name="ck_tax_mode"),
        CheckConstraint("tax_rounding IN ('line','receipt')", name="ck_tax_rounding"),
    )


class Terminal(Base):
    """This terminal; exactly one row."""

    __tablename__ = "terminal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    code: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (CheckConstraint("id = 1", name="ck_single_terminal"),)


class ReceiptSequence(Base):
    """Last receipt number used per terminal; bumped inside each sale's commit, so gapless."""

    __tablename__ = "receipt_sequences"
    terminal_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class TaxClass(Base):
    __tablename__ = "tax_classes"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    rate_ppm: Mapped[int] = mapped_column(Integer)  # 13% = 130000


class Style(Base):
    __tablename__ = "styles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Variant(Base):
    __tablename__ = "variants"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(60), unique=True)
    style_id: Mapped[int] = mapped_column(ForeignKey("styles.id"), index=True)
    size: Mapped[str] = mapped_column(String(20), default="")
    colour: Mapped[str] = mapped_column(String(40), default="")
    tax_class: Mapped[str] = mapped_column(ForeignKey("tax_classes.code"))
    active: Mapped[bool] = mapped_column(default=True, server_default="1")  # False: withdrawn centrally


class Barcode(Base):
    __tablename__ = "barcodes"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id"), index=True)
    __table_args__ = ({"sqlite_with_rowid": False},)


class PriceList(Base):
    __tablename__ = "price_lists"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    currency: Mapped[str] = mapped_column(String(3))


class Price(Base):
    __tablename__ = "prices"
    price_list: Mapped[str] = mapped_column(ForeignKey("price_lists.code"), primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id"), primary_key=True)
    amount: Mapped[int] = mapped_column(Integer)
    __table_args__ = (CheckConstraint("amount >= 0", name="ck_price_nonneg"), {"sqlite_with_rowid": False})


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(String(32), nullable=True)
    active: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(String(16), default="local", server_default="local")  # local | platform
    __table_args__ = (CheckConstraint("role IN ('cashier','clerk','manager')", name="ck_user_role"),)


class Shift(Base):
    __tablename__ = "shifts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_code: Mapped[str] = mapped_column(String(16))
    opened_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[str] = mapped_column(String(32))
    float_amount: Mapped[int] = mapped_column(Integer)
    closed_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    closed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    counted_amount: Mapped[int | None] = mapped_column(Integer, nullable=True)
    expected_amount: Mapped[int | None] = mapped_column(Integer, nullable=True)
    z_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    z_report: Mapped[str | None] = mapped_column(Text, nullable=True)
    __table_args__ = (
        Index("uq_open_shift", "terminal_code", unique=True, sqlite_where=text("closed_at IS NULL")),
        UniqueConstraint("terminal_code", "z_number", name="uq_shift_z"),
    )


class CashMovement(Base):
    __tablename__ = "cash_movements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # in | out
    amount: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (
        CheckConstraint("kind IN ('in','out')", name="ck_cash_kind"),
        CheckConstraint("amount > 0", name="ck_cash_positive"),
    )


class Draft(Base):
    """A sale being rung up or parked. Saved on every change so a crash loses no scan."""

    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(8))  # open | parked
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(120), default="")
    body: Mapped[str] = mapped_column(Text)
    __table_args__ = (CheckConstraint("status IN ('open','parked')", name="ck_draft_status"),)


class Sale(Base):
    """A completed sale, return or exchange. Immutable once written."""

    __tablename__ = "sales"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(48), unique=True)
    terminal_code: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    store_code: Mapped[str] = mapped_column(String(16))
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(10))  # sale | return | exchange
    currency: Mapped[str] = mapped_column(String(3))
    tax_mode: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[str] = mapped_column(String(32))
    subtotal: Mapped[int] = mapped_column(Integer)  # before discounts, shelf prices
    discount_total: Mapped[int] = mapped_column(Integer)
    tax_total: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)  # what the customer owes (negative: is owed)
    rounding: Mapped[int] = mapped_column(Integer)  # cash rounding adjustment
    note: Mapped[str] = mapped_column(String(500), default="")
    __table_args__ = (UniqueConstraint("terminal_code", "seq", name="uq_sale_terminal_seq"),)


class SaleLine(Base):
    __tablename__ = "sale_lines"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id"), nullable=True)
    sku: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)  # negative on a returned line
    unit_price: Mapped[int] = mapped_column(Integer)  # shelf price, in the store's tax mode
    discount: Mapped[int] = mapped_column(Integer)  # line + share of order discount, signed like qty
    net: Mapped[int] = mapped_column(Integer)  # qty * unit_price - discount
    tax: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)  # tax-inclusive amount of the line
    tax_rate_ppm: Mapped[int] = mapped_column(Integer)
    original_line_id: Mapped[str | None] = mapped_column(ForeignKey("sale_lines.id"), nullable=True, index=True)
    flags: Mapped[str] = mapped_column(String(60), default="")  # price_override, blind_return


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))  # cash | card
    amount: Mapped[int] = mapped_column(Integer)  # applied to the sale; negative for a refund
    tendered: Mapped[int] = mapped_column(Integer)  # handed over (cash), else == amount
    change: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(80), default="")
    approval_code: Mapped[str] = mapped_column(String(40), default="")
    original_payment_id: Mapped[str | None] = mapped_column(ForeignKey("payments.id"), nullable=True)
    __table_args__ = (CheckConstraint("method IN ('cash','card')", name="ck_payment_method"),)


class StockLevel(Base):
    """The last figure the central platform gave for a variant at a location."""

    __tablename__ = "stock_levels"
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id"), primary_key=True)
    location_code: Mapped[str] = mapped_column(ForeignKey("locations.code"), primary_key=True)
    on_hand: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[str] = mapped_column(String(32))
    __table_args__ = ({"sqlite_with_rowid": False},)


class StockMovement(Base):
    """A change of stock made on this terminal; a ledger entry, never an overwrite."""

    __tablename__ = "stock_movements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id"))
    location_code: Mapped[str] = mapped_column(ForeignKey("locations.code"))
    qty: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(16))  # sale | return
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"), nullable=True, index=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("outbox.id"), index=True)
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_movement_variant", "variant_id", "location_code"),)


class OutboxEvent(Base):
    """An event for the central platform. Immutable; delivery state lives in ``outbox_delivery``."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class OutboxDelivery(Base):
    __tablename__ = "outbox_delivery"
    event_id: Mapped[str] = mapped_column(ForeignKey("outbox.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending | acked | dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[str] = mapped_column(String(32))
    answer: Mapped[str] = mapped_column(Text, default="", server_default="")  # the platform's answer (JSON)
    stock_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)  # stock feed seq that includes it
    __table_args__ = (
        CheckConstraint("status IN ('pending','acked','dead')", name="ck_delivery_status"),
        Index("ix_delivery_status", "status"),
    )


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(40), index=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    subject: Mapped[str] = mapped_column(String(80), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")


class SyncConfig(Base):
    """How this terminal reaches the central platform; one row once enrolled."""

    __tablename__ = "sync_config"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str] = mapped_column(String(300))
    terminal_id: Mapped[str] = mapped_column(String(36))
    token: Mapped[str] = mapped_column(String(200))  # a secret: never logged, never printed
    ca_cert: Mapped[str] = mapped_column(String(500), default="")
    enrolled_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (CheckConstraint("id = 1", name="ck_single_sync_config"),)


class SyncCursor(Base):
    """Where this terminal is in each feed: a server sequence number, never a time."""

    __tablename__ = "sync_cursors"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    snapshot_as_of: Mapped[int | None] = mapped_column(Integer, nullable=True)  # set while a snapshot streams
    snapshot_next_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    updated_at: Mapped[str] = mapped_column(String(32))


class SyncStatus(Base):
    """What the sync worker last saw, for ``cloudshelf sync status`` and the status bar."""

    __tablename__ = "sync_status"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    online: Mapped[bool] = mapped_column(default=False)
    last_attempt_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_success_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    __table_args__ = (CheckConstraint("id = 1", name="ck_single_sync_status"),)


class SyncSeen(Base):
    """Keys a snapshot in progress has delivered, so that what it did not deliver can be retired."""

    __tablename__ = "sync_seen"
    feed: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    __table_args__ = ({"sqlite_with_rowid": False},)


# ---------------------------------------------------------------- devices: the print queue
class PrintJob(Base):
    """A document waiting for the printer (or printed). Jobs print in id order (UUIDv7: creation order)."""

    __tablename__ = "print_jobs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # receipt | report | pick_slip | test
    ref: Mapped[str] = mapped_column(String(80))  # receipt number, Z number or order code
    body: Mapped[str] = mapped_column(Text)  # the document as JSON
    kick: Mapped[bool] = mapped_column(default=False)  # open the drawer with it (cash sales)
    copy: Mapped[bool] = mapped_column(default=False)  # a reprint, marked as a copy
    status: Mapped[str] = mapped_column(String(10), default="waiting")  # waiting | printed | cancelled
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    next_try_ms: Mapped[int] = mapped_column(Integer, default=0)  # epoch milliseconds of the next try
    printed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    __table_args__ = (
        CheckConstraint("status IN ('waiting','printed','cancelled')", name="ck_print_job_status"),
        CheckConstraint("kind IN ('receipt','report','pick_slip','test')", name="ck_print_job_kind"),
        Index("ix_print_jobs_status", "status", "id"),
        Index("ix_print_jobs_ref", "ref"),
    )
# ---------------------------------------------------------------- pickup: the store's online orders, kept offline
class PickupOrder(Base):
    """An online order for pickup here, as the orders feed gave it and as this till changed it.

    ``state`` is what the till shows: the platform's state (``central_state``) or this till's own
    change that the platform has not confirmed yet. ``conflict`` names a clash between the two that a
    person must see (docs/pickup.md). Customer details are blanked ``purge`` days after the order closed.
    """

    __tablename__ = "pickup_orders"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    store_code: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(20), index=True)
    central_state: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)  # the platform's version last applied
    customer_name: Mapped[str] = mapped_column(String(120))
    phone_last4: Mapped[str] = mapped_column(String(4), default="")
    pickup_hash: Mapped[str] = mapped_column(String(200))
    paid: Mapped[bool] = mapped_column(default=False)
    paid_receipt: Mapped[str] = mapped_column(String(48), default="")  # paid at this till
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[int] = mapped_column(Integer)
    refund_due: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    ready_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    expires_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    closed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(200), default="")
    collected_by: Mapped[str] = mapped_column(String(40), default="")  # who handed it over, as this till knows
    central_collected_by: Mapped[str] = mapped_column(String(40), default="")
    conflict: Mapped[str] = mapped_column(String(24), default="")
    conflict_detail: Mapped[str] = mapped_column(String(300), default="")
    conflict_seen: Mapped[str] = mapped_column(String(24), default="")  # the conflict a person acknowledged
    updated_at: Mapped[str] = mapped_column(String(32))
    purged_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    __table_args__ = (
        CheckConstraint(
            "state IN ('new','picking','ready','collected','partly_collected','cancelled','expired')",
            name="ck_pickup_state",
        ),
    )


class PickupLine(Base):
    __tablename__ = "pickup_lines"
    order_id: Mapped[str] = mapped_column(ForeignKey("pickup_orders.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    tax_rate_ppm: Mapped[int] = mapped_column(Integer)
    picked: Mapped[int] = mapped_column(Integer, default=0)
    collected: Mapped[int] = mapped_column(Integer, default=0)


class PickupLookup(Base):
    """Order look-ups at the counter, for the rate limit: failures in a window pause look-ups."""

    __tablename__ = "pickup_lookups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32), index=True)
    ok: Mapped[bool] = mapped_column()
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


# ---------------------------------------------------------------- cloud shelf: other locations' stock, orders sold here
class ShelfFigures(Base):
    """The platform's last availability answer for a style (every location's figures, as it sent
    them: ``sync.protocol.shelf``), kept whole with the time it arrived here, so the matrix shows it
    offline with its age. One row per style, replaced by each new answer."""

    __tablename__ = "shelf_figures"
    style_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    answer: Mapped[str] = mapped_column(Text)  # JSON
    fetched_at: Mapped[str] = mapped_column(String(32))  # this till's clock


class ShelfOrder(Base):
    """A cloud-shelf order sold at this store (by this till, or another: the shelf feed brings both).

    ``state`` is the platform's once the shelf feed has it (``version`` > 0); before that ``held``
    (sold on a live hold) or ``to_confirm`` (sold offline). ``contact`` holds the customer's details
    only until the platform has them; ``pickup_code`` (printed on the receipt) only until the order
    closes.
    """

    __tablename__ = "shelf_orders"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    sale_id: Mapped[str] = mapped_column(String(36))  # no FK: another till's sale is not in this store
    receipt_no: Mapped[str] = mapped_column(String(48))
    event_id: Mapped[str] = mapped_column(String(36))  # "" for another till's order
    delivery: Mapped[str] = mapped_column(String(8))  # home | store
    deliver_to: Mapped[str | None] = mapped_column(String(16), nullable=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    version: Mapped[int] = mapped_column(Integer)
    hold_id: Mapped[str] = mapped_column(String(36))
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[int] = mapped_column(Integer)
    problem: Mapped[str] = mapped_column(String(500))
    contact: Mapped[str] = mapped_column(Text)  # JSON; "" once the platform has it
    contact_error: Mapped[str] = mapped_column(String(300))
    pickup_code: Mapped[str] = mapped_column(String(6))
    refund_receipt: Mapped[str] = mapped_column(String(48))  # the return that refunded it here
    detail: Mapped[str] = mapped_column(Text)  # the platform's allocations and shipments (JSON)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (
        CheckConstraint(
            "state IN ('held','to_confirm','confirmed','unfilled','shipped','delivered','arrived','cancelled')",
            name="ck_shelf_state",
        ),
    )


class ShelfLine(Base):
    __tablename__ = "shelf_lines"
    order_id: Mapped[str] = mapped_column(ForeignKey("shelf_orders.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_line_id: Mapped[str] = mapped_column(String(36), index=True)
    sku: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))  # auto or a location code


# ---------------------------------------------------------------- issue 17 part C: the printer's last state
class DeviceState(Base):
    """A device's last known state (the printer's), so any process's sync reports it (0009)."""

    __tablename__ = "device_states"
    device: Mapped[str] = mapped_column(String(16), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    at: Mapped[str] = mapped_column(String(32))
