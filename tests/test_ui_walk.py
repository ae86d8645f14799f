"""A day at the till with the keyboard alone: sign in, a sale, its payment, a return, park and resume,
the cloud shelf, a pickup and closing the shift, every step by keys sent to whatever has the focus
(as a keyboard sends them: no mouse, no widget poked), at a person's and a scanner's speed, checking
what the cashier sees and what the printer prints. Every wait is on a signal or a condition.

The walk names keys and what is shown, not how the screens are built, so it keeps walking when a
dialog is redone; where a step has a key only because of a change on another branch, the comment
says which key it expects."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QPlainTextEdit, QTableWidget, QWidget

from app import config
from app.cash import denominations
from app.terminal import Terminal
from app.users import Credentials
from tests.conftest import CASHIER, CLERK, barcodes
from tests.escpos_decode import decode
from tests.escpos_server import FakePrinter
from tests.pickup_helpers import PICKUP_CODE, deliver, order_body, skus
from tests.shelf_helpers import answer, style_of
from tests.ui_helpers import when_dialog
from ui.app import build_window
from ui.main_window import MainWindow
from ui.sale_view import view_of

PERSON_MS = 40  # a cashier typing: 30-60 ms a key
SCANNER_MS = 3  # a keyboard scanner: 2-5 ms a key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    p = FakePrinter().listen()
    yield p
    p.close()


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, store_dir: Path, printer: FakePrinter) -> Iterator[MainWindow]:
    (store_dir / config.CONFIG_FILE).write_text(f'[printer]\nurl = "{printer.url}"\n', encoding="utf-8")
    term = Terminal.open(store_dir)
    win = build_window(term, QApplication.instance(), request.param)
    win.setProperty("walk_language", request.param)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: win.sign_in.users_box.count() > 0, timeout=30_000)
    yield win
    win.close()
    term.close()


# ---------------------------------------------------------------- a keyboard
def focus() -> QWidget:
    """Where a key goes: the focused widget of the active window. Headless, no window manager hands
    the keyboard back to the till's window when a dialog closes, as X does (focus reverts to the
    parent window): the walk does that, and only that, for it."""
    if QApplication.activeWindow() is None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert shown, "no window has the keyboard"
        shown[0].activateWindow()
        QApplication.processEvents()
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot, text: str, ms: int = PERSON_MS) -> None:
    """Each character to whatever has the focus when it is typed."""
    for ch in text:
        qtbot.keyClick(focus(), ch, delay=ms)


def scan_code(qtbot, code: str) -> None:
    """A keyboard scanner: the code fast, then Enter."""
    type_text(qtbot, code, SCANNER_MS)
    press(qtbot, Qt.Key.Key_Return)


def on_dialog(qtbot, name: str, steps: Callable[[QDialog], None]) -> None:
    """When the modal dialog ``name`` opens and has the keyboard, do ``steps`` on it (keys only;
    the steps end by closing it with a key)."""

    def run(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and dialog.focusWidget() is not None)
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)  # else it is closed and the walk fails

    when_dialog(run, name)


def tr(context: str, text: str, n: int = -1) -> str:
    """What the screen says for ``text`` in its language (the walk runs in English and Chinese)."""
    return QCoreApplication.translate(context, text, None, n)


def shown(widget: QWidget, name: str) -> str:
    """The text of a visible label or text box on ``widget``."""
    found = widget.findChild(QWidget, name)
    assert found is not None and found.isVisible(), f"nothing called {name} is shown"
    return found.toPlainText() if isinstance(found, QPlainTextEdit) else found.text()


def cart_rows(win: MainWindow) -> list[tuple[str, ...]]:
    """The cart as the cashier reads it: item, qty, price, discount, total per row."""
    model = win.sale.cart.model()
    return [
        tuple(str(model.data(model.index(r, c))) for c in range(model.columnCount())) for r in range(model.rowCount())
    ]


def sign_in_by_keys(qtbot, win: MainWindow, name: str, who: Credentials) -> None:
    """On the sign-in (or lock) screen: the arrows down the names to ``name``, the PIN, Enter."""
    screen = win.sign_in
    qtbot.waitUntil(lambda: win.stack.currentWidget() is screen and focus() is screen.pin)
    for _ in range(screen.users_box.count()):
        if screen.who.text() == name:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert screen.who.text() == name
    assert screen.findChild(QWidget, f"user_{who.login}").isChecked()  # the chosen name shows
    with qtbot.waitSignal(win.till.signed_in):
        type_text(qtbot, who.pin)
        press(qtbot, Qt.Key.Key_Return)


# ---------------------------------------------------------------- the walk
def test_a_day_at_the_till_with_the_keyboard_alone(qtbot, window: MainWindow, printer: FakePrinter) -> None:
    term = window.till.terminal
    codes = barcodes(term, 3)
    style, variants = style_of(term)
    sold_out = variants[1][1]
    levels = {(sku, loc): 0 for _id, sku, _s, _c in variants for loc in ("S01", "S02", "W01")}
    levels[(sold_out, "S02")] = 2
    term.shelf.save_availability(answer(term, style, levels))  # the platform's last figures for the cloud shelf
    items = skus(term, 2)
    online = order_body(term, [(items[0][0], 1, items[0][2]), (items[1][0], 1, items[1][2])], name="Mia Wang")
    deliver(term, online)  # an online order to collect here

    # ---- sign in: the arrows choose the name, digits and Enter the PIN; the float is counted
    def count_float(dialog: QDialog) -> None:
        type_text(qtbot, "500")
        press(qtbot, Qt.Key.Key_Return)

    on_dialog(qtbot, "amount_dialog", count_float)
    sign_in_by_keys(qtbot, window, "Ann Cashier", CASHIER)
    qtbot.waitUntil(lambda: term.shift.current_id() is not None)
    assert window.stack.currentWidget() is window.sale and focus() is window.sale.scan
    assert "Ann Cashier" in shown(window.sale, "user_label")

    # ---- a sale: two scans, F2 quantity 2 on the last line, F4 5 % off it
    for lines, code in enumerate(codes[:2], 1):  # wait on the cart itself: a signal may be an earlier action's
        scan_code(qtbot, code)
        qtbot.waitUntil(lambda n=lines: len(cart_rows(window)) == n)

    def two(dialog: QDialog) -> None:
        type_text(qtbot, "2")
        press(qtbot, Qt.Key.Key_Return)

    on_dialog(qtbot, "number_dialog", two)
    with qtbot.waitSignal(window.till.sale_changed):
        press(qtbot, Qt.Key.Key_F2)
    assert cart_rows(window)[1][1] == "2"

    def five_percent(dialog: QDialog) -> None:
        type_text(qtbot, "5")
        press(qtbot, Qt.Key.Key_Return)

    on_dialog(qtbot, "number_dialog", five_percent)
    with qtbot.waitSignal(window.till.sale_changed):
        press(qtbot, Qt.Key.Key_F4)
    assert cart_rows(window)[1][3].startswith("-")
    view = view_of(term)
    assert shown(window.sale, "total_label") == view.total
    assert tr("TotalsPanel", "%n item(s)", 3) in shown(window.sale, "totals_detail")

    # ---- the payment: F10, the cash typed and Enter, F10 completes; the receipt prints
    tendered = (view.total_minor // 10_000 + 1) * 100  # the next whole hundred, in yuan
    seen: dict[str, str] = {}

    def pay(dialog: QDialog) -> None:
        seen["due"] = shown(dialog, "due_label")
        with qtbot.waitSignal(window.till.sale_changed):
            type_text(qtbot, str(tendered))
            press(qtbot, Qt.Key.Key_Return)
        seen["paid"] = shown(dialog, "due_label")
        with qtbot.waitSignal(window.till.completed):
            press(qtbot, Qt.Key.Key_F10)  # complete (issue 14 item 5: Enter or F10 once fully paid)

    on_dialog(qtbot, "tender_dialog", pay)
    with qtbot.waitSignal(window.till.completed, timeout=15_000) as done:
        press(qtbot, Qt.Key.Key_F10)
    sale, doc = done.args
    assert seen["due"] == tr("TenderDialog", "To pay: %s") % view.total
    assert seen["due"].startswith("应收") == (window.property("walk_language") == "zh_CN")  # the screen's language
    assert sale.change == tendered * 100 - view.total_minor
    assert shown(window.sale, "message_label") == tr("SaleScreen", "Receipt %s sent to the printer.") % doc.receipt_no
    assert cart_rows(window) == [] and focus() is window.sale.scan
    receipt = decode(printer.wait_jobs(1)[0])
    assert doc.receipt_no in receipt.text and receipt.qr == [sale.sale_id] and receipt.cuts == 1
    assert len(doc.items) == 2 and all(item.description[:12] in receipt.text for item in doc.items)
    assert receipt.pulses  # a cash sale opens the drawer

    # ---- a return: F7, the receipt's number scanned, the arrow up for one, F10 adds it; F10 pays it back
    def return_one(dialog: QDialog) -> None:
        with qtbot.waitSignal(window.till.receipt_found):
            scan_code(qtbot, doc.receipt_no)
        assert doc.receipt_no in shown(dialog, "receipt_title")
        press(qtbot, Qt.Key.Key_Up)  # one unit of the first line comes back
        press(qtbot, Qt.Key.Key_F10)  # add to the sale (F10 goes on, as everywhere)

    on_dialog(qtbot, "return_dialog", return_one)
    with qtbot.waitSignal(window.till.sale_changed, timeout=10_000):
        press(qtbot, Qt.Key.Key_F7)
    [returned] = cart_rows(window)
    assert returned[1] == "-1" and shown(window.sale, "total_label").startswith("-")
    refund = view_of(term)

    def pay_back(dialog: QDialog) -> None:
        seen["refund"] = shown(dialog, "due_label")
        with qtbot.waitSignal(window.till.sale_changed):
            press(qtbot, Qt.Key.Key_Return)  # nothing typed: all of it back in cash
        with qtbot.waitSignal(window.till.completed):
            press(qtbot, Qt.Key.Key_F10)

    on_dialog(qtbot, "tender_dialog", pay_back)
    with qtbot.waitSignal(window.till.completed, timeout=15_000) as back:
        press(qtbot, Qt.Key.Key_F10)
    assert seen["refund"] == tr("TenderDialog", "To refund: %s") % refund.total.lstrip("-")
    assert back.args[0].kind == "return" and back.args[0].total == refund.total_minor
    slip = decode(printer.wait_jobs(2)[1])
    assert back.args[1].receipt_no in slip.text and "退货小票" in slip.text  # a return receipt, as the store prints
    assert refund.total.lstrip("-¥") in slip.text  # the money paid back

    # ---- park and resume: F5 parks the sale on screen, F6 lists the parked ones, Enter resumes
    with qtbot.waitSignal(window.till.sale_changed):
        scan_code(qtbot, codes[2])
    kept = cart_rows(window)

    def label(dialog: QDialog) -> None:
        type_text(qtbot, "Fitting room 2")
        press(qtbot, Qt.Key.Key_Return)

    on_dialog(qtbot, "park_dialog", label)
    with qtbot.waitSignal(window.till.notice):
        press(qtbot, Qt.Key.Key_F5)  # asks for a label: typed, then Enter parks
    assert cart_rows(window) == []

    def resume(dialog: QDialog) -> None:
        rows = dialog.findChild(QTableWidget, "parked_list")
        assert rows.rowCount() == 1 and rows.item(0, rows.columnCount() - 1).text() == "Fitting room 2"
        press(qtbot, Qt.Key.Key_Return)  # the newest parked sale is chosen

    on_dialog(qtbot, "parked_dialog", resume)
    with qtbot.waitSignal(window.till.sale_changed, timeout=10_000):
        press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: cart_rows(window) == kept)

    # ---- the cloud shelf: the sold-out size typed, Ctrl+E, F2 adds the cell, F10 the order, F10 into the sale
    def order(dialog: QDialog) -> None:
        type_text(qtbot, "Li Lei")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "13800131234")
        with qtbot.waitSignal(window.till.shelf_added):
            press(qtbot, Qt.Key.Key_F10)

    def shelf(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: sold_out in shown(dialog, "shelf_cell_label"))  # the typed size is chosen
        cell = dialog.findChild(QWidget, "shelf_matrix").currentItem().text()
        assert tr("ShelfDialog", "Stores %1").replace("%1", "2") in cell
        press(qtbot, Qt.Key.Key_F2)
        basket = dialog.findChild(QListWidget, "shelf_basket")
        qtbot.waitUntil(lambda: basket.count() == 1)  # a key's button clicks once it has shown itself pressed
        assert sold_out in basket.item(0).text()
        on_dialog(qtbot, "shelf_order_dialog", order)
        press(qtbot, Qt.Key.Key_F10)

    type_text(qtbot, sold_out)
    on_dialog(qtbot, "shelf_dialog", shelf)
    with qtbot.waitSignal(window.till.shelf_added, timeout=15_000):
        press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: len(cart_rows(window)) == 2)
    assert sold_out in cart_rows(window)[-1][0] and tr("CartModel", "to be confirmed") in cart_rows(window)[-1][0]
    offline = "Offline: the cloud-shelf order is sold to be confirmed when the sale reaches the platform."
    assert shown(window.sale, "message_label") == tr("SaleScreen", offline)  # the platform confirms it later

    def pay_all(dialog: QDialog) -> None:
        due = view_of(term).due_minor
        with qtbot.waitSignal(window.till.sale_changed):
            type_text(qtbot, str((due // 10_000 + 1) * 100))
            press(qtbot, Qt.Key.Key_Return)
        with qtbot.waitSignal(window.till.completed):
            press(qtbot, Qt.Key.Key_F10)

    on_dialog(qtbot, "tender_dialog", pay_all)
    with qtbot.waitSignal(window.till.completed, timeout=15_000) as shelf_sale:
        press(qtbot, Qt.Key.Key_F10)
    shelf_slip = decode(printer.wait_jobs(3)[2]).text
    assert "送至门店 S01" in shelf_slip and "取货码" in shelf_slip  # where it goes, the code to collect it with
    assert shelf_sale.args[1].receipt_no in shown(window.sale, "message_label")

    # ---- pickup: F12 locks, the clerk signs in to the queue; the order's code, each item scanned,
    # F5 ready, F6 hands it over with the customer's pickup code; F12 and the cashier is back
    press(qtbot, Qt.Key.Key_F12)
    with qtbot.waitSignal(window.pickup_model.queue_loaded):
        sign_in_by_keys(qtbot, window, "Cleo Clerk", CLERK)
    assert window.stack.currentWidget() is window.pickup and focus() is window.pickup.scan
    assert online["code"] in [window.pickup.queue.item(r, 0).text() for r in range(window.pickup.queue.rowCount())]
    with qtbot.waitSignal(window.pickup_model.order_loaded):
        scan_code(qtbot, online["code"])
    assert shown(window.pickup, "order_title").startswith(online["code"])
    for _sku, code, _price in items:
        with qtbot.waitSignal(window.pickup_model.order_loaded):
            scan_code(qtbot, code)
    with qtbot.waitSignal(window.pickup_model.order_loaded):
        press(qtbot, Qt.Key.Key_F5)
    assert tr("Pickup", "ready for pickup") in shown(window.pickup, "order_title")

    def hand_over(dialog: QDialog) -> None:
        type_text(qtbot, PICKUP_CODE)
        press(qtbot, Qt.Key.Key_Return)

    on_dialog(qtbot, "handover_dialog", hand_over)
    with qtbot.waitSignal(window.pickup_model.handed_over, timeout=10_000):
        press(qtbot, Qt.Key.Key_F6)
    assert shown(window.pickup, "pickup_message") == tr("PickupScreen", "Order %s handed over.") % online["code"]
    assert tr("Pickup", "collected") in shown(window.pickup, "order_title")
    press(qtbot, Qt.Key.Key_F12)
    sign_in_by_keys(qtbot, window, "Ann Cashier", CASHIER)
    assert window.stack.currentWidget() is window.sale and focus() is window.sale.scan

    # ---- closing the shift: Ctrl+Shift+Z, the drawer counted note by note with Tab, Enter; the Z report prints
    expected = term.shift.x_report().expected_cash  # what the cashier finds in the drawer
    faces = denominations(term.info.currency)
    counts = {faces[0]: expected // faces[0], faces[-1]: expected % faces[0] // faces[-1]}

    def count(dialog: QDialog) -> None:
        for n, face in enumerate(faces):
            if n:
                press(qtbot, Qt.Key.Key_Tab)
            if counts.get(face):
                type_text(qtbot, str(counts[face]))
        press(qtbot, Qt.Key.Key_Return)  # asks to confirm, naming the variance if there is one
        qtbot.waitUntil(lambda: shown(dialog, "shift_close_confirm") != "")
        press(qtbot, Qt.Key.Key_Return)  # the Z report is committed

    on_dialog(qtbot, "shift_close_dialog", count)
    with qtbot.waitSignal(window.till.report_ready, timeout=15_000) as closed:
        press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    z = closed.args[0]
    assert z.kind == "Z" and z.variance == 0 and z.counted_cash == expected
    qtbot.waitUntil(lambda: window.sale.findChild(QPlainTextEdit, "report_dialog_text") is not None)
    title = "Z 报表 #1" if window.property("walk_language") == "zh_CN" else "Z REPORT #1"  # the screen's language
    assert title in shown(window.sale, "report_dialog_text")
    printed = decode(printer.wait_jobs(4)[3])  # after the three receipts
    assert printed.lines[0].strip() == title and printed.cuts == 1
