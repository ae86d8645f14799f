"""Closing the shift: count the drawer note by note; the facade gives the variance and Z report."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox, QWidget

from app.cash import count_total, denominations
from app.money import format_plain
from ui.dialogs.base import button_row
from ui.widgets import TOUCH


class ShiftCloseDialog(QDialog):
    def __init__(self, currency: str, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shift_close_dialog")
        self.setWindowTitle(self.tr("Close shift: count the drawer"))
        self.currency, self.locale = currency, locale
        form = QFormLayout(self)
        self.counts: dict[int, QSpinBox] = {}
        for face in denominations(currency):
            spin = QSpinBox()
            spin.setObjectName(f"count_{face}")
            spin.setAccessibleName(self.tr("Count of %s") % format_plain(face, currency, locale))
            spin.setRange(0, 9999)
            spin.setMinimumHeight(TOUCH // 2 + 8)
            spin.valueChanged.connect(self._update)
            self.counts[face] = spin
            form.addRow(format_plain(face, currency, locale), spin)
        self.total_label = QLabel()
        self.total_label.setObjectName("counted_total")
        form.addRow(self.tr("Counted"), self.total_label)
        form.addRow(button_row(self, self.tr("Close shift"), ok_name="close_shift_ok")[0])
        self._update()
        first = next(iter(self.counts.values()))
        first.setFocus()
        first.selectAll()  # typing replaces its 0: "16" is 16, never 160

    def counted(self) -> int:
        return count_total({face: spin.value() for face, spin in self.counts.items()})

    def _update(self) -> None:
        self.total_label.setText(format_plain(self.counted(), self.currency, self.locale))
