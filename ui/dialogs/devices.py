"""Device settings (a manager's screen): the printer, scanner, drawer and display of this till, a
"Test" button for each, and Save, which writes this machine's config.toml and restarts the devices.

Tests try the settings as typed, before they are saved; the result shows under the buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.device_config import DeviceSettings
from app.users import refusal
from ui.messages import joined, localized
from ui.till import Till
from ui.widgets import TOUCH, button, message_label


def _field(name: str, accessible: str, text: str = "", placeholder: str = "") -> QLineEdit:
    f = QLineEdit(text)
    f.setObjectName(name)
    f.setAccessibleName(accessible)
    f.setPlaceholderText(placeholder)
    f.setMinimumHeight(TOUCH)
    return f


def _combo(name: str, accessible: str, items: list[str], current: str) -> QComboBox:
    c = QComboBox()
    c.setObjectName(name)
    c.setAccessibleName(accessible)
    c.addItems(items)
    c.setCurrentText(current)
    c.setMinimumHeight(TOUCH)
    return c


class DeviceSettingsDialog(QDialog):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        s: DeviceSettings = till.terminal.config.devices
        self.setObjectName("devices_dialog")
        self.setWindowTitle(self.tr("Devices"))
        self.setMinimumWidth(900)
        outer = QVBoxLayout(self)
        grid = QGridLayout()  # two columns, so the screen fits a 1366x768 till
        outer.addLayout(grid)
        grid.addWidget(self._build_printer(s), 0, 0)
        grid.addWidget(self._build_scanner(s), 0, 1)
        grid.addWidget(self._build_others(s), 1, 0)
        grid.addLayout(self._build_tests(), 1, 1)
        outer.addLayout(self._build_actions(till))

        till.device_tested.connect(self.tested)
        till.devices_saved.connect(self.saved)
        till.error.connect(self.refused)
        self._kept = s  # what the file holds for keys this screen does not show

    def _build_printer(self, s: DeviceSettings) -> QGroupBox:
        printer = QGroupBox(self.tr("Receipt printer"))
        form = QFormLayout(printer)
        self.printer_url = _field(
            "printer_url_field", self.tr("Printer URL"), str(s.printer.url or ""), "tcp://192.168.1.50:9100"
        )
        self.printer_profile = _field("printer_profile_field", self.tr("Printer profile"), s.printer.profile)
        self.printer_width = _combo("printer_width_combo", self.tr("Columns"), ["32", "42", "48"], str(s.printer.width))
        self.printer_encoding = _field("printer_encoding_field", self.tr("Encoding"), s.printer.encoding)
        form.addRow(self.tr("URL"), self.printer_url)
        form.addRow(self.tr("Profile"), self.printer_profile)
        form.addRow(self.tr("Columns"), self.printer_width)
        form.addRow(self.tr("Encoding"), self.printer_encoding)
        return printer

    def _build_scanner(self, s: DeviceSettings) -> QGroupBox:
        scanner = QGroupBox(self.tr("Barcode scanner"))
        form = QFormLayout(scanner)
        self.scanner_port = _field(
            "scanner_port_field", self.tr("Scanner port"), s.scanner.port, self.tr("empty: keyboard scanner")
        )
        self.scanner_usb = _field("scanner_usb_field", self.tr("Scanner USB id"), s.scanner.usb, "05e0:1200")
        self.scanner_baud = _combo(
            "scanner_baud_combo",
            self.tr("Baud rate"),
            ["1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200"],
            str(s.scanner.baudrate),
        )
        self.wedge = QCheckBox(self.tr("Keyboard scanners: tell scans from typing by their speed"))
        self.wedge.setObjectName("wedge_checkbox")
        self.wedge.setAccessibleName(self.tr("Keyboard scanners"))
        self.wedge.setChecked(s.scanner.wedge)
        self.wedge.setMinimumHeight(TOUCH)
        form.addRow(self.tr("Port"), self.scanner_port)
        form.addRow(self.tr("USB id"), self.scanner_usb)
        form.addRow(self.tr("Baud rate"), self.scanner_baud)
        form.addRow(self.wedge)
        return scanner

    def _build_others(self, s: DeviceSettings) -> QGroupBox:
        others = QGroupBox(self.tr("Cash drawer and customer display"))
        form = QFormLayout(others)
        self.drawer_url = _field(
            "drawer_url_field", self.tr("Drawer port"), str(s.drawer.url or ""), self.tr("empty: through the printer")
        )
        self.display_url = _field(
            "display_url_field", self.tr("Display port"), str(s.display.url or ""), "serial:///dev/ttyUSB1"
        )
        self.display_protocol = _combo(
            "display_protocol_combo", self.tr("Display commands"), ["escpos", "cd5220"], s.display.protocol
        )
        form.addRow(self.tr("Drawer"), self.drawer_url)
        form.addRow(self.tr("Display"), self.display_url)
        form.addRow(self.tr("Commands"), self.display_protocol)
        return others

    def _build_tests(self) -> QVBoxLayout:
        """A Test key per device, and the message bar their results show on."""
        right = QVBoxLayout()
        tests = QGridLayout()
        for i, (kind, text) in enumerate(
            (
                ("printer", self.tr("Test printer")),
                ("scanner", self.tr("Test scanner")),
                ("drawer", self.tr("Test drawer")),
                ("display", self.tr("Test display")),
            )
        ):
            b = button(text, f"test_{kind}_button")
            b.clicked.connect(lambda _checked=False, k=kind: self.test(k))
            tests.addWidget(b, i // 2, i % 2)
        right.addLayout(tests)
        self.result = message_label("device_test_result")
        self.result.setMinimumHeight(TOUCH)
        right.addWidget(self.result)
        right.addStretch(1)
        return right

    def _build_actions(self, till: Till) -> QHBoxLayout:
        """Save and Close; Save and the drawer's test are a manager's, not offered to other roles."""
        actions = QHBoxLayout()
        save = button(self.tr("Save"), "save_devices_button")
        save.clicked.connect(self.save)
        close = button(self.tr("Close"), "devices_close_button")
        close.clicked.connect(self.reject)
        actions.addWidget(save)
        actions.addWidget(close)
        user = till.terminal.user
        if user is not None and not user.can("approve"):  # a manager's job: not offered to other roles
            for b in (save, self.findChild(QPushButton, "test_drawer_button")):
                b.setEnabled(False)
                b.setToolTip(localized(refusal("approve")))
        return actions

    def sections(self) -> dict[str, dict]:
        """The settings as typed, in config.toml's sections (keys this screen does not show are kept)."""
        s = self._kept
        return {
            "printer": {
                "url": self.printer_url.text().strip(),
                "profile": self.printer_profile.text().strip() or "default",
                "width": int(self.printer_width.currentText()),
                "encoding": self.printer_encoding.text().strip() or "gb18030",
                "chinese": s.printer.chinese,
                "logo": s.printer.logo,
                "cut": s.printer.cut,
                "drawer_pin": s.printer.drawer_pin,
                "retry_max_seconds": s.printer.retry_max_seconds,
            },
            "scanner": {
                "port": self.scanner_port.text().strip(),
                "usb": self.scanner_usb.text().strip(),
                "baudrate": int(self.scanner_baud.currentText()),
                "prefix": s.scanner.prefix,
                "suffix": s.scanner.suffix,
                "wedge": self.wedge.isChecked(),
                "wedge_gap_ms": s.scanner.wedge_gap_ms,
                "wedge_min_length": s.scanner.wedge_min_length,
            },
            "drawer": {"url": self.drawer_url.text().strip(), "pin": s.drawer.pin},
            "display": {
                "url": self.display_url.text().strip(),
                "protocol": self.display_protocol.currentText(),
                "width": s.display.width,
                "encoding": s.display.encoding,
            },
        }

    def test(self, kind: str) -> None:
        self.result.say(self.tr("Testing…"), "notice")
        sections = self.sections()
        sections["barcodes"] = {"region": self._kept.barcodes.region}
        self.till.test_device(kind, sections)

    def tested(self, _kind: str, worked: bool, message: str) -> None:
        self.result.say(message, "notice" if worked else "error")

    def refused(self, message: str, hint: str) -> None:
        if self.isVisible():
            self.tested("", False, joined(message, hint))

    def save(self) -> None:
        self.till.save_device_settings(self.sections())

    def saved(self, lost: str = "") -> None:
        self._kept = self.till.terminal.config.devices
        said = self.tr("Saved. The devices restarted with these settings.")
        self.tested("", True, f"{said}\n{lost}" if lost else said)
