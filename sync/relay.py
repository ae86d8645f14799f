"""The outbox relay: sends this terminal's events to the platform in sequence order, in batches
(DESIGN.md, Push).

Exactly one relay runs per store file: it holds an OS file lock beside the store for as long as it
sends, so a second process (a second window, the CLI) skips its turn instead of sending the same
events at the same time. The platform stores each event id once, so a batch resent after a lost
answer is harmless: the repeats come back as duplicates with their first answers.

A row this till cannot read back (its body damaged on disk or cut short) is never sent and never
stops the others: its stand-in (``event.set_aside``) takes its sequence number at the platform, which
flags it for a person, and the row becomes a dead letter whose bytes stay in the store untouched.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import text

from app.clock import now_iso
from app.db.engine import Database
from app.outbox import PENDING_SQL, StoredEvent, read_stored
from app.sync_health import requeue_dead
from sync.client import AuthRefused, Client, Interposed, Refused, ServerBusy
from sync.protocol import BEHIND, EVENT_REFUSALS, FINAL_OK, FINAL_REFUSED, GAP, MAX_BATCH, set_aside_envelope


class RelayBusy(Exception):
    """Another process is relaying this store's outbox right now."""


class StoreBehind(Refused):
    """The platform holds other events under this till's sequence numbers: the store file is older
    than the platform's record of it (restored from a backup, or a copy). Its events stay waiting
    until the terminal is enrolled again, which gives it a fresh numbering at the platform."""


@dataclass
class PushReport:
    sent: int = 0
    acked: int = 0
    dead: int = 0
    unreadable: int = 0  # rows this till could not read: set aside (also counted in ``dead``)
    resent_from: list[int] = field(default_factory=list)


def lock_path(db: Database) -> Path:
    return db.path.with_name(db.path.name + ".relay.lock")


MAX_DOUBLINGS = 64  # 2**64 s is past any cap: more doublings change nothing but could overflow


class Backoff:
    """Exponential backoff with full jitter, honouring a server's ``Retry-After``."""

    def __init__(self, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None) -> None:
        self.base, self.cap, self.attempt = base, cap, 0
        self.rng = rng or random.Random()

    def next_delay(self, retry_after: float | None = None) -> float:
        """A delay in [0, cap]. The exponent stops growing once the ceiling is the cap, so an outage of
        any length (thousands of failures in a row) never overflows the float arithmetic."""
        ceiling = self.cap if self.attempt >= MAX_DOUBLINGS else min(self.cap, self.base * 2.0**self.attempt)
        self.attempt = min(self.attempt + 1, MAX_DOUBLINGS)
        delay = self.rng.uniform(0, ceiling)
        if retry_after is None or not retry_after >= 0:  # None, or NaN from a strange header
            return delay
        return max(delay, min(retry_after, self.cap))

    def reset(self) -> None:
        self.attempt = 0


