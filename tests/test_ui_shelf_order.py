"""The cloud shelf at the till as a cashier's keys drive it (issue 14, items 2 and 14): Ctrl+E on a
line sold out here opens the matrix on that very variant, the source is chosen with the keyboard and
the hint follows it, F2 and F10 order it, and the cloud-shelf line takes the place of the line it
came from (same quantity, one charge), while F8 puts the line back. The delivery form follows the
store's country: province, city, district and a checked mobile number in China; street, city,
state and postcode in the United States. Real widgets and keys, headless; every wait is on a signal
or a condition."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLineEdit, QRadioButton, QWidget

from app.terminal import Terminal
from core import sizes
from tests.conftest import CASHIER, SPEC, build_store
from tests.shelf_helpers import answer, style_of
from tests.test_ui_till import scan, sign_in
from tests.ui_helpers import child, till_window, when_dialog
from ui.main_window import MainWindow
from ui.sale_view import money, view_of

TYPIST_MS = 40  # a fast typist
SCANNER_MS = 3  # a keyboard-wedge scanner


@pytest.fixture
def window(qtbot, store_dir: Path) -> Iterator[MainWindow]:
    with till_window(qtbot, store_dir, size=(1366, 768)) as win:
        yield win


@pytest.fixture
def us_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """A till of a store in New York (locale en_US): the same catalog, dollars."""
    store = build_store(tmp_path / "us", replace(SPEC, currency="USD", locale="en_US"), styles=2)
    with till_window(qtbot, store, size=(1366, 768)) as win:
        yield win


def figures(term: Terminal) -> tuple[dict, dict]:
    """Every variant of the first style is in stock elsewhere (none here), so the matrix's old first
    guess, the first cell to order, is never the largest size; the largest size has one unit at the
    store in the region (S02) and four at the warehouse (W01). Returns (largest variant, its prices)."""
    style, variants = style_of(term)
    levels = {(sku, loc): 1 for _id, sku, _s, _c in variants for loc in ("S02", "S03")}
    levels |= {(sku, "S01"): 0 for _id, sku, _s, _c in variants}
    big = max(variants, key=lambda v: (sizes.size_key(v[2]), v[3]))
    levels[(big[1], "W01")] = 4
    term.shelf.save_availability(answer(term, style, levels))
    with term.db.read() as s:
        code = s.connection().exec_driver_sql("SELECT code FROM barcodes WHERE variant_id = ?", (big[0],)).scalar()
    price = term.shelf.matrix(style).find(big[1]).price
    return {"id": big[0], "sku": big[1], "size": big[2], "colour": big[3], "barcode": code[1:]}, {"unit": price}


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, field: QLineEdit, text: str) -> None:
    """Type like a person: Latin text key by key, Chinese as an input method commits it (the
    chosen characters at once)."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(field, text, delay=TYPIST_MS)
    else:
        commit = QInputMethodEvent()
        commit.setCommitString(text)
        QApplication.sendEvent(field, commit)


def inside(outer: QWidget, fill):
    """``fill`` for a dialog opened from ``outer``: a failure closes ``outer`` too, so the test fails
    instead of waiting on a modal matrix nobody will close."""

    def run(dialog: QWidget, *args) -> None:
        try:
            fill(dialog, *args)
        except BaseException:
            outer.close()
            raise

    return run


def label_of(dialog: QWidget, field: QWidget) -> str:
    form = next(f for f in dialog.findChildren(QFormLayout) if f.labelForField(field) is not None)
    return form.labelForField(field).text()


