"""Small widgets the screens share: big touch buttons and an amount field in the store's currency."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from app.errors import UserError
from app.money import parse_amount
from ui.messages import joined

TOUCH = 56  # px: the smallest side of anything a finger presses


def role_name(role: str) -> str:
    """A user's role in the screen's language."""
    names = {
        "cashier": QCoreApplication.translate("Roles", "cashier"),
        "clerk": QCoreApplication.translate("Roles", "clerk"),
        "manager": QCoreApplication.translate("Roles", "manager"),
    }
    return names.get(role, role)


def button(text: str, name: str, parent: QWidget | None = None, shortcut: str = "") -> QPushButton:
    """A button at least a fingertip high, with a stable objectName and an accessible name."""
    label = f"{text}\n{shortcut}" if shortcut else text
    b = QPushButton(label, parent)
    b.setObjectName(name)
    b.setAccessibleName(text)
    b.setMinimumHeight(TOUCH)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
    return b


_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
_PAGES = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
_ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)


def moves_rows(key: int) -> bool:
    """Whether ``key`` is one :func:`moved_row` answers: every other key (a scan's digits and its
    Enter) skips measuring the list's page."""
    return key in _STEPS or key in _PAGES or key in _ENDS


def moved_row(key: int, current: int, count: int, page: int, *, ends: bool = True) -> int | None:
    """The row a list key moves to from ``current`` (-1: none yet) in a list of ``count`` rows showing
    ``page`` rows at once, or None when ``key`` moves nothing (the scan field keeps it). Up/Down step,
    PgUp/PgDn go a page, Home/End (when ``ends``: the field is empty) go to the first and last row;
    the ends hold, nothing wraps round."""
    if count <= 0:
        return None
    if key in _STEPS:
        step = _STEPS[key]
    elif key in _PAGES:
        step = _PAGES[key] * max(page, 1)
    elif key in _ENDS and ends:
        return 0 if key == Qt.Key.Key_Home else count - 1
    else:
        return None
    if current < 0:
        return 0 if step > 0 else count - 1
    return min(max(current + step, 0), count - 1)


def scan_field(name: str, accessible: str, placeholder: str, text: str = "") -> QLineEdit:
    """A field a keyboard scanner types into as it always did (``scan_target``: ui/wedge.py
    leaves its keys alone), a fingertip high, with a stable objectName and an accessible name."""
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    field.setMinimumHeight(TOUCH)
    field.setProperty("scan_target", True)
    return field


class MessageBar(QLabel):
    """The line a screen or dialog speaks on: a refusal with its hint (red), a notice, or nothing. Every
    screen's message, error and banner label is one of these, so they look, wrap and clear alike."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setAccessibleName(name.replace("_", " "))

    def say(self, text: str, kind: str) -> None:
        """Show ``text`` as ``kind`` ("error", "notice" or "": style.qss colours it by this property)."""
        self.setProperty("kind", kind)
        self.setText(text)
        self.style().polish(self)

    def show_error(self, message: str, hint: str) -> None:
        self.say(joined(message, hint), "error")

    def show_notice(self, text: str) -> None:
        self.say(text, "notice")

    def clear_message(self) -> None:
        self.say("", "")


def message_label(name: str, parent: QWidget | None = None) -> MessageBar:
    """A screen's or dialog's message bar (see :class:`MessageBar`)."""
    return MessageBar(name, parent)


class AmountEdit(QLineEdit):
    """Money typed as the cashier says it ("12.50"); read back in minor units of the currency."""

    def __init__(self, currency: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setObjectName(name)
        self.setAccessibleName(name.replace("_", " "))
        self.setMinimumHeight(TOUCH)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def minor(self) -> int:
        """The amount in minor units; :class:`UserError` with what to do when it is not one."""
        if not self.text().strip():
            raise UserError("Type an amount.", "For example 100 or 12.50.")
        return parse_amount(self.text(), self.currency)
