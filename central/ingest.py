"""Takes the events terminals push, each exactly once (DESIGN.md, Push and Stock).

A batch is taken in one transaction; each event is stored once by id, with the answer it got:

* a repeat (same id, same canonical body) gets its first answer back, marked ``duplicate``;
* the same id with another body is a ``conflict`` (the HTTP 409 case) and raises a flag;
* each terminal's events must arrive in sequence: a later one waits (``gap``, with the expected
  number); a number already used by another event means the till's store file is behind the
  platform (``behind``: restored from a backup), and it must be enrolled again before it sends more;
* a terminal enrolled again continues from the first event it has not seen acknowledged; repeats of
  events the platform already holds move its sequence on as new ones would;
* an order event that meets an order that moved on (cancelled online, collected at another till)
  is accepted with the platform's state and the conflict named (``central.orders``);
* a cloud-shelf order rides with its sale: confirmed, or recorded as unfilled when its stock went
  meanwhile (``central.shelf``), never refused;
* a completed sale is never refused: it goes into the sales, the stock ledger and the stock feed,
  and a sale that takes stock below zero is recorded and flagged as an oversell;
* an event whose body breaks the protocol is stored as ``invalid`` (a flag for a person) and takes
  its sequence number, so the events after it are not held back.

Every event is checked in Python before anything is written, so a bad one never half-writes and
never fails the batch; the batch is then written with a handful of bulk statements (a few queries
per batch, not per event), and the terminal's row lock orders its batches.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, insert, literal, select, union_all
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from central import catalog, checks, dispatch, resend
from central.auth import Caller
from central.clock import now_iso
from central.db import CentralDB
from central.feeds import append_many
from central.inputs import find_bad_text, shown, storable_id, storable_json
from central.models import Event, Flag, Sale, SalePayment, ShiftRecord, StockLevel, StockMovement, Terminal
from sync.protocol import (
    ACCEPTED,
    BEHIND,
    CASH_MOVED,
    CONFLICT,
    DUPLICATE,
    EVENT_TYPES,
    FINAL_REFUSED,
    FORBIDDEN,
    GAP,
    INVALID,
    SALE_COMPLETED,
    SET_ASIDE,
    SHIFT_CLOSED,
    SHIFT_OPENED,
    STOCK,
    UPSERT,
    body_digest,
    canonical_json,
)

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_MONEY = 10**15  # minor units; core.formats.MAX_AMOUNT_DIGITS
MAX_QTY = 2**31 - 1  # the ledger's quantities are 32-bit
MAX_MOVEMENT = 10**6  # units in one movement: no till line comes near it (app.terminal.context.MAX_QTY)
CHUNK = 500


class OutOfRange(Exception):
    """A stock level would leave the ledger's 32-bit range (PostgreSQL refuses it; SQLite would not)."""


# A value the checks let through and the database refused: that event alone is refused. (A lost
# connection, a lock or a deadlock is no event's fault: the push fails and is retried.)
REFUSED = (DataError, IntegrityError, UnicodeError, OverflowError, OutOfRange)


class Invalid(Exception):
    """The event's body is not what the protocol says; the message names the field."""


def ingest(db: CentralDB, caller: Caller, events: list[Any]) -> list[dict]:
    """Take one batch in one transaction: the answers go out only after all of it is committed, so a
    crash anywhere leaves none of it, and the till sends the batch again."""
    try:
        with db.write() as s:
            return Batch(s, caller).take(events)
    except REFUSED:  # take them again one at a time, each in a savepoint
        pass
    with db.write() as s:
        return Batch(s, caller, one_by_one=True).take(events)


def _answer(raw: Any, status: str, **extra: Any) -> dict:
    ident = raw.get("id") if isinstance(raw, dict) else None
    seq = raw.get("seq") if isinstance(raw, dict) else None
    return {
        "id": ident if isinstance(ident, str) and _UUID.match(ident) else None,
        "seq": seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
        "status": status,
        **extra,
    }


