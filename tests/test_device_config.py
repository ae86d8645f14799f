"""Device settings in config.toml: every key read, bad values refused with what to fix, saved whole."""

from __future__ import annotations

from pathlib import Path

import pytest

import devices.printer  # noqa: F401  (registers the printer-profile look-up, as every process that prints does)
from app import config
from app.device_config import parse_url, save_sections
from app.errors import ConfigError, NotAllowed
from app.terminal import Terminal
from tests.conftest import CASHIER, MANAGER

FULL = """
[receipt]
width = 32

[printer]
url = "serial:///dev/ttyUSB0?baudrate=19200"
profile = "TM-T88V"
encoding = "GBK"
chinese = true
cut = false
drawer_pin = 5
retry_max_seconds = 2.5

[scanner]
usb = "05E0:1200"
baudrate = 115200
prefix = "]"
suffix = "#"
wedge = false
wedge_gap_ms = 20
wedge_min_length = 6

[drawer]
url = "serial:///dev/ttyS1"

[display]
url = "serial:///dev/ttyUSB1"
protocol = "cd5220"
width = 20

[barcodes]
region = "EU"
templates = { "20" = "weight:PPPPPPPVVVVV" }
"""


def test_every_device_key_is_read(tmp_path: Path) -> None:
    (tmp_path / config.CONFIG_FILE).write_text(FULL, encoding="utf-8")
    d = config.load(tmp_path).devices
    assert (str(d.printer.url), d.printer.url.options, d.printer.width) == (
        "serial:///dev/ttyUSB0?baudrate=19200",
        {"baudrate": "19200"},
        32,  # the receipt width when the printer names none
    )
    assert (d.printer.profile, d.printer.encoding, d.printer.cut, d.printer.drawer_pin) == ("TM-T88V", "gbk", False, 5)
    assert d.printer.retry_max_seconds == 2.5
    assert (d.scanner.usb, d.scanner.baudrate, d.scanner.prefix, d.scanner.suffix, d.scanner.wedge) == (
        "05e0:1200",
        115200,
        "]",
        "#",
        False,
    )
    assert d.drawer.url.target == "/dev/ttyS1" and d.drawer.pin == 5  # the printer's pin unless it says
    assert (d.display.protocol, d.display.url.target) == ("cd5220", "/dev/ttyUSB1")
    assert d.barcodes.templates["20"].kind == "weight" and d.barcodes.templates["28"].kind == "weight"


def test_no_config_file_means_no_devices_and_keyboard_scanners() -> None:
    d = config.Config().devices
    assert d.printer.url is None and d.scanner.wedge and not d.scanner.serial
    assert d.printer.encoding == "gb18030" and d.barcodes.region == "CN"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[printer]\nurl = "lpt://1"', "not a device URL"),
        ('[printer]\nurl = "tcp://:9100"', "needs a host"),
        ('[printer]\nurl = "usb://epson"', "VID:PID"),
        ('[printer]\nurl = "serial:///dev/ttyUSB0?baudrate=fast"', "baudrate must be a number"),
        ("[printer]\nwidth = 40", "32, 42 or 48"),
        ('[printer]\nencoding = "klingon"', "not a text encoding"),
        ('[printer]\nprofile = "NoSuchPrinter"', "not a python-escpos printer profile"),
        ("[printer]\ndrawer_pin = 3", "2 or 5"),
        ('[printer]\nlogo = "/nonexistent/logo.png"', "is not a file"),
        ('[printer]\ncut = "yes"', "must be a bool"),
        ("[scanner]\nbaudrate = 1234", "not a serial speed"),
        ('[scanner]\nusb = "scanner"', "VID:PID"),
        ("[scanner]\nwedge_gap_ms = 1000", "wedge_gap_ms"),
        ('[drawer]\nurl = "tcp://10.0.0.1:9100"', "not a device URL"),
        ('[display]\nprotocol = "vfd"', "escpos or cd5220"),
        ('[barcodes]\nregion = "Mars"', "no built-in templates"),
        ('[barcodes.templates]\n"21" = "price:XXXX"', "not a template"),
    ],
)
def test_bad_device_settings_say_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / config.CONFIG_FILE).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        config.load(tmp_path)
    assert info.value.message.startswith("config.toml:")
    assert info.value.hint


def test_device_urls_of_every_kind() -> None:
    assert parse_url("tcp://192.168.1.50", "k").target == "192.168.1.50:9100"
    assert parse_url("usb://04B8:0202", "k").target == "04b8:0202"
    assert parse_url("file:///dev/usb/lp0", "k").target == "/dev/usb/lp0"
    assert parse_url("cups://Kitchen_Printer", "k").target == "Kitchen_Printer"
    assert [parse_url(u, "k").two_way for u in ("tcp://h:1", "file:///x", "cups://q", "usb://0000:0000")] == [
        True,
        False,
        False,
        True,
    ]


def test_saving_device_settings_keeps_other_sections_and_refuses_bad_values(term: Terminal) -> None:
    path = term.directory / config.CONFIG_FILE
    path.write_text('[receipt]\nfooter = "Danke"\n', encoding="utf-8")
    term.sign_in(CASHIER.login, CASHIER.pin)
    with pytest.raises(NotAllowed):
        term.printing.save_device_settings({"printer": {"url": "tcp://127.0.0.1:9100"}})
    term.sign_in(MANAGER.login, MANAGER.pin)
    term.printing.save_device_settings(
        {"printer": {"url": "tcp://127.0.0.1:9100", "width": 48}, "display": {"url": ""}}
    )
    assert str(term.config.devices.printer.url) == "tcp://127.0.0.1:9100"
    assert term.config.receipt_footer == "Danke"
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="32, 42 or 48"):
        save_sections(path, {"printer": {"width": 50}})
    assert path.read_text(encoding="utf-8") == before  # nothing half-written
