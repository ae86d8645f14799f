"""Appends events to the outbox inside the caller's transaction (DESIGN.md, Push).

The terminal sequence is ``max(seq) + 1``: safe because every writer holds the write lock
(``BEGIN IMMEDIATE``) for the whole transaction.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.clock import now_iso
from app.db.engine import dbapi, insert_rows
from app.ids import new_id
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