@dataclass
class _Movement:
    row: dict
    answer: dict  # the answer of the event it belongs to: gets the stock feed seq


@dataclass
class _Writes:
    """Everything a batch writes, gathered while its events are checked in order."""

    events: list[dict] = field(default_factory=list)
    sales: list[dict] = field(default_factory=list)
    payments: list[dict] = field(default_factory=list)
    movements: list[_Movement] = field(default_factory=list)
    flags: list[dict] = field(default_factory=list)


class Batch:
    def __init__(self, s: Session, caller: Caller, *, one_by_one: bool = False) -> None:
        """``one_by_one``: each event is written in a savepoint of its own, so one the database refuses
        is answered ``invalid`` and the rest go on (the slow path, taken only after such a refusal)."""
        self.s, self.caller, self.one_by_one = s, caller, one_by_one
        self.refusal: str | None = None  # set while an event the database refused is taken again as invalid
        self.terminal = s.execute(
            select(Terminal).where(Terminal.id == caller.terminal_id).with_for_update()
        ).scalar_one()
        self.writes = _Writes()
        self.stamp = now_iso()
        self.known: dict[str, tuple[str, dict]] = {}  # event id -> (digest, answer), stored or taken now
        self.taken_ids: dict[str, set[str]] = {"sale": set(), "payment": set(), "movement": set()}
        self.shifts: dict[str, ShiftRecord] = {}

    # ------------------------------------------------------------ reading what is there, once per batch
    def _prefetch(self, events: list[Any]) -> None:
        ids, originals, sales, payments, movements = set(), set(), set(), set(), set()
        for raw in events:
            if not isinstance(raw, dict):
                continue
            if isinstance(raw.get("id"), str) and _UUID.match(raw["id"]):
                ids.add(raw["id"])
            data = raw.get("data") if isinstance(raw.get("data"), dict) else {}
            if raw.get("type") == SET_ASIDE:
                originals.update(_strings([data], "event_id"))
            if raw.get("type") == SALE_COMPLETED:
                sales.update(_strings([data], "id"))
                payments.update(_strings(data.get("payments"), "id"))
                movements.update(_strings(data.get("movements"), "id"))
        self.stored = {
            row.id: row
            for row in self._in(
                select(Event.id, Event.digest, Event.response, Event.seq, Terminal.store_code, Terminal.code).join(
                    Terminal, Terminal.id == Event.terminal_id
                ),
                Event.id,
                ids | originals,
            )
        }
        wanted = [
            ("sale", Sale.id, sales),
            ("payment", SalePayment.id, payments),
            ("movement", StockMovement.id, movements),
        ]
        if any(values for _, _, values in wanted):  # one round trip for the three id checks
            parts = [
                select(literal(kind).label("kind"), column.label("id")).where(column.in_(sorted(values)))
                for kind, column, values in wanted
                if values
            ]
            for kind, ident in self.s.execute(union_all(*parts)):
                self.taken_ids[kind].add(ident)

    def _in(self, query, column, values: set[str]) -> list:
        values = sorted(values)
        rows: list = []
        for start in range(0, len(values), CHUNK):
            rows += self.s.execute(query.where(column.in_(values[start : start + CHUNK]))).all()
        return rows

    # ------------------------------------------------------------ the batch, in the terminal's order
    def take(self, events: list[Any]) -> list[dict]:
        self._prefetch(events)
        results: list = []
        waiting_for: int | None = None
        for raw in events:
            if waiting_for is not None:  # after a gap the rest of the batch waits too
                results.append(_answer(raw, GAP, expected=waiting_for))
                continue
            result = self._careful(raw) if self.one_by_one else self._one(raw)
            if isinstance(result, dict) and result["status"] in (GAP, BEHIND):
                waiting_for = result["expected"]
            results.append(result)
        self._write()
        # a repeat within the batch carries the final first answer (with its stock feed seq)
        return [r() if callable(r) else r for r in results]

    def _one(self, raw: Any) -> dict | Callable[[], dict]:
        caller, terminal = self.caller, self.terminal
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not _UUID.match(raw["id"]):
            return _answer(raw, INVALID, message="The event has no valid id.")
        seq = raw.get("seq")
        if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= 2**53:
            return _answer(raw, INVALID, message="The event has no valid sequence number.")
        event_id = raw["id"]
        if raw.get("store") != caller.store or raw.get("terminal") != caller.terminal:
            # Refused before the id is looked up or stored: a token must not claim another till's events.
            message = "The event names another store or terminal than the token's."
            self._flag(FORBIDDEN, event_id, {"seq": seq, "message": message})
            return _answer(raw, FORBIDDEN, message=message)
        if raw.get("type") == SET_ASIDE:
            resend.tried_again(self.s, caller.terminal_id, raw.get("data"))
            original = self._original(raw)
            if original is not None:  # the event it stands in for is here after all (its answer was lost)
                if seq == terminal.last_seq + 1 and original.seq == seq:
                    terminal.last_seq = seq
                return {**json.loads(original.response), "status": DUPLICATE}
        body = storable_json(raw)  # canonical_json, unless a lone surrogate makes it unstorable
        digest = body_digest(body)
        first = self._first(event_id)
        if first is not None:
            first_digest, first_answer = first
            if first_digest == digest:
                if seq == terminal.last_seq + 1:  # a till enrolled again resends what the platform holds
                    terminal.last_seq = seq
                # a repeat of a refused event is refused again (a dead letter sent again must not pass as taken)
                again = first_answer["status"] if first_answer.get("status") in FINAL_REFUSED else DUPLICATE
                if event_id in self.known:  # taken in this batch: its answer is final once the batch is written
                    return lambda: {**first_answer, "status": again}
                return {**first_answer, "status": again}
            self._flag("conflict", event_id, {"reason": "same id, different body", "seq": seq})
            return _answer(raw, CONFLICT, message="An event with this id and another body was received before.")
        if seq <= terminal.last_seq and not resend.take_place_of_stand_in(self.s, caller.terminal_id, event_id, seq):
            self._flag(BEHIND, event_id, {"reason": "sequence number reused", "seq": seq})
            return _answer(
                raw,
                BEHIND,
                expected=terminal.last_seq + 1,
                message=f"This till already sent another event numbered {seq}: its store file is older than the "
                "platform's record (restored from a backup?).",
            )
        if seq > terminal.last_seq + 1:
            return _answer(raw, GAP, expected=terminal.last_seq + 1)
        answer = _answer(raw, ACCEPTED)
        try:
            self._apply(raw, answer)
        except (Invalid, checks.BadEvent) as exc:
            refusal = FORBIDDEN if isinstance(exc, checks.NotYours) else INVALID  # another store's or till's record
            answer = _answer(raw, refusal, message=str(exc))
            self._flag(refusal, event_id, {"seq": seq, "message": str(exc)})
        self.writes.events.append(
            {
                "id": event_id,
                "terminal_id": caller.terminal_id,
                "seq": seq,
                "type": shown(raw.get("type")),
                "digest": digest,
                "body": body,
                "status": answer["status"],
                "answer": answer,
                "received_at": self.stamp,
            }
        )
        self.known[event_id] = (digest, answer)
        terminal.last_seq = max(terminal.last_seq, seq)  # a set-aside event sent again keeps its old number
        terminal.last_seen_at = self.stamp
        return answer

    def _careful(self, raw: Any) -> dict | Callable[[], dict]:
        """One event and its writes in a savepoint; if the database refuses them, the event is taken
        again as ``invalid`` (stored, flagged, its number used) with nothing else written."""
        before = (self.terminal.last_seq, dict(self.known), {k: set(v) for k, v in self.taken_ids.items()})
        try:
            with self.s.begin_nested():
                result = self._one(raw)
                self._write()
            return result
        except REFUSED as exc:
            reason = getattr(exc, "orig", None) or exc
            first_line = str(reason).splitlines()[0] if str(reason) else type(reason).__name__
            self.refusal = f"The platform's database refused the event: {shown(first_line, 160)}"
        finally:
            self.writes = _Writes()
        self.terminal.last_seq, self.known, self.taken_ids = before
        self.shifts.clear()
        try:
            with self.s.begin_nested():
                result = self._one(raw)
                self._write()
            return result
        finally:
            self.refusal = None
            self.writes = _Writes()

    def _first(self, event_id: str) -> tuple[str, dict] | None:
        if event_id in self.known:
            return self.known[event_id]
        row = self.stored.get(event_id)
        return (row.digest, json.loads(row.response)) if row is not None else None

    def _original(self, raw: dict):
        data = raw.get("data")
        ident = data.get("event_id") if isinstance(data, dict) else None
        row = self.stored.get(ident) if isinstance(ident, str) else None
        if row is None or (row.store_code, row.code) != (self.caller.store, self.caller.terminal):
            return None
        return row

    def _flag(self, kind: str, event_id: str | None, detail: dict) -> None:
        if kind == BEHIND and self.s.scalar(
            select(Flag.id).where(Flag.kind == kind, Flag.event_id == event_id, Flag.resolved_at.is_(None)).limit(1)
        ):
            return  # a till that keeps trying before it is enrolled again: one flag is enough
        self.writes.flags.append(
            {
                "kind": kind,
                "store_code": self.caller.store,
                "terminal_id": self.caller.terminal_id,
                "event_id": event_id,
                "detail": json.dumps(detail, sort_keys=True),
                "created_at": self.stamp,
            }
        )

    # ------------------------------------------------------------ checking an event's body
    def _apply(self, raw: dict, answer: dict) -> None:
        if self.refusal:
            raise Invalid(self.refusal)
        broken = find_bad_text(raw)
        if broken:
            why, key = broken
            raise Invalid(f"'{key}': {why.replace('request', 'event')}")
        kind = raw.get("type")
        data = _need(raw, "data", dict)
        if kind == SET_ASIDE:
            self._flag("set_aside", _text(data, "event_id", Flag.event_id), {"seq": raw["seq"], **data})
        elif kind not in EVENT_TYPES:
            raise Invalid(f"Unknown event type {kind!r}.")
        elif kind == SALE_COMPLETED:
            self._sale(raw["id"], data, answer)
        elif (area := dispatch.area_of(kind)) is not None:  # pickup orders, the cloud shelf
            try:
                with self.s.begin_nested():  # an area's event writes as it goes: all of it or none
                    answer.update(area.apply(self.s, self.caller, kind, raw["id"], data))
            except area.invalid as exc:
                raise Invalid(str(exc)) from None
            except (KeyError, TypeError, ValueError) as exc:
                raise Invalid(f"A field is missing or malformed: {exc}") from None
        elif kind == SHIFT_OPENED:
            shift_id = _text(data, "shift_id", ShiftRecord.id)
            record = self._shift(shift_id)
            if record.opened_at is None:
                record.opened_at = _stamp(raw.get("created_at"))
        elif kind == SHIFT_CLOSED:
            shift_id = _text(data, "shift_id", ShiftRecord.id)
            z_number = _int(data, "z_number", MAX_QTY)
            record = self._shift(shift_id)
            record.closed_at = _stamp(data.get("closed_at"))
            record.z_number = z_number
            record.z_report = canonical_json(data)
        elif kind == CASH_MOVED:
            checks.amount(data.get("amount"), "'amount'", low=1)
            checks.shift_of(self.s, self.caller, _text(data, "shift_id", ShiftRecord.id))
        else:  # an area's type whose module was never imported: fail the batch (it is retried), never drop it
            raise LookupError(f"No area of the platform takes {kind} events (central.api imports them all).")

    def _shift(self, shift_id: str) -> ShiftRecord:
        record = self.shifts.get(shift_id) or self.s.get(ShiftRecord, shift_id)
        checks.own_shift(self.s, self.caller, record)
        if record is None:
            record = ShiftRecord(id=shift_id, terminal_id=self.caller.terminal_id, store_code=self.caller.store)
            self.s.add(record)
        self.shifts[shift_id] = record
        return record

    def _sale(self, event_id: str, data: dict, answer: dict) -> None:
        caller = self.caller
        sale_id = _text(data, "id", Sale.id)
        if sale_id in self.taken_ids["sale"]:
            raise Invalid(f"Sale {sale_id} was already received in another event.")
        lines = _need(data, "lines", list)
        if not all(isinstance(ln, dict) for ln in lines):
            raise Invalid("'lines' must be a list of objects.")
        checks.sale_units(data)
        sale = {
            "id": sale_id,
            "event_id": event_id,
            "store_code": caller.store,
            "terminal_id": caller.terminal_id,
            "receipt_no": _text(data, "receipt_no", Sale.receipt_no),
            "shift_id": _text(data, "shift_id", Sale.shift_id),
            "kind": _text(data, "kind", Sale.kind),
            "currency": _text(data, "currency", Sale.currency),
            "total": _int(data, "total", MAX_MONEY),
            "tax_total": _int(data, "tax_total", MAX_MONEY),
            "discount_total": _int(data, "discount_total", MAX_MONEY),
            "rounding": _int(data, "rounding", MAX_MONEY),
            "created_at": _text(data, "created_at", Sale.created_at),
            "body": canonical_json(data),
        }
        checks.own_receipt(caller, sale["receipt_no"])
        checks.shift_of(self.s, caller, sale["shift_id"])
        checks.returns_own_sales(self.s, caller, lines, _need(data, "payments", list))
        payments: list[dict] = []
        for p in _need(data, "payments", list):
            payments.append(
                {
                    "id": self._new_id("payment", _text(p, "id", SalePayment.id), payments),
                    "sale_id": sale_id,
                    "method": _text(p, "method", SalePayment.method),
                    "amount": _int(p, "amount", MAX_MONEY),
                }
            )
        movements: list[dict] = []
        for m in _need(data, "movements", list):
            location = _text(m, "location_code", StockMovement.location_code)
            if location != caller.store:
                raise Invalid(f"A movement at {location} is not this terminal's store.")
            movements.append(
                {
                    "id": self._new_id("movement", _text(m, "id", StockMovement.id), movements),
                    "location_code": location,
                    "sku": _text(m, "sku", StockMovement.sku),
                    "qty": _int(m, "qty", MAX_MOVEMENT),
                    "reason": _text(m, "reason", StockMovement.reason),
                    "event_id": event_id,
                    "created_at": _text(m, "created_at", StockMovement.created_at),
                    "recorded_at": self.stamp,
                }
            )
        # all checked: now it counts
        self.taken_ids["sale"].add(sale_id)
        self.taken_ids["payment"].update(p["id"] for p in payments)
        self.taken_ids["movement"].update(m["id"] for m in movements)
        self.writes.sales.append(sale)
        self.writes.payments += payments
        self.writes.movements += [_Movement(m, answer) for m in movements]

    def _new_id(self, kind: str, ident: str, siblings: list[dict]) -> str:
        """An id no earlier event nor an earlier item of this event has used."""
        if ident in self.taken_ids[kind] or any(item["id"] == ident for item in siblings):
            raise Invalid(f"The {kind} id {ident} was already received.")
        return ident

    # ------------------------------------------------------------ writing the batch
    def _write(self) -> None:
        w, s = self.writes, self.s
        self._stock()
        if w.events:
            rows = [
                {**{k: v for k, v in e.items() if k != "answer"}, "response": json.dumps(e["answer"])} for e in w.events
            ]
            for start in range(0, len(rows), CHUNK):
                s.execute(insert(Event), rows[start : start + CHUNK])
        for model, rows in ((Sale, w.sales), (SalePayment, w.payments), (Flag, w.flags)):
            for start in range(0, len(rows), CHUNK):
                s.execute(insert(model), rows[start : start + CHUNK])
        movements = [m.row for m in w.movements]
        for start in range(0, len(movements), CHUNK):
            s.execute(insert(StockMovement), movements[start : start + CHUNK])

    def _stock(self) -> None:
        """Levels move by the batch's total per item, in one locked upsert; oversells are found by
        replaying the movements in order from the level the lock found; the stock feed gets one
        change per item, and each sale's answer the feed seq that includes its movements."""
        w, s = self.writes, self.s
        if not w.movements:
            return
        delta: dict[tuple[str, str], int] = defaultdict(int)
        for m in w.movements:
            delta[(m.row["location_code"], m.row["sku"])] += m.row["qty"]
        keys = sorted(delta)  # one lock order for every writer: no deadlocks between batches
        dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
        after: dict[tuple[str, str], StockLevel] = {}
        for start in range(0, len(keys), CHUNK):
            part = keys[start : start + CHUNK]
            statement = dialect.insert(StockLevel).values(
                [
                    {"location_code": loc, "sku": sku, "on_hand": delta[(loc, sku)], "last_movement_at": self.stamp}
                    for loc, sku in part
                ]
            )
            statement = statement.on_conflict_do_update(
                index_elements=["location_code", "sku"],
                set_={"on_hand": StockLevel.on_hand + statement.excluded.on_hand, "last_movement_at": self.stamp},
            ).returning(StockLevel.location_code, StockLevel.sku, StockLevel.on_hand, StockLevel.last_movement_at)
            for row in s.execute(statement):
                after[(row.location_code, row.sku)] = StockLevel(
                    location_code=row.location_code,
                    sku=row.sku,
                    on_hand=row.on_hand,
                    last_movement_at=row.last_movement_at,
                )
        if any(abs(after[key].on_hand) > MAX_QTY for key in keys):
            raise OutOfRange("a stock level would be out of range")
        level = {key: after[key].on_hand - delta[key] for key in keys}
        for m in w.movements:
            key = (m.row["location_code"], m.row["sku"])
            level[key] += m.row["qty"]
            if m.row["qty"] < 0 and level[key] < 0:
                loc, sku = key
                detail = {"location": loc, "sku": sku, "on_hand": level[key], "qty": m.row["qty"]}
                self._flag("oversell", m.row["event_id"], detail)
        seqs = append_many(s, STOCK, [(k[0], f"{k[0]}:{k[1]}", UPSERT, catalog.stock_body(after[k])) for k in keys])
        seq_of = dict(zip(keys, seqs, strict=True))
        for m in w.movements:
            seq = seq_of[(m.row["location_code"], m.row["sku"])]
            m.answer["stock_seq"] = max(m.answer.get("stock_seq", 0), seq)


def _stamp(value: Any) -> str | None:
    """A till's timestamp, kept for people only."""
    return value[:32] if isinstance(value, str) else None


def _strings(items: Any, key: str) -> set[str]:
    """The ids to look up: only those a column could hold (a NUL would fail the lookup itself)."""
    if not isinstance(items, list):
        return set()
    found = {i[key] for i in items if isinstance(i, dict) and isinstance(i.get(key), str)}
    return {v for v in found if storable_id(v)}


def _need(data: Any, key: str, kind: type | tuple) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise Invalid(f"The event has no '{key}'.")
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise Invalid(f"'{key}' has the wrong type.")
    return value


def _text(data: Any, key: str, column: Column) -> str:
    """A string that fits its column (PostgreSQL refuses a longer one, and would fail the batch)."""
    value = _need(data, key, str)
    limit = getattr(column.type, "length", None)
    if limit is not None and len(value) > limit:
        raise Invalid(f"'{key}' is longer than {limit} characters.")
    return value


def _int(data: Any, key: str, limit: int) -> int:
    value = _need(data, key, int)
    if abs(value) > limit:
        raise Invalid(f"'{key}' is out of range.")
    return value
