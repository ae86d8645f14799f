"""The print worker: one thread that works the print queue in the local store.

It takes the oldest waiting job, lays it out, renders it and hands the bytes to the printer. A
printer that is off, unplugged, refusing connections or out of paper leaves the job waiting; it is
tried again after a growing pause (capped at ``printer.retry_max_seconds``) and at once when
:meth:`PrintWorker.wake` is called. Jobs print one at a time, in order, and a job is marked printed
only after the printer took its bytes. Other uses of the printer (a drawer kick, a test page) run on
the same thread, so two things never talk to the printer at once. Nothing here ever blocks the till.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from app import print_text
from app.clock import now, parse_iso
from app.device_config import PrinterConfig
from app.print_queue import Job, PrintQueue, now_ms
from devices.printer import connection, layout
from devices.printer.connection import PrinterUnavailable
from devices.printer.render import render

log = logging.getLogger(__name__)

FIRST_RETRY_MS = 250
KICK_WINDOW = timedelta(seconds=60)  # a receipt that waited longer prints without opening the drawer
STATUS_INTERVAL = 15.0  # seconds between status checks of an idle two-way printer


@dataclass(frozen=True)
class PrinterState:
    state: str  # ok | offline | paper_out | paper_low | unknown | not_set_up
    waiting: int = 0  # jobs in the queue
    detail: str = ""  # the last problem, for the settings screen and the log
    printed: int = 0  # jobs printed since start


def job_ops(job: Job, cfg: PrinterConfig, locale: str) -> list[layout.Op]:
    if job.kind == "receipt":
        fresh = now() - parse_iso(job.created_at) <= KICK_WINDOW
        kick = cfg.drawer_pin if job.kick and fresh else None
        return layout.receipt(job.doc, cfg.width, locale, copy=job.copy, logo=cfg.logo, kick=kick)
    if job.kind == "report":
        return layout.report(job.doc, cfg.width, job.doc.locale or locale)  # the screen's language
    if job.kind == "pick_slip":
        return layout.pick_slip(job.doc, cfg.width, locale)
    return layout.test_page(job.doc, cfg.width, locale)


class PrintWorker:
    def __init__(
        self,
        jobs: PrintQueue,
        cfg: PrinterConfig,
        locale: str,
        *,
        on_state: Callable[[PrinterState], None] | None = None,
        status_interval: float = STATUS_INTERVAL,
    ) -> None:
        if cfg.url is None:
            raise ValueError("no printer URL")
        self.jobs, self.cfg, self.locale = jobs, cfg, locale
        self.on_state = on_state
        self.status_interval = status_interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._commands: queue.SimpleQueue[tuple[Callable[[], Any], Future]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="print-worker", daemon=True)
        self.state = PrinterState(connection.UNKNOWN)
        self._next_probe = 0.0

    # ------------------------------------------------------------ control
    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wake(self) -> None:
        """A job was queued, or the printer may be back: look at the queue now."""
        self._wake.set()

    def submit(self, fn: Callable[[], Any]) -> Future:
        """Run ``fn`` on the printer's thread (between jobs); its result or error comes in the future."""
        future: Future = Future()
        self._commands.put((fn, future))
        self._wake.set()
        return future

    def kick(self, pin: int | None = None) -> Future:
        """Open the cash drawer through the printer now (not queued: a drawer must not pop open later)."""
        from escpos.printer import Dummy

        p = Dummy()
        p.cashdraw(pin or self.cfg.drawer_pin)
        data = p.output

        def send() -> str:
            return connection.send(self.cfg.url, data, self.cfg.profile, check_status=False)

        if not self.running:  # the CLI's test: no worker thread, talk to the printer from here
            future: Future = Future()
            try:
                future.set_result(send())
            except Exception as exc:
                future.set_exception(exc)
            return future
        return self.submit(send)

    def probe(self) -> Future:
        return self.submit(self._probe)

    # ------------------------------------------------------------ the loop
    def _set(self, **changes: Any) -> None:
        new = replace(self.state, **changes)
        if new != self.state:
            self.state = new
            if self.on_state is not None:
                try:
                    self.on_state(new)
                except Exception:
                    log.exception("printer state listener failed")

    def _probe(self) -> str:
        state = connection.probe(self.cfg.url, self.cfg.profile)
        self._set(state=state, detail="" if state in (connection.OK, connection.UNKNOWN) else state)
        return state

    def _lost(self, job: Job, ops: list[layout.Op]) -> str:
        """What the document just printed lost to the encoding ('?' in place of €, say), or ''."""
        texts = [op.text for op in ops if isinstance(op, layout.Text)]
        lost = print_text.lost(texts, self.cfg.encoding)
        if lost:  # the texts themselves may be a customer's: they go to the screen, not the log
            log.warning("print job %s printed '?' for characters %s lacks", job.ref, self.cfg.encoding)
        return print_text.warning(lost, self.cfg.encoding)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            self._run_commands()
            try:
                timeout = self._step()
            except Exception as exc:  # the store is busy or broken: say so, keep the thread alive
                log.exception("print queue step failed")
                self._set(detail=f"print queue: {type(exc).__name__}")
                timeout = 1.0
            if timeout:
                self._wake.wait(timeout)

    def _run_commands(self) -> None:
        while True:
            try:
                fn, future = self._commands.get_nowait()
            except queue.Empty:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:
                future.set_exception(exc)

    def _step(self) -> float | None:
        """Print the head job if it is due; the seconds to wait before looking again (None: at once)."""
        job = self.jobs.head()
        if job is None:
            self._set(waiting=0)
            if self.cfg.url.two_way and now_ms() / 1000 >= self._next_probe:
                self._next_probe = now_ms() / 1000 + self.status_interval
                self._probe()
            return self.status_interval
        self._set(waiting=self.jobs.waiting())
        due_in = job.next_try_ms - now_ms()
        if due_in > 0:
            return due_in / 1000
        try:
            ops = job_ops(job, self.cfg, self.locale)
            data = render(ops, self.cfg)
        except Exception as exc:  # a document the layout cannot print: keep it, say why, try later
            log.exception("cannot lay out print job %s", job.id)
            self.jobs.failed(job.id, f"layout: {type(exc).__name__}: {exc}", int(self.cfg.retry_max_seconds * 1000))
            self._set(detail=f"job {job.ref}: {type(exc).__name__}")
            return None
        try:
            state = connection.send(self.cfg.url, data, self.cfg.profile)
        except PrinterUnavailable as exc:
            pause = min(FIRST_RETRY_MS * 2 ** min(job.attempts, 16), int(self.cfg.retry_max_seconds * 1000))
            self.jobs.failed(job.id, str(exc), pause)
            self._set(state=exc.state, detail=str(exc))
            return None
        self.jobs.printed(job.id)
        self._next_probe = now_ms() / 1000 + self.status_interval
        self._set(
            state=state,
            detail=self._lost(job, ops),
            printed=self.state.printed + 1,
            waiting=self.jobs.waiting(),
        )
        return None
