"""The print queue in the local store: receipts, reports and pick slips wait here for the printer.

A sale is committed before its receipt is queued, and the queue is worked by the device layer's
print worker (``devices/printer/worker.py``) off the UI thread: a printer that is off or out of
paper holds up nothing, and the job is tried again until it prints. Jobs print one at a time in the
order they were queued; a job is marked printed only after its bytes were handed to the printer, so a
waiting job never prints twice. Documents are kept as JSON, so a reprint shows what was sold.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select, text, update

from app.clock import now_iso
from app.db.engine import Database
from app.db.models import DeviceState, PrintJob
from app.errors import NotFound
from app.ids import new_id
from app.pick_slip import PickSlipDoc, PickSlipLine
from app.receipt import ReceiptDoc, ReceiptItem
from app.shifts import ShiftReport
from app.stored import loads

log = logging.getLogger(__name__)

Document = ReceiptDoc | ShiftReport | PickSlipDoc | dict


@dataclass(frozen=True)
class Job:
    id: str
    kind: str
    ref: str
    doc: Any  # ReceiptDoc | ShiftReport | PickSlipDoc | dict (a test page)
    kick: bool
    copy: bool
    attempts: int
    created_at: str
    next_try_ms: int


@dataclass(frozen=True)
class JobView:
    id: str
    kind: str
    ref: str
    status: str
    attempts: int
    last_error: str
    created_at: str
    printed_at: str | None


def kind_of(doc: Document) -> tuple[str, str]:
    """The job kind and its reference (what a person looks it up by)."""
    if isinstance(doc, ReceiptDoc):
        return "receipt", doc.receipt_no
    if isinstance(doc, ShiftReport):
        return "report", f"Z{doc.z_number}" if doc.z_number else f"X {doc.shift_id}"[:80]
    if isinstance(doc, PickSlipDoc):
        return "pick_slip", doc.order_code
    return "test", str(doc.get("title", "test"))[:80]


def to_body(doc: Document) -> str:
    return json.dumps(doc if isinstance(doc, dict) else asdict(doc), ensure_ascii=False, separators=(",", ":"))


def from_body(kind: str, body: str) -> Any:
    return from_value(kind, json.loads(body))


def from_value(kind: str, raw: Any) -> Any:
    """The document of a job from its parsed JSON."""
    if kind == "receipt":
        raw["items"] = [ReceiptItem(**i) for i in raw["items"]]
        raw["totals"] = [tuple(t) for t in raw["totals"]]
        raw["tenders"] = [tuple(t) for t in raw["tenders"]]
        raw["tendered"] = [tuple(t) for t in raw.get("tendered", [])]
        return ReceiptDoc(**raw)
    if kind == "report":
        return ShiftReport(**raw)
    if kind == "pick_slip":
        raw["lines"] = tuple(PickSlipLine(**line) for line in raw["lines"])
        return PickSlipDoc(**raw)
    return raw


def read_body(kind: str, raw: bytes | str) -> tuple[Any, str]:
    """(document, "") or (None, why it cannot be read): a damaged job never raises."""
    value, problem = loads(raw)
    if problem:
        return None, problem
    try:
        return from_value(kind, value), ""
    except (TypeError, KeyError, AttributeError, ValueError) as exc:
        return None, f"not a {kind} ({type(exc).__name__})"


def now_ms() -> int:
    return int(time.time() * 1000)


class PrintQueue:
    """The queue's rows; every call is one short transaction through the store's choke point."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, doc: Document, *, kick: bool = False, copy: bool = False) -> str:
        kind, ref = kind_of(doc)
        job_id = new_id()
        with self.db.write() as s:
            s.add(
                PrintJob(
                    id=job_id,
                    kind=kind,
                    ref=ref,
                    body=to_body(doc),
                    kick=kick,
                    copy=copy,
                    status="waiting",
                    attempts=0,
                    last_error="",
                    created_at=now_iso(),
                    next_try_ms=0,
                )
            )
        return job_id

    def head(self) -> Job | None:
        """The oldest waiting job: jobs print in order, so a stuck one holds the ones behind it. A job
        whose saved document cannot be read back (damaged on disk) is set aside, never printed and never
        in the way: it is cancelled with the reason, its bytes kept; the sale itself is in the store, so
        a reprint (Ctrl+R) prints its receipt again."""
        while True:
            with self.db.read() as s:
                row = (
                    s.connection()
                    .execute(
                        text(
                            "SELECT id, kind, ref, CAST(body AS BLOB), kick, copy, attempts, created_at, next_try_ms "
                            "FROM print_jobs WHERE status = 'waiting' ORDER BY id LIMIT 1"
                        )
                    )
                    .first()
                )
            if row is None:
                return None
            doc, problem = read_body(row[1], row[3])
            if not problem:
                return Job(row[0], row[1], row[2], doc, bool(row[4]), bool(row[5]), row[6], row[7], row[8])
            self._set_aside(row[0], problem)

    def _set_aside(self, job_id: str, problem: str) -> None:
        with self.db.write() as s:
            s.execute(
                update(PrintJob)
                .where(PrintJob.id == job_id, PrintJob.status == "waiting")
                .values(status="cancelled", last_error=f"cannot be read back ({problem}); reprint it"[:300])
            )

    def printed(self, job_id: str) -> None:
        with self.db.write() as s:
            s.execute(
                update(PrintJob)
                .where(PrintJob.id == job_id, PrintJob.status == "waiting")
                .values(status="printed", printed_at=now_iso(), attempts=PrintJob.attempts + 1, last_error="")
            )

    def failed(self, job_id: str, error: str, retry_in_ms: int) -> None:
        with self.db.write() as s:
            s.execute(
                update(PrintJob)
                .where(PrintJob.id == job_id, PrintJob.status == "waiting")
                .values(attempts=PrintJob.attempts + 1, last_error=error[:300], next_try_ms=now_ms() + retry_in_ms)
            )

    def retry_now(self) -> None:
        """Make every waiting job due at once (the printer came back, or a person asked)."""
        with self.db.write() as s:
            s.execute(update(PrintJob).where(PrintJob.status == "waiting").values(next_try_ms=0))

    def cancel(self, job_id: str) -> None:
        with self.db.write() as s:
            done = s.execute(
                update(PrintJob)
                .where(PrintJob.id.startswith(job_id), PrintJob.status == "waiting")
                .values(status="cancelled", last_error="cancelled by a person")
            )
            if done.rowcount == 0:
                raise NotFound(f"No waiting print job {job_id[:40]}.", "List them with 'cloudshelf devices queue'.")

    def note_printer(self, state: str) -> None:
        """Keep the printer's last state (ok, paper_out, offline ...) for the fleet report a sync sends,
        whichever process syncs. Best effort: a store that cannot take it never disturbs printing."""
        try:
            with self.db.write() as s:
                s.merge(DeviceState(device="printer", state=state[:16], at=now_iso()))
        except Exception:  # the printer's work goes on; its next change tries again
            log.warning("the printer's state could not be kept")

    def waiting(self) -> int:
        with self.db.read() as s:
            return s.scalar(select(func.count()).select_from(PrintJob).where(PrintJob.status == "waiting"))

    def jobs(self, *, limit: int = 50, waiting_only: bool = False) -> list[JobView]:
        with self.db.read() as s:
            q = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
            if waiting_only:
                q = q.where(PrintJob.status == "waiting")
            return [
                JobView(r.id, r.kind, r.ref, r.status, r.attempts, r.last_error, r.created_at, r.printed_at)
                for r in s.scalars(q)
            ]
