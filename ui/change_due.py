"""The change to hand back, shown large and on its own on the sale screen from the moment a sale
completes until the next sale starts: the cashier counts it out after the payment dialog closed,
and a glance still finds it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.sale_view import SaleView
from ui.till import Till


class ChangeDue(QLabel):
    """Shown in place of ``covers`` (the empty sale's zero total), which come back with the next sale."""

    def __init__(self, till: Till, covers: tuple[QWidget, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till, self.covers = till, covers
        self.setObjectName("change_label")
        self.setAccessibleName(self.tr("Change due"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        super().setVisible(False)
        till.completed.connect(self.show_change)
        till.sale_changed.connect(self._sale_changed)
        till.signed_in.connect(lambda _user: self.setVisible(False))  # the next cashier starts clean

    def show_change(self, done: object, _doc: object) -> None:
        """A completed sale's change (a refund's amount paid back); a reprint (``done`` None) changes nothing."""
        if done is None:
            return
        money = self.till.money
        if done.total < 0:
            self.setText(self.tr("Refund: %s") % money(-done.total))
        else:
            self.setText(self.tr("Change: %s") % money(done.change))
        self.setVisible(True)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        for widget in self.covers:
            widget.setVisible(not visible)

    def _sale_changed(self, view: SaleView) -> None:
        if view.lines:  # the next sale has started
            self.setVisible(False)
