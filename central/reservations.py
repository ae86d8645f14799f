"""Stock held at a location for someone, so that what is promised is not sold twice.

A reservation is a row per (holder, location, SKU); ``available = on hand - held``. The holder names
what holds the units (``order:<id>`` for a pickup order); releasing a holder frees all its units.
Reservations never move stock: the ledger (``central.ingest.record_movement``) does that when the
goods leave. ``expires_at`` lets a short hold lapse on its own.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from central.clock import now_iso
from central.errors import ServiceError
from central.models import StockLevel, StockReservation


def held(session: Session, location: str, skus: list[str]) -> dict[str, int]:
    """Units held now per SKU at ``location`` (lapsed and released holds do not count)."""
    stamp = now_iso()
    rows = session.execute(
        select(StockReservation.sku, func.sum(StockReservation.qty))
        .where(
            StockReservation.location_code == location,
            StockReservation.sku.in_(skus),
            StockReservation.released_at.is_(None),
            or_(StockReservation.expires_at.is_(None), StockReservation.expires_at > stamp),
        )
        .group_by(StockReservation.sku)
    ).all()
    return {sku: int(qty) for sku, qty in rows}


def available(session: Session, location: str, skus: list[str], *, lock: bool = False) -> dict[str, int]:
    """On hand less held, per SKU. ``lock`` takes the stock rows' locks first (PostgreSQL), so two
    reservations of the last unit are decided one after the other."""
    query = (
        select(StockLevel.sku, StockLevel.on_hand)
        .where(StockLevel.location_code == location, StockLevel.sku.in_(skus))
        .order_by(StockLevel.sku)  # every locker takes the rows in one order: no deadlock between two
    )
    on_hand = {sku: qty for sku, qty in session.execute(query.with_for_update() if lock else query)}
    holds = held(session, location, skus)
    return {sku: on_hand.get(sku, 0) - holds.get(sku, 0) for sku in skus}


def reserve(
    session: Session, *, location: str, wanted: dict[str, int], holder: str, expires_at: str | None = None
) -> None:
    """Hold ``wanted`` (SKU -> units) at ``location`` for ``holder``, all or nothing; a 409 names
    what is short."""
    free = available(session, location, sorted(wanted), lock=True)
    short = [f"{sku} ({max(free[sku], 0)} of {qty})" for sku, qty in sorted(wanted.items()) if free[sku] < qty]
    if short:
        raise ServiceError(
            409,
            "insufficient_stock",
            f"Not enough stock at {location} for: {', '.join(short)}.",
            "Offer another store or fewer units.",
        )
    add(session, location=location, wanted=wanted, holder=holder, expires_at=expires_at)


def add(session: Session, *, location: str, wanted: dict[str, int], holder: str, expires_at: str | None = None) -> None:
    """Write the hold rows; the caller has checked, under the rows' locks, that the units are free."""
    import uuid6

    stamp = now_iso()
    session.add_all(
        StockReservation(
            id=str(uuid6.uuid7()),
            location_code=location,
            sku=sku,
            qty=qty,
            holder=holder,
            created_at=stamp,
            expires_at=expires_at,
        )
        for sku, qty in sorted(wanted.items())
        if qty > 0
    )
    session.flush()


def release(session: Session, holder: str, location: str | None = None) -> int:
    """Free every unit ``holder`` holds (only at ``location`` when given); returns how many."""
    live = [StockReservation.holder == holder, StockReservation.released_at.is_(None)]
    if location is not None:
        live.append(StockReservation.location_code == location)
    rows = session.execute(select(func.coalesce(func.sum(StockReservation.qty), 0)).where(*live)).scalar_one()
    session.execute(update(StockReservation).where(*live).values(released_at=now_iso()))
    return int(rows)
