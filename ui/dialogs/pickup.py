"""The pickup counter's dialogs: hand an order over (all or part of it) and cancel one with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.pickup import OrderView
from ui.dialogs.base import button_row
from ui.numpad import NumPad
from ui.widgets import TOUCH, message_label


class HandoverDialog(QDialog):
    """The pickup code the customer tells (left empty: a manager checks their ID), and how many of
    each item they take; fewer than ordered is a partial handover, the rest cancelled and refunded."""

    def __init__(self, order: OrderView, pickup_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handover_dialog")
        self.setWindowTitle(self.tr("Hand over %s") % order.code)
        self.setMinimumSize(800, 420)
        self.order = order
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Pickup code (leave empty if the customer has none: a manager checks ID)")))
        self.code = QLineEdit(pickup_code)
        self.code.setObjectName("handover_code_field")
        self.code.setAccessibleName(self.tr("Pickup code"))
        self.code.setMaxLength(6)
        self.code.setMinimumHeight(TOUCH)
        layout.addWidget(self.code)
        self.table = QTableWidget(len(order.lines), 3)
        self.table.setObjectName("handover_lines")
        self.table.setAccessibleName(self.tr("Items to hand over"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Picked"), self.tr("Hand over")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.spins: dict[int, QSpinBox] = {}
        for row, line in enumerate(order.lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.description))
            self.table.setItem(row, 1, QTableWidgetItem(str(line.picked)))
            spin = QSpinBox()
            spin.setObjectName(f"handover_qty_{line.line_no}")
            spin.setAccessibleName(self.tr("Units of %s to hand over") % line.description)
            spin.setRange(0, line.picked)
            spin.setValue(line.picked)
            spin.setMinimumHeight(TOUCH)
            self.spins[line.line_no] = spin
            self.table.setCellWidget(row, 2, spin)
            self.table.setRowHeight(row, TOUCH)
        self.table.resizeColumnToContents(0)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addWidget(NumPad(self.code), 0, Qt.AlignmentFlag.AlignTop)  # the code the customer reads out
        layout.addLayout(row)
        self.error = message_label("handover_error")
        layout.addWidget(self.error)
        layout.addLayout(button_row(self)[0])

    def pickup_code(self) -> str:
        return self.code.text().strip()

    def lines(self) -> dict[int, int] | None:
        """None for the whole order, else line number -> units."""
        taken = {n: spin.value() for n, spin in self.spins.items()}
        whole = all(taken[ln.line_no] == ln.qty for ln in self.order.lines)
        return None if whole else taken

    def accept(self) -> None:
        if self.code.text().strip() and not (self.code.text().strip().isdigit() and len(self.code.text().strip()) == 6):
            self.error.setText(self.tr("A pickup code is 6 digits."))
            return
        if not any(spin.value() for spin in self.spins.values()):
            self.error.setText(self.tr("Nothing to hand over: cancel the order instead."))
            return
        super().accept()


class CancelOrderDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancel_order_dialog")
        self.setWindowTitle(self.tr("Cancel order %s") % code)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why is the order cancelled?")))
        self.reasons = QComboBox()
        self.reasons.setObjectName("cancel_reason_choice")
        self.reasons.setAccessibleName(self.tr("Reason"))
        self.reasons.setMinimumHeight(TOUCH)
        self.reasons.setEditable(True)
        self.reasons.addItems(
            [self.tr("Customer request"), self.tr("Item out of stock"), self.tr("Item damaged"), self.tr("Not paid")]
        )
        self.reasons.setCurrentIndex(-1)
        self.reasons.lineEdit().setObjectName("cancel_reason_field")
        self.reasons.lineEdit().setPlaceholderText(self.tr("Type or choose a reason"))
        layout.addWidget(self.reasons)
        self.error = message_label("cancel_error")
        layout.addWidget(self.error)
        layout.addLayout(button_row(self)[0])

    def reason(self) -> str:
        return self.reasons.currentText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.error.setText(self.tr("Give a reason."))
            return
        super().accept()
