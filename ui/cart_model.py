"""The cart as a Qt table model over the screen's ``SaleView`` (ui.sale_view: plain, already formatted data)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.sale_view import LineView
from ui.style import REFUND_INK

Index = QModelIndex | QPersistentModelIndex


class CartModel(QAbstractTableModel):
    COLUMNS = ("item", "qty", "price", "discount", "total")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[LineView] = []
        self.headers = [self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Discount"), self.tr("Total")]

    def set_lines(self, lines: list[LineView]) -> None:
        """Show ``lines``, telling the view only what changed: a scan inserts its row (or changes the
        row it added to), a voided line removes its row, and the rows left as they were are not laid
        out or painted again. Only a sale of other lines (a new sale, a resumed one) resets the model."""
        old, new = self.lines, list(lines)
        if old == new:
            return
        kept = [ln.id for ln in new]
        if [ln.id for ln in old] == kept[: len(old)]:  # the same lines, maybe changed, some added at the end
            self._changed(old, new, len(old))
            if len(new) > len(old):
                self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
                self.lines = new
                self.endInsertRows()
            return
        gone = len(old) - len(new)
        if gone > 0:
            ids = [ln.id for ln in old]
            row = next((i for i, (a, b) in enumerate(zip(ids, kept, strict=False)) if a != b), len(kept))
            if ids[:row] + ids[row + gone :] == kept:  # lines voided together, one block
                self.beginRemoveRows(QModelIndex(), row, row + gone - 1)
                self.lines = old[:row] + old[row + gone :]
                self.endRemoveRows()
                self._changed(self.lines, new, len(new))
                return
        self.beginResetModel()
        self.lines = new
        self.endResetModel()

    def _changed(self, old: list[LineView], new: list[LineView], rows: int) -> None:
        """Take the first ``rows`` lines of ``new``; tell the view the span of those that differ."""
        differ = [i for i in range(rows) if old[i] != new[i]]
        self.lines = new[:rows] + self.lines[rows:]
        if differ:
            last = len(self.COLUMNS) - 1
            self.dataChanged.emit(self.index(differ[0], 0), self.index(differ[-1], last))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "item":
                mark = " ↩" if line.is_return else (" *" if line.price_override else "")
                return f"{line.description}{mark}\n{line.sku}{self._shelf(line)}{self._short(line)}"
            return {"qty": str(line.qty), "price": line.unit_price, "discount": line.discount, "total": line.total}[
                column
            ]
        if role == Qt.ItemDataRole.ForegroundRole and line.is_return:
            return QColor(REFUND_INK)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "item":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{line.description}, {line.qty}, {line.total}{self._short(line).replace(' · ⚠', ',')}"
        return None

    def _short(self, line: LineView) -> str:
        """A line the store has too few units for is marked, so the cashier offers the cloud shelf."""
        return " · ⚠ " + self.tr("sold out here") if line.short_here else ""

    def _shelf(self, line: LineView) -> str:
        """A cloud-shelf line says where it goes and whether the platform holds it."""
        if not line.shelf:
            return ""
        to = self.tr("home") if line.shelf_to == "home" else line.shelf_to
        state = self.tr("held") if line.shelf == "held" else self.tr("to be confirmed")
        return " · " + self.tr("cloud shelf → %1, %2").replace("%1", to).replace("%2", state)

    def row_of(self, line_id: str) -> int:
        return next((i for i, ln in enumerate(self.lines) if ln.id == line_id), -1)
