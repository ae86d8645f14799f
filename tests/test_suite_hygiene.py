"""A test run stops what it starts, however it is stopped short of SIGKILL, and leaves its files in
its own folder: a run held inside a test (tests/interrupted_run.py, a real pytest process with a real
PostgreSQL cluster and platform) is stopped by Ctrl+C or SIGTERM (a CI timeout; SIGHUP, a closed
terminal, takes the same path in tests/conftest.py), and its cluster, its platform and its cluster's
folder are gone afterwards; a run killed outright loses its platform with it, and the next run stops
the cluster it left."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests import platform
from tests.platform import ROOT, PostgresCluster, alive, reap_orphan_clusters, wait_until


def held_run(tmp_path: Path, where: str = "on_postgresql") -> tuple[subprocess.Popen, dict]:
    """The inner run, started and inside its test (the one named by ``where``): (process, what it holds)."""
    note = tmp_path / "held.json"
    env = {k: v for k, v in os.environ.items() if k != "CLOUDSHELF_TEST_PG_URL"}  # its own cluster
    env["CLOUDSHELF_HELD"], env["TMPDIR"] = str(note), platform.SYSTEM_TEMP  # as a run started from a shell
    run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "tests/interrupted_run.py",
         "-k", where, f"--basetemp={tmp_path / 'run'}"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        wait_until(lambda: note.exists() or run.poll() is not None, 120, "the inner run to hold its platform")
    except AssertionError:
        run.kill()
        raise
    assert note.exists(), run.stdout.read().decode(errors="replace")[-3000:]
    return run, json.loads(note.read_text())


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])  # SIGHUP: as SIGTERM
@pytest.mark.parametrize("where", ["on_postgresql", "behind_a_modal_dialog"])
def test_a_stopped_run_leaves_no_cluster_no_platform_and_no_files_outside_its_folder(
    tmp_path: Path, stop, where: str
) -> None:
    """Held in plain Python or inside Qt's event loop (a test waiting on a dialog nobody answers)."""
    run, held = held_run(tmp_path, where)
    assert alive(held["postmaster"]) and alive(held["central"])
    assert Path(held["log"]).is_relative_to(tmp_path / "run")  # the platform's log is in the run's own folder
    run.send_signal(stop)
    try:
        out = run.communicate(timeout=120)[0].decode(errors="replace")
    except subprocess.TimeoutExpired:
        run.kill()  # the signal did not stop it: a hung run must not outlive this test
        run.communicate()
        raise
    wait_until(lambda: not alive(held["central"]) and not alive(held["postmaster"]), 30, "the run's processes to end")
    assert not Path(held["cluster"]).exists(), out[-2000:]


def test_a_run_killed_outright_takes_its_platform_and_the_next_run_stops_its_cluster(tmp_path: Path) -> None:
    run, held = held_run(tmp_path)
    run.kill()  # SIGKILL: no teardown at all
    run.wait(30)
    wait_until(lambda: not alive(held["central"]), 30, "the platform to die with its run")
    assert alive(held["postmaster"]) and Path(held["cluster"]).exists()  # nothing could stop it yet
    mine = PostgresCluster()  # a run beside it, alive: its cluster is not an orphan
    try:
        assert Path(held["cluster"]) in reap_orphan_clusters()
        assert mine.dir.exists() and alive(mine.postmaster_pid())
    finally:
        mine.stop()
    wait_until(lambda: not alive(held["postmaster"]), 30, "the orphan cluster to stop")
    assert not Path(held["cluster"]).exists()
