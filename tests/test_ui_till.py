"""The till's screens driven like a cashier drives them: real widgets, real store, headless.

Every wait is on a signal (pytest-qt), never a sleep.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
)

from tests.conftest import CASHIER, MANAGER, barcodes
from tests.ui_helpers import approve, child, click, fill_amount, fill_number, till_window, type_into, when_dialog
from ui.main_window import MainWindow
from ui.sale_view import view_of


@pytest.fixture
def window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    with till_window(qtbot, store_dir) as win:
        yield win


def sign_in(qtbot, win: MainWindow, login: str, pin: str, float_text: str | None = "500") -> None:
    click(qtbot, win.sign_in, f"user_{login}")
    if float_text is not None:
        when_dialog(fill_amount(float_text), "amount_dialog")
    with qtbot.waitSignal(win.till.signed_in):
        type_into(qtbot, win.sign_in.pin, pin)
    if float_text is not None:
        qtbot.waitUntil(lambda: win.till.terminal.shift.current_id() is not None)


def scan(qtbot, win: MainWindow, code: str) -> None:
    """Type a code like a scanner and wait for the sale that holds one more unit."""
    before = win.till.terminal.sale.view().count
    with qtbot.waitSignal(win.till.sale_changed, check_params_cb=lambda view: view.count == before + 1):
        type_into(qtbot, win.sale.scan, code)


def test_sign_in_scan_discount_split_tender_complete_and_reprint(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    assert window.stack.currentWidget() is window.sale
    codes = barcodes(window.till.terminal, 5)
    for code in codes:
        scan(qtbot, window, code)
    assert window.sale.model.rowCount() == 5
    assert window.sale.scan.hasFocus() or window.sale.scan.text() == ""
    total_before = window.sale.total.text()

    # 25% on the selected (last) line is past the 10% limit: the manager approves in the dialog
    when_dialog(fill_number("25"), "number_dialog")
    when_dialog(approve(MANAGER.login, MANAGER.pin), "approval_dialog")
    # the approval dialog stays open until the approved call is answered: the new sale arrives inside it
    with qtbot.waitSignals([window.till.approval_needed, window.till.sale_changed], timeout=10_000):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F4)
    assert window.sale.model.lines[-1].discount.startswith("-")
    assert window.sale.total.text() != total_before

    view = view_of(window.till.terminal)

    def pay(dialog) -> None:
        qtbot.waitUntil(lambda: child(dialog, "due_label", QLabel).text() != "")
        child(dialog, "card_amount_field", QLineEdit).setText("100")
        child(dialog, "card_reference_field", QLineEdit).setText("REF-42")
        with qtbot.waitSignal(window.till.sale_changed):
            click(qtbot, dialog, "pay_card_button")
        assert child(dialog, "tender_list", QListWidget).count() == 1
        due = window.till.terminal.sale.totals().due
        quick = [
            b
            for b in dialog.findChildren(type(child(dialog, "pay_cash_button")))
            if b.objectName().startswith("quick_cash_")
        ]
        assert quick and quick[0].objectName() == f"quick_cash_{due}"
        child(dialog, "cash_field", QLineEdit).setText(str((due + 9999) // 10000 * 100))
        with qtbot.waitSignal(window.till.sale_changed):
            click(qtbot, dialog, "pay_cash_button")
        assert child(dialog, "complete_button").isEnabled()
        with qtbot.waitSignal(window.till.completed):
            click(qtbot, dialog, "complete_button")

    when_dialog(pay, "tender_dialog")
    with qtbot.waitSignal(window.till.completed, timeout=15_000) as done:
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F10)
    completed, doc = done.args
    assert completed.receipt_no == "S01-T01-000001"
    assert view.total_minor == completed.total
    receipt = window.sale.findChild(QPlainTextEdit, "receipt_dialog_text")
    assert receipt is not None and "S01-T01-000001" in receipt.toPlainText() and "REF-42" in receipt.toPlainText()
    assert window.sale.model.rowCount() == 0

    receipt.window().close()
    reprint_by_keys(qtbot, window, "S01-T01-000001", doc, queued=False)
    assert "No printer is set up: the copy of S01-T01-000001 is shown only." in window.sale.message.text()


def reprint_by_keys(qtbot, win: MainWindow, receipt_no: str, doc: object, *, queued: bool) -> str:
    """Ctrl+R, type the receipt number, Enter: the copy's preview is marked COPY; its text."""

    def number(dialog) -> None:
        field = child(dialog, "text_field", QLineEdit)
        field.selectAll()
        qtbot.keyClicks(field, receipt_no, delay=40)
        qtbot.waitUntil(lambda: field.text() == receipt_no)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_dialog(number, "reprint_dialog")
    with qtbot.waitSignal(win.till.reprinted, timeout=10_000) as again:
        qtbot.keyClick(win.sale.scan, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert again.args == [doc, queued]
    preview = win.sale.findChild(QPlainTextEdit, "reprint_preview_text")
    assert preview is not None and preview.window().windowTitle() == f"Receipt {receipt_no}: COPY"
    text = preview.toPlainText()
    assert "*** 重印副本 ***" in text and receipt_no in text  # the store's receipt language, as on paper
    preview.window().close()
    return text


def test_unknown_barcode_and_wrong_pin_show_their_message(qtbot, window: MainWindow) -> None:
    click(qtbot, window.sign_in, f"user_{CASHIER.login}")
    with qtbot.waitSignal(window.till.error):
        type_into(qtbot, window.sign_in.pin, "9999")
    assert "wrong PIN" in child(window.sign_in, "sign_in_error", QLabel).text()
    assert window.stack.currentWidget() is window.sign_in
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, barcodes(window.till.terminal, 1)[0])
    before = window.till.terminal.sale.cart.to_json()
    with qtbot.waitSignal(window.till.error):
        type_into(qtbot, window.sale.scan, "4006381333931")
    assert "No item with the code" in window.sale.message.text()
    with qtbot.waitSignal(window.till.error):
        type_into(qtbot, window.sale.scan, "4006381333932")
    assert "check digit" in window.sale.message.text()
    assert window.till.terminal.sale.cart.to_json() == before
    assert window.sale.model.rowCount() == 1


