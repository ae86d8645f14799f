"""Runs terminal calls off the UI thread and brings their results back by a signal (DESIGN.md,
invariant 7; the pattern of Orange3's ``concurrent.py`` and Anki's background operations).

``ops`` is one thread: calls that change the sale run one after another, in the order the cashier
made them, so a fast burst of scans lands in order. ``queries`` is another thread for searches, so a
slow search never delays a scan; a newer search supersedes an older one's result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, SignalInstance

from app.errors import ApprovalRequired, UserError
from ui.messages import localized

log = logging.getLogger(__name__)


class Tasks(QObject):
    _settled = Signal(object, object, object)  # on_ok, on_error, future: emitted on a worker thread
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ThreadPoolExecutor(1, thread_name_prefix="till-ops")
        self._queries = ThreadPoolExecutor(1, thread_name_prefix="till-queries")
        self._pending = 0
        # Always queued, even when a call finished before its callback was attached (then the callback
        # runs on this thread): results arrive from the event loop, never inside the call that asked.
        self._settled.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_ok: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        query: bool = False,
    ) -> Future:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = (self._queries if query else self._ops).submit(fn, *args)
        future.add_done_callback(lambda f: self._settled.emit(on_ok, on_error, f))
        return future

    def _deliver(self, on_ok: Callable | None, on_error: Callable | None, future: Future) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if future.cancelled():  # the window closed before it ran
            return
        error = future.exception()
        if error is not None:
            if on_error is None:
                raise error
            on_error(error)
        elif on_ok is not None:
            on_ok(future.result())

    def shutdown(self) -> None:
        self._ops.shutdown(wait=True, cancel_futures=True)
        self._queries.shutdown(wait=False, cancel_futures=True)


def show_failure(
    exc: BaseException,
    retry: Callable[[Any], None] | None,
    *,
    error: SignalInstance,
    approval_needed: SignalInstance,
    kept: str,
) -> None:
    """A refused call as every screen shows it, in the screen's language: ask a manager (``retry``
    with their PIN), say what to do, or, for a bug, say what is kept (``kept``) and log it."""
    if isinstance(exc, ApprovalRequired) and retry is not None:
        approval_needed.emit(localized(exc.message), retry)
    elif isinstance(exc, UserError):
        error.emit(localized(exc.message), localized(exc.hint))
    else:
        log.error("unexpected error", exc_info=exc)
        error.emit(QCoreApplication.translate("Tasks", "Something went wrong: %s") % type(exc).__name__, kept)
