"""The till's users as big buttons, one per person: whom sign-in and a manager's approval ask for.

A name is pressed, never typed: a cashier cannot misspell a login, and the PIN pad does the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from app.users import UserInfo
from ui.widgets import button, role_name


class UserPicker(QWidget):
    """The users as buttons named ``<prefix>_<login>``; ``chosen(login, name)`` when one is pressed.
    ``checkable`` keeps the chosen one pressed in (where the choice stays on screen beside the pad)."""

    chosen = Signal(str, str)  # login, name

    def __init__(self, prefix: str = "user", *, checkable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_picker")
        self.prefix, self.checkable = prefix, checkable
        self.users: list[UserInfo] = []
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def set_users(self, users: list[UserInfo]) -> None:
        """Show ``users`` (in their order) in place of those shown before."""
        while self.box.count():
            old = self.box.takeAt(0).widget()
            self.group.removeButton(old)
            old.deleteLater()
        self.users = list(users)
        self.buttons = {}
        for user in self.users:
            b = button(f"{user.name}  ·  {role_name(user.role)}", f"{self.prefix}_{user.login}")
            b.setCheckable(self.checkable)
            self.group.addButton(b)
            self.buttons[user.login] = b
            b.clicked.connect(lambda _c=False, u=user: self.choose(u.login))
            self.box.addWidget(b)

    def choose(self, login: str) -> None:
        """Choose a user as if their button was pressed."""
        user = next((u for u in self.users if u.login == login), None)
        if user is None:
            return
        if self.checkable:
            self.buttons[login].setChecked(True)
        self.chosen.emit(user.login, user.name)

    def step(self, by: int, current: str) -> None:
        """The next (``by`` = 1) or previous user after ``current``: choosing with the arrow keys."""
        if not self.users:
            return
        logins = [u.login for u in self.users]
        at = logins.index(current) if current in logins else (-1 if by > 0 else 0)
        self.choose(logins[(at + by) % len(logins)])
