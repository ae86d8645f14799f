"""The queue of flags for a person (oversells, conflicting or refused events, held-back tills,
cloud-shelf and order problems) as head office works it: filtered, and resolved with a note that
is kept with the flag and in the audit log, in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import audit
from central.clock import now_iso
from central.errors import ServiceError
from central.models import Flag
from central.models_hq import FlagResolution

STATES = ("open", "resolved", "all")
MAX_NOTE = 500
PAGE = 200


@dataclass(frozen=True)
class FlagView:
    id: int
    kind: str
    store: str
    event_id: str | None
    detail: dict
    created_at: str
    resolved_at: str | None
    resolved_by: str
    note: str


def queue(
    session: Session, stores: frozenset[str] | None, *, kind: str = "", store: str = "", state: str = "open"
) -> list[FlagView]:
    """Flags within ``stores`` (None: every store), oldest open first; at most ``PAGE``."""
    if state not in STATES:
        raise ServiceError(400, "bad_state", "Show open, resolved or all flags.", "Choose one of the three.")
    query = select(Flag, FlagResolution).outerjoin(FlagResolution, FlagResolution.flag_id == Flag.id)
    if stores is not None:
        query = query.where(Flag.store_code.in_(sorted(stores)))
    if kind.strip():
        query = query.where(Flag.kind == kind.strip())
    if store.strip():
        query = query.where(Flag.store_code == store.strip().upper())
    if state != "all":
        query = query.where(Flag.resolved_at.is_(None) if state == "open" else Flag.resolved_at.is_not(None))
    rows = session.execute(query.order_by(Flag.id).limit(PAGE)).all()
    return [_view(flag, done) for flag, done in rows]


def kinds(session: Session) -> list[str]:
    return list(session.scalars(select(Flag.kind).distinct().order_by(Flag.kind)))


def _view(flag: Flag, done: FlagResolution | None) -> FlagView:
    try:
        detail = json.loads(flag.detail)
    except ValueError:
        detail = {"detail": flag.detail}
    return FlagView(flag.id, flag.kind, flag.store_code, flag.event_id, detail if isinstance(detail, dict) else
                    {"detail": detail}, flag.created_at, flag.resolved_at, done.resolved_by if done else "",
                    done.note if done else "")  # fmt: skip


def store_of(session: Session, flag_id: int) -> str:
    flag = session.get(Flag, flag_id)
    if flag is None:
        raise ServiceError(404, "no_flag", "There is no such flag.", "Reload the list of flags.")
    return flag.store_code


def resolve(session: Session, flag_id: int, note: str, *, actor: str) -> None:
    """Mark a flag resolved with what was done about it; a flag is resolved once."""
    note = note.strip()
    if not note:
        raise ServiceError(400, "no_note", "Say what was done about the flag.", "Write a short note, then resolve.")
    if len(note) > MAX_NOTE:
        raise ServiceError(400, "long_note", "A note is at most 500 characters.", "Shorten the note.")
    flag = session.scalar(select(Flag).where(Flag.id == flag_id).with_for_update())
    if flag is None:
        raise ServiceError(404, "no_flag", "There is no such flag.", "Reload the list of flags.")
    if flag.resolved_at is not None:
        raise ServiceError(409, "resolved", "This flag was resolved already.", "Reload the list of flags.")
    flag.resolved_at = now_iso()
    session.add(FlagResolution(flag_id=flag.id, resolved_by=actor[:60], note=note, at=flag.resolved_at))
    audit.record(session, actor=actor, action="resolve", entity="flag", entity_id=str(flag.id),
                 before={"resolved_at": None}, after={"resolved_at": flag.resolved_at, "note": note})  # fmt: skip
