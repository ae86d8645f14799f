"""``cloudshelf devices ...`` as real processes: list, a test of each device, the print queue."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import config
from app.terminal import Terminal
from tests.conftest import CASHIER, MANAGER, barcodes
from tests.escpos_decode import decode
from tests.escpos_server import FakePrinter
from tests.serial_pair import PtyPair
from tests.test_cli import assert_user_error, run


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    p = FakePrinter().listen()
    yield p
    p.close()


def configure(store_dir: Path, text: str) -> None:
    (store_dir / config.CONFIG_FILE).write_text(text, encoding="utf-8")


def test_list_shows_ports_and_the_configured_devices(store_dir: Path, printer: FakePrinter) -> None:
    configure(store_dir, f'[printer]\nurl = "{printer.url}"\nwidth = 32\n\n[scanner]\nport = "/dev/ttyACM0"\n')
    result = run(store_dir, "devices", "list")
    assert result.returncode == 0, result.stderr
    assert "Serial ports:" in result.stdout and "USB devices:" in result.stdout
    assert f"printer   {printer.url}  profile default, 32 columns, gb18030" in result.stdout
    assert "scanner   /dev/ttyACM0, keyboard scanners on" in result.stdout
    assert "drawer    through the printer" in result.stdout
    assert "Print jobs waiting: 0" in result.stdout


def test_test_printer_prints_a_test_page(store_dir: Path, printer: FakePrinter) -> None:
    configure(store_dir, f'[printer]\nurl = "{printer.url}"\n')
    result = run(store_dir, "devices", "test", "printer")
    assert result.returncode == 0, result.stderr
    assert f"Test page sent to {printer.url} (status: ok)" in result.stdout
    out = decode(printer.wait_jobs(1)[0])
    assert "打印机测试" in out.text and out.cuts == 1


def test_a_printer_that_is_off_or_missing_is_a_clear_error(store_dir: Path) -> None:
    off = FakePrinter()  # never listens
    configure(store_dir, f'[printer]\nurl = "{off.url}"\n')
    assert_user_error(run(store_dir, "devices", "test", "printer"), "did not print", "Check that it is on")
    off.close()
    configure(store_dir, "")
    assert_user_error(run(store_dir, "devices", "test", "printer"), "No printer is set up")
    assert_user_error(run(store_dir, "devices", "test", "display"), "No customer display is set up")
    configure(store_dir, '[printer]\nurl = "lpt://1"\n')
    assert_user_error(run(store_dir, "devices", "list"), "printer.url", "not a device URL")


def test_test_scanner_reads_one_scan_from_a_serial_scanner(store_dir: Path, tmp_path: Path) -> None:
    pair = PtyPair(tmp_path, "scanner").plug()
    try:
        configure(store_dir, f'[scanner]\nport = "{pair.device}"\n')
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app",
                "--data-dir",
                str(store_dir),
                "devices",
                "test",
                "scanner",
                "--timeout",
                "20",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # the command opens the port when it starts; keep sending until it has read one
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            pair.write(b"96385074\r")
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.2)  # ends the loop the moment the command has read one
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert "Read '96385074': gtin 00000096385074" in out
    finally:
        pair.unplug()
    configure(store_dir, f'[scanner]\nport = "{tmp_path / "absent"}"\n')
    assert_user_error(run(store_dir, "devices", "test", "scanner", "--timeout", "0.5"), "No scan came from")


def test_test_drawer_needs_a_manager_and_is_audited(store_dir: Path, printer: FakePrinter) -> None:
    configure(store_dir, f'[printer]\nurl = "{printer.url}"\n')
    assert_user_error(run(store_dir, "devices", "test", "drawer"), "needs a manager")
    refused = run(store_dir, "devices", "test", "drawer", "--login", CASHIER.login, "--pin", CASHIER.pin)
    assert_user_error(refused, "Only a manager may do this")
    assert printer.jobs == []
    ok = run(store_dir, "devices", "test", "drawer", "--login", MANAGER.login, "--pin", MANAGER.pin)
    assert ok.returncode == 0, ok.stderr
    assert "Drawer kicked (through the printer)" in ok.stdout
    assert decode(printer.wait_jobs(1)[0]).pulses == [(0, 50, 50)]
    with Terminal.open(store_dir) as term, term.db.read() as s:
        row = s.connection().exec_driver_sql("SELECT detail FROM audit_log WHERE action = 'drawer_open'").one()
    assert json.loads(row[0]) == {"reason": "device test"}


def test_a_drawer_on_its_own_serial_port_and_a_pole_display(store_dir: Path, tmp_path: Path) -> None:
    drawer, display = PtyPair(tmp_path, "drawer").plug(), PtyPair(tmp_path, "display").plug()
    try:
        configure(
            store_dir,
            f'[drawer]\nurl = "serial://{drawer.device}"\npin = 5\n\n'
            f'[display]\nurl = "serial://{display.device}"\nprotocol = "cd5220"\nwidth = 20\n',
        )
        ok = run(store_dir, "devices", "test", "drawer", "--login", MANAGER.login, "--pin", MANAGER.pin)
        assert ok.returncode == 0, ok.stderr
        assert drawer.read(5) == b"\x1bp\x01\x32\x32"  # ESC p on pin 5
        shown = run(store_dir, "devices", "test", "display")
        assert shown.returncode == 0, shown.stderr
        assert display.read(52) == b"\x1b@\x0c\x1bQACloudShelf POS      \r\x1bQBDisplay test      OK\r"
    finally:
        drawer.unplug()
        display.unplug()
    assert_user_error(
        run(store_dir, "devices", "test", "drawer", "--login", MANAGER.login, "--pin", MANAGER.pin),
        "did not answer",
    )


def test_queue_lists_cancels_and_reprint_queues_a_copy(store_dir: Path) -> None:
    with Terminal.open(store_dir) as term:
        term.sign_in(CASHIER.login, CASHIER.pin)
        term.shift.open(0)
        term.sale.scan(barcodes(term, 1)[0])
        term.sale.add_cash(10_000_000)
        receipt_no = term.sale.complete().receipt_no
    result = run(store_dir, "devices", "reprint", receipt_no)
    assert result.returncode == 0, result.stderr
    assert f"Copy of {receipt_no} queued" in result.stdout
    listing = run(store_dir, "devices", "queue")
    assert "waiting" in listing.stdout and receipt_no in listing.stdout
    job_id = listing.stdout.split()[0]
    assert run(store_dir, "devices", "queue", "--cancel", job_id[:12]).returncode == 0
    assert "No print jobs waiting." in run(store_dir, "devices", "queue").stdout
    assert "cancelled" in run(store_dir, "devices", "queue", "--all").stdout
    assert_user_error(run(store_dir, "devices", "reprint", "S01-T01-999999"), "No receipt")
    assert_user_error(run(store_dir, "devices", "queue", "--cancel", "nope"), "No waiting print job")
