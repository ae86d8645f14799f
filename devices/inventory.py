"""What is plugged in: serial ports (pyserial) and USB devices that look like scanners or printers.

USB devices are read from Linux's sysfs (no libusb needed to list them); elsewhere only serial ports
are listed. A keyboard-wedge scanner is a USB keyboard to the system, so keyboards are listed too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from serial.tools import list_ports

SYSFS_USB = Path("/sys/bus/usb/devices")
SCANNER_VENDORS = {"05e0": "Zebra/Symbol", "0c2e": "Honeywell", "05f9": "Datalogic", "1eab": "Newland", "2dd6": "Netum"}
PRINTER_VENDORS = {"04b8": "Epson", "0519": "Star", "0dd4": "Custom", "154f": "SNBC", "0fe6": "ICS/Xprinter"}


@dataclass(frozen=True)
class Found:
    kind: str  # serial | printer | scanner | keyboard
    where: str  # a port, or usb://VID:PID
    name: str


def serial_ports() -> list[Found]:
    out = []
    for p in sorted(list_ports.comports(), key=lambda p: p.device):
        ids = f" usb {p.vid:04x}:{p.pid:04x}" if p.vid is not None else ""
        out.append(Found("serial", p.device, f"{p.description}{ids}".strip()))
    return out


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def usb_devices(root: Path = SYSFS_USB) -> list[Found]:
    out = []
    if not root.is_dir():
        return out
    for dev in sorted(root.iterdir()):
        vid, pid = _read(dev / "idVendor"), _read(dev / "idProduct")
        if not vid or not pid:
            continue
        classes = {(_read(i / "bInterfaceClass"), _read(i / "bInterfaceProtocol")) for i in dev.glob(f"{dev.name}:*")}
        name = " ".join(x for x in (_read(dev / "manufacturer"), _read(dev / "product")) if x) or "USB device"
        if any(c == "07" for c, _ in classes) or vid in PRINTER_VENDORS:
            out.append(Found("printer", f"usb://{vid}:{pid}", name))
        elif vid in SCANNER_VENDORS or "scan" in name.lower() or "barcode" in name.lower():
            out.append(Found("scanner", f"usb://{vid}:{pid}", name))
        elif ("03", "01") in classes:
            out.append(Found("keyboard", f"usb://{vid}:{pid}", name))
    return out
