"""Server time, for records only: ordering uses sequence numbers, never clocks.

Expiries (enrolment codes, head-office sessions) follow this clock. A drill or a test moves it on
without waiting: ``CLOUDSHELF_CENTRAL_CLOCK`` names a file holding seconds to add (read on every
call, so a running server process follows it); unset, it is the system's clock."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

CLOCK_ENV = "CLOUDSHELF_CENTRAL_CLOCK"


def now() -> datetime:
    return datetime.now(UTC) + _offset()


def _offset() -> timedelta:
    name = os.environ.get(CLOCK_ENV)
    if not name:
        return timedelta()
    try:
        return timedelta(seconds=float(Path(name).read_text().strip() or 0))
    except (OSError, ValueError):
        return timedelta()


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso(plus: timedelta | None = None) -> str:
    return iso(now() + (plus or timedelta()))
