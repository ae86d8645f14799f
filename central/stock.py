"""Stock movements made at the platform (goods received, counts) and stock levels by location."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import insert, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central import catalog
from central.auth import Caller
from central.clock import now_iso
from central.db import CentralDB
from central.errors import ServiceError
from central.feeds import append, append_many
from central.models import Flag, Location, StockLevel, StockMovement, Variant
from sync.protocol import STOCK, UPSERT

COUNT_COLUMNS = ("location", "sku", "on_hand")
CHUNK = 1000


def adjust(session: Session, location: str, sku: str, qty: int, reason: str) -> int:
    if session.get(Location, location) is None:
        raise ServiceError(404, "no_location", f"There is no location {location}.", "Check the code.")
    if qty == 0:
        raise ServiceError(400, "zero", "A movement of 0 units changes nothing.", "Give a positive or negative qty.")
    import uuid6

    record_movement(
        session,
        movement_id=str(uuid6.uuid7()),
        location=location,
        sku=sku,
        qty=qty,
        reason=reason,
        event_id=None,
        created_at=now_iso(),
    )
    return session.get(StockLevel, (location, sku)).on_hand


def import_counts(db: CentralDB, path: Path) -> int:
    """Set stock levels from a count (CSV ``location,sku,on_hand``), all or nothing.

    Each changed level becomes one ``count`` movement of the difference, so the ledger still adds
    up to the level. Returns how many levels changed.
    """
    counts, problems = _read_counts(db, Path(path))
    if problems:
        shown = "\n".join(problems[:50])
        raise ServiceError(
            400,
            "import_failed",
            f"{Path(path).name}: {len(problems)} problem(s); nothing was imported.\n{shown}",
            "Fix these rows and import the whole file again.",
        )
    import uuid6

    with db.write() as s:
        levels = {(r.location_code, r.sku): r.on_hand for r in s.scalars(select(StockLevel))}
        stamp = now_iso()
        moves = [
            (location, sku, on_hand - levels.get((location, sku), 0))
            for (location, sku), on_hand in counts.items()
            if on_hand != levels.get((location, sku), 0) or (location, sku) not in levels
        ]
        ledger = [
            {"id": str(uuid6.uuid7()), "location_code": loc, "sku": sku, "qty": qty, "reason": "count",
             "event_id": None, "created_at": stamp, "recorded_at": stamp}
            for loc, sku, qty in moves
            if qty
        ]  # fmt: skip
        for start in range(0, len(ledger), CHUNK):
            s.execute(insert(StockMovement), ledger[start : start + CHUNK])
        dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
        statement = dialect.insert(StockLevel)
        upsert = statement.on_conflict_do_update(
            index_elements=["location_code", "sku"],
            set_={"on_hand": StockLevel.on_hand + statement.excluded.on_hand, "last_movement_at": stamp},
        )
        rows = [
            {"location_code": loc, "sku": sku, "on_hand": qty, "last_movement_at": stamp} for loc, sku, qty in moves
        ]
        for start in range(0, len(rows), CHUNK):
            s.execute(upsert, rows[start : start + CHUNK])
        changed = [(loc, sku) for loc, sku, _ in moves]
        bodies = []
        for start in range(0, len(changed), CHUNK):
            part = changed[start : start + CHUNK]
            found = s.scalars(select(StockLevel).where(tuple_(StockLevel.location_code, StockLevel.sku).in_(part)))
            bodies += [
                (lv.location_code, f"{lv.location_code}:{lv.sku}", UPSERT, catalog.stock_body(lv)) for lv in found
            ]
        append_many(s, STOCK, bodies)
    return len(moves)


def _read_counts(db: CentralDB, path: Path) -> tuple[dict[tuple[str, str], int], list[str]]:
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise ServiceError(400, "unreadable", f"Cannot read {path}: {exc.strerror}.", "Check the path.") from None
    with db.read() as s:
        locations = set(s.scalars(select(Location.code)))
        skus = set(s.scalars(select(Variant.sku)))
    counts: dict[tuple[str, str], int] = {}
    problems: list[str] = []
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COUNT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ServiceError(
                400, "bad_header", f"{path.name} has no column {', '.join(missing)}.", "Header: location,sku,on_hand"
            )
        for row in reader:
            line = reader.line_num
            location, sku, text = (row[c].strip() if row[c] else "" for c in COUNT_COLUMNS)
            if location not in locations:
                problems.append(f"line {line}: there is no location '{location}'")
            elif sku not in skus:
                problems.append(f"line {line}: sku '{sku}' is not in the catalog")
            elif not text.isdigit():
                problems.append(f"line {line}: on_hand '{text}' is not a whole number of 0 or more")
            elif (location, sku) in counts:
                problems.append(f"line {line}: {location} {sku} is counted twice")
            else:
                counts[(location, sku)] = int(text)
    return counts, problems


def record_movement(
    s: Session,
    *,
    movement_id: str,
    location: str,
    sku: str,
    qty: int,
    reason: str,
    event_id: str | None,
    created_at: str,
    caller: Caller | None = None,
) -> int:
    """One movement made at the platform (goods received, an adjustment) or for a till's order event
    (``caller``: a negative level is flagged as an oversell): the ledger, the level and the stock
    feed; returns its feed seq."""
    stamp = now_iso()
    s.execute(
        insert(StockMovement).values(
            id=movement_id,
            location_code=location,
            sku=sku,
            qty=qty,
            reason=reason,
            event_id=event_id,
            created_at=created_at,
            recorded_at=stamp,
        )
    )
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(StockLevel).values(location_code=location, sku=sku, on_hand=qty, last_movement_at=stamp)
    on_hand = s.execute(
        statement.on_conflict_do_update(
            index_elements=["location_code", "sku"],
            set_={"on_hand": StockLevel.on_hand + qty, "last_movement_at": stamp},
        ).returning(StockLevel.on_hand)
    ).scalar_one()
    if qty < 0 and on_hand < 0 and caller is not None:
        s.add(
            Flag(
                kind="oversell",
                store_code=caller.store,
                terminal_id=caller.terminal_id,
                event_id=event_id,
                detail=json.dumps({"location": location, "sku": sku, "on_hand": on_hand, "qty": qty}, sort_keys=True),
                created_at=stamp,
            )
        )
    level = s.scalar(select(StockLevel).where(StockLevel.location_code == location, StockLevel.sku == sku))
    return append(s, STOCK, location, f"{location}:{sku}", UPSERT, catalog.stock_body(level))
