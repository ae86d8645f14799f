"""A two-line customer pole display on a serial port: the last item and the total.

Two command sets are common: Epson's ESC/POS for displays (clear, then ``US $ x y`` to place each
line) and CD5220 (``ESC Q A`` upper line, ``ESC Q B`` lower line, each ended by CR). Text is fitted
to the display's width (CJK characters count two) and sent in its encoding (CP437 has the yen sign).
"""

from __future__ import annotations

import threading

import serial

from app.device_config import DisplayConfig
from devices.columns import clip, display_width
from devices.errors import DeviceError


def fit(left: str, right: str, width: int) -> str:
    """One line of the display: ``left`` clipped so ``right`` shows whole, flush right."""
    room = width - display_width(right, chinese=False) - (1 if right else 0)
    left = clip(left, max(room, 0), chinese=False)
    line = left + " " * (width - display_width(left, chinese=False) - display_width(right, chinese=False)) + right
    return clip(line, width, chinese=False)


def frame(cfg: DisplayConfig, upper: str, lower: str) -> bytes:
    a = upper.encode(cfg.encoding, errors="replace")
    b = lower.encode(cfg.encoding, errors="replace")
    if cfg.protocol == "cd5220":
        return b"\x1b@\x0c\x1bQA" + a + b"\r\x1bQB" + b + b"\r"
    return b"\x1b@\x0c\x1f$\x01\x01" + a + b"\x1f$\x01\x02" + b


class PoleDisplay:
    """Keeps its port open; a write that fails closes it, and the next write opens it again."""

    def __init__(self, cfg: DisplayConfig) -> None:
        if cfg.url is None:
            raise ValueError("no display URL")
        self.cfg = cfg
        self._port: serial.SerialBase | None = None
        self._lock = threading.Lock()

    def show(self, upper: tuple[str, str], lower: tuple[str, str]) -> None:
        data = frame(self.cfg, fit(*upper, self.cfg.width), fit(*lower, self.cfg.width))
        with self._lock:
            try:
                if self._port is None:
                    self._port = serial.serial_for_url(
                        self.cfg.url.target, baudrate=int(self.cfg.url.options.get("baudrate", 9600)), timeout=1
                    )
                self._port.write(data)
                self._port.flush()
            except (serial.SerialException, OSError, ValueError) as exc:
                self.close_port()
                raise DeviceError(
                    f"The customer display on {self.cfg.url} did not answer ({type(exc).__name__}).",
                    "Check its cable and power; the till goes on without it.",
                ) from None

    def close_port(self) -> None:
        if self._port is not None:
            try:
                self._port.close()
            finally:
                self._port = None
