"""Not collected by the suite (no ``test_`` prefix): tests/test_suite_hygiene.py runs it as a pytest
run of its own, holding a platform on this run's own PostgreSQL cluster, and stops that run with a
signal while the test is inside."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest


@pytest.mark.parametrize("central_db_url", ["postgresql"], indirect=True)
def test_hold_a_platform_on_postgresql_until_stopped(platform, pg_cluster) -> None:
    say_what_is_held(platform, pg_cluster)
    while True:  # held until the outer test's signal stops this run (its handler raises here)
        signal.pause()


def say_what_is_held(platform, pg_cluster) -> None:
    held = {
        "postmaster": pg_cluster.postmaster_pid(),
        "cluster": str(pg_cluster.dir),
        "central": platform.server.proc.pid,
        "log": str(platform.server.log),
    }
    note = Path(os.environ["CLOUDSHELF_HELD"])
    note.with_suffix(".part").write_text(json.dumps(held))
    note.with_suffix(".part").rename(note)  # whole or not at all: the outer test reads it as soon as it exists


@pytest.mark.parametrize("central_db_url", ["postgresql"], indirect=True)
def test_hold_a_platform_behind_a_modal_dialog_until_stopped(platform, pg_cluster, qtbot) -> None:
    """As above, but waiting inside Qt's event loop (a modal dialog nobody answers), where no Python
    runs on its own: the signal must still stop the run."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, lambda: say_what_is_held(platform, pg_cluster))
    dialog.exec()
