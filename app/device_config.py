"""This machine's devices as plain, checked settings: what ``config.toml`` says about the printer,
the scanner, the cash drawer, the customer display and variable-measure barcodes.

The device layer (``devices/``) turns these into connections; here they are only parsed and checked,
so a bad value is refused when the terminal opens, with a message that says which key to fix.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from app.errors import ConfigError

PRINTER_SCHEMES = ("usb", "serial", "tcp", "file", "cups")
WIDTHS = (32, 42, 48)
DISPLAY_PROTOCOLS = ("escpos", "cd5220")
MEASURE_KINDS = ("price", "weight")
_VID_PID = re.compile(r"^[0-9a-fA-F]{4}:[0-9a-fA-F]{4}$")
_PATTERN = re.compile(r"^P{2,}C?V{3,}$|^P{2,}V{3,}C?$")

# Variable-measure EAN-13 templates by region: prefix -> "kind:pattern". A pattern is the first 12
# digits of the EAN-13 (the 13th is the GTIN check digit): P = prefix and item reference, C = the
# measure's own check digit (GS1 price/weight check), V = the value (a price in minor units of the
# store's currency, or a weight in grams). Any prefix can be overridden in [barcodes.templates].
REGIONS: dict[str, dict[str, str]] = {
    "CN": {f"2{d}": "price:PPPPPPPVVVVV" for d in range(10)},
    "GS1": {"02": "price:PPPPPPPVVVVV", **{f"2{d}": "price:PPPPPPPVVVVV" for d in range(10)}},
    "US": {"02": "price:PPPPPPPCVVVV"},
    "EU": {
        **{f"2{d}": "price:PPPPPPPVVVVV" for d in range(8)},
        "28": "weight:PPPPPPPVVVVV",
        "29": "weight:PPPPPPPVVVVV",
    },
    "NONE": {},
}


@dataclass(frozen=True)
class DeviceUrl:
    """A device address such as ``tcp://10.0.0.9:9100`` or ``serial:///dev/ttyUSB0?baudrate=9600``."""

    scheme: str
    target: str  # host:port, a device path, VID:PID or a CUPS queue
    options: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return self.target.rsplit(":", 1)[0]

    @property
    def port(self) -> int:
        return int(self.target.rsplit(":", 1)[1])

    @property
    def two_way(self) -> bool:
        """Whether the printer can answer a status query over this link."""
        return self.scheme in ("tcp", "serial", "usb")

    def __str__(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in self.options.items())
        return f"{self.scheme}://{self.target}" + (f"?{query}" if query else "")


def parse_url(text: str, key: str, schemes: tuple[str, ...] = PRINTER_SCHEMES) -> DeviceUrl:
    """Check a device URL; :class:`ConfigError` names the key and shows the accepted forms."""
    hint = (
        f"Set {key} to one of: usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=9600, tcp://192.168.1.50:9100, "
        "file:///dev/usb/lp0, cups://QUEUE."
    )
    parts = urlsplit(text.strip())
    scheme = parts.scheme.lower()
    if scheme not in schemes:
        raise ConfigError(f"{key} = {text!r} is not a device URL this till knows.", hint)
    options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    if scheme in ("serial", "file"):
        target = parts.path or parts.netloc
        if not target:
            raise ConfigError(f"{key} = {text!r} names no device.", hint)
    elif scheme == "tcp":
        try:
            port = parts.port or 9100
        except ValueError:
            port = -1
        if not parts.hostname or not 0 < port < 65536:
            raise ConfigError(f"{key} = {text!r} needs a host and a port, e.g. tcp://192.168.1.50:9100.", hint)
        target = f"{parts.hostname}:{port}"
    elif scheme == "usb":
        target = parts.netloc
        if not _VID_PID.match(target):
            raise ConfigError(f"{key} = {text!r} needs the USB vendor and product id as VID:PID in hex.", hint)
        target = target.lower()
    else:  # cups
        target = parts.netloc or parts.path.lstrip("/")
        if not target:
            raise ConfigError(f"{key} = {text!r} names no CUPS queue.", hint)
    if "baudrate" in options and not options["baudrate"].isdigit():
        raise ConfigError(f"{key}: baudrate must be a number, not {options['baudrate']!r}.", hint)
    return DeviceUrl(scheme, target, options)


