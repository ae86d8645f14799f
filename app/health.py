"""``cloudshelf doctor``: what a support person checks first on a till."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app import config
from app.db import migrate
from app.db.engine import LOW_SPACE, free_bytes
from app.drafts import load as load_draft
from app.errors import ConfigError
from app.outbox import PENDING_SQL, read_stored, shown_bytes


@dataclass
class Report:
    ok: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def check(directory: Path) -> Report:
    """Checks the store with plain sqlite3, so a damaged or old store is reported, not crashed on."""
    rep = Report()
    try:
        cfg = config.load(directory)
        rep.ok.append("config: readable")
        rep.notes.extend(cfg.warnings)
    except ConfigError as exc:
        rep.problems.append(f"config: {exc.message} {exc.hint}")
    path = directory / config.STORE_FILE
    if not path.exists():
        rep.problems.append(f"store: no store in {directory}; run 'cloudshelf init' or 'cloudshelf demo'")
        return rep
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=15)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if result == ["ok"] and not fk:
                rep.ok.append("store: integrity check ok")
            else:
                rep.problems.append(f"store: integrity check failed: {'; '.join(result[:5])} ({len(fk)} broken links)")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            rev = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
            if rev and rev[0] == migrate.HEAD:
                rep.ok.append(f"store: schema {rev[0]} is current")
            else:
                rep.notes.append(
                    f"store: schema {rev[0] if rev else 'none'} will be upgraded to {migrate.HEAD} on start"
                )
            if "outbox_delivery" in tables:
                counts = dict(conn.execute("SELECT status, COUNT(*) FROM outbox_delivery GROUP BY status").fetchall())
                pending, dead = counts.get("pending", 0), counts.get("dead", 0)
                rep.notes.append(f"sync: {pending} event(s) waiting to be sent")
                if dead:
                    rep.problems.append(f"sync: {dead} event(s) refused by the platform (dead letters); tell support")
                _check_events(conn, rep)
            if "drafts" in tables:
                _check_drafts(conn, rep)
            if "shifts" in tables:
                open_shift = conn.execute("SELECT opened_at FROM shifts WHERE closed_at IS NULL").fetchone()
                rep.notes.append(f"shift: open since {open_shift[0]}" if open_shift else "shift: none open")
            if "variants" in tables:
                rep.notes.append(f"catalog: {conn.execute('SELECT COUNT(*) FROM variants').fetchone()[0]} variants")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        rep.problems.append(
            f"store: cannot read {path}: {exc}; call support and keep the store file as it is (do not replace it "
            "with a backup or delete it: it holds sales not yet sent)"
        )
    free = free_bytes(path)
    if free < LOW_SPACE:
        rep.problems.append(
            f"disk: only {free // 1024} KB free on the disk of {directory}; the till cannot save sales. Free space "
            "(recycle bin, old downloads, logs); never delete the store files (store.db, store.db-wal)"
        )
    return rep


def _check_events(conn: sqlite3.Connection, rep: Report) -> None:
    """Read back every event still to be sent, as the relay will: a damaged one is named with its bytes."""
    for row in conn.execute(PENDING_SQL):
        event = read_stored(*row)
        if event.event is None:
            rep.problems.append(
                f"sync: event #{event.seq} ({event.type} {event.id}, made {event.created_at}) cannot be read: "
                f"{event.problem}; it begins: {shown_bytes(event.raw)} -- the next sync sets it aside at the "
                "platform and sends the events after it; keep this store file (the bytes stay in it) and tell "
                "support which event it is, so head office can enter it by hand."
            )


def _check_drafts(conn: sqlite3.Connection, rep: Report) -> None:
    """Sales on screen and parked sales whose saved copy cannot be read back: the till skips them."""
    rows = conn.execute(
        "SELECT d.id, d.status, d.updated_at, COALESCE(u.login, '?'), CAST(d.body AS BLOB) "
        "FROM drafts d LEFT JOIN users u ON u.id = d.user_id ORDER BY d.updated_at"
    )
    for draft_id, status, updated_at, login, raw in rows:
        cart, problem = load_draft(draft_id, raw)
        if cart is None:
            what = "parked sale" if status == "parked" else "sale on screen"
            rep.problems.append(
                f"sale: the {what} {draft_id} of {login} (saved {updated_at}) cannot be read back: {problem}; "
                f"it begins: {shown_bytes(raw or b'')} -- the till skips it (nothing of it was sold): ring its "
                "items up again; the row is kept for support."
            )
