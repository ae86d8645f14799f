"""Sign-in and lock screen: pick your name, type your PIN on the keyboard or the pad."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.users import UserInfo
from ui.messages import joined
from ui.numpad import NumPad
from ui.people import UserPicker
from ui.widgets import TOUCH, message_label


class SignInScreen(QWidget):
    sign_in_requested = Signal(str, str)  # login, pin

    def __init__(self, store_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_screen")
        self.login = ""
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.title = QLabel(store_name)
        self.title.setObjectName("store_title")
        left.addWidget(self.title)
        self.users = UserPicker("user", checkable=True)  # the chosen name shows, however it was chosen
        self.users.chosen.connect(self.choose)
        self.users_box = self.users.box
        left.addWidget(self.users)
        left.addStretch(1)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        self.who = QLabel(self.tr("Choose your name"))
        self.who.setObjectName("sign_in_who")
        right.addWidget(self.who)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin_field")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMinimumHeight(TOUCH)
        self.pin.setMaxLength(8)
        self.pin.returnPressed.connect(self.submit)
        right.addWidget(self.pin)
        pad = NumPad(self.pin, prefix="pin", enter=True)
        pad.entered.connect(self.submit)
        right.addWidget(pad)
        self.error = message_label("sign_in_error")
        right.addWidget(self.error)
        right.addStretch(1)
        outer.addLayout(right, 1)

    def set_users(self, users: list[UserInfo]) -> None:
        self.users.set_users(users)
        if len(users) == 1:
            self.choose(users[0].login, users[0].name)

    def choose(self, login: str, name: str) -> None:
        self.login = login
        chosen = self.users.buttons.get(login)
        if chosen is not None:
            chosen.setChecked(True)  # the group unchecks the others
        self.who.setText(name)
        self.pin.clear()
        self.error.clear()
        self.pin.setFocus()

    def lock(self, user: UserInfo) -> None:
        self.choose(user.login, user.name)
        self.error.setText(self.tr("Locked. Type your PIN to go on."))

    def submit(self) -> None:
        if not self.login:
            self.error.setText(self.tr("Choose your name first."))
            return
        self.error.clear()
        self.sign_in_requested.emit(self.login, self.pin.text())
        self.pin.clear()

    def show_error(self, message: str, hint: str) -> None:
        self.error.setText(joined(message, hint))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isdigit():
            self.pin.setFocus()
            self.pin.insert(event.text())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # the names, without a mouse
            self.users.step(-1 if event.key() == Qt.Key.Key_Up else 1, self.login)
            return
        super().keyPressEvent(event)
