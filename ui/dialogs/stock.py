"""The manager's shared stock screen: a style's stock at every location (search by style, SKU,
barcode or name), the locations running low, and a CSV export through a file dialog. The figures,
the low-stock rule and the CSV are the terminal's (``app.shelf``); this only shows them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.shelf import Matrix, StockRow
from ui.blocks import FiguresBlock, kind_name
from ui.till import Till
from ui.widgets import TOUCH, button, message_label, scan_field

LOW = QColor("#fdecec")


class StockDialog(QDialog):
    def __init__(self, till: Till, key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.matrix: Matrix | None = None
        self.setObjectName("stock_dialog")
        self.setWindowTitle(self.tr("Shared stock"))
        self.setMinimumSize(1100, 640)
        self.search = scan_field(
            "stock_search_field",
            self.tr("Style, SKU, barcode or name"),
            self.tr("Scan an item, or type a style code, a SKU or a name"),
            key,
        )
        self.search.returnPressed.connect(self.load)
        show = button(self.tr("Show"), "stock_show_button", shortcut="F3")
        show.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(show)
        self.figures = FiguresBlock(
            "stock", "stock_table", self.tr("Units available per location and variant"), TOUCH - 16
        )
        self.title, self.age, self.table = self.figures.title, self.figures.age, self.figures.table
        self.low = QListWidget()
        self.low.setObjectName("stock_low_list")
        self.low.setAccessibleName(self.tr("Low stock"))
        self.low_label = QLabel()
        self.low_label.setObjectName("stock_low_label")
        right = QVBoxLayout()
        right.addWidget(self.low_label)
        right.addWidget(self.low, 1)
        middle = QHBoxLayout()
        middle.addLayout(self.figures.layout, 3)
        middle.addLayout(right, 1)
        self.message = message_label("stock_message")
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        for text, name, slot in (
            (self.tr("Export CSV"), "stock_export_button", lambda: self.export(False)),
            (self.tr("Export low stock"), "stock_export_low_button", lambda: self.export(True)),
            (self.tr("Close"), "stock_close_button", self.reject),
        ):
            b = button(text, name)
            b.clicked.connect(slot)
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(row)
        till.stock_loaded.connect(self.show_stock)
        till.stock_exported.connect(self._exported)
        till.error.connect(self.show_error)
        if key.strip():
            self.load()
        self.search.setFocus()

    def load(self) -> None:
        key = self.search.text().strip()
        if not key:
            self.show_error(self.tr("Scan an item, or type a style code, a SKU or a name."), "")
            return
        self.message.clear()
        self.age.setText(self.tr("Asking the platform ..."))
        self.till.load_stock(key)

    def show_stock(self, loaded: tuple) -> None:
        m, rows, low = loaded
        self.matrix = m
        self.figures.show_style(m)
        variants = list(dict.fromkeys((r.sku, r.colour, r.size) for r in rows))
        places = list(dict.fromkeys((r.location, r.name, r.kind) for r in rows))
        at = {(r.location, r.sku): r for r in rows}
        threshold = self.till.terminal.config.low_stock
        self.table.clear()
        self.table.setRowCount(len(places))
        self.table.setColumnCount(len(variants) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Kind")] + [f"{c}\n{s}" for _sku, c, s in variants])
        self.table.setVerticalHeaderLabels([f"{code} {name}" for code, name, _k in places])
        for r, (code, _name, kind) in enumerate(places):
            self.table.setItem(r, 0, QTableWidgetItem(kind_name(kind)))
            for c, (sku, _colour, _size) in enumerate(variants, 1):
                row: StockRow | None = at.get((code, sku))
                item = QTableWidgetItem(str(row.available) if row else "-")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row is not None:
                    item.setToolTip(self._tip(row))
                    if row.available <= threshold:
                        item.setBackground(LOW)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.low_label.setText(self.tr("Low stock (%1 or fewer available)").replace("%1", str(threshold)))
        self.low.clear()
        for r in low:
            self.low.addItem(f"{r.location} · {r.colour} {r.size}: {r.available}")

    def _tip(self, row: StockRow) -> str:
        tip = self.tr("%1 on hand, %2 held").replace("%1", str(row.on_hand)).replace("%2", str(row.reserved))
        if row.last_movement_at:
            tip += "\n" + self.tr("Last movement %1").replace("%1", row.last_movement_at[:16].replace("T", " "))
        return tip

    def export(self, low_only: bool) -> None:
        if self.matrix is None:
            self.show_error(self.tr("Show a style first."), "")
            return
        d = QFileDialog(self, self.tr("Export stock as CSV"))
        d.setObjectName("stock_file_dialog")
        d.setOption(QFileDialog.Option.DontUseNativeDialog)  # the same dialog on every till, and in the tests
        d.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        d.setNameFilter(self.tr("CSV files (*.csv)"))
        d.setDefaultSuffix("csv")
        d.selectFile(f"stock-{self.matrix.style_code}{'-low' if low_only else ''}.csv")
        if d.exec() == QDialog.DialogCode.Accepted and d.selectedFiles():
            self.till.export_stock(self.matrix.style_code, d.selectedFiles()[0], low_only)

    def _exported(self, rows: int, path: str) -> None:
        self.message.show_notice(self.tr("%1 rows written to %2").replace("%1", str(rows)).replace("%2", path))

    def show_error(self, message: str, hint: str) -> None:
        if self.age.text() == self.tr("Asking the platform ..."):  # the question was answered: refused
            self.age.clear()
        self.message.show_error(message, hint)

    def done(self, result: int) -> None:
        self.till.stock_loaded.disconnect(self.show_stock)
        self.till.stock_exported.disconnect(self._exported)
        self.till.error.disconnect(self.show_error)
        super().done(result)
