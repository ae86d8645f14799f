"""A manager's approval for an action the cashier may not do alone: the manager presses their name
and types their PIN on the pad or the keyboard.

The dialog stays open while the approved call runs: a wrong PIN (or a user who may not approve) is
said here and the manager tries again, instead of the cashier starting the action over."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.users import Credentials, UserInfo
from ui.dialogs.base import button_row, heading, titled
from ui.messages import joined
from ui.numpad import NumPad
from ui.people import UserPicker
from ui.till import Till
from ui.widgets import TOUCH, message_label


class ApprovalDialog(QDialog):
    """``retry(credentials)`` makes the refused call again with the manager's PIN; its refusals arrive
    on ``errors`` (the view model's error signal). Accepted once the call went through."""

    def __init__(
        self,
        till: Till,
        message: str,
        retry: Callable[[Credentials], None],
        errors: SignalInstance,
        context: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.till, self.retry = till, retry
        self.login = ""
        self._waiting = False
        self._refused = ""
        self.setObjectName("approval_dialog")
        self.setMinimumWidth(720)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self, titled(self.tr("Manager approval"), context)))
        reason = QLabel(message)
        reason.setObjectName("approval_reason")
        reason.setWordWrap(True)
        outer.addWidget(reason)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.managers = UserPicker("approver", checkable=True)
        self.managers.setAccessibleName(self.tr("Manager"))
        self.managers.chosen.connect(self.choose)
        left.addWidget(self.managers)
        left.addStretch(1)
        row.addLayout(left, 1)
        right = QVBoxLayout()
        self.who = QLabel(self.tr("Manager: press your name"))
        self.who.setObjectName("approval_who")
        right.addWidget(self.who)
        self.pin = QLineEdit()
        self.pin.setObjectName("approval_pin")
        self.pin.setAccessibleName(self.tr("Manager PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setMinimumHeight(TOUCH)
        right.addWidget(self.pin)
        self.pad = NumPad(self.pin, prefix="pin", enter=True)
        self.pad.entered.connect(self.accept)
        right.addWidget(self.pad)
        row.addLayout(right, 1)
        outer.addLayout(row)
        self.error = message_label("approval_error")
        self.error.setProperty("kind", "error")
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())  # a refusal and its hint
        outer.addWidget(self.error)
        buttons, self.ok, _cancel = button_row(self, self.tr("Approve"), ok_name="approve_button")
        outer.addLayout(buttons)
        self._links = [(errors, self._refused_with), (till.users_loaded, self.show_managers)]
        for signal, slot in self._links:
            signal.connect(slot)
        till.load_users()
        self.pin.setFocus()

    def show_managers(self, users: list[UserInfo]) -> None:
        managers = [u for u in users if u.role == "manager"]
        self.managers.set_users(managers)
        if len(managers) == 1 and not self.login:
            self.managers.choose(managers[0].login)

    def choose(self, login: str, name: str) -> None:
        self.login = login
        self.who.setText(name)
        self.error.clear()
        self.pin.setFocus()

    def credentials(self) -> Credentials:
        return Credentials(self.login, self.pin.text())

    def accept(self) -> None:
        """Run the approved call; close when it went through, else say why and stay."""
        if self._waiting:
            return
        if not self.login:
            self.error.setText(self.tr("Press the manager's name first."))
            return
        if not self.pin.text():
            self.error.setText(self.tr("Type the manager's PIN."))
            return
        self._waiting, self._refused = True, ""
        self.ok.setEnabled(False)
        self.error.clear()
        self.retry(self.credentials())
        # The ops worker runs calls in order: this marker settles after the approved call's answer.
        self.till.tasks.run(lambda: None, on_ok=lambda _r: self._settled())

    def _refused_with(self, message: str, hint: str) -> None:
        if self._waiting:
            self._refused = joined(message, hint)

    def _settled(self) -> None:
        self._waiting = False
        self.ok.setEnabled(True)
        if not self._refused:
            super().accept()
            return
        self.error.setText(self._refused)
        self.pin.clear()
        self.pin.setFocus()

    def reject(self) -> None:
        if not self._waiting:  # the approved call is on its way: its answer closes the dialog
            super().reject()

    def done(self, result: int) -> None:
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down choose another manager, for a till run from the keyboard."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.managers.step(1 if event.key() == Qt.Key.Key_Down else -1, self.login)
            return
        super().keyPressEvent(event)
