"""The fleet: what each till last reported on a sync, for head office's fleet view (issue 17, item 4).

A till's report rides the first call of its sync round (``sync.protocol.fleet``); the platform keeps
the latest per terminal with when it came. A report the platform cannot read (another version, a
malformed value) is ignored, never a refusal of the call it came with: the till's sync goes on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.auth import Caller
from central.clock import now, now_iso
from central.models import Location, Terminal, TerminalReport
from sync.protocol.fleet import MAX_REPORT, PRINTER_STATES, REPORT_VERSION, Z_TOTALS

SILENT_AFTER = timedelta(hours=1)  # a till not heard from for this long is highlighted
_MAX_COUNT = 10**9


@dataclass(frozen=True)
class FleetRow:
    """One till in the fleet view; ``reported`` is False for a till that never sent a report (an older
    version, or never synced), ``silent`` for one not heard from within SILENT_AFTER."""

    store: str
    store_name: str
    terminal: str
    terminal_id: str
    last_seen: str | None
    reported: bool
    silent: bool
    version: str | None = None
    backlog: int | None = None
    dead_letters: int | None = None
    printer: str | None = None
    z_number: int | None = None
    z_at: str | None = None
    z_totals: dict | None = None


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_COUNT:
        raise ValueError("not a count")
    return value


def _text(value: object, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise ValueError("not a short text")
    return value


def parse(raw: str) -> dict | None:
    """A report's fields if it is one this platform reads (v1, every value in range); else None."""
    if not raw or len(raw) > MAX_REPORT:
        return None
    try:
        report = json.loads(raw)
        if not isinstance(report, dict) or report.get("v") != REPORT_VERSION:
            return None
        printer = report["printer"]
        if printer not in PRINTER_STATES:
            raise ValueError("printer state")
        fields = {
            "version": _text(report["version"], 40),
            "backlog": _count(report["backlog"]),
            "dead_letters": _count(report["dead_letters"]),
            "printer": printer,
            "z_number": None,
            "z_at": None,
            "z_totals": None,
        }
        z = report.get("z")
        if z is not None:
            totals = z["totals"]
            kept = {"currency": _text(totals.get("currency", ""), 3)}
            for key in Z_TOTALS:
                if key in totals:
                    value = totals[key]
                    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 10**15:
                        raise ValueError("not an amount")
                    kept[key] = value
            fields |= {"z_number": _count(z["number"]), "z_at": _text(z["at"], 32), "z_totals": json.dumps(kept)}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return fields


def record_report(session: Session, caller: Caller, raw: str) -> bool:
    """Keep a till's report as its latest (and the till as seen now); False if it was not one to keep."""
    fields = parse(raw)
    if fields is None:
        return False
    stamp = now_iso()
    row = session.get(TerminalReport, caller.terminal_id)
    if row is None:
        session.add(TerminalReport(terminal_id=caller.terminal_id, reported_at=stamp, **fields))
    else:
        for key, value in fields.items():
            setattr(row, key, value)
        row.reported_at = stamp
    terminal = session.get(Terminal, caller.terminal_id)
    if terminal is not None:
        terminal.last_seen_at = stamp
    return True


def _silent(last_seen: str | None, at: datetime) -> bool:
    if last_seen is None:
        return True
    return datetime.fromisoformat(last_seen.replace("Z", "+00:00")) < at - SILENT_AFTER


def fleet(session: Session, location: str | None = None, *, stores: frozenset[str] | None = None) -> list[FleetRow]:
    """Every enrolled, unrevoked till (of ``location``, and of ``stores`` when a store manager asks),
    by store and terminal, with its latest report."""
    query = (
        select(Terminal, Location.name, TerminalReport)
        .join(Location, Location.code == Terminal.store_code)
        .outerjoin(TerminalReport, TerminalReport.terminal_id == Terminal.id)
        .where(Terminal.revoked_at.is_(None))
        .order_by(Terminal.store_code, Terminal.code)
    )
    if location is not None:
        query = query.where(Terminal.store_code == location)
    if stores is not None:
        query = query.where(Terminal.store_code.in_(sorted(stores)))
    at = now()
    rows = []
    for terminal, store_name, report in session.execute(query):
        base = {"store": terminal.store_code, "store_name": store_name, "terminal": terminal.code,
                "terminal_id": terminal.id, "last_seen": terminal.last_seen_at,
                "silent": _silent(terminal.last_seen_at, at)}  # fmt: skip
        if report is None:
            rows.append(FleetRow(reported=False, **base))
            continue
        rows.append(
            FleetRow(
                reported=True,
                version=report.version,
                backlog=report.backlog,
                dead_letters=report.dead_letters,
                printer=report.printer,
                z_number=report.z_number,
                z_at=report.z_at,
                z_totals=json.loads(report.z_totals) if report.z_totals else None,
                **base,
            )
        )
    return rows
