"""Keyboard-wedge scanners told apart from typing, wherever the focus is.

A wedge scanner types its code as keystrokes, much faster than a person, and ends it with Enter (or
the configured suffix); some send a prefix first. :class:`WedgeFilter` is an event filter on the
QApplication: it holds back printable keys for a moment; a run of keys closer together than
``gap_ms`` that is at least ``min_length`` long and ends with the suffix is one scan, delivered by
the ``scanned`` signal and never typed into a widget. Anything else is typing: the held keys are
given back to the widget they were meant for, in order, a few milliseconds late.

Held keys are given back before anything else is handled: a mouse press, a shortcut, a focus or
window change, a dialog opening. A click on "Cash" right after typing "300" then sees "300", never
"30"; no typed character is lost or put out of order, whatever follows it.

Fields a scan should fill as text (a receipt number field, a PIN field) are left alone: a widget
with the Qt property ``scan_target`` set, or a password field, gets the scanner's keys as typing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier)
_T = QEvent.Type
_WINDOWS = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)  # not a tooltip, a popup or a splash
# events that act on what was typed so far, or move the typing elsewhere: the held keys go first
_FLUSH_BEFORE = frozenset(
    {
        _T.MouseButtonPress,
        _T.MouseButtonDblClick,
        _T.TouchBegin,
        _T.TabletPress,
        _T.Wheel,
        _T.ContextMenu,
        _T.Shortcut,
        _T.FocusAboutToChange,
        _T.FocusOut,
        _T.FocusIn,
        _T.WindowActivate,
        _T.WindowDeactivate,
        _T.ActivationChange,
        _T.WindowBlocked,
        _T.InputMethod,
    }
)


@dataclass(frozen=True)
class _Key:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def takes_scans_as_typing(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    if widget.property("scan_target"):
        return True
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


class WedgeFilter(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        *,
        gap_ms: int = 30,
        min_length: int = 4,
        prefix: str = "",
        suffix: str = "",
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.gap = gap_ms / 1000
        self.min_length = min_length
        self.prefix, self.suffix = prefix, suffix
        self.clock = clock
        self._held: list[_Key] = []
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(2 * gap_ms, 20))
        self._timer.timeout.connect(self.flush)

    def install(self, app: QApplication | None = None) -> WedgeFilter:
        (app or QApplication.instance()).installEventFilter(self)
        return self

    def remove(self, app: QApplication | None = None) -> None:
        self.flush()
        (app or QApplication.instance()).removeEventFilter(self)

    # ------------------------------------------------------------------ the filter
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying:
            return False
        if event.type() != QEvent.Type.KeyPress:
            if self._held and self._flushes(watched, event):
                self.flush()  # the held keys reach their field before the click, shortcut or dialog sees it
            return False
        if not watched.isWidgetType():
            return False
        if takes_scans_as_typing(watched):  # this field takes a scan as text, as it always did
            if self._held:
                self.flush()
            return False
        now = self.clock()
        key = _Key(watched, event.key(), event.modifiers(), event.text())
        fast = bool(self._held) and now - self._last <= self.gap
        self._last = now
        if self._held and not fast:
            self.flush()  # a pause: what was held was typed by a person
        if self._ends_scan(key):
            if self._held and fast and self._scan_text() is not None:
                return self._finish(key)
            self.flush()
            return False
        if not self._printable(key):
            self.flush()
            return False
        self._held.append(key)
        self._timer.start()
        return True

    def _flushes(self, watched: QObject, event: QEvent) -> bool:
        """Whether ``event`` may act on the typing or move it: then the held keys must land first."""
        kind = event.type()
        if kind in _FLUSH_BEFORE:
            return True
        if kind == QEvent.Type.ShortcutOverride:  # a key that may be a shortcut (F10, Ctrl+E): never typing
            key = _Key(watched, event.key(), event.modifiers(), event.text())
            return not self._printable(key) and not self._ends_scan(key)  # a scan's Enter or suffix decides itself
        if kind in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Close):  # a dialog or window opening or closing
            return watched.isWidgetType() and watched.isWindow() and watched.windowType() in _WINDOWS
        return False

    def _printable(self, key: _Key) -> bool:
        return len(key.text) == 1 and key.text.isprintable() and key.modifiers in _PLAIN

    def _ends_scan(self, key: _Key) -> bool:
        if self.suffix and self.suffix not in ("\r", "\n"):
            return key.text == self.suffix
        return key.key in _ENTER

    def _scan_text(self) -> str | None:
        text = "".join(k.text for k in self._held)
        if self.prefix:
            if not text.startswith(self.prefix):
                return None
            text = text[len(self.prefix) :]
        return text if len(text) >= self.min_length else None

    def _finish(self, end: _Key) -> bool:
        code = self._scan_text() or ""
        focus = QApplication.focusWidget()
        if takes_scans_as_typing(focus):
            self.flush()
            return False  # the Enter goes on to the field, after the keys it ends
        self._held.clear()
        self._timer.stop()
        self.scanned.emit(code)
        return True

    def flush(self) -> None:
        """Give the held keys back to their widgets: they were typing."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for k in held:
                if isValid(k.target):  # a dialog may have closed meanwhile
                    QApplication.sendEvent(k.target, QKeyEvent(QEvent.Type.KeyPress, k.key, k.modifiers, k.text))
        finally:
            self._replaying = False
