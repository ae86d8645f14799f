"""The sale screen: a scan field that always has the focus, the cart, the totals, and every action on
an F-key and a big button (the keys are listed in the README)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from devices.printer import layout
from ui.cart_model import CartModel
from ui.dialogs.amount import AmountDialog, NumberDialog
from ui.dialogs.approval import ApprovalDialog
from ui.dialogs.base import sale_context, titled
from ui.dialogs.devices import DeviceSettingsDialog
from ui.dialogs.parked import ParkedDialog, ask_label
from ui.dialogs.reason import TextDialog
from ui.dialogs.returns import ReturnDialog
from ui.dialogs.shelf import ShelfDialog
from ui.dialogs.shelf_orders import ShelfOrdersDialog
from ui.dialogs.shift_close import ShiftCloseDialog
from ui.dialogs.stock import StockDialog
from ui.dialogs.tender import TenderDialog
from ui.dialogs.text_view import TextViewDialog
from ui.sale_view import SaleView
from ui.screens import sale_keys
from ui.screens.sale_panels import SearchResults, TotalsPanel
from ui.style import SPACE_L, SPACE_M, SPACE_XL, spaced
from ui.till import Till
from ui.widgets import TOUCH, button, message_label, moved_row, moves_rows, role_name, scan_field

SEARCH_DELAY_MS = 150
QUICK_KEY_CHARS = 20  # a quick key shows this much of the item's name (all of it in its tooltip)


def elide(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def looks_like_code(text: str) -> bool:
    """Scanners and people typing a code send one word with a digit; anything else is a name search."""
    return bool(text) and " " not in text and any(c.isdigit() for c in text)


class SaleScreen(QWidget):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.view: SaleView | None = None
        self.setObjectName("sale_screen")

        self.scan = scan_field(
            "scan_field", self.tr("Scan or search"), self.tr("Scan a barcode, or type a SKU or a name and press Enter")
        )
        self.scan.returnPressed.connect(self.submit)
        self.scan.textEdited.connect(self._typed)

        self.model = CartModel(self)
        self.cart = self._build_cart()
        self.results = SearchResults(till)
        self.results.itemClicked.connect(self._pick)
        self.totals = TotalsPanel(till)
        self.total, self.details, self.change_due = self.totals.total, self.totals.details, self.totals.change_due
        self.message = message_label("message_label")
        self.attention = message_label("shelf_attention_label")
        self.attention.setProperty("kind", "error")
        self.attention.hide()
        self.user_label = QLabel()
        self.user_label.setObjectName("user_label")
        self._asking = ""  # what the last action asked about acts on: an approval's title names it

        left = spaced(QVBoxLayout(), SPACE_M)
        left.addWidget(self.scan)
        left.addWidget(self.cart, 1)
        left.addWidget(self.attention)
        left.addWidget(self.message)
        right = spaced(QVBoxLayout(), SPACE_M)
        right.addWidget(self.totals)
        right.addWidget(self.results, 3)
        right.addStretch(1)
        top = spaced(QHBoxLayout(), SPACE_XL)
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        self._build_keys()
        right.insertLayout(0, sale_keys.header_row(self.user_label, self.action_buttons))
        right.addLayout(sale_keys.primary_keys(self.action_buttons))  # the next key, beside the total
        self.quick_row = spaced(QHBoxLayout(), SPACE_M)
        self.quick_buttons: list = []
        self.scan.installEventFilter(self)
        outer = spaced(QVBoxLayout(self), SPACE_L, SPACE_L)
        outer.addLayout(top, 1)
        outer.addLayout(self.quick_row)
        self.key_groups = sale_keys.GroupedKeys(self.action_buttons)
        outer.addLayout(self.key_groups)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self._search_now)
        self._listen(till)
        self.last_receipt = ""

    def _build_cart(self) -> QTableView:
        """The sale's lines: a row a fingertip high, the name taking the room the figures leave."""
        cart = QTableView()
        cart.setObjectName("cart_view")
        cart.setAccessibleName(self.tr("Items in this sale"))
        cart.setModel(self.model)
        cart.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        cart.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        cart.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cart.verticalHeader().setVisible(False)
        cart.setShowGrid(False)  # rows ruled by the style sheet, no cage of cells
        cart.verticalHeader().setDefaultSectionSize(TOUCH)
        cart.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(CartModel.COLUMNS)):  # the figures as wide as they are; the name the rest
            cart.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        cart.setWordWrap(False)  # the name on its line, cut with …, so the SKU line below always shows
        return cart

    def _build_keys(self) -> None:
        """Every action on a big button and a key (``self.keys`` also answers them from the scan field)."""
        actions = [
            (self.tr("Quantity"), "qty_button", "F2", self.ask_qty),
            (self.tr("Search"), "search_button", "F3", self.focus_search),
            (self.tr("Discount"), "discount_button", "F4", self.ask_discount),
            (self.tr("Park"), "park_button", "F5", self.park),
            (self.tr("Parked"), "parked_button", "F6", self.till.load_parked),
            (self.tr("Return"), "return_button", "F7", self.ask_return),
            (self.tr("Void line"), "void_line_button", "F8", self.void_line),
            (self.tr("Price"), "price_button", "F9", self.ask_price),
            (self.tr("Pay"), "pay_button", "F10", self.pay),
            (self.tr("X report"), "x_report_button", "F11", self.till.x_report),
            (self.tr("Lock"), "lock_button", "F12", self.lock),
            (self.tr("Order discount"), "order_discount_button", "Ctrl+D", self.ask_order_discount),
            (self.tr("Note"), "note_button", "Ctrl+N", self.ask_note),
            (self.tr("Cash in"), "cash_in_button", "Ctrl+I", lambda: self.ask_cash("in")),
            (self.tr("Cash out"), "cash_out_button", "Ctrl+O", lambda: self.ask_cash("out")),
            (self.tr("Void sale"), "void_sale_button", "Ctrl+Del", self.till.void_sale),
            (self.tr("Open shift"), "open_shift_button", "Ctrl+Shift+O", lambda: self.window().ask_float()),
            (self.tr("Close shift"), "close_shift_button", "Ctrl+Shift+Z", self.ask_close_shift),
            (self.tr("Reprint"), "reprint_button", "Ctrl+R", self.ask_reprint),
            (self.tr("No sale"), "no_sale_button", "Ctrl+Shift+N", self.ask_no_sale),
            (self.tr("Devices"), "devices_button", "Ctrl+Shift+D", self.show_devices),
            (self.tr("Pickup"), "pickup_button", "Ctrl+P", lambda: self.window().show_pickup()),
            (self.tr("Cloud shelf"), "shelf_button", "Ctrl+E", self.show_shelf),
            (self.tr("Shelf orders"), "shelf_orders_button", "Ctrl+Shift+E", self.show_shelf_orders),
            (self.tr("Shared stock"), "stock_button", "Ctrl+Shift+S", self.show_stock),
        ]
        self.keys: dict[str, object] = {}
        self.action_buttons: dict[str, QPushButton] = {}
        for text, name, key, slot in actions:
            b = button(text, name, shortcut=key)
            act = self._acting(slot)
            b.clicked.connect(act)
            self.action_buttons[name] = b
            self.keys[QKeySequence(key).toString()] = act

    def _listen(self, till: Till) -> None:
        """What the screen shows as the till's view model answers."""
        till.sale_changed.connect(self.show_sale)
        till.search_done.connect(self.show_results)
        till.error.connect(self.show_error)
        till.notice.connect(self.show_notice)
        till.approval_needed.connect(self.ask_approval)
        till.completed.connect(self.show_receipt)
        till.reprinted.connect(self.show_copy)
        till.report_ready.connect(self.show_report)
        till.parked_loaded.connect(self.choose_parked)
        till.signed_in.connect(lambda u: self.user_label.setText(f"{u.name} · {role_name(u.role)}"))
        till.signed_in.connect(lambda _u: self.clear_message())  # the last user's message is not the next one's
        till.signed_out.connect(self.clear_message)
        till.signed_in.connect(lambda _u: till.load_quick_keys())
        till.quick_keys_loaded.connect(self.show_quick_keys)
        till.devices.problem.connect(lambda message: self.show_error(message, ""))
        till.shelf_added.connect(self._shelf_added)
        till.short_here.connect(self.show_short)
        till.shelf_attention.connect(self.show_attention)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The action keys work from the scan field even where window shortcuts do not reach; the list
        keys move in the search results when they show, else in the cart."""
        if watched is self.scan and event.type() == QEvent.Type.KeyPress:
            if self._navigate(event):
                return True
            slot = self.keys.get(QKeySequence(event.keyCombination()).toString())
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.key_groups.arrange(event.size().width())  # three rows of the rarer keys on a narrow screen
        super().resizeEvent(event)

    def _navigate(self, event: QKeyEvent) -> bool:
        """Up/Down, PgUp/PgDn and Home/End (with the field empty) from the scan field; Esc closes the results."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if self.results.isVisible() and event.key() == Qt.Key.Key_Escape:
            self.results.hide()
            return True
        if not moves_rows(event.key()):  # a scan's keys: no list to measure
            return False
        ends = not self.scan.text()
        if self.results.isVisible():
            view, current = self.results, self.results.currentRow()
            row = moved_row(event.key(), current, self.results.count(), self._page_of(view), ends=ends)
            if row is not None:
                self.results.setCurrentRow(row)
                self.results.scrollToItem(self.results.item(row))
            return row is not None
        selected = self.selected_line()
        current = self.model.row_of(selected) if selected else -1
        row = moved_row(event.key(), current, self.model.rowCount(), self._page_of(self.cart), ends=ends)
        if row is not None:
            self._select_row(row)
        return row is not None

    @staticmethod
    def _page_of(view: QAbstractItemView) -> int:
        """How many rows the view shows at once: what PgUp/PgDn move by."""
        first = view.sizeHintForRow(0) if view.model() and view.model().rowCount() else 0
        return max(view.viewport().height() // first, 1) if first > 0 else 1

    def _select_row(self, row: int) -> None:
        self.cart.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.cart.scrollTo(self.model.index(row, 0))

    # ---------------------------------------------------------------- showing
    def show_sale(self, view: SaleView) -> None:
        selected = self.selected_line()
        known = {line.id: line.qty for line in self.model.lines}
        self.view = view
        self.model.set_lines(view.lines)
        added = [i for i, line in enumerate(view.lines) if line.id not in known]
        grown = [i for i, line in enumerate(view.lines) if known.get(line.id, line.qty) < line.qty]
        touched = added or grown  # the item just scanned: a new line, or the line a repeated scan added to
        row = touched[-1] if touched else (self.model.row_of(selected) if selected else -1)
        if row < 0 and view.lines:
            row = len(view.lines) - 1
        if row >= 0:
            self._select_row(row)
        self.totals.show_sale(view)

    def show_quick_keys(self, keys: object) -> None:
        """One touch (or Alt+1 to Alt+8) adds the item; the keys are the store's, or this till's best sellers."""
        for b in self.quick_buttons:
            self.keys.pop(b.shortcut().toString(), None)
            self.quick_row.removeWidget(b)
            b.deleteLater()
        self.quick_buttons = []
        money = self.till.money
        for n, item in enumerate(keys.items, 1):
            label = f"{elide(item.description, QUICK_KEY_CHARS)}\n{money(item.price or 0)} · Alt+{n}"
            b = button(label, f"quick_key_{n}")
            b.setAccessibleName(item.description)
            b.setToolTip(item.description)
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # the keys share one row
            b.setShortcut(QKeySequence(f"Alt+{n}"))  # after the text: setText clears a shortcut
            b.clicked.connect(self._acting(lambda vid=item.variant_id: self.till.add_item(vid)))
            self.keys[b.shortcut().toString()] = b.click
            self.quick_row.addWidget(b)
            self.quick_buttons.append(b)
        if keys.unknown:
            self.show_error(
                self.tr("Quick keys not in the catalog: %s.") % ", ".join(keys.unknown),
                self.tr("A manager fixes [till] quick_keys in config.toml."),
            )

    def show_error(self, message: str, hint: str) -> None:
        self.message.show_error(message, hint)

    def show_notice(self, text: str) -> None:
        self.message.show_notice(text)

    def show_short(self, short: object) -> None:
        """The item just added is sold out here (or short): say so, and offer the cloud shelf on one key."""
        if short.on_hand <= 0:
            said = self.tr("Sold out here: %1.").replace("%1", short.description)
        else:
            only = self.tr("Only %2 in stock here: %1.").replace("%2", str(short.on_hand))
            said = only.replace("%1", short.description)
        self.show_error(said, self.tr("Ctrl+E sells it from the cloud shelf."))

    def clear_message(self) -> None:
        self.message.clear_message()

    def _acting(self, slot: Callable[[], object]) -> Callable[..., None]:
        """``slot`` as an action of the cashier's: a message belongs to the action that caused it, so
        the previous one goes when the next action starts ("Sale parked." goes when a sale is resumed)."""

        def act(*_args: object) -> None:
            self.clear_message()
            slot()

        return act

    def selected_line(self) -> str | None:
        rows = self.cart.selectionModel().selectedRows() if self.cart.selectionModel() else []
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    # ---------------------------------------------------------------- scanning and searching
    def submit(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        self.clear_message()
        chosen = self.results.currentItem() if self.results.isVisible() else None
        if chosen is not None:  # a result chosen with the arrows: Enter adds it
            self._pick(chosen)
            return
        if looks_like_code(text):
            self.scan.clear()
            self.results.hide()
            self.till.scan(text)
        else:
            self._search_timer.stop()  # Enter searches now; the typing delay would search again
            self._search_now()

    def _typed(self, text: str) -> None:
        self.results.setCurrentRow(-1)  # typing again: Enter searches or scans, not the result chosen before
        if text.strip() and not looks_like_code(text.strip()) and len(text.strip()) >= 2:
            self._search_timer.start(SEARCH_DELAY_MS)

    def _search_now(self) -> None:
        text = self.scan.text().strip()
        if text:
            self.till.search(text)

    def focus_search(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def show_results(self, query: str, items: list, offset: int) -> None:
        self.results.show_page(query, items, offset)
        if offset == 0 and not items:
            self.show_notice(self.tr("Nothing found for '%s'.") % query)

    def _pick(self, row: QListWidgetItem) -> None:
        self.clear_message()
        self.till.add_item(row.data(Qt.ItemDataRole.UserRole))
        self.results.hide()
        self.scan.clear()
        self.scan.setFocus()

    # ---------------------------------------------------------------- actions
    def _need_line(self) -> str | None:
        line = self.selected_line()
        if line is None:
            self.show_error(self.tr("Select a line first."), self.tr("Scan an item or click a line."))
        return line

    def _line_view(self, line_id: str) -> object | None:
        return next((ln for ln in (self.view.lines if self.view else []) if ln.id == line_id), None)

    def _about_line(self, line_id: str) -> str:
        """The line a dialog acts on, for its title: the item's name (remembered for an approval)."""
        line = self._line_view(line_id)
        self._asking = line.description if line else ""
        return self._asking

    def _about_sale(self) -> str:
        self._asking = sale_context(self.view) if self.view else ""
        return self._asking

    def _about_till(self) -> str:
        info = self.till.terminal.info
        return self.tr("Till %s") % f"{info.store}-{info.terminal}"

    def ask_qty(self) -> None:
        if line := self._need_line():
            found = self._line_view(line)
            d = NumberDialog(
                titled(self.tr("Quantity"), self._about_line(line)),
                self.tr("New quantity"),
                text=str(abs(found.qty)) if found else "",
                parent=self,
            )
            if d.exec() == QDialog.DialogCode.Accepted:
                self.till.set_qty(line, d.value)

    def ask_discount(self) -> None:
        if line := self._need_line():
            title = titled(self.tr("Line discount"), self._about_line(line))
            d = NumberDialog(title, self.tr("Discount in percent"), percent=True, parent=self)
            if d.exec() == QDialog.DialogCode.Accepted:
                self.till.line_discount(line, d.value)

    def ask_order_discount(self) -> None:
        title = titled(self.tr("Order discount"), self._about_sale())
        d = NumberDialog(title, self.tr("Discount in percent"), percent=True, parent=self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self.till.order_discount(d.value)

    def ask_note(self) -> None:
        d = TextDialog(
            titled(self.tr("Note for this sale"), self._about_sale()),
            self.tr("Printed on the receipt (up to 500 characters)"),
            "note_dialog",
            self.view.note if self.view else "",
            parent=self,
        )
        if d.exec() == QDialog.DialogCode.Accepted:
            self.till.set_note(d.value)

    def ask_price(self) -> None:
        if line := self._need_line():
            title = titled(self.tr("New price"), self._about_line(line))
            d = AmountDialog(title, self.tr("Unit price"), self.till.terminal.info.currency, parent=self)
            if d.exec() == QDialog.DialogCode.Accepted:
                self.till.override_price(line, d.value)

    def ask_approval(self, message: str, retry) -> None:
        d = ApprovalDialog(self.till, message, retry, self.till.error, self._asking, self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self.message.clear()  # a wrong PIN said on the way is answered
        else:
            self.show_notice(self.tr("Not approved; the sale is as it was."))

    def void_line(self) -> None:
        if line := self._need_line():
            self.till.void_line(line)

    def park(self) -> None:
        label = ask_label(self.view, self)
        if label is not None:
            self.till.park(label)
        self.scan.setFocus()

    def choose_parked(self, drafts: list) -> None:
        if not drafts:
            self.show_notice(self.tr("No parked sales."))
            return
        d = ParkedDialog(drafts, self.till.money, self)
        if d.exec() == QDialog.DialogCode.Accepted and d.chosen:
            self.till.resume(d.chosen)

    def ask_return(self) -> None:
        ReturnDialog(self.till, self).exec()

    def ask_cash(self, kind: str) -> None:
        title = titled(self.tr("Cash in") if kind == "in" else self.tr("Cash out"), self._about_till())
        d = AmountDialog(title, self.tr("Amount"), self.till.terminal.info.currency, reason=True, parent=self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self.till.cash_move(kind, d.value, d.reason.text())

    def ask_close_shift(self) -> None:
        d = ShiftCloseDialog(self.till, self)
        if d.exec() == QDialog.DialogCode.Accepted:
            self.till.close_shift(d.counted())

    def pay(self) -> None:
        if self.view is None or not self.view.lines:
            self.show_error(self.tr("The sale has no items."), self.tr("Scan an item first."))
            return
        TenderDialog(self.till, self.view, self).exec()
        self.scan.setFocus()

    def lock(self) -> None:
        self.window().lock()

    def scanned(self, code: str) -> None:
        """A scan from a serial scanner, or a keyboard scanner while the focus was elsewhere."""
        self.clear_message()
        self.results.hide()
        self.till.scan(code)

    def show_receipt(self, _done: object, doc: object) -> None:
        self.last_receipt = doc.receipt_no
        if self.till.devices.printer:
            self.show_notice(self.tr("Receipt %s sent to the printer.") % doc.receipt_no)
            return
        term = self.till.terminal
        width = term.config.receipt_width
        text = layout.as_text(layout.receipt(doc, width, term.info.locale), width)
        TextViewDialog(self.tr("Receipt"), text, "receipt_dialog", self).open()

    def show_copy(self, doc: object, queued: bool) -> None:
        """A reprint's preview, marked COPY as its paper is, and where the paper went."""
        term = self.till.terminal
        width = term.config.receipt_width
        text = layout.as_text(layout.receipt(doc, width, term.info.locale, copy=True), width)
        title = self.tr("Receipt %s: COPY") % doc.receipt_no
        TextViewDialog(title, text, "reprint_preview", self).open()
        if queued:
            self.show_notice(self.tr("Copy of %s queued for the printer.") % doc.receipt_no)
        else:
            self.show_notice(self.tr("No printer is set up: the copy of %s is shown only.") % doc.receipt_no)

    def ask_reprint(self) -> None:
        d = TextDialog(
            self.tr("Reprint"),
            self.tr("Receipt number, or scan its QR code"),
            "reprint_dialog",
            self.last_receipt,
            required=self.tr("Type a receipt number."),
            parent=self,
        )
        if d.exec() == QDialog.DialogCode.Accepted:
            self.till.reprint(d.value)

    def ask_no_sale(self) -> None:
        d = TextDialog(
            titled(self.tr("Open the drawer"), self._about_till()),
            self.tr("Why does the drawer open without a sale?"),
            "no_sale_dialog",
            required=self.tr("Type a reason, e.g. change for a note."),
            parent=self,
        )
        if d.exec() == QDialog.DialogCode.Accepted:
            self.till.open_drawer(d.value)

    def show_devices(self) -> None:
        DeviceSettingsDialog(self.till, self).exec()
        self.scan.setFocus()

    # ---------------------------------------------------------------- the cloud shelf
    def _shelf_key(self) -> str:
        """What the cashier points at: the scan field's text, else the selected line's item."""
        text = self.scan.text().strip()
        if text:
            self.scan.clear()
            self.results.hide()
            return text
        line = self.selected_line()
        found = next((ln for ln in (self.view.lines if self.view else []) if ln.id == line), None)
        return found.sku if found and not found.shelf else ""

    def show_shelf(self) -> None:
        """The matrix on what the cashier points at; opened on a line, the order takes that line's place."""
        typed = bool(self.scan.text().strip())
        lines = self.view.lines if self.view else []
        line = None if typed else next((ln for ln in lines if ln.id == self.selected_line()), None)
        replaces = line if line is not None and self.till.terminal.shelf.replaces(line.id) else None
        ShelfDialog(self.till, self._shelf_key(), self, replaces).exec()
        self.scan.setFocus()

    def show_shelf_orders(self) -> None:
        ShelfOrdersDialog(self.till, self).exec()
        self.scan.setFocus()

    def show_stock(self) -> None:
        StockDialog(self.till, self._shelf_key(), self).exec()
        self.scan.setFocus()

    def _shelf_added(self, held: bool) -> None:
        if held:
            self.show_notice(self.tr("Cloud-shelf order held at the platform: take the payment."))
        else:
            self.show_notice(
                self.tr("Offline: the cloud-shelf order is sold to be confirmed when the sale reaches the platform.")
            )

    def show_attention(self, count: int) -> None:
        self.attention.setText(
            "⚠ " + self.tr("Cloud-shelf orders waiting for a refund or another source: %n (Ctrl+Shift+E).", "", count)
        )
        self.attention.setVisible(count > 0)

    def show_report(self, report: object) -> None:
        term = self.till.terminal
        width = term.config.receipt_width
        text = layout.as_text(layout.report(report, width, report.locale or term.info.locale), width)
        TextViewDialog(self.tr("Report"), text, "report_dialog", self).open()
