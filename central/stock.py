"""Stock movements made at the platform (goods received, counts) and stock levels by location."""

from __future__ import annotations

from sqlalchemy.orm import Session

from central.clock import now_iso
from central.errors import ServiceError
from central.ingest import record_movement
from central.models import Location, StockLevel


def adjust(session: Session, location: str, sku: str, qty: int, reason: str) -> int:
    if session.get(Location, location) is None:
        raise ServiceError(404, "no_location", f"There is no location {location}.", "Check the code.")
    if qty == 0:
        raise ServiceError(400, "zero", "A movement of 0 units changes nothing.", "Give a positive or negative qty.")
    import uuid6

    record_movement(
        session,
        movement_id=str(uuid6.uuid7()),
        location=location,
        sku=sku,
        qty=qty,
        reason=reason,
        event_id=None,
        created_at=now_iso(),
    )
    return session.get(StockLevel, (location, sku)).on_hand
