"""The pickup screen: the store's online orders by state and age, the order on the right with its
pick list, and one scan field for everything: a customer's QR code or an order code finds the order,
an item's barcode ticks it off the open order's pick list. Every action has a key (README)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.clock import local_text
from app.pickup import OrderView, QueueEntry, age_minutes
from core.pickup_codes import parse_key
from devices.printer import layout
from sync.protocol.pickup import HANDED_OVER, OPEN_STATES
from ui.blocks import QueueTable, age_text
from ui.dialogs.approval import ApprovalDialog
from ui.dialogs.pickup import CancelOrderDialog, HandoverDialog
from ui.dialogs.text_view import TextViewDialog
from ui.pickup_model import PickupModel
from ui.widgets import TOUCH, button, message_label, scan_field

REFRESH_MS = 10_000  # the queue is re-read while shown: new orders arrive with the sync worker
AGE_MS = 15_000  # the waiting times are recounted from the app's clock, between reads too
AGE_COLUMN = 4


def state_name(state: str) -> str:
    names = {
        "new": QCoreApplication.translate("Pickup", "new"),
        "picking": QCoreApplication.translate("Pickup", "picking"),
        "ready": QCoreApplication.translate("Pickup", "ready for pickup"),
        "collected": QCoreApplication.translate("Pickup", "collected"),
        "partly_collected": QCoreApplication.translate("Pickup", "partly collected"),
        "cancelled": QCoreApplication.translate("Pickup", "cancelled"),
        "expired": QCoreApplication.translate("Pickup", "expired"),
    }
    return names.get(state, state)


def conflict_name(conflict: str) -> str:
    names = {
        "cancelled_while_picking": QCoreApplication.translate("Pickup", "Cancelled online while it was picked"),
        "collected_twice": QCoreApplication.translate("Pickup", "Also handed over at another till"),
        "collected_after_cancel": QCoreApplication.translate("Pickup", "Handed over after it was cancelled online"),
        "cancelled_after_collect": QCoreApplication.translate("Pickup", "Handed over elsewhere before this cancel"),
        "gone": QCoreApplication.translate("Pickup", "No longer listed at the platform"),
    }
    return names.get(conflict, conflict)


class PickupScreen(QWidget):
    def __init__(self, model: PickupModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.order: OrderView | None = None
        self.entries: list[QueueEntry] = []
        self.pickup_code = ""  # the code the customer gave at the look-up, for the handover
        self._asked = ("", "")  # (order code, pickup code) of the last look-up
        self.setObjectName("pickup_screen")

        top = self._build_search()
        filters = self._build_filters()
        headers = [self.tr("Order"), self.tr("State"), self.tr("Customer")]
        headers += [self.tr("Items"), self.tr("Age"), self.tr("Paid")]
        self.queue = QueueTable("pickup_queue", self.tr("Online orders for pickup"), headers, stretch=2, focus=False)
        self.queue.cellClicked.connect(lambda row, _col: self._open_row(row))
        right = self._build_order()
        self.message = message_label("pickup_message")
        left = QVBoxLayout()
        left.addLayout(filters)
        left.addWidget(self.queue, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)
        grid = self._build_keys()
        self.scan.installEventFilter(self)
        self.second.installEventFilter(self)

        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addLayout(middle, 1)
        outer.addWidget(self.message)
        outer.addLayout(grid)

        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.model.load_queue())
        self.age_timer = QTimer(self)
        self.age_timer.setInterval(AGE_MS)
        self.age_timer.timeout.connect(self.show_ages)
        model.queue_loaded.connect(self.show_queue)
        model.order_loaded.connect(self.show_order)
        model.slip_ready.connect(self.show_slip)
        model.error.connect(self.show_error)
        model.notice.connect(self.show_notice)
        model.approval_needed.connect(self.ask_approval)
        model.handed_over.connect(self._handed_over)

    def _build_search(self) -> QHBoxLayout:
        """The scan field, the second factor beside it, and Find."""
        self.scan = scan_field(
            "pickup_scan_field",
            self.tr("Scan an order or an item"),
            self.tr("Scan the order's QR code or an item; or type an order code"),
        )
        self.scan.returnPressed.connect(self.submit)
        # typed fast by a clerk: typing, never a scan
        self.second = scan_field(
            "second_factor_field",
            self.tr("Pickup code, name or phone digits"),
            self.tr("Pickup code, customer's name or last 4 phone digits"),
        )
        self.second.returnPressed.connect(self.submit)
        find = button(self.tr("Find"), "find_order_button")
        find.clicked.connect(self.submit)
        top = QHBoxLayout()
        top.addWidget(self.scan, 3)
        top.addWidget(self.second, 2)
        top.addWidget(find)
        return top

    def _build_filters(self) -> QHBoxLayout:
        """One checkable key per state the queue can show."""
        filters = QHBoxLayout()
        self.filter_buttons = {}
        for name, text in (
            ("open", self.tr("Open")),
            ("new", self.tr("New")),
            ("picking", self.tr("Picking")),
            ("ready", self.tr("Ready")),
            ("closed", self.tr("Done")),
        ):
            b = button(text, f"filter_{name}")
            b.setCheckable(True)
            b.clicked.connect(lambda _c=False, n=name: self.model.load_queue(n))
            self.filter_buttons[name] = b
            filters.addWidget(b)
        return filters

    def _build_order(self) -> QVBoxLayout:
        """The open order: its title, customer, conflict banner and pick list."""
        self.title = QLabel()
        self.title.setObjectName("order_title")
        self.customer = QLabel()
        self.customer.setObjectName("order_customer")
        self.customer.setWordWrap(True)
        self.banner = message_label("conflict_banner")
        self.banner.setProperty("kind", "error")
        self.banner.hide()
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("pick_list")
        self.lines.setAccessibleName(self.tr("Pick list"))
        headers = [self.tr("Item"), self.tr("Barcode"), self.tr("Ordered"), self.tr("Picked")]
        self.lines.setHorizontalHeaderLabels(headers)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(TOUCH)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.customer)
        right.addWidget(self.banner)
        right.addWidget(self.lines, 1)
        return right

    def _build_keys(self) -> QGridLayout:
        """Every action on a key and a big button, in one row."""
        actions = [
            (self.tr("Refresh"), "pickup_refresh_button", "F2", lambda: self.model.load_queue()),
            (self.tr("Seen"), "conflict_seen_button", "F4", self.acknowledge),
            (self.tr("Ready"), "ready_button", "F5", self.ready),
            (self.tr("Hand over"), "handover_button", "F6", self.hand_over),
            (self.tr("Cancel order"), "cancel_order_button", "F8", self.cancel),
            (self.tr("Pick slip"), "pick_slip_button", "F9", self.slip),
            (self.tr("Take payment"), "take_payment_button", "F10", self.take_payment),
            (self.tr("Sale"), "to_sale_button", "Ctrl+P", lambda: self.window().show_sale()),
            (self.tr("Lock"), "pickup_lock_button", "F12", lambda: self.window().lock()),
        ]
        grid = QGridLayout()
        self.keys: dict[str, object] = {}
        for i, (text, name, key, slot) in enumerate(actions):
            b = button(text, name, shortcut=key)
            b.clicked.connect(slot)
            grid.addWidget(b, 0, i)
            self.keys[QKeySequence(key).toString()] = slot
        return grid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in (self.scan, self.second):
            slot = self.keys.get(QKeySequence(event.keyCombination()).toString())
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.model.load_queue()
        self.timer.start(REFRESH_MS)
        self.age_timer.start()
        self.scan.setFocus()

    def hideEvent(self, event) -> None:
        self.timer.stop()
        self.age_timer.stop()
        super().hideEvent(event)

    # ---------------------------------------------------------------- showing
    def show_queue(self, entries: list) -> None:
        for name, b in self.filter_buttons.items():
            b.setChecked(name == self.model.filter)
        self.entries = list(entries)
        moment = clock.now()
        rows = []
        for e in entries:
            mark = " ⚠" if e.conflict else ""
            cells = [
                e.code + mark,
                state_name(e.state),
                e.customer_name,
                f"{e.picked}/{e.items}" if e.state == "picking" else str(e.items),
                age_text(age_minutes(e.created_at, moment)),
                self.tr("yes") if e.paid else self.tr("no"),
            ]
            rows.append((e.code, cells))
        self.queue.show_rows(rows)
        self._select_open_order()

    def show_ages(self) -> None:
        """Recount each order's waiting time from the app's clock (no store read needed)."""
        moment = clock.now()
        for row, e in enumerate(self.entries[: self.queue.rowCount()]):
            item = self.queue.item(row, AGE_COLUMN)
            if item is not None:
                item.setText(age_text(age_minutes(e.created_at, moment)))

    def _select_open_order(self) -> None:
        """The open order stays selected in the queue wherever a re-read puts it."""
        code = self.order.code if self.order is not None else None
        row = next((r for r, e in enumerate(self.entries) if e.code == code), -1)
        if row < 0:
            self.queue.clearSelection()
            return
        self.queue.selectRow(row)
        self.queue.scrollToItem(self.queue.item(row, 0))

    def show_order(self, view: OrderView) -> None:
        if self.order is None or self.order.code != view.code:
            self.pickup_code = ""
        if view.verified in ("qr", "pickup_code") and self._asked[0] == view.code:
            self.pickup_code = self._asked[1]  # checked: the handover dialog starts with it
        self.order = view
        self._select_open_order()
        money = self.model.money
        paid = self.tr("paid") if view.paid else self.tr("to pay %s") % money(view.total)
        self.title.setText(f"{view.code} · {state_name(view.state)} · {paid}")
        who = view.customer_name or self.tr("(details removed)")
        detail = [who, self.tr("ordered %s") % local_text(view.created_at)]
        if view.phone_last4:
            detail.append(self.tr("phone …%s") % view.phone_last4)
        if view.cancel_reason and view.state not in OPEN_STATES:
            detail.append(view.cancel_reason)
        if view.state in HANDED_OVER and view.collected_by:
            detail.append(self.tr("handed over at %s") % view.collected_by)
        if view.note:
            detail.append(view.note)
        demo_code = self.model.demo_codes.get(view.code)
        if demo_code and view.state in OPEN_STATES:
            detail.append(self.tr("demo: the customer's pickup code is %s") % demo_code)
        self.customer.setText(" · ".join(detail))
        if view.conflict:
            self.banner.setText(f"⚠ {conflict_name(view.conflict)}: {view.conflict_detail}")
            self.banner.show()
        else:
            self.banner.hide()
        self.lines.setRowCount(len(view.lines))
        for row, ln in enumerate(view.lines):
            for col, text in enumerate([ln.description, ln.barcode, str(ln.qty), str(ln.picked)]):
                item = QTableWidgetItem(text)
                if ln.picked >= ln.qty and col == 3:
                    item.setBackground(QColor("#cdebd8"))  # done: a calm green
                self.lines.setItem(row, col, item)
        self.lines.resizeColumnToContents(1)

    def show_error(self, message: str, hint: str) -> None:
        self.message.show_error(message, hint)

    def show_notice(self, text: str) -> None:
        self.message.show_notice(text)

    def show_slip(self, doc: object) -> None:
        term = self.model.terminal
        width = term.config.receipt_width
        text = layout.as_text(layout.pick_slip(doc, width, term.info.locale), width)
        TextViewDialog(self.tr("Pick slip"), text, "pick_slip_dialog", self).open()

    # ---------------------------------------------------------------- actions
    def scanned(self, code: str) -> None:
        """A code from a scanner while another widget had the focus: as if scanned into the field."""
        self.scan.setText(code)
        self.submit()

    def submit(self) -> None:
        text = self.scan.text().strip()
        second = self.second.text().strip()
        self.message.clear()
        if not text:
            return
        self.scan.clear()
        key = parse_key(text)
        if key is not None:
            self.second.clear()
            self._asked = (key[0], key[1] or (second if second.isdigit() and len(second) == 6 else ""))
            if key[1] or second:
                self.model.find(text, second)  # the counter: checked and rate limited
            else:
                self.model.open_order(key[0])  # staff opening an order, e.g. from its pick slip
        elif self.order is not None:
            self.model.pick(self.order.code, text)
        else:
            self.show_error(self.tr("Open an order first."), self.tr("Click it in the queue, or scan its code."))
        self.scan.setFocus()

    def _open_row(self, row: int) -> None:
        item = self.queue.item(row, 0)
        if item is not None:
            self.model.open_order(item.data(Qt.ItemDataRole.UserRole))
        self.scan.setFocus()

    def _need_order(self) -> OrderView | None:
        if self.order is None:
            self.show_error(self.tr("Open an order first."), self.tr("Click it in the queue, or scan its code."))
        return self.order

    def ready(self) -> None:
        if order := self._need_order():
            self.model.ready(order.code)

    def hand_over(self) -> None:
        if order := self._need_order():
            d = HandoverDialog(order, self.pickup_code, self)
            if d.exec() == QDialog.DialogCode.Accepted:
                self.model.hand_over(order.code, d.pickup_code(), d.lines())
            self.scan.setFocus()

    def _handed_over(self, view: OrderView) -> None:
        self.show_notice(self.tr("Order %s handed over.") % view.code)

    def ask_approval(self, message: str, retry) -> None:
        context = self.order.code if self.order else ""
        d = ApprovalDialog(self.model.till, message, retry, self.model.error, context, self)
        if d.exec() != QDialog.DialogCode.Accepted:
            self.show_notice(self.tr("Not approved; the order was not handed over."))

    def cancel(self) -> None:
        if order := self._need_order():
            d = CancelOrderDialog(order.code, self)
            if d.exec() == QDialog.DialogCode.Accepted:
                self.model.cancel(order.code, d.reason())
            self.scan.setFocus()

    def slip(self) -> None:
        if order := self._need_order():
            self.model.slip(order.code)

    def acknowledge(self) -> None:
        if order := self._need_order():
            self.model.acknowledge(order.code)

    def take_payment(self) -> None:
        if order := self._need_order():
            self.model.take_payment(order.code)
