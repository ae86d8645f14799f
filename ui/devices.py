"""The till's devices seen from Qt: scans (serial or keyboard wedge) and device state arrive as
signals on the UI thread; the device threads never touch a widget."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.device_config import DeviceSettings
from app.print_queue import PrintQueue
from devices.manager import Devices, DeviceStatus
from ui.wedge import WedgeFilter


class DeviceBridge(QObject):
    scanned = Signal(str)  # a code from any scanner
    problem = Signal(str)  # noise or a partial scan: nothing was added
    status_changed = Signal(object)  # DeviceStatus

    def __init__(self, settings: DeviceSettings, jobs: PrintQueue, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs, self.locale = jobs, locale
        self.devices: Devices | None = None
        self.wedge: WedgeFilter | None = None
        self.apply(settings)

    def apply(self, settings: DeviceSettings) -> None:
        """Start the devices of ``settings`` (stopping any before): after start-up and after a save."""
        self.stop()
        self.devices = Devices(
            settings,
            self.jobs,
            self.locale,
            on_scan=self.scanned.emit,  # from the reader thread: queued to the UI thread
            on_problem=self.problem.emit,
            on_change=self._changed,
        ).start()
        s = settings.scanner
        if s.wedge and QApplication.instance() is not None:
            self.wedge = WedgeFilter(
                gap_ms=s.wedge_gap_ms, min_length=s.wedge_min_length, prefix=s.prefix, suffix=s.suffix, parent=self
            ).install()
            self.wedge.scanned.connect(self.scanned)
        self._changed()

    def _changed(self) -> None:
        if self.devices is not None:
            self.status_changed.emit(self.devices.status())

    def status(self) -> DeviceStatus:
        return self.devices.status()

    @property
    def printer(self) -> bool:
        return self.devices is not None and self.devices.printer is not None

    def stop(self) -> None:
        if self.wedge is not None:
            self.wedge.remove()
            self.wedge.deleteLater()
            self.wedge = None
        if self.devices is not None:
            self.devices.stop()
            self.devices = None
