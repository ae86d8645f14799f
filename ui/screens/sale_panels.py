"""What the sale screen shows beside its cart: the totals panel (the total, its breakdown, and the
change due after a sale) and the search results, a page at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from ui.change_due import ChangeDue
from ui.sale_view import SaleView
from ui.style import SPACE_L, SPACE_S, spaced
from ui.till import Till


class TotalsPanel(QFrame):
    """The sale's total, large (violet when money goes back), and its breakdown below; after a sale the
    change due stands in their place until the next sale starts."""

    def __init__(self, till: Till) -> None:
        super().__init__()
        self.setObjectName("total_panel")
        self.total = QLabel()
        self.total.setObjectName("total_label")
        self.total.setAccessibleName(self.tr("Total"))
        self.details = QLabel()
        self.details.setObjectName("totals_detail")
        self.change_due = ChangeDue(till, covers=(self.total, self.details))
        panel = spaced(QVBoxLayout(self), SPACE_S, SPACE_L)
        panel.addWidget(self.change_due)
        panel.addWidget(self.total)
        panel.addWidget(self.details)

    def show_sale(self, view: SaleView) -> None:
        self.total.setText(view.total)
        kind = "refund" if view.total_minor < 0 else ""  # money going back: violet
        if self.total.property("kind") != kind:  # polishing restyles the panel: only when the colour changes
            self.total.setProperty("kind", kind)
            self.total.style().polish(self.total)
        detail = [self.tr("%n item(s)", "", view.count), self.tr("Subtotal %s") % view.subtotal]
        if view.discount:
            detail.append(self.tr("Discount %s") % view.discount)
        tax = self.tr("incl. tax") if view.tax_label == "incl. tax" else self.tr("Tax")
        detail.append(f"{tax} {view.tax}")
        if view.rounding:
            detail.append(self.tr("Rounding %s") % view.rounding)
        if view.note:
            detail.append(self.tr("Note: %s") % view.note)
        self.details.setText("\n".join(detail))


class SearchResults(QListWidget):
    """The items a typed name found; scrolled to its end (or too short to scroll) it asks for the next
    page, one page at a time."""

    def __init__(self, till: Till) -> None:
        super().__init__()
        self.till = till
        self.setObjectName("search_results")
        self.setAccessibleName(self.tr("Search results"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._query, self._more = "", False
        self.hide()

    def show_page(self, query: str, items: list, offset: int) -> None:
        """A page of results: the first replaces the list, the next ones add to it."""
        if offset == 0:
            self.clear()
            self.setCurrentRow(-1)
        money = self.till.money
        for item in items:
            row = QListWidgetItem(f"{item.description}\n{item.sku}   {money(item.price or 0)}")
            row.setData(Qt.ItemDataRole.UserRole, item.variant_id)
            self.addItem(row)
        self._query, self._more = query, len(items) == self.till.search_page
        self.setVisible(self.count() > 0)
        QTimer.singleShot(0, self._fill)  # once laid out: a list too short to scroll loads its next page

    def _fill(self) -> None:
        if self.isVisible() and self.verticalScrollBar().maximum() == 0:
            self._scrolled(0)

    def _scrolled(self, value: int) -> None:
        if self._more and value >= self.verticalScrollBar().maximum():
            self._more = False  # one page at a time
            self.till.search(self._query, offset=self.count())
