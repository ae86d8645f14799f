"""The parked sales of this till, to resume one: when, who, how many items, the total and the label,
so a cashier finds the customer's sale at a glance (arrows and Enter, or a tap)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_text
from app.terminal.sale import DraftSummary
from ui.dialogs.reason import TextDialog
from ui.sale_view import SaleView
from ui.widgets import TOUCH, button

NOTE_COLUMN = 4


class ParkedDialog(QDialog):
    def __init__(self, drafts: list[DraftSummary], money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parked_dialog")
        self.setWindowTitle(self.tr("Parked sales (%1)").replace("%1", str(len(drafts))))
        self.setMinimumSize(720, 360)
        self.chosen: str | None = None
        layout = QVBoxLayout(self)
        self.list = QTableWidget(len(drafts), 5)
        self.list.setObjectName("parked_list")
        self.list.setAccessibleName(self.tr("Parked sales"))
        headers = [self.tr("Parked at"), self.tr("Cashier"), self.tr("Items"), self.tr("Total"), self.tr("Note")]
        self.list.setHorizontalHeaderLabels(headers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        self.list.verticalHeader().setVisible(False)
        self.list.verticalHeader().setDefaultSectionSize(TOUCH)
        self.list.horizontalHeader().setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        for row, d in enumerate(drafts):
            cells = [
                local_text(d.updated_at)[11:16],
                d.cashier,
                self.tr("%n item(s)", "", d.items),
                money(d.total),
                d.label or self.tr("(no label)"),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.list.setItem(row, col, item)
        for col in range(NOTE_COLUMN):
            self.list.resizeColumnToContents(col)
        self.list.cellDoubleClicked.connect(lambda _r, _c: self.accept())
        layout.addWidget(self.list)
        actions = QHBoxLayout()
        resume = button(self.tr("Resume"), "resume_button")
        resume.setDefault(True)  # Enter on the list resumes the selected sale
        resume.clicked.connect(self.accept)
        close = button(self.tr("Close"), "parked_close_button")
        close.clicked.connect(self.reject)
        actions.addWidget(resume, 2)
        actions.addWidget(close, 1)
        layout.addLayout(actions)
        if drafts:
            self.list.selectRow(0)
        self.list.setFocus()

    def accept(self) -> None:
        item = self.list.item(self.list.currentRow(), 0) if self.list.currentRow() >= 0 else None
        self.chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        super().accept()


def ask_label(view: SaleView | None, parent: QWidget | None = None) -> str | None:
    """Ask for an optional label when parking (the customer's name, "fitting room 2"); ``None``
    when the cashier thinks better of it. With nothing on screen there is nothing to ask: the
    terminal says so."""
    if view is None or not view.lines:
        return ""
    title = QCoreApplication.translate("ParkedDialog", "Park the sale: %1 item(s), %2")
    d = TextDialog(
        title.replace("%1", str(view.count)).replace("%2", view.total),
        QCoreApplication.translate("ParkedDialog", "Label (optional), e.g. the customer's name"),
        "park_dialog",
        parent=parent,
    )
    d.field.setMaxLength(120)
    d.field.setProperty("scan_target", False)  # a label is typed
    return d.value if d.exec() == QDialog.DialogCode.Accepted else None
