"""Exactly once when things go wrong, against a real central service (SQLite and PostgreSQL): a lost
answer, the server killed in the middle of a batch, the till killed in the middle of a push, two tills
selling the last unit offline, and till clocks hours off."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from app import catalog_gen, clock
from app.shifts import ShiftReport
from app.terminal import Terminal
from sync.client import Offline, SyncError
from sync.enrol import enrol, set_server
from sync.worker import sync_once
from tests.conftest import build_store, copy_store
from tests.faults import LosingProxy, backlog, platform_books, sell_many, till_books
from tests.platform import (
    PLATFORM_SEED,
    PLATFORM_STYLES,
    ROOT,
    CentralProcess,
    Platform,
    enrolled_till,
    wait_until,
)


def assert_same_books(platform: Platform, till: Path) -> None:
    sales, moved = till_books(till)
    central_sales, central_moved, rows = platform_books(platform)
    assert rows == len(sales), "the platform holds a sale twice" if rows > len(sales) else "a sale is missing"
    assert central_sales == sales
    assert central_moved == moved


def drain(till: Path, rounds: int = 50) -> None:
    """Sync until nothing is waiting, as the worker would after a failure."""
    for _ in range(rounds):
        try:
            sync_once(till)
        except SyncError:
            continue
        if backlog(till) == 0:
            return
    raise AssertionError(f"still {backlog(till)} events waiting after {rounds} rounds")


def test_a_lost_answer_is_sent_again_and_counted_once(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    proxy = LosingProxy(platform.url)
    try:
        set_server(till, proxy.url)
        receipts = sell_many(till, platform.skus, 3)
        proxy.drop = 1
        with pytest.raises(Offline):
            sync_once(till)
        assert proxy.dropped == 1
        # the platform committed the batch; the till does not know and still holds all of it
        assert platform.scalar("SELECT COUNT(*) FROM sales") == 3
        assert backlog(till) == 4  # shift opened + 3 sales
        done = sync_once(till)
        assert done.push.acked == 4 and done.push.dead == 0
    finally:
        proxy.close()
    assert sorted(platform_books(platform)[0]) == sorted(receipts)
    assert_same_books(platform, till)
    assert platform.scalar("SELECT COUNT(*) FROM flags WHERE kind = 'conflict'") == 0  # a resend is no conflict


def test_the_server_killed_mid_batch_loses_and_doubles_nothing(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    sell_many(till, platform.skus, 600)
    failures: list[str] = []

    def keep_syncing() -> None:
        while backlog(till):
            try:
                sync_once(till)
            except SyncError as exc:
                failures.append(exc.message)

    pusher = threading.Thread(target=keep_syncing)
    pusher.start()
    wait_until(lambda: platform.scalar("SELECT COUNT(*) FROM events") >= 250, 120, "two batches to arrive")
    port = platform.server.port
    platform.server.kill()  # SIGKILL, somewhere inside a batch
    killed_at = platform.scalar("SELECT COUNT(*) FROM events")
    platform.server = CentralProcess(platform.db_url, port=port).start()
    pusher.join(180)
    assert not pusher.is_alive()
    assert killed_at < 601, "the kill came after the last batch: nothing was tested"
    assert failures, "the till never noticed the server was gone"
    assert_same_books(platform, till)
    assert platform.scalar("SELECT COUNT(*) FROM events") == 601


def test_the_till_killed_mid_push_loses_and_doubles_nothing(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    sell_many(till, platform.skus, 600)
    push = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(till), "sync", "now"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until(lambda: platform.scalar("SELECT COUNT(*) FROM events") >= 100, 120, "the push to begin")
    push.send_signal(signal.SIGKILL)
    push.wait(10)
    left = backlog(till)
    assert left > 0, "the push ended before the kill: nothing was tested"
    drain(till)
    assert_same_books(platform, till)
    assert platform.scalar("SELECT COUNT(*) FROM events") == 601


def test_two_tills_sell_the_last_unit_offline(platform: Platform, tmp_path: Path) -> None:
    sku = platform.skus[2]
    platform.adjust("S01", sku, 1)
    first = enrolled_till(platform, tmp_path / "t1", terminal="T01")
    second = enrolled_till(platform, tmp_path / "t2", terminal="T02")
    for till in (first, second):  # both saw the one unit before the network went
        with Terminal.open(till) as term:
            assert term.stock.here(term.catalog.lookup(sku).variant_id).on_hand == 1
        sell_many(till, [sku], 1)
    sync_once(first)
    sync_once(second)
    assert platform.scalar("SELECT COUNT(*) FROM sales") == 2  # neither sale is refused
    assert platform.scalar("SELECT on_hand FROM stock_levels WHERE location_code = 'S01' AND sku = :s", s=sku) == -1
    assert platform.scalar("SELECT COALESCE(SUM(qty), 0) FROM stock_movements WHERE sku = :s", s=sku) == -1
    flags = platform.rows("SELECT kind, detail FROM flags")
    assert [k for k, _ in flags] == ["oversell"] and sku in flags[0][1]
    for till in (first, second):
        sync_once(till)
        with Terminal.open(till) as term:
            figure = term.stock.here(term.catalog.lookup(sku).variant_id)
            assert (figure.server_on_hand, figure.unsynced) == (-1, 0)


@pytest.mark.parametrize("skew_hours", [-9, 7])
def test_a_till_clock_hours_off_changes_no_order_and_no_cursor(
    platform: Platform, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, skew_hours: int
) -> None:
    sku = platform.skus[3]
    platform.adjust("S01", sku, 5)
    honest = enrolled_till(platform, tmp_path / "honest", terminal="T01")
    true_now = clock.now
    monkeypatch.setattr(clock, "now", lambda: true_now() + timedelta(hours=skew_hours))
    skewed = enrolled_till(platform, tmp_path / "skewed", terminal="T02")
    skewed_receipts = sell_many(skewed, [sku], 2)
    sync_once(skewed)
    monkeypatch.setattr(clock, "now", true_now)
    honest_receipts = sell_many(honest, [sku], 1)
    sync_once(honest)
    platform.adjust("S01", sku, 10)  # a delivery after both sales
    monkeypatch.setattr(clock, "now", lambda: true_now() + timedelta(hours=skew_hours))
    sync_once(skewed)
    with Terminal.open(skewed) as term:
        figure = term.stock.here(term.catalog.lookup(sku).variant_id)
        assert (figure.server_on_hand, figure.unsynced) == (12, 0)  # 5 - 3 + 10: no change skipped
    monkeypatch.setattr(clock, "now", true_now)
    sync_once(honest)
    with Terminal.open(honest) as term:
        assert term.stock.here(term.catalog.lookup(sku).variant_id).server_on_hand == 12
    # the platform orders each till's events by its sequence, whatever its clock said
    by_till = platform.rows(
        "SELECT t.code, e.seq, e.type FROM events e JOIN terminals t ON t.id = e.terminal_id ORDER BY t.code, e.seq"
    )
    assert [(c, s) for c, s, _ in by_till] == [("T01", 1), ("T01", 2), ("T02", 1), ("T02", 2), ("T02", 3)]
    receipts = [r for (r,) in platform.rows("SELECT receipt_no FROM sales ORDER BY receipt_no")]
    assert receipts == sorted(honest_receipts + skewed_receipts)
    assert platform.scalar("SELECT COUNT(*) FROM flags") == 0


@dataclass(frozen=True)
class OfflineDays:
    till: Path
    reports: list[ShiftReport]


@pytest.fixture(scope="session")
def three_days_offline(tmp_path_factory: pytest.TempPathFactory) -> OfflineDays:
    """A till that sold 10,000 sales through the terminal over three shifts, each closed with a Z
    report, and never reached the platform. Built once per session (selling dominates the cost);
    each backend's test enrols a copy. Its catalog is the platforms' own (same generator and seed)."""
    till = build_store(tmp_path_factory.mktemp("offline") / "till", styles=PLATFORM_STYLES, seed=PLATFORM_SEED)
    skus = [r["sku"] for r in catalog_gen.generate_rows(PLATFORM_STYLES, seed=PLATFORM_SEED)]
    reports = []
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        for day, count in enumerate([3334, 3333, 3333]):
            term.shift.open(10_000)
            for i in range(count):
                term.sale.scan(skus[(day + i) % len(skus)], 1 + i % 3)
                if i % 4 == 0:
                    term.sale.add_card(term.sale.totals().due // 2, f"CARD-{day}-{i}", "AUTH")
                term.sale.add_cash(term.sale.totals().due)
                term.sale.complete()
            reports.append(term.shift.close(10_000 + term.shift.x_report().payments.get("cash", 0)))
    return OfflineDays(till, reports)


@pytest.mark.slow
def test_three_days_offline_drain_and_match_the_z_reports(
    platform: Platform, tmp_path: Path, three_days_offline: OfflineDays
) -> None:
    till = copy_store(three_days_offline.till, tmp_path / "till")
    reports = three_days_offline.reports
    assert sum(r.sales_count for r in reports) == 10_000
    assert backlog(till) == 10_006  # 3 shifts opened and closed, 10,000 sales
    enrol(till, platform.url, platform.enrol_code("S01", "T01"))  # back online, for the first time
    drain(till, rounds=3)
    assert_same_books(platform, till)
    for z in reports:
        count, total = platform.rows(
            "SELECT COUNT(*), COALESCE(SUM(total), 0) FROM sales WHERE shift_id = :s", s=z.shift_id
        )[0]
        assert (count, total) == (z.sales_count + z.returns_count, z.net_total)
        paid = dict(
            platform.rows(
                "SELECT p.method, SUM(p.amount) FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
                "WHERE s.shift_id = :s GROUP BY p.method",
                s=z.shift_id,
            )
        )
        assert paid == {k: v for k, v in z.payments.items() if v}
        assert platform.scalar("SELECT z_number FROM shifts WHERE id = :s", s=z.shift_id) == z.z_number
