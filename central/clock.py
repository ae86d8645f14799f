"""Server time, for records only: ordering uses sequence numbers, never clocks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso(plus: timedelta | None = None) -> str:
    return iso(now() + (plus or timedelta()))