def test_ctrl_e_on_a_sold_out_line_orders_that_size_from_the_chosen_source_in_its_place(qtbot, window) -> None:
    term = window.till.terminal
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    big, price = figures(term)
    window.sale.scan.setFocus()
    for _ in range(2):  # two shirts in the largest size, scanned
        scan(qtbot, window, big["barcode"])
    [line] = term.sale.view().lines
    assert line.qty == 2 and line.sku == big["sku"]
    seen: dict = {}

    def order(dialog) -> None:
        seen["form"] = dialog.hint.text()
        fields = {name: child(dialog, f"shelf_{name}_field", QLineEdit) for name in ("name", "phone")}
        qtbot.waitUntil(fields["name"].hasFocus)  # the dialog opens on the name
        qtbot.keyClicks(fields["name"], "Li Lei", delay=TYPIST_MS)
        press(qtbot, fields["name"], Qt.Key.Key_Tab)
        assert fields["phone"].hasFocus()
        qtbot.keyClicks(fields["phone"], "1380013", delay=TYPIST_MS)  # seven digits: not a mobile number
        with qtbot.waitSignal(window.till.error):
            press(qtbot, fields["phone"], Qt.Key.Key_F10)
        seen["refused"] = child(dialog, "shelf_order_error").text()
        seen["kind"] = child(dialog, "shelf_order_error").property("kind")  # shown as an error, in red
        qtbot.keyClicks(fields["phone"], "1234", delay=TYPIST_MS)
        with qtbot.waitSignal(window.till.shelf_added, timeout=10_000):
            press(qtbot, fields["phone"], Qt.Key.Key_F10)

    def matrix(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.matrix is not None, timeout=10_000)
        cell = dialog.current()
        seen["opened_on"] = (cell.sku, cell.size, cell.colour) if cell else None
        seen["header"] = dialog.cell_label.text()
        seen["replaces"] = dialog.replacing.text()
        seen["units"] = dialog.qty.value()
        seen["rule"] = dialog.rule.text()
        press(qtbot, dialog.table, Qt.Key.Key_Tab)  # from the matrix to the source
        source = child(dialog, "shelf_source_choice", QComboBox)
        assert source.hasFocus()
        press(qtbot, source, Qt.Key.Key_Down)  # S02: one unit free there
        seen["short"] = (source.currentData(), dialog.rule.text())
        press(qtbot, source, Qt.Key.Key_Down)  # W01: four
        seen["chosen"] = (source.currentData(), dialog.rule.text())
        press(qtbot, source, Qt.Key.Key_F2)  # a button's shortcut clicks it a moment later
        qtbot.waitUntil(lambda: dialog.basket_list.count() == 1)
        seen["basket"] = dialog.basket_list.item(0).text()
        when_dialog(inside(dialog, order), "shelf_order_dialog")
        press(qtbot, source, Qt.Key.Key_F10)

    when_dialog(matrix, "shelf_dialog")
    with qtbot.waitSignal(window.till.sale_changed, timeout=10_000):
        press(qtbot, window.sale.scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert seen["opened_on"] == (big["sku"], big["size"], big["colour"])  # the scanned size, not the first
    assert f"{big['colour']} {big['size']}" in seen["header"] and big["sku"] in seen["header"]
    assert seen["replaces"].startswith("Replaces in this sale: 2 × ") and seen["units"] == 2
    assert seen["rule"] == "The rule would take it from: W01 ×2"
    assert seen["short"] == ("S02", "Not enough at S02 on these figures: 1 available.")
    assert seen["chosen"] == ("W01", "Chosen source: W01 Central Warehouse (warehouse) ×2")
    assert seen["basket"] == f"2 × {big['sku']} ({big['colour']} {big['size']}) · W01"
    assert "11 digits and starts with 1" in seen["refused"] and seen["kind"] == "error"
    view = view_of(term)
    assert [(ln.sku, ln.qty, bool(ln.shelf)) for ln in view.lines] == [(big["sku"], 2, True)]  # in its place
    assert view.total == money(term.info, 2 * price["unit"]) == window.sale.total.text()  # two shirts, charged once
    assert window.sale.model.rowCount() == 1

    with qtbot.waitSignal(window.till.sale_changed):
        press(qtbot, window.sale.scan, Qt.Key.Key_F8)  # void the cloud-shelf line: the sold-out line comes back
    assert [(ln.id, ln.qty, ln.shelf) for ln in term.sale.view().lines] == [(line.id, 2, "")]
    assert term.sale.cart.shelf == {} and window.sale.total.text() == money(term.info, 2 * price["unit"])


def test_matrix_opened_by_a_scan_in_its_search_field_follows_the_scan(qtbot, window) -> None:
    term = window.till.terminal
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    big, _price = figures(term)
    seen: dict = {}

    def matrix(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.matrix is not None, timeout=10_000)
        seen["first"] = dialog.current().sku  # opened on a style: the first cell to order
        dialog.search.setFocus()
        dialog.search.selectAll()
        with qtbot.waitSignal(window.till.shelf_matrix_ready):
            qtbot.keyClicks(dialog.search, big["barcode"], delay=SCANNER_MS)
            press(qtbot, dialog.search, Qt.Key.Key_Return)
        seen["scanned"] = dialog.current().sku
        seen["header"] = dialog.cell_label.text()
        seen["replaces"] = dialog.replacing.isVisible()
        dialog.reject()

    when_dialog(matrix, "shelf_dialog")
    style = term.shelf.style(big["sku"])
    qtbot.keyClicks(window.sale.scan, style, delay=TYPIST_MS)
    press(qtbot, window.sale.scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "scanned" in seen, timeout=10_000)
    assert seen["first"] != big["sku"] and seen["scanned"] == big["sku"]
    assert f"{big['colour']} {big['size']}" in seen["header"] and not seen["replaces"]
    assert term.sale.cart is None or not term.sale.cart.lines  # nothing to replace: the sale is as it was


def home_order(qtbot, window: MainWindow, big: dict, fill) -> dict:
    """Open the matrix on ``big`` by its SKU typed in the scan field, F2, F10, then ``fill`` the
    order dialog with home delivery chosen by a click."""
    seen: dict = {}

    def order(dialog) -> None:
        qtbot.mouseClick(child(dialog, "shelf_home_radio", QRadioButton), Qt.MouseButton.LeftButton)
        fill(dialog, seen)

    def matrix(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.matrix is not None and dialog.table.hasFocus(), timeout=10_000)
        press(qtbot, dialog.table, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: dialog.basket_list.count() == 1)
        when_dialog(inside(dialog, order), "shelf_order_dialog")
        press(qtbot, dialog.table, Qt.Key.Key_F10)  # the order dialog's answer closes both

    when_dialog(matrix, "shelf_dialog")
    qtbot.keyClicks(window.sale.scan, big["sku"], delay=SCANNER_MS)
    press(qtbot, window.sale.scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "done" in seen, timeout=20_000)
    return seen


def test_a_store_in_china_asks_province_city_district_street_and_a_mobile_number(qtbot, window) -> None:
    term = window.till.terminal
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    big, _price = figures(term)

    def fill(dialog, seen) -> None:
        names = [f.objectName() for f in dialog.findChildren(QLineEdit) if f.objectName().startswith("shelf_")]
        seen["fields"] = names
        seen["labels"] = [label_of(dialog, child(dialog, n, QLineEdit)) for n in names]
        seen["hint"] = dialog.hint.text()
        field = {n.removeprefix("shelf_").removesuffix("_field"): child(dialog, n, QLineEdit) for n in names}
        for name, text in (("name", "Li Lei"), ("province", "上海市"), ("city", "上海市"), ("district", "黄浦区"),
                           ("address", "南京东路1号1202室")):  # fmt: skip
            type_text(qtbot, field[name], text)
        seen["refused"] = []
        for bad in ("1380013123", "23800131234", "138001312345", "138-0013-123x"):
            type_text(qtbot, field["phone"], bad)
            with qtbot.waitSignal(window.till.error):
                press(qtbot, field["phone"], Qt.Key.Key_F10)
            seen["refused"].append(child(dialog, "shelf_order_error").text())
        assert dialog.isVisible() and (term.sale.cart is None or not term.sale.cart.shelf)  # nothing joined the sale
        qtbot.mouseClick(child(dialog, "shelf_store_radio", QRadioButton), Qt.MouseButton.LeftButton)
        seen["store"] = (child(dialog, "shelf_order_error").text(), field["province"].isEnabled(), dialog.hint.text())
        qtbot.mouseClick(child(dialog, "shelf_home_radio", QRadioButton), Qt.MouseButton.LeftButton)
        type_text(qtbot, field["phone"], "+86 138 0013 1234")
        with qtbot.waitSignal(window.till.shelf_added, timeout=10_000):
            press(qtbot, field["phone"], Qt.Key.Key_F10)
        seen["done"] = True

    seen = home_order(qtbot, window, big, fill)
    assert seen["fields"] == [f"shelf_{n}_field" for n in ("name", "phone", "email", "province", "city", "district",
                                                            "address")]  # fmt: skip
    assert seen["labels"] == ["Name", "Mobile number", "Email", "Province", "City", "District",
                              "Street, building and room"]  # fmt: skip
    assert seen["hint"] == "Home delivery needs a mobile number and the province, city, district and street."
    assert len(seen["refused"]) == 4 and all("A mobile number in China has 11 digits and starts with 1" in r
                                               for r in seen["refused"])  # fmt: skip
    assert seen["store"] == ("", False, "The customer collects it with the pickup code printed on the receipt.")
    [entry] = term.sale.cart.shelf.values()
    contact = entry["contact"]
    assert (contact["country"], contact["province"], contact["city"], contact["district"]) == (
        "CN", "上海市", "上海市", "黄浦区")  # fmt: skip
    assert contact["address"] == "南京东路1号1202室" and contact["postcode"] == ""
    assert [ln.shelf_to for ln in term.sale.view().lines] == ["home"]


def test_a_store_in_the_united_states_asks_street_city_state_and_postcode(qtbot, us_window) -> None:
    window = us_window
    term = window.till.terminal
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    big, _price = figures(term)

    def fill(dialog, seen) -> None:
        names = [f.objectName() for f in dialog.findChildren(QLineEdit) if f.objectName().startswith("shelf_")]
        seen["fields"] = names
        seen["labels"] = [label_of(dialog, child(dialog, n, QLineEdit)) for n in names]
        field = {n.removeprefix("shelf_").removesuffix("_field"): child(dialog, n, QLineEdit) for n in names}
        for name, text in (("name", "Ann Lee"), ("address", "120 Prince St"), ("city", "New York"),
                           ("province", "NY"), ("postcode", "10012"), ("phone", "12")):  # fmt: skip
            type_text(qtbot, field[name], text)
        with qtbot.waitSignal(window.till.error):
            press(qtbot, field["phone"], Qt.Key.Key_F10)
        seen["refused"] = child(dialog, "shelf_order_error").text()
        type_text(qtbot, field["phone"], "(212) 555-0100")  # not a Chinese mobile number, and fine here
        with qtbot.waitSignal(window.till.shelf_added, timeout=10_000):
            press(qtbot, field["phone"], Qt.Key.Key_F10)
        seen["done"] = True

    seen = home_order(qtbot, window, big, fill)
    assert seen["fields"] == [f"shelf_{n}_field" for n in ("name", "phone", "email", "address", "city", "province",
                                                            "postcode")]  # fmt: skip
    assert seen["labels"] == ["Name", "Phone", "Email", "Street and number", "City", "State or region", "Postcode"]
    assert "fewer than 4 digits" in seen["refused"]
    [entry] = term.sale.cart.shelf.values()
    contact = entry["contact"]
    assert (contact["country"], contact["address"], contact["city"], contact["province"], contact["postcode"]) == (
        "US", "120 Prince St", "New York", "NY", "10012")  # fmt: skip
    assert contact["phone"] == "(212) 555-0100" and contact["district"] == ""
