"""Scanning at the till (issue 14 item 4), driven with real keys: an item sold out here is marked on its
line with a message, and Ctrl+E offers it from the cloud shelf; a repeated scan adds to the item's line,
which becomes the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import CASHIER, barcodes
from tests.test_scanning import stock_figure
from tests.test_ui_till import scan, sign_in, window  # noqa: F401 - the window fixture
from tests.ui_helpers import child, when_dialog
from ui.main_window import MainWindow


def item_text(win: MainWindow, row: int) -> str:
    return win.sale.model.data(win.sale.model.index(row, 0))


def test_a_scan_of_an_item_sold_out_here_says_so_and_ctrl_e_offers_the_cloud_shelf(
    qtbot,
    window: MainWindow,  # noqa: F811
) -> None:
    term = window.till.terminal
    code = barcodes(term, 1)[0]
    stock_figure(term, code, 0)
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, code)
    message = child(window.sale, "message_label", QLabel)
    qtbot.waitUntil(lambda: message.text().startswith("Sold out here:"))
    assert "Ctrl+E" in message.text()
    assert item_text(window, 0).endswith("⚠ sold out here")
    seen: dict[str, str] = {}

    def look(dialog) -> None:
        seen["key"] = dialog.search.text()
        dialog.reject()

    when_dialog(look, "shelf_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "key" in seen)
    assert seen["key"] == term.catalog.lookup(code).sku


def test_the_last_unit_sells_quietly_and_the_next_scan_is_short(qtbot, window: MainWindow) -> None:  # noqa: F811
    term = window.till.terminal
    code = barcodes(term, 1)[0]
    stock_figure(term, code, 1)
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, code)
    message = child(window.sale, "message_label", QLabel)
    assert message.text() == "" and "sold out" not in item_text(window, 0)
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: message.text().startswith("Only 1 in stock here:"))
    assert window.sale.model.rowCount() == 1 and item_text(window, 0).endswith("⚠ sold out here")


def test_a_repeated_scan_adds_to_its_line_and_selects_it(qtbot, window: MainWindow) -> None:  # noqa: F811
    term = window.till.terminal
    a, b = barcodes(term, 2)
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    for code in (a, b, a):
        scan(qtbot, window, code)
    assert [(line.sku, line.qty) for line in window.sale.model.lines] == [
        (term.catalog.lookup(a).sku, 2),
        (term.catalog.lookup(b).sku, 1),
    ]
    assert window.sale.selected_line() == window.sale.model.lines[0].id  # the line the scan added to
    with qtbot.waitSignal(window.till.sale_changed):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F8)  # void the selected line: the one just scanned
    assert [line.sku for line in window.sale.model.lines] == [term.catalog.lookup(b).sku]
