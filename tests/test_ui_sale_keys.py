"""The sale screen with the keyboard alone (issue 14 item 9): from the scan field the list keys move the
cart's selection, search results are chosen with the arrows and Enter, and every button and list on the
screen has a key. Real key events on the real till; waits are on signals and conditions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidget, QPushButton

from tests.conftest import CASHIER, barcodes
from tests.test_ui_quick_keys import named_keys_window  # noqa: F401 - a till with quick keys
from tests.test_ui_till import scan, sign_in, window  # noqa: F401 - the window fixture
from ui.main_window import MainWindow
from ui.widgets import moved_row, moves_rows

K = Qt.Key


def selected_row(win: MainWindow) -> int:
    return win.sale.model.row_of(win.sale.selected_line())


def test_the_list_keys_move_the_carts_selection_from_the_scan_field(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    codes = barcodes(window.till.terminal, 4)
    for code in codes:
        scan(qtbot, window, code)
    field = window.sale.scan
    assert selected_row(window) == 3  # the item just scanned
    for key, row in [(K.Key_Up, 2), (K.Key_Up, 1), (K.Key_Down, 2), (K.Key_Home, 0), (K.Key_Up, 0),
                     (K.Key_End, 3), (K.Key_Down, 3), (K.Key_PageUp, 0), (K.Key_PageDown, 3)]:  # fmt: skip
        qtbot.keyClick(field, key)
        assert selected_row(window) == row, QKeySequence(key).toString()
    qtbot.keyClick(field, K.Key_Home)
    first = window.sale.model.lines[0].sku
    with qtbot.waitSignal(window.till.sale_changed):
        qtbot.keyClick(field, K.Key_F8)  # voids the line the keys chose
    assert first not in [line.sku for line in window.sale.model.lines]
    assert window.sale.model.rowCount() == 3
    # with text in the field, Home and End move the cursor in it, as in any field
    qtbot.keyClicks(field, "ab")
    before = selected_row(window)
    qtbot.keyClick(field, K.Key_Home)
    assert field.cursorPosition() == 0 and selected_row(window) == before
    qtbot.keyClick(field, K.Key_End)
    assert field.cursorPosition() == 2 and selected_row(window) == before
    field.clear()


def chosen_is_shown(results: QListWidget, row: int) -> bool:
    """The chosen result stands out from the others, its text still readable (dark on a tint)."""
    image = results.viewport().grab().toImage()
    chosen, other = results.visualItemRect(results.item(row)), results.visualItemRect(results.item(row - 1))
    tint = image.pixelColor(chosen.left() + 3, chosen.top() + 3)
    plain = image.pixelColor(other.left() + 3, other.top() + 3)
    dark = sum(
        image.pixelColor(x, y).lightness() < 100
        for x in range(chosen.left(), chosen.right(), 2)
        for y in range(chosen.top(), chosen.bottom(), 2)
    )
    return tint != plain and dark > 20


def test_search_results_are_chosen_with_the_arrows_and_enter(qtbot, window: MainWindow) -> None:  # noqa: F811
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    term = window.till.terminal
    word = term.catalog.lookup(barcodes(term, 1)[0]).style_name.split()[-1]
    field, results = window.sale.scan, window.sale.results
    field.setFocus()
    with qtbot.waitSignal(window.till.search_done):
        qtbot.keyClicks(field, word)
        qtbot.keyClick(field, K.Key_Return)
    qtbot.waitUntil(lambda: results.isVisible() and results.count() >= 2)
    assert results.currentRow() == -1  # nothing chosen yet
    qtbot.keyClick(field, K.Key_Down)
    qtbot.keyClick(field, K.Key_Down)
    qtbot.keyClick(field, K.Key_Up)
    qtbot.keyClick(field, K.Key_Down)
    assert results.currentRow() == 1
    assert chosen_is_shown(results, 1)
    wanted = results.item(1).data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(window.till.sale_changed, check_params_cb=lambda view: view.count == 1):
        qtbot.keyClick(field, K.Key_Return)
    assert term.sale.cart.lines[0].variant_id == wanted
    assert not results.isVisible() and field.text() == ""
    # Esc closes the results the keys were in
    with qtbot.waitSignal(window.till.search_done):
        qtbot.keyClicks(field, word)
        qtbot.keyClick(field, K.Key_Return)
    qtbot.waitUntil(results.isVisible)
    qtbot.keyClick(field, K.Key_Escape)
    assert not results.isVisible()


def test_every_button_and_list_on_the_sale_screen_has_a_key(
    qtbot,
    named_keys_window: MainWindow,  # noqa: F811
) -> None:
    win = named_keys_window
    sign_in(qtbot, win, CASHIER.login, CASHIER.pin)
    sale = win.sale
    qtbot.waitUntil(lambda: len(sale.quick_buttons) == 2)  # the quick keys are buttons too
    buttons = sale.findChildren(QPushButton)
    assert len(buttons) >= 25
    no_key = [b.objectName() for b in buttons if b.isVisible() and b.shortcut().isEmpty()]
    assert no_key == []
    from_scan_field = [b.objectName() for b in buttons if b.shortcut().toString() not in sale.keys]
    assert from_scan_field == []  # each key works with the focus in the scan field, where it always is
    # the lists a mouse picks from are driven from the scan field: the cart and the search results
    views = {v.objectName() for v in sale.findChildren(QAbstractItemView) if not isinstance(v, QHeaderView)}
    assert views == {"cart_view", "search_results"}
    for code in barcodes(win.till.terminal, 2):
        scan(qtbot, win, code)
    qtbot.keyClick(sale.scan, K.Key_Up)
    assert selected_row(win) == 0


@given(
    key=st.sampled_from([K.Key_Up, K.Key_Down, K.Key_PageUp, K.Key_PageDown, K.Key_Home, K.Key_End]),
    count=st.integers(1, 200),
    current=st.integers(-1, 199),
    page=st.integers(0, 30),
)
def test_a_list_key_lands_on_a_row_of_the_list_and_never_wraps_round(key, count: int, current: int, page: int) -> None:
    current = min(current, count - 1)
    row = moved_row(key, current, count, page)
    assert 0 <= row < count
    if current >= 0 and key in (K.Key_Down, K.Key_PageDown):
        assert row >= current and (row > current or current == count - 1)
    if current >= 0 and key in (K.Key_Up, K.Key_PageUp):
        assert row <= current and (row < current or current == 0)
    assert moved_row(key, current, count, page, ends=False) == (None if key in (K.Key_Home, K.Key_End) else row)
    assert moved_row(key, current, 0, page) is None  # an empty list: the field keeps the key


@given(key=st.sampled_from([k for k in K if k.name.startswith("Key_")]))
def test_only_the_list_keys_measure_the_list(key) -> None:
    """A scan's keys skip the list (measuring its page costs a layout pass on every key of every scan);
    the keys that move in it are the ones moved_row answers."""
    assert moves_rows(key) == (moved_row(key, 0, 5, 3) is not None)