def test_short_tender_cannot_complete(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, barcodes(window.till.terminal, 1)[0])

    def pay_short(dialog) -> None:
        child(dialog, "cash_field", QLineEdit).setText("1")
        with qtbot.waitSignal(window.till.sale_changed):
            click(qtbot, dialog, "pay_cash_button")
        assert not child(dialog, "complete_button").isEnabled()
        assert "To pay" in child(dialog, "due_label", QLabel).text()
        dialog.reject()

    when_dialog(pay_short, "tender_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F10)
    with qtbot.waitSignal(window.till.error):
        window.till.complete()
    assert "short of the total" in window.sale.message.text()
    assert window.sale.model.rowCount() == 1


def park_with_label(qtbot, win: MainWindow, label: str) -> None:
    """F5, type the label as a person types (40 ms a key), Enter."""

    def fill(dialog) -> None:
        field = child(dialog, "text_field", QLineEdit)
        qtbot.waitUntil(field.hasFocus)  # typed straight in, no tap needed
        qtbot.keyClicks(field, label, delay=40)
        qtbot.waitUntil(lambda: field.text() == label)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_dialog(fill, "park_dialog")
    with qtbot.waitSignal(win.till.notice, timeout=10_000):
        qtbot.keyClick(win.sale.scan, Qt.Key.Key_F5)


def test_park_with_a_label_and_resume_by_arrows_and_enter(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    codes = barcodes(window.till.terminal, 2)
    scan(qtbot, window, codes[0])
    scan(qtbot, window, codes[0])
    scan(qtbot, window, codes[1])
    first_total = window.sale.total.text()
    park_with_label(qtbot, window, "Mia, fitting room 2")
    assert window.sale.model.rowCount() == 0
    scan(qtbot, window, codes[1])
    second_total = window.sale.total.text()
    park_with_label(qtbot, window, "")  # the label is optional

    def resume_second(dialog) -> None:
        table = child(dialog, "parked_list", QTableWidget)
        assert table.rowCount() == 2
        rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
        assert [r[1:] for r in rows] == [
            ["Ann Cashier", "3 items", first_total, "Mia, fitting room 2"],
            ["Ann Cashier", "1 item", second_total, "(no label)"],
        ]
        assert all(len(r[0]) == 5 and r[0][2] == ":" for r in rows)  # the time it was parked, HH:MM
        qtbot.waitUntil(table.hasFocus)  # the list takes the arrows at once
        assert table.currentRow() == 0
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentRow() == 1
        qtbot.keyClick(table, Qt.Key.Key_Return)

    when_dialog(resume_second, "parked_dialog")
    with qtbot.waitSignal(window.till.sale_changed, timeout=10_000):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: window.sale.model.rowCount() == 1)
    assert window.sale.total.text() == second_total
    assert [d.label for d in window.till.terminal.sale.parked()] == ["Mia, fitting room 2"]  # kept in the store


def sell_one(qtbot, window: MainWindow, code: str, qty: int = 1) -> str:
    for _ in range(qty):
        scan(qtbot, window, code)
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.pay_cash(window.till.terminal.sale.totals().due)
    with qtbot.waitSignal(window.till.completed) as done:
        window.till.complete()
    return done.args[0].receipt_no


def test_return_by_receipt_number_and_more_than_sold(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    receipt_no = sell_one(qtbot, window, barcodes(window.till.terminal, 1)[0], qty=2)

    def do_return(dialog) -> None:
        with qtbot.waitSignal(window.till.receipt_found):
            type_into(qtbot, child(dialog, "receipt_field", QLineEdit), receipt_no)
        spin = child(dialog, "return_qty_0", QSpinBox)
        assert spin.maximum() == 2  # never more than was sold
        spin.setValue(1)
        click(qtbot, dialog, "add_returns_button")

    when_dialog(do_return, "return_dialog")
    with qtbot.waitSignal(window.till.sale_changed, timeout=10_000):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F7)
    assert window.sale.model.lines[0].qty == -1
    before = window.till.terminal.sale.cart.to_json()
    sale_id = window.till.terminal.returns.find_receipt(receipt_no).sale_id
    line_id = window.till.terminal.returns.find_receipt(receipt_no).lines[0].line_id
    with qtbot.waitSignal(window.till.error):
        window.till.add_return(sale_id, line_id, 2)
    assert "Only 1 of 2" in window.sale.message.text()
    assert window.till.terminal.sale.cart.to_json() == before
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.refund_to_original()
    with qtbot.waitSignal(window.till.completed) as done:
        window.till.complete()
    assert done.args[0].kind == "return"


def test_returns_show_whole_names_touch_steppers_and_say_why_no_more_can_come_back(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    term = window.till.terminal
    receipt_no = sell_one(qtbot, window, barcodes(term, 1)[0], qty=2)
    lookup = term.returns.find_receipt(receipt_no)
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.add_return(lookup.sale_id, lookup.lines[0].line_id, 1)
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.refund_to_original()
    with qtbot.waitSignal(window.till.completed):
        window.till.complete()  # one of the two came back already
    said: list[str] = []

    def try_two_more(dialog) -> None:
        with qtbot.waitSignal(window.till.receipt_found):
            type_into(qtbot, child(dialog, "receipt_field", QLineEdit), receipt_no)
        table = child(dialog, "return_lines", QTableWidget)
        name = lookup.lines[0].description
        assert table.item(0, 0).text() == name
        assert table.fontMetrics().horizontalAdvance(name) < table.columnWidth(0)  # not "Slim Twill..."
        more, less = child(dialog, "return_more_0", QPushButton), child(dialog, "return_less_0", QPushButton)
        assert more.isVisible() and more.width() >= 56 and more.height() >= 56 and less.height() >= 56
        spin = child(dialog, "return_qty_0", QSpinBox)
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
        assert spin.value() == 1 and child(dialog, "return_error", QLabel).text() == ""
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)  # one more than may come back
        assert spin.value() == 1
        said.append(child(dialog, "return_error", QLabel).text())
        spin.selectAll()
        qtbot.keyClicks(spin, "2")  # typed: the same answer
        assert spin.value() == 1
        said.append(child(dialog, "return_error", QLabel).text())
        qtbot.mouseClick(less, Qt.MouseButton.LeftButton)
        assert spin.value() == 0
        dialog.reject()

    when_dialog(try_two_more, "return_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said == ["2 of this were sold, 1 returned already: 1 can come back."] * 2
    assert window.sale.model.rowCount() == 0  # nothing was added


def test_close_shift_shows_the_variance_and_asks_before_the_z_report(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin, float_text="500")
    sell_one(qtbot, window, barcodes(window.till.terminal, 1)[0])
    expected = window.till.terminal.shift.x_report().expected_cash
    seen: list[str] = []

    def count(dialog) -> None:
        summary = child(dialog, "shift_close_summary", QLabel)
        qtbot.waitUntil(lambda: "Expected" in summary.text())
        hundreds, rest = divmod(expected - 10, 10000)  # 0.10 short
        for name, value in (("count_10000", hundreds), ("count_1", rest)):
            spin = child(dialog, name, QSpinBox)
            spin.setFocus()
            spin.selectAll()
            qtbot.keyClicks(spin, str(value), delay=40)
            qtbot.waitUntil(lambda s=spin, v=value: s.value() == v)
        assert "Variance -0.10" in summary.text()
        screen = QApplication.primaryScreen().availableGeometry()
        assert dialog.height() <= 768 and dialog.frameGeometry().height() <= screen.height()  # no scrolling
        assert summary.isVisible() and dialog.rect().contains(summary.geometry())
        click(qtbot, dialog, "close_shift_ok")
        seen.append(child(dialog, "shift_close_confirm", QLabel).text())
        assert dialog.isVisible() and window.till.terminal.shift.current_id() is not None  # nothing committed yet
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # back to the count, still open
        assert dialog.isVisible() and child(dialog, "shift_close_confirm", QLabel).text() == ""
        click(qtbot, dialog, "close_shift_ok")
        qtbot.keyClick(child(dialog, "close_shift_ok", QPushButton), Qt.Key.Key_Return)  # yes, close it

    when_dialog(count, "shift_close_dialog")
    with qtbot.waitSignal(window.till.report_ready, timeout=10_000) as report:
        qtbot.keyClick(
            window.sale.scan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert seen and "variance of -0.10?" in seen[0] and "cannot be undone" in seen[0]
    z = report.args[0]
    assert z.kind == "Z" and z.z_number == 1 and z.variance == -10
    text = window.sale.findChild(QPlainTextEdit, "report_dialog_text").toPlainText()
    assert "Z REPORT #1" in text and "-0.10" in text  # as the printer prints it, in the screen's language


def test_search_by_name_pages_results_and_picks_one(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    term = window.till.terminal
    word = term.catalog.lookup(barcodes(term, 1)[0]).style_name.split()[-1]
    everything = term.catalog.search(word, limit=1000)
    window.till.search_page = 3
    window.sale.results.setFixedHeight(90)  # three results scroll, so the next page waits for the scroll
    assert len(everything) > 3, "the test catalog should have more than a page for this word"
    with qtbot.waitSignal(window.till.search_done) as first:
        type_into(qtbot, window.sale.scan, word)
    assert first.args[2] == 0 and window.sale.results.count() == 3 and window.sale.results.isVisible()
    with qtbot.waitSignal(window.till.search_done) as second:
        bar = window.sale.results.verticalScrollBar()
        bar.setValue(bar.maximum())
    assert second.args[2] == 3 and window.sale.results.count() == min(6, len(everything))
    shown = [window.sale.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sale.results.count())]
    assert shown == [item.variant_id for item in everything[: len(shown)]]  # in order, nothing twice
    with qtbot.waitSignal(window.till.sale_changed, check_params_cb=lambda view: view.count == 1):
        qtbot.mouseClick(
            window.sale.results.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.sale.results.visualItemRect(window.sale.results.item(0)).center(),
        )
    assert window.sale.model.lines[0].sku == everything[0].sku
    assert not window.sale.results.isVisible() and window.sale.scan.text() == ""


def test_an_unexpected_fault_says_the_sale_is_kept(qtbot, window: MainWindow, monkeypatch) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    code = barcodes(window.till.terminal, 1)[0]
    scan(qtbot, window, code)

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("disk on fire")  # a bug or a fault no rule foresaw

    monkeypatch.setattr(window.till.terminal.sale, "set_note", broken)
    with qtbot.waitSignal(window.till.error) as failed:
        window.till.set_note("gift")
    assert failed.args == [
        "Something went wrong: RuntimeError",
        "The sale is kept. Try again; if it happens again, call support.",
    ]
    assert window.till.terminal.sale.view().count == 1 and window.sale.model.rowCount() == 1
