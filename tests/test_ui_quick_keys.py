"""Quick keys and the customer's note on the sale screen, driven on the real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from app.terminal import Terminal
from devices.printer import layout
from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import sign_in
from tests.ui_helpers import child, when_dialog
from ui.app import build_window
from ui.main_window import MainWindow


@pytest.fixture
def named_keys_window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    with Terminal.open(store_dir) as term:
        codes = barcodes(term, 2)
    (store_dir / "config.toml").write_text(f'[till]\nquick_keys = ["{codes[1]}", "GONE-42", "{codes[0]}"]\n')
    term = Terminal.open(store_dir)
    win = build_window(term, QApplication.instance(), "en")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()  # the users may load before a wait could start: wait on what the screen shows
    qtbot.waitUntil(lambda: win.sign_in.findChild(QPushButton, f"user_{CASHIER.login}") is not None, timeout=10_000)
    yield win
    win.close()
    term.close()


def test_quick_keys_add_items_by_touch_and_by_alt_number(qtbot, named_keys_window: MainWindow) -> None:
    win = named_keys_window
    with qtbot.waitSignal(win.till.quick_keys_loaded, timeout=10_000):
        sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    first, second = child(win.sale, "quick_key_1", QPushButton), child(win.sale, "quick_key_2", QPushButton)
    term = win.till.terminal
    codes = barcodes(term, 2)
    assert first.toolTip() == term.catalog.lookup(codes[1]).description and "Alt+1" in first.text()
    assert first.height() >= 56
    assert "GONE-42" in win.sale.message.text() and "config.toml" in win.sale.message.text()

    with qtbot.waitSignal(win.till.sale_changed, check_params_cb=lambda v: v.count == 1):
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(win.till.sale_changed, check_params_cb=lambda v: v.count == 2):
        qtbot.keyClick(win.sale.scan, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert [line.sku for line in win.sale.model.lines] == [
        term.catalog.lookup(codes[1]).sku,
        term.catalog.lookup(codes[0]).sku,
    ]
    assert not second.hasFocus()  # the scan field keeps the focus for the next scan


def test_a_note_shows_on_screen_and_prints_on_the_receipt(qtbot, named_keys_window: MainWindow) -> None:
    win = named_keys_window
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    code = barcodes(win.till.terminal, 1)[0]
    with qtbot.waitSignal(win.till.sale_changed):
        win.till.scan(code)

    def write(dialog) -> None:
        child(dialog, "text_field", QLineEdit).setText("  Gift: please wrap  ")
        dialog.accept()

    when_dialog(write, "note_dialog")
    with qtbot.waitSignal(win.till.sale_changed, check_params_cb=lambda v: v.note == "Gift: please wrap"):
        qtbot.keyClick(win.sale.scan, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "Note: Gift: please wrap" in win.sale.details.text()

    term = win.till.terminal
    term.sale.add_cash(term.sale.totals().due)
    done = term.sale.complete()
    printed = layout.as_text(layout.receipt(term.printing.receipt(done.receipt_no), 32, "en"), 32)
    assert "Note: Gift: please wrap" in printed