@dataclass(frozen=True)
class PrinterConfig:
    url: DeviceUrl | None = None
    profile: str = "default"  # a python-escpos capability profile, e.g. TM-T88V
    width: int = 42
    encoding: str = "gb18030"
    chinese: bool = True  # switch the printer to its Chinese mode for non-ASCII lines
    logo: str = ""  # an image printed at the top of receipts
    cut: bool = True
    drawer_pin: int = 2  # the kick connector pin, 2 or 5
    retry_max_seconds: float = 10.0  # longest wait between tries of a waiting job


@dataclass(frozen=True)
class ScannerConfig:
    port: str = ""  # a serial port or pyserial URL
    usb: str = ""  # or the serial scanner's USB VID:PID
    baudrate: int = 9600
    prefix: str = ""
    suffix: str = ""  # empty: CR or LF ends a scan
    wedge: bool = True  # keyboard-wedge scanners are recognised by key timing
    wedge_gap_ms: int = 30  # keys closer than this come from a scanner
    wedge_min_length: int = 4

    @property
    def serial(self) -> bool:
        return bool(self.port or self.usb)


@dataclass(frozen=True)
class DrawerConfig:
    url: DeviceUrl | None = None  # None: kicked by the receipt printer
    pin: int = 2


@dataclass(frozen=True)
class DisplayConfig:
    url: DeviceUrl | None = None
    protocol: str = "escpos"
    width: int = 20
    encoding: str = "cp437"


@dataclass(frozen=True)
class MeasureTemplate:
    prefix: str
    kind: str  # price | weight
    pattern: str  # 12 characters of P, C and V


@dataclass(frozen=True)
class BarcodeConfig:
    region: str = "CN"
    templates: dict[str, MeasureTemplate] = field(default_factory=dict)


@dataclass(frozen=True)
class DeviceSettings:
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    scanner: ScannerConfig = field(default_factory=ScannerConfig)
    drawer: DrawerConfig = field(default_factory=DrawerConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)
    barcodes: BarcodeConfig = field(default_factory=lambda: barcode_config({}))


KNOWN = {
    "printer": {
        "url": str,
        "profile": str,
        "width": int,
        "encoding": str,
        "chinese": bool,
        "logo": str,
        "cut": bool,
        "drawer_pin": int,
        "retry_max_seconds": (int, float),
    },
    "scanner": {
        "port": str,
        "usb": str,
        "baudrate": int,
        "prefix": str,
        "suffix": str,
        "wedge": bool,
        "wedge_gap_ms": int,
        "wedge_min_length": int,
    },
    "drawer": {"url": str, "pin": int},
    "display": {"url": str, "protocol": str, "width": int, "encoding": str},
    "barcodes": {"region": str, "templates": dict},
}


def _encoding(value: str, key: str) -> str:
    import codecs

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise ConfigError(
            f"{key} = {value!r} is not a text encoding.", f"Set {key} to e.g. gb18030 or cp437."
        ) from None


def _pin(value: int, key: str) -> int:
    if value not in (2, 5):
        raise ConfigError(f"{key} must be 2 or 5 (the drawer connector's pin).", f"Fix {key}.")
    return value


def template(prefix: str, spec: str, key: str) -> MeasureTemplate:
    kind, _, pattern = spec.partition(":")
    if not (prefix.isdigit() and len(prefix) == 2 and (prefix == "02" or prefix.startswith("2"))):
        raise ConfigError(f"{key}: {prefix!r} is not a variable-measure prefix.", "Use 02 or 20 to 29.")
    if kind not in MEASURE_KINDS or len(pattern) != 12 or not _PATTERN.match(pattern):
        raise ConfigError(
            f"{key}.{prefix} = {spec!r} is not a template.",
            "Write kind:pattern, e.g. price:PPPPPPPVVVVV or weight:PPPPPPPCVVVV (12 of P, C, V).",
        )
    return MeasureTemplate(prefix, kind, pattern)


def barcode_config(section: dict) -> BarcodeConfig:
    region = str(section.get("region", "CN")).upper()
    if region not in REGIONS:
        raise ConfigError(
            f"barcodes.region = {region!r} has no built-in templates.",
            f"Use one of {', '.join(REGIONS)}, and add [barcodes.templates] for your scales.",
        )
    specs = {**REGIONS[region], **section.get("templates", {})}
    templates = {}
    for prefix, spec in specs.items():
        if not isinstance(spec, str):
            raise ConfigError(f"barcodes.templates.{prefix} must be text like 'price:PPPPPPPVVVVV'.", "")
        templates[prefix] = template(prefix, spec, "barcodes.templates")
    return BarcodeConfig(region, templates)


