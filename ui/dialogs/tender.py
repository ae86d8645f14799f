"""Taking payment: cash with change and suggested notes, card with the terminal's reference, split
tenders, and refunds, typed on the keyboard or the number pad. Each payment is applied at once
through the view model (so an approved card payment is saved), and the sale completes when nothing
is left to pay: then Enter or F10 completes it; until then the dialog says what is still to pay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cash import suggested_tenders
from app.errors import UserError
from app.money import format_plain
from ui.dialogs.base import heading, sale_context, titled
from ui.messages import joined, localized
from ui.numpad import NumPad
from ui.sale_view import SaleView
from ui.till import Till
from ui.widgets import TOUCH, AmountEdit, button, message_label


class TenderDialog(QDialog):
    def __init__(self, till: Till, view: SaleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        info = till.terminal.info
        self.currency, self.locale = info.currency, info.locale
        self.setObjectName("tender_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closed, it no longer follows the till's signals
        self.setMinimumWidth(820)
        self._completing = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self, titled(self.tr("Payment"), sale_context(view))))
        self.due_label = QLabel()
        self.due_label.setObjectName("due_label")
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.due_label)

        self.quick = QHBoxLayout()
        layout.addLayout(self.quick)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        grid = QGridLayout()
        self.cash = AmountEdit(self.currency, "cash_field")
        self.cash.setPlaceholderText(self.tr("Cash handed over"))
        self.cash.returnPressed.connect(self.pay_cash)  # empty when all is paid: completes the sale
        grid.addWidget(self.cash, 0, 0)
        pay_cash = button(self.tr("Cash"), "pay_cash_button")
        pay_cash.clicked.connect(self.pay_cash)
        grid.addWidget(pay_cash, 0, 1)
        self.card_amount = AmountEdit(self.currency, "card_amount_field")
        self.card_amount.setPlaceholderText(self.tr("Card amount"))
        self.card_amount.returnPressed.connect(self._card_amount_entered)
        grid.addWidget(self.card_amount, 1, 0)
        self.card_ref = QLineEdit()
        self.card_ref.setObjectName("card_reference_field")
        self.card_ref.setAccessibleName(self.tr("Card terminal reference"))
        self.card_ref.setPlaceholderText(self.tr("Card terminal reference"))
        self.card_ref.setMinimumHeight(TOUCH)
        self.card_ref.returnPressed.connect(self.pay_card)
        grid.addWidget(self.card_ref, 1, 1)
        pay_card = button(self.tr("Card"), "pay_card_button")
        pay_card.clicked.connect(self.pay_card)
        grid.addWidget(pay_card, 1, 2)
        left.addLayout(grid)

        self.tenders = QListWidget()
        self.tenders.setObjectName("tender_list")
        self.tenders.setAccessibleName(self.tr("Payments taken"))
        left.addWidget(self.tenders)
        middle.addLayout(left, 1)
        self.pad = NumPad(self.cash, self.card_amount, self.card_ref, point=True)
        middle.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(middle)
        self.error = message_label("tender_error")
        layout.addWidget(self.error)
        self.missing = QLabel()
        self.missing.setObjectName("complete_hint")  # why Complete is not ready, or that it is
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        row = QHBoxLayout()
        refund = button(self.tr("Refund to original payment"), "refund_original_button")
        refund.clicked.connect(self.till.refund_to_original)
        remove = button(self.tr("Remove payment"), "remove_tender_button")
        remove.clicked.connect(self.remove_selected)
        self.complete_button = button(self.tr("Complete sale"), "complete_button")
        self.complete_button.clicked.connect(self.complete)
        close = button(self.tr("Back to sale"), "tender_back_button")
        close.clicked.connect(self.reject)
        for b in (refund, remove, self.complete_button, close):
            row.addWidget(b)
        layout.addLayout(row)

        till.sale_changed.connect(self.show_view)
        till.error.connect(self.show_error)
        till.error.connect(self._not_completed)
        till.completed.connect(self._completed)
        self.show_view(view)
        self.cash.setFocus()

    def _money(self, minor: int) -> str:
        return format_plain(minor, self.currency, self.locale)

    def _method_name(self, method: str) -> str:
        return {"cash": self.tr("Cash"), "card": self.tr("Card")}.get(method, method.upper())

    def show_view(self, view: SaleView) -> None:
        self.view = view
        self.error.clear()
        change = next((t.change for t in reversed(view.tenders) if t.change), "")
        if view.due_minor > 0 or (view.due_minor == 0 and not view.tenders):
            self.due_label.setText(self.tr("To pay: %s") % view.due)
        elif view.due_minor < 0:
            self.due_label.setText(self.tr("To refund: %s") % view.due.replace("-", ""))
        elif change:
            self.due_label.setText(self.tr("Change: %s") % change)
        else:
            self.due_label.setText(self.tr("Refunded in full") if view.total_minor < 0 else self.tr("Paid in full"))
        self.tenders.clear()
        for t in view.tenders:
            text = f"{self._method_name(t.method)}  {t.amount}" + (
                "   " + self.tr("change %s") % t.change if t.change else ""
            )
            text += f"   {t.reference}" if t.reference else ""
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.tenders.addItem(item)
        while self.quick.count():
            old = self.quick.takeAt(0).widget()
            old.setParent(None)  # gone at once, not at the next idle moment
            old.deleteLater()
        for amount in suggested_tenders(view.due_minor, self.currency):
            b = button(self._money(amount), f"quick_cash_{amount}")
            b.clicked.connect(lambda _c=False, a=amount: self.till.pay_cash(a))
            self.quick.addWidget(b)
        self.card_amount.setText(self._money(view.due_minor) if view.due_minor > 0 else "")
        ready = view.due_minor == 0 and bool(view.lines)
        self.complete_button.setEnabled(ready and not self._completing)
        if ready:
            if view.total_minor < 0:
                self.missing.setText(self.tr("Refunded in full: Enter or F10 completes the return."))
            else:
                self.missing.setText(self.tr("Paid in full: Enter or F10 completes the sale."))
        elif view.due_minor > 0:
            self.missing.setText(self.tr("%s still to pay") % view.due)
        elif view.due_minor < 0:
            self.missing.setText(self.tr("%s still to refund") % view.due.replace("-", ""))
        else:
            self.missing.setText(self.tr("The sale has no items."))
        self.missing.setProperty("kind", "notice" if ready else "error")
        self.missing.style().polish(self.missing)

    def show_error(self, message: str, hint: str) -> None:
        self.error.setText(joined(message, hint))

    def ready(self) -> bool:
        return self.view.due_minor == 0 and bool(self.view.lines)

    def complete(self) -> None:
        """Complete the sale once (a second Enter while it completes does nothing), or say what is missing."""
        if self._completing:
            return
        if not self.ready():
            self.show_error(self.missing.text(), "")
            return
        self._completing = True
        self.complete_button.setEnabled(False)
        self.till.complete()

    def _not_completed(self, _message: str, _hint: str) -> None:
        if self._completing:
            self._completing = False
            self.complete_button.setEnabled(self.ready())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F10 (the sale screen's Pay key) completes a paid sale; so does Enter where no field takes it."""
        if event.key() == Qt.Key.Key_F10 and not event.modifiers():
            self.complete()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QLineEdit):
            self.complete()
            return
        super().keyPressEvent(event)

    def pay_cash(self) -> None:
        if not self.cash.text().strip() and self.ready():
            self.complete()
            return
        try:
            amount = self.cash.minor() if self.cash.text().strip() else 0
        except UserError as exc:
            self.show_error(localized(exc.message), localized(exc.hint))
            return
        if amount == 0 and self.view.due_minor > 0:
            self.show_error(self.tr("Type the cash the customer handed over."), "")
            return
        self.cash.clear()
        self.till.pay_cash(amount)

    def _card_amount_entered(self) -> None:
        if not self.card_amount.text().strip() and self.ready():
            self.complete()
        else:
            self.card_ref.setFocus()

    def pay_card(self) -> None:
        if not self.card_ref.text().strip() and not self.card_amount.text().strip() and self.ready():
            self.complete()
            return
        try:
            amount = self.card_amount.minor()
        except UserError as exc:
            self.show_error(localized(exc.message), localized(exc.hint))
            return
        self.till.pay_card(amount if self.view.due_minor > 0 else -abs(amount), self.card_ref.text())
        self.card_ref.clear()

    def remove_selected(self) -> None:
        item = self.tenders.currentItem()
        if item is not None:
            self.till.remove_tender(item.data(Qt.ItemDataRole.UserRole))

    def _completed(self, done: object, _doc: object) -> None:
        if done is not None:
            self.accept()
