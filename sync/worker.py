"""The background sync worker: relay and puller on their own thread and their own connections to
the store, never on the UI thread (DESIGN.md, invariant 7). The UI wraps ``on_change`` into a Qt
signal; the CLI runs :func:`sync_once` in the foreground.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from app import config, sync_health
from app.clock import now_iso
from app.db.engine import Database
from app.errors import UserError
from sync.client import AuthRefused, Client, Endpoint, SyncError
from sync.puller import Puller, PullReport
from sync.relay import Backoff, PushReport, Relay, RelayBusy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Round:
    push: PushReport | None
    pull: PullReport | None
    error: str = ""


def client_for(db: Database) -> Client:
    with db.read() as s:
        row = s.connection().execute(text("SELECT server_url, token, ca_cert FROM sync_config WHERE id = 1")).first()
    if row is None:
        raise UserError(
            "This terminal is not enrolled with the platform.",
            "Run 'cloudshelf enrol --server URL --code CODE' with a code from a manager.",
        )
    return Client(Endpoint(row[0], row[1], row[2]))


def _status(db: Database, *, online: bool, ok: bool, error: str = "") -> None:
    stamp = now_iso()
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


def run_round(db: Database, client: Client) -> Round:
    """Push everything pending, send customers' details of cloud-shelf orders, then pull every feed;
    record the outcome for the status bar."""
    try:
        pushed = Relay(db, client).push()
    except RelayBusy:
        pushed = None  # another process is sending; pulling is still ours to do
    except SyncError as exc:
        _status(db, online=exc.retry is False and not isinstance(exc, AuthRefused), ok=False, error=_said(exc))
        raise
    try:
        from sync.shelf import send_contacts  # it uses this module's client_for: imported when used

        send_contacts(db, client)  # after the push: the platform has the orders they belong to
        pulled = Puller(db, client).pull()
    except SyncError as exc:
        _status(db, online=not exc.retry, ok=False, error=_said(exc))
        raise
    _status(db, online=True, ok=True)
    return Round(pushed, pulled)


def sync_once(directory: Path) -> Round:
    db = Database(config.data_dir(directory) / config.STORE_FILE)
    try:
        purge_pickup(db, config.data_dir(directory))
        client = client_for(db)
        try:
            return run_round(db, client)
        finally:
            client.close()
    finally:
        db.dispose()


class SyncWorker:
    """Runs sync rounds every ``interval`` seconds, at once after :meth:`wake`, with backoff on failure."""

    def __init__(
        self,
        directory: Path,
        *,
        interval: float = 15.0,
        on_change: Callable[[sync_health.SyncHealth], None] | None = None,
    ) -> None:
        self.directory = config.data_dir(directory)
        self.interval = interval
        self.on_change = on_change
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.rounds = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="cloudshelf-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        db = Database(self.directory / config.STORE_FILE)
        backoff = Backoff()
        client: Client | None = None
        try:
            while not self._stop.is_set():
                delay = self.interval
                try:
                    purge_pickup(db, self.directory)
                    client = client or client_for(db)
                    run_round(db, client)
                    backoff.reset()
                except UserError as exc:  # not enrolled yet
                    log.info("sync idle: %s", exc.message)
                except SyncError as exc:
                    if exc.retry:
                        delay = backoff.next_delay(exc.retry_after)
                    log.warning("sync: %s", exc.message)
                    if isinstance(exc, AuthRefused) and client is not None:
                        client.close()
                        client = None  # re-read the token: the terminal may have been enrolled again
                except Exception:  # a bug must not kill the worker silently: log, keep the till selling
                    log.exception("sync round failed")
                    delay = backoff.next_delay()
                self.rounds += 1
                if self.on_change is not None:
                    with db.read() as s:
                        self.on_change(sync_health.read(s))
                self._wake.wait(delay)
                self._wake.clear()
        finally:
            if client is not None:
                client.close()
            db.dispose()
