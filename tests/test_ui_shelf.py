"""The cloud shelf's screens driven like a cashier and a manager drive them (real widgets, real
store, headless): the matrix with the age of its figures, the order dialog (delivery, the customer's
details, refusals), the list of the store's cloud-shelf orders with a refund, and the shared stock
screen with its CSV export. Every wait is on a signal or a condition, never a sleep."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QRadioButton

from sync.apply import apply_items
from sync.protocol import SHELF
from tests.conftest import CASHIER, MANAGER
from tests.shelf_helpers import answer, feed_item, style_of
from tests.test_ui_till import sign_in
from tests.ui_helpers import child, click, till_window, when_dialog
from ui.dialogs.shelf import ShelfDialog
from ui.dialogs.stock import StockDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    with till_window(qtbot, store_dir, size=(1366, 768)) as win:
        yield win


@pytest.fixture
def figures(window: MainWindow) -> tuple[str, list]:
    """Stock of the first style at the other stores and the warehouse (none here), as last fetched."""
    term = window.till.terminal
    style, variants = style_of(term)
    levels = {(sku, loc): 0 for _id, sku, _s, _c in variants for loc in ("S01", "S02", "S03", "W01")}
    levels[(variants[1][1], "S02")] = 2
    levels[(variants[1][1], "W01")] = 4
    levels[(variants[2][1], "S03")] = 1
    term.shelf.save_availability(answer(term, style, levels))
    return style, variants


def cell_of(dialog: ShelfDialog, sku: str) -> tuple[int, int]:
    cell = dialog.matrix.find(sku)
    return dialog.matrix.sizes.index(cell.size), dialog.matrix.colours.index(cell.colour)


def test_ctrl_e_opens_the_matrix_of_the_typed_item_with_the_age_of_its_figures(qtbot, window, figures) -> None:
    style, variants = figures
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    window.sale.scan.setText(variants[1][1])
    seen = {}

    def look(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.matrix is not None, timeout=10_000)
        row, col = cell_of(dialog, variants[1][1])
        table = dialog.table
        seen.update(title=dialog.title.text(), age=dialog.age.text(), text=table.item(row, col).text(),
                    focus=table.hasFocus(), current=(table.currentRow(), table.currentColumn()),
                    key=dialog.search.text(), typed=(row, col))  # fmt: skip
        dialog.reject()

    when_dialog(look, "shelf_dialog")
    qtbot.keyClick(window.sale.scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen["title"].startswith(style) and seen["key"] == variants[1][1]
    assert seen["age"].startswith("Offline: figures as of 0 min ago") and "not enrolled" in seen["age"]
    assert seen["text"] == "Here 0\nStores 2\nWarehouse 4"
    assert seen["focus"] and seen["current"] == seen["typed"]  # the matrix opens on the typed variant
    assert window.sale.scan.text() == ""  # the typed key went to the matrix


def test_choose_a_cell_a_source_and_units_then_the_order_dialog_puts_it_into_the_sale(qtbot, window, figures) -> None:
    _style, variants = figures
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    dialog = ShelfDialog(window.till, "", window.sale)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, "shelf_show_button")
    assert "Scan an item" in dialog.error.text()  # nothing typed: says what to do
    dialog.search.setText(variants[1][1])
    with qtbot.waitSignal(window.till.shelf_matrix_ready):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    dialog.table.setCurrentCell(*cell_of(dialog, variants[1][1]))
    source = child(dialog, "shelf_source_choice", QComboBox)
    assert [source.itemData(i) for i in range(source.count())] == ["auto", "S02", "W01"]
    assert dialog.rule.text() == "The rule would take it from: S02 ×1"
    dialog.qty.setValue(3)
    assert dialog.rule.text() == "The rule would take it from: W01 ×3"  # fewest shipments
    source.setCurrentIndex(2)
    click(qtbot, dialog, "shelf_add_item_button")
    dialog.table.setCurrentCell(*cell_of(dialog, variants[2][1]))
    dialog.qty.setValue(1)
    click(qtbot, dialog, "shelf_add_item_button")
    assert dialog.basket_list.count() == 2 and "3 × " in dialog.basket_list.item(0).text()
    assert dialog.order_button.isEnabled()
    said = {}

    def fill(order) -> None:
        child(order, "shelf_home_radio", QRadioButton).setChecked(True)
        assert not child(order, "shelf_store_choice", QComboBox).isEnabled()
        child(order, "shelf_name_field", QLineEdit).setText("Li Lei")
        child(order, "shelf_phone_field", QLineEdit).setText("138 0013 1234")
        with qtbot.waitSignal(window.till.error):
            click(qtbot, order, "shelf_sell_button")  # no address yet
        said["refused"] = child(order, "shelf_order_error").text()
        child(order, "shelf_province_field", QLineEdit).setText("Shanghai")
        child(order, "shelf_city_field", QLineEdit).setText("Shanghai")
        child(order, "shelf_district_field", QLineEdit).setText("Huangpu")
        child(order, "shelf_address_field", QLineEdit).setText("1 Nanjing Rd")
        with qtbot.waitSignal(window.till.shelf_added):
            click(qtbot, order, "shelf_sell_button")

    when_dialog(fill, "shelf_order_dialog")
    with qtbot.waitSignal(window.till.sale_changed, timeout=10_000):
        click(qtbot, dialog, "shelf_delivery_button")
    assert "Home delivery needs the customer's mobile number, province, city, district and street." in said["refused"]
    assert not dialog.isVisible()  # the order joined the sale: the matrix closes
    model = window.sale.model
    assert model.rowCount() == 2
    item = model.data(model.index(0, 0))
    assert "cloud shelf → home, to be confirmed" in item and model.data(model.index(0, 1)) == "3"
    assert "to be confirmed when the sale reaches the platform" in window.sale.message.text()
    assert window.till.terminal.sale.cart.shelf and all(ln.shelf_source for ln in window.till.terminal.sale.cart.lines)


def test_the_orders_list_shows_stock_gone_and_refunds_the_customer(qtbot, window, figures) -> None:
    _style, variants = figures
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    term = window.till.terminal
    from app.shelf import ShelfItem, ShelfRequest

    term.shelf.add_order(ShelfRequest((ShelfItem(variants[1][0], 1, "S02"),), "store", "S01",
                                      {"name": "Mia Wang", "phone": "139 1111 2222"}), None)  # fmt: skip
    term.sale.add_cash(term.sale.totals().due)
    receipt = term.sale.complete().receipt_no
    [order] = term.shelf.orders()
    with term.db.write() as s:
        gone = feed_item(term, order.id, order.code, "unfilled", 1, receipt_no=receipt,
                         problem="Not enough stock for: X at S02 (0 of 1 free).")  # fmt: skip
        apply_items(s.connection(), SHELF, [gone])
    with qtbot.waitSignal(window.till.shelf_attention):
        window.till.load_status()
    assert window.sale.attention.isVisible() and "another source: 1 (Ctrl+Shift+E)" in window.sale.attention.text()
    seen = {}

    def work(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
        seen.update(banner=dialog.banner.text(), state=dialog.table.item(0, 4).text(),
                    code=dialog.table.item(0, 0).text(), detail=dialog.detail.text())  # fmt: skip
        when_dialog(lambda d: d.accept(), "resource_dialog")
        with qtbot.waitSignal(window.till.error):
            click(qtbot, dialog, "shelf_resource_button")  # not enrolled: says so, changes nothing
        seen["resource"] = dialog.message.text()
        click(qtbot, dialog, "shelf_refund_button")

    when_dialog(work, "shelf_orders_dialog")
    with qtbot.waitSignal(window.till.sale_changed, timeout=10_000):
        qtbot.keyClick(
            window.sale.scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert "1 order paid but not coming" in seen["banner"] and seen["state"] == "stock gone"
    assert seen["code"] == f"{order.code} ⚠" and "0 of 1 free" in seen["detail"]
    assert "not enrolled" in seen["resource"]
    assert window.sale.model.rowCount() == 1 and "↩" in window.sale.model.data(window.sale.model.index(0, 0))
    term.returns.refund_to_original()
    term.sale.complete()
    assert term.shelf.attention() == 0


def test_the_shared_stock_screen_shows_every_location_low_stock_and_exports_csv(
    qtbot, window, figures, tmp_path: Path
) -> None:
    style, variants = figures
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    refused = StockDialog(window.till, style, window.sale)
    qtbot.addWidget(refused)
    with qtbot.waitSignal(window.till.error):
        refused.show()
    assert "may not" in refused.message.text().lower() or "manager" in refused.message.text().lower()
    refused.reject()
    sign_in(qtbot, window, MANAGER.login, MANAGER.pin, float_text=None)
    dialog = StockDialog(window.till, style, window.sale)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.till.stock_loaded):
        dialog.show()
    table = dialog.table
    assert table.rowCount() == 4 and table.columnCount() == len(variants) + 1
    assert table.verticalHeaderItem(0).text() == "S01 Test Store"
    headers = [table.verticalHeaderItem(r).text().split()[0] for r in range(4)]
    assert headers == ["S01", "S02", "W01", "S03"]
    _id, _sku, size, colour = variants[1]
    col = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == f"{colour}\n{size}")
    assert table.item(2, col).text() == "4" and "4 on hand, 0 held" in table.item(2, col).toolTip()
    assert dialog.low.count() > 0 and dialog.low_label.text() == "Low stock (2 or fewer available)"
    path = tmp_path / "exported.csv"

    def save(file_dialog: QFileDialog) -> None:
        file_dialog.selectFile(str(path))
        file_dialog.accept()

    when_dialog(save, "stock_file_dialog")
    with qtbot.waitSignal(window.till.stock_exported, timeout=10_000):
        click(qtbot, dialog, "stock_export_button")
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(variants) * 4 and f"{len(rows)} rows written" in dialog.message.text()
