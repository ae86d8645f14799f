"""Blocks several screens show alike, built once: a style's title, the age of its figures and its
table (the cloud shelf, shared stock), and a queue of rows to choose from (the pickup queue, the
cloud-shelf orders). A screen fills them; how they look and behave is decided here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from app.shelf import Matrix
from ui.messages import localized
from ui.widgets import TOUCH


def age_text(minutes: int) -> str:
    """A waiting time or the age of figures, as short as a table cell wants it."""
    if minutes < 60:
        return QCoreApplication.translate("Pickup", "%1 min").replace("%1", str(minutes))
    if minutes < 48 * 60:
        return QCoreApplication.translate("Pickup", "%1 h").replace("%1", str(minutes // 60))
    return QCoreApplication.translate("Pickup", "%1 d").replace("%1", str(minutes // (24 * 60)))


def kind_name(kind: str) -> str:
    return {
        "store": QCoreApplication.translate("Shelf", "store"),
        "warehouse": QCoreApplication.translate("Shelf", "warehouse"),
    }.get(kind, kind)


def figures_said(m: Matrix) -> str:
    """How old the figures are, plainly."""
    if m.live:
        return QCoreApplication.translate("Shelf", "Live from the platform")
    age = m.age_minutes()
    if age is None:
        said = QCoreApplication.translate("Shelf", "No figures of other locations yet")
    else:
        said = QCoreApplication.translate("Shelf", "Offline: figures as of %1 ago").replace("%1", age_text(age))
    return f"{said} ({localized(m.note)})" if m.note else said


class FiguresBlock:
    """A style's title ("ST01 · Linen Shirt"), the age of its figures and the table of them, one above
    the other in ``layout``; ``<prefix>_title``, ``<prefix>_age_label`` and ``table_name`` name them."""

    def __init__(self, prefix: str, table_name: str, accessible: str, row_height: int) -> None:
        self.title = QLabel()
        self.title.setObjectName(f"{prefix}_title")
        self.age = QLabel()
        self.age.setObjectName(f"{prefix}_age_label")
        self.table = QTableWidget(0, 0)
        self.table.setObjectName(table_name)
        self.table.setAccessibleName(accessible)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.layout = QVBoxLayout()
        self.layout.addWidget(self.title)
        self.layout.addWidget(self.age)
        self.layout.addWidget(self.table, 1)

    def show_style(self, m: Matrix) -> None:
        """The style's code and name, and how old its figures are."""
        self.title.setText(f"{m.style_code} · {m.style_name}")
        self.age.setText(figures_said(m))


class QueueTable(QTableWidget):
    """Rows to choose one from, a fingertip high: whole rows selected, nothing edited in place, the
    column ``stretch`` taking the room left; each cell keeps its row's key (``UserRole``)."""

    def __init__(self, name: str, accessible: str, headers: Sequence[str], stretch: int, focus: bool = True) -> None:
        super().__init__(0, len(headers))
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        if not focus:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(TOUCH)
        self.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def show_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """One row per (key, cells); the first column as wide as its codes."""
        self.setRowCount(len(rows))
        for r, (key, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.setItem(r, c, item)
        self.resizeColumnToContents(0)
