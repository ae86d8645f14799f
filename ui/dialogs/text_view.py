"""Receipts and X/Z reports shown exactly as they print (the same text layout, monospace)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from ui.widgets import button


class TextViewDialog(QDialog):
    def __init__(self, title: str, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName(f"{name}_text")
        self.text.setAccessibleName(title)
        self.text.setReadOnly(True)
        font = QFont("Noto Sans Mono CJK SC")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        self.text.setMinimumSize(460, 520)
        layout.addWidget(self.text)
        close = button(self.tr("Close"), f"{name}_close")
        close.clicked.connect(self.accept)
        layout.addWidget(close)
