"""No typed key is lost or reordered by the keyboard-scanner filter, whatever follows the typing (issue 14
item 1): the keys it holds to tell a scanner from a person reach their field before a click, a shortcut, a
focus change or a dialog opening is handled.

Keys are sent with real delays between them (a typist 30-60 ms a key, a scanner 2-5 ms) while the event
loop runs, on the filter's real clock; the following action comes right after the last key, as a fast
hand does. Waits are on conditions, never sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import scan, sign_in, window  # noqa: F401 - the window fixture
from tests.ui_helpers import child, when_dialog
from ui.main_window import MainWindow
from ui.wedge import WedgeFilter

TYPIST, SCANNER = (30, 60), (2, 5)  # ms between keys
KEYS = "0123456789ABCDEFXYZ.-"


class Form(QWidget):
    """A field, a button and a shortcut that read the field when they act, another field to move to."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.field = QLineEdit()
        self.other = QLineEdit()
        self.button = QPushButton("Cash")
        self.seen: list[str] = []
        self.armed = False  # what the field held when the action came, once the keys were sent
        self.button.clicked.connect(self.look)
        self.field.editingFinished.connect(self.look)
        self.shortcut = QShortcut(QKeySequence("F10"), self)
        self.shortcut.activated.connect(self.look)
        for w in (self.field, self.other, self.button):
            layout.addWidget(w)

    def look(self) -> None:
        if self.armed:
            self.seen.append(self.field.text())


class Opening(QDialog):
    """A dialog that reads the field it covers as it shows (as an approval asks about the typed amount)."""

    def __init__(self, form: Form) -> None:
        super().__init__(form)
        self.form = form

    def showEvent(self, event) -> None:
        self.form.look()
        super().showEvent(event)


@pytest.fixture
def form(qtbot) -> Iterator[Form]:
    f = Form()
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    wedge = WedgeFilter(gap_ms=30, min_length=4).install()  # the till's defaults, on the real clock
    f.wedge = wedge
    yield f
    wedge.remove()


def type_keys(qtbot, widget: QWidget, text: str, gaps: list[int]) -> None:
    """One key every ``gaps[i]`` ms while the event loop runs; nothing waits after the last key."""
    for ch, gap in zip(text, gaps, strict=True):
        qtbot.keyClick(widget, ch, Qt.KeyboardModifier.NoModifier, gap)


def act(qtbot, f: Form, action: str) -> None:
    if action == "click":
        qtbot.mouseClick(f.button, Qt.MouseButton.LeftButton)
    elif action == "shortcut":
        qtbot.keyClick(f.field, Qt.Key.Key_F10)
    elif action == "focus":
        f.other.setFocus()
    elif action == "dialog":
        d = Opening(f)
        d.open()
        d.close()


typing = st.sampled_from([TYPIST, SCANNER]).flatmap(
    lambda speed: st.text(KEYS, min_size=1, max_size=6).flatmap(
        lambda text: st.tuples(st.just(text), st.lists(st.integers(*speed), min_size=len(text), max_size=len(text)))
    )
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=typing, action=st.sampled_from(["click", "shortcut", "focus", "dialog"]))
def test_every_typed_key_reaches_the_field_before_what_follows_acts(qtbot, form: Form, typed, action) -> None:
    text, gaps = typed
    form.armed = False
    form.activateWindow()
    form.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form and QApplication.focusWidget() is form.field)
    form.field.clear()
    form.seen.clear()
    type_keys(qtbot, form.field, text, gaps)
    form.armed = True
    act(qtbot, form, action)
    qtbot.waitUntil(lambda: bool(form.seen))
    form.armed = False
    assert form.seen[0] == text  # all of it, in order, when the click, shortcut, focus or dialog acts
    qtbot.waitUntil(lambda: form.field.text() == text)  # and nothing typed twice afterwards


# ---------------------------------------------------------------------- the two examples, in the till
def open_payment(qtbot, win: MainWindow, pay) -> None:
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    scan(qtbot, win, barcodes(win.till.terminal, 1)[0])
    when_dialog(pay, "tender_dialog")
    qtbot.keyClick(win.sale.scan, Qt.Key.Key_F10)


def test_300_typed_then_a_tap_on_cash_takes_300(qtbot, window: MainWindow) -> None:  # noqa: F811
    taken: list[int] = []

    def pay(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: child(dialog, "due_label", QLabel).text() != "")
        cash = child(dialog, "cash_field", QLineEdit)
        cash.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is cash)
        with qtbot.waitSignal(window.till.sale_changed):
            type_keys(qtbot, cash, "300", [40, 40, 40])  # a cashier typing, then at once a tap on Cash
            qtbot.mouseClick(child(dialog, "pay_cash_button", QPushButton), Qt.MouseButton.LeftButton)
        taken.extend(t.tendered for t in window.till.terminal.sale.cart.tenders)
        dialog.reject()

    open_payment(qtbot, window, pay)
    qtbot.waitUntil(lambda: bool(taken))
    currency_unit = 100  # the test store's currency has two decimals
    assert taken == [300 * currency_unit]


def test_a_card_reference_typed_then_a_tap_on_card_is_saved_whole(qtbot, window: MainWindow) -> None:  # noqa: F811
    saved: list[str] = []

    def pay(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: child(dialog, "due_label", QLabel).text() != "")
        ref = child(dialog, "card_reference_field", QLineEdit)
        ref.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is ref)
        with qtbot.waitSignal(window.till.sale_changed):
            type_keys(qtbot, ref, "A1B2", [3, 4, 3, 5])  # as fast as a scanner, but no Enter: typing
            qtbot.mouseClick(child(dialog, "pay_card_button", QPushButton), Qt.MouseButton.LeftButton)
        assert child(dialog, "tender_list", QListWidget).count() == 1
        saved.extend(t.reference for t in window.till.terminal.sale.cart.tenders)
        dialog.reject()

    open_payment(qtbot, window, pay)
    qtbot.waitUntil(lambda: bool(saved))
    assert saved == ["A1B2"]


def test_a_scan_ended_by_a_tab_suffix_is_still_one_scan(qtbot) -> None:
    """A held key goes before a key that may be a shortcut, but not before the scanner's own suffix."""
    f = Form()
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    wedge = WedgeFilter(gap_ms=30, min_length=4, suffix="\t").install()
    try:
        f.activateWindow()
        f.field.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is f.field)
        with qtbot.waitSignal(wedge.scanned) as got:
            qtbot.keyClicks(f.field, "4006381333931")  # no delay: a scanner
            qtbot.keyClick(f.field, Qt.Key.Key_Tab)
        assert got.args == ["4006381333931"] and f.field.text() == ""
    finally:
        wedge.remove()


def test_a_tooltip_coming_and_going_mid_scan_leaves_the_scan_whole(qtbot, form: Form) -> None:
    """Only a dialog or a window opening flushes the held keys: not a tooltip under a resting mouse."""
    form.activateWindow()
    form.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.field)
    scans: list[str] = []
    form.wedge.scanned.connect(scans.append)
    qtbot.keyClicks(form.field, "400638")  # no delay: a scanner
    QToolTip.showText(form.button.mapToGlobal(form.button.rect().center()), "Cash", form.button)
    qtbot.waitUntil(QToolTip.isVisible)
    qtbot.keyClicks(form.field, "1333931")
    QToolTip.hideText()
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(scans))
    assert scans == ["4006381333931"] and form.field.text() == ""
