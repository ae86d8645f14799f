"""A message on the sale screen belongs to the action that caused it (issue 14 item 8): it goes with the
next action or the next user, driven with real keys and clicks on the real till."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import CASHIER, MANAGER, barcodes
from tests.test_ui_till import park_with_label, scan, sign_in, window  # noqa: F401 - the window fixture
from tests.ui_helpers import child, type_into, when_dialog
from ui.main_window import MainWindow


def message(win: MainWindow) -> str:
    return child(win.sale, "message_label", QLabel).text()


def test_a_refusal_for_one_user_is_gone_when_the_next_user_signs_in(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    type_into(qtbot, window.sale.scan, "0000000000017")  # no such item
    qtbot.waitUntil(lambda: message(window) != "")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F12)  # lock: the next user signs in
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in)
    sign_in(qtbot, window, MANAGER.login, MANAGER.pin, float_text=None)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    assert message(window) == ""


def test_parked_goes_when_the_sale_is_resumed(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, barcodes(window.till.terminal, 1)[0])
    park_with_label(qtbot, window, "")  # F5, no label, Enter
    qtbot.waitUntil(lambda: message(window) == "Sale parked.")
    when_dialog(lambda d: d.accept(), "parked_dialog")
    with qtbot.waitSignal(window.till.sale_changed, check_params_cb=lambda view: view.count == 1):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F6)
    assert message(window) == ""


def test_a_hint_goes_with_the_next_action(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F2)  # quantity with no line
    assert message(window).startswith("Select a line first.")
    scan(qtbot, window, barcodes(window.till.terminal, 1)[0])
    assert message(window) == ""
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F8)  # void line: done, nothing to say
    qtbot.waitUntil(lambda: window.sale.model.rowCount() == 0)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F2)
    assert message(window).startswith("Select a line first.")
    qtbot.mouseClick(child(window.sale, "lock_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in)
    assert message(window) == ""
