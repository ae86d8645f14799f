"""The till with real devices behind it: a network printer on 127.0.0.1, a serial scanner and a
customer display on socat ptys. The status bar, the print queue, the no-sale drawer and the device
settings screen, driven like a cashier and a manager drive them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from app import config
from app.terminal import Terminal
from tests.conftest import CASHIER, MANAGER, barcodes
from tests.escpos_decode import decode
from tests.escpos_server import FakePrinter
from tests.serial_pair import PtyPair
from tests.test_ui_till import reprint_by_keys, sign_in
from tests.ui_helpers import child, click, when_dialog
from ui.app import build_window
from ui.main_window import MainWindow
from ui.sale_view import view_of


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    p = FakePrinter()
    yield p
    p.close()


@pytest.fixture
def open_till(qtbot, store_dir: Path) -> Iterator[Callable[[str], MainWindow]]:
    opened: list[tuple[MainWindow, Terminal]] = []

    def make(config_text: str) -> MainWindow:
        (store_dir / config.CONFIG_FILE).write_text(config_text, encoding="utf-8")
        term = Terminal.open(store_dir)
        win = build_window(term, QApplication.instance(), "en")
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitUntil(lambda: win.sign_in.users_box.count() > 0, timeout=10_000)
        opened.append((win, term))
        return win

    yield make
    for win, term in opened:
        win.close()
        term.close()


def status(win: MainWindow) -> str:
    return win.devices_label.text()


def ring_up(qtbot, win: MainWindow, n: int = 2) -> None:
    for code in barcodes(win.till.terminal, n):
        with qtbot.waitSignal(win.till.sale_changed):
            win.till.scan(code)
    with qtbot.waitSignal(win.till.sale_changed):
        win.till.pay_cash(10_000_000)


def test_a_completed_sale_prints_and_the_status_bar_follows_the_printer(qtbot, open_till, printer: FakePrinter) -> None:
    win = open_till(f'[printer]\nurl = "{printer.url}"\nretry_max_seconds = 0.2\n')  # the printer is off
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    ring_up(qtbot, win)
    with qtbot.waitSignal(win.till.completed) as done:
        win.till.complete()
    receipt_no = done.args[1].receipt_no
    assert win.till.terminal.sale.cart is None  # the sale is committed; the receipt waits
    qtbot.waitUntil(lambda: "offline" in status(win) and "1 receipt waiting" in status(win), timeout=10_000)
    assert win.devices_label.property("kind") == "error"
    assert f"Receipt {receipt_no} sent to the printer" in child(win.sale, "message_label", QLabel).text()
    assert win.findChild(QLabel, "receipt_dialog") is None
    printer.listen()  # switched on: the waiting receipt prints by itself
    [job] = printer.wait_jobs(1)
    out = decode(job)
    assert out.qr == [done.args[1].sale_id] and out.pulses and out.cuts == 1  # a cash sale opens the drawer
    qtbot.waitUntil(lambda: "Printer: ready" in status(win) and "waiting" not in status(win), timeout=10_000)
    assert "Scanner: keyboard" in status(win)

    reprint_by_keys(qtbot, win, receipt_no, done.args[1], queued=True)
    assert f"Copy of {receipt_no} queued for the printer." in child(win.sale, "message_label", QLabel).text()
    jobs = printer.wait_jobs(2)
    assert "*** 重印副本 ***" in decode(jobs[1]).text and decode(jobs[1]).pulses == []  # the store prints Chinese


def test_no_sale_opens_the_drawer_with_a_reason_and_is_audited(qtbot, open_till, printer: FakePrinter) -> None:
    win = open_till(f'[printer]\nurl = "{printer.listen().url}"\n')
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)

    def reason(dialog) -> None:
        child(dialog, "text_field", QLineEdit).setText("change for a 100 note")
        dialog.accept()

    when_dialog(reason, "no_sale_dialog")
    with qtbot.waitSignal(win.till.notice, check_params_cb=lambda text: text == "Drawer opened."):
        click(qtbot, win.sale, "no_sale_button")
    [job] = printer.wait_jobs(1)
    out = decode(job)
    assert out.pulses == [(0, 50, 50)] and out.lines == [] and out.cuts == 0  # a kick, no paper
    with win.till.terminal.db.read() as s:
        row = s.connection().exec_driver_sql("SELECT detail FROM audit_log WHERE action = 'drawer_open'").one()
    assert json.loads(row[0]) == {"reason": "change for a 100 note"}


def test_a_drawer_that_cannot_open_says_so(qtbot, open_till, printer: FakePrinter) -> None:
    win = open_till(f'[printer]\nurl = "{printer.url}"\n')  # the printer (and its drawer port) is off
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    with qtbot.waitSignal(win.till.error) as err:
        win.till.open_drawer("float check")
    assert "did not open" in err.args[0] and "key" in err.args[1]


def test_device_settings_test_buttons_and_save(qtbot, open_till, printer: FakePrinter, tmp_path: Path) -> None:
    win = open_till("")
    assert "Printer: not set up" in status(win) and "Scanner: keyboard" in status(win)
    sign_in(qtbot, win, MANAGER.login, MANAGER.pin)
    printer.listen()
    display = PtyPair(tmp_path, "display").plug()
    results: list[str] = []

    def use(dialog) -> None:
        child(dialog, "printer_url_field", QLineEdit).setText(printer.url)
        child(dialog, "display_url_field", QLineEdit).setText(f"serial://{display.device}")
        with qtbot.waitSignal(win.till.device_tested, check_params_cb=lambda k, ok, _m: k == "printer" and ok):
            click(qtbot, dialog, "test_printer_button")
        results.append(child(dialog, "device_test_result", QLabel).text())
        with qtbot.waitSignal(win.till.device_tested, check_params_cb=lambda k, ok, _m: k == "display" and ok):
            click(qtbot, dialog, "test_display_button")
        with qtbot.waitSignal(win.till.device_tested, check_params_cb=lambda k, ok, _m: k == "scanner"):
            click(qtbot, dialog, "test_scanner_button")
        results.append(child(dialog, "device_test_result", QLabel).text())
        child(dialog, "printer_url_field", QLineEdit).setText("tcp://127.0.0.1:1")
        with qtbot.waitSignal(win.till.device_tested, check_params_cb=lambda k, ok, _m: k == "printer" and not ok):
            click(qtbot, dialog, "test_printer_button")
        results.append(child(dialog, "device_test_result", QLabel).text())
        child(dialog, "printer_url_field", QLineEdit).setText(printer.url)
        with qtbot.waitSignal(win.till.devices_saved):
            click(qtbot, dialog, "save_devices_button")
        dialog.reject()

    when_dialog(use, "devices_dialog")
    click(qtbot, win.sale, "devices_button")
    try:
        assert results[0].startswith(f"Test page sent to {printer.url}")
        assert "打印机测试" in decode(printer.wait_jobs(1)[0]).text  # the store prints in Chinese
        shown = display.read(51)  # ESC/POS display: init, clear, then each line at its place
        assert shown == b"\x1b@\x0c\x1f$\x01\x01CloudShelf POS      \x1f$\x01\x02Display test      OK"
        assert results[1].startswith("Keyboard scanner")
        assert results[2].startswith("The printer did not print") and "URL" in results[2]
        saved = (win.till.terminal.directory / config.CONFIG_FILE).read_text(encoding="utf-8")
        assert printer.url in saved and str(display.device) in saved
        qtbot.waitUntil(lambda: "Printer: ready" in status(win), timeout=10_000)
    finally:
        display.unplug()


def test_saving_device_settings_needs_a_manager(qtbot, open_till, printer: FakePrinter) -> None:
    win = open_till("")
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    seen: list[str] = []

    def use(dialog) -> None:
        child(dialog, "printer_url_field", QLineEdit).setText(printer.url)
        save = child(dialog, "save_devices_button", QPushButton)
        click(qtbot, dialog, "save_devices_button")  # not offered to a cashier: the click does nothing
        seen.append(save.toolTip() if not save.isEnabled() else "offered")
        dialog.reject()

    when_dialog(use, "devices_dialog")
    click(qtbot, win.sale, "devices_button")
    assert seen == ["Only a manager may do this."]
    assert not (win.till.terminal.directory / config.CONFIG_FILE).read_text(encoding="utf-8")


def test_a_serial_scanner_and_the_customer_display_in_the_till(qtbot, open_till, tmp_path: Path) -> None:
    scanner, display = PtyPair(tmp_path, "scanner").plug(), PtyPair(tmp_path, "display").plug()
    try:
        win = open_till(
            f'[scanner]\nport = "{scanner.device}"\n\n'
            f'[display]\nurl = "serial://{display.device}"\nprotocol = "cd5220"\n'
        )
        qtbot.waitUntil(lambda: "Scanner: connected" in status(win), timeout=10_000)
        sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
        code = barcodes(win.till.terminal, 1)[0]
        item = win.till.terminal.catalog.lookup(code)
        with qtbot.waitSignal(win.till.sale_changed, check_params_cb=lambda v: v.count == 1):
            scanner.write(code.encode() + b"\r")
        frames: list[tuple[str, str]] = []
        while not frames or not frames[-1][0].startswith(item.description[:10]):  # frames of the sale so far
            frame = b""
            while frame.count(b"\r") < 2:  # CD5220: ESC Q A upper CR ESC Q B lower CR
                chunk = display.read(1, timeout=10)
                assert chunk, f"the display got only {frames} {frame!r}"
                frame += chunk
            upper, lower = frame.split(b"\x1bQA")[-1].split(b"\r\x1bQB")
            frames.append((upper.decode("cp437"), lower.rstrip(b"\r").decode("cp437")))
        upper, lower = frames[-1]
        assert len(upper) == len(lower) == 20
        assert lower.startswith("TOTAL") and lower.rstrip().endswith(view_of(win.till.terminal).total[1:])
        with qtbot.waitSignal(win.till.devices.problem):
            scanner.write(b"\x00\xfe\x9c\r")  # line noise: a message, nothing added
        qtbot.waitUntil(lambda: "unreadable" in child(win.sale, "message_label", QLabel).text())
        assert win.till.terminal.sale.view().count == 1
        scanner.unplug()
        qtbot.waitUntil(lambda: "Scanner: not connected" in status(win), timeout=10_000)
        assert win.devices_label.property("kind") == "error"
        scanner.plug()
        qtbot.waitUntil(lambda: "Scanner: connected" in status(win), timeout=10_000)
        with qtbot.waitSignal(win.till.sale_changed, check_params_cb=lambda v: v.count == 2):
            scanner.write(code.encode() + b"\r")
    finally:
        scanner.unplug()
        display.unplug()


def test_x_and_z_reports_print_when_a_printer_is_set_up(qtbot, open_till, printer: FakePrinter) -> None:
    win = open_till(f'[printer]\nurl = "{printer.listen().url}"\n')
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    with qtbot.waitSignal(win.till.report_ready):
        win.till.x_report()
    assert decode(printer.wait_jobs(1)[0]).lines[0].strip() == "X REPORT (shift open)"  # the screen's language
    with qtbot.waitSignal(win.till.report_ready):
        win.till.close_shift(50_000)
    z = decode(printer.wait_jobs(2)[1])
    assert z.lines[0].strip() == "Z REPORT #1" and z.cuts == 1


def test_a_pick_slip_prints_from_the_pickup_screen(qtbot, open_till, printer: FakePrinter) -> None:
    from tests.conftest import CLERK
    from tests.pickup_helpers import deliver, order_body, skus

    win = open_till(f'[printer]\nurl = "{printer.listen().url}"\n')
    term = win.till.terminal
    items = skus(term, 2)
    order = order_body(term, [(items[0][0], 2, items[0][2]), (items[1][0], 1, items[1][2])], name="Mia Wang")
    deliver(term, order)
    with qtbot.waitSignal(win.pickup_model.queue_loaded):
        sign_in(qtbot, win, CLERK.login, CLERK.pin, float_text=None)
    with qtbot.waitSignal(win.pickup_model.order_loaded):
        win.pickup_model.open_order(order["code"])
    with qtbot.waitSignal(win.pickup_model.slip_ready):
        click(qtbot, win.pickup, "pick_slip_button")
    [job] = printer.wait_jobs(1)
    out = decode(job)
    assert out.qr == [order["code"]] and out.cuts == 1 and out.pulses == []  # a slip never opens the drawer
    assert "拣货单" in out.text and f"订单 {order['code']}" in out.text and "Mia Wang" in out.text
