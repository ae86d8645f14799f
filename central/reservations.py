"""Stock held at a location for someone, so that what is promised is not sold twice.

A reservation is a row per (holder, location, SKU); ``available = on hand - held``. The holder names
what holds the units (``order:<id>`` for a pickup order); releasing a holder frees all its units.
Reservations never move stock: the ledger (``central.stock.record_movement``) does that when the
goods leave. ``expires_at`` lets a short hold lapse on its own.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from central.clock import now_iso
from central.db import raw_rows
from central.errors import ServiceError
from central.models import StockReservation


class Stock(NamedTuple):
    """One SKU at one location: on hand, units held by live holds, the last movement's time."""

    on_hand: int
    held: int
    moved: str | None  # None: held there with no stock row (nothing there to promise)

    @property
    def free(self) -> int:
        """On hand less live holds, never below 0: what may still be promised."""
        return max(0, self.on_hand - self.held)


def stock(
    session: Session, skus: list[str], *, location: str | None = None, lock: bool = False
) -> dict[tuple[str, str], Stock]:
    """THE count of "on hand minus live holds" per (location, SKU), for holds, web-shop orders and
    availability alike (lapsed and released holds do not count). ``lock`` takes the stock rows'
    locks first, in one order (location, SKU) for every writer, so two claims on the last unit are
    decided one after the other (PostgreSQL's row locks; SQLite's writer lock does it there).
    Plain DBAPI rows: availability reads 20,000 of them within its budget."""
    if not skus:
        return {}
    marks = ",".join("?" * len(skus))
    where, params = f"sku IN ({marks})", list(skus)
    if location is not None:
        where, params = where + " AND location_code = ?", [*params, location]
    locked = " FOR UPDATE" if lock and session.get_bind().dialect.name == "postgresql" else ""
    levels = raw_rows(
        session,
        f"SELECT location_code, sku, on_hand, last_movement_at FROM stock_levels WHERE {where} "
        f"ORDER BY location_code, sku{locked}",
        params,
    )
    holds = raw_rows(
        session,
        f"SELECT location_code, sku, SUM(qty) FROM stock_reservations WHERE {where} AND released_at IS NULL "
        "AND (expires_at IS NULL OR expires_at > ?) GROUP BY location_code, sku",
        [*params, now_iso()],
    )
    held = {(loc, sku): int(qty) for loc, sku, qty in holds}
    out = {(loc, sku): Stock(on_hand, held.pop((loc, sku), 0), moved) for loc, sku, on_hand, moved in levels}
    out.update({key: Stock(0, qty, None) for key, qty in held.items()})
    return out


def available(session: Session, location: str, skus: list[str], *, lock: bool = False) -> dict[str, int]:
    """Units free per SKU at ``location`` (``stock``, clamped at 0)."""
    free = stock(session, skus, location=location, lock=lock)
    return {sku: free[(location, sku)].free if (location, sku) in free else 0 for sku in skus}


def reserve(
    session: Session, *, location: str, wanted: dict[str, int], holder: str, expires_at: str | None = None
) -> None:
    """Hold ``wanted`` (SKU -> units) at ``location`` for ``holder``, all or nothing; a 409 names
    what is short."""
    free = available(session, location, sorted(wanted), lock=True)
    short = [f"{sku} ({free[sku]} of {qty})" for sku, qty in sorted(wanted.items()) if free[sku] < qty]
    if short:
        raise ServiceError(
            409,
            "insufficient_stock",
            f"Not enough stock at {location} for: {', '.join(short)}.",
            "Offer another store or fewer units.",
        )
    add(session, location=location, wanted=wanted, holder=holder, expires_at=expires_at)


def add(
    session: Session,
    *,
    location: str,
    wanted: dict[str, int],
    holder: str,
    expires_at: str | None = None,
    terminal_id: str | None = None,
) -> None:
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
            terminal_id=terminal_id,
        )
        for sku, qty in sorted(wanted.items())
        if qty > 0
    )
    session.flush()


def release(session: Session, holder: str, location: str | None = None, *, terminal_id: str | None = None) -> int:
    """Free every unit ``holder`` holds (only at ``location`` when given; only what ``terminal_id``
    made, when given: a till frees its own holds, never a sibling's); returns how many."""
    live = [StockReservation.holder == holder, StockReservation.released_at.is_(None)]
    if terminal_id is not None:
        live.append(StockReservation.terminal_id == terminal_id)
    if location is not None:
        live.append(StockReservation.location_code == location)
    rows = session.execute(select(func.coalesce(func.sum(StockReservation.qty), 0)).where(*live)).scalar_one()
    session.execute(update(StockReservation).where(*live).values(released_at=now_iso()))
    return int(rows)
