"""The one number pad of the till: PINs at sign-in and approval, quantities, percentages and amounts.

Its keys never take the focus (the field the cashier typed into keeps it, and keeps the keyboard
working beside the pad); a key goes into the field that last had the focus among those the pad
serves, at the cursor, as if typed there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from ui.widgets import TOUCH, button

KEY_WIDTH = TOUCH + 24  # a thumb's width, as the sign-in pad always had
KEY_HEIGHT = TOUCH + 8


class NumPad(QWidget):
    """Digits 1-9 and 0 in a phone's order, then the row the use needs: ``⌫ 0 OK`` for a PIN
    (``enter``), ``. 0 ⌫`` for an amount or a percentage (``point``), ``C 0 ⌫`` for a count."""

    entered = Signal()  # the OK key

    def __init__(
        self,
        *fields: QLineEdit,
        prefix: str = "pad",
        point: bool = False,
        enter: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_pad")
        self.setAccessibleName(self.tr("Number pad"))
        self.fields: list[QLineEdit] = []
        self.target: QLineEdit | None = None
        last = ["." if point else ("⌫" if enter else "C"), "0", "OK" if enter else "⌫"]
        names = {".": "point", "⌫": "back", "C": "clear", "OK": "ok"}
        spoken = {
            ".": self.tr("Decimal point"),
            "⌫": self.tr("Delete the last digit"),
            "C": self.tr("Clear"),
            "OK": self.tr("OK"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate([*"123456789", *last]):
            b = button(self.tr("OK") if key == "OK" else key, f"{prefix}_{names.get(key, key)}")
            b.setAccessibleName(spoken.get(key, key))
            b.setMinimumSize(KEY_WIDTH, KEY_HEIGHT)
            b.clicked.connect(lambda _c=False, k=key: self.press(k))
            grid.addWidget(b, i // 3, i % 3)
        for field in fields:
            self.serve(field)

    def serve(self, field: QLineEdit) -> None:
        """Type into ``field`` when it has (or last had) the focus; the first field served is the default."""
        self.fields.append(field)
        field.installEventFilter(self)
        if self.target is None:
            self.target = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.fields:
            self.target = watched
        return super().eventFilter(watched, event)

    def press(self, key: str) -> None:
        """One key, as the finger pressed it."""
        if key == "OK":
            self.entered.emit()
            return
        field = self.target
        if field is None:
            return
        if key == "⌫":
            field.backspace()
        elif key == "C":
            field.clear()
        else:
            field.insert(key)
        field.setFocus()
