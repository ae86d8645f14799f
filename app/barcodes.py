"""What a scanned code means before it is looked up: a plain GTIN, a GS1 element string (GTIN with
batch and expiry), or a variable-measure EAN-13 whose digits carry a price or a weight.

GTINs and GS1 element strings are parsed with biip, check digits with python-stdnum (through
:func:`app.codes.normalise`). Variable-measure codes (prefix 02 and 20-29) follow the region's
templates in ``[barcodes]`` (see :mod:`app.device_config`): the item is looked up by the code with
its value digits zeroed, the way scales and catalogs agree on it, and the value goes into the line.
Anything else (a SKU, an internal code) is passed on as typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.codes import normalise
from app.device_config import BarcodeConfig, MeasureTemplate
from app.errors import UserError

GS = "\x1d"  # group separator: a scanner's FNC1 inside a GS1 element string
_AIM = ("]C1", "]e0", "]d2", "]Q3", "]E0", "]E3", "]E4", "]A0", "]X0")  # symbology identifiers
AGAIN = "Scan it again, or type the code printed under the bars."


@dataclass(frozen=True)
class Scan:
    code: str  # what to look up: a normalised GTIN-14, or the code as typed (SKU)
    kind: str  # gtin | gs1 | measure | code
    price: int | None = None  # a price printed into the code, in minor units
    grams: int | None = None  # a weight printed into the code
    batch: str = ""
    expiry: dt.date | None = None

    @property
    def measured(self) -> bool:
        return self.price is not None or self.grams is not None


def parse(text: str, rules: BarcodeConfig) -> Scan:
    """What ``text`` (a scan or a typed code) names; :class:`UserError` when it cannot be a code."""
    raw = text.strip()
    for aim in _AIM:
        if raw.startswith(aim):
            raw = raw[len(aim) :]
            break
    if not raw:
        raise UserError("The scan was empty.", AGAIN)
    if not raw.isprintable() and GS not in raw:
        raise UserError("The scanner sent unreadable characters.", AGAIN)
    if raw.isdigit() and raw.isascii():
        if len(raw) in (6, 7, 8) and raw[0] in "01":
            return _ean8_or_upce(raw)
        if len(raw) == 13 or (len(raw) == 12 and raw[0] == "2"):
            ean13 = raw.zfill(13)
            template = rules.templates.get(ean13[:2])
            if template is not None:
                return _measure(ean13, template)
        if len(raw) > 14:
            return _gs1(raw)
        return Scan(normalise(raw), "gtin")
    if raw.startswith(("01", "(01)", "02", "(02)")) and (GS in raw or "(" in raw or raw[2:16].isdigit()):
        return _gs1(raw)
    return Scan(normalise(raw), "code")


def _ean8_or_upce(raw: str) -> Scan:
    import biip  # loaded on the first code that needs it: the till starts without it

    if len(raw) == 8:
        try:
            return Scan(normalise(raw), "gtin")  # EAN-8
        except UserError:
            pass
    result = biip.parse(raw)
    if result.upc is None:
        raise UserError(f"'{raw}' has a wrong check digit.", AGAIN)
    return Scan(normalise(result.upc.as_upc_a()), "gtin")


def _gs1(raw: str) -> Scan:
    import biip
    from biip.gs1_messages import GS1Message

    try:
        msg = GS1Message.parse_hri(raw) if raw.startswith("(") else GS1Message.parse(raw)
    except biip.ParseError as exc:
        raise UserError(f"'{raw[:40]}' is not a GS1 code the till can read ({exc}).", AGAIN) from None
    gtin = msg.element_strings.get(ai="01") or msg.element_strings.get(ai="02")
    if gtin is None:
        raise UserError("That GS1 code names no item (no GTIN in it).", "Scan the item's own barcode.")
    if gtin.gtin is None:
        raise UserError(f"The item number in '{raw[:40]}' has a wrong check digit.", AGAIN)
    batch = msg.element_strings.get(ai="10")
    expiry = msg.element_strings.get(ai="17")
    return Scan(
        normalise(gtin.value),
        "gs1",
        batch=batch.value if batch else "",
        expiry=expiry.date if expiry else None,
    )


def _measure(ean13: str, t: MeasureTemplate) -> Scan:
    from biip.checksums import gs1_price_weight_check_digit, gs1_standard_check_digit

    normalise(ean13)  # the EAN-13 check digit first: a misread is refused before anything else
    value = ean13[t.pattern.index("V") : t.pattern.rindex("V") + 1]
    if "C" in t.pattern:
        check = int(ean13[t.pattern.index("C")])
        if check != gs1_price_weight_check_digit(value):
            raise UserError(f"'{ean13}' has a wrong price or weight check digit.", AGAIN)
    zeroed = [d if p == "P" else "0" for d, p in zip(ean13[:12], t.pattern, strict=True)]
    if "C" in t.pattern:
        zeroed[t.pattern.index("C")] = str(gs1_price_weight_check_digit("0" * len(value)))
    payload = "".join(zeroed)
    lookup = normalise(payload + str(gs1_standard_check_digit(payload)))
    if t.kind == "price":
        return Scan(lookup, "measure", price=int(value))
    grams = int(value)
    if grams == 0:
        raise UserError(f"'{ean13}' weighs nothing.", "Weigh the item again and print a new label.")
    return Scan(lookup, "measure", grams=grams)


def weighed_price(price_per_kg: int, grams: int) -> int:
    """The price of ``grams`` at ``price_per_kg`` minor units, rounded half up (exact integers)."""
    return (price_per_kg * grams * 2 + 1000) // 2000


def check_expiry(scan: Scan, today: dt.date) -> None:
    if scan.expiry is not None and scan.expiry < today:
        raise UserError(
            f"This item expired on {scan.expiry.isoformat()} (batch {scan.batch or '-'}).",
            "Take it off the shelf; do not sell it.",
        )
