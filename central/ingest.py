"""Takes the events terminals push, each exactly once (DESIGN.md, Push and Stock).

A batch is taken in one transaction; each event is stored once by id, with the answer it got:

* a repeat (same id, same canonical body) gets its first answer back, marked ``duplicate``;
* the same id with another body is a ``conflict`` (the HTTP 409 case) and raises a flag;
* each terminal's events must arrive in sequence: a later one waits (``gap``, with the expected
  number), a number already used by another event is a ``conflict``;
* an order event that meets an order that moved on (cancelled online, collected at another till)
  is accepted with the platform's state and the conflict named (``central.orders``);
* a cloud-shelf order rides with its sale: confirmed, or recorded as unfilled when its stock went
  meanwhile (``central.shelf``), never refused;
* a completed sale is never refused: it goes into the sales, the stock ledger and the stock feed,
  and a sale that takes stock below zero is recorded and flagged as an oversell.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central import catalog, orders, shelf
from central.auth import Caller
from central.clock import now_iso
from central.db import CentralDB
from central.feeds import append
from central.models import Event, Flag, Sale, SalePayment, ShiftRecord, StockLevel, StockMovement, Terminal
from sync.protocol import (
    ACCEPTED,
    CASH_MOVED,
    CONFLICT,
    DUPLICATE,
    EVENT_TYPES,
    FORBIDDEN,
    GAP,
    INVALID,
    ORDER_EVENTS,
    SALE_COMPLETED,
    SHELF_EVENTS,
    SHIFT_CLOSED,
    SHIFT_OPENED,
    STOCK,
    UPSERT,
    body_digest,
    canonical_json,
)

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class Invalid(Exception):
    """The event's body is not what the protocol says; the message names the field."""


def ingest(db: CentralDB, caller: Caller, events: list[Any]) -> list[dict]:
    """Take one batch in one transaction: the answers go out only after all of it is committed, so a
    crash anywhere leaves none of it, and the till sends the batch again."""
    results: list[dict] = []
    waiting_for: int | None = None
    with db.write() as s:
        for raw in events:
            if waiting_for is not None:  # after a gap the rest of the batch waits too
                results.append(_answer(raw, GAP, expected=waiting_for))
                continue
            result = ingest_one(s, caller, raw)
            if result["status"] == GAP:
                waiting_for = result["expected"]
            results.append(result)
    return results


def _answer(raw: Any, status: str, **extra: Any) -> dict:
    ident = raw.get("id") if isinstance(raw, dict) else None
    seq = raw.get("seq") if isinstance(raw, dict) else None
    return {
        "id": ident if isinstance(ident, str) else None,
        "seq": seq if isinstance(seq, int) else None,
        "status": status,
        **extra,
    }


def ingest_one(s: Session, caller: Caller, raw: Any) -> dict:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not _UUID.match(raw["id"]):
        return _answer(raw, INVALID, message="The event has no valid id.")
    seq = raw.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        return _answer(raw, INVALID, message="The event has no valid sequence number.")
    body = canonical_json(raw)
    digest = body_digest(body)
    if raw.get("store") != caller.store or raw.get("terminal") != caller.terminal:
        # Refused before the id is looked up or stored: a token must not claim another till's events.
        message = "The event names another store or terminal than the token's."
        _flag(s, FORBIDDEN, caller, raw["id"], {"seq": seq, "message": message})
        return _answer(raw, FORBIDDEN, message=message)
    terminal = s.get(Terminal, caller.terminal_id, with_for_update=True)
    first = s.get(Event, raw["id"])
    if first is not None:
        if first.digest == digest:
            return {**json.loads(first.response), "status": DUPLICATE}
        _flag(s, "conflict", caller, raw["id"], {"reason": "same id, different body", "seq": seq})
        return _answer(raw, CONFLICT, message="An event with this id and another body was received before.")
    if seq <= terminal.last_seq:
        _flag(s, "conflict", caller, raw["id"], {"reason": "sequence number reused", "seq": seq})
        return _answer(raw, CONFLICT, message=f"Sequence {seq} was already used by another event.")
    if seq > terminal.last_seq + 1:
        return _answer(raw, GAP, expected=terminal.last_seq + 1)
    event = Event(
        id=raw["id"],
        terminal_id=caller.terminal_id,
        seq=seq,
        type=str(raw.get("type"))[:40],
        digest=digest,
        body=body,
        status=ACCEPTED,
        response="{}",
        received_at=now_iso(),
    )
    s.add(event)
    s.flush()  # what the event writes points at it
    status, extra = ACCEPTED, {}
    try:
        with s.begin_nested():
            extra = _apply(s, caller, raw)
    except Invalid as exc:
        status, extra = INVALID, {"message": str(exc)}
    if status != ACCEPTED:
        _flag(s, status, caller, raw["id"], {"seq": seq, **extra})
    answer = _answer(raw, status, **extra)
    event.status, event.response = status, json.dumps(answer)
    terminal.last_seq = seq
    terminal.last_seen_at = now_iso()
    return answer


