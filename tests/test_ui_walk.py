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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit, QWidget

from app import config
from app.cash import denominations
from app.facade import Terminal
from tests.conftest import CASHIER, barcodes
from tests.escpos_decode import decode
from tests.escpos_server import FakePrinter
from tests.pickup_helpers import PICKUP_CODE, deliver, order_body, skus
from tests.shelf_helpers import answer, style_of
from tests.ui_helpers import when_dialog
from ui.app import build_window
from ui.main_window import MainWindow

PERSON_MS = 40  # a cashier typing: 30-60 ms a key
SCANNER_MS = 3  # a keyboard scanner: 2-5 ms a key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    p = FakePrinter().listen()
    yield p
    p.close()


@pytest.fixture
def window(qtbot, store_dir: Path, printer: FakePrinter) -> Iterator[MainWindow]:
    (store_dir / config.CONFIG_FILE).write_text(f'[printer]\nurl = "{printer.url}"\n', encoding="utf-8")
    term = Terminal.open(store_dir)
    win = build_window(term, QApplication.instance(), "en")
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

    when_dialog(run, name)


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


# ---------------------------------------------------------------- the walk
def test_a_day_at_the_till_with_the_keyboard_alone(qtbot, window: MainWindow, printer: FakePrinter) -> None:
    term = window.till.terminal
    codes = barcodes(term, 3)
    style, variants = style_of(term)
    sold_out = variants[1][1]
    levels = {(sku, loc): 0 for _id, sku, _s, _c in variants for loc in ("S01", "S02", "W01")}
    levels[(sold_out, "S02")] = 2
    term.save_availability(answer(term, style, levels))  # the platform's last figures for the cloud shelf
    items = skus(term, 2)
    online = order_body(term, [(items[0][0], 1, items[0][2]), (items[1][0], 1, items[1][2])], name="Mia Wang")
    deliver(term, online)  # an online order to collect here

    # ---- sign in: the arrows choose the name, digits and Enter the PIN; the float is counted
    sign_in = window.sign_in
    qtbot.waitUntil(lambda: sign_in.pin.hasFocus())
    for _ in range(3):
        if sign_in.who.text().startswith("Ann"):
            break
        press(qtbot, Qt.Key.Key_Down)
    assert sign_in.who.text() == "Ann Cashier"
    assert sign_in.findChild(QWidget, f"user_{CASHIER.login}").isChecked()  # the chosen name shows

    def count_float(dialog: QDialog) -> None:
        type_text(qtbot, "500")
        press(qtbot, Qt.Key.Key_Return)

    on_dialog(qtbot, "amount_dialog", count_float)
    with qtbot.waitSignal(window.till.signed_in):
        type_text(qtbot, CASHIER.pin)
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: term.current_shift_id() is not None)
    assert window.stack.currentWidget() is window.sale and focus() is window.sale.scan
    assert "Ann Cashier" in shown(window.sale, "user_label")

    # ---- a sale: two scans, F2 quantity 2 on the last line, F4 5 % off it
    for code in codes[:2]:
        with qtbot.waitSignal(window.till.sale_changed):
            scan_code(qtbot, code)
    assert len(cart_rows(window)) == 2

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
    view = term.sale_view()
    assert shown(window.sale, "total_label") == view.total and "3 items" in shown(window.sale, "totals_detail")

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
    assert seen["due"] == f"To pay: {view.total}"
    assert sale.change == tendered * 100 - view.total_minor
    assert f"Receipt {doc.receipt_no} sent to the printer" in shown(window.sale, "message_label")
    assert cart_rows(window) == [] and focus() is window.sale.scan
    receipt = decode(printer.wait_jobs(1)[0])
    assert doc.receipt_no in receipt.text and receipt.qr == [sale.sale_id] and receipt.cuts == 1
    assert len(doc.items) == 2 and all(item.description[:12] in receipt.text for item in doc.items)
    assert receipt.pulses  # a cash sale opens the drawer
