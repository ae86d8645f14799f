"""`cloudshelf demo` as a real process: its embedded platform ends with it, however the demo is stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from sync import demo_platform

pytestmark = [pytest.mark.timeout(240), pytest.mark.slow]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo")
    demo_platform.create(directory)
    return directory


@pytest.fixture
def demo(demo_dir: Path) -> Iterator[subprocess.Popen]:
    """The demo till with its window (offscreen), once its platform answers."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(demo_dir), "demo"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    said = []
    for line in proc.stderr:  # a bounded wait: the test's timeout
        said.append(line)
        if line.startswith("Demo platform (central service) on"):
            break
    assert said and said[-1].startswith("Demo platform"), "".join(said)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(30)
    proc.stderr.close()


def platform_child(proc: subprocess.Popen) -> psutil.Process:
    children = [p for p in psutil.Process(proc.pid).children(recursive=True) if "serve" in p.cmdline()]
    assert len(children) == 1, children
    return children[0]


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGKILL], ids=lambda s: s.name)
def test_the_demos_platform_ends_with_the_demo(demo: subprocess.Popen, how: signal.Signals) -> None:
    child = platform_child(demo)
    demo.send_signal(how)
    _gone, alive = psutil.wait_procs([child], timeout=30)
    for left in alive:  # leave nothing behind, then fail
        left.kill()
    assert not alive, f"the demo's platform (pid {child.pid}) outlived the demo stopped with {how.name}"
    assert demo.wait(30) != 0
