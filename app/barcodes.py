"""What a scanned code means before it is looked up: a plain GTIN, a GS1 element string (GTIN with
batch and expiry), or a variable-measure EAN-13 whose digits carry a price or a weight.

GTINs and GS1 element strings are parsed with biip, check digits with python-stdnum (through
:func:`app.codes.normalise`). Variable-measure codes (prefix 02 and 20-29) follow the region's
templates in ``[barcodes]`` (see :mod:`app.device_config`): the item is looked up by the code with
its value digits zeroed, the way scales and catalogs agree on it, and the value goes into the line.
Anything else (a SKU, an internal code) is passed on as typed.

A scanner set to send AIM symbology identifiers (ISO/IEC 15424) starts each code with ``]`` and two
characters naming the symbology. That says what the digits are: ``]E0`` + 8 digits is a UPC-E (not
an EAN-8, which comes as ``]E4``), ``]C1``/``]d2``/``]Q3``/``]e0``/``]J1`` carry GS1 element strings,
``]C0`` (Code 128), ``]A0`` (Code 39) and the like carry a code as printed. Without an identifier the
code is read by its shape; a GS1 element string is recognised whatever field comes first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.codes import normalise
from app.device_config import BarcodeConfig, MeasureTemplate
from app.errors import UserError

GS = "\x1d"  # group separator: a scanner's FNC1 inside a GS1 element string
_AIM = re.compile(r"^\]([A-Za-z])([0-9A-Za-z])")  # ']' symbology-code modifier
# Identifiers whose data is a GS1 element string (FNC1 in first position): GS1-128, GS1 DataBar,
# GS1 DataMatrix, GS1 QR Code, GS1 DotCode, GS1 Aztec.
GS1_SYMBOLOGIES = frozenset({"C1", "e0", "d2", "Q3", "J1", "z1"})
_FAMILIES = {
    "A": "Code 39",
    "C": "Code 128",
    "d": "Data Matrix",
    "E": "EAN/UPC",
    "e": "GS1 DataBar",
    "F": "Codabar",
    "G": "Code 93",
    "I": "ITF",
    "J": "DotCode",
    "L": "PDF417",
    "Q": "QR Code",
    "z": "Aztec",
}
_NAMES = {
    "E0": "EAN-13, UPC-A or UPC-E",
    "E1": "2-digit add-on",
    "E2": "5-digit add-on",
    "E3": "EAN/UPC with add-on",
    "E4": "EAN-8",
    "C1": "GS1-128",
    "d2": "GS1 DataMatrix",
    "Q3": "GS1 QR Code",
    "J1": "GS1 DotCode",
}
AGAIN = "Scan it again, or type the code printed under the bars."


@dataclass(frozen=True)
class Scan:
    code: str  # what to look up: a normalised GTIN-14, or the code as typed (SKU)
    kind: str  # gtin | gs1 | measure | code
    price: int | None = None  # a price printed into the code, in minor units
    grams: int | None = None  # a weight printed into the code
    batch: str = ""
    expiry: dt.date | None = None
    text: str = ""  # the code as printed, without the scanner's symbology identifier

    @property
    def measured(self) -> bool:
        return self.price is not None or self.grams is not None


def split_symbology(text: str) -> tuple[str, str]:
    """The AIM symbology identifier a scanner put before ``text`` (``"E0"``, ``"C1"``; ``""`` when none)
    and the code after it."""
    raw = text.strip()
    m = _AIM.match(raw)
    return (m.group(1) + m.group(2), raw[3:]) if m else ("", raw)


def symbology_name(identifier: str) -> str:
    """A symbology identifier's name for people setting up a scanner ("E4" -> "EAN-8")."""
    return _NAMES.get(identifier) or _FAMILIES.get(identifier[:1], "other")


def parse(text: str, rules: BarcodeConfig) -> Scan:
    """What ``text`` (a scan or a typed code) names; :class:`UserError` when it cannot be a code."""
    symbology, raw = split_symbology(text)
    if not raw:
        raise UserError("The scan was empty.", AGAIN)
    if not raw.isprintable() and GS not in raw:
        raise UserError("The scanner sent unreadable characters.", AGAIN)
    if symbology.startswith("E"):
        scan = _ean_upc(symbology[1], raw, rules)
    elif symbology in GS1_SYMBOLOGIES:
        scan = _gs1(raw)
    else:
        scan = _by_shape(raw, rules, gs1=not symbology)
    return Scan(scan.code, scan.kind, scan.price, scan.grams, scan.batch, scan.expiry, raw)


