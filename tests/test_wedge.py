"""Keyboard-wedge scans told apart from typing by key timing, whatever has the focus (pytest-qt).

Key times come from a clock the test moves (5 ms between keys: a scanner; 120 ms: a person), so no
test depends on how fast the machine runs; waits are on signals and conditions, never sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import sign_in, window  # noqa: F401 - the window fixture
from ui.main_window import MainWindow
from ui.wedge import WedgeFilter

SCANNER, PERSON = 0.005, 0.12


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def press(qtbot, widget: QWidget, text: str, gap: float, clock: Clock, enter: bool = True) -> None:
    """Type ``text`` into whatever has the focus, one key every ``gap`` seconds of the clock."""
    for ch in text:
        clock.now += gap
        qtbot.keyClick(widget, ch)
    if enter:
        clock.now += gap
        qtbot.keyClick(widget, Qt.Key.Key_Return)


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.field = QLineEdit()
        self.field.setObjectName("note_field")
        self.target = QLineEdit()
        self.target.setProperty("scan_target", True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton("OK")
        self.combo = QComboBox()
        self.combo.addItems(["a", "b"])
        for w in (self.field, self.target, self.pin, self.button, self.combo):
            layout.addWidget(w)


@pytest.fixture
def form(qtbot) -> Iterator[tuple[Form, WedgeFilter, Clock]]:
    f = Form()
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    clock = Clock()
    wedge = WedgeFilter(gap_ms=30, min_length=4, clock=clock).install()
    yield f, wedge, clock
    wedge.remove()


def focus(qtbot, w: QWidget) -> None:
    w.activateWindow()
    w.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w)


@pytest.mark.parametrize("where", ["field", "button", "combo"])
def test_keys_at_scanner_speed_are_one_scan_whatever_has_the_focus(qtbot, form, where: str) -> None:
    f, wedge, clock = form
    widget = getattr(f, where)
    focus(qtbot, widget)
    returned: list[bool] = []
    f.field.returnPressed.connect(lambda: returned.append(True))
    with qtbot.waitSignal(wedge.scanned) as got:
        press(qtbot, widget, "4006381333931", SCANNER, clock)
    assert got.args == ["4006381333931"]
    assert f.field.text() == "" and returned == []  # nothing typed into the field, no Enter
    assert f.combo.currentText() == "a"


def test_the_same_keys_at_typing_speed_stay_typing(qtbot, form) -> None:
    f, wedge, clock = form
    focus(qtbot, f.field)
    with qtbot.assertNotEmitted(wedge.scanned), qtbot.waitSignal(f.field.returnPressed):
        press(qtbot, f.field, "4006381333931", PERSON, clock)
    assert f.field.text() == "4006381333931"


def test_typing_without_enter_reaches_the_field_when_the_keys_stop(qtbot, form) -> None:
    f, wedge, clock = form
    focus(qtbot, f.field)
    with qtbot.assertNotEmitted(wedge.scanned):
        press(qtbot, f.field, "abc", SCANNER, clock, enter=False)  # fast, but never ended like a scan
        qtbot.waitUntil(lambda: f.field.text() == "abc")  # held a moment, then given back in order


def test_a_short_fast_burst_is_typing_not_a_scan(qtbot, form) -> None:
    f, wedge, clock = form
    focus(qtbot, f.field)
    with qtbot.assertNotEmitted(wedge.scanned), qtbot.waitSignal(f.field.returnPressed):
        press(qtbot, f.field, "12", SCANNER, clock)
    assert f.field.text() == "12"


def test_a_scan_target_and_a_pin_field_take_a_scan_as_text(qtbot, form) -> None:
    f, wedge, clock = form
    for field in (f.target, f.pin):
        focus(qtbot, field)
        with qtbot.assertNotEmitted(wedge.scanned), qtbot.waitSignal(field.returnPressed):
            press(qtbot, field, "4006381333931", SCANNER, clock)
        assert field.text() == "4006381333931"


def test_typing_then_a_scan_keeps_both_apart(qtbot, form) -> None:
    f, wedge, clock = form
    focus(qtbot, f.field)
    press(qtbot, f.field, "hi", PERSON, clock, enter=False)
    clock.now += 1
    with qtbot.waitSignal(wedge.scanned) as got:
        press(qtbot, f.field, "96385074", SCANNER, clock)
    assert got.args == ["96385074"]
    qtbot.waitUntil(lambda: f.field.text() == "hi")


def test_a_prefix_marks_a_scan_and_keys_without_it_stay_typing(qtbot) -> None:
    f = Form()
    qtbot.addWidget(f)
    f.show()
    clock = Clock()
    wedge = WedgeFilter(gap_ms=30, min_length=4, prefix="]", clock=clock).install()
    try:
        focus(qtbot, f.field)
        with qtbot.waitSignal(wedge.scanned) as got:
            press(qtbot, f.field, "]4006381333931", SCANNER, clock)
        assert got.args == ["4006381333931"]
        with qtbot.assertNotEmitted(wedge.scanned), qtbot.waitSignal(f.field.returnPressed):
            press(qtbot, f.field, "4006381333931", SCANNER, clock)
        assert f.field.text() == "4006381333931"
    finally:
        wedge.remove()


def test_in_the_till_a_scan_lands_in_the_sale_wherever_the_focus_is(
    qtbot,
    window: MainWindow,  # noqa: F811
    store_dir: Path,
) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    clock = Clock()
    window.till.devices.wedge.clock = clock
    code = barcodes(window.till.terminal, 1)[0]
    window.sale.cart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    focus(qtbot, window.sale.cart)  # the cart, not the scan field
    with qtbot.waitSignal(window.till.sale_changed, check_params_cb=lambda v: v.count == 1):
        press(qtbot, window.sale.cart, code, SCANNER, clock)
    assert window.sale.scan.text() == ""
    # a person typing a name into the scan field still searches, as before
    focus(qtbot, window.sale.scan)
    word = window.till.terminal.catalog.lookup(code).style_name.split()[-1]
    with qtbot.waitSignal(window.till.search_done):
        press(qtbot, window.sale.scan, word, SCANNER, clock)


def test_a_scan_on_the_sign_in_screen_adds_nothing(qtbot, window: MainWindow) -> None:  # noqa: F811
    clock = Clock()
    window.till.devices.wedge.clock = clock
    code = barcodes(window.till.terminal, 1)[0]
    button = window.sign_in.findChild(QPushButton, f"user_{CASHIER.login}")
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    focus(qtbot, button)
    press(qtbot, button, code, SCANNER, clock)
    qtbot.waitUntil(lambda: "Sign in first" in window.sign_in.findChild(QWidget, "sign_in_error").text())
    assert window.till.terminal.sale.cart is None
