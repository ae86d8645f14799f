"""Closing the shift: count the drawer note by note, see the expected cash and the variance on one
screen (no scrolling), and confirm before the Z report is committed: a Z report cannot be undone."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.cash import count_total, denominations
from app.money import format_plain
from ui.dialogs.returns import bare_spin
from ui.till import Till
from ui.widgets import TOUCH, button, message_label

COLUMNS = 2  # the notes and coins side by side, so the whole count and its variance fit a till's screen


class ShiftCloseDialog(QDialog):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        info = till.terminal.info
        self.setObjectName("shift_close_dialog")
        self.setWindowTitle(self.tr("Close shift: count the drawer"))
        self.currency, self.locale = info.currency, info.locale
        self.expected: int | None = None
        self.confirming = False
        self.confirmed = 0  # the count the confirmation quoted
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        self.counts: dict[int, QSpinBox] = {}
        faces = denominations(self.currency)
        rows = -(-len(faces) // COLUMNS)
        for i, face in enumerate(faces):
            spin = bare_spin(QSpinBox())  # typed; tiny arrows help no finger
            spin.setObjectName(f"count_{face}")
            spin.setAccessibleName(self.tr("Count of %s") % self._plain(face))
            spin.setRange(0, 9999)
            spin.setMinimumHeight(TOUCH)
            spin.valueChanged.connect(self._count_changed)
            self.counts[face] = spin
            row, col = i % rows, (i // rows) * 2
            grid.addWidget(QLabel(self._plain(face)), row, col)
            grid.addWidget(spin, row, col + 1)
        outer.addLayout(grid)
        self.summary = QLabel()
        self.summary.setObjectName("shift_close_summary")
        self.summary.setStyleSheet("font-size: 20px; font-weight: 600;")
        outer.addWidget(self.summary)
        self.confirm = message_label("shift_close_confirm")
        outer.addWidget(self.confirm)
        actions = QHBoxLayout()
        self.ok = button(self.tr("Close shift"), "close_shift_ok")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        self.back = button(self.tr("Cancel"), "close_shift_cancel")
        self.back.clicked.connect(self.reject)
        actions.addWidget(self.ok, 2)
        actions.addWidget(self.back, 1)
        outer.addLayout(actions)
        self._update()
        first = next(iter(self.counts.values()))
        first.setFocus()
        first.selectAll()  # typing replaces its 0: "16" is 16, never 160
        # what the drawer should hold, for the variance on screen; if it cannot be read the count shows
        # alone (closing computes the variance itself)
        till.tasks.run(till.terminal.shift.x_report, on_ok=self._expected, on_error=lambda _exc: None, query=True)

    def _plain(self, minor: int) -> str:
        return format_plain(minor, self.currency, self.locale)

    def _expected(self, report: object) -> None:
        self.expected = report.expected_cash
        self._update()

    def counted(self) -> int:
        return count_total({face: spin.value() for face, spin in self.counts.items()})

    def variance(self) -> int | None:
        return None if self.expected is None else self.counted() - self.expected

    def _update(self) -> None:
        counted = self.counted()
        parts = [self.tr("Counted %s") % self._plain(counted)]
        if self.expected is not None:
            variance = counted - self.expected
            sign = "+" if variance > 0 else ""
            parts[:0] = [self.tr("Expected %s") % self._plain(self.expected)]
            parts.append(self.tr("Variance %s") % f"{sign}{self._plain(variance)}")
        self.summary.setText("   ·   ".join(parts))

    def _count_changed(self) -> None:
        self._update()
        if self.confirming and self.counted() != self.confirmed:  # the count changed: look again before closing
            self._stop_confirming()

    def _stop_confirming(self) -> None:
        self.confirming = False
        self.confirm.clear()
        self.ok.setText(self.tr("Close shift"))
        self.back.setText(self.tr("Cancel"))

    def accept(self) -> None:
        """The first press asks to confirm; the second commits the Z report."""
        if not self.confirming:
            # Enter in a count field re-reads it and says it changed, unchanged: only another count asks again
            self.confirming, self.confirmed = True, self.counted()
            variance = self.variance()
            said = self.tr("Close the shift with this count? The Z report is final and cannot be undone.")
            if variance:
                sign = "+" if variance > 0 else ""
                said = self.tr("Close the shift with a variance of %s? The Z report is final and cannot be undone.") % (
                    f"{sign}{self._plain(variance)}"
                )
            self.confirm.setText(said)
            self.ok.setText(self.tr("Yes, close the shift"))
            self.back.setText(self.tr("Back to the count"))
            return
        super().accept()

    def reject(self) -> None:
        if self.confirming:
            self._stop_confirming()
            return
        super().reject()
