"""Wall-clock time for records. Ordering never relies on it (ids and sequences do)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    """The till's local calendar date (a GS1 code's expiry is a date on the shelf, not in UTC)."""
    return now().astimezone().date()


def now_iso() -> str:
    return iso(now())


def iso(moment: datetime) -> str:
    """A UTC moment as stored: ISO 8601 with milliseconds and a Z."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_text(iso: str) -> str:
    """A stored UTC time as the till's local wall-clock time, for receipts and reports."""
    return parse_iso(iso).astimezone().strftime("%Y-%m-%d %H:%M")