class Relay:
    def __init__(self, db: Database, client: Client, batch: int = MAX_BATCH) -> None:
        self.db, self.client, self.batch = db, client, max(1, min(batch, MAX_BATCH))
        self.lock = FileLock(str(lock_path(db)), timeout=0)
        self._home: tuple[str, str] | None = None  # (store, terminal), for a stand-in's envelope

    def push(self) -> PushReport:
        """Send every pending event once; raises a ``SyncError`` when the platform cannot take them."""
        try:
            with self.lock:
                return self._push()
        except Timeout:
            raise RelayBusy("Another process is sending this terminal's events.") from None

    def catch_up(self) -> PushReport | None:
        """Act on what the platform's last answer said it holds from this till: when it holds fewer
        events than the till had acknowledged (its database was restored from a backup), or a person
        asked for set-aside events again, mark those pending and send them at once, with no new sale
        needed. None when there was nothing to send again."""
        try:
            with self.lock:
                if not self._requeue(self.client.platform_last_seq, self.client.resend_asked):
                    return None
                return self._push()
        except Timeout:
            raise RelayBusy("Another process is sending this terminal's events.") from None

    def _requeue(self, platform_last_seq: int | None, asked: list[str]) -> int:
        stamp, again = now_iso(), 0
        with self.db.write() as s:
            conn = s.connection()
            if platform_last_seq is not None:
                again += conn.execute(
                    text(
                        "UPDATE outbox_delivery SET status = 'pending', updated_at = :t WHERE status = 'acked' "
                        "AND event_id IN (SELECT id FROM outbox WHERE seq > :last)"
                    ),
                    {"t": stamp, "last": platform_last_seq},
                ).rowcount
                if again:  # the platform lost these too: their stand-ins went with it
                    conn.execute(
                        text(
                            "UPDATE outbox_delivery SET status = 'pending', updated_at = :t WHERE status = 'dead' "
                            "AND event_id IN (SELECT id FROM outbox WHERE seq > :last)"
                        ),
                        {"t": stamp, "last": platform_last_seq},
                    )
            if asked:
                again += requeue_dead(s, asked, stamp)
        return again

    def _pending(self, limit: int) -> list[StoredEvent]:
        with self.db.read() as s:
            conn = s.connection()
            events = [read_stored(*r) for r in conn.execute(text(PENDING_SQL + " LIMIT :n"), {"n": limit})]
            if self._home is None and any(e.event is None for e in events):
                self._home = tuple(conn.execute(text("SELECT store_code, code FROM terminal")).one())
            return events

    def _wire(self, event: StoredEvent) -> dict:
        """What is sent for a row: its event, or for a row that cannot be read, its stand-in."""
        if event.event is not None:
            return event.event
        store, terminal = self._home
        stand_in = set_aside_envelope(
            {
                "id": event.id,
                "type": event.type,
                "seq": event.seq,
                "store": store,
                "terminal": terminal,
                "created_at": event.created_at,
            }
        )
        stand_in["data"].update(digest=hashlib.sha256(event.raw).hexdigest(), reason=f"unreadable: {event.problem}")
        return stand_in

    def _push(self) -> PushReport:
        report = PushReport()
        size = self.batch
        while events := self._pending(size):
            try:
                answer = self.client.call("POST", "/v1/events", json={"events": [self._wire(e) for e in events]})
            except AuthRefused:
                raise
            except Refused as exc:  # the platform's own answer (sync.client: a proxy's is Interposed)
                if exc.status is None:  # no answer at all (an untrusted certificate): as it is
                    raise
                if exc.status not in EVENT_REFUSALS:  # e.g. its 404 mid-deploy: not about these events
                    raise ServerBusy(exc.message, "It is retried later; the events wait.", status=exc.status) from None
                if len(events) > 1:  # halve until the one event the platform will not take is alone
                    size = max(1, len(events) // 2)
                    continue
                stop = self._set_aside(events[0], exc, report)
                if stop is not None:
                    raise stop from None
                size = self.batch
                continue
            if not self.client.from_platform:  # only the platform's answer may set an event aside
                raise Interposed("The answer did not come from the platform.", "It is retried later.")
            report.sent += len(events)
            results = answer.get("results") if isinstance(answer, dict) else None
            if not isinstance(results, list):
                raise ServerBusy("The platform's answer has no results.", "It is retried later.")
            before = (report.acked, report.dead, len(report.resent_from))
            stop = self._record(events, results, report)
            if stop is not None:
                raise stop
            if (report.acked, report.dead, len(report.resent_from)) == before:
                raise ServerBusy("The platform answered none of the events sent.", "It is retried later.")
        return report

    def _set_aside(self, event: StoredEvent, refusal: Refused, report: PushReport) -> Refused | None:
        """The platform refused one event at the HTTP level: send its stand-in, which takes its sequence
        number, and keep the event as a dead letter. If even the stand-in is refused, the fault is not
        the event's (a wrong address, a proxy refusing everything): stop, and every event waits."""
        event_id = event.id
        try:
            if event.event is None:  # already its stand-in that was refused
                raise refusal
            answer = self.client.call("POST", "/v1/events", json={"events": [set_aside_envelope(event.event)]})
        except AuthRefused:
            raise
        except Refused as again:
            return Refused(
                f"The platform refuses every event ({again.message}).",
                "Check the server address ('cloudshelf sync status'); the events wait and nothing is lost.",
                status=again.status,
            )
        results = answer.get("results") if isinstance(answer, dict) else None
        result = results[0] if isinstance(results, list) and results and isinstance(results[0], dict) else None
        if result is None:
            raise ServerBusy("The platform's answer has no results.", "It is retried later.")
        report.sent += 1
        if result.get("status") in FINAL_OK and result.get("id") == event_id:
            return self._record([event], [result], report)  # the event was there all along
        if result.get("status") in FINAL_OK:
            result = {"id": event_id, "status": "invalid", "message": refusal.message, "set_aside": result}
        return self._record([event], [{**result, "id": event_id}], report)

    def _record(self, events: list[StoredEvent], results: list, report: PushReport) -> Refused | None:
        """Write the answers of one batch in one local transaction; returns the error that ends the push,
        if one did, so the answers before it are kept."""
        stop: Refused | None = None
        by_id = {r.get("id"): r for r in results if isinstance(r, dict)}
        stamp = now_iso()
        with self.db.write() as s:
            conn = s.connection()
            for event in events:
                seq, event_id = event.seq, event.id
                result = by_id.get(self._wire(event)["id"])
                if result is None:
                    continue  # not answered: stays pending
                status = result.get("status")
                if event.event is None and status in FINAL_OK | FINAL_REFUSED:
                    _unreadable(conn, event, result, stamp)
                    report.dead += 1
                    report.unreadable += 1
                elif status in FINAL_OK:
                    conn.execute(
                        text(
                            "UPDATE outbox_delivery SET status = 'acked', attempts = attempts + 1, answer = :a, "
                            "stock_seq = :ss, last_error = '', updated_at = :t WHERE event_id = :id"
                        ),
                        {"a": json.dumps(result), "ss": result.get("stock_seq"), "t": stamp, "id": event_id},
                    )
                    report.acked += 1
                elif status in FINAL_REFUSED:
                    conn.execute(
                        text(
                            "UPDATE outbox_delivery SET status = 'dead', attempts = attempts + 1, answer = :a, "
                            "last_error = :e, updated_at = :t WHERE event_id = :id"
                        ),
                        {
                            "a": json.dumps(result),
                            "e": str(result.get("message") or status)[:500],
                            "t": stamp,
                            "id": event_id,
                        },
                    )
                    report.dead += 1
                elif status == BEHIND:
                    stop = StoreBehind(
                        str(result.get("message") or f"The platform already holds an event numbered {seq}."),
                        "Enrol this terminal again with a new code (cloudshelf enrol); its waiting sales are "
                        "sent then.",
                    )
                    break
                elif status == GAP:
                    expected = result.get("expected")
                    if not isinstance(expected, int) or expected > seq or expected in report.resent_from:
                        stop = Refused(
                            f"The platform expects event {expected}, but this terminal is at {seq}.",
                            "This store file does not match the platform's record: call support.",
                        )
                        break
                    # The platform lost events we thought delivered (restored from a backup): send again.
                    conn.execute(
                        text(
                            "UPDATE outbox_delivery SET status = 'pending', updated_at = :t WHERE event_id IN "
                            "(SELECT id FROM outbox WHERE seq >= :e) AND status IN ('acked', 'dead')"
                        ),
                        {"t": stamp, "e": expected},
                    )
                    report.resent_from.append(expected)
                    break
        return stop


def _unreadable(conn, event: StoredEvent, result: dict, stamp: str) -> None:
    """A row this till cannot read, its stand-in answered: a dead letter that says what is wrong."""
    conn.execute(
        text(
            "UPDATE outbox_delivery SET status = 'dead', attempts = attempts + 1, answer = :a, "
            "last_error = :e, updated_at = :t WHERE event_id = :id"
        ),
        {
            "a": json.dumps({"status": "unreadable", "problem": event.problem, "set_aside": result}),
            "e": f"unreadable on this till: {event.problem}; its bytes are kept, run 'cloudshelf doctor'"[:500],
            "t": stamp,
            "id": event.id,
        },
    )
