"""Scans parsed before they are looked up: GTINs, GS1 element strings, variable-measure EAN-13."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum import ean

from app import barcodes
from app.device_config import barcode_config
from app.errors import ConfigError, NotFound, UserError
from app.terminal import Terminal

CN = barcode_config({})


def ean13(payload12: str) -> str:
    return payload12 + ean.calc_check_digit(payload12)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("96385074", "00000096385074"),  # EAN-8
        ("4006381333931", "04006381333931"),  # EAN-13
        ("036000291452", "00036000291452"),  # UPC-A
        ("04252614", "00042100005264"),  # UPC-E, expanded to its UPC-A
        ("10012345678902", "10012345678902"),  # GTIN-14 (a case)
        ("]E04006381333931", "04006381333931"),  # with a symbology identifier
        (" 4006381333931 ", "04006381333931"),
        ("tee-1-m", "TEE-1-M"),  # a SKU typed by hand
    ],
)
def test_codes_are_recognised_and_normalised(text: str, code: str) -> None:
    scan = barcodes.parse(text, CN)
    assert scan.code == code and not scan.measured


def test_a_gs1_element_string_gives_the_gtin_batch_and_expiry() -> None:
    scan = barcodes.parse("010950600013437610ABC123\x1d17261231", CN)
    assert (scan.kind, scan.code, scan.batch, scan.expiry) == ("gs1", "09506000134376", "ABC123", dt.date(2026, 12, 31))
    hri = barcodes.parse("(01)09506000134376(17)250101", CN)
    assert hri.code == "09506000134376" and hri.expiry == dt.date(2025, 1, 1)
    with pytest.raises(UserError, match="expired on 2025-01-01"):
        barcodes.check_expiry(hri, dt.date(2025, 1, 2))
    barcodes.check_expiry(hri, dt.date(2025, 1, 1))  # sold on its last day


def test_variable_measure_price_and_weight_follow_the_region_template() -> None:
    price = barcodes.parse(ean13("201234501250"), CN)  # 20, item 12345, 12.50
    assert (price.kind, price.price, price.grams) == ("measure", 1250, None)
    assert price.code == "0" + ean13("201234500000")
    eu = barcode_config({"region": "EU"})
    weight = barcodes.parse(ean13("281234500532"), eu)  # 28, item 12345, 0.532 kg
    assert (weight.grams, weight.price, weight.code) == (532, None, "0" + ean13("281234500000"))
    assert barcodes.weighed_price(1299, 532) == 691  # 12.99/kg x 0.532 kg = 6.91068 -> 6.91
    assert barcodes.weighed_price(1000, 5) == 5  # 0.05 exactly
    assert barcodes.weighed_price(1001, 5) == 5  # 0.050050 -> 0.05 (half up only at .5)
    assert barcodes.weighed_price(100, 5) == 1  # 0.0050 -> 0.01: a half rounds up


def test_a_template_with_a_price_check_digit_refuses_a_misread_price() -> None:
    us = barcode_config({"region": "US"})
    from biip.checksums import gs1_price_weight_check_digit

    good = ean13("0212345" + str(gs1_price_weight_check_digit("1250")) + "1250")
    scan = barcodes.parse(good, us)
    assert scan.price == 1250
    bad_digit = (gs1_price_weight_check_digit("1250") + 1) % 10
    with pytest.raises(UserError, match="price or weight check digit"):
        barcodes.parse(ean13("0212345" + str(bad_digit) + "1250"), us)


def test_a_prefix_without_a_template_is_an_ordinary_code() -> None:
    scan = barcodes.parse(ean13("201234501250"), barcode_config({"region": "NONE"}))
    assert scan.kind == "gtin" and not scan.measured


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("4006381333932", "wrong check digit"),
        (ean13("201234501250")[:12] + str((int(ean13("201234501250")[12]) + 1) % 10), "wrong check digit"),
        ("40063813339", "has 11 digits"),
        ("", "empty"),
        ("4006\x00381", "unreadable"),
        ("\x1b[A", "unreadable"),
        ("0112345678901234", "wrong check digit"),  # GS1 with a bad GTIN inside
    ],
)
def test_noise_and_misreads_are_refused_with_what_to_do(text: str, message: str) -> None:
    with pytest.raises(UserError, match=message) as info:
        barcodes.parse(text, CN)
    assert info.value.hint


def test_templates_are_configurable_and_bad_ones_are_refused() -> None:
    cfg = barcode_config({"region": "cn", "templates": {"23": "weight:PPPPPPPVVVVV"}})
    assert cfg.templates["23"].kind == "weight" and cfg.templates["20"].kind == "price"
    for bad in ({"region": "XX"}, {"templates": {"23": "grams:PPPPPPPVVVVV"}}, {"templates": {"45": "price:PPV"}}):
        with pytest.raises(ConfigError):
            barcode_config(bad)


# ------------------------------------------------------------------ through the terminal into the sale
def add_measured_item(term: Terminal, code12: str, price: int) -> None:
    """A loose item in the catalog under its zeroed variable-measure code, priced per unit or per kg."""
    with term.db.write() as s:
        c = s.connection()
        c.exec_driver_sql("INSERT INTO styles(code, name) VALUES ('LOOSE', 'Loose Buttons')")
        style = c.exec_driver_sql("SELECT id FROM styles WHERE code = 'LOOSE'").scalar()
        c.exec_driver_sql(
            "INSERT INTO variants(sku, style_id, size, colour, tax_class) VALUES ('LOOSE-1', ?, '', '', 'standard')",
            (style,),
        )
        variant = c.exec_driver_sql("SELECT id FROM variants WHERE sku = 'LOOSE-1'").scalar()
        c.exec_driver_sql("INSERT INTO barcodes(code, variant_id) VALUES (?, ?)", ("0" + ean13(code12), variant))
        c.exec_driver_sql(
            "INSERT INTO prices(price_list, variant_id, amount) VALUES ('retail', ?, ?)", (variant, price)
        )


def test_a_price_embedded_code_puts_its_price_in_a_line_of_its_own(till: Terminal) -> None:
    add_measured_item(till, "201234500000", 9999)
    till.sale.scan(ean13("201234501250"))
    till.sale.scan(ean13("201234500990"))
    lines = till.sale.cart.lines
    assert [(ln.unit_price, ln.qty, ln.sku) for ln in lines] == [(1250, 1, "LOOSE-1"), (990, 1, "LOOSE-1")]
    assert till.sale.totals().total == 2240
    till.sale.add_cash(2240)
    done = till.sale.complete()
    assert [i.amount for i in till.printing.receipt(done.receipt_no).items] == ["12.50", "9.90"]


def test_a_weight_embedded_code_prices_the_weight(till: Terminal) -> None:
    till.config.devices = type(till.config.devices)(barcodes=barcode_config({"region": "EU"}))
    add_measured_item(till, "281234500000", 1299)  # 12.99 per kg
    till.sale.scan(ean13("281234500532"))
    [line] = till.sale.cart.lines
    assert line.unit_price == 691 and line.measured
    assert line.description.endswith("0.532 kg @ 12.99/kg")
    till.sale.scan("LOOSE-1")  # the same item by SKU is not merged into the weighed line
    assert len(till.sale.cart.lines) == 2


def test_an_unknown_variable_measure_item_or_an_expired_one_adds_nothing(till: Terminal) -> None:
    with pytest.raises(NotFound, match="No item"):
        till.sale.scan(ean13("209999901250"))
    with pytest.raises(UserError, match="expired"):
        till.sale.scan("(01)09506000134376(17)200101")
    assert till.sale.cart is None or till.sale.cart.lines == []