def _by_shape(raw: str, rules: BarcodeConfig, *, gs1: bool) -> Scan:
    """A code without a symbology identifier (or from a symbology that is not EAN/UPC or GS1)."""
    if raw.isdigit() and raw.isascii():
        if len(raw) in (6, 7, 8) and raw[0] in "01":
            return _ean8_or_upce(raw)
        if len(raw) == 13 or (len(raw) == 12 and raw[0] == "2"):
            scan = _measured(raw, rules)
            if scan is not None:
                return scan
        if len(raw) > 14 and gs1:
            return _gs1(raw)
        return Scan(normalise(raw), "gtin")
    if gs1:
        if raw.startswith((GS, "(")) or GS in raw:  # FNC1 or an AI in brackets: never in an item code
            return _gs1(raw)
        if raw[:2].isdigit() and _has_gtin(raw):  # an element string led by any field, e.g. (17) or (10)
            return _gs1(raw)
    return Scan(normalise(raw), "code")


def _measured(raw: str, rules: BarcodeConfig) -> Scan | None:
    ean13 = raw.zfill(13)
    template = rules.templates.get(ean13[:2])
    return _measure(ean13, template) if template is not None else None


def _ean_upc(modifier: str, raw: str, rules: BarcodeConfig) -> Scan:
    """A code the scanner says is EAN/UPC: ``]E0`` EAN-13, UPC-A or UPC-E; ``]E4`` EAN-8;
    ``]E3`` one of those with its 2- or 5-digit add-on; ``]E1``/``]E2`` the add-on alone."""
    if not (raw.isdigit() and raw.isascii()):
        raise UserError(f"'{raw[:40]}' is not an EAN or UPC code (those are digits only).", AGAIN)
    if modifier in ("1", "2"):
        raise UserError(
            "That was only the small add-on code beside the barcode.", "Scan the main barcode, the long one."
        )
    if modifier == "3":  # the add-on is an issue number; the item is the main code
        main = {10: 8, 13: 8, 14: 12, 15: 13, 17: 12, 18: 13}.get(len(raw))
        if main is None:
            raise UserError(f"'{raw[:40]}' is not an EAN or UPC code with an add-on.", AGAIN)
        raw = raw[:main]
    elif modifier == "4":
        if len(raw) != 8:
            raise UserError(f"'{raw[:40]}' has {len(raw)} digits; an EAN-8 has 8.", AGAIN)
        return Scan(normalise(raw), "gtin")
    if len(raw) in (6, 7, 8):
        return _upce(raw)
    if len(raw) in (12, 13):
        scan = _measured(raw, rules)
        if scan is not None:
            return scan
    return Scan(normalise(raw), "gtin")


def _ean8_or_upce(raw: str) -> Scan:
    if len(raw) == 8:
        try:
            return Scan(normalise(raw), "gtin")  # EAN-8
        except UserError:
            pass
    return _upce(raw)


def _upce(raw: str) -> Scan:
    import biip  # loaded on the first code that needs it: the till starts without it

    try:
        upc = biip.upc.Upc.parse(raw)
    except biip.ParseError:
        raise UserError(f"'{raw}' is not a UPC-E code (a wrong check digit?).", AGAIN) from None
    return Scan(normalise(upc.as_upc_a()), "gtin")


def _has_gtin(raw: str) -> bool:
    import biip
    from biip.gs1_messages import GS1Message

    try:
        msg = GS1Message.parse(raw)
    except biip.ParseError:
        return False
    return any(msg.element_strings.get(ai=ai) is not None for ai in ("01", "02"))


def _gs1(raw: str) -> Scan:
    import biip
    from biip.gs1_messages import GS1Message

    raw = raw.lstrip(GS)  # FNC1 in first position, sent by some scanners as a leading GS
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
