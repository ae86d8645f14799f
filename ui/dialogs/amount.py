"""Ask for one amount of money (a float, cash in or out, a new price) or a number (qty, percent),
typed on the keyboard or on the number pad."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import UserError
from app.money import parse_percent
from ui.dialogs.base import button_row, heading
from ui.messages import joined, localized
from ui.numpad import NumPad
from ui.widgets import TOUCH, AmountEdit, message_label


class AmountDialog(QDialog):
    """An amount in the store's currency, with an optional reason; refuses what is not an amount."""

    def __init__(
        self, title: str, prompt: str, currency: str, *, reason: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amount_dialog")
        self.setMinimumWidth(420)
        self.value = 0
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self, title))
        layout.addWidget(QLabel(prompt))
        self.amount = AmountEdit(currency, "amount_field")
        self.amount.setAccessibleName(prompt)
        layout.addWidget(self.amount)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason_field")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Reason"))
        self.reason.setMinimumHeight(TOUCH)
        self.reason.setVisible(reason)
        layout.addWidget(self.reason)
        self.pad = NumPad(self.amount, point=True)
        layout.addWidget(self.pad)
        self.error = message_label("amount_error")
        layout.addWidget(self.error)
        layout.addLayout(button_row(self)[0])
        self.amount.setFocus()

    def accept(self) -> None:
        try:
            self.value = self.amount.minor()
        except UserError as exc:
            self.error.setText(joined(localized(exc.message), localized(exc.hint)))
            return
        super().accept()


class NumberDialog(QDialog):
    """A whole number or a percentage typed on the keyboard or the touch screen."""

    def __init__(
        self, title: str, prompt: str, *, percent: bool = False, text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("number_dialog")
        self.setMinimumWidth(420)
        self.percent = percent
        self.value = 0
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self, title))
        layout.addWidget(QLabel(prompt))
        self.field = QLineEdit(text)
        self.field.setObjectName("number_field")
        self.field.setAccessibleName(prompt)
        self.field.setMinimumHeight(TOUCH)
        self.field.selectAll()  # a digit typed or pressed replaces what was there
        layout.addWidget(self.field)
        self.pad = NumPad(self.field, point=percent)
        layout.addWidget(self.pad)
        self.error = message_label("number_error")
        layout.addWidget(self.error)
        layout.addLayout(button_row(self)[0])
        self.field.setFocus()

    def accept(self) -> None:
        text = self.field.text().strip()
        try:
            self.value = parse_percent(text) if self.percent else int(text)
        except (UserError, ValueError):
            self.error.setText(self.tr("Type a number, e.g. 2 or 12.5."))
            return
        super().accept()
