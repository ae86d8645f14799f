"""Sign-in and lock screen: pick your name, type your PIN on the keyboard or the pad."""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.users import UserInfo
from ui.messages import joined
from ui.numpad import NumPad
from ui.people import UserPicker
from ui.widgets import TOUCH, button, message_label


class SignInScreen(QWidget):
    sign_in_requested = Signal(str, str)  # login, pin
    quit_requested = Signal()  # a manager closes the till (Ctrl+Q too)

    def __init__(self, store_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_screen")
        self.login = ""
        self.pending = False  # a sign-in is on its way: a second Enter or OK must not try again
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
        self.quit = button(self.tr("Quit the till"), "quit_button")
        self.quit.setText(self.quit.text() + "\nCtrl+Q")  # the window's key (ui/main_window.py), as the keys show it
        self.quit.setToolTip(self.tr("A manager closes the till (Ctrl+Q); a cashier needs a manager's PIN."))
        self.quit.clicked.connect(self.quit_requested)
        left.addWidget(self.quit)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        self.who = QLabel(self.tr("Choose your name"))
        self.who.setObjectName("sign_in_who")
        right.addWidget(self.who)
        self.note = message_label("sign_in_note")  # neutral: being locked is no error
        right.addWidget(self.note)
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
        self.note.clear()
        self.pin.setFocus()

    def lock(self, user: UserInfo) -> None:
        self.choose(user.login, user.name)
        self.note.setText(self.tr("Locked. Type your PIN to go on."))

    def submit(self) -> None:
        """Ask once: an Enter taken twice, or a key held down, must not try an empty PIN (a wrong one)."""
        if self.pending:
            return
        if not self.login:
            self.error.setText(self.tr("Choose your name first."))
            return
        if not self.pin.text():
            self.error.setText(self.tr("Type your PIN, then press Enter."))
            return
        self.error.clear()
        self.pending = True
        self.sign_in_requested.emit(self.login, self.pin.text())
        self.pin.clear()

    def answered(self) -> None:
        """The sign-in was answered (signed in, or refused): the next PIN may be sent."""
        self.pending = False

    def show_error(self, message: str, hint: str) -> None:
        self.answered()
        self.error.setText(joined(message, hint))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.keyCombination() == QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Q):
            self.quit_requested.emit()
            return
        if event.text().isdigit():
            self.pin.setFocus()
            self.pin.insert(event.text())
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.pin.hasFocus():  # the PIN field's Enter was taken by returnPressed already
                self.submit()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # the names, without a mouse
            self.users.step(-1 if event.key() == Qt.Key.Key_Up else 1, self.login)
            return
        super().keyPressEvent(event)
