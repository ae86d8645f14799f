"""A printer's connection from its device URL (python-escpos backends), sending bytes, and status.

| URL | backend |
|---|---|
| ``usb://VID:PID`` | ``escpos.printer.Usb`` (pyusb) |
| ``serial:///dev/ttyUSB0?baudrate=9600`` | ``escpos.printer.Serial`` (pyserial) |
| ``tcp://HOST:9100`` | ``escpos.printer.Network`` |
| ``file:///dev/usb/lp0`` | ``escpos.printer.File`` |
| ``cups://QUEUE`` | ``escpos.printer.LP`` (the ``lp`` command, raw) |

Status is asked (DLE EOT 1 and 4) only where the link is two-way; a link that answers nothing, or
an answer that is not a status byte, is "unknown", never "no paper".
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from escpos import printer as backends
from escpos.escpos import Escpos

from app.device_config import DeviceUrl

CONNECT_TIMEOUT = 3.0  # seconds to reach a network printer and hand it a job
STATUS_TIMEOUT = 0.5  # seconds to wait for a status answer before calling it unknown

OK, OFFLINE, PAPER_OUT, PAPER_LOW, UNKNOWN = "ok", "offline", "paper_out", "paper_low", "unknown"


class PrinterUnavailable(Exception):
    """The printer cannot take a job now (unplugged, off, refused, out of paper)."""

    def __init__(self, state: str, detail: str) -> None:
        super().__init__(detail)
        self.state = state


def make(url: DeviceUrl, profile: str = "default") -> Escpos:
    """The python-escpos printer object for ``url`` (not yet opened)."""
    kw = {"profile": profile}
    if url.scheme == "tcp":
        return backends.Network(url.host, url.port, timeout=CONNECT_TIMEOUT, **kw)
    if url.scheme == "serial":
        return backends.Serial(
            url.target, baudrate=int(url.options.get("baudrate", 9600)), timeout=STATUS_TIMEOUT, dsrdtr=False, **kw
        )
    if url.scheme == "file":
        return backends.File(url.target, **kw)
    if url.scheme == "usb":
        vid, pid = (int(x, 16) for x in url.target.split(":"))
        return backends.Usb(vid, pid, timeout=int(CONNECT_TIMEOUT * 1000), **kw)
    return backends.LP(url.target, **kw)


@contextmanager
def opened(url: DeviceUrl, profile: str = "default") -> Iterator[Escpos]:
    """An open connection; anything that keeps it from opening is :class:`PrinterUnavailable`."""
    p = make(url, profile)
    try:
        p.open()
        if p.device is None:
            raise PrinterUnavailable(OFFLINE, f"{url} did not open")
    except PrinterUnavailable:
        raise
    except Exception as exc:  # each backend raises its own kind (socket, serial, usb, file)
        raise PrinterUnavailable(OFFLINE, f"{url}: {_why(exc)}") from None
    try:
        yield p
    finally:
        with suppress(Exception):  # a printer unplugged mid-close has nothing more to say
            p.close()


def _why(exc: BaseException) -> str:
    text = str(exc).strip().replace("\n", " ")
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def status(p: Escpos, url: DeviceUrl) -> str:
    """ok, paper_low, paper_out, offline or unknown, from the printer's own answer."""
    if not url.two_way:
        return UNKNOWN
    online = _query(p, b"\x10\x04\x01")
    paper = _query(p, b"\x10\x04\x04")
    if paper is not None and paper & 0x60 == 0x60:
        return PAPER_OUT
    if online is not None and online & 0x08:
        return OFFLINE
    if paper is not None and paper & 0x0C == 0x0C:
        return PAPER_LOW
    if online is None and paper is None:
        return UNKNOWN
    return OK


def _query(p: Escpos, command: bytes) -> int | None:
    """One status byte, or None when the printer says nothing or something that is not a status."""
    sock = getattr(p.device, "settimeout", None)
    if isinstance(p.device, socket.socket) and sock:
        p.device.settimeout(STATUS_TIMEOUT)
    try:
        answer = p.query_status(command)
    except (TimeoutError, OSError, NotImplementedError, ValueError):
        return None
    finally:
        if isinstance(p.device, socket.socket):
            p.device.settimeout(CONNECT_TIMEOUT)
    if not answer:
        return None
    byte = answer[-1]
    return byte if byte & 0x93 == 0x12 else None  # fixed bits of a real status byte: 0xx1xx10


def send(url: DeviceUrl, data: bytes, profile: str = "default", *, check_status: bool = True) -> str:
    """Hand ``data`` to the printer; the status read first, or :class:`PrinterUnavailable`."""
    with opened(url, profile) as p:
        state = status(p, url) if check_status else UNKNOWN
        if state in (PAPER_OUT, OFFLINE):
            raise PrinterUnavailable(state, f"{url}: {state.replace('_', ' ')}")
        try:
            p._raw(data)
        except Exception as exc:
            raise PrinterUnavailable(OFFLINE, f"{url}: {_why(exc)}") from None
        return state


def probe(url: DeviceUrl, profile: str = "default") -> str:
    """The printer's state without printing anything."""
    try:
        with opened(url, profile) as p:
            return status(p, url)
    except PrinterUnavailable as exc:
        return exc.state
