"""Starting the till fast (issue 16): python-escpos's printer database comes from a lasting pickle
that the till writes itself, not parsed again in every process; the demo's sync waits for its
platform on a thread of its own while the window opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import yaml

from ui.app import start_after

PROBE = (
    "import devices.drawer, escpos.capabilities as c, json; "
    "print(json.dumps([c.full_load, c.pickle_dir, c.CAPABILITIES['profiles']['default']['name']]))"
)


def start(tmp_path: Path) -> list:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "TMPDIR": str(tmp_path)}
    env.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_printer_database_is_read_from_a_lasting_cache_from_the_first_start(tmp_path: Path) -> None:
    cache = str(tmp_path / "cache" / "cloudshelf" / "escpos")
    for _ in range(2):
        full_load, folder, default = start(tmp_path)
        assert (full_load, folder) == (False, cache)  # escpos found the pickle: no parsing at start
        assert default  # the database is there


def test_the_cached_database_is_the_one_escpos_would_parse(tmp_path: Path) -> None:
    import pickle
    from importlib import resources

    from devices import escpos_cache

    escpos_cache.prepare(tmp_path)  # already set in this process: nothing happens
    os.environ.pop(escpos_cache.ENV)
    try:
        escpos_cache.prepare(tmp_path)
        assert os.environ[escpos_cache.ENV] == str(tmp_path)
    finally:
        os.environ[escpos_cache.ENV] = str(tmp_path)
    (pickled,) = tmp_path.glob("*.capabilities.pickle")
    with resources.as_file(resources.files("escpos") / "capabilities.json") as path:
        assert pickle.loads(pickled.read_bytes()) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_sync_starts_once_the_platform_answers_and_even_if_it_never_does() -> None:
    answering, started = threading.Event(), threading.Event()
    start_after(started.set, answering.wait)  # returns at once: the window opens meanwhile
    assert not started.is_set()
    answering.set()
    assert started.wait(30)

    def never() -> None:
        raise RuntimeError("the platform did not start")

    started.clear()
    start_after(started.set, never)  # the worker retries as after any outage; the status bar says offline
    assert started.wait(30)
