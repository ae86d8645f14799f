"""The background sync worker: relay and puller on their own thread and their own connections to
the store, never on the UI thread (DESIGN.md, invariant 7). The UI wraps ``on_change`` into a Qt
signal; the CLI runs :func:`sync_once` in the foreground.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from app import config, fleet_report, sync_health
from app.clock import iso
from app.clock import now as clock_now
from app.db.engine import Database
from app.errors import UserError
from app.progress import OnProgress, ignore
from sync.client import AuthRefused, Client, SyncError
from sync.enrol import client_for
from sync.protocol.fleet import MAX_REPORT
from sync.puller import Puller, PullReport
from sync.relay import Backoff, PushReport, Relay, RelayBusy
from sync.shelf import send_contacts

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Round:
    push: PushReport | None
    pull: PullReport | None
    error: str = ""
    again: PushReport | None = None  # events sent again because the platform's answers said so


def _status(
    db: Database, *, online: bool, ok: bool, error: str = "", clock: Callable[[], datetime] = clock_now
) -> None:
    stamp = iso(clock())
    with db.write() as s:
        s.connection().execute(
            text(
                "INSERT INTO sync_status(id, online, last_attempt_at, last_success_at, last_error) "
                "VALUES (1, :on, :t, :ok, :e) ON CONFLICT(id) DO UPDATE SET online = excluded.online, "
                "last_attempt_at = excluded.last_attempt_at, last_error = excluded.last_error, "
                "last_success_at = COALESCE(excluded.last_success_at, sync_status.last_success_at)"
            ),
            {"on": online, "t": stamp, "ok": stamp if ok else None, "e": error[:500]},
        )


def _said(exc: SyncError) -> str:
    """What the status bar shows: what went wrong and, when the platform said it, what to do."""
    return f"{exc.message} {exc.hint}".strip()


def purge_pickup(db: Database, directory: Path) -> None:
    """Customer details of long-closed pickup orders leave the till, online or not."""
    from app import pickup

    cfg = config.load(directory)
    with db.write() as s:
        pickup.purge(s, cfg.pickup_purge_days)
        pickup.prune_lookups(s, pickup.Limits(cfg.pickup_lookup_failures, cfg.pickup_lookup_window_minutes))


def run_round(
    db: Database, client: Client, *, clock: Callable[[], datetime] = clock_now, on_progress: OnProgress = ignore
) -> Round:
    """Push everything pending, send customers' details of cloud-shelf orders, then pull every feed;
    record the outcome for the status bar. ``on_progress`` hears a snapshot's pages (a first sync).
    The first call after the push carries the till's fleet report (one header: no extra round trip),
    so its backlog is what the platform did not take this round."""
    try:
        pushed = Relay(db, client).push()
    except RelayBusy:
        pushed = None  # another process is sending; pulling is still ours to do
    except SyncError as exc:
        _status(
            db, online=exc.retry is False and not isinstance(exc, AuthRefused), ok=False, error=_said(exc), clock=clock
        )
        raise
    client.report = _report(db)
    try:
        send_contacts(db, client)  # after the push: the platform has the orders they belong to
        pulled = Puller(db, client, on_progress=on_progress).pull()
        again = _catch_up(db, client)
    except SyncError as exc:
        _status(db, online=not exc.retry, ok=False, error=_said(exc), clock=clock)
        raise
    _status(db, online=True, ok=True, clock=clock)
    return Round(pushed, pulled, again=again)


def _report(db: Database) -> str | None:
    """The fleet report as the header's value (ASCII JSON); None if the store cannot give it."""
    try:
        with db.read() as s:
            body = json.dumps(fleet_report.build(s), sort_keys=True, separators=(",", ":"))
    except Exception:  # the report is for head office's view: it never holds up a sync
        log.exception("the fleet report could not be made")
        return None
    return body if len(body) <= MAX_REPORT else None


def _catch_up(db: Database, client: Client) -> PushReport | None:
    """The answers of this round said the platform lacks events this till had delivered (restored
    from a backup) or a person asked for set-aside events again: send them now, not at the next sale."""
    try:
        return Relay(db, client).catch_up()
    except RelayBusy:
        return None  # the process that is sending reads the same answers


def sync_once(directory: Path, on_progress: OnProgress = ignore) -> Round:
    db = Database(config.data_dir(directory) / config.STORE_FILE)
    try:
        purge_pickup(db, config.data_dir(directory))
        client = client_for(db)
        try:
            return run_round(db, client, on_progress=on_progress)
        finally:
            client.close()
    finally:
        db.dispose()


