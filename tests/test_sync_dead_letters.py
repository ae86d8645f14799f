"""Only the platform's own answer about an event sets it aside; dead letters go again, once; and a
till learns on its next contact that the platform lost its events (issue 13, items 10 and 12).

Everything runs against the real platform process, through the fault proxy of tests/faults.py for
what a proxy, a load balancer or a firewall in between would answer."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app import config, outbox
from app.errors import UserError
from app.terminal import Terminal
from sync.client import Interposed
from sync.worker import sync_once
from tests.faults import LosingProxy, backlog, platform_books, sell_many, till_books
from tests.platform import CentralProcess, Platform, cli, enrolled_till
from tests.test_sync_recovery import ledger_matches

HTML = {"Content-Type": "text/html"}


def last_event(till: Path) -> tuple[int, str]:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        return db.execute("SELECT seq, id FROM outbox ORDER BY seq DESC LIMIT 1").fetchone()


def flags(platform: Platform) -> list[tuple]:
    query = "SELECT kind, event_id, resolved_at IS NOT NULL FROM flags WHERE kind != 'oversell' ORDER BY id"
    return platform.rows(query)


@pytest.mark.parametrize(
    "status,page",
    [
        (408, b"<html><body><h1>408 Request Time-out</h1></body></html>"),
        (404, b"<html><head><title>404 Not Found</title></head><body>nginx</body></html>"),
        (403, b"<html><body>Access denied by the firewall policy.</body></html>"),
    ],
)
def test_a_proxys_4xx_sets_nothing_aside_and_the_sale_goes_when_it_clears(
    platform: Platform, proxied, status: int, page: bytes
) -> None:
    till, proxy = proxied
    sync_once(till)
    receipts = sell_many(till, platform.skus, 1)
    proxy.answers = [(status, HTML, page)] * 2  # enough for a relay that halves the batch to set one aside
    with pytest.raises(Interposed) as refused:
        sync_once(till)
    assert refused.value.retry and refused.value.status == status
    with Terminal.open(till) as term:
        health = term.sync.health()
        assert (health.backlog, health.dead_letters) == (2, 0)  # the shift and the sale wait; none set aside
        assert "between the till and the platform" in health.last_error
    proxy.answers = []
    assert sync_once(till).push.acked == 2
    assert sorted(platform_books(platform)[0]) == receipts
    assert platform_books(platform)[:2] == till_books(till)
    assert flags(platform) == [] and platform.scalar("SELECT COUNT(*) FROM events WHERE type = 'event.set_aside'") == 0


def set_aside_one_sale(platform: Platform, till: Path, proxy: LosingProxy) -> tuple[list[str], int, str]:
    """Three sales; the platform refuses the second at the HTTP level: it goes to dead letters and its
    stand-in takes its number."""
    sync_once(till)
    receipts = sell_many(till, platform.skus, 3)
    seq = last_event(till)[0] - 1
    with sqlite3.connect(till / config.STORE_FILE) as db:
        poison = db.execute("SELECT id FROM outbox WHERE seq = ?", (seq,)).fetchone()[0]
    proxy.refuse = {poison}
    done = sync_once(till)
    assert (done.push.acked, done.push.dead) == (3, 1)  # the shift's opening and two sales; one set aside
    assert flags(platform) == [("set_aside", poison, False)]
    assert sorted(platform_books(platform)[0]) == sorted([receipts[0], receipts[2]])
    proxy.refuse = set()  # the cause is fixed
    return receipts, seq, poison


def test_a_dead_letter_sent_again_from_the_till_takes_its_stand_ins_place_once(platform: Platform, proxied) -> None:
    till, proxy = proxied
    receipts, seq, poison = set_aside_one_sale(platform, till, proxy)
    with Terminal.open(till) as term, pytest.raises(UserError):
        term.sync.retry_dead_letters(["#999"])  # names no dead letter: nothing changes
    again = cli(till, "sync", "retry-dead", f"#{seq}")
    assert again.returncode == 0, again.stderr
    assert "1 dead letter(s) will be sent again" in again.stdout and "1 accepted" in again.stdout
    with Terminal.open(till) as term:
        assert term.sync.dead_letters() == [] and term.sync.health().backlog == 0
        assert term.sync.retry_dead_letters(None) == 0
    sales, moved, rows = platform_books(platform)
    assert sorted(sales) == sorted(receipts) and rows == 3  # once: totals and stock include it
    assert (sales, moved) == till_books(till)
    ledger_matches(platform)
    assert platform.rows("SELECT id, type FROM events WHERE seq = :q", q=seq) == [(poison, "sale.completed")]
    assert flags(platform) == [("set_aside", poison, True)]
    assert sync_once(till).push.sent == 0  # nothing more to send, nothing sent twice


def test_the_platform_asks_the_till_for_a_set_aside_event_and_it_comes_once(platform: Platform, proxied) -> None:
    till, proxy = proxied
    receipts, _seq, poison = set_aside_one_sale(platform, till, proxy)
    resend = ("central", "events", "resend", "--db", platform.db_url, "--terminal", "S01-T01", "--all")
    proxy.refuse = {poison}  # asked for before the cause is fixed: refused again, asked for once only
    assert cli(till, *resend).returncode == 0
    assert sync_once(till).again.dead == 1 and sync_once(till).again is None
    proxy.refuse = set()
    asked = cli(till, *resend)
    assert asked.returncode == 0, asked.stderr
    assert poison in asked.stdout
    done = sync_once(till)  # the till sells nothing: the pull's answer carries the request
    assert done.again is not None and (done.again.acked, done.again.dead) == (1, 0)
    sales, moved, rows = platform_books(platform)
    assert sorted(sales) == sorted(receipts) and rows == 3
    assert (sales, moved) == till_books(till)
    ledger_matches(platform)
    assert [f[0] for f in flags(platform)] == ["set_aside", "resend", "resend"] and all(f[2] for f in flags(platform))
    assert sync_once(till).again is None  # asked once, sent once


def test_a_refused_event_sent_again_stays_refused_and_is_not_taken_for_delivered(platform: Platform, proxied) -> None:
    """A dead letter the platform refused in its answer (stored as invalid) sent again before its
    cause is fixed gets the same refusal back, never a 'duplicate' the till would take for delivered."""
    till, _proxy = proxied
    with Terminal.open(till) as term, term.db.write() as s:  # an event no platform can take (no sale in it)
        outbox.append(s, event_type="cash.moved", store=term.info.store, terminal=term.info.terminal, data={})
    done = sync_once(till)
    assert done.push.dead == 1
    with Terminal.open(till) as term:
        assert term.sync.retry_dead_letters(None) == 1
    again = sync_once(till)
    assert (again.push.acked, again.push.dead) == (0, 1)
    with Terminal.open(till) as term:
        assert len(term.sync.dead_letters()) == 1 and "amount" in term.sync.dead_letters()[0]["error"]


@pytest.mark.parametrize("central_db_url", ["sqlite"], indirect=True)  # restored by copying its file back
def test_a_till_learns_at_its_next_contact_that_the_platform_was_restored_and_sends_again(
    platform: Platform, tmp_path: Path
) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    first = sell_many(till, platform.skus, 2)
    sync_once(till)
    server = platform.server
    server.stop()
    backup = tmp_path / "central-backup.db"
    with sqlite3.connect(platform.db_url) as live, sqlite3.connect(backup) as copy:
        live.backup(copy)  # last night's backup
    platform.server = CentralProcess(platform.db_url, port=server.port).start()
    lost = sell_many(till, platform.skus, 3)
    assert sync_once(till).push.acked == 3
    assert sorted(platform_books(platform)[0]) == sorted(first + lost)
    platform.server.stop()  # the platform's disk fails; its database comes back from the backup
    restarted = CentralProcess(platform.db_url, port=server.port)
    for path in Path(platform.db_url).parent.glob(Path(platform.db_url).name + "*"):
        path.unlink()
    shutil.copy(backup, platform.db_url)
    platform.server = restarted.start()
    assert sorted(platform_books(platform)[0]) == sorted(first)  # the lost sales are gone from it
    done = sync_once(till)  # no new sale: only the answers of this contact tell the till
    assert done.push.sent == 0 and done.again is not None and done.again.acked == 3
    assert backlog(till) == 0
    assert platform_books(platform)[:2] == till_books(till)
    ledger_matches(platform)
    assert sync_once(till).again is None
