"""This store's cloud-shelf orders with their states; an order whose stock was gone (or that the
platform cancelled) stands out, with the two ways out: refund the customer, or another source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_text
from app.shelf_orders import OrderView
from sync.protocol import shelf as sp
from ui.blocks import QueueTable, kind_name
from ui.messages import localized
from ui.till import Till
from ui.widgets import TOUCH, button, message_label


def state_name(state: str) -> str:
    return {
        "held": QCoreApplication.translate("Shelf", "held, on its way to the platform"),
        "to_confirm": QCoreApplication.translate("Shelf", "to be confirmed"),
        "confirmed": QCoreApplication.translate("Shelf", "confirmed"),
        "unfilled": QCoreApplication.translate("Shelf", "stock gone"),
        "shipped": QCoreApplication.translate("Shelf", "shipped"),
        "delivered": QCoreApplication.translate("Shelf", "delivered"),
        "arrived": QCoreApplication.translate("Shelf", "arrived, in the store's pickup queue"),
        "cancelled": QCoreApplication.translate("Shelf", "cancelled"),
    }.get(state, state)


def shown_state(order: OrderView) -> str:
    if order.refund_receipt:
        return QCoreApplication.translate("Shelf", "refunded (%1)").replace("%1", order.refund_receipt)
    return state_name(order.state)


class ShelfOrdersDialog(QDialog):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.orders: list[OrderView] = []
        self.places: list[tuple[str, str, str]] = []
        self.setObjectName("shelf_orders_dialog")
        self.setWindowTitle(self.tr("Cloud-shelf orders"))
        self.setMinimumSize(1000, 560)
        layout = QVBoxLayout(self)
        self.banner = message_label("shelf_orders_banner")
        self.banner.setProperty("kind", "error")
        self.banner.hide()
        layout.addWidget(self.banner)
        headers = [self.tr("Order"), self.tr("Sold"), self.tr("To")]
        headers += [self.tr("Items"), self.tr("State"), self.tr("From")]
        self.table = QueueTable("shelf_orders_table", self.tr("This store's cloud-shelf orders"), headers, stretch=4)
        self.table.currentCellChanged.connect(lambda *_a: self._chosen())
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("shelf_order_detail")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.message = message_label("shelf_orders_message")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        for text, name, key, slot in (
            (self.tr("Refresh"), "shelf_orders_refresh_button", "F2", self.till.load_shelf_orders),
            (self.tr("Refund"), "shelf_refund_button", "F7", self.refund),
            (self.tr("Another source"), "shelf_resource_button", "F9", self.resource),
            (self.tr("Close"), "shelf_orders_close_button", "", self.reject),
        ):
            b = button(text, name, shortcut=key)
            b.clicked.connect(slot)
            row.addWidget(b)
        layout.addLayout(row)
        till.shelf_orders_loaded.connect(self.show_orders)
        till.shelf_order_changed.connect(self._changed)
        till.error.connect(self.show_error)
        till.load_shelf_orders()

    def show_orders(self, loaded: tuple) -> None:
        self.orders, self.places = loaded
        money = self.till.money
        waiting = sum(1 for o in self.orders if o.needs_action)
        self.banner.setText(
            self.tr("%n order(s) paid but not coming: refund the customer or find another source.", "", waiting)
        )
        self.banner.setVisible(bool(waiting))
        rows = []
        for o in self.orders:
            to = self.tr("home") if o.delivery == sp.HOME else o.deliver_to
            sources = "; ".join(ln.sources for ln in o.lines if ln.sources) or "-"
            cells = [o.code + (" ⚠" if o.needs_action else ""), f"{o.receipt_no}\n{local_text(o.created_at)}",
                     to, f"{o.items} · {money(o.total)}", shown_state(o), sources]  # fmt: skip
            rows.append((o.code, cells))
        self.table.show_rows(rows)
        if self.orders:
            self.table.selectRow(0)
        self._chosen()

    def current(self) -> OrderView | None:
        row = self.table.currentRow()
        return self.orders[row] if 0 <= row < len(self.orders) else None

    def _chosen(self) -> None:
        o = self.current()
        if o is None:
            self.detail.setText(self.tr("No cloud-shelf orders yet."))
            return
        parts = [f"{ln.qty} × {ln.description} ({ln.sku})" for ln in o.lines]
        if o.problem and o.state in (sp.UNFILLED, sp.CANCELLED):
            parts.append(localized(o.problem))
        if o.contact_waiting:
            parts.append(self.tr("The customer's details wait here until the platform has them."))
        if o.contact_error:
            parts.append(" ".join(localized(said) for said in o.contact_error.split("\n")))  # message, hint
        self.detail.setText("\n".join(parts))

    def _need(self) -> OrderView | None:
        o = self.current()
        if o is None:
            self.show_error(self.tr("Choose an order first."), "")
        return o

    def refund(self) -> None:
        if o := self._need():
            self.till.refund_shelf(o.code)
            self.accept()  # back to the sale: the refund is paid there (F10)

    def resource(self) -> None:
        o = self._need()
        if o is None:
            return
        if o.state != sp.UNFILLED:
            self.show_error(self.tr("Only an order whose stock was gone needs another source."), "")
            return
        d = ResourceDialog(o, self.places, self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Asking the platform ..."))
            self.till.resource_shelf(o.code, d.sources())

    def _changed(self, order: OrderView) -> None:
        self.message.show_notice(self.tr("Order %1 is %2.").replace("%1", order.code).replace("%2", shown_state(order)))
        self.till.load_shelf_orders()

    def show_error(self, message: str, hint: str) -> None:
        self.message.show_error(message, hint)

    def done(self, result: int) -> None:
        self.till.shelf_orders_loaded.disconnect(self.show_orders)
        self.till.shelf_order_changed.disconnect(self._changed)
        self.till.error.disconnect(self.show_error)
        super().done(result)


class ResourceDialog(QDialog):
    """A source for each line of an unfilled order: the rule, or a location the cashier names."""

    def __init__(self, order: OrderView, places: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resource_dialog")
        self.setWindowTitle(self.tr("Another source for %1").replace("%1", order.code))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.choices: dict[int, QComboBox] = {}
        for ln in order.lines:
            combo = QComboBox()
            combo.setObjectName(f"resource_source_{ln.line_no}")
            combo.setAccessibleName(self.tr("Source of %1").replace("%1", ln.sku))
            combo.setMinimumHeight(TOUCH)
            combo.addItem(self.tr("Best by the rule"), sp.AUTO)
            for code, name, kind in places:
                combo.addItem(f"{code} {name} · {kind_name(kind)}", code)
            self.choices[ln.line_no] = combo
            form.addRow(f"{ln.qty} × {ln.sku}", combo)
        layout.addLayout(form)
        row = QHBoxLayout()
        ok = button(self.tr("Reserve there"), "resource_ok_button")
        ok.clicked.connect(self.accept)
        back = button(self.tr("Back"), "resource_back_button")
        back.clicked.connect(self.reject)
        row.addWidget(ok)
        row.addWidget(back)
        layout.addLayout(row)

    def sources(self) -> dict[int, str]:
        return {n: combo.currentData() for n, combo in self.choices.items()}