class SyncWorker:
    """Runs sync rounds every ``interval`` seconds, at once after :meth:`wake`, with backoff on failure.

    It must outlive any outage and any bug: each cycle catches everything it raises (the backoff
    itself included), and should the loop end anyway it is started again (``restarts``), the
    restart kept in the audit log so that the status bar and ``sync status`` say so. ``sleep`` and
    ``clock`` are injected so a weekend's outage can be driven in a test without waiting for it."""

    def __init__(
        self,
        directory: Path,
        *,
        interval: float = 15.0,
        on_change: Callable[[sync_health.SyncHealth], None] | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], datetime] = clock_now,
        backoff: Backoff | None = None,
        on_progress: OnProgress = ignore,
    ) -> None:
        """``on_progress`` hears a snapshot's pages (a first sync) on the sync's thread: the till's
        status bar shows them."""
        self.directory = config.data_dir(directory)
        self.interval = interval
        self.on_change = on_change
        self.clock = clock
        self.backoff = backoff or Backoff()
        self._sleep = sleep
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.rounds = 0
        self.failures = 0  # rounds in a row that ended in an error
        self.restarts = 0
        self.on_progress = on_progress

    def start(self) -> None:
        self._thread = threading.Thread(target=self._supervise, name="cloudshelf-sync", daemon=True)
        self._thread.start()

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _wait(self, delay: float) -> None:
        if self._sleep is not None:
            self._sleep(delay)
        else:
            self._wake.wait(delay)
            self._wake.clear()

    def _supervise(self) -> None:
        """Run the loop; whatever ends it but :meth:`stop` is recorded and the loop starts again."""
        while not self._stop.is_set():
            try:
                self._run()
            except BaseException as exc:  # nothing a round raises may end the till's sync
                self.restarts += 1
                log.exception("the sync worker stopped; starting it again")
                self._note_restart(exc)
                self._pause(min(self.interval, 5.0))  # a loop that dies at once must not spin

    def _pause(self, delay: float) -> None:
        if self._stop.is_set():
            return
        if self._sleep is None:
            self._stop.wait(delay)
            return
        try:
            self._sleep(delay)
        except BaseException:  # the injected sleep is what failed: the next loop tries again
            log.exception("the sync worker's pause failed")

    def _note_restart(self, exc: BaseException) -> None:
        try:
            db = Database(self.directory / config.STORE_FILE)
            try:
                with db.write() as s:
                    sync_health.record_restart(s, f"{type(exc).__name__}: {exc}"[:300], self.clock())
            finally:
                db.dispose()
        except Exception:  # the store itself may be what failed: the log has it
            log.exception("the sync worker's restart could not be recorded")

    def _run(self) -> None:
        db = Database(self.directory / config.STORE_FILE)
        state: dict[str, Client | None] = {"client": None}
        try:
            while not self._stop.is_set():
                try:
                    delay = self._cycle(db, state)
                except Exception:  # even the error handling failed: log it, wait the normal interval
                    log.exception("sync cycle failed")
                    delay = self.interval
                self.rounds += 1
                if self.on_change is not None:
                    try:
                        with db.read() as s:
                            self.on_change(sync_health.read(s, self.clock()))
                    except Exception:
                        log.exception("sync status could not be passed on")
                self._wait(delay)
        finally:
            client = state["client"]
            if client is not None:
                client.close()
            db.dispose()

    def _cycle(self, db: Database, state: dict[str, Client | None]) -> float:
        """One round; returns how long to wait before the next."""
        backoff = self.backoff
        try:
            purge_pickup(db, self.directory)
            state["client"] = state["client"] or client_for(db)
            run_round(db, state["client"], clock=self.clock, on_progress=self.on_progress)
        except UserError as exc:  # not enrolled yet
            log.info("sync idle: %s", exc.message)
            return self.interval
        except SyncError as exc:
            self.failures += 1
            log.warning("sync: %s", exc.message)
            if isinstance(exc, AuthRefused) and state["client"] is not None:
                state["client"].close()
                state["client"] = None  # re-read the token: the terminal may have been enrolled again
            return backoff.next_delay(exc.retry_after) if exc.retry else self.interval
        except Exception:  # a bug must not kill the worker silently: log, keep the till selling
            self.failures += 1
            log.exception("sync round failed")
            return backoff.next_delay()
        self.failures = 0
        backoff.reset()
        return self.interval
