"""The till window: sign-in (and lock) screen, sale screen, and a status bar with the sync state."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QPushButton, QStackedWidget, QWidget

from app.clock import local_text
from app.sync_health import SyncHealth
from app.users import UserInfo, refusal
from devices.manager import DeviceStatus
from ui.dialogs.amount import AmountDialog
from ui.dialogs.base import titled
from ui.messages import joined, localized
from ui.pickup_model import PickupModel
from ui.screens.pickup import PickupScreen
from ui.screens.sale import SaleScreen
from ui.screens.sign_in import SignInScreen
from ui.sync_progress import ProgressMeter
from ui.till import Till

STATUS_INTERVAL_MS = 5000
# The screens' actions a role may lack (app/users.py PERMISSIONS decides): not offered to that role.
GATED = {
    "stock_button": "stock",
    "conflict_seen_button": "pickup",
    "ready_button": "pickup",
    "handover_button": "pickup",
    "cancel_order_button": "pickup",
}


def said_by_sync(text: str) -> str:
    """The sync worker's last error (its message and hint in one line, sync/worker.py) in the screen's
    language: split after the sentence whose template is known, each part translated."""
    at = text.find(". ")
    while at >= 0:
        message = text[: at + 1]
        if localized(message) != message:
            return joined(localized(message), localized(text[at + 2 :]))
        at = text.find(". ", at + 1)
    return localized(text)


class KeyGate(QObject):
    """A key that completes one screen never acts on the next: once armed (a screen was completed or
    changed), the auto-repeats and the release of a key still held down are swallowed until a key is
    freshly pressed. Holding Enter a moment too long on the PIN does not accept the float dialog."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.armed = False

    def arm(self, *_args: object) -> None:
        self.armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.armed or event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        key: QKeyEvent = event  # type: ignore[assignment]
        if event.type() == QEvent.Type.KeyPress and not key.isAutoRepeat():
            self.armed = False  # a fresh key: the person means this screen
            return False
        return True


