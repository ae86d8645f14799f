"""Where the sale screen's action keys sit: the keys of every sale (pay, quantity, discount, void
line, park) large beside the total, where the cashier's eye already is; the rarer ones smaller, in
captioned groups below the cart. Every key keeps its shortcut; the sale screen makes the buttons, this
only places them, so a key added there without a place here still shows (in the last group)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.style import SPACE_M, SPACE_XL, TOUCH, WIDE, size_role, spaced

PAY = "pay_button"
PRIMARY = ("qty_button", "discount_button", "void_line_button", "park_button")  # two by two
HEADER = ("devices_button", "lock_button")  # beside who is signed in, as a tablet till has them
GROUPS = (
    (
        "search_button",
        "parked_button",
        "return_button",
        "price_button",
        "order_discount_button",
        "note_button",
        "void_sale_button",
    ),
    (
        "x_report_button",
        "open_shift_button",
        "close_shift_button",
        "reprint_button",
        "cash_in_button",
        "cash_out_button",
        "no_sale_button",
    ),
    ("pickup_button", "shelf_button", "shelf_orders_button", "stock_button"),
)


def group_titles() -> tuple[str, str, str]:
    return (
        QCoreApplication.translate("SaleKeys", "This sale"),
        QCoreApplication.translate("SaleKeys", "Shift and drawer"),
        QCoreApplication.translate("SaleKeys", "Store"),
    )


def header_row(who: QWidget, buttons: dict[str, QPushButton]) -> QHBoxLayout:
    """Who is signed in, with the keys about the till rather than the sale: devices and lock."""
    row = spaced(QHBoxLayout(), SPACE_M)
    row.addWidget(who, 1)
    for name in HEADER:
        size_role(buttons[name], "secondary")
        buttons[name].setMinimumWidth(2 * TOUCH)
        row.addWidget(buttons[name])
    return row


def primary_keys(buttons: dict[str, QPushButton]) -> QGridLayout:
    """Quantity, discount, void line and park two by two, and Pay as tall as both rows beside them,
    like the Enter key of a number pad."""
    grid = spaced(QGridLayout(), SPACE_M)
    for i, name in enumerate(PRIMARY):
        size_role(buttons[name], "primary")
        grid.addWidget(buttons[name], i // 2, i % 2)
    size_role(buttons[PAY], "pay")
    grid.addWidget(buttons[PAY], 0, 2, 2, 1)
    for c in range(3):
        grid.setColumnStretch(c, 1)
    return grid


class GroupedKeys(QHBoxLayout):
    """The other keys in captioned groups; a group's keys share its width in straight columns. On a
    narrow screen (under ``WIDE`` px) they take three rows instead of two, so every key's words fit."""

    def __init__(self, buttons: dict[str, QPushButton]) -> None:
        super().__init__()
        spaced(self, SPACE_XL)
        placed = {PAY, *PRIMARY, *HEADER, *(name for group in GROUPS for name in group)}
        rest = tuple(name for name in buttons if name not in placed)
        self.groups = [[buttons[n] for n in names] for names in (*GROUPS[:-1], GROUPS[-1] + rest)]
        self.grids: list[QGridLayout] = []
        self.rows = 0
        for title, keys in zip(group_titles(), self.groups, strict=True):
            box = spaced(QVBoxLayout(), SPACE_M)
            caption = QLabel(title)
            caption.setObjectName("key_group_title")
            box.addWidget(caption)
            grid = spaced(QGridLayout(), SPACE_M)
            for b in keys:
                size_role(b, "secondary")
                b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # columns share the width
            box.addLayout(grid)
            box.addStretch(1)
            self.addLayout(box)
            self.grids.append(grid)
        self.arrange(WIDE)

    def arrange(self, width: int) -> None:
        """Two rows of keys, or three under ``WIDE`` px; the groups as wide as their columns."""
        rows = 2 if width >= WIDE else 3
        if rows == self.rows:
            return
        self.rows = rows
        for n, (grid, keys) in enumerate(zip(self.grids, self.groups, strict=True)):
            columns = -(-len(keys) // rows)
            for i, b in enumerate(keys):
                grid.addWidget(b, i // columns, i % columns)
            for c in range(max(grid.columnCount(), columns)):
                grid.setColumnStretch(c, 1 if c < columns else 0)
            self.setStretch(n, columns)
