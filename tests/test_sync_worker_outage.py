"""The sync worker outlives any outage and any bug (issue 13, item 8): a weekend without the
platform, thousands of failed rounds, is driven on an injected clock (no real waiting), and the
worker delivers as soon as the platform is back; a loop that ends anyway is started again and the
status bar says so."""

from __future__ import annotations

import random
import subprocess
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.terminal import Terminal
from sync.enrol import set_server
from sync.relay import Backoff
from sync.worker import SyncWorker
from tests.faults import backlog, platform_books, sell_many, till_books
from tests.platform import Platform, enrolled_till, free_port, wait_until

START = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)  # a Friday evening


class DrivenClock:
    """Time that moves only when the worker sleeps: each sleep adds its delay at once."""

    def __init__(self, start: datetime) -> None:
        self.moment = start
        self.sleeps: list[float] = []
        self.lock = threading.Lock()

    def now(self) -> datetime:
        with self.lock:
            return self.moment

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.sleeps.append(seconds)
            self.moment += timedelta(seconds=seconds)


@given(attempts=st.integers(min_value=0, max_value=10**6), retry_after=st.none() | st.floats(allow_nan=True))
def test_the_backoff_stays_between_zero_and_its_cap_after_any_number_of_failures(
    attempts: int, retry_after: float | None
) -> None:
    backoff = Backoff(base=1.0, cap=300.0, rng=random.Random(attempts))
    backoff.attempt = attempts
    for _ in range(3):
        assert 0 <= backoff.next_delay(retry_after) <= 300.0


@pytest.mark.parametrize("central_db_url", ["sqlite"], indirect=True)
def test_a_weekend_outage_never_stops_the_worker_and_it_delivers_when_the_platform_is_back(
    platform: Platform, tmp_path: Path
) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    receipts = sell_many(till, platform.skus, 2)
    port = free_port()
    set_server(till, f"http://127.0.0.1:{port}")  # the store's line to the platform: down all weekend
    clock = DrivenClock(START)
    back = START + timedelta(days=3)
    line: list[subprocess.Popen] = []

    def sleep(seconds: float) -> None:
        clock.sleep(seconds)
        if clock.now() >= back and not line:  # Monday evening: the line is back (a real TCP relay)
            upstream = platform.url.removeprefix("http://")
            line.append(subprocess.Popen(["socat", f"TCP-LISTEN:{port},fork,reuseaddr", f"TCP:{upstream}"]))

    worker = SyncWorker(till, interval=15, sleep=sleep, clock=clock.now, backoff=Backoff(rng=random.Random(13)))
    failed_in_a_row = []
    worker.on_change = lambda health: failed_in_a_row.append(worker.failures)
    worker.start()
    try:
        wait_until(lambda: bool(line), 300, "three days of driven outage")
        wait_until(lambda: backlog(till) == 0, 60, "the worker to deliver after the outage")
        assert worker.alive()
    finally:
        worker.stop()
        for relay in line:
            relay.terminate()
            relay.wait(10)
    assert max(failed_in_a_row) > 1024  # past the point where 2**attempt overflowed a float
    assert max(clock.sleeps) <= 300  # the backoff never waits longer than its cap
    assert worker.restarts == 0  # bounded arithmetic: nothing even had to be restarted
    assert platform_books(platform)[0] == till_books(till)[0] and len(receipts) == 2
    with Terminal.open(till) as term:
        health = term.sync.health()
    assert health.online and health.backlog == 0 and health.last_success_at >= "2026-12-07T18:00"


class Crash(BaseException):
    """Something no round should ever raise, escaping the worker's loop."""


def test_a_worker_whose_loop_ends_is_started_again_and_the_status_bar_says_so(store_dir: Path, qtbot) -> None:
    from ui.app import build_window

    clock = DrivenClock(datetime.now(UTC))
    crashes = ["once"]

    def sleep(seconds: float) -> None:
        clock.sleep(seconds)
        if crashes:
            crashes.pop()
            raise Crash("the loop ended")

    worker = SyncWorker(store_dir, interval=15, sleep=sleep, clock=clock.now)
    worker.start()
    try:
        wait_until(
            lambda: worker.restarts == 1 and worker.rounds >= 3, 60, "the worker to run again after its loop ended"
        )
        assert worker.alive()
    finally:
        worker.stop()
    with Terminal.open(store_dir) as term:
        health = term.sync.health()
        assert (health.worker_restarts, health.worker_error) == (1, "Crash: the loop ended")
        assert health.worker_restarted_at is not None
        window = build_window(term, qtbot_app(), "en")
        qtbot.addWidget(window)
        window.show_status(health)
        assert "sync restarted after an error at" in window.sync_label.text()


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
