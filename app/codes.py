"""Normalises item codes so a scan, a typed code and an imported code meet in one form.

Numeric GTINs (EAN-8, UPC-A, EAN-13, GTIN-14) are checked with python-stdnum and stored as
GTIN-14, zero-padded, so a UPC-A scanned as EAN-13 still matches. Other codes are internal
(letters, digits, '-', '.', '_') and are upper-cased.
"""

from __future__ import annotations

import re

from stdnum import ean

from app.errors import UserError

GTIN_LENGTHS = (8, 12, 13, 14)
_INTERNAL = re.compile(r"^[A-Z0-9][A-Z0-9._\-]{2,39}$")


def normalise(code: str) -> str:
    """The stored form of a code, or :class:`UserError` saying why it cannot be one."""
    text = code.strip()
    if text.isdigit() and text.isascii():
        if len(text) not in GTIN_LENGTHS:
            raise UserError(
                f"'{text}' has {len(text)} digits; a barcode has 8, 12, 13 or 14.",
                "Scan it again, or type the code printed under the bars.",
            )
        if not ean.is_valid(text):
            raise UserError(
                f"'{text}' has a wrong check digit.", "Scan it again, or type the code printed under the bars."
            )
        return text.zfill(14)
    upper = text.upper()
    if not _INTERNAL.match(upper):
        raise UserError(
            f"'{code.strip()[:40]}' is not a barcode or item code.",
            "Scan the item's barcode, or search for it by name.",
        )
    return upper


def display(code: str) -> str:
    """A stored code as printed under the bars: GTIN-14 with a leading zero shows as EAN-13."""
    return code[1:] if len(code) == 14 and code.isdigit() and code.startswith("0") else code
