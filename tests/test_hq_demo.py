"""`cloudshelf demo` says where the head office's console is and how to sign in, and that login works."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sync import demo_platform
from tests.hq_browser import Client

pytestmark = [pytest.mark.timeout(240), pytest.mark.slow]
ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_prints_the_consoles_address_and_a_login_that_signs_in(tmp_path: Path):
    directory = tmp_path / "demo"
    directory.mkdir()
    demo_platform.create(directory)
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(directory), "demo", "--headless"],
                          capture_output=True, text=True, timeout=200, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    said = re.search(r"Head office console: (http://127\.0\.0\.1:\d+)/hq \(sign in as (\S+), password (\S+)\)",
                     done.stderr)  # fmt: skip
    assert said, done.stderr[-2000:]
    with demo_platform.serving(directory) as url:  # the demo's platform again (a new port each run)
        client = Client(url)
        answer = client.sign_in(said[2], said[3])
        assert answer.status_code == 303, answer.text[-500:]
        assert "Demo admin" in client.get("/hq").text
