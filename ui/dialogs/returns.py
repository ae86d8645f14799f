"""A return against a receipt: scan its QR code or type its number, pick lines and quantities."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.returns import ReceiptLookup
from ui.till import Till
from ui.widgets import button, message_label, scan_field


class ReturnDialog(QDialog):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.receipt: ReceiptLookup | None = None
        self.setObjectName("return_dialog")
        self.setWindowTitle(self.tr("Return or exchange"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        # a scanned QR code lands here
        self.key = scan_field(
            "receipt_field",
            self.tr("Receipt number or QR code"),
            self.tr("Scan the receipt's QR code or type its number"),
        )
        self.key.returnPressed.connect(self.find)
        row.addWidget(self.key)
        find = button(self.tr("Find"), "find_receipt_button")
        find.clicked.connect(self.find)
        row.addWidget(find)
        layout.addLayout(row)
        self.title = QLabel()
        self.title.setObjectName("receipt_title")
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("return_lines")
        headers = [self.tr("Item"), self.tr("Sold"), self.tr("Returnable"), self.tr("Return")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.error = message_label("return_error")
        layout.addWidget(self.error)
        actions = QHBoxLayout()
        add = button(self.tr("Add to sale"), "add_returns_button", shortcut="F10")
        add.clicked.connect(self.add)
        close = button(self.tr("Close"), "return_close_button")
        close.clicked.connect(self.reject)
        actions.addWidget(add)
        actions.addWidget(close)
        layout.addLayout(actions)
        till.receipt_found.connect(self.show_receipt)
        till.error.connect(lambda m, h: self.error.setText(f"{m} {h}".strip()))

    def find(self) -> None:
        self.error.clear()
        self.till.find_receipt(self.key.text())

    def show_receipt(self, receipt: ReceiptLookup) -> None:
        self.receipt = receipt
        self.title.setText(f"{receipt.receipt_no}  {receipt.created_at[:16].replace('T', ' ')}")
        self.table.setRowCount(len(receipt.lines))
        for row, line in enumerate(receipt.lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.description))
            self.table.setItem(row, 1, QTableWidgetItem(str(line.sold)))
            self.table.setItem(row, 2, QTableWidgetItem(str(line.returnable)))
            spin = QSpinBox()
            spin.setObjectName(f"return_qty_{row}")
            spin.setRange(0, line.returnable)
            self.table.setCellWidget(row, 3, spin)
        spins = [self.table.cellWidget(row, 3) for row in range(len(receipt.lines))]
        first = next((spin for spin in spins if spin.maximum() > 0), None)
        if first is not None:
            first.setFocus()  # the keyboard goes on where the cashier goes on: how many come back

    def add(self) -> None:
        if self.receipt is None:
            self.error.setText(self.tr("Find the receipt first."))
            return
        chosen = [(line, self.table.cellWidget(row, 3).value()) for row, line in enumerate(self.receipt.lines)]
        chosen = [(line, qty) for line, qty in chosen if qty > 0]
        if not chosen:
            self.error.setText(self.tr("Choose how many of which item come back."))
            return
        for line, qty in chosen:
            self.till.add_return(self.receipt.sale_id, line.line_id, qty)
        self.accept()
