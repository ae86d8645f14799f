"""The payment as a cashier takes it (issue 14, item 5): Complete says what is still to pay, Enter and
F10 complete a paid sale, the number pad and the suggested notes fill the amount, and the change due
stays large on the sale screen and on the customer display until the next sale starts.

Real keys at a typist's pace, real clicks on the pad, a real store and a customer display on a pty."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from tests.conftest import CASHIER, barcodes
from tests.serial_pair import PtyPair
from tests.test_ui_devices import open_till  # noqa: F401  (a fixture)
from tests.test_ui_till import scan, sell_one, sign_in, window  # noqa: F401  (a fixture)
from tests.ui_helpers import child, click, when_dialog
from ui.main_window import MainWindow
from ui.sale_view import money

TYPIST_MS = 40  # a fast typist, slower than the keyboard-scanner filter's gap


def typed(qtbot, field: QLineEdit, text: str) -> None:
    """Keys at a typist's pace; the keyboard-scanner filter gives them back a moment later."""
    field.setFocus()
    before = field.text()
    qtbot.keyClicks(field, text, delay=TYPIST_MS)
    qtbot.waitUntil(lambda: field.text() == before + text)


def pad(qtbot, dialog, digits: str) -> None:
    names = {".": "point"}
    for d in digits:
        qtbot.mouseClick(child(dialog, f"pad_{names.get(d, d)}", QPushButton), Qt.MouseButton.LeftButton)


