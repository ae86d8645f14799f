"""The till's measures in one place: spacing steps and key heights that layouts set in code (a style
sheet cannot set a layout's spacing). Colours and the type scale live in resources/style.qss; the
two files use the same steps, so every screen has the same rhythm."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget

from ui.widgets import TOUCH  # px: the smallest side of anything a finger presses (README, Keys)

KEY_PRIMARY = 72  # the keys of every sale: quantity, discount, void line, park
WIDE = 1280  # px: a screen at least this wide lays the sale screen's rarer keys in two rows, else three

REFUND_INK = "#6941c6"  # money going back (style.qss: refund), for a model's rows a style sheet cannot reach

# spacing steps (px); style.qss pads with the same ones
SPACE_S = 4
SPACE_M = 8
SPACE_L = 12
SPACE_XL = 16
KEY_PAY = 2 * KEY_PRIMARY + SPACE_M  # the next key of every sale, pay: as tall as two keys beside it


def size_role(widget: QWidget, role: str) -> None:
    """Mark a key "pay", "primary" or "secondary" (its tier): style.qss sizes its type by this property."""
    widget.setProperty("tier", role)
    widget.setMinimumHeight({"pay": KEY_PAY, "primary": KEY_PRIMARY}.get(role, TOUCH))


def spaced(layout: QLayout, spacing: int = SPACE_M, margin: int = 0) -> QLayout:
    """A layout with one of the spacing steps between its items and around them."""
    layout.setSpacing(spacing)
    layout.setContentsMargins(margin, margin, margin, margin)
    return layout
