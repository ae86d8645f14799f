"""A return against a receipt: scan its QR code or type its number, pick lines and quantities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.returns import ReceiptLookup, ReturnableLine
from ui.till import Till
from ui.widgets import TOUCH, button, message_label, scan_field

ITEM, SOLD, RETURNABLE, RETURN = range(4)
# without arrows the style sheet's spin box leaves its text 1 px wide: the arrows' room is taken away too
_NO_ARROWS = (
    "QSpinBox { padding: 4px 8px; font-size: 18px; }"
    "QSpinBox::up-button, QSpinBox::down-button { subcontrol-origin: border; width: 0px; height: 0px; border: none; }"
)


def bare_spin(spin: QSpinBox) -> QSpinBox:
    """A spin box typed into (or stepped by 56 px buttons beside it): no tiny arrows a finger misses."""
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    spin.setStyleSheet(_NO_ARROWS)
    return spin


class ReturnDialog(QDialog):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.receipt: ReceiptLookup | None = None
        self.spins: list[QSpinBox] = []  # the count of each line of the receipt shown
        self.setObjectName("return_dialog")
        self.setWindowTitle(self.tr("Return or exchange"))
        self.setMinimumSize(820, 460)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)  # the whole name, never "Slim Twill..."
        for col in (SOLD, RETURNABLE, RETURN):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(TOUCH + 8)
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
        self.spins = []
        for row, line in enumerate(receipt.lines):
            name = QTableWidgetItem(line.description)
            name.setToolTip(f"{line.description} ({line.sku})")
            self.table.setItem(row, ITEM, name)
            self.table.setItem(row, SOLD, QTableWidgetItem(str(line.sold)))
            self.table.setItem(row, RETURNABLE, QTableWidgetItem(str(line.returnable)))
            self.table.setCellWidget(row, RETURN, self._stepper(row, line))
        self.table.resizeRowsToContents()
        first = next((spin for spin, line in zip(self.spins, receipt.lines, strict=True) if line.returnable > 0), None)
        if first is not None:
            first.setFocus()  # the keyboard goes on where the cashier goes on: how many come back

    def _stepper(self, row: int, line: ReturnableLine) -> QWidget:
        """How many come back: a count with - and + a finger can hit (56 px); one past what may
        come back says why instead of doing nothing."""
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(4, 4, 4, 4)
        spin = bare_spin(QSpinBox())
        spin.setObjectName(f"return_qty_{row}")
        spin.setAccessibleName(self.tr("How many of %s come back") % line.description)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setRange(0, line.sold)  # past what may come back is caught below, with its reason
        spin.setMinimumSize(TOUCH + 24, TOUCH)  # room for the count inside the style's padding
        spin.valueChanged.connect(lambda value, ln=line, sp=spin: self._check(ln, sp, value))
        self.spins.append(spin)
        less = button("−", f"return_less_{row}")
        less.setAccessibleName(self.tr("One fewer"))
        less.clicked.connect(lambda: spin.setValue(spin.value() - 1))
        more = button("+", f"return_more_{row}")
        more.setAccessibleName(self.tr("One more"))
        more.clicked.connect(lambda: self._more(line, spin))
        for b in (less, more):
            b.setFixedSize(TOUCH, TOUCH)
            b.setAutoDefault(False)
        lay.addWidget(less)
        lay.addWidget(spin)
        lay.addWidget(more)
        return box

    def _more(self, line: ReturnableLine, spin: QSpinBox) -> None:
        if spin.value() >= line.returnable:
            self._too_many(line)
        else:
            spin.setValue(spin.value() + 1)

    def _check(self, line: ReturnableLine, spin: QSpinBox, value: int) -> None:
        if value > line.returnable:
            spin.setValue(line.returnable)
            self._too_many(line)
        else:
            self.error.clear()

    def _too_many(self, line: ReturnableLine) -> None:
        """Say why no more of this line can come back."""
        if line.returned:
            text = self.tr("%1 of this were sold, %2 returned already: %3 can come back.")
        else:
            text = self.tr("%1 of this were sold: no more can come back.")
        self.error.setText(
            text.replace("%1", str(line.sold)).replace("%2", str(line.returned)).replace("%3", str(line.returnable))
        )

    def add(self) -> None:
        if self.receipt is None:
            self.error.setText(self.tr("Find the receipt first."))
            return
        chosen = list(zip(self.receipt.lines, [spin.value() for spin in self.spins], strict=True))
        chosen = [(line, qty) for line, qty in chosen if qty > 0]
        if not chosen:
            self.error.setText(self.tr("Choose how many of which item come back."))
            return
        for line, qty in chosen:
            self.till.add_return(self.receipt.sale_id, line.line_id, qty)
        self.accept()
