"""The parked sales of this till, to resume one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.facade import DraftSummary
from ui.widgets import button


class ParkedDialog(QDialog):
    def __init__(self, drafts: list[DraftSummary], money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parked_dialog")
        self.setWindowTitle(self.tr("Parked sales"))
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("parked_list")
        self.list.setAccessibleName(self.tr("Parked sales"))
        for d in drafts:
            label = d.label or self.tr("(no label)")
            item = QListWidgetItem(
                "   ".join((label, self.tr("%n line(s)", "", d.lines), money(d.total), d.updated_at[11:16]))
            )
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        resume = button(self.tr("Resume"), "resume_button")
        resume.clicked.connect(self.accept)
        layout.addWidget(resume)
        if drafts:
            self.list.setCurrentRow(0)

    def accept(self) -> None:
        item = self.list.currentItem()
        self.chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        super().accept()
