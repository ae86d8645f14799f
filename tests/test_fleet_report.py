"""Each till reports its figures with its sync (issue 17, item 4's data): version, backlog, dead letters,
the printer's state and the last Z report; the platform keeps the latest per terminal with when it was
last seen, and a till that never reported shows as such. Real platform process, real tills."""

from __future__ import annotations

import json
from pathlib import Path

import requests
from filelock import FileLock

from app import outbox
from app.device_config import settings_from
from app.fleet_report import software_version
from app.terminal import Terminal
from central.fleet import fleet, parse
from devices.manager import Devices
from sync.enrol import enrol
from sync.protocol.fleet import REPORT_HEADER
from sync.relay import lock_path
from sync.worker import sync_once
from tests.escpos_server import PAPER_OUT, FakePrinter
from tests.platform import Platform, enrolled_till, wait_until


def rows(platform: Platform, location: str | None = None):
    db = platform.db()
    try:
        with db.read() as s:
            return {(r.store, r.terminal): r for r in fleet(s, location)}
    finally:
        db.dispose()


def printer_state(term: Terminal) -> str | None:
    with term.db.read() as s:
        return s.connection().exec_driver_sql("SELECT state FROM device_states WHERE device = 'printer'").scalar()


def test_each_till_reports_with_its_sync_and_a_silent_one_shows_as_never_reported(
    platform: Platform, tmp_path: Path
) -> None:
    till = enrolled_till(platform, tmp_path / "one", "S01", "T01")
    enrol(tmp_path / "two", platform.url, platform.enrol_code("S02", "T07"))  # enrolled, never synced
    sku = platform.skus[0]
    paperless = FakePrinter()
    paperless.paper = PAPER_OUT
    try:
        with Terminal.open(till) as term:
            term.sign_in("boss", "2468")
            term.shift.open(10_000)
            term.sale.scan(sku, 2)
            term.sale.add_cash(term.sale.totals().due)
            receipt = term.sale.complete().receipt_no
            z = term.shift.close(term.shift.x_report().expected_cash)
            box = Devices(settings_from({"printer": {"url": paperless.listen().url}}), term.printing.queue, "en")
            box.start()
            try:
                term.printing.print_receipt(receipt)
                box.printer.wake()
                wait_until(lambda: printer_state(term) == "paper_out", 20, "the printer's state kept")
            finally:
                box.stop()
    finally:
        paperless.close()
    sync_once(till)
    fleet_now = rows(platform)
    one, two = fleet_now[("S01", "T01")], fleet_now[("S02", "T07")]
    assert one.reported and one.version == software_version() and one.printer == "paper_out"
    assert one.backlog == 0 and one.dead_letters == 0 and one.last_seen is not None and not one.silent
    assert one.z_number == z.z_number == 1 and one.z_at == z.closed_at
    assert one.z_totals["currency"] == "CNY" and one.z_totals["net_total"] == z.net_total > 0
    assert one.z_totals["sales_count"] == 1
    assert not two.reported and two.silent and two.last_seen is None and two.printer is None
    assert list(rows(platform, "S02")) == [("S02", "T07")]


def test_backlog_and_dead_letters_are_what_the_platform_did_not_take(platform: Platform, tmp_path: Path) -> None:
    """The report goes after the round's push: a refused event shows as a dead letter, events another
    process was still sending as the backlog."""
    till = enrolled_till(platform, tmp_path / "one", "S01", "T01")
    with Terminal.open(till) as term, term.db.write() as s:  # an event no platform can take
        outbox.append(s, event_type="cash.moved", store=term.info.store, terminal=term.info.terminal, data={})
    assert sync_once(till).push.dead == 1
    reported = rows(platform)[("S01", "T01")]
    assert (reported.backlog, reported.dead_letters) == (0, 1)
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        term.shift.open(10_000)
        with FileLock(str(lock_path(term.db)), timeout=0):  # another process is sending: this round only pulls
            assert sync_once(till).push is None
    reported = rows(platform)[("S01", "T01")]
    assert (reported.backlog, reported.dead_letters) == (1, 1)


def test_a_report_the_platform_cannot_read_is_ignored_and_the_call_still_answers(
    platform: Platform, tmp_path: Path
) -> None:
    till = enrolled_till(platform, tmp_path / "one", "S01", "T01")
    before = rows(platform)[("S01", "T01")]
    with Terminal.open(till) as term, term.db.read() as s:
        token = s.connection().exec_driver_sql("SELECT token FROM sync_config").scalar()
    for bad in ["{", json.dumps({"v": 99, "anything": 1}), json.dumps({"v": 1, "version": "x", "backlog": -1,
                "dead_letters": 0, "printer": "ok"}), json.dumps({"v": 1, "version": "x", "backlog": 1,
                "dead_letters": 0, "printer": "on fire"}), "x" * 5000]:  # fmt: skip
        answer = requests.get(
            f"{platform.url}/v1/ping", headers={"Authorization": f"Bearer {token}", REPORT_HEADER: bad}, timeout=10
        )
        assert answer.status_code == 200, answer.text
    assert rows(platform)[("S01", "T01")] == before


def test_parse_takes_only_v1_reports_with_values_in_range() -> None:
    z = {"number": 4, "at": "2026-12-03T10:00:00.000Z", "totals": {"currency": "CNY", "net_total": 1990}}
    good = {"v": 1, "version": "0.1.0", "backlog": 3, "dead_letters": 1, "printer": "offline", "z": z}
    assert parse(json.dumps(good))["z_totals"] == json.dumps({"currency": "CNY", "net_total": 1990})
    assert parse(json.dumps(good | {"v": 2})) is None
    assert parse(json.dumps(good | {"backlog": True})) is None
    assert parse(json.dumps(good | {"z": {"number": 4, "at": "x", "totals": {"net_total": 1.5}}})) is None
