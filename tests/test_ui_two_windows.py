"""The Qt till when another window of the same till completed the sale on its screen: Pay is
refused in the screen's language, the sale on screen empties, and the next scan starts a new sale.
Real key and mouse events, a real store file shared with a second till window (the terminal)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from app.terminal import Terminal
from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import scan, sign_in
from tests.ui_helpers import child, click, till_window, when_dialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    with till_window(qtbot, store_dir, "zh_CN") as win:
        yield win


def test_pay_for_a_sale_completed_in_another_window_says_so_in_chinese(
    qtbot, window: MainWindow, store_dir: Path
) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    codes = barcodes(window.till.terminal, 2)
    scan(qtbot, window, codes[0])
    with Terminal.open(store_dir) as other:  # the same cashier's other window, after a crash
        other.sign_in(CASHIER.login, CASHIER.pin)
        other.sale.add_cash(other.sale.totals().due)
        receipt = other.sale.complete().receipt_no

    said: list[str] = []

    def pay(dialog) -> None:
        try:
            qtbot.waitUntil(lambda: child(dialog, "due_label", QLabel).text() != "")
            child(dialog, "cash_field", QLineEdit).setText("1000")
            with qtbot.waitSignal(window.till.error):
                click(qtbot, dialog, "pay_cash_button")
            said.append(child(dialog, "tender_error", QLabel).text())
        finally:  # the dialog closes whatever happened, so a failure is reported, not hung on
            click(qtbot, dialog, "tender_back_button")

    when_dialog(pay, "tender_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F10)
    assert said and f"这笔销售已在本收银机的另一个窗口完成（小票 {receipt}）" in said[0] and "新销售" in said[0]
    assert "UNIQUE" not in said[0]
    qtbot.waitUntil(lambda: window.sale.model.rowCount() == 0)
    assert "另一个窗口完成" in window.sale.message.text()
    assert window.till.terminal.sale.cart is None
    scan(qtbot, window, codes[1])  # a new sale
    assert window.sale.model.rowCount() == 1
