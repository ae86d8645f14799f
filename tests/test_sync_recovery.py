"""A till whose local store is lost or rewound, against a real central service (SQLite and PostgreSQL).

Exactly once rests on event ids made on the till and a per-terminal sequence at the platform. A
wiped store has no outbox left, so it cannot resend anything: enrolled again it is a new identity
that numbers its events from 1 and its receipts after the last one the platform holds. A store
restored from a backup still holds events the platform has: they come back as duplicates, and its
new events, numbered again from where the backup stood, are held back (never dead, never doubled)
until the terminal is enrolled again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import requests

from app.terminal import Terminal
from sync.enrol import enrol
from sync.relay import StoreBehind
from sync.worker import sync_once
from tests.conftest import copy_store
from tests.faults import backlog, platform_books, sell_many, till_books
from tests.platform import Platform, enrolled_till
from tests.test_sync_protocol import token_of


def ledger_matches(platform: Platform, store: str = "S01") -> None:
    """Every stock level is the sum of its movements: nothing counted twice or missed."""
    levels = dict(platform.rows("SELECT sku, on_hand FROM stock_levels WHERE location_code = :s", s=store))
    sums = dict(
        platform.rows("SELECT sku, SUM(qty) FROM stock_movements WHERE location_code = :s GROUP BY sku", s=store)
    )
    assert levels == sums


def test_a_wiped_store_enrolled_again_resends_and_doubles_nothing(platform: Platform, tmp_path: Path) -> None:
    sku = platform.skus[0]
    platform.adjust("S01", sku, 20)
    till = enrolled_till(platform, tmp_path / "till")
    synced = sell_many(till, [sku], 3)
    sync_once(till)
    sell_many(till, [sku], 2)  # never sent: lost with the disk
    old_token = token_of(till)
    shutil.rmtree(till)

    done = enrol(till, platform.url, platform.enrol_code("S01", "T01"))
    assert done.created_store
    # the old identity is gone: its token is refused, and nothing it holds can arrive twice
    refused = requests.get(platform.url + "/v1/ping", headers={"Authorization": f"Bearer {old_token}"}, timeout=10)
    assert refused.status_code == 401 and refused.json()["error"] == "revoked"
    sync_once(till)
    with Terminal.open(till) as term:
        term.users.add("ann", "Ann", "cashier", "1357", by=term.users.add("boss", "Bo", "manager", "2468"))
        assert term.stock.here(term.catalog.lookup(sku).variant_id).on_hand == 17  # the platform's figure
    again = sell_many(till, [sku], 2)
    # receipt numbers go on after the last one the platform holds
    assert again == ["S01-T01-000004", "S01-T01-000005"] and synced[-1] == "S01-T01-000003"
    done = sync_once(till)
    assert done.push.acked == 3 and done.push.dead == 0  # its own shift and two sales, nothing older
    sales, _, rows = platform_books(platform)
    assert rows == 5 and sorted(sales) == sorted(synced + again)
    assert platform.scalar("SELECT COUNT(*) FROM events") == 7  # (shift + 3 sales) + (shift + 2 sales)
    assert platform.scalar("SELECT COUNT(*) FROM flags") == 0
    assert platform.scalar("SELECT on_hand FROM stock_levels WHERE location_code = 'S01' AND sku = :s", s=sku) == 15
    ledger_matches(platform)
    sync_once(till)
    with Terminal.open(till) as term:
        figure = term.stock.here(term.catalog.lookup(sku).variant_id)
        assert (figure.server_on_hand, figure.unsynced) == (15, 0)


@pytest.mark.parametrize("sync_before_enrolling", [True, False])
def test_a_store_restored_from_a_backup_is_held_back_until_enrolled_again(
    platform: Platform, tmp_path: Path, sync_before_enrolling: bool
) -> None:
    sku = platform.skus[1]
    platform.adjust("S01", sku, 10)
    till = enrolled_till(platform, tmp_path / "till")
    first = sell_many(till, [sku], 2)
    backup = copy_store(till, tmp_path / "backup")  # shift + 2 sales, not yet sent
    sync_once(till)
    lost = sell_many(till, [sku], 1)
    sync_once(till)
    assert platform.scalar("SELECT COUNT(*) FROM events") == 4

    shutil.rmtree(till)  # the disk fails; last night's backup goes back
    copy_store(backup, till)
    after_restore = sell_many(till, [sku], 1)
    assert after_restore == lost  # the backup numbers on from where it stood
    if sync_before_enrolling:
        with pytest.raises(StoreBehind) as stopped:
            sync_once(till)
        assert "enrol" in stopped.value.hint.lower()
        with Terminal.open(till) as term:
            health = term.sync.health()
            assert health.backlog == 1 and health.dead_letters == 0  # held back, not refused for good
            assert "Enrol this terminal again" in health.last_error
        with pytest.raises(StoreBehind):
            sync_once(till)  # trying again changes nothing and raises no second flag
        assert platform.scalar("SELECT COUNT(*) FROM flags WHERE kind = 'behind'") == 1
    assert platform.scalar("SELECT COUNT(*) FROM events") == 4  # nothing doubled, nothing taken

    enrol(till, platform.url, platform.enrol_code("S01", "T01"))
    done = sync_once(till)
    assert done.push.dead == 0
    assert backlog(till) == 0
    _, moved, rows = platform_books(platform)
    assert rows == 4  # 2 from the backup (once each) + the lost one + the one sold after the restore
    receipts = [r for (r,) in platform.rows("SELECT receipt_no FROM sales ORDER BY receipt_no")]
    assert receipts == sorted(first + lost + after_restore)  # a receipt number may repeat; ids never do
    assert platform.scalar("SELECT COUNT(*) FROM events") == 5
    assert platform.scalar("SELECT COUNT(*) FROM flags WHERE kind != 'behind'") == 0
    assert moved[("S01", sku)] == -4
    ledger_matches(platform)
    assert till_books(till)[1][("S01", sku)] == -3  # the till never saw the lost sale; the platform did
    # the identity the backup carried is revoked by the new enrolment
    answer = requests.get(
        platform.url + "/v1/ping", headers={"Authorization": f"Bearer {token_of(backup)}"}, timeout=10
    )
    assert answer.status_code == 401
