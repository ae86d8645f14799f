"""Which dated price is in force: one rule, read alike by the platform's preview and the till's scan.

The rule (docs/prices.md):

1. An entry is in force from its start (included) to its end (excluded); no end means until replaced.
2. Of the entries in force, the most specific list wins: a store's list over a region's over the chain's.
3. Then the latest start (a markdown that starts inside a longer price period wins while it lasts).
4. Then the entry made last (the higher id), so two entries alike in all else still give one answer.
5. With no entry in force, the base price list's price applies.

Starts and ends are written in the store's time zone and become UTC instants per store, so a till
compares them with its own clock and needs no time-zone data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.formats import FormatError

RANKS = {"chain": 0, "region": 1, "store": 2}  # more specific lists rank higher
DEFAULT_TIMEZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class Dated:
    id: int
    amount: int
    starts_at: str  # UTC instant, ISO 8601 with milliseconds and Z (sorts as text)
    ends_at: str | None
    rank: int


def in_force(entries: Iterable[Dated], at: str) -> Dated | None:
    """The entry that sets the price at the UTC instant ``at`` (same text form), or None."""
    live = [e for e in entries if e.starts_at <= at and (e.ends_at is None or at < e.ends_at)]
    return max(live, key=lambda e: (e.rank, e.starts_at, e.id), default=None)


def parse_local(text: str, what: str) -> str:
    """A typed wall-clock moment ("2026-12-10" or "2026-12-10 09:00") as ``YYYY-MM-DDTHH:MM``."""
    raw = str(text).strip().replace(" ", "T")
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise FormatError(
            f"The {what} '{str(text)[:40]}' is not a date and time.", "Write it as 2026-12-10 or 2026-12-10 09:00."
        ) from None
    if moment.tzinfo is not None or moment.second or moment.microsecond:
        raise FormatError(
            f"The {what} '{str(text)[:40]}' has seconds or a time zone.",
            "Write the store's local time to the minute, e.g. 2026-12-10 09:00.",
        )
    return moment.strftime("%Y-%m-%dT%H:%M")


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise FormatError(f"'{name[:40]}' is not a time zone.", "Use a name like Asia/Shanghai.") from None


def to_utc(local: str, timezone: str) -> str:
    """A store's wall-clock ``YYYY-MM-DDTHH:MM`` as the UTC instant tills compare with their clock."""
    moment = datetime.fromisoformat(local).replace(tzinfo=zone(timezone))
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
