"""Every small dialog of the till (issue 14, items 6 and 7): its buttons in the screen's language and a
fingertip big, a number pad where a number is asked, the line or sale it acts on in its title; and a
manager's approval by name button and PIN pad that stays open after a wrong PIN.

Opened with the real keys a cashier presses, answered with real clicks and keys."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from app.users import add_user
from tests.conftest import CASHIER, MANAGER, barcodes
from tests.test_ui_i18n import open_window
from tests.test_ui_payment import typed
from tests.test_ui_till import scan, sign_in, window  # noqa: F401  (a fixture)
from tests.ui_helpers import child, click, fill_amount, when_dialog
from ui.main_window import MainWindow
from ui.numpad import NumPad

TOUCH = 56
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def zh_window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    yield from open_window(qtbot, store_dir, "zh_CN")


def shown(dialog: QWidget, kind: type) -> list:
    return [w for w in dialog.findChildren(kind) if w.isVisibleTo(dialog)]


def touch_sized_and_chinese(dialog: QWidget, fields: bool = True) -> None:
    """No Qt standard button box (its words are Qt's, in English); every button and field a
    fingertip big; no English word on a button (a person's name on a manager's button aside)."""
    assert shown(dialog, QDialogButtonBox) == []
    buttons = shown(dialog, QPushButton)
    assert buttons
    for b in buttons:
        assert b.height() >= TOUCH and b.width() >= TOUCH, (dialog.objectName(), b.objectName(), b.size())
        if not b.objectName().startswith("approver_"):
            assert not re.search(r"[A-Za-z]{2,}", b.text()), (dialog.objectName(), b.text())
    for field in shown(dialog, QLineEdit) if fields else []:
        assert field.height() >= TOUCH, (dialog.objectName(), field.objectName(), field.height())


def check(seen: list, title: str, pad: bool, answer: Callable[[QWidget], None] | None = None):
    def fill(dialog: QWidget) -> None:
        seen.append(dialog.objectName())
        touch_sized_and_chinese(dialog)
        assert title in dialog.windowTitle(), (dialog.objectName(), dialog.windowTitle())
        heading = child(dialog, "dialog_title", QLabel)  # a kiosk till has no title bar: it shows inside
        assert heading.isVisibleTo(dialog) and heading.text() == dialog.windowTitle()
        assert bool(shown(dialog, NumPad)) == pad, dialog.objectName()
        if answer is None:
            dialog.reject()
        else:
            answer(dialog)

    return fill


def test_every_small_dialog_is_chinese_touch_sized_with_a_pad_and_names_what_it_acts_on(
    qtbot, zh_window: MainWindow
) -> None:
    win = zh_window
    seen: list[str] = []
    info = win.till.terminal.info
    till = f"收银机 {info.store}-{info.terminal}"

    def open_float(dialog: QWidget) -> None:
        check(seen, till, True, fill_amount("500"))(dialog)

    click(qtbot, win.sign_in, f"user_{CASHIER.login}")
    when_dialog(open_float, "amount_dialog")
    with qtbot.waitSignal(win.till.signed_in):
        typed(qtbot, win.sign_in.pin, CASHIER.pin)
        qtbot.keyClick(win.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.till.terminal.shift.current_id() is not None)
    assert seen == ["amount_dialog"]
    scan(qtbot, win, barcodes(win.till.terminal, 1)[0])
    item = win.sale.model.lines[0].description

    def three(dialog: QWidget) -> None:  # the quantity, by the pad: "1" is selected, 3 replaces it
        qtbot.mouseClick(child(dialog, "pad_3", QPushButton), Qt.MouseButton.LeftButton)
        assert child(dialog, "number_field", QLineEdit).text() == "3"
        click(qtbot, dialog, "ok_button")

    when_dialog(check(seen, item, True, three), "number_dialog")
    with qtbot.waitSignal(win.till.sale_changed, check_params_cb=lambda view: view.count == 3):
        qtbot.keyClick(win.sale.scan, Qt.Key.Key_F2)
    sale = f"3 件 · {win.sale.view.total}"
    for key, mods, name, title, pad in [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier, "number_dialog", item, True),
        (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier, "amount_dialog", item, True),
        (Qt.Key.Key_D, CTRL, "number_dialog", sale, True),
        (Qt.Key.Key_N, CTRL, "note_dialog", sale, False),
        (Qt.Key.Key_I, CTRL, "amount_dialog", till, True),
        (Qt.Key.Key_O, CTRL, "amount_dialog", till, True),
        (Qt.Key.Key_N, CTRL | SHIFT, "no_sale_dialog", till, False),
        (Qt.Key.Key_R, CTRL, "reprint_dialog", "", False),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.NoModifier, "tender_dialog", sale, True),
    ]:
        when_dialog(check(seen, title, pad), name)
        qtbot.keyClick(win.sale.scan, key, mods)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    def discount(dialog: QWidget) -> None:
        typed(qtbot, child(dialog, "number_field", QLineEdit), "25")
        qtbot.keyClick(child(dialog, "number_field", QLineEdit), Qt.Key.Key_Return)

    when_dialog(discount, "number_dialog")
    when_dialog(check(seen, item, True), "approval_dialog")
    qtbot.keyClick(win.sale.scan, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: len(seen) == 12 and QApplication.activeModalWidget() is None, timeout=10_000)
    assert seen[-1] == "approval_dialog"

    def shift_close(dialog: QWidget) -> None:  # its count fields are the shift-close screen's own business
        seen.append(dialog.objectName())
        touch_sized_and_chinese(dialog, fields=False)
        assert child(dialog, "close_shift_ok", QPushButton).text() == "交班"
        dialog.reject()

    when_dialog(shift_close, "shift_close_dialog")
    qtbot.keyClick(win.sale.scan, Qt.Key.Key_Z, CTRL | SHIFT)
    assert seen[-1] == "shift_close_dialog"


def test_a_manager_approves_by_name_and_pad_and_a_wrong_pin_keeps_the_dialog(qtbot, window: MainWindow) -> None:  # noqa: F811
    click(qtbot, window.sign_in, f"user_{CASHIER.login}")  # signing in on the same pad the manager uses
    when_dialog(fill_amount("500"), "amount_dialog")
    for digit in CASHIER.pin + "9":
        click(qtbot, window.sign_in, f"pin_{digit}")
    click(qtbot, window.sign_in, "pin_back")
    with qtbot.waitSignal(window.till.signed_in):
        click(qtbot, window.sign_in, "pin_ok")
    qtbot.waitUntil(lambda: window.till.terminal.shift.current_id() is not None)
    scan(qtbot, window, barcodes(window.till.terminal, 1)[0])
    seen: dict[str, object] = {}

    def discount(dialog: QWidget) -> None:
        field = child(dialog, "number_field", QLineEdit)
        typed(qtbot, field, "25")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def approve(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: any(b.objectName() == f"approver_{MANAGER.login}" for b in shown(dialog, QPushButton)))
        seen["offered"] = sorted(b.objectName() for b in shown(dialog, QPushButton) if "approver_" in b.objectName())
        click(qtbot, dialog, f"approver_{MANAGER.login}")
        for digit in "1234":  # a wrong PIN on the pad
            qtbot.mouseClick(child(dialog, f"pin_{digit}", QPushButton), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(child(dialog, "pin_ok", QPushButton), Qt.MouseButton.LeftButton)
        error = child(dialog, "approval_error", QLabel)
        qtbot.waitUntil(lambda: "wrong PIN" in error.text())
        seen["still_open"] = dialog.isVisible()
        seen["pin_after"] = child(dialog, "approval_pin", QLineEdit).text()
        pin = child(dialog, "approval_pin", QLineEdit)
        typed(qtbot, pin, MANAGER.pin)  # the right one, on the keyboard this time
        qtbot.keyClick(pin, Qt.Key.Key_Return)

    when_dialog(discount, "number_dialog")
    when_dialog(approve, "approval_dialog")
    with qtbot.waitSignal(
        window.till.sale_changed, timeout=15_000, check_params_cb=lambda view: bool(view.lines[0].discount)
    ):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert seen["offered"] == [f"approver_{MANAGER.login}"]  # the managers only, as buttons
    assert seen["still_open"] and seen["pin_after"] == ""
    assert window.sale.model.lines[0].discount.startswith("-")
    assert window.sale.message.text() == ""  # the wrong PIN was answered: nothing left to say


def test_with_two_managers_the_arrow_keys_choose_one_and_the_audit_names_them(qtbot, window: MainWindow) -> None:  # noqa: F811
    term = window.till.terminal
    with term.db.write() as s:
        zoe = add_user(s, login="zoe", name="Zoe Manager", role="manager", pin="8642")
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, barcodes(term, 1)[0])
    seen: dict[str, object] = {}

    def discount(dialog: QWidget) -> None:
        field = child(dialog, "number_field", QLineEdit)
        typed(qtbot, field, "25")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def approve(dialog: QWidget) -> None:
        pin = child(dialog, "approval_pin", QLineEdit)
        qtbot.waitUntil(lambda: len([b for b in shown(dialog, QPushButton) if "approver_" in b.objectName()]) == 2)
        typed(qtbot, pin, "8642")
        qtbot.keyClick(pin, Qt.Key.Key_Return)  # no manager chosen yet: said, nothing sent
        seen["unchosen"] = child(dialog, "approval_error", QLabel).text()
        for _ in range(2):
            qtbot.keyClick(pin, Qt.Key.Key_Down)  # boss, then zoe
        seen["who"] = child(dialog, "approval_who", QLabel).text()
        seen["pressed"] = child(dialog, "approver_zoe", QPushButton).isChecked()
        qtbot.keyClick(pin, Qt.Key.Key_Return)

    when_dialog(discount, "number_dialog")
    when_dialog(approve, "approval_dialog")
    with qtbot.waitSignal(
        window.till.sale_changed, timeout=15_000, check_params_cb=lambda v: bool(v.lines[0].discount)
    ):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F4)
    assert seen == {"unchosen": "Press the manager's name first.", "who": "Zoe Manager", "pressed": True}
    with term.db.read() as s:
        row = s.connection().exec_driver_sql("SELECT approved_by FROM audit_log WHERE action = 'line_discount'").one()
    assert row[0] == zoe.id
