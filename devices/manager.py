"""This till's devices, started together from its settings: the print worker, a serial scanner,
the cash drawer and the customer display, with one status for the status bar and one test per device.

Every method that talks to hardware blocks: the UI calls them from a worker thread (``ui/tasks.py``),
the CLI directly. Scans and state changes come back through the callbacks given to :class:`Devices`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from app import barcodes
from app.device_config import DeviceSettings
from app.errors import UserError, shown
from app.print_queue import PrintQueue
from devices.display import PoleDisplay
from devices.drawer import Drawer
from devices.errors import DeviceError
from devices.printer import connection, layout
from devices.printer.connection import PrinterUnavailable
from devices.printer.render import render
from devices.printer.worker import PrinterState, PrintWorker
from devices.scanner.serial_reader import SerialScanner

log = logging.getLogger(__name__)

TEST_TIMEOUT = 10.0


@dataclass(frozen=True)
class DeviceStatus:
    printer: str  # not_set_up | ok | offline | paper_out | paper_low | unknown
    waiting: int  # print jobs waiting
    printer_detail: str
    scanner: str  # keyboard | connected | disconnected
    scanner_detail: str
    display: str  # not_set_up | ok | offline


class Devices:
    def __init__(
        self,
        settings: DeviceSettings,
        jobs: PrintQueue,
        locale: str,
        *,
        on_scan: Callable[[str], None] = lambda _c: None,
        on_problem: Callable[[str], None] = lambda _m: None,
        on_change: Callable[[], None] = lambda: None,
    ) -> None:
        self.settings, self.jobs, self.locale = settings, jobs, locale
        self.on_scan, self.on_problem, self.on_change = on_scan, on_problem, on_change
        p, s = settings.printer, settings.scanner
        self.printer = PrintWorker(jobs, p, locale, on_state=self._printer_state) if p.url else None
        if not p.url:
            jobs.note_printer("not_set_up")
        self.scanner = (
            SerialScanner(
                port=s.port,
                usb=s.usb,
                baudrate=s.baudrate,
                prefix=s.prefix,
                suffix=s.suffix,
                on_scan=lambda code: self.on_scan(code),
                on_problem=lambda msg: self.on_problem(msg),
                on_state=lambda _c, _d: self.on_change(),
            )
            if s.serial
            else None
        )
        self.drawer = Drawer(settings.drawer, self.printer)
        self.display = PoleDisplay(settings.display) if settings.display.url else None
        self.display_state = "ok" if self.display else "not_set_up"
        self._display_io = ThreadPoolExecutor(1, thread_name_prefix="customer-display")
        self._display_lock = threading.Lock()
        self._started = False

    def _printer_state(self, state: PrinterState) -> None:
        """A printer's new state: kept for the fleet report (app.print_queue), then shown."""
        self.jobs.note_printer(state.state)
        self.on_change()

    def start(self) -> Devices:
        if self.printer:
            self.printer.start()
        if self.scanner:
            self.scanner.start()
        self._started = True
        return self

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        if self.scanner:
            self.scanner.stop()
        if self.printer:
            self.printer.stop()
        self._display_io.shutdown(wait=True, cancel_futures=True)
        if self.display:
            self.display.close_port()

    # ------------------------------------------------------------ state
    def status(self) -> DeviceStatus:
        ps: PrinterState = self.printer.state if self.printer else PrinterState("not_set_up")
        if self.scanner is None:
            scanner, detail = "keyboard", ""
        else:
            scanner = "connected" if self.scanner.connected else "disconnected"
            detail = self.scanner.where
        return DeviceStatus(ps.state, ps.waiting, ps.detail, scanner, detail, self.display_state)

    # ------------------------------------------------------------ actions
    def printed_later(self) -> None:
        """A job was queued: the worker looks at once (the sale is already committed)."""
        if self.printer:
            self.printer.wake()

    def open_drawer(self) -> None:
        self.drawer.open()

    def show(self, upper: tuple[str, str], lower: tuple[str, str]) -> None:
        """Show two lines on the customer display, on its own thread; a fault is noted, never raised."""
        if self.display is None or not self._started:
            return

        def work() -> None:
            try:
                self.display.show(upper, lower)
                state = "ok"
            except DeviceError as exc:
                log.warning("%s", exc.message)
                state = "offline"
            if state != self.display_state:
                self.display_state = state
                self.on_change()

        self._display_io.submit(work)

    # ------------------------------------------------------------ tests (settings screen and CLI)
    def test(self, kind: str) -> str:
        """Exercise one device and say what happened; :class:`DeviceError` when it did not work."""
        return {
            "printer": self.test_printer,
            "scanner": self.test_scanner,
            "drawer": self.test_drawer,
            "display": self.test_display,
        }[kind]()

    def test_printer(self) -> str:
        cfg = self.settings.printer
        if cfg.url is None:
            raise DeviceError("No printer is set up.", "Type the printer's URL, e.g. tcp://192.168.1.50:9100.")
        info = {"title": "printer test", "URL": str(cfg.url), "Profile": cfg.profile, "Encoding": cfg.encoding}
        data = render(layout.test_page(info, cfg.width, self.locale), cfg)

        def send() -> str:
            return connection.send(cfg.url, data, cfg.profile)

        try:
            state = self.printer.submit(send).result(TEST_TIMEOUT) if self.printer and self._started else send()
        except PrinterUnavailable as exc:
            raise DeviceError(
                f"The printer did not print: {exc}.",
                "Check that it is on, has paper and is plugged in, and that the URL is right.",
            ) from None
        except TimeoutError:
            raise DeviceError("The printer did not answer in time.", "Check that it is on and the URL.") from None
        if self.printer:
            self.jobs.retry_now()  # it printed: the waiting jobs go now, not after their pause
            self.printer.wake()
        return shown(f"Test page sent to {cfg.url} (status: {state.replace('_', ' ')}).")

    def test_scanner(self, timeout: float = TEST_TIMEOUT) -> str:
        """A serial scanner: wait for one scan and say what it read. A keyboard scanner needs no test here."""
        s = self.settings.scanner
        if not s.serial:
            return shown("Keyboard scanner: scan any barcode into the till; it is told apart from typing by its speed.")
        if self.scanner is not None and self._started:
            state = shown("connected") if self.scanner.connected else shown("not connected")
            return shown(f"Serial scanner {self.scanner.name}: {state}; {self.scanner.scans} scans read since start.")
        got: list[str] = []
        done = threading.Event()
        reader = SerialScanner(
            port=s.port,
            usb=s.usb,
            baudrate=s.baudrate,
            prefix=s.prefix,
            suffix=s.suffix,
            on_scan=lambda c: (got.append(c), done.set()),
        )
        reader.start()
        try:
            done.wait(timeout)
        finally:
            reader.stop()
        if not got:
            where = reader.where or reader.name
            raise DeviceError(f"No scan came from {where} in {timeout:g} s.", "Check the port and scan a barcode.")
        try:
            scan = barcodes.parse(got[0], self.settings.barcodes)
        except UserError as exc:  # the scan came; the code is not one the till can sell
            return shown(f"Read {got[0]!r}: {exc}")
        symbology = barcodes.split_symbology(got[0])[0]
        if symbology:
            name = barcodes.symbology_name(symbology)
            return shown(f"Read {got[0]!r}: {scan.kind} {scan.code} (symbology identifier ]{symbology}: {name}).")
        return shown(f"Read {got[0]!r}: {scan.kind} {scan.code}")

    def test_drawer(self) -> str:
        self.drawer.open()
        return shown(f"Drawer kicked ({self.drawer.describe()}).")

    def test_display(self) -> str:
        if self.display is None:
            raise DeviceError("No customer display is set up.", "Type its port, e.g. serial:///dev/ttyUSB1.")
        self.display.show(("CloudShelf POS", ""), ("Display test", "OK"))
        return shown(f"Test lines shown on {self.settings.display.url}.")
