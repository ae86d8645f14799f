"""Money as integer minor units with an ISO 4217 currency (DESIGN.md, Money).

Amounts travel as ``int`` in the currency's minor unit (cents, fen); the currency is a property of
the store and of every sale. Only parsing and formatting touch ``Decimal``; no float anywhere.

Rounding rules (written down here and tested in ``tests/test_money.py``):

* ``round_half_up`` rounds a rational amount to whole minor units, halves away from zero
  (``2.5 -> 3``, ``-2.5 -> -3``). Every percentage and tax computation uses it.
* ``cash_round`` rounds an amount due in cash to the store's cash increment (5 or 10 minor
  units, say), halves up; it is applied to the cash part of a tender only, never to lines.
* ``allocate`` splits an amount across weights by the largest-remainder method, so the parts
  always add up to the whole exactly (order discounts across lines, refunds across tenders).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from babel.numbers import format_currency, format_decimal

from app.errors import UserError
from core import formats

exponent = formats.currency_exponent


def round_half_up(value: Fraction) -> int:
    """Round an exact rational to the nearest integer, halves away from zero."""
    sign = -1 if value < 0 else 1
    magnitude = abs(value)
    whole, rest = divmod(magnitude.numerator, magnitude.denominator)
    if rest * 2 >= magnitude.denominator:
        whole += 1
    return sign * whole


def percent_of(amount: int, basis_points: int) -> int:
    """``amount * basis_points / 10000``, rounded half up (a discount of 12.5% is 1250 bp)."""
    return round_half_up(Fraction(amount * basis_points, 10_000))


def cash_round(amount: int, increment: int) -> int:
    """Round an amount due in cash to the store's cash increment (1 means no rounding)."""
    if increment <= 1:
        return amount
    return round_half_up(Fraction(amount, increment)) * increment


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights``; the parts sum to ``total`` exactly."""
    if not weights:
        return []
    weight_sum = sum(weights)
    if weight_sum == 0:
        parts = [0] * len(weights)
        parts[0] = total
        return parts
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    exact = [Fraction(magnitude * w, weight_sum) for w in weights]
    parts = [int(x) for x in exact]  # floor: all weights are >= 0
    leftover = magnitude - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:leftover]:
        parts[i] += 1
    return [sign * p for p in parts]


def parse_amount(text: str, currency: str) -> int:
    """Parse a typed or imported amount ("12.50", "1,299") into minor units (see core.formats)."""
    try:
        return formats.parse_amount(text, currency)
    except formats.FormatError as exc:
        raise UserError(exc.message, exc.hint) from None


def to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-exponent(currency))


def format_money(minor: int, currency: str, locale: str) -> str:
    """Format for people, in the store's locale (babel): ``¥1,234.50``, ``$1,234.50``."""
    return format_currency(to_decimal(minor, currency), currency, locale=locale)


def format_plain(minor: int, currency: str, locale: str) -> str:
    """Amount without the currency sign, for receipt columns."""
    digits = exponent(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(to_decimal(minor, currency), format=pattern, locale=locale)


def parse_percent(text: str) -> int:
    """A typed percentage ("12.5", "10%") in basis points (1250, 1000), from 0 to 100%."""
    cleaned = str(text).strip().rstrip("%").strip()
    try:
        bp = formats.parse_amount(cleaned, "USD")  # two decimals: hundredths of a percent
    except formats.FormatError:
        raise UserError(f"'{text}' is not a percentage.", "Type a number like 10 or 12.5.") from None
    if not 0 <= bp <= 10_000:
        raise UserError(f"'{text}' is not between 0 and 100%.", "Type a number like 10 or 12.5.")
    return bp
