"""How the till looks, checked on what it paints (real widgets, the real style sheet, headless): the
keys of every sale are the largest and sit beside the total, every key is a fingertip and on screen in
both languages, the keyboard's focus shows on every kind of control, and colour means something (red
only for an error, amber for offline, violet for money going back)."""

from __future__ import annotations

import colorsys
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import scan, sell_one, sign_in
from tests.ui_helpers import till_window, type_into
from ui.blocks import FiguresBlock, QueueTable
from ui.dialogs.amount import AmountDialog
from ui.dialogs.devices import DeviceSettingsDialog
from ui.dialogs.pickup import CancelOrderDialog
from ui.dialogs.shelf import ShelfDialog
from ui.dialogs.shelf_orders import ShelfOrdersDialog
from ui.dialogs.shift_close import ShiftCloseDialog
from ui.dialogs.stock import StockDialog
from ui.main_window import MainWindow
from ui.widgets import MessageBar

COMMON = ("pay_button", "qty_button", "discount_button", "void_line_button", "park_button")


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, store_dir: Path) -> Iterator[MainWindow]:
    with till_window(qtbot, store_dir, request.param, size=(1366, 768)) as win:
        yield win


def colours(image: QImage) -> Counter:
    """How many pixels of each meaning a picture holds: red, amber, green, blue, violet (grey and
    faint tints are left out)."""
    data = bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())  # B, G, R, 0xff per pixel
    seen: Counter = Counter()
    cache: dict[tuple[int, int, int], str] = {}
    for rgb in zip(data[2::4], data[1::4], data[0::4], strict=True):
        name = cache.get(rgb)
        if name is None:
            h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
            deg = h * 360
            if s < 0.45 or v < 0.35:
                name = ""
            elif deg < 12 or deg >= 345:
                name = "red"
            elif 15 <= deg < 45:
                name = "amber"
            elif 100 <= deg < 170:
                name = "green"
            elif 200 <= deg < 235:
                name = "blue"
            elif 245 <= deg < 290:
                name = "violet"
            else:
                name = "other"
            cache[rgb] = name
        if name:
            seen[name] += 1
    return seen


def area(w: QWidget) -> int:
    return w.width() * w.height()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_keys_of_every_sale_are_largest_beside_the_total_and_every_key_is_on_screen(
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.sale.width() <= size[0] and window.sale.isVisible())
    QApplication.processEvents()
    sale = window.sale
    keys = {b.objectName(): b for b in sale.findChildren(QPushButton) if b.isVisible()}
    screen = QRect(QPoint(0, 0), window.centralWidget().size())
    for name, b in keys.items():
        assert b.height() >= 56 and b.width() >= 56, f"{name} is {b.width()}x{b.height()}"
        where = QRect(b.mapTo(window.centralWidget(), QPoint(0, 0)), b.size())
        assert screen.contains(where), f"{name} at {where} is cut off the screen {screen}"
    rare = [b for name, b in keys.items() if name not in COMMON and not name.startswith("quick_key_")]
    assert len(rare) == 20
    for name in COMMON:
        assert area(keys[name]) > max(area(b) for b in rare), name
    assert area(keys["pay_button"]) > max(area(keys[n]) for n in COMMON[1:])  # pay, the next key, most of all
    total = sale.total.mapTo(window.centralWidget(), QPoint(0, 0))
    pay = keys["pay_button"].mapTo(window.centralWidget(), QPoint(0, 0))
    cart = sale.cart.mapTo(window.centralWidget(), QPoint(0, 0))
    assert pay.x() > cart.x() + sale.cart.width() and pay.y() > total.y()  # beside the cart, under the total
    for name, b in keys.items():  # every key's words fit on it, not cut at its edges
        if name.startswith("quick_key_"):
            continue  # an item's name is shortened on purpose (all of it in the tooltip)
        metrics = b.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in b.text().splitlines())
        assert widest <= b.width() - 4, f"{name}: {b.text()!r} is {widest} px wide on a {b.width()} px key"
    for b in keys.values():  # every key says its shortcut, and keeps it
        if b.objectName().startswith("quick_key_"):
            continue
        assert not b.shortcut().isEmpty() and b.shortcut().toString() in b.text(), b.objectName()


def test_red_is_only_an_error_offline_is_amber_and_a_refund_violet(qtbot, window: MainWindow) -> None:
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    code = barcodes(window.till.terminal, 2)[0]
    scan(qtbot, window, code)
    QApplication.processEvents()
    calm = colours(window.grab().toImage())
    assert calm["red"] == 0, "nothing is red while nothing is wrong"
    assert calm["green"] > 0  # the pay key: the sale goes on there
    status = colours(window.sync_label.grab().toImage())  # the test till is not enrolled: offline
    assert status["amber"] > 0 and status["red"] == 0

    with qtbot.waitSignal(window.till.error):
        type_into(qtbot, window.sale.scan, "4006381333931")  # no such item
    qtbot.waitUntil(lambda: window.sale.message.height() > 0)  # laid out once it has something to say
    assert colours(window.sale.message.grab().toImage())["red"] > 0

    with qtbot.waitSignal(window.till.sale_changed):
        window.till.void_sale()
    receipt = sell_one(qtbot, window, code)
    lookup = window.till.terminal.returns.find_receipt(receipt)
    with qtbot.waitSignal(window.till.sale_changed):
        window.till.add_return(lookup.sale_id, lookup.lines[0].line_id, 1)
    QApplication.processEvents()
    assert window.sale.total.text().startswith("-")
    assert colours(window.sale.total.grab().toImage())["violet"] > 0
    scan(qtbot, window, barcodes(window.till.terminal, 2)[1])  # an exchange: the new item is selected
    assert colours(window.sale.cart.viewport().grab().toImage())["violet"] > 0  # the line coming back


