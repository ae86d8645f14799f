"""A long sync's progress as the status bar shows it (issue 16, "Long work shows its progress"): the
count so far, the rate since the work began and the time left. The puller reports ``(feed, done,
total)`` from the sync's thread through ``Till.report_progress``; this keeps the arithmetic, with no
Qt, so it is tested without a display."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Figures:
    feed: str
    done: int
    total: int | None  # None: the platform did not say how many
    per_second: int  # rows a second since this feed's work began (0 until a second report)
    seconds_left: int | None  # None: no total or no rate yet

    @property
    def finished(self) -> bool:
        return self.total is not None and self.done >= self.total


class ProgressMeter:
    """Rate and time left over the reports of one feed's work; a new feed, or a count that went back
    (the work started again), starts the measure again."""

    def __init__(self) -> None:
        self._feed = ""
        self._start: tuple[float, int] | None = None  # (when, done) at the first report

    def update(self, feed: str, done: int, total: int | None, now: float) -> Figures:
        """The figures after a report of ``done`` rows of ``total`` at the monotonic time ``now``."""
        if feed != self._feed or self._start is None or done < self._start[1]:
            self._feed, self._start = feed, (now, done)
        at, first = self._start
        elapsed = now - at
        rate = (done - first) / elapsed if elapsed > 0 else 0.0
        left = None
        if total is not None and rate > 0:
            left = math.ceil(max(total - done, 0) / rate)
        return Figures(feed, done, total, int(rate), left)