def whole_notes(due: int) -> int:
    """Cash in whole hundreds of yuan covering ``due`` (minor units): what a customer hands over."""
    return -(-due // 10000) * 10000


GREEN = "#1f7a4d"  # the style's colour of a key that takes the money (resources/style.qss)


def face(b: QPushButton) -> str:
    """The colour a cashier sees on a button: a pixel of its face, inside the border."""
    return b.grab().toImage().pixelColor(8, b.height() // 2).name()


def close_receipt(qtbot, win: MainWindow) -> None:
    """The receipt shows on screen when no printer is set up: the cashier closes it."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    QApplication.activeModalWidget().close()


def test_paying_short_says_what_is_missing_and_enter_completes_once_paid(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, barcodes(window.till.terminal, 1)[0])
    term = window.till.terminal
    due = term.sale.totals().due
    seen: dict[str, object] = {}

    def pay(dialog) -> None:
        cash = child(dialog, "cash_field", QLineEdit)
        hint = child(dialog, "complete_hint", QLabel)
        complete = child(dialog, "complete_button", QPushButton)
        assert not complete.isEnabled()
        assert hint.text() == f"{money(term.info, due)} still to pay"
        typed(qtbot, cash, "10")
        with qtbot.waitSignal(window.till.sale_changed):
            qtbot.keyClick(cash, Qt.Key.Key_Return)
        assert not complete.isEnabled()
        seen["short"] = hint.text()
        seen["short_colour"] = face(complete)
        qtbot.keyClick(cash, Qt.Key.Key_F10)  # F10 on a short payment: says why, completes nothing
        seen["f10"] = child(dialog, "tender_error", QLabel).text()
        seen["lines"] = term.sale.view().count
        notes = [
            int(b.objectName()[11:]) for b in dialog.findChildren(QPushButton) if b.objectName()[:11] == "quick_cash_"
        ]
        assert min(notes) == due - 1000 and len(notes) > 1  # the exact amount, then round notes above it
        seen["note"] = max(notes)
        with qtbot.waitSignal(window.till.sale_changed):
            click(qtbot, dialog, f"quick_cash_{max(notes)}")
        assert complete.isEnabled()
        seen["paid"] = hint.text()
        seen["paid_colour"] = face(complete)
        seen["due_label"] = child(dialog, "due_label", QLabel).text()
        with qtbot.waitSignal(window.till.completed) as done:
            qtbot.keyClick(cash, Qt.Key.Key_Return)  # the empty cash field: Enter completes
            qtbot.keyClick(cash, Qt.Key.Key_Return)  # a second, impatient Enter: still one sale
        seen["change"] = done.args[0].change

    when_dialog(pay, "tender_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F10)
    rest = due - 1000
    assert seen["short"] == f"{money(term.info, rest)} still to pay"
    assert seen["f10"] == seen["short"] and seen["lines"] == 1
    assert seen["paid"] == "Paid in full: Enter or F10 completes the sale."
    assert seen["paid_colour"] == GREEN and seen["short_colour"] != GREEN  # it looks as ready as it is
    change = seen["note"] - rest
    assert seen["change"] == change
    if change:
        assert seen["due_label"] == f"Change: {money(term.info, change)}"
    close_receipt(qtbot, window)
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.refresh()  # after every call made before it: a second completion would have answered
    assert window.sale.message.text() == "" and term.shift.x_report().sales_count == 1


def test_the_pad_fills_the_cash_f10_completes_and_the_change_stays_until_the_next_scan(
    qtbot,
    window: MainWindow,  # noqa: F811
) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    codes = barcodes(window.till.terminal, 2)
    scan(qtbot, window, codes[0])
    term = window.till.terminal
    due = term.sale.totals().due
    handed = whole_notes(due) + 10000  # a note more than needed: change is due
    change = handed - due

    def pay(dialog) -> None:
        cash = child(dialog, "cash_field", QLineEdit)
        cash.setFocus()
        pad(qtbot, dialog, str(handed // 100))
        assert cash.text() == str(handed // 100)
        with qtbot.waitSignal(window.till.sale_changed):
            click(qtbot, dialog, "pay_cash_button")
        assert child(dialog, "due_label", QLabel).text() == f"Change: {money(term.info, change)}"
        with qtbot.waitSignal(window.till.completed):
            qtbot.keyClick(cash, Qt.Key.Key_F10)

    when_dialog(pay, "tender_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F10)
    close_receipt(qtbot, window)
    label = window.sale.change_due
    assert label.isVisible() and label.text() == f"Change: {money(term.info, change)}"
    assert not window.sale.total.isVisible()  # on its own: not beside the empty sale's 0.00
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.refresh()  # the screen refreshes (a status poll, another window): the change stays
    assert label.isVisible()
    scan(qtbot, window, codes[1])  # the next sale starts
    assert not label.isVisible() and window.sale.total.isVisible()


def test_the_customer_display_shows_the_change_until_the_next_sale(qtbot, open_till, tmp_path: Path) -> None:  # noqa: F811
    display = PtyPair(tmp_path, "display").plug()
    try:
        win = open_till(f'[display]\nurl = "serial://{display.device}"\nprotocol = "cd5220"\n')
        sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
        codes = barcodes(win.till.terminal, 2)
        scan(qtbot, win, codes[0])
        term = win.till.terminal
        due = term.sale.totals().due
        with qtbot.waitSignal(win.till.sale_changed):
            win.till.pay_cash(whole_notes(due) + 10000)
        with qtbot.waitSignal(win.till.completed):
            win.till.complete()
        close_receipt(qtbot, win)
        change = money(term.info, whole_notes(due) + 10000 - due)

        def frames():
            while True:
                frame = b""
                while frame.count(b"\r") < 2:  # CD5220: ESC Q A upper CR ESC Q B lower CR
                    chunk = display.read(1, timeout=10)
                    assert chunk, f"the display stopped at {frame!r}"
                    frame += chunk
                upper, lower = frame.split(b"\x1bQA")[-1].split(b"\r\x1bQB")
                yield upper.decode("cp437").rstrip(), lower.rstrip(b"\r").decode("cp437").rstrip()

        shown = frames()
        upper, lower = next(shown)
        while not lower.startswith("CHANGE"):
            upper, lower = next(shown)
        assert lower.endswith(change[1:]) and upper.startswith("TOTAL")
        with qtbot.waitSignal(win.till.sale_changed):
            win.till.refresh()  # an empty sale on screen again: the display keeps the change
        scan(qtbot, win, codes[1])
        item = term.catalog.lookup(codes[1])
        upper, lower = next(shown)  # the very next frame is the new sale's item, not the store's name
        assert upper.startswith(item.description[:10]) and lower.startswith("TOTAL")
    finally:
        display.unplug()


def test_a_refund_says_what_is_still_to_refund_and_shows_the_refund_after(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    term = window.till.terminal
    receipt_no = sell_one(qtbot, window, barcodes(term, 1)[0])
    close_receipt(qtbot, window)
    found = term.returns.find_receipt(receipt_no)
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.add_return(found.sale_id, found.lines[0].line_id, 1)
    back = -term.sale.totals().due
    seen: dict[str, str] = {}

    def refund(dialog) -> None:
        hint = child(dialog, "complete_hint", QLabel)
        seen["before"] = hint.text()
        with qtbot.waitSignal(window.till.sale_changed):
            click(qtbot, dialog, "refund_original_button")
        seen["after"] = hint.text()
        with qtbot.waitSignal(window.till.completed):
            qtbot.keyClick(child(dialog, "cash_field", QLineEdit), Qt.Key.Key_F10)

    when_dialog(refund, "tender_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F10)
    close_receipt(qtbot, window)
    assert seen == {
        "before": f"{money(term.info, back)} still to refund",
        "after": "Refunded in full: Enter or F10 completes the return.",
    }
    assert window.sale.change_due.text() == f"Refund: {money(term.info, back)}"
