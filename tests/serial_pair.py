"""Virtual serial ports for the device tests: a socat pty pair, one end for the device under test
(the scanner, the drawer, the display), the other for the test, which plays the hardware.

Stopping socat and starting it again on the same link names is an unplug and a re-plug.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path


class PtyPair:
    def __init__(self, directory: Path, name: str = "dev") -> None:
        if shutil.which("socat") is None:
            raise RuntimeError("socat is needed for the serial tests (apt-get install socat; .ci/run installs it)")
        self.device = directory / f"{name}-device"  # what the till opens
        self.far = directory / f"{name}-far"  # what the test reads and writes
        self.proc: subprocess.Popen | None = None
        self._far_fd: int | None = None

    def plug(self) -> PtyPair:
        self.proc = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.device}", f"pty,raw,echo=0,link={self.far}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not (self.device.exists() and self.far.exists()):  # socat makes its links at start
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("socat did not make its pty pair")
            time.sleep(0.005)
        self._far_fd = os.open(self.far, os.O_RDWR | os.O_NOCTTY)
        return self

    def unplug(self) -> None:
        if self._far_fd is not None:
            os.close(self._far_fd)
            self._far_fd = None
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)
            self.proc = None

    def write(self, data: bytes) -> None:
        assert self._far_fd is not None
        os.write(self._far_fd, data)

    def read(self, size: int, timeout: float = 5.0) -> bytes:
        """Exactly ``size`` bytes from the device's side, or what came before the timeout."""
        import select

        assert self._far_fd is not None
        out = b""
        deadline = time.monotonic() + timeout
        while len(out) < size:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._far_fd], [], [], left)[0]:
                break
            out += os.read(self._far_fd, size - len(out))
        return out
