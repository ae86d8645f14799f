"""Small widgets the screens share: big touch buttons and an amount field in the store's currency."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from app.errors import UserError
from app.money import parse_amount

TOUCH = 56  # px: the smallest side of anything a finger presses


def role_name(role: str) -> str:
    """A user's role in the screen's language."""
    names = {
        "cashier": QCoreApplication.translate("Roles", "cashier"),
        "clerk": QCoreApplication.translate("Roles", "clerk"),
        "manager": QCoreApplication.translate("Roles", "manager"),
    }
    return names.get(role, role)


def button(text: str, name: str, parent: QWidget | None = None, shortcut: str = "") -> QPushButton:
    """A button at least a fingertip high, with a stable objectName and an accessible name."""
    label = f"{text}\n{shortcut}" if shortcut else text
    b = QPushButton(label, parent)
    b.setObjectName(name)
    b.setAccessibleName(text)
    b.setMinimumHeight(TOUCH)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
    return b


def scan_field(name: str, accessible: str, placeholder: str, text: str = "") -> QLineEdit:
    """A field a keyboard scanner types into as it always did (``scan_target``: devices/scanner/wedge.py
    leaves its keys alone), a fingertip high, with a stable objectName and an accessible name."""
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    field.setMinimumHeight(TOUCH)
    field.setProperty("scan_target", True)
    return field


def message_label(name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(name.replace("_", " "))
    return label


class AmountEdit(QLineEdit):
    """Money typed as the cashier says it ("12.50"); read back in minor units of the currency."""

    def __init__(self, currency: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setObjectName(name)
        self.setAccessibleName(name.replace("_", " "))
        self.setMinimumHeight(TOUCH)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def minor(self) -> int:
        """The amount in minor units; :class:`UserError` with what to do when it is not one."""
        if not self.text().strip():
            raise UserError("Type an amount.", "For example 100 or 12.50.")
        return parse_amount(self.text(), self.currency)
