"""Child processes that end with the process that started them, however it is stopped.

The demo runs its platform as a child process. Stopped with SIGTERM, SIGINT or SIGHUP, the demo
stops its children first (:func:`stop_on_signals`); killed outright (SIGKILL, a crash), Linux
itself ends each child (``prctl(PR_SET_PDEATHSIG)`` set in the child before it runs: :func:`die_with_parent`).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections.abc import Callable, Iterator

PR_SET_PDEATHSIG = 1  # linux/prctl.h
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


def die_with_parent(parent_pid: int) -> Callable[[], None] | None:
    """A ``preexec_fn`` for ``subprocess.Popen``: the child gets SIGTERM when its parent dies (Linux);
    None elsewhere. ``parent_pid`` closes the race of a parent that died before the child's prctl."""
    if not sys.platform.startswith("linux"):
        return None

    def preexec() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent is already gone: do not outlive it
            os.kill(os.getpid(), signal.SIGTERM)

    return preexec


@contextlib.contextmanager
def stop_on_signals(stop: Callable[[], None]) -> Iterator[None]:
    """While inside, SIGTERM, SIGINT and SIGHUP first call ``stop`` (which ends the children), then end
    this process as the signal would have. The handlers before are put back on leaving."""
    import threading

    if threading.current_thread() is not threading.main_thread():  # signal handlers are the main thread's
        yield
        return

    def handler(signum: int, _frame: object) -> None:
        try:
            stop()
        finally:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    before = {sig: signal.signal(sig, handler) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, old in before.items():
            signal.signal(sig, old)