def settings_from(raw: dict, default_width: int = 42) -> DeviceSettings:
    """Check the device sections of a parsed ``config.toml`` (types were checked by the caller)."""
    p, s, d, v = (raw.get(k, {}) for k in ("printer", "scanner", "drawer", "display"))
    width = p.get("width", default_width)
    if width not in WIDTHS:
        raise ConfigError("printer.width must be 32, 42 or 48 columns.", "Fix printer.width in config.toml.")
    retry = float(p.get("retry_max_seconds", 10.0))
    if not 0.05 <= retry <= 600:
        raise ConfigError("printer.retry_max_seconds must be between 0.05 and 600.", "")
    if p.get("logo") and not Path(p["logo"]).expanduser().is_file():
        raise ConfigError(f"printer.logo: {p['logo']} is not a file.", "Point it at a PNG, or remove the key.")
    profile = p.get("profile", "default")
    _check_profile(profile)
    printer = PrinterConfig(
        url=parse_url(p["url"], "printer.url") if p.get("url") else None,
        profile=profile,
        width=width,
        encoding=_encoding(p.get("encoding", "gb18030"), "printer.encoding"),
        chinese=p.get("chinese", True),
        logo=str(Path(p["logo"]).expanduser()) if p.get("logo") else "",
        cut=p.get("cut", True),
        drawer_pin=_pin(p.get("drawer_pin", 2), "printer.drawer_pin"),
        retry_max_seconds=retry,
    )
    usb = s.get("usb", "")
    if usb and not _VID_PID.match(usb):
        raise ConfigError(f"scanner.usb = {usb!r} is not VID:PID.", "Write the USB ids in hex, e.g. 05e0:1200.")
    if s.get("baudrate", 9600) not in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200):
        raise ConfigError("scanner.baudrate is not a serial speed.", "Use 9600 (most scanners) or 115200.")
    gap, min_len = s.get("wedge_gap_ms", 30), s.get("wedge_min_length", 4)
    if not 5 <= gap <= 200 or not 1 <= min_len <= 40:
        raise ConfigError(
            "scanner.wedge_gap_ms must be 5 to 200 and wedge_min_length 1 to 40.", "Fix them in config.toml."
        )
    scanner = ScannerConfig(
        port=s.get("port", ""),
        usb=usb.lower(),
        baudrate=s.get("baudrate", 9600),
        prefix=s.get("prefix", ""),
        suffix=s.get("suffix", ""),
        wedge=s.get("wedge", True),
        wedge_gap_ms=gap,
        wedge_min_length=min_len,
    )
    drawer = DrawerConfig(
        url=parse_url(d["url"], "drawer.url", ("serial",)) if d.get("url") else None,
        pin=_pin(d.get("pin", printer.drawer_pin), "drawer.pin"),
    )
    if v.get("protocol", "escpos") not in DISPLAY_PROTOCOLS:
        raise ConfigError("display.protocol must be escpos or cd5220.", "Fix display.protocol in config.toml.")
    if not 8 <= v.get("width", 20) <= 40:
        raise ConfigError("display.width must be 8 to 40 characters.", "Most pole displays have 20.")
    display = DisplayConfig(
        url=parse_url(v["url"], "display.url", ("serial",)) if v.get("url") else None,
        protocol=v.get("protocol", "escpos"),
        width=v.get("width", 20),
        encoding=_encoding(v.get("encoding", "cp437"), "display.encoding"),
    )
    return DeviceSettings(printer, scanner, drawer, display, barcode_config(raw.get("barcodes", {})))


ProfileCheck = Callable[[str], None]
_profile_checks: list[ProfileCheck] = []


def check_profiles_with(check: ProfileCheck) -> None:
    """Register the printer-profile look-up. The profiles are python-escpos's database, which app/ may
    not import: the printer package (``devices.printer``) registers its look-up when it is imported, as
    every process that prints does before it opens the terminal, so a bad profile is still refused
    where the config is read (and before a settings screen's Save writes it)."""
    if check not in _profile_checks:
        _profile_checks.append(check)


def _check_profile(name: str) -> None:
    for check in _profile_checks:
        check(name)


def save_sections(path: Path, sections: dict[str, dict]) -> None:
    """Replace the given sections of ``config.toml``, keep the others; written whole or not at all."""
    import tomli_w

    raw = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for name, values in sections.items():
        cleaned = {k: v for k, v in values.items() if v not in ("", None)}
        if cleaned:
            raw[name] = cleaned
        else:
            raw.pop(name, None)
    text = tomli_w.dumps(raw)
    settings_from(tomllib.loads(text))  # refuse to write what would not load
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".config-", suffix=".toml")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
