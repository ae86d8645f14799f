"""Stock for head office's console (issue 17, item 6): levels per location (paged, by style and store),
a variant's ledger with every movement and where it came from, and adjustments with a reason.

Stock stays a ledger (DESIGN.md, invariant 6): an adjustment is one more movement through
``central.stock.record_movement`` (level and stock feed in the same transaction), audited. A store
manager's scope (``stores``: the stores they run, None for all) is checked here, in the domain, so no
page can show or change another store's stock.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central import audit
from central.clock import now_iso
from central.errors import ServiceError
from central.models import Location, Sale, StockLevel, StockMovement, Style, Terminal, Variant
from central.stock import record_movement

ADJUST_REASONS = ("damaged", "lost", "found", "sample", "count")
ADJUSTED = "adj:"  # an adjustment's movement reason: ADJUSTED + its reason (a count import's is plain "count")
MAX_ADJUST = 100_000
MAX_PER_PAGE = 200
# where a movement came from, by its reason (what tills, orders, the cloud shelf and imports write)
SOURCES = {"sale": "sale", "pickup": "sale", "return": "return", "shelf_out": "transfer", "shelf_in": "transfer",
           "transfer": "transfer", "count": "import", "receive": "receiving"}  # fmt: skip
Scope = frozenset[str] | None


def check_scope(stores: Scope, location: str) -> None:
    """A store manager reaches only their stores' stock (403 otherwise)."""
    if stores is not None and location not in stores:
        raise ServiceError(403, "out_of_scope", "This location is not one of your stores.",
                           "Ask head office for access to it.")  # fmt: skip


def source_of(reason: str) -> str:
    """sale, return, transfer, import, receiving, adjustment or other."""
    if reason.startswith(ADJUSTED) or reason == "adjust":
        return "adjustment"
    return SOURCES.get(reason, "other")


@dataclass(frozen=True)
class LevelRow:
    location: str
    sku: str
    style_code: str
    style_name: str
    size: str
    colour: str
    on_hand: int
    last_movement_at: str


@dataclass(frozen=True)
class LevelPage:
    """``total`` counts at most ``COUNT_CAP`` rows; ``more``: there are more than that (filter to see them)."""

    rows: list[LevelRow]
    total: int
    page: int
    pages: int
    more: bool = False


# Rows counted for a page count. A chain's whole stock is millions of levels: counting them all took
# seconds on 200 stores (two joins over 4M rows); past this the page asks for a store or a style.
COUNT_CAP = 10_000


def levels(
    session: Session,
    *,
    location: str | None = None,
    style: str | None = None,
    stores: Scope = None,
    page: int = 1,
    per_page: int = 50,
    cap: int = COUNT_CAP,
) -> LevelPage:
    """Stock levels by location and SKU; ``style``: a style code or its beginning; pages up to ``cap`` rows."""
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    query = (
        select(StockLevel, Variant, Style)
        .join(Variant, Variant.sku == StockLevel.sku)
        .join(Style, Style.code == Variant.style_code)
    )
    if location is not None:
        check_scope(stores, location)
        query = query.where(StockLevel.location_code == location)
    elif stores is not None:
        query = query.where(StockLevel.location_code.in_(sorted(stores)))
    if style:
        query = query.where(Variant.style_code.startswith(style.strip().upper(), autoescape=True))
    counted = session.scalar(select(func.count()).select_from(query.limit(cap + 1).subquery()))
    total, more = min(counted, cap), counted > cap
    pages = max(1, -(-total // per_page))
    page = max(1, min(page, pages))
    found = session.execute(
        query.order_by(StockLevel.location_code, StockLevel.sku).offset((page - 1) * per_page).limit(per_page)
    )
    rows = [
        LevelRow(lv.location_code, lv.sku, st.code, st.name, v.size, v.colour, lv.on_hand, lv.last_movement_at)
        for lv, v, st in found
    ]
    return LevelPage(rows, total, page, pages, more)


@dataclass(frozen=True)
class Movement:
    """One movement of a variant's ledger; ``balance`` is the location's level after it."""

    id: str
    location: str
    qty: int
    reason: str
    source: str
    recorded_at: str
    created_at: str
    event_id: str | None
    receipt_no: str | None
    terminal: str | None
    balance: int


def ledger(session: Session, sku: str, *, location: str | None = None, stores: Scope = None) -> list[Movement]:
    """Every movement of ``sku`` (at ``location``, or at every location in scope), oldest first, each
    with its source and, for a till's sale or return, its receipt and terminal."""
    query = (
        select(StockMovement, Sale.receipt_no, Terminal.code)
        .outerjoin(Sale, Sale.event_id == StockMovement.event_id)
        .outerjoin(Terminal, Terminal.id == Sale.terminal_id)
        .where(StockMovement.sku == sku)
    )
    if location is not None:
        check_scope(stores, location)
        query = query.where(StockMovement.location_code == location)
    elif stores is not None:
        query = query.where(StockMovement.location_code.in_(sorted(stores)))
    balances: dict[str, int] = {}
    out = []
    for m, receipt_no, terminal in session.execute(query.order_by(StockMovement.recorded_at, StockMovement.id)):
        balances[m.location_code] = balances.get(m.location_code, 0) + m.qty
        reason = m.reason[len(ADJUSTED) :] if m.reason.startswith(ADJUSTED) else m.reason
        where = (m.recorded_at, m.created_at, m.event_id, receipt_no, terminal, balances[m.location_code])
        out.append(Movement(m.id, m.location_code, m.qty, reason, source_of(m.reason), *where))
    return out


def adjust_stock(
    session: Session, *, location: str, sku: str, qty: int, reason: str, actor: str, stores: Scope = None
) -> int:
    """Adjust a variant's stock at a location by ``qty`` for a reason (damaged, lost, found, sample,
    count): one ledger movement, audited; returns the new level."""
    if reason not in ADJUST_REASONS:
        raise ServiceError(400, "bad_reason", "This is not a reason for an adjustment.",
                           "Use damaged, lost, found, sample or count.")  # fmt: skip
    if isinstance(qty, bool) or not isinstance(qty, int) or qty == 0 or abs(qty) > MAX_ADJUST:
        raise ServiceError(400, "bad_qty", "An adjustment is a whole number of units, not 0.",
                           "Give a number from -100000 to 100000, e.g. -2 for two damaged.")  # fmt: skip
    if session.get(Location, location) is None:
        raise ServiceError(404, "no_location", "There is no such location.", "Check the code.")
    check_scope(stores, location)
    if session.get(Variant, sku) is None:
        raise ServiceError(404, "no_sku", "There is no such SKU.", "Check the SKU in the catalogue.")
    before = _on_hand(session, location, sku)
    import uuid6

    record_movement(session, movement_id=str(uuid6.uuid7()), location=location, sku=sku, qty=qty,
                    reason=ADJUSTED + reason, event_id=None, created_at=now_iso())  # fmt: skip
    after = _on_hand(session, location, sku)
    audit.record(session, actor=actor, action="stock.adjust", entity="stock", entity_id=f"{location}:{sku}",
            before={"on_hand": before}, after={"on_hand": after, "qty": qty, "reason": reason})  # fmt: skip
    return after


def _on_hand(session: Session, location: str, sku: str) -> int:
    found = session.scalar(
        select(StockLevel.on_hand).where(StockLevel.location_code == location, StockLevel.sku == sku)
    )
    return found or 0
