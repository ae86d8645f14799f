"""What the till knows of its sync with the platform: health, the events still to send, and the dead
letters a person re-sends once their cause is fixed. The sending itself is ``sync/``'s."""

from __future__ import annotations

from sqlalchemy import func, select

from app import sync_health
from app.db.models import OutboxDelivery
from app.terminal.context import Context


class SyncService:
    """``terminal.sync``: the outbox as this till's screens and CLI see it."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def health(self) -> sync_health.SyncHealth:
        with self._ctx.db.read() as s:
            return sync_health.read(s)

    def retry_dead_letters(self, keys: list[str] | None = None) -> int:
        """Send dead letters again once their cause is fixed (all when ``keys`` is None; a key is an
        event id or its number, #4); the sync worker sends them next. Returns how many wait again."""
        with self._ctx.db.write() as s:
            return sync_health.retry_dead(s, keys)

    def dead_letters(self) -> list[dict]:
        with self._ctx.db.read() as s:
            return sync_health.dead_letters(s)

    def pending_events(self) -> int:
        with self._ctx.db.read() as s:
            return s.scalar(select(func.count()).select_from(OutboxDelivery).where(OutboxDelivery.status != "acked"))
