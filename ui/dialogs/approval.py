"""A manager's PIN for an action the cashier may not do alone."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.users import Credentials
from ui.widgets import TOUCH


class ApprovalDialog(QDialog):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approval_dialog")
        self.setWindowTitle(self.tr("Manager approval"))
        form = QFormLayout(self)
        reason = QLabel(message)
        reason.setObjectName("approval_reason")
        reason.setWordWrap(True)
        form.addRow(reason)
        self.login = QLineEdit()
        self.login.setObjectName("approval_login")
        self.login.setAccessibleName(self.tr("Manager login"))
        self.pin = QLineEdit()
        self.pin.setObjectName("approval_pin")
        self.pin.setAccessibleName(self.tr("Manager PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.login, self.pin):
            field.setMinimumHeight(TOUCH)
        form.addRow(self.tr("Manager"), self.login)
        form.addRow(self.tr("PIN"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("approval_buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def credentials(self) -> Credentials:
        return Credentials(self.login.text().strip(), self.pin.text())
