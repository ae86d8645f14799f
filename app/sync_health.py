"""What the till knows about its link to the platform, read from the local store only.

The sync worker (``sync/worker.py``) writes ``sync_status``; the status bar, ``cloudshelf sync
status`` and ``doctor`` read it through :func:`read`, so they work in any process, online or not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from app import audit
from app.clock import iso
from app.clock import now as clock_now
from app.errors import UserError

RESTARTED = "sync.restarted"  # audit action: the sync worker's loop ended and was started again
RESTART_SHOWN = timedelta(hours=24)  # how long the status bar mentions a restart


@dataclass(frozen=True)
class SyncHealth:
    enrolled: bool
    server_url: str
    online: bool
    last_attempt_at: str | None
    last_success_at: str | None
    last_error: str
    backlog: int  # events not yet acknowledged
    dead_letters: int  # events the platform refused for good: a person must look
    cursors: dict[str, int]
    worker_restarts: int = 0  # times the sync worker was started again after its loop ended
    worker_restarted_at: str | None = None  # the last time, when within RESTART_SHOWN
    worker_error: str = ""  # what ended it then


def record_restart(session: Session, error: str, at: datetime | None = None) -> None:
    """The sync worker's loop ended and was started again: kept in the audit log for the status bar."""
    stamp = iso(at) if at is not None else None  # the worker's clock (driven in tests)
    audit.record(session, RESTARTED, user_id=None, subject="sync worker", detail={"error": error}, at=stamp)


def read(session: Session, at: datetime | None = None) -> SyncHealth:
    conn = session.connection()
    cfg = conn.execute(text("SELECT server_url FROM sync_config WHERE id = 1")).first()
    status = conn.execute(
        text("SELECT online, last_attempt_at, last_success_at, last_error FROM sync_status WHERE id = 1")
    ).first()
    counts = dict(conn.execute(text("SELECT status, COUNT(*) FROM outbox_delivery GROUP BY status")).all())
    cursors = dict(conn.execute(text("SELECT feed, cursor FROM sync_cursors ORDER BY feed")).all())
    since = iso((at or clock_now()) - RESTART_SHOWN)
    restarts = conn.execute(
        text("SELECT COUNT(*), MAX(at) FROM audit_log WHERE action = :a AND at >= :since"),
        {"a": RESTARTED, "since": since},
    ).first()
    last = conn.execute(
        text("SELECT detail FROM audit_log WHERE action = :a AND at = :at LIMIT 1"), {"a": RESTARTED, "at": restarts[1]}
    ).first()
    return SyncHealth(
        enrolled=cfg is not None,
        server_url=cfg[0] if cfg else "",
        online=bool(status[0]) if status else False,
        last_attempt_at=status[1] if status else None,
        last_success_at=status[2] if status else None,
        last_error=status[3] if status else "",
        backlog=counts.get("pending", 0),
        dead_letters=counts.get("dead", 0),
        cursors=cursors,
        worker_restarts=restarts[0],
        worker_restarted_at=restarts[1],
        worker_error=json.loads(last[0]).get("error", "") if last else "",
    )


def dead_letters(session: Session) -> list[dict]:
    rows = (
        session.connection()
        .execute(
            text(
                "SELECT o.seq, o.id, o.type, d.last_error, d.updated_at FROM outbox o "
                "JOIN outbox_delivery d ON d.event_id = o.id WHERE d.status = 'dead' ORDER BY o.seq"
            )
        )
        .all()
    )
    return [{"seq": r[0], "id": r[1], "type": r[2], "error": r[3], "at": r[4]} for r in rows]


def requeue_dead(session: Session, event_ids: list[str] | None, stamp: str | None = None) -> int:
    """Dead letters to be sent again once their cause is fixed (all when ``event_ids`` is None): the
    platform puts each in its stand-in's place, once. Returns how many wait again."""
    conn = session.connection()
    dead = [r[0] for r in conn.execute(text("SELECT d.event_id FROM outbox_delivery d WHERE d.status = 'dead'"))]
    chosen = dead if event_ids is None else [e for e in dead if e in set(event_ids)]
    for event_id in chosen:
        conn.execute(
            text("UPDATE outbox_delivery SET status = 'pending', updated_at = :t WHERE event_id = :id"),
            {"t": stamp or iso(clock_now()), "id": event_id},
        )
    return len(chosen)


def retry_dead(session: Session, keys: list[str] | None) -> int:
    """A person sends dead letters again (every one when ``keys`` is None); a key is an event's id or
    its number as ``sync status`` shows it (#4). A key naming no dead letter changes nothing."""
    if keys is None:
        return requeue_dead(session, None)
    letters = dead_letters(session)
    by_key = {d["id"]: d["id"] for d in letters} | {f"#{d['seq']}": d["id"] for d in letters}
    by_key |= {str(d["seq"]): d["id"] for d in letters}
    unknown = [k for k in keys if k.strip() not in by_key]
    if unknown:
        raise UserError(
            f"No dead letter {', '.join(unknown)}.",
            "Run 'cloudshelf sync status' for the dead letters' numbers and ids.",
        )
    return requeue_dead(session, [by_key[k.strip()] for k in keys])