def edge(widget: QWidget, width: int = 3) -> list[int]:
    """The pixels of a widget's outer ring (its frame), where a focus ring shows; inside, a text
    cursor blinks whether or not anyone can see where the keyboard is."""
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    return [
        image.pixel(x, y)
        for y in range(h)
        for x in range(w)
        if x < width or y < width or x >= w - width or y >= h - width
    ]


def focus_shows(qtbot, dialog: QDialog, widget: QWidget) -> bool:
    """Tab until ``widget`` has the keyboard's focus; True when its frame then looks otherwise than without it."""
    for _ in range(40):
        if widget.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert widget.hasFocus(), f"Tab never reaches {widget.objectName() or type(widget).__name__}"
    focused = edge(widget)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    if widget.hasFocus():  # the dialog's only field (its keys answer Enter and Escape, never the focus)
        widget.clearFocus()
    assert not widget.hasFocus()
    return focused != edge(widget)


def test_the_keyboard_focus_shows_on_every_kind_of_control(qtbot, window: MainWindow) -> None:
    info = window.till.terminal.info
    amount = AmountDialog("Cash in", "Amount", info.currency, reason=True, parent=window)
    count = ShiftCloseDialog(window.till, window)
    cancel = CancelOrderDialog("S01-ABC123", window)
    for dialog in (amount, count, cancel):
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        controls = [
            w
            for kind in (QLineEdit, QSpinBox, QComboBox, QPushButton)
            for w in dialog.findChildren(kind)
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w.parent(), QComboBox)
        ]
        assert controls
        for b in dialog.findChildren(QPushButton):  # OK and Cancel too: a fingertip high
            assert not b.isVisible() or b.height() >= 56, f"{dialog.objectName()}: {b.text()!r} is {b.height()} px"
        for w in controls[:4] + controls[-2:]:  # the fields and the dialog's keys
            assert focus_shows(qtbot, dialog, w), f"{dialog.objectName()}: no visible focus on {w.objectName()}"
        dialog.reject()


def test_every_message_bar_queue_and_figures_block_is_the_shared_one(qtbot, window: MainWindow) -> None:
    """A screen shows a message, a queue of rows to choose from, or a style's title, age and table with
    the blocks of ui/widgets.py and ui/blocks.py, so they look and behave alike: one built again line by
    line (a plain QLabel named for a message, a table of whole rows that is no QueueTable, an age label
    outside a FiguresBlock) fails here."""
    info = window.till.terminal.info
    dialogs = [
        ShelfDialog(window.till, "", window.sale),
        StockDialog(window.till, "", window.sale),
        ShelfOrdersDialog(window.till, window.sale),
        DeviceSettingsDialog(window.till, window.sale),
        AmountDialog("Cash in", "Amount", info.currency, reason=True, parent=window),
        ShiftCloseDialog(window.till, window),
        CancelOrderDialog("S01-ABC123", window),
    ]
    bars, queues, ages = set(), set(), set()
    for view in (window.sale, window.pickup, *dialogs):
        for label in (w for w in view.findChildren(QLabel) if w.window() is view.window()):  # not a dialog's
            if re.search(r"message|error|banner|attention|result", label.objectName()):
                assert isinstance(label, MessageBar), f"{view.objectName()}: {label.objectName()} is no MessageBar"
                bars.add(label.objectName())
            if label.objectName().endswith("_age_label"):
                block = getattr(view, "figures", None)
                assert isinstance(block, FiguresBlock) and label is block.age, f"{view.objectName()}: own age label"
                assert view.findChild(QLabel, block.title.objectName()) is block.title
                ages.add(label.objectName())
        for table in (w for w in view.findChildren(QTableWidget) if w.window() is view.window()):
            if table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
                assert isinstance(table, QueueTable), f"{view.objectName()}: {table.objectName()} is no QueueTable"
                assert table.verticalHeader().defaultSectionSize() >= 56  # a row a fingertip high
                queues.add(table.objectName())
    for dialog in dialogs:
        dialog.reject()
    assert {"message_label", "pickup_message", "stock_message", "shelf_orders_message", "shelf_error"} <= bars
    assert {"device_test_result", "conflict_banner", "shelf_orders_banner", "amount_error"} <= bars
    assert queues == {"pickup_queue", "shelf_orders_table"}
    assert ages == {"shelf_age_label", "stock_age_label"}
