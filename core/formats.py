"""Formats terminals and the platform read alike: item codes and typed amounts.

Errors are :class:`FormatError` with a message and what to do; the terminal shows them as user
errors, the platform as 4xx answers.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import get_currency_precision
from stdnum import ean

GTIN_LENGTHS = (8, 12, 13, 14)
_INTERNAL = re.compile(r"^[A-Z0-9][A-Z0-9._\-]{2,39}$")
MAX_AMOUNT_DIGITS = 15  # 10^15 minor units: far beyond any price, far inside a 64-bit integer


class FormatError(ValueError):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


def currency_exponent(currency: str) -> int:
    """Minor-unit digits of a currency: 2 for CNY and USD, 0 for JPY."""
    return get_currency_precision(currency)


def normalise_code(code: str) -> str:
    """The stored form of a code: GTINs (checked) as GTIN-14, internal codes upper-cased.

    Numeric GTINs (EAN-8, UPC-A, EAN-13, GTIN-14) are checked with python-stdnum and zero-padded to
    14 digits, so a UPC-A scanned as EAN-13 still matches. Other codes are letters, digits, '.', '_', '-'.
    """
    text = code.strip()
    if text.isdigit() and text.isascii():
        if len(text) not in GTIN_LENGTHS:
            raise FormatError(
                f"'{text}' has {len(text)} digits; a barcode has 8, 12, 13 or 14.",
                "Scan it again, or type the code printed under the bars.",
            )
        if not ean.is_valid(text):
            raise FormatError(
                f"'{text}' has a wrong check digit.", "Scan it again, or type the code printed under the bars."
            )
        return text.zfill(14)
    upper = text.upper()
    if not _INTERNAL.match(upper):
        raise FormatError(
            f"'{code.strip()[:40]}' is not a barcode or item code.",
            "Scan the item's barcode, or search for it by name.",
        )
    return upper


def parse_amount(text: str, currency: str) -> int:
    """A typed or imported amount ("12.50", "1,299") in minor units.

    Refuses more decimals than the currency has, rather than rounding a typo away.
    """
    cleaned = str(text).strip().replace(",", "").replace("_", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise FormatError(f"'{text}' is not an amount.", "Type digits with an optional decimal point, e.g. 12.50.")
    digits = currency_exponent(currency)
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise FormatError(
            f"'{text}' has more than {digits} decimal places for {currency}.",
            f"Use at most {digits} decimal places.",
        )
    if abs(scaled) >= Decimal(10) ** MAX_AMOUNT_DIGITS:
        raise FormatError(f"'{text}' is too large an amount.", "Check the number of digits.")
    return int(scaled)


def amount_text(amount: int, currency: str) -> str:
    """Minor units as the plain number a person types back ("12.50"): the inverse of :func:`parse_amount`."""
    return f"{Decimal(int(amount)).scaleb(-currency_exponent(currency)):f}"