class MainWindow(QMainWindow):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        info = till.terminal.info
        self.setObjectName("main_window")
        self.setWindowTitle(f"CloudShelf POS · {info.store_name} · {info.store}-{info.terminal}")
        self.stack = QStackedWidget()
        self.sign_in = SignInScreen(info.store_name)
        self.sale = SaleScreen(till)
        self.pickup_model = PickupModel(till, self)
        self.pickup = PickupScreen(self.pickup_model)
        self.stack.addWidget(self.sign_in)
        self.stack.addWidget(self.sale)
        self.stack.addWidget(self.pickup)
        self.setCentralWidget(self.stack)

        self.sync_label = QLabel()
        self.sync_label.setObjectName("sync_status")
        self.devices_label = QLabel()
        self.devices_label.setObjectName("device_status")
        self.devices_label.setAccessibleName(self.tr("Device status"))
        self.progress_label = QLabel()  # a long sync's progress, shown only while it runs
        self.progress_label.setObjectName("sync_progress")
        self.progress_label.hide()
        self.meter = ProgressMeter()
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.devices_label)

        self._slots: dict[tuple[str, str], object] = {}  # the gated keys' own actions
        self.key_gate = KeyGate(self)
        QApplication.instance().installEventFilter(self.key_gate)
        self.stack.currentChanged.connect(self.key_gate.arm)
        self.sign_in.sign_in_requested.connect(self.key_gate.arm)
        self.sign_in.sign_in_requested.connect(till.sign_in)
        self.quit_action = QAction(self.tr("Quit the till"), self)
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(lambda: till.quit_till())
        self.addAction(self.quit_action)
        for screen in (self.sale, self.pickup):  # from the scan field too, where window shortcuts do not reach
            screen.keys[self.quit_action.shortcut().toString()] = self.quit_action.trigger
        self.sign_in.quit_requested.connect(lambda: till.quit_till())
        till.quit_approved.connect(self.close)
        till.users_loaded.connect(self.sign_in.set_users)
        till.signed_in.connect(self._signed_in)
        till.signed_out.connect(self._signed_out)
        till.shift_needed.connect(self._shift_needed)
        self.pickup_model.added_to_sale.connect(lambda _code: self.show_sale())
        till.status_changed.connect(self.show_status)
        till.sync_progress.connect(self.show_progress)
        till.store_writable.connect(self._store_writable)
        self.health: SyncHealth | None = None  # the last sync state shown
        till.error.connect(self._error)
        till.devices.scanned.connect(self._scanned)
        till.devices.status_changed.connect(self.show_devices)
        self.show_devices(till.devices.status())

        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(till.load_status)
        self.status_timer.start(STATUS_INTERVAL_MS)
        till.load_users()
        till.load_status()

    def _error(self, message: str, hint: str) -> None:
        if self.stack.currentWidget() is self.sign_in:
            self.sign_in.show_error(message, hint)

    def offer(self, user: UserInfo) -> None:
        """What the user's role may not do is not offered: its button is disabled with the reason as
        its tooltip, and its key says the reason instead of opening a screen that would refuse."""
        for screen in (self.sale, self.pickup):
            for name, permission in GATED.items():
                b = screen.findChild(QPushButton, name)
                if b is None:
                    continue
                key = b.shortcut().toString()
                slot = self._slots.setdefault((screen.objectName(), key), screen.keys.get(key))
                allowed = user.can(permission)
                why = "" if allowed else localized(refusal(permission))
                b.setEnabled(allowed)
                b.setToolTip(why)
                if slot is not None:
                    screen.keys[key] = slot if allowed else (lambda s=screen, w=why: s.show_error(w, ""))

    def _signed_in(self, user: object) -> None:
        self.sign_in.answered()
        self.offer(user)
        if getattr(user, "role", "") == "clerk":  # a pickup clerk starts at the queue of online orders
            self.show_pickup()
        else:
            self.show_sale()
        self.till.refresh()

    def show_sale(self) -> None:
        self.stack.setCurrentWidget(self.sale)
        self.sale.scan.setFocus()

    def show_pickup(self) -> None:
        self.stack.setCurrentWidget(self.pickup)
        self.pickup.scan.setFocus()

    def _shift_needed(self) -> None:
        """A clerk at the pickup queue needs no float; one is asked for when a sale needs it."""
        if self.stack.currentWidget() is not self.pickup:
            self.ask_float()

    def _signed_out(self) -> None:
        self.stack.setCurrentWidget(self.sign_in)
        self.till.load_users()

    def ask_float(self) -> None:
        """On signing in with no shift open: count the float first, so the first sale is not refused."""
        info = self.till.terminal.info
        d = AmountDialog(
            titled(self.tr("Open shift"), self.tr("Till %s") % f"{info.store}-{info.terminal}"),
            self.tr("Count the float in the drawer"),
            self.till.terminal.info.currency,
            parent=self,
        )
        if d.exec() == QDialog.DialogCode.Accepted:
            self.till.open_shift(d.value)
        else:
            self.sale.show_notice(self.tr("No shift is open: open one to sell (Ctrl+Shift+O)."))

    def lock(self) -> None:
        """Hide the sale until the same or another user types a PIN; the sale stays saved."""
        user = self.till.terminal.user
        self.stack.setCurrentWidget(self.sign_in)
        if user is not None:
            self.sign_in.lock(user)

    def _store_writable(self, _writable: bool) -> None:
        """Said at once, from the last state read (reading the store may fail on a full disk too)."""
        if self.health is not None:
            self.show_status(self.health)

    def show_status(self, health: SyncHealth) -> None:
        self.health = health
        if not health.enrolled:
            text = self.tr("Offline mode: not enrolled with the platform")
        elif health.online:
            text = self.tr("Online")
        else:
            text = self.tr("Offline")
        if health.enrolled:  # how fresh the till's figures are, online or not
            if health.last_success_at:
                text += " · " + self.tr("last synced %1").replace("%1", local_text(health.last_success_at))
            else:
                text += " · " + self.tr("never synced")
        if self.till.store_full:
            text = self.tr("The disk is full: nothing new can be saved (the sale on screen is kept)") + " · " + text
        text += " · " + self.tr("%n event(s) waiting", "", health.backlog)
        if health.dead_letters:
            text += " · " + self.tr("%n refused: call support", "", health.dead_letters)
        if health.worker_restarted_at:
            when = local_text(health.worker_restarted_at)
            text += " · " + self.tr("sync restarted after an error at %1").replace("%1", when)
        self.sync_label.setText(text)
        self.sync_label.setToolTip(said_by_sync(health.last_error) if health.enrolled and not health.online else "")
        attention = health.dead_letters or health.worker_restarted_at or self.till.store_full  # red: a fault
        self.sync_label.setProperty("kind", "error" if attention else "ok" if health.online else "offline")
        self.sync_label.style().polish(self.sync_label)

    def show_progress(self, feed: str, done: int, total: object) -> None:
        """Counts, rate and time left of a long sync (a new till's first one), until it is done."""
        shown = self.meter.update(feed, done, total if isinstance(total, int) else None, time.monotonic())
        if shown.finished:
            self.progress_label.hide()
            return
        names = {"catalog": self.tr("catalogue"), "prices": self.tr("prices"), "stock": self.tr("stock")}
        what = names.get(feed, feed)
        if shown.total is None:
            text = self.tr("Syncing the %1: %2 so far").replace("%2", f"{done:,}")
        else:
            text = self.tr("Syncing the %1: %2 of %3").replace("%2", f"{done:,}").replace("%3", f"{shown.total:,}")
        text = text.replace("%1", what)
        if shown.per_second:
            text += " · " + self.tr("%1 a second").replace("%1", f"{shown.per_second:,}")
        if shown.seconds_left is not None:
            minutes = -(-shown.seconds_left // 60)
            text += " · " + (
                self.tr("%n second(s) left", "", shown.seconds_left)
                if shown.seconds_left < 60
                else self.tr("about %n minute(s) left", "", minutes)
            )
        self.progress_label.setText(text)
        self.progress_label.show()

    def _scanned(self, code: str) -> None:
        if self.till.terminal.user is not None and self.stack.currentWidget() is self.sale:
            self.sale.scanned(code)
        elif self.till.terminal.user is not None and self.stack.currentWidget() is self.pickup:
            self.pickup.scanned(code)
        else:
            self.sign_in.show_error(self.tr("Sign in first, then scan."), "")

    def show_devices(self, status: DeviceStatus) -> None:
        """Printer state and jobs waiting, scanner connected or not: what a cashier needs to know."""
        printer = {
            "not_set_up": self.tr("not set up"),
            "ok": self.tr("ready"),
            "offline": self.tr("offline"),
            "paper_out": self.tr("out of paper"),
            "paper_low": self.tr("paper low"),
            "unknown": self.tr("unknown"),
        }.get(status.printer, status.printer)
        text = self.tr("Printer: %s") % printer
        if status.waiting:
            text += " · " + self.tr("%n receipt(s) waiting", "", status.waiting)
        scanner = {
            "keyboard": self.tr("keyboard"),
            "connected": self.tr("connected"),
            "disconnected": self.tr("not connected"),
        }[status.scanner]
        text += " · " + self.tr("Scanner: %s") % scanner
        if status.display == "offline":
            text += " · " + self.tr("Display: not connected")
        self.devices_label.setText(text)
        bad = status.printer in ("offline", "paper_out") or status.scanner == "disconnected"
        self.devices_label.setProperty("kind", "error" if bad else "ok")
        self.devices_label.setToolTip(status.printer_detail or status.scanner_detail)
        self.devices_label.style().polish(self.devices_label)

    def closeEvent(self, event: QCloseEvent) -> None:
        QApplication.instance().removeEventFilter(self.key_gate)
        self.status_timer.stop()
        self.till.devices.stop()
        self.till.tasks.shutdown()
        for dialog in self.findChildren(QDialog):  # still open: an approval whose approved call closed the till
            if dialog.isVisible():  # waits for an answer the stopped workers will never bring: end it too
                dialog.done(QDialog.DialogCode.Rejected)
        super().closeEvent(event)