def _flag(s: Session, kind: str, caller: Caller, event_id: str | None, detail: dict) -> None:
    s.add(
        Flag(
            kind=kind,
            store_code=caller.store,
            terminal_id=caller.terminal_id,
            event_id=event_id,
            detail=json.dumps(detail, sort_keys=True),
            created_at=now_iso(),
        )
    )


def _need(data: Any, key: str, kind: type | tuple) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise Invalid(f"The event has no '{key}'.")
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise Invalid(f"'{key}' has the wrong type.")
    return value


def _apply(s: Session, caller: Caller, raw: dict) -> dict:
    kind = raw.get("type")
    if kind not in EVENT_TYPES:
        raise Invalid(f"Unknown event type {kind!r}.")
    data = _need(raw, "data", dict)
    if kind == SALE_COMPLETED:
        return _sale(s, caller, raw["id"], data)
    if kind in ORDER_EVENTS:
        try:
            return orders.apply_event(s, caller, kind, raw["id"], data)
        except (orders.EventInvalid, KeyError, TypeError, ValueError) as exc:
            raise Invalid(str(exc) if isinstance(exc, orders.EventInvalid) else f"A field is missing: {exc}") from None
    if kind in SHELF_EVENTS:
        try:
            return shelf.apply_event(s, caller, kind, raw["id"], data)
        except (shelf.EventInvalid, KeyError, TypeError, ValueError) as exc:
            raise Invalid(str(exc) if isinstance(exc, shelf.EventInvalid) else f"A field is missing: {exc}") from None
    if kind == SHIFT_OPENED:
        shift_id = _need(data, "shift_id", str)
        if s.get(ShiftRecord, shift_id) is None:
            s.add(
                ShiftRecord(
                    id=shift_id,
                    terminal_id=caller.terminal_id,
                    store_code=caller.store,
                    opened_at=raw.get("created_at"),
                )
            )
    elif kind == SHIFT_CLOSED:
        shift_id = _need(data, "shift_id", str)
        record = s.get(ShiftRecord, shift_id) or ShiftRecord(
            id=shift_id, terminal_id=caller.terminal_id, store_code=caller.store
        )
        record.closed_at = data.get("closed_at")
        record.z_number = _need(data, "z_number", int)
        record.z_report = canonical_json(data)
        s.add(record)
    elif kind == CASH_MOVED:
        _need(data, "amount", int)
    return {}


def _sale(s: Session, caller: Caller, event_id: str, data: dict) -> dict:
    sale_id = _need(data, "id", str)
    if s.get(Sale, sale_id) is not None:
        raise Invalid(f"Sale {sale_id} was already received in another event.")
    lines = _need(data, "lines", list)
    payments = _need(data, "payments", list)
    movements = _need(data, "movements", list)
    s.add(
        Sale(
            id=sale_id,
            event_id=event_id,
            store_code=caller.store,
            terminal_id=caller.terminal_id,
            receipt_no=_need(data, "receipt_no", str),
            shift_id=_need(data, "shift_id", str),
            kind=_need(data, "kind", str),
            currency=_need(data, "currency", str),
            total=_need(data, "total", int),
            tax_total=_need(data, "tax_total", int),
            discount_total=_need(data, "discount_total", int),
            rounding=_need(data, "rounding", int),
            created_at=_need(data, "created_at", str),
            body=canonical_json(data),
        )
    )
    if lines and not all(isinstance(ln, dict) for ln in lines):
        raise Invalid("'lines' must be a list of objects.")
    for p in payments:
        s.add(
            SalePayment(
                id=_need(p, "id", str), sale_id=sale_id, method=_need(p, "method", str), amount=_need(p, "amount", int)
            )
        )
    s.flush()
    stock_seq = 0
    for m in movements:
        location = _need(m, "location_code", str)
        if location != caller.store:
            raise Invalid(f"A movement at {location} is not this terminal's store.")
        stock_seq = max(
            stock_seq,
            record_movement(
                s,
                movement_id=_need(m, "id", str),
                location=location,
                sku=_need(m, "sku", str),
                qty=_need(m, "qty", int),
                reason=_need(m, "reason", str),
                event_id=event_id,
                created_at=_need(m, "created_at", str),
                caller=caller,
            ),
        )
    return {"stock_seq": stock_seq} if stock_seq else {}


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
    """Add one movement to the ledger and the level, publish the new level; returns its feed seq."""
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
        _flag(s, "oversell", caller, event_id, {"location": location, "sku": sku, "on_hand": on_hand, "qty": qty})
    level = s.scalar(select(StockLevel).where(StockLevel.location_code == location, StockLevel.sku == sku))
    return append(s, STOCK, location, f"{location}:{sku}", UPSERT, catalog.stock_body(level))
