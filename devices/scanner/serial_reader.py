"""A serial barcode scanner read by pyserial's reader thread, reconnecting after an unplug.

The scanner is found by its port (``/dev/ttyACM0``, ``COM3`` or any pyserial URL) or by its USB
VID:PID, looked up again on every reconnect, since an unplugged scanner may come back on another
port. Scans and problems go to callbacks on the reader's thread; the UI turns them into Qt signals
(``ui/devices.py``), the CLI waits on them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import serial
import serial.threaded
from serial.tools import list_ports

from devices.scanner.framing import Framer

log = logging.getLogger(__name__)

RETRY_S = 0.5  # how often an absent scanner is looked for
LOST_POLL_S = 0.2  # how often the reader thread is checked for having died without a word


def find_port(usb: str, ports: list | None = None) -> str | None:
    """The port of the first serial device with this USB VID:PID (hex), or None."""
    vid, pid = (int(x, 16) for x in usb.split(":"))
    for info in list_ports.comports() if ports is None else ports:
        if info.vid == vid and info.pid == pid:
            return info.device
    return None


class _Protocol(serial.threaded.Protocol):
    def __init__(self, owner: SerialScanner) -> None:
        self.owner = owner

    def data_received(self, data: bytes) -> None:
        self.owner._received(data)

    def connection_lost(self, exc: BaseException | None) -> None:
        self.owner._lost.set()


class SerialScanner:
    def __init__(
        self,
        *,
        port: str = "",
        usb: str = "",
        baudrate: int = 9600,
        prefix: str = "",
        suffix: str = "",
        on_scan: Callable[[str], None],
        on_problem: Callable[[str], None] = lambda _m: None,
        on_state: Callable[[bool, str], None] = lambda _c, _d: None,
        retry_s: float = RETRY_S,
    ) -> None:
        if not (port or usb):
            raise ValueError("a serial scanner needs a port or a USB VID:PID")
        self.port, self.usb, self.baudrate = port, usb, baudrate
        self.on_scan, self.on_problem, self.on_state = on_scan, on_problem, on_state
        self.retry_s = retry_s
        self.framer = Framer(prefix, suffix)
        self.connected = False
        self.where = ""
        self.scans = 0
        self._lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="scanner-supervisor", daemon=True)

    @property
    def name(self) -> str:
        return self.port or f"usb {self.usb}"

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._lost.set()
        self._thread.join(timeout)

    def _received(self, data: bytes) -> None:
        for frame in self.framer.feed(data, time.monotonic()):
            if frame.code:
                self.scans += 1
                self._call(self.on_scan, frame.code)
            elif frame.problem:
                self._call(self.on_problem, frame.problem)

    def _call(self, fn: Callable, *args: object) -> None:
        try:
            fn(*args)
        except Exception:
            log.exception("scanner listener failed")

    def _state(self, connected: bool, detail: str) -> None:
        if connected != self.connected or detail != self.where:
            self.connected, self.where = connected, detail
            self._call(self.on_state, connected, detail)

    def _open(self) -> serial.SerialBase | None:
        path = self.port or find_port(self.usb)
        if path is None:
            self._state(False, f"no scanner with USB id {self.usb}")
            return None
        try:
            return serial.serial_for_url(path, baudrate=self.baudrate, timeout=1)
        except (serial.SerialException, OSError, ValueError) as exc:
            self._state(False, f"{path}: {str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__}")
            return None

    def _run(self) -> None:
        while not self._stop.is_set():
            port = self._open()
            if port is None:
                self._stop.wait(self.retry_s)
                continue
            self._lost.clear()
            reader = serial.threaded.ReaderThread(port, lambda: _Protocol(self))
            reader.start()
            reader.connect()  # waits until the reader thread runs
            self._state(True, port.name or self.name)
            # pyserial's reader thread reports a lost port, except when the port's ioctl fails first
            # (EIO on an unplugged USB or pty): then the thread just dies, so watch it as well
            while not self._lost.wait(LOST_POLL_S) and reader.is_alive():
                pass
            reader.close()
            for frame in self.framer.drop():
                self._call(self.on_problem, frame.problem)
            if not self._stop.is_set():
                self._state(False, f"{self.name}: disconnected")
        self._state(False, "stopped")
