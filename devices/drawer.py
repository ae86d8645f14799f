"""The cash drawer: kicked through the receipt printer's drawer port, or on a serial port of its own.

Opening the drawer without a sale is audited by the terminal (``terminal.shift.open_drawer``) before this
runs. A kick is never queued: a drawer that did not open now must not pop open later.
"""

from __future__ import annotations

import serial
from escpos.printer import Dummy

from app.device_config import DrawerConfig
from devices.errors import DeviceError
from devices.printer.connection import PrinterUnavailable
from devices.printer.worker import PrintWorker

KICK_TIMEOUT = 8.0  # seconds: the printer may be finishing a receipt first


def pulse(pin: int) -> bytes:
    """ESC p: the drawer pulse on connector pin 2 or 5."""
    p = Dummy()
    p.cashdraw(pin)
    return p.output


class Drawer:
    def __init__(self, cfg: DrawerConfig, printer: PrintWorker | None) -> None:
        self.cfg, self.printer = cfg, printer

    @property
    def set_up(self) -> bool:
        return self.cfg.url is not None or self.printer is not None

    def describe(self) -> str:
        if self.cfg.url is not None:
            return str(self.cfg.url)
        return "through the printer" if self.printer is not None else "not set up"

    def open(self) -> None:
        if self.cfg.url is not None:
            try:
                with serial.serial_for_url(
                    self.cfg.url.target, baudrate=int(self.cfg.url.options.get("baudrate", 9600)), timeout=1
                ) as port:
                    port.write(pulse(self.cfg.pin))
                    port.flush()
            except (serial.SerialException, OSError, ValueError) as exc:
                raise DeviceError(
                    f"The cash drawer on {self.cfg.url} did not answer ({type(exc).__name__}).",
                    "Check its cable and power, then try again; open it with the key meanwhile.",
                ) from None
            return
        if self.printer is None:
            raise DeviceError(
                "No cash drawer is set up.", "Set the printer (the drawer plugs into it) or a drawer port in Devices."
            )
        try:
            self.printer.kick(self.cfg.pin).result(KICK_TIMEOUT)
        except PrinterUnavailable as exc:
            raise DeviceError(
                f"The drawer did not open: the printer is {exc.state.replace('_', ' ')}.",
                "The drawer opens through the printer: switch it on and check its cable, or use the drawer's key.",
            ) from None
        except TimeoutError:
            raise DeviceError("The drawer did not open in time.", "Try again, or use the drawer's key.") from None
