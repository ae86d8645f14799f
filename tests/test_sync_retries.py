"""What the relay does with each kind of failure, against a real central service (SQLite and
PostgreSQL) behind a fault-injecting proxy: network errors, 5xx and 429 are retried (backoff with
full jitter, ``Retry-After`` honoured) and lose nothing; any other 4xx sets that one event aside as a
dead letter the till shows, and the rest goes on; and one relay per store file, even with two
processes open."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import config
from app.terminal import Terminal
from sync.client import Interposed, Offline, ServerBusy, retry_after
from sync.enrol import set_server
from sync.relay import Backoff
from sync.worker import SyncWorker, sync_once
from tests.faults import backlog, platform_books, sell_many, till_books
from tests.platform import ROOT, Platform, cli, enrolled_till, wait_until

JSON = {"Content-Type": "application/json"}


def busy(status: int, **headers: str) -> tuple[int, dict[str, str], bytes]:
    body = {"error": "busy", "message": f"The platform is busy ({status}).", "hint": "Try again later."}
    return status, {**JSON, **headers}, json.dumps(body).encode()


def event_ids(till: Path) -> list[str]:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        return [r[0] for r in db.execute("SELECT id FROM outbox ORDER BY seq")]


def answers(till: Path) -> list[str]:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        return [json.loads(r[0])["status"] for r in db.execute("SELECT answer FROM outbox_delivery WHERE answer != ''")]


def test_busy_and_failing_answers_are_retried_and_lose_nothing(platform: Platform, proxied) -> None:
    till, proxy = proxied
    sell_many(till, platform.skus, 3)
    proxy.answers = [busy(429, **{"Retry-After": "7"})]
    with pytest.raises(ServerBusy) as refused:
        sync_once(till)
    assert refused.value.retry and refused.value.retry_after == 7.0 and refused.value.status == 429
    proxy.answers = [busy(503), (502, {"Content-Type": "text/html"}, b"<html>Bad gateway</html>")]
    for status in (503, 502):
        with pytest.raises(ServerBusy) as refused:
            sync_once(till)
        assert refused.value.status == status and refused.value.retry
    with Terminal.open(till) as term:
        health = term.sync.health()
        assert (health.backlog, health.dead_letters) == (4, 0)  # all still waiting, none set aside
        assert not health.online and "busy" in health.last_error
    assert platform.scalar("SELECT COUNT(*) FROM events") == 0
    assert sync_once(till).push.acked == 4
    assert answers(till) == ["accepted"] * 4
    assert platform_books(platform)[0] == till_books(till)[0]


def test_the_worker_waits_as_long_as_retry_after_says(platform: Platform, proxied) -> None:
    till, proxy = proxied
    sell_many(till, platform.skus, 2)
    proxy.answers = [busy(429, **{"Retry-After": "2"}), busy(503), busy(500)]
    worker = SyncWorker(till, interval=3600)  # only the backoff can bring the next round
    worker.start()
    try:
        wait_until(lambda: backlog(till) == 0, 60, "the worker to deliver after the retries")
    finally:
        worker.stop()
    assert len(proxy.pushes) == 4
    assert proxy.pushes[1] - proxy.pushes[0] >= 2.0  # Retry-After honoured (a floor, never a race)
    assert platform.scalar("SELECT COUNT(*) FROM events") == 3


def test_an_offline_platform_is_retried(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    sell_many(till, platform.skus, 1)
    set_server(till, "http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(Offline) as offline:
        sync_once(till)
    assert offline.value.retry and "offline" in offline.value.hint
    set_server(till, platform.url)
    assert sync_once(till).push.acked == 2


def test_an_event_refused_with_a_4xx_is_set_aside_and_the_rest_goes_on(platform: Platform, proxied) -> None:
    till, proxy = proxied
    receipts = sell_many(till, platform.skus, 5)
    poison = event_ids(till)[3]  # the third sale
    proxy.refuse = {poison}
    done = sync_once(till)
    assert (done.push.acked, done.push.dead) == (5, 1)
    with Terminal.open(till) as term:
        dead = term.sync.dead_letters()
        assert [d["id"] for d in dead] == [poison] and "not valid" in dead[0]["error"]
        health = term.sync.health()
        assert (health.backlog, health.dead_letters) == (0, 1) and health.online
    assert sorted(platform_books(platform)[0]) == sorted(receipts[:2] + receipts[3:])
    # its stand-in took its number at the platform, and a person is told which event to look at
    assert platform.rows("SELECT kind, event_id FROM flags WHERE kind != 'oversell'") == [("set_aside", poison)]
    assert platform.scalar("SELECT type FROM events WHERE seq = 4") == "event.set_aside"
    status = cli(till, "sync", "status")
    assert status.returncode == 0, status.stderr
    assert "dead letters  1" in status.stdout and "sale.completed: events.0.data: not valid" in status.stdout
    assert "online        yes" in status.stdout and "backlog       0 event(s)" in status.stdout
    assert sync_once(till).push.sent == 0  # a dead letter is not sent again by itself


def test_a_server_that_refuses_everything_sets_nothing_aside(platform: Platform, proxied) -> None:
    till, proxy = proxied
    sell_many(till, platform.skus, 2)
    proxy.answers = [(404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>")] * 5  # not the platform
    with pytest.raises(Interposed) as refused:
        sync_once(till)
    assert refused.value.retry and "between the till and the platform" in refused.value.message
    with Terminal.open(till) as term:
        health = term.sync.health()
        assert (health.backlog, health.dead_letters) == (3, 0)
    proxy.answers = []
    assert sync_once(till).push.acked == 3


def test_one_relay_per_store_file_across_processes(platform: Platform, proxied) -> None:
    till, proxy = proxied
    sell_many(till, platform.skus, 450)
    proxy.hold_after = 1  # the first process's second batch waits while the second process starts
    first = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(till), "sync", "now"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proxy.holding.wait(60), "the first process never sent its second batch"
        second = cli(till, "sync", "now")
        assert second.returncode == 0, second.stderr
        assert "Another process is sending" in second.stdout
    finally:
        proxy.release.set()
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert "451 accepted" in out
    assert len(proxy.pushes) == 3  # 200 + 200 + 51: nobody sent anything twice
    assert answers(till) == ["accepted"] * 451
    assert platform.scalar("SELECT COUNT(*) FROM events") == 451


def test_backoff_is_exponential_with_full_jitter_and_honours_retry_after() -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(4))
    ceilings = [1, 2, 4, 8, 16, 32, 60, 60]
    delays = [backoff.next_delay() for _ in ceilings]
    assert all(0 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert len(set(delays)) == len(delays)  # jittered, not a fixed ladder
    spread = Backoff(base=1.0, cap=60.0, rng=random.Random(5))
    spread.attempt = 6
    samples = []
    for _ in range(400):
        samples.append(spread.next_delay())
        spread.attempt = 6
    assert min(samples) < 6 and max(samples) > 54  # full jitter: anywhere from 0 to the ceiling
    assert Backoff(rng=random.Random(1)).next_delay(retry_after=30) >= 30
    assert Backoff(cap=60, rng=random.Random(1)).next_delay(retry_after=3600) == 60  # a bad header cannot stall
    backoff.reset()
    assert backoff.next_delay() <= 1
    assert retry_after("120") == 120 and retry_after(None) is None and retry_after("soon") is None
    assert 0 <= retry_after("Wed, 21 Oct 2015 07:28:00 GMT") <= 0  # a date in the past: at once
