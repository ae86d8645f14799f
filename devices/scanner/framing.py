"""Cutting a serial scanner's byte stream into scans.

A scan ends with the configured suffix, or with CR or LF (CR LF counts once); an optional prefix
must start it. A code may arrive over several reads. What is not a scan is reported and dropped, never
passed on: bytes that are not printable text (line noise, a wrong baud rate), a frame without the
prefix, an overlong run with no end, and a partial frame left when the line goes quiet or drops.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_FRAME = 128  # bytes: longer than any barcode, GS1 element strings included
QUIET_S = 0.5  # a frame not ended within this is a fragment, not the start of the next scan
GS = 0x1D


@dataclass(frozen=True)
class Frame:
    code: str | None  # the scan, or None when ``problem`` says what was dropped
    problem: str = ""


NOISE = "The scanner sent unreadable data; nothing was added. Scan the item again."
PARTIAL = "Part of a scan was lost; nothing was added. Scan the item again."
NO_PREFIX = "A scan came without the configured prefix; nothing was added. Check the scanner's setup."


class Framer:
    def __init__(self, prefix: str = "", suffix: str = "") -> None:
        self.prefix = prefix.encode("latin-1")
        self.suffix = suffix.encode("latin-1")
        self._buf = bytearray()
        self._last = 0.0

    def feed(self, data: bytes, now: float) -> list[Frame]:
        out: list[Frame] = []
        if self._buf and now - self._last > QUIET_S:
            self._buf.clear()
            out.append(Frame(None, PARTIAL))
        self._last = now
        self._buf += data
        while True:
            end, size = self._terminator()
            if end < 0:
                break
            frame = bytes(self._buf[:end])
            del self._buf[: end + size]
            if frame:
                out.append(self._frame(frame))
        if len(self._buf) > MAX_FRAME:
            self._buf.clear()
            out.append(Frame(None, NOISE))
        return out

    def drop(self) -> list[Frame]:
        """The line went away: an unfinished frame is a lost scan."""
        if not self._buf:
            return []
        self._buf.clear()
        return [Frame(None, PARTIAL)]

    def _terminator(self) -> tuple[int, int]:
        if self.suffix:
            return self._buf.find(self.suffix), len(self.suffix)
        ends = [i for i in (self._buf.find(b"\r"), self._buf.find(b"\n")) if i >= 0]
        return (min(ends), 1) if ends else (-1, 0)

    def _frame(self, frame: bytes) -> Frame:
        if self.prefix:
            if not frame.startswith(self.prefix):
                return Frame(None, NO_PREFIX)
            frame = frame[len(self.prefix) :]
        if not frame or len(frame) > MAX_FRAME or any((b < 0x20 and b != GS) or b > 0x7E for b in frame):
            return Frame(None, NOISE)
        return Frame(frame.decode("ascii").strip())
