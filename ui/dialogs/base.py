"""What every small dialog shares: one way to build its button row (in the screen's language, a
fingertip high, Enter on the first and Escape on the other) and its title with what it acts on.

Qt's standard OK/Cancel buttons take their words from Qt's own translations, which a till does not
ship, so a Chinese screen showed English: the words here are the till's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton

from ui.sale_view import SaleView
from ui.widgets import button


def titled(title: str, context: str) -> str:
    """A dialog's title naming the line or the sale it acts on ("Quantity · Linen Shirt Pink M")."""
    return f"{title} · {context}" if context else title


def heading(dialog: QDialog, title: str) -> QLabel:
    """Set the dialog's title and return it as a label for the top of the dialog: a kiosk till runs
    with no window manager, so no title bar shows it."""
    dialog.setWindowTitle(title)
    label = QLabel(title)
    label.setObjectName("dialog_title")
    label.setWordWrap(True)
    return label


def button_row(
    dialog: QDialog, ok: str = "", cancel: str = "", *, ok_name: str = "ok_button", cancel_name: str = "cancel_button"
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The row of a dialog's answers: ``ok`` accepts (and is what Enter presses), ``cancel`` rejects
    (as Escape does). Both default to OK and Cancel in the screen's language."""
    accept = button(ok or QCoreApplication.translate("Dialogs", "OK"), ok_name)
    reject = button(cancel or QCoreApplication.translate("Dialogs", "Cancel"), cancel_name)
    accept.setAutoDefault(False)
    reject.setAutoDefault(False)
    accept.setDefault(True)  # Enter in a field of the dialog presses it
    accept.setMinimumWidth(2 * accept.minimumHeight())
    reject.setMinimumWidth(2 * reject.minimumHeight())
    accept.clicked.connect(dialog.accept)
    reject.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(reject)
    row.addWidget(accept)
    return row, accept, reject


def sale_context(view: SaleView) -> str:
    """The sale a dialog acts on, as the cashier sees it: its items and its total ("3 items · ¥297.00").
    (The receipt number is given inside the sale's commit: an open sale has none yet.)"""
    if not view.lines:
        return ""
    return QCoreApplication.translate("Dialogs", "%n item(s)", "", view.count) + f" · {view.total}"
