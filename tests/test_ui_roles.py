"""What a role may not do is not offered, and role names are in the screen's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from tests.conftest import CASHIER, CLERK, MANAGER
from tests.test_ui_i18n import open_window
from tests.test_ui_till import sign_in, window  # noqa: F401  (the till window fixture)
from tests.ui_helpers import child, when_dialog
from ui.main_window import MainWindow

SHIFT_S = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PICKUP_ONLY = ("conflict_seen_button", "ready_button", "handover_button", "cancel_order_button")


@pytest.fixture
def zh_window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, store_dir, "zh_CN")


def stock_opened(qtbot, win: MainWindow) -> bool:
    """Ctrl+Shift+S from the scan field: whether the shared stock screen opened (closed again at once).
    The watch ends with the key, so no watcher is left to close a later test's dialog."""
    opened: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "stock_dialog":
            opened.append(dialog.objectName())
            dialog.reject()

    watch = QTimer()
    watch.timeout.connect(check)
    watch.start(10)
    try:
        qtbot.keyClick(win.sale.scan, Qt.Key.Key_S, SHIFT_S)  # a modal dialog returns once the watch closed it
    finally:
        watch.stop()
    return bool(opened)


def test_a_cashier_is_not_offered_shared_stock_picking_or_device_settings(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    stock = child(window.sale, "stock_button", QPushButton)
    assert not stock.isEnabled() and stock.toolTip() == "The stock shared across stores is for a manager."
    assert not stock_opened(qtbot, window)
    assert window.sale.message.text() == "The stock shared across stores is for a manager."

    qtbot.keyClick(window.sale.scan, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the pickup queue
    assert window.stack.currentWidget() is window.pickup
    for name in PICKUP_ONLY:
        b = child(window.pickup, name, QPushButton)
        assert not b.isEnabled() and "pickup clerk or a manager" in b.toolTip(), name
    assert child(window.pickup, "take_payment_button", QPushButton).isEnabled()

    seen: dict[str, bool] = {}

    def look(dialog) -> None:
        for name in ("save_devices_button", "test_drawer_button"):
            seen[name] = child(dialog, name, QPushButton).isEnabled()
        seen["printer"] = child(dialog, "test_printer_button", QPushButton).isEnabled()
        dialog.reject()

    qtbot.keyClick(window.pickup.scan, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # back to the sale
    when_dialog(look, "devices_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_D, SHIFT_S)
    qtbot.waitUntil(lambda: "printer" in seen)
    assert seen == {"save_devices_button": False, "test_drawer_button": False, "printer": True}


def test_the_next_user_gets_what_their_role_may_do(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F12)  # lock; a manager signs in
    sign_in(qtbot, window, MANAGER.login, MANAGER.pin, float_text=None)
    stock = child(window.sale, "stock_button", QPushButton)
    assert stock.isEnabled() and stock.toolTip() == ""
    assert stock_opened(qtbot, window)
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_F12)
    sign_in(qtbot, window, CLERK.login, CLERK.pin, float_text=None)  # a clerk starts at the pickup queue
    assert window.stack.currentWidget() is window.pickup
    assert all(child(window.pickup, n, QPushButton).isEnabled() for n in PICKUP_ONLY)
    assert not child(window.sale, "stock_button", QPushButton).isEnabled()


def test_role_names_and_refusals_are_chinese_on_a_chinese_screen(qtbot, zh_window: MainWindow) -> None:
    users = [zh_window.sign_in.users_box.itemAt(i).widget().text() for i in range(zh_window.sign_in.users_box.count())]
    assert any("收银员" in u for u in users) and any("经理" in u for u in users)
    assert not any(word in " ".join(users) for word in ("cashier", "manager", "clerk"))
    sign_in(qtbot, zh_window, CASHIER.login, CASHIER.pin)
    assert zh_window.sale.user_label.text().endswith("收银员")
    stock = child(zh_window.sale, "stock_button", QPushButton)
    assert stock.toolTip() == "跨店共享库存仅限经理查看。"
    assert not stock_opened(qtbot, zh_window)
    assert zh_window.sale.message.text() == "跨店共享库存仅限经理查看。"


def test_a_refused_stock_question_leaves_no_asking_on_screen(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, MANAGER.login, MANAGER.pin)
    seen: dict[str, str] = {}

    def ask(dialog) -> None:
        field = child(dialog, "stock_search_field", QLineEdit)
        with qtbot.waitSignal(window.till.error):
            qtbot.keyClicks(field, "NO-SUCH-STYLE", delay=5)  # a scanner's speed
            qtbot.keyClick(field, Qt.Key.Key_Return)
        seen["age"] = child(dialog, "stock_age_label", QLabel).text()
        seen["said"] = child(dialog, "stock_message", QLabel).text()
        dialog.reject()

    when_dialog(ask, "stock_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_S, SHIFT_S)
    qtbot.waitUntil(lambda: "age" in seen, timeout=10_000)
    assert seen["said"] and seen["age"] == "", seen
