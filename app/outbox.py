"""Appends events to the outbox inside the caller's transaction (DESIGN.md, Push).

The terminal sequence is ``max(seq) + 1``: safe because every writer holds the write lock
(``BEGIN IMMEDIATE``) for the whole transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.clock import now_iso
from app.db.engine import dbapi, insert_rows
from app.ids import new_id
from app.stored import loads
from sync.protocol import make_envelope


def append(session: Session, *, event_type: str, store: str, terminal: str, data: dict) -> str:
    event_id = new_id()
    conn = dbapi(session)  # on every sale's path: plain sqlite3 statements
    seq = (conn.execute("SELECT MAX(seq) FROM outbox").fetchone()[0] or 0) + 1
    created = now_iso()
    body = make_envelope(
        event_id=event_id,
        event_type=event_type,
        seq=seq,
        store=store,
        terminal=terminal,
        created_at=created,
        data=data,
    )
    insert_rows(conn, "outbox", [{"seq": seq, "id": event_id, "type": event_type, "body": body, "created_at": created}])
    insert_rows(
        conn,
        "outbox_delivery",
        [{"event_id": event_id, "status": "pending", "attempts": 0, "last_error": "", "updated_at": created}],
    )
    return event_id


@dataclass(frozen=True)
class StoredEvent:
    """One outbox row as read back: ``event`` is its body, or ``None`` when the row cannot be read
    (damaged on disk, cut short, or written by hand) and ``problem`` says why. ``raw`` keeps the bytes
    as stored: a damaged row is never rewritten, so a person can still look at it."""

    seq: int
    id: str
    type: str
    created_at: str
    raw: bytes
    event: dict | None
    problem: str = ""


def read_stored(seq: int, event_id: str, event_type: str, created_at: str, raw: bytes | str | None) -> StoredEvent:
    """Parse one stored body without ever raising, so one bad row cannot stop the outbox."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else bytes(raw or b"")

    def bad(problem: str) -> StoredEvent:
        return StoredEvent(seq, event_id, event_type, created_at, data, None, problem)

    event, problem = loads(data)
    if problem:
        return bad(f"its body is {problem}")
    if not isinstance(event, dict) or not isinstance(event.get("data"), dict):
        return bad("its body is not an event")
    if event.get("id") != event_id or event.get("seq") != seq or event.get("type") != event_type:
        return bad("its body names another event than its row")
    return StoredEvent(seq, event_id, event_type, created_at, data, event)


def shown_bytes(raw: bytes, limit: int = 120) -> str:
    """The stored bytes as a person can read them: text as it is, anything else escaped."""
    text = raw[:limit].decode("utf-8", "backslashreplace")
    return text + (f"... ({len(raw)} bytes)" if len(raw) > limit else "")


PENDING_SQL = (
    "SELECT o.seq, o.id, o.type, o.created_at, CAST(o.body AS BLOB) FROM outbox o "
    "JOIN outbox_delivery d ON d.event_id = o.id WHERE d.status = 'pending' ORDER BY o.seq"
)
"""The pending events with their bodies as bytes: a body that is not UTF-8 is read, not failed on."""
