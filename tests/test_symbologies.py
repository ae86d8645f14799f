"""Every symbology a scanner may send, with and without its AIM symbology identifier, and GS1 element
strings whatever field comes first: parsed, then through the till, a serial scanner and a wedge."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from stdnum import ean

from app import barcodes
from app.device_config import barcode_config
from app.errors import UserError
from app.terminal import Terminal
from tests.conftest import CASHIER
from tests.serial_pair import PtyPair
from tests.test_scanner_serial import Scanner
from tests.test_ui_till import sign_in, window  # noqa: F401 - the window fixture
from tests.test_wedge import SCANNER, Clock, focus, press
from ui.main_window import MainWindow

CN = barcode_config({})
GS = "\x1d"
# 01000283 is a valid EAN-8 and a valid UPC-E (whose UPC-A is 010002000083): two different items.
AMBIGUOUS = "01000283"
UPCE_GTIN, EAN8_GTIN = "00010002000083", "00000001000283"
GTIN = "09506000134376"

SYMBOLOGIES = [
    # (what the scanner sends, kind, code looked up)
    ("]E04006381333931", "gtin", "04006381333931"),  # EAN-13
    ("]E00036000291452", "gtin", "00036000291452"),  # UPC-A sent as 13 digits
    ("]E0036000291452", "gtin", "00036000291452"),  # UPC-A sent as 12 digits
    (f"]E0{AMBIGUOUS}", "gtin", UPCE_GTIN),  # UPC-E: never read as the EAN-8 of the same digits
    ("]E004252614", "gtin", "00042100005264"),  # UPC-E
    (f"]E4{AMBIGUOUS}", "gtin", EAN8_GTIN),  # EAN-8
    ("]E496385074", "gtin", "00000096385074"),
    ("]E3400638133393112", "gtin", "04006381333931"),  # EAN-13 + 2-digit add-on
    ("]E3400638133393152495", "gtin", "04006381333931"),  # EAN-13 + 5-digit add-on
    (f"]E3{AMBIGUOUS}12", "gtin", UPCE_GTIN),  # UPC-E + 2-digit add-on
    (f"]C101{GTIN}10ABC123{GS}17261231", "gs1", GTIN),  # GS1-128
    (f"]e001{GTIN}17261231", "gs1", GTIN),  # GS1 DataBar
    (f"]d2172612311012{GS}01{GTIN}", "gs1", GTIN),  # GS1 DataMatrix, expiry first
    (f"]Q310ABC{GS}01{GTIN}", "gs1", GTIN),  # GS1 QR Code, batch first
    (f"]J101{GTIN}", "gs1", GTIN),  # GS1 DotCode
    (f"]C1{GS}01{GTIN}", "gs1", GTIN),  # FNC1 in first position sent as GS
    ("]I110012345678902", "gtin", "10012345678902"),  # ITF-14
    ("]C0TEE-1-M", "code", "TEE-1-M"),  # Code 128
    ("]A0TEE-1-M", "code", "TEE-1-M"),  # Code 39
    ("]G0TEE-1-M", "code", "TEE-1-M"),  # Code 93
    ("]F0A12345B", "code", "A12345B"),  # Codabar
    ("]d1TEE-1-M", "code", "TEE-1-M"),  # Data Matrix, not GS1
    ("]Q1TEE-1-M", "code", "TEE-1-M"),  # QR Code, not GS1
    ("]L0TEE-1-M", "code", "TEE-1-M"),  # PDF417
    ("]X0TEE-1-M", "code", "TEE-1-M"),  # other
]


@pytest.mark.parametrize(("sent", "kind", "code"), SYMBOLOGIES)
def test_every_symbology_reads_the_same_with_and_without_its_identifier(sent: str, kind: str, code: str) -> None:
    scan = barcodes.parse(sent, CN)
    assert (scan.kind, scan.code) == (kind, code)
    assert not scan.text.startswith("]")
    if sent.startswith("]E3"):
        return  # without the identifier an add-on cannot be told from the code
    bare = barcodes.parse(sent[3:], CN)
    if sent[3:] == AMBIGUOUS:
        assert bare.code == EAN8_GTIN  # without an identifier only the digits speak: EAN-8 first
    else:
        assert (bare.kind, bare.code) == (kind, code)


def test_code_128_holding_digits_that_look_like_gs1_is_not_gs1() -> None:
    with pytest.raises(UserError, match="digits"):
        barcodes.parse(f"]C001{GTIN}17261231", CN)  # a plain Code 128: no element string in it
    assert barcodes.parse(f"01{GTIN}17261231", CN).kind == "gs1"  # no identifier: read by its shape


@pytest.mark.parametrize(
    ("sent", "message"),
    [
        ("]E112", "add-on"),
        ("]E252495", "add-on"),
        ("]E40100028", "has 7 digits"),
        ("]E0ABC", "digits only"),
        ("]E3400638133393", "add-on"),
        ("]E004252615", "UPC-E"),
        ("]C110ABC", "no GTIN"),
        ("]E0", "empty"),
    ],
)
def test_a_symbology_identifier_with_the_wrong_data_is_refused_with_what_to_do(sent: str, message: str) -> None:
    with pytest.raises(UserError, match=message) as info:
        barcodes.parse(sent, CN)
    assert info.value.hint


# ------------------------------------------------------------------ GS1 element strings in any order
FIXED = {"01", "17", "11", "3103"}  # predefined length: no separator needed after them


def element(ai: str, gtin: str, batch: str, expiry: dt.date, serial: str) -> str:
    return {
        "01": gtin,
        "10": batch,
        "17": expiry.strftime("%y%m%d"),
        "21": serial,
        "11": "240131",
        "3103": "001250",
        "37": "12",
    }[ai]


gtins = st.from_regex(r"[0-9]{13}", fullmatch=True).map(lambda d: d + ean.calc_check_digit(d))
batches = st.from_regex(r"[A-Z0-9]{1,20}", fullmatch=True)
expiries = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 12, 31))


@settings(max_examples=200, deadline=None)
@given(
    order=st.permutations(["01", "10", "17", "21", "11", "3103", "37"]),
    keep=st.integers(min_value=1, max_value=7),
    gtin=gtins,
    batch=batches,
    expiry=expiries,
    serial=batches,
    gs_after_fixed=st.booleans(),
    form=st.sampled_from(["plain", "fnc1", "]C1", "]d2", "]Q3", "]e0", "hri"]),
)
def test_a_gs1_element_string_is_read_whatever_field_comes_first(
    order: list[str],
    keep: int,
    gtin: str,
    batch: str,
    expiry: dt.date,
    serial: str,
    gs_after_fixed: bool,
    form: str,
) -> None:
    fields = list(order[:keep]) if "01" in order[:keep] else [*order[: keep - 1], "01"]
    if form == "hri":
        sent = "".join(f"({ai}){element(ai, gtin, batch, expiry, serial)}" for ai in fields)
    else:
        parts = []
        for i, ai in enumerate(fields):
            parts.append(ai + element(ai, gtin, batch, expiry, serial))
            last = i == len(fields) - 1
            if not last and (ai not in FIXED or gs_after_fixed):
                parts.append(GS)
        body = "".join(parts)
        sent = {"plain": body, "fnc1": GS + body}.get(form, form + body)
    scan = barcodes.parse(sent, CN)
    assert (scan.kind, scan.code) == ("gs1", gtin)
    assert scan.batch == (batch if "10" in fields else "")
    assert scan.expiry == (expiry if "17" in fields else None)


def test_the_fields_of_the_issue_in_every_order_and_form() -> None:
    fields = {"17": "261231", "10": "LOT7", "01": GTIN}
    for order in itertools.permutations(fields):
        machine = GS.join(ai + fields[ai] for ai in order)
        hri = "".join(f"({ai}){fields[ai]}" for ai in order)
        for sent in (machine, hri, "]C1" + machine):
            scan = barcodes.parse(sent, CN)
            assert (scan.code, scan.batch, scan.expiry) == (GTIN, "LOT7", dt.date(2026, 12, 31)), sent


# ------------------------------------------------------------------ through the till, a serial scanner, a wedge
def two_items(term: Terminal) -> tuple[str, str]:
    """The first two catalog items also carry the UPC-E and the EAN-8 that share the digits 01000283."""
    with term.db.write() as s:
        c = s.connection()
        first, second = [r[0] for r in c.exec_driver_sql("SELECT id FROM variants ORDER BY id LIMIT 2")]
        c.exec_driver_sql("INSERT INTO barcodes(code, variant_id) VALUES (?, ?)", (UPCE_GTIN, first))
        c.exec_driver_sql("INSERT INTO barcodes(code, variant_id) VALUES (?, ?)", (EAN8_GTIN, second))
        skus = [c.exec_driver_sql("SELECT sku FROM variants WHERE id = ?", (v,)).scalar() for v in (first, second)]
    return skus[0], skus[1]


def gs1_of(term: Terminal, sku: str) -> str:
    with term.db.read() as s:
        return (
            s.connection()
            .exec_driver_sql(
                "SELECT b.code FROM barcodes b JOIN variants v ON v.id = b.variant_id WHERE v.sku = ? LIMIT 1", (sku,)
            )
            .scalar()
        )


def test_the_till_sells_the_item_the_symbology_names(till: Terminal) -> None:
    upce, ean8 = two_items(till)
    assert till.sale.scan(f"]E0{AMBIGUOUS}").sku == upce
    assert till.sale.scan(f"]E4{AMBIGUOUS}").sku == ean8
    assert till.sale.scan(f"]C0{upce}").sku == upce  # a SKU in Code 128, identifier and all
    gtin = gs1_of(till, ean8)
    assert till.sale.scan(f"]d21729123110LOT7{GS}01{gtin}").sku == ean8  # expiry first, then batch, then GTIN
    assert till.sale.scan(f"(10)LOT7(17)291231(01){gtin}").sku == ean8
    assert [(ln.sku, ln.qty) for ln in till.sale.cart.lines] == [(upce, 2), (ean8, 3)]  # a repeat adds to its line


def test_a_serial_scanner_sending_identifiers_sells_the_right_items(till: Terminal, tmp_path: Path) -> None:
    upce, ean8 = two_items(till)
    pair = PtyPair(tmp_path, "aim").plug()
    s = Scanner(pair)
    s.reader.start()
    try:
        assert s.connected.wait(5)
        gtin = gs1_of(till, upce)
        pair.write(f"]E0{AMBIGUOUS}\r]E4{AMBIGUOUS}\r\n]C11729123110LOT7{GS}01{gtin}\r".encode())
        for code in s.next_scans(3):
            till.sale.scan(code)
    finally:
        s.reader.stop()
        pair.unplug()
    assert [(ln.sku, ln.qty) for ln in till.sale.cart.lines] == [(upce, 2), (ean8, 1)]
    assert s.problems.empty()


def test_a_wedge_scanner_sending_an_identifier_sells_the_upc_e_item(
    qtbot,
    window: MainWindow,  # noqa: F811
) -> None:
    upce, _ean8 = two_items(window.till.terminal)
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    clock = Clock()
    window.till.devices.wedge.clock = clock
    window.sale.cart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    focus(qtbot, window.sale.cart)
    with qtbot.waitSignal(window.till.sale_changed, check_params_cb=lambda v: v.count == 1):
        press(qtbot, window.sale.cart, f"]E0{AMBIGUOUS}", SCANNER, clock)
    assert [ln.sku for ln in window.till.terminal.sale.cart.lines] == [upce]


def test_the_scanner_test_names_the_symbology_the_scanner_sent(till: Terminal, tmp_path: Path) -> None:
    """The settings screen's and the CLI's scanner test, against a scanner on a pty."""
    import threading

    from app.device_config import settings_from
    from devices.manager import Devices

    pair = PtyPair(tmp_path, "test").plug()
    box = Devices(settings_from({"scanner": {"port": str(pair.device)}}), till.printing.queue, "en")
    said: list[str] = []
    worker = threading.Thread(target=lambda: said.append(box.test_scanner(20)))
    worker.start()
    try:
        while worker.is_alive():  # the test opens the port when it starts: send until it has read one
            pair.write(f"]E0{AMBIGUOUS}\r".encode())
            worker.join(0.2)
    finally:
        box.stop()
        pair.unplug()
    assert said == [f"Read ']E0{AMBIGUOUS}': gtin {UPCE_GTIN} (symbology identifier ]E0: EAN-13, UPC-A or UPC-E)."]
