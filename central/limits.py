"""Rate limits kept in the database (DESIGN.md invariant 11): every server process counts in the same
table, so ten guesses a minute are ten whichever process takes them.

A sliding window per client: each call is a row; a call is refused when the client made more than
the limit in the last window (refused calls count too: a client that keeps guessing stays refused).
The client's rows are counted under a lock, ``BEGIN IMMEDIATE`` on SQLite and an advisory lock on
the key on PostgreSQL, so two processes cannot both let the eleventh call through.
"""

from __future__ import annotations

import time

from sqlalchemy import delete, func, insert, select, text

from central.db import CentralDB
from central.errors import ServiceError
from central.models import RateHit


def check(db: CentralDB, name: str, client: str, limit: int, window: int = 60) -> None:
    """Count this call of ``client``; a 429 (with how long to wait) past ``limit`` calls in the last
    ``window`` seconds. Committed on its own, before the call's work: a refused guess still counts."""
    now_ms = int(time.time() * 1000)
    since = now_ms - window * 1000
    key = f"{name}:{client}"[:80]
    with db.write() as s:
        if db.dialect == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})
        s.execute(delete(RateHit).where(RateHit.key == key, RateHit.at_ms <= since))
        s.execute(insert(RateHit).values(key=key, at_ms=now_ms))
        calls = s.scalar(select(func.count()).select_from(RateHit).where(RateHit.key == key))
    if calls > limit:
        raise ServiceError(429, "rate_limited", "Too many attempts.", f"Wait {window} s and try again.")
