"""Pricing a cart (app.pricing): tax modes, tax rounding, line and order discounts, returned lines.

Expected values are worked out by hand in the comments. Rates are in parts per million (13% = 130000).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cart import Cart, CartLine
from app.money import round_half_up
from app.pricing import PricedLine, Totals, price_cart
from app.returns import _share

VAT13, VAT9, VAT6 = 130_000, 90_000, 60_000


def line(
    line_id: str, qty: int, unit_price: int, rate: int = VAT13, *, bp: int = 0, amount: int = 0, **fixed: int
) -> CartLine:
    return CartLine(
        id=line_id,
        variant_id=None,
        sku=line_id.upper(),
        description=f"item {line_id}",
        qty=qty,
        unit_price=unit_price,
        tax_rate_ppm=rate,
        discount_bp=bp,
        discount_amount=amount,
        blind_return=qty < 0 and not fixed,
        **fixed,
    )


def cart(*lines: CartLine, order_bp: int = 0, order_amount: int = 0) -> Cart:
    return Cart(id="cart", lines=list(lines), order_discount_bp=order_bp, order_discount_amount=order_amount)


def amounts(p: PricedLine) -> tuple[int, int, int, int, int]:
    return p.gross, p.discount, p.net, p.tax, p.total


def exact_tax(net: int, rate: int, mode: str) -> Fraction:
    """The tax in a net amount, worked out independently of app.pricing."""
    r = Fraction(rate, 1_000_000)
    return net * r / (1 + r) if mode == "inclusive" else net * r


def assert_all_int(totals: Totals) -> None:
    """No float (nor bool, nor Fraction) anywhere in what pricing hands back."""
    for name in ("subtotal", "discount_total", "tax_total", "total", "rounding", "paid", "due"):
        assert type(getattr(totals, name)) is int, name
    for p in totals.lines:
        for f in dataclasses.fields(p):
            if f.name != "line":
                assert type(getattr(p, f.name)) is int, f.name


# ------------------------------------------------------------------ one line, each tax mode
@pytest.mark.parametrize(
    ("mode", "qty", "price", "rate", "tax", "total"),
    [
        ("inclusive", 1, 9900, VAT13, 1139, 9900),  # 9900 * 0.13 / 1.13 = 1138.94 -> 1139
        ("exclusive", 1, 9900, VAT13, 1287, 11187),  # 9900 * 0.13 = 1287.00
        ("inclusive", 1, 1000, VAT6, 57, 1000),  # 1000 * 0.06 / 1.06 = 56.60 -> 57
        ("exclusive", 1, 1050, VAT6, 63, 1113),  # 1050 * 0.06 = 63.00
        ("inclusive", 2, 1999, VAT9, 330, 3998),  # 3998 * 0.09 / 1.09 = 330.11 -> 330
        ("exclusive", 2, 1999, VAT9, 360, 4358),  # 3998 * 0.09 = 359.82 -> 360
        ("exclusive", 1, 10, 50_000, 1, 11),  # 10 * 0.05 = 0.5 -> 1 (half up)
        ("exclusive", 3, 10, 50_000, 2, 32),  # 30 * 0.05 = 1.5 -> 2
        ("exclusive", 1, 50, VAT13, 7, 57),  # 6.5 -> 7
        ("inclusive", 1, 113, VAT13, 13, 113),  # 113 * 0.13 / 1.13 = 13.00
        ("inclusive", 1, 500, 0, 0, 500),  # zero-rated
        ("exclusive", 1, 500, 0, 0, 500),
        ("inclusive", 5, 0, VAT13, 0, 0),  # a free item
    ],
)
@pytest.mark.parametrize("rounding", ["line", "receipt"])
def test_single_line_tax(mode: str, qty: int, price: int, rate: int, tax: int, total: int, rounding: str) -> None:
    totals = price_cart(cart(line("a", qty, price, rate)), mode, rounding)
    (p,) = totals.lines
    assert amounts(p) == (qty * price, 0, qty * price, tax, total)
    assert (totals.subtotal, totals.discount_total, totals.tax_total, totals.total) == (qty * price, 0, tax, total)
    assert_all_int(totals)


# ------------------------------------------------------------------ line vs receipt tax rounding
@pytest.mark.parametrize(
    ("mode", "lines", "line_taxes", "receipt_taxes", "line_total", "receipt_total"),
    [
        # three lines of 0.10 at 5% exclusive: each 0.5 -> 1 per line (3); receipt 30 * 0.05 = 1.5 -> 2,
        # spread by largest remainder (all 0.5: the first two take the units)
        ("exclusive", [(1, 10, 50_000)] * 3, [1, 1, 1], [1, 1, 0], 33, 32),
        # three lines of 1.00 at 13% inclusive: each 11.504 -> 12 (36); receipt 300 * 13/113 = 34.51 -> 35
        ("inclusive", [(1, 100, VAT13)] * 3, [12, 12, 12], [12, 12, 11], 300, 300),
        # mixed rates, exclusive: 13% on three lines of 10 -> 1.3 each: line 1+1+1, receipt 3.9 -> 4 = 2+1+1;
        # 6% on 25 -> 1.5 -> 2 either way
        ("exclusive", [(1, 10, VAT13)] * 3 + [(1, 25, VAT6)], [1, 1, 1, 2], [2, 1, 1, 2], 60, 61),
        # mixed rates, inclusive: 13% on 99 -> 11.389 (11) and on 1 -> 0.115 (0); receipt 100 * 13/113 = 11.504
        # -> 12, floors 11 + 0 and the odd unit to the larger remainder (.389, the first line); 6% on 53 -> 3.00
        ("inclusive", [(1, 99, VAT13), (1, 1, VAT13), (1, 53, VAT6)], [11, 0, 3], [12, 0, 3], 153, 153),
    ],
)
def test_line_versus_receipt_tax_rounding(
    mode: str,
    lines: list[tuple[int, int, int]],
    line_taxes: list[int],
    receipt_taxes: list[int],
    line_total: int,
    receipt_total: int,
) -> None:
    items = [line(f"l{i}", qty, price, rate) for i, (qty, price, rate) in enumerate(lines)]
    per_line = price_cart(cart(*items), mode, "line")
    per_receipt = price_cart(cart(*items), mode, "receipt")
    assert [p.tax for p in per_line.lines] == line_taxes
    assert [p.tax for p in per_receipt.lines] == receipt_taxes
    assert (per_line.tax_total, per_line.total) == (sum(line_taxes), line_total)
    assert (per_receipt.tax_total, per_receipt.total) == (sum(receipt_taxes), receipt_total)


# ------------------------------------------------------------------ line discounts
@pytest.mark.parametrize(
    ("mode", "qty", "price", "bp", "amount", "discount", "tax", "total"),
    [
        # 2 x 49.99 = 99.98, 12.5% = 12.4975 -> 12.50; net 87.48; inclusive 8748 * 13/113 = 1006.41 -> 1006
        ("inclusive", 2, 4999, 1250, 0, 1250, 1006, 8748),
        # 10.00 less 1.50 = 8.50; exclusive 850 * 0.13 = 110.5 -> 111
        ("exclusive", 1, 1000, 0, 150, 150, 111, 961),
        # a fixed discount past the line's gross stops at the gross: nothing is paid, nothing is owed back
        ("exclusive", 1, 1000, 0, 5000, 1000, 0, 0),
        ("inclusive", 1, 999, 10_000, 0, 999, 0, 0),  # 100% off
        # 3 x 3.33 = 9.99, 33.33% = 332.97 -> 333; net 666; exclusive 6%: 39.96 -> 40
        ("exclusive", 3, 333, 3333, 0, 333, 40, 706),
        ("inclusive", 1, 1, 5000, 0, 1, 0, 0),  # 50% of 1 fen = 0.5 -> 1
        ("inclusive", 1, 3, 5000, 0, 2, 0, 1),  # 50% of 3 fen = 1.5 -> 2; 1 * 13/113 = 0.115 -> 0
    ],
)
def test_line_discounts(
    mode: str, qty: int, price: int, bp: int, amount: int, discount: int, tax: int, total: int
) -> None:
    rate = VAT6 if (qty, price) == (3, 333) else VAT13
    totals = price_cart(cart(line("a", qty, price, rate, bp=bp, amount=amount)), mode, "line")
    (p,) = totals.lines
    gross = qty * price
    assert amounts(p) == (gross, discount, gross - discount, tax, total)
    assert totals.discount_total == discount
    assert totals.total == total


# ------------------------------------------------------------------ order discounts
@pytest.mark.parametrize(
    ("lines", "order_bp", "order_amount", "discounts"),
    [
        # 10% of 60.00 = 6.00, spread 1:2:3
        ([(1, 1000, 0), (1, 2000, 0), (1, 3000, 0)], 1000, 0, [100, 200, 300]),
        # 1.00 over three equal lines: 33.33 each, the odd unit to the first
        ([(1, 1000, 0), (1, 1000, 0), (1, 1000, 0)], 0, 100, [34, 33, 33]),
        # 1 fen over 3.33 / 3.33 / 3.34: remainders .333/.333/.334 -> the last line
        ([(1, 333, 0), (1, 333, 0), (1, 334, 0)], 0, 1, [0, 0, 1]),
        # line discount first: 2 x 5.00 less 10% = 9.00, plus 21.00 -> base 30.00, 15% = 4.50;
        # shares 9/30 * 450 = 135 and 21/30 * 450 = 315; the first line's discount is 100 + 135
        ([(2, 500, 1000), (1, 2100, 0)], 1500, 0, [235, 315]),
        # an order discount past the total stops at the total
        ([(1, 500, 0)], 0, 9999, [500]),
        ([(1, 700, 0), (3, 100, 0)], 10_000, 0, [700, 300]),  # 100% off
        # 7.77% of 123.45 = 9.5921 -> 9.59 = 959; shares 959 * 4567/12345 = 354.78 and 959 * 7778/12345 = 604.22
        # -> floors 354 + 604 = 958, the odd unit to the larger remainder (.78): 355, 604
        ([(1, 4567, 0), (1, 7778, 0)], 777, 0, [355, 604]),
    ],
)
def test_order_discount_spread_by_largest_remainder(
    lines: list[tuple[int, int, int]], order_bp: int, order_amount: int, discounts: list[int]
) -> None:
    items = [line(f"l{i}", qty, price, bp=bp) for i, (qty, price, bp) in enumerate(lines)]
    totals = price_cart(cart(*items, order_bp=order_bp, order_amount=order_amount), "inclusive", "line")
    assert [p.discount for p in totals.lines] == discounts
    assert totals.discount_total == sum(discounts)
    assert [p.net for p in totals.lines] == [p.gross - d for p, d in zip(totals.lines, discounts, strict=True)]
    assert totals.total == totals.subtotal - totals.discount_total  # inclusive: tax is inside the prices


def test_order_discount_with_tax_exclusive() -> None:
    # 10% off 10.00 / 20.00 / 30.00 -> nets 900 / 1800 / 2700; 13% tax on each: 117 / 234 / 351
    items = [line("a", 1, 1000), line("b", 1, 2000), line("c", 1, 3000)]
    totals = price_cart(cart(*items, order_bp=1000), "exclusive", "line")
    assert [(p.net, p.tax, p.total) for p in totals.lines] == [(900, 117, 1017), (1800, 234, 2034), (2700, 351, 3051)]
    assert (totals.subtotal, totals.discount_total, totals.tax_total, totals.total) == (6000, 600, 702, 6102)


def test_returned_lines_take_no_share_of_the_order_discount() -> None:
    # base is the sold line only: 10% of 10.00 = 1.00; the blind return of 4.00 is refunded in full
    totals = price_cart(cart(line("a", 1, 1000), line("r", -1, 400), order_bp=1000), "inclusive", "line")
    sold, returned = totals.lines
    assert (sold.discount, sold.net) == (100, 900)
    assert (returned.discount, returned.net, returned.total) == (0, -400, -400)
    assert totals.total == 500


# ------------------------------------------------------------------ exchanges: sold and returned at one rate
@pytest.mark.parametrize(
    ("mode", "rounding", "sold", "returned", "tax_total", "total"),
    [
        # 10.00 sold, 5.00 returned, 13% exclusive: 130 and -65 on either rounding
        ("exclusive", "line", (1000, 130, 1130), (-500, -65, -565), 65, 565),
        ("exclusive", "receipt", (1000, 130, 1130), (-500, -65, -565), 65, 565),
        # inclusive: 115.04 and -57.52; per line 115 and -58 (57); per receipt 57.52 -> 58, spread as
        # floors 115 and -58 plus the odd unit to the larger remainder (.48, the returned line): 115 and -57
        ("inclusive", "line", (1000, 115, 1000), (-500, -58, -500), 57, 500),
        ("inclusive", "receipt", (1000, 115, 1000), (-500, -57, -500), 58, 500),
    ],
)
def test_exchange_keeps_each_lines_tax_on_its_own_side(
    mode: str,
    rounding: str,
    sold: tuple[int, int, int],
    returned: tuple[int, int, int],
    tax_total: int,
    total: int,
) -> None:
    """A sold line is never charged less tax because a return at the same rate sits in the cart."""
    totals = price_cart(cart(line("a", 1, 1000), line("r", -1, 500)), mode, rounding)
    got = [(p.net, p.tax, p.total) for p in totals.lines]
    assert got == [sold, returned]
    assert (totals.tax_total, totals.total) == (tax_total, total)


# ------------------------------------------------------------------ returns against a receipt (app.returns._share)
@pytest.mark.parametrize(
    ("sold", "amount", "returns", "shares"),
    [
        # 10.00 over 3 units: round(333.33) = 333; round(666.67) - 333 = 334; 1000 - 667 = 333
        (3, 1000, [1, 1, 1], [333, 334, 333]),
        (3, 1000, [2, 1], [667, 333]),
        (3, 1000, [3], [1000]),
        # tax 1.15 over 3 units: 38.33 -> 38; 76.67 -> 77 - 38 = 39; 115 - 77 = 38
        (3, 115, [1, 1, 1], [38, 39, 38]),
        # 99.99 over 7 units: 9999 * 3/7 = 4285.29 -> 4285, then the rest
        (7, 9999, [3, 4], [4285, 5714]),
        # 0.10 over 4: 2.5 -> 3; 5 - 3 = 2; 7.5 -> 8 - 5 = 3; 10 - 8 = 2
        (4, 10, [1, 1, 1, 1], [3, 2, 3, 2]),
        # 1 fen over 6 units: only the return crossing the half takes it
        (6, 1, [1, 1, 1, 1, 1, 1], [0, 0, 1, 0, 0, 0]),
        (5, 0, [2, 3], [0, 0]),
    ],
)
def test_partial_returns_refund_exactly_the_original_amount(
    sold: int, amount: int, returns: list[int], shares: list[int]
) -> None:
    got, before = [], 0
    for count in returns:
        got.append(_share(amount, before, count, sold))
        before += count
    assert got == shares
    assert sum(got) == amount


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 50).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.integers(1, n), min_size=1, max_size=n).map(lambda xs: _partition(n, xs)),
        )
    ),
    st.integers(0, 10**8),
)
def test_returning_every_unit_in_any_steps_refunds_exactly(sold_and_steps: tuple[int, list[int]], amount: int) -> None:
    sold, steps = sold_and_steps
    before, refunded = 0, 0
    for count in steps:
        share = _share(amount, before, count, sold)
        assert share >= 0
        assert abs(share - Fraction(amount * count, sold)) <= 1  # each return gets its fair part, within a fen
        before += count
        refunded += share
    assert refunded == amount


def _partition(n: int, cuts: list[int]) -> list[int]:
    """Split n units into consecutive returns at the given cut points."""
    points = sorted({c for c in cuts if 0 < c < n})
    bounds = [0, *points, n]
    return [b - a for a, b in pairwise(bounds)]


@pytest.mark.parametrize(("mode", "rounding"), [("inclusive", "line"), ("exclusive", "receipt")])
def test_returned_lines_keep_the_amounts_of_the_original(mode: str, rounding: str) -> None:
    # original: 3 units, net 10.00, tax 1.15, total 10.00 (inclusive), or total 11.15 (exclusive)
    orig_total = 1000 if mode == "inclusive" else 1115
    returned = []
    for before in range(3):
        returned.append(
            line(
                f"r{before}",
                -1,
                334,
                fixed_net=-_share(1000, before, 1, 3),
                fixed_tax=-_share(115, before, 1, 3),
                fixed_total=-_share(orig_total, before, 1, 3),
            )
        )
    # a sale line and an order discount in the same cart do not change what the returns refund
    totals = price_cart(cart(line("a", 1, 2000), *returned, order_bp=1000), mode, rounding)
    refunds = totals.lines[1:]
    assert sum(p.net for p in refunds) == -1000
    assert sum(p.tax for p in refunds) == -115
    assert sum(p.total for p in refunds) == -orig_total
    assert [p.tax for p in refunds] == [-38, -39, -38]
    assert totals.lines[0].net == 1800  # the order discount lands on the sold line only
    assert_all_int(totals)


# ------------------------------------------------------------------ properties over random carts
RATES = st.sampled_from([0, 30_000, VAT6, VAT9, VAT13, 170_000])


@st.composite
def sold_lines(draw: st.DrawFn, index: int) -> CartLine:
    qty = draw(st.integers(1, 20))
    price = draw(st.integers(0, 200_000))
    kind = draw(st.sampled_from(["none", "bp", "amount"]))
    bp = draw(st.integers(0, 10_000)) if kind == "bp" else 0
    amount = draw(st.integers(0, 300_000)) if kind == "amount" else 0
    return line(f"s{index}", qty, price, draw(RATES), bp=bp, amount=amount)


@st.composite
def carts(draw: st.DrawFn, returns: bool = True) -> Cart:
    n_sold = draw(st.integers(0 if returns else 1, 8))
    lines = [draw(sold_lines(i)) for i in range(n_sold)]
    if returns:
        for i in range(draw(st.integers(0, 3))):  # blind returns, priced like sales at today's price
            lines.append(line(f"b{i}", -draw(st.integers(1, 5)), draw(st.integers(0, 50_000)), draw(RATES)))
    order = draw(st.sampled_from(["none", "bp", "amount"]))
    return cart(
        *draw(st.permutations(lines)),
        order_bp=draw(st.integers(0, 10_000)) if order == "bp" else 0,
        order_amount=draw(st.integers(0, 2_000_000)) if order == "amount" else 0,
    )


MODES = st.sampled_from(["inclusive", "exclusive"])
ROUNDINGS = st.sampled_from(["line", "receipt"])


@settings(max_examples=250, deadline=None)
@given(carts(), MODES, ROUNDINGS)
def test_totals_add_up_and_stay_integers(c: Cart, mode: str, rounding: str) -> None:
    totals = price_cart(c, mode, rounding)
    assert_all_int(totals)
    assert totals.total == sum(p.total for p in totals.lines)
    assert totals.tax_total == sum(p.tax for p in totals.lines)
    assert totals.subtotal == sum(p.gross for p in totals.lines)
    assert totals.discount_total == sum(p.discount for p in totals.lines)
    assert totals.subtotal - totals.discount_total == sum(p.net for p in totals.lines)
    for p in totals.lines:
        assert p.gross == p.line.qty * p.line.unit_price
        if mode == "inclusive":
            assert p.total == p.net  # the shelf price already holds the tax
        else:
            assert p.total == p.net + p.tax
        if p.line.is_return:
            assert p.tax <= 0  # a refund never charges tax
            if mode == "inclusive":
                assert p.net <= p.tax
        else:
            assert 0 <= p.net <= p.gross  # discounts never make a line negative
            assert 0 <= p.tax <= p.total
            if mode == "inclusive":
                assert p.tax <= p.net


@settings(max_examples=250, deadline=None)
@given(carts(), MODES, ROUNDINGS)
def test_each_lines_tax_is_within_one_unit_of_its_exact_tax(c: Cart, mode: str, rounding: str) -> None:
    totals = price_cart(c, mode, rounding)
    for p in totals.lines:
        exact = exact_tax(p.net, p.line.tax_rate_ppm, mode)
        if rounding == "line":
            assert p.tax == round_half_up(exact)
        else:
            assert abs(p.tax - exact) < 1


@settings(max_examples=250, deadline=None)
@given(carts(), MODES)
def test_receipt_rounding_rounds_each_rates_tax_once(c: Cart, mode: str) -> None:
    totals = price_cart(c, mode, "receipt")
    nets: dict[int, int] = defaultdict(int)
    taxes: dict[int, int] = defaultdict(int)
    for p in totals.lines:
        nets[p.line.tax_rate_ppm] += p.net
        taxes[p.line.tax_rate_ppm] += p.tax
    for rate, net in nets.items():
        assert taxes[rate] == round_half_up(exact_tax(net, rate, mode)), rate


@settings(max_examples=250, deadline=None)
@given(carts(), MODES, ROUNDINGS)
def test_order_discount_shares_add_up_to_the_order_discount(c: Cart, mode: str, rounding: str) -> None:
    totals = price_cart(c, mode, rounding)
    sold = [p for p in totals.lines if not p.line.is_return]
    line_discounts = [
        min(round_half_up(Fraction(p.gross * p.line.discount_bp, 10_000)), p.gross)
        if p.line.discount_bp
        else min(p.line.discount_amount, p.gross)
        for p in sold
    ]
    base = sum(p.gross for p in sold) - sum(line_discounts)
    if c.order_discount_bp:
        order = min(round_half_up(Fraction(base * c.order_discount_bp, 10_000)), base)
    else:
        order = min(c.order_discount_amount, base)
    shares = [p.discount - d for p, d in zip(sold, line_discounts, strict=True)]
    assert sum(shares) == order
    assert all(s >= 0 for s in shares)
    after_line = [p.gross - d for p, d in zip(sold, line_discounts, strict=True)]
    if base:
        for share, weight in zip(shares, after_line, strict=True):
            assert abs(share - Fraction(order * weight, base)) < 1  # proportional within one unit


@settings(max_examples=150, deadline=None)
@given(carts(returns=False), ROUNDINGS)
def test_exclusive_total_is_net_plus_tax(c: Cart, rounding: str) -> None:
    totals = price_cart(c, "exclusive", rounding)
    assert totals.total == totals.subtotal - totals.discount_total + totals.tax_total
    assert totals.total >= 0
