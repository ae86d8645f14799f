"""Prices a cart: discounts, tax and totals, in integer minor units. Pure functions, no I/O.

The rules, in the order they apply (tested in ``tests/test_pricing.py``):

1. A line's gross is ``qty * unit_price``. Unit prices are shelf prices in the store's tax mode:
   tax-inclusive in an inclusive store, tax-exclusive in an exclusive one.
2. A line discount is a percentage (basis points, rounded half up) or a fixed amount, never more
   than the gross.
3. An order discount (percentage of, or fixed amount off, the lines' total after line discounts)
   is spread over the sold lines in proportion to their amounts by the largest-remainder method,
   so the shares add up to the discount exactly. Returned lines take no share.
4. Tax is computed on the line's net (gross less both discounts). Inclusive: ``net * r / (1 + r)``;
   exclusive: ``net * r``. With ``tax_rounding = line`` each line's tax is rounded half up; with
   ``receipt`` the tax of all lines of one rate is rounded once and spread back over the lines by
   largest remainder.
5. A returned line keeps the amounts of the original line pro rata (see :mod:`app.returns`).
6. The total is the sum of line totals (tax included). Cash rounding applies to cash tenders only
   (:func:`app.money.cash_round`) and is recorded as the sale's ``rounding``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from app.cart import Cart, CartLine
from app.money import allocate, percent_of, round_half_up

PPM = 1_000_000


@dataclass(frozen=True)
class PricedLine:
    line: CartLine
    gross: int
    discount: int  # line discount plus share of the order discount
    net: int
    tax: int
    total: int  # tax-inclusive


@dataclass(frozen=True)
class Totals:
    lines: list[PricedLine]
    subtotal: int  # gross at shelf prices
    discount_total: int
    tax_total: int
    total: int  # tax-inclusive; negative when the customer is owed money
    rounding: int
    paid: int

    @property
    def due(self) -> int:
        """What is still owed (negative: still to refund), after cash rounding."""
        return self.total + self.rounding - self.paid


def line_discount(line: CartLine) -> int:
    if line.is_return:
        return 0
    gross = line.qty * line.unit_price
    if line.discount_bp:
        return min(percent_of(gross, line.discount_bp), gross)
    return min(line.discount_amount, gross)


def order_discount_amount(cart: Cart, base: int) -> int:
    if cart.order_discount_bp:
        return min(percent_of(base, cart.order_discount_bp), base)
    return min(cart.order_discount_amount, base)


def _tax_of(net: int, rate_ppm: int, tax_mode: str) -> Fraction:
    if tax_mode == "inclusive":
        return Fraction(net * rate_ppm, PPM + rate_ppm)
    return Fraction(net * rate_ppm, PPM)


def _spread(total: int, exact: list[Fraction]) -> list[int]:
    """Whole parts of ``exact`` that add up to ``total`` (its sum, rounded), by largest remainder.

    Each part is its exact value rounded down or up, so a sold line's tax is never negative and a
    returned line's never positive, even when both sit in one group (an exchange).
    """
    parts = [x.numerator // x.denominator for x in exact]  # floor
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def price_cart(cart: Cart, tax_mode: str, tax_rounding: str) -> Totals:
    sold = [ln for ln in cart.lines if not ln.is_return]
    after_line = [ln.qty * ln.unit_price - line_discount(ln) for ln in sold]
    shares = allocate(order_discount_amount(cart, sum(after_line)), after_line)
    share_of = {ln.id: s for ln, s in zip(sold, shares, strict=True)}

    nets: dict[str, int] = {}
    for ln in cart.lines:
        if ln.fixed_net is not None:
            nets[ln.id] = ln.fixed_net
        else:
            nets[ln.id] = ln.qty * ln.unit_price - line_discount(ln) - share_of.get(ln.id, 0)

    taxes: dict[str, int] = {}
    computed = [ln for ln in cart.lines if ln.fixed_tax is None]
    if tax_rounding == "line":
        for ln in computed:
            taxes[ln.id] = round_half_up(_tax_of(nets[ln.id], ln.tax_rate_ppm, tax_mode))
    else:
        by_rate: dict[int, list[CartLine]] = defaultdict(list)
        for ln in computed:
            by_rate[ln.tax_rate_ppm].append(ln)
        for rate, group in by_rate.items():
            exact = [_tax_of(nets[ln.id], rate, tax_mode) for ln in group]
            for ln, part in zip(group, _spread(round_half_up(sum(exact, Fraction(0))), exact), strict=True):
                taxes[ln.id] = part

    priced = []
    for ln in cart.lines:
        net = nets[ln.id]
        if ln.fixed_tax is not None:
            tax, total = ln.fixed_tax, ln.fixed_total if ln.fixed_total is not None else net
        else:
            tax = taxes[ln.id]
            total = net if tax_mode == "inclusive" else net + tax
        gross = ln.qty * ln.unit_price
        priced.append(PricedLine(ln, gross, gross - net, net, tax, total))

    return Totals(
        lines=priced,
        subtotal=sum(p.gross for p in priced),
        discount_total=sum(p.discount for p in priced),
        tax_total=sum(p.tax for p in priced),
        total=sum(p.total for p in priced),
        rounding=cart.rounding,
        paid=sum(t.amount for t in cart.tenders),
    )
