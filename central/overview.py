"""The console's home page figures: what needs a person today, within the stores a user sees."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from central.clock import now_iso
from central.models import Flag, Order, ShelfOrder, Terminal
from sync.protocol import pickup, shelf

SILENT_AFTER = timedelta(hours=1)  # a till that has not synced for this long is worth a look


def counts(session: Session, stores: frozenset[str] | None) -> dict[str, int]:
    """Open flags, orders waiting (pickup and cloud shelf), and enrolled tills silent for an hour."""

    def count(query, column):
        if stores is not None:
            query = query.where(column.in_(sorted(stores)))
        return int(session.scalar(query) or 0)

    since = now_iso(-SILENT_AFTER)
    return {
        "open_flags": count(select(func.count()).select_from(Flag).where(Flag.resolved_at.is_(None)), Flag.store_code),
        "orders_waiting": count(
            select(func.count()).select_from(Order).where(Order.state.in_(sorted(pickup.OPEN_STATES))),
            Order.store_code,
        )
        + count(
            select(func.count()).select_from(ShelfOrder).where(ShelfOrder.state.in_(sorted(shelf.OPEN_STATES))),
            ShelfOrder.store_code,
        ),
        "tills_silent": count(
            select(func.count())
            .select_from(Terminal)
            .where(
                Terminal.revoked_at.is_(None),
                Terminal.expires_at > now_iso(),
                or_(Terminal.last_seen_at.is_(None), Terminal.last_seen_at < since),
            ),
            Terminal.store_code,
        ),
    }
