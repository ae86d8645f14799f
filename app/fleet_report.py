"""What this till tells head office on each sync, for the fleet view (issue 17, item 4): its version,
its backlog and dead letters, the printer's last state, and its last Z report. Read from the local
store only, so whichever process syncs (the till's worker, ``cloudshelf sync``) reports the same."""

from __future__ import annotations

import json
from importlib import metadata

from sqlalchemy import text
from sqlalchemy.orm import Session

from sync.protocol.fleet import PRINTER_STATES, REPORT_VERSION, Z_TOTALS


def software_version() -> str:
    try:
        return metadata.version("cloudshelf-pos")
    except metadata.PackageNotFoundError:
        return "unknown"


def build(session: Session) -> dict:
    """The report (``sync.protocol.fleet``, v1) as of now."""
    conn = session.connection()
    counts = dict(conn.execute(text("SELECT status, COUNT(*) FROM outbox_delivery GROUP BY status")).all())
    printer = conn.execute(text("SELECT state FROM device_states WHERE device = 'printer'")).scalar()
    row = conn.execute(
        text(
            "SELECT z_number, closed_at, z_report FROM shifts WHERE z_number IS NOT NULL ORDER BY z_number DESC LIMIT 1"
        )
    ).first()
    z = None
    if row is not None:
        try:
            report = json.loads(row[2] or "{}")
        except ValueError:
            report = {}
        totals = {k: report[k] for k in Z_TOTALS if isinstance(report.get(k), int)}
        z = {"number": row[0], "at": row[1], "totals": {"currency": str(report.get("currency", ""))[:3], **totals}}
    return {
        "v": REPORT_VERSION,
        "version": software_version(),
        "backlog": counts.get("pending", 0),
        "dead_letters": counts.get("dead", 0),
        "printer": printer if printer in PRINTER_STATES else "unknown",
        "z": z,
    }
