"""Progress of long work (a first sync, a catalogue import, the demo building its store), in one shape
that every face reads: the CLI draws it as a bar, the till's status bar shows it (ui/sync_progress.py).

Work reports :class:`Progress` to a plain callback and never knows who listens. :func:`cli_bar` is
the CLI's listener: a rich progress bar with counts, rate and time left when stdout is a terminal,
and nothing at all otherwise (pipes, logs and tests get the command's usual lines only).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """``done`` of ``total`` units of ``task`` (``total`` None while unknown)."""

    task: str
    done: int
    total: int | None = None


OnProgress = Callable[[Progress], None]


def ignore(_: Progress) -> None:
    """The listener when nobody listens."""


@contextmanager
def cli_bar(stream=None) -> Iterator[OnProgress]:
    """A listener drawing one bar per task on ``stream`` (stdout) when it is a terminal."""
    stream = stream or sys.stdout
    if not stream.isatty():
        yield ignore
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )
    from rich.progress import Progress as Bars

    class Rate(TransferSpeedColumn):
        """Rows a second (rich's own speed column speaks of bytes)."""

        def render(self, task):  # rich's signature
            from rich.text import Text

            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f}/s" if speed else "?/s", style="progress.data.speed")

    bars = Bars(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        Rate(),
        TimeRemainingColumn(),
        console=Console(file=stream),
        transient=False,
    )
    tasks: dict[str, int] = {}

    def show(progress: Progress) -> None:
        if progress.task not in tasks:
            tasks[progress.task] = bars.add_task(progress.task, total=progress.total)
        bars.update(tasks[progress.task], completed=progress.done, total=progress.total)

    with bars:
        yield show
