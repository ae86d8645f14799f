"""The audit log of the head-office console: who changed what, when, and the entity before and after.

``record`` is called inside the transaction that makes the change, so a change and its entry are
written together or not at all; ``search`` is what the audit page shows."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.clock import iso, now_iso
from central.errors import ServiceError
from central.models_hq import AuditEntry
from core.price_rules import zone as tz

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PAGE = 200


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: dict | None,
    after: dict | None,
) -> None:
    """Add one entry to the change's own transaction (never committed alone)."""
    session.add(
        AuditEntry(
            at=now_iso(),
            actor=actor[:60],
            action=action[:40],
            entity=entity[:40],
            entity_id=str(entity_id)[:120],
            before=None if before is None else json.dumps(before, sort_keys=True, ensure_ascii=False, default=str),
            after=None if after is None else json.dumps(after, sort_keys=True, ensure_ascii=False, default=str),
        )
    )


@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict | None
    after: dict | None


def search(
    session: Session,
    *,
    actor: str = "",
    entity: str = "",
    entity_id: str = "",
    action: str = "",
    since: str = "",
    until: str = "",
    zone: str = "UTC",
) -> list[Entry]:
    """The newest entries matching every filter given (days as YYYY-MM-DD in the time zone ``zone``,
    the one the console shows its times in; ``until`` inclusive)."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(PAGE)
    for column, value in ((AuditEntry.actor, actor), (AuditEntry.entity, entity),
                          (AuditEntry.entity_id, entity_id), (AuditEntry.action, action)):  # fmt: skip
        if value.strip():
            query = query.where(column == value.strip())
    if since.strip():
        query = query.where(AuditEntry.at >= _midnight(_day(since), zone))
    if until.strip():
        query = query.where(AuditEntry.at < _midnight(_day(until), zone, days=1))
    return [
        Entry(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, _json(e.before), _json(e.after))
        for e in session.scalars(query)
    ]


def _midnight(day: str, zone: str, days: int = 0) -> str:
    """The UTC instant (as stored) of a day's start, ``days`` later, in the time zone ``zone``."""
    start = datetime.fromisoformat(day).replace(tzinfo=tz(zone)) + timedelta(days=days)
    return iso(start.astimezone(UTC))


def _day(text: str) -> str:
    if not _DAY.match(text.strip()):
        raise ServiceError(400, "bad_day", "A day is written YYYY-MM-DD.", "For example 2026-12-03.")
    return text.strip()


def _json(text: str | None) -> dict | None:
    return None if text is None else json.loads(text)
