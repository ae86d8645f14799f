"""Driving the real till window in tests: sign in, type like a scanner, answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget


def when_dialog(fill: Callable[[QWidget], None], name: str | None = None) -> None:
    """When the next modal dialog (``exec``) opens, hand it to ``fill`` (which must close it). A failure
    inside ``fill`` closes the dialog before it is raised, so the test fails instead of waiting forever
    on a modal ``exec`` nobody will end."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and (name is None or dialog.objectName() == name):
            try:
                fill(dialog)
            except BaseException:
                if isinstance(dialog, QDialog):
                    dialog.done(QDialog.DialogCode.Rejected)  # past any reject() that keeps it open
                else:
                    dialog.close()
                raise
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)


def child(widget: QWidget, name: str, kind: type = QWidget) -> QWidget:
    found = widget.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def type_into(qtbot, field: QLineEdit, text: str, enter: bool = True) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)
    if enter:
        qtbot.keyClick(field, Qt.Key.Key_Return)


def click(qtbot, widget: QWidget, name: str) -> None:
    qtbot.mouseClick(child(widget, name, QPushButton), Qt.MouseButton.LeftButton)


def fill_amount(text: str, reason: str = "") -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        child(dialog, "amount_field", QLineEdit).setText(text)
        if reason:
            child(dialog, "reason_field", QLineEdit).setText(reason)
        dialog.accept()

    return fill


def fill_number(text: str) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        child(dialog, "number_field", QLineEdit).setText(text)
        dialog.accept()

    return fill


def approve(login: str, pin: str) -> Callable[[QWidget], None]:
    """The manager presses their name (once the dialog has listed the managers) and types the PIN."""

    def fill(dialog: QWidget) -> None:
        name = dialog.findChild(QPushButton, f"approver_{login}")
        if name is None:
            QTimer.singleShot(10, lambda: fill(dialog))
            return
        name.click()
        child(dialog, "approval_pin", QLineEdit).setText(pin)
        dialog.accept()

    return fill


@contextmanager
def till_window(qtbot, directory: Path, locale: str = "en", size: tuple[int, int] = (1280, 800)) -> Iterator:
    """The till's main window on the store in ``directory``, in ``locale``, shown at ``size`` once its
    users' buttons are there (the users are asked for when the window is built; a busy CI machine starts
    slowly); closed with its store afterwards."""
    from app.terminal import Terminal
    from ui.app import build_window

    term = Terminal.open(directory)
    win = build_window(term, QApplication.instance(), locale)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitUntil(lambda: win.sign_in.users_box.count() > 0, timeout=30_000)
    try:
        yield win
    finally:
        win.close()
        term.close()
