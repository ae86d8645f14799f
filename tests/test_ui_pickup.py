"""The pickup clerk's screens driven like a clerk drives them: the queue, scanning to pick, ready,
the counter look-up, handover (full, partial, without the code), cancel, conflicts, payment.

Orders arrive through the real orders-feed code; every wait is on a signal, never a sleep.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from app import clock, pickup_demo
from app.clock import iso
from app.terminal import Terminal
from tests.conftest import CASHIER, CLERK, MANAGER
from tests.pickup_helpers import PICKUP_CODE, deliver, newer, order_body, skus
from tests.test_ui_till import sign_in
from tests.ui_helpers import approve, child, click, type_into, when_dialog
from ui.app import build_window
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    term = Terminal.open(store_dir)
    win = build_window(term, QApplication.instance(), "en")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitSignal(win.till.users_loaded, timeout=30_000):  # a busy CI machine starts slowly
        win.show()
    yield win
    win.close()
    term.close()


@pytest.fixture
def orders(window: MainWindow) -> tuple[dict, dict, list]:
    term = window.till.terminal
    items = skus(term, 3)
    first = order_body(term, [(items[0][0], 2, items[0][2]), (items[1][0], 1, items[1][2])], name="Mia Wang")
    second = order_body(term, [(items[2][0], 1, items[2][2])], name="Li Lei", paid=False)
    deliver(term, first, second)
    return first, second, items


def clerk_in(qtbot, win: MainWindow) -> None:
    with qtbot.waitSignal(win.pickup_model.queue_loaded):
        sign_in(qtbot, win, CLERK.login, CLERK.pin, float_text=None)


def scan(qtbot, win: MainWindow, text: str, signal: str = "order_loaded") -> None:
    with qtbot.waitSignal(getattr(win.pickup_model, signal)):
        type_into(qtbot, win.pickup.scan, text)


def open_row(qtbot, win: MainWindow, code: str) -> None:
    row = next(r for r in range(win.pickup.queue.rowCount()) if win.pickup.queue.item(r, 0).text().startswith(code))
    with qtbot.waitSignal(win.pickup_model.order_loaded):
        qtbot.mouseClick(
            win.pickup.queue.viewport(),
            Qt.MouseButton.LeftButton,
            pos=win.pickup.queue.visualItemRect(win.pickup.queue.item(row, 0)).center(),
        )


def test_clerk_lands_on_the_queue_picks_by_scanning_and_hands_over(qtbot, window: MainWindow, orders) -> None:
    first, _second, items = orders
    clerk_in(qtbot, window)
    screen = window.pickup
    assert window.stack.currentWidget() is screen and screen.scan.hasFocus()
    assert screen.queue.rowCount() == 2
    assert [screen.queue.item(r, 1).text() for r in range(2)] == ["new", "new"]
    open_row(qtbot, window, first["code"])
    assert screen.title.text().startswith(f"{first['code']} · picking · paid")  # opened: being handled
    assert "Mia Wang" in screen.customer.text()
    with qtbot.waitSignal(window.pickup_model.error):
        type_into(qtbot, screen.scan, items[2][1])  # an item of the other order
    assert "is not in order" in screen.message.text()
    scan(qtbot, window, items[0][1])
    screen.second.setFocus()  # a scanner's code lands in the pick list whatever has the focus
    with qtbot.waitSignal(window.pickup_model.order_loaded):
        window.till.devices.scanned.emit(items[0][1])
    assert screen.scan.text() == "" and screen.second.text() == ""
    scan(qtbot, window, items[1][1])
    assert [screen.lines.item(r, 3).text() for r in range(2)] == ["2", "1"]
    with qtbot.waitSignal(window.pickup_model.error):
        type_into(qtbot, screen.scan, items[1][1])  # one too many
    assert "already picked" in screen.message.text()
    with qtbot.waitSignal(window.pickup_model.notice):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F5)
    assert " · ready for pickup · " in screen.title.text()

    def hand_over(dialog) -> None:
        child(dialog, "handover_code_field", QLineEdit).setText(PICKUP_CODE)
        dialog.accept()

    when_dialog(hand_over, "handover_dialog")
    with qtbot.waitSignal(window.pickup_model.handed_over, timeout=10_000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
    assert " · collected · " in screen.title.text() and "handed over at S01-T01" in screen.customer.text()
    qtbot.waitUntil(lambda: screen.queue.rowCount() == 1)  # the open orders: only the other one is left
    with qtbot.waitSignal(window.pickup_model.queue_loaded):
        click(qtbot, screen, "filter_closed")
    assert screen.queue.item(0, 0).text() == first["code"] and screen.queue.item(0, 1).text() == "collected"
    assert window.till.terminal.sync.pending_events() == 3


def test_the_counter_finds_by_qr_or_name_hands_over_part_or_with_a_manager(qtbot, window: MainWindow, orders) -> None:
    first, _second, items = orders
    term = window.till.terminal
    term.sign_in(CLERK.login, CLERK.pin)
    for code in (items[0][1], items[0][1], items[1][1]):
        term.pickup.pick(first["code"], code)
    term.pickup.mark_ready(first["code"])
    term.sign_out()
    clerk_in(qtbot, window)
    screen = window.pickup
    screen.second.setText("Wang Li")
    with qtbot.waitSignal(window.pickup_model.error):
        type_into(qtbot, screen.scan, first["code"].lower())
    assert "do not match" in screen.message.text()
    scan(qtbot, window, f"{first['code']}/{PICKUP_CODE}")  # the customer's QR code
    assert screen.pickup_code == PICKUP_CODE

    def part(dialog) -> None:
        assert child(dialog, "handover_code_field", QLineEdit).text() == PICKUP_CODE
        child(dialog, "handover_qty_1", QSpinBox).setValue(1)  # one of the two, the customer leaves the other
        dialog.accept()

    when_dialog(part, "handover_dialog")
    with qtbot.waitSignal(window.pickup_model.handed_over, timeout=10_000) as done:
        qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
    view = done.args[0]
    assert view.state == "partly_collected" and [ln.collected for ln in view.lines] == [1, 1]


def test_a_handover_without_the_code_needs_a_manager(qtbot, window: MainWindow, orders) -> None:
    first, _second, items = orders
    term = window.till.terminal
    term.sign_in(CLERK.login, CLERK.pin)
    for code in (items[0][1], items[0][1], items[1][1]):
        term.pickup.pick(first["code"], code)
    term.pickup.mark_ready(first["code"])
    term.sign_out()
    clerk_in(qtbot, window)
    screen = window.pickup
    screen.second.setText("mia wang")
    scan(qtbot, window, first["code"])
    when_dialog(lambda dialog: dialog.accept(), "handover_dialog")  # no code: the customer lost it
    when_dialog(approve(MANAGER.login, MANAGER.pin), "approval_dialog")
    with qtbot.waitSignals([window.pickup_model.approval_needed, window.pickup_model.handed_over], timeout=15_000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
    assert " · collected · " in screen.title.text()


def test_cancelled_online_while_picking_shows_a_banner_until_seen(qtbot, window: MainWindow, orders) -> None:
    first, second, items = orders
    clerk_in(qtbot, window)
    screen = window.pickup
    open_row(qtbot, window, first["code"])
    scan(qtbot, window, items[0][1])
    deliver(window.till.terminal, newer(first, state="cancelled", cancel_reason="customer request"))
    with qtbot.waitSignal(window.pickup_model.order_loaded):
        window.pickup_model.open_order(first["code"])
    assert screen.banner.isVisible() and "Cancelled online while it was picked" in screen.banner.text()
    assert "customer request" in screen.banner.text()
    with qtbot.waitSignal(window.pickup_model.error):
        type_into(qtbot, screen.scan, items[0][1])
    assert "was cancelled" in screen.message.text() and "Put any picked items back" in screen.message.text()
    with qtbot.waitSignal(window.pickup_model.order_loaded):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    assert not screen.banner.isVisible()

    open_row(qtbot, window, second["code"])

    def give_reason(dialog) -> None:
        child(dialog, "cancel_reason_choice", QComboBox).setCurrentIndex(1)  # item out of stock
        dialog.accept()

    when_dialog(give_reason, "cancel_order_dialog")
    with qtbot.waitSignal(window.pickup_model.order_loaded, timeout=10_000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F8)
    assert " · cancelled · " in screen.title.text() and "Item out of stock" in screen.customer.text()


def test_pick_slip_preview_and_payment_at_the_till(qtbot, window: MainWindow, orders) -> None:
    _first, second, _items = orders
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    assert window.stack.currentWidget() is window.sale
    with qtbot.waitSignal(window.pickup_model.queue_loaded):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    screen = window.pickup
    assert window.stack.currentWidget() is screen
    open_row(qtbot, window, second["code"])
    assert "to pay" in screen.title.text()
    with qtbot.waitSignal(window.pickup_model.slip_ready):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    slip = screen.findChild(QPlainTextEdit, "pick_slip_dialog_text")
    assert slip is not None and f"订单 {second['code']}" in slip.toPlainText() and "Li Lei" in slip.toPlainText()
    slip.window().close()
    with qtbot.waitSignal(window.till.sale_changed, check_params_cb=lambda view: view.count == 1, timeout=10_000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    assert window.sale.model.lines[0].description.startswith(second["code"])
    with qtbot.waitSignal(window.till.error):
        window.till.set_qty(window.sale.model.lines[0].id, 2)
    assert "keeps the order's price and quantity" in window.sale.message.text()
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.pay_cash(window.till.terminal.sale.totals().due)
    with qtbot.waitSignal(window.till.completed):
        window.till.complete()
    assert window.till.terminal.pickup.order(second["code"]).paid


def queue_column(screen, col: int) -> list[str]:
    return [screen.queue.item(r, col).text() for r in range(screen.queue.rowCount())]


def selected_code(screen) -> str:
    rows = screen.queue.selectionModel().selectedRows()
    return screen.queue.item(rows[0].row(), 0).text() if len(rows) == 1 else ""


def test_the_order_being_picked_keeps_its_place_and_selection_and_waiting_times_follow_the_clock(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    term = window.till.terminal
    items = skus(term, 3)
    start = clock.now()
    bodies = [
        order_body(term, [(sku, 1, price)], name=name, created_at=iso(start - timedelta(minutes=minutes)))
        for (sku, _bar, price), name, minutes in zip(
            items, ("Mia Wang", "Li Lei", "Zhou Yu"), (40, 30, 20), strict=True
        )
    ]
    deliver(term, *bodies)
    codes = [b["code"] for b in bodies]
    clerk_in(qtbot, window)
    screen = window.pickup
    assert queue_column(screen, 0) == codes and queue_column(screen, 4) == ["40 min", "30 min", "20 min"]

    with qtbot.waitSignal(window.pickup_model.queue_loaded):  # opening re-reads the queue
        open_row(qtbot, window, codes[0])
    assert queue_column(screen, 0) == codes  # by promised time, whatever its state: it keeps its place
    assert queue_column(screen, 1) == ["picking", "new", "new"]  # paid online, opened: being handled
    assert selected_code(screen) == codes[0]
    with qtbot.waitSignal(window.pickup_model.queue_loaded):
        type_into(qtbot, screen.scan, items[0][1])  # picked by scanning
    assert queue_column(screen, 0) == codes and selected_code(screen) == codes[0]
    with qtbot.waitSignal(window.pickup_model.queue_loaded):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F5)  # ready
    assert queue_column(screen, 0) == codes and selected_code(screen) == codes[0]
    assert queue_column(screen, 1)[0] == "ready for pickup"

    later = start + timedelta(minutes=25)
    monkeypatch.setattr(clock, "now", lambda: later)  # the app's clock moves on; nothing is re-read
    screen.timer.stop()
    screen.age_timer.setInterval(10)
    qtbot.waitUntil(lambda: queue_column(screen, 4) == ["1 h", "55 min", "45 min"])
    with qtbot.waitSignal(window.pickup_model.queue_loaded):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F2)  # a re-read agrees with the clock and keeps the selection
    assert queue_column(screen, 4) == ["1 h", "55 min", "45 min"] and selected_code(screen) == codes[0]


def test_the_demo_shows_its_customers_pickup_codes_so_the_handover_can_be_tried(qtbot, store_dir: Path) -> None:
    term = Terminal.open(store_dir)
    items = skus(term, 2)
    demo_order = order_body(term, [(items[0][0], 1, items[0][2])], name="Wang Fang")
    real_order = order_body(term, [(items[1][0], 1, items[1][2])], name="Li Lei")
    deliver(term, demo_order, real_order)
    pickup_demo.save(store_dir, {demo_order["code"]: PICKUP_CODE})  # as the demo writes it
    win = build_window(term, QApplication.instance(), "en")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitSignal(win.till.users_loaded, timeout=30_000):
        win.show()
    try:
        clerk_in(qtbot, win)
        screen = win.pickup
        open_row(qtbot, win, real_order["code"])
        assert "pickup code" not in screen.customer.text()  # a real order never shows its code to staff
        open_row(qtbot, win, demo_order["code"])
        assert f"the customer's pickup code is {PICKUP_CODE}" in screen.customer.text()
        scan(qtbot, win, items[0][1])
        with qtbot.waitSignal(win.pickup_model.notice):
            qtbot.keyClick(screen.scan, Qt.Key.Key_F5)

        def hand_over(dialog) -> None:  # the normal handover, with the code the demo showed
            field = child(dialog, "handover_code_field", QLineEdit)
            field.setFocus()
            qtbot.keyClicks(field, PICKUP_CODE)
            qtbot.waitUntil(lambda: field.text() == PICKUP_CODE)  # keys the scanner filter held (item 1)
            dialog.accept()

        when_dialog(hand_over, "handover_dialog")
        with qtbot.waitSignal(win.pickup_model.handed_over, timeout=10_000) as done:
            qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
        assert done.args[0].state == "collected" and "pickup code" not in screen.customer.text()
    finally:
        win.close()
        term.close()
