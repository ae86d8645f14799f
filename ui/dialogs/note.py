"""The customer's note on the sale (an alteration, a gift message): printed on the receipt."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.widgets import TOUCH

MAX_NOTE = 500  # as the facade keeps it


class NoteDialog(QDialog):
    def __init__(self, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_dialog")
        self.setWindowTitle(self.tr("Note for this sale"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Printed on the receipt (up to 500 characters)")))
        self.field = QPlainTextEdit(note)
        self.field.setObjectName("note_field")
        self.field.setAccessibleName(self.tr("Note for this sale"))
        self.field.setMinimumHeight(TOUCH * 2)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.field.toPlainText().strip()[:MAX_NOTE]
