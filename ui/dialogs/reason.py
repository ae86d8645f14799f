"""One line of text: the reason for opening the drawer without a sale, a receipt number to reprint."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.dialogs.base import button_row, heading
from ui.widgets import TOUCH, message_label


class TextDialog(QDialog):
    def __init__(
        self, title: str, prompt: str, name: str, text: str = "", *, required: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(480)
        self.required = required
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self, title))
        layout.addWidget(QLabel(prompt))
        self.field = QLineEdit(text)
        self.field.setObjectName("text_field")
        self.field.setAccessibleName(prompt)
        self.field.setProperty("scan_target", True)  # a scanned receipt QR code lands here as text
        self.field.setMinimumHeight(TOUCH)
        self.field.selectAll()
        layout.addWidget(self.field)
        self.error = message_label("text_error")
        layout.addWidget(self.error)
        layout.addLayout(button_row(self)[0])

    @property
    def value(self) -> str:
        return self.field.text().strip()

    def accept(self) -> None:
        if self.required and not self.value:
            self.error.setText(self.required)
            return
        super().accept()
