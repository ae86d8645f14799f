"""Python's cycle collector on the GUI thread only.

The collector runs in whichever thread happens to allocate when its thresholds trip. The till
allocates on its worker threads all the time (every terminal call), so a cycle holding a Qt object
(a closed dialog and a slot that refers to it) could be destroyed off the GUI thread, and Qt
crashes then. While the till runs, automatic collection is off and a timer on the GUI thread
collects by the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class MainThreadGC(QObject):
    """Created on the GUI thread; ``stop`` collects once more and gives collection back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first, as Python would."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self.threshold[generation]:
                return
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        gc.enable()
