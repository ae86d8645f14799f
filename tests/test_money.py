"""Money rules (DESIGN.md invariant 1): integer minor units, half-up rounding, cash rounding, allocation,
parsing what a cashier types and formatting what a customer reads."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import UserError
from app.money import allocate, cash_round, format_money, format_plain, parse_amount, percent_of, round_half_up

AMOUNTS = st.integers(min_value=-(10**12), max_value=10**12)


# ------------------------------------------------------------------ round_half_up
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(5, 2), 3),  # 2.5 -> 3: halves away from zero
        (Fraction(-5, 2), -3),  # -2.5 -> -3, not -2
        (Fraction(1, 2), 1),
        (Fraction(-1, 2), -1),
        (Fraction(3, 2), 2),  # 1.5 -> 2 (not banker's rounding to even)
        (Fraction(7, 3), 2),  # 2.333
        (Fraction(-7, 3), -2),
        (Fraction(8, 3), 3),  # 2.667
        (Fraction(-8, 3), -3),
        (Fraction(2499, 1000), 2),  # 2.499
        (Fraction(2500, 1000), 3),  # 2.500
        (Fraction(-2499, 1000), -2),
        (Fraction(49, 100), 0),
        (Fraction(-49, 100), 0),
        (Fraction(0), 0),
        (Fraction(3), 3),
        (Fraction(-3), -3),
        (Fraction(123456789, 1000), 123457),  # 123456.789
        (Fraction(9900 * 130000, 1130000), 1139),  # 13% VAT inside 99.00: 1138.938...
    ],
)
def test_round_half_up_table(value: Fraction, expected: int) -> None:
    result = round_half_up(value)
    assert result == expected
    assert type(result) is int


@settings(max_examples=300, deadline=None)
@given(st.integers(-(10**15), 10**15), st.integers(1, 10**7))
def test_round_half_up_is_nearest_with_halves_away_from_zero(num: int, den: int) -> None:
    value = Fraction(num, den)
    result = round_half_up(value)
    assert type(result) is int
    assert abs(result - value) <= Fraction(1, 2)
    if abs(result - value) == Fraction(1, 2):
        assert abs(result) > abs(value)  # a half goes away from zero
    assert round_half_up(-value) == -result  # symmetric: a refund rounds like the sale


# ------------------------------------------------------------------ percent_of
@pytest.mark.parametrize(
    ("amount", "bp", "expected"),
    [
        (9900, 1300, 1287),  # 13% of 99.00 = 12.87 exactly
        (1999, 1250, 250),  # 12.5% of 19.99 = 2.49875 -> 2.50
        (10, 500, 1),  # 5% of 0.10 = 0.005 -> 0.01 (half up)
        (-10, 500, -1),  # and -0.005 -> -0.01 (away from zero)
        (1, 4999, 0),  # 0.4999 of a fen -> 0
        (1, 5000, 1),  # 0.5 of a fen -> 1
        (12345, 10000, 12345),  # 100%
        (12345, 0, 0),
        (2999, 333, 100),  # 2999 * 0.0333 = 99.8667 -> 100
        (150, 1, 0),  # 0.01% of 1.50 = 0.015 fen -> 0
        (0, 2500, 0),
    ],
)
def test_percent_of_table(amount: int, bp: int, expected: int) -> None:
    result = percent_of(amount, bp)
    assert result == expected
    assert type(result) is int


@settings(max_examples=200, deadline=None)
@given(AMOUNTS, st.integers(0, 10_000))
def test_percent_of_is_within_half_a_unit_and_never_beyond_the_amount(amount: int, bp: int) -> None:
    result = percent_of(amount, bp)
    assert type(result) is int
    assert abs(result - Fraction(amount * bp, 10_000)) <= Fraction(1, 2)
    assert abs(result) <= abs(amount)


# ------------------------------------------------------------------ cash_round
@pytest.mark.parametrize(
    ("amount", "increment", "expected"),
    [
        (1003, 1, 1003),  # increment 1: no rounding
        (-1003, 1, -1003),
        (1001, 5, 1000),  # 200.2 fives -> 200
        (1002, 5, 1000),  # 200.4 -> 200
        (1003, 5, 1005),  # 200.6 -> 201
        (1004, 5, 1005),
        (1005, 5, 1005),
        (-1002, 5, -1000),
        (-1003, 5, -1005),
        (2, 5, 0),  # 0.02 -> 0.00
        (3, 5, 5),  # 0.03 -> 0.05
        (1004, 10, 1000),
        (1005, 10, 1010),  # 100.5 tens -> 101: the half goes up
        (1006, 10, 1010),
        (-1005, 10, -1010),  # and a refunded half goes away from zero too
        (-1004, 10, -1000),
        (1024, 50, 1000),  # 20.48 fifties -> 20
        (1025, 50, 1050),  # 20.5 -> 21
        (-1025, 50, -1050),
        (-1024, 50, -1000),
        (0, 5, 0),
        (0, 10, 0),
    ],
)
def test_cash_round_table(amount: int, increment: int, expected: int) -> None:
    result = cash_round(amount, increment)
    assert result == expected
    assert type(result) is int


@settings(max_examples=300, deadline=None)
@given(AMOUNTS, st.sampled_from([1, 5, 10, 50, 100]))
def test_cash_round_goes_to_the_nearest_increment(amount: int, increment: int) -> None:
    result = cash_round(amount, increment)
    assert result % increment == 0
    assert 2 * abs(result - amount) <= increment  # off by at most half an increment
    assert cash_round(result, increment) == result  # rounding a round amount changes nothing
    assert cash_round(-amount, increment) == -result


# ------------------------------------------------------------------ allocate
@pytest.mark.parametrize(
    ("total", "weights", "expected"),
    [
        (100, [1, 1, 1], [34, 33, 33]),  # 33.33 each; the odd unit goes to the first on a tie
        (-100, [1, 1, 1], [-34, -33, -33]),
        (10, [1, 2], [3, 7]),  # 3.33 / 6.67: the larger remainder takes the odd unit
        (2, [3, 3, 3], [1, 1, 0]),
        (1, [1, 1], [1, 0]),
        (1000, [500, 300, 200], [500, 300, 200]),
        (100, [333, 333, 334], [33, 33, 34]),  # 33.3 / 33.3 / 33.4
        (1, [333, 333, 334], [0, 0, 1]),  # 0.333 / 0.333 / 0.334
        (0, [1, 2], [0, 0]),
        (7, [0, 1, 0], [0, 7, 0]),  # a zero weight takes nothing
        (7, [0, 0], [7, 0]),  # all weights zero: the first part takes all, nothing is lost
        (-7, [0, 0], [-7, 0]),
        (100, [1], [100]),
        (0, [], []),
    ],
)
def test_allocate_table(total: int, weights: list[int], expected: list[int]) -> None:
    parts = allocate(total, weights)
    assert parts == expected
    assert sum(parts) == total
    assert all(type(p) is int for p in parts)


@settings(max_examples=300, deadline=None)
@given(AMOUNTS, st.lists(st.integers(0, 10**9), min_size=1, max_size=12))
def test_allocate_parts_add_up_exactly_and_are_proportional(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    assert len(parts) == len(weights)
    assert sum(parts) == total
    assert all(type(p) is int for p in parts)
    if total >= 0:
        assert all(p >= 0 for p in parts)
    else:
        assert all(p <= 0 for p in parts)
    weight_sum = sum(weights)
    if weight_sum:
        for part, weight in zip(parts, weights, strict=True):
            assert abs(part - Fraction(total * weight, weight_sum)) < 1  # within one unit of its exact share
            if weight == 0:
                assert part == 0
    assert allocate(-total, weights) == [-p for p in parts]  # a refund splits like the sale


# ------------------------------------------------------------------ parse_amount
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("12.50", "CNY", 1250),
        ("12.5", "CNY", 1250),
        ("1,299", "CNY", 129900),
        ("1,299.99", "USD", 129999),
        ("0.5", "CNY", 50),
        ("0.05", "CNY", 5),
        ("0", "CNY", 0),
        ("  7 ", "CNY", 700),  # stray spaces from a keypad or a CSV cell
        ("1.20", "CNY", 120),
        ("1299", "JPY", 1299),  # yen have no minor unit
        ("1,299", "JPY", 1299),
        ("99999999", "CNY", 9999999900),
    ],
)
def test_parse_amount_accepts(text: str, currency: str, expected: int) -> None:
    result = parse_amount(text, currency)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize(
    ("text", "currency", "says"),
    [
        ("abc", "CNY", "not an amount"),
        ("", "CNY", "not an amount"),
        ("   ", "CNY", "not an amount"),
        ("¥12", "CNY", "not an amount"),
        ("1.2.3", "CNY", "not an amount"),
        ("NaN", "CNY", "not an amount"),
        ("nan", "USD", "not an amount"),
        ("inf", "CNY", "not an amount"),
        ("-Infinity", "CNY", "not an amount"),
        ("1.234", "CNY", "more than 2 decimal places for CNY"),  # a typo is refused, never rounded away
        ("0.001", "USD", "more than 2 decimal places for USD"),
        ("12.5", "JPY", "more than 0 decimal places for JPY"),
        ("0.1", "JPY", "more than 0 decimal places for JPY"),
        ("1e400", "CNY", "too large"),  # would overflow a 64-bit column
        ("10000000000000000", "CNY", "too large"),
    ],
)
def test_parse_amount_refuses_with_a_message_saying_what_to_do(text: str, currency: str, says: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_amount(text, currency)
    assert says in caught.value.message
    assert f"'{text}'" in caught.value.message  # shows what was typed
    assert caught.value.hint.strip()  # and what to do about it


@settings(max_examples=200, deadline=None)
@given(st.integers(-(10**13), 10**13), st.sampled_from(["CNY", "USD", "JPY"]), st.sampled_from(["zh_CN", "en_US"]))
def test_parse_amount_reads_back_what_format_plain_printed(minor: int, currency: str, locale: str) -> None:
    assert parse_amount(format_plain(minor, currency, locale), currency) == minor


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10**9), st.integers(1, 9), st.sampled_from([("CNY", 2), ("USD", 2), ("JPY", 0)]))
def test_parse_amount_refuses_any_extra_decimal(whole: int, extra_digit: int, currency_digits: tuple[str, int]) -> None:
    currency, digits = currency_digits
    text = f"{whole}." + "0" * digits + str(extra_digit)  # one non-zero digit past the currency's minor unit
    with pytest.raises(UserError):
        parse_amount(text, currency)


# ------------------------------------------------------------------ formatting
@pytest.mark.parametrize(
    ("minor", "currency", "locale", "expected"),
    [
        (123450, "CNY", "zh_CN", "¥1,234.50"),
        (123450, "CNY", "en_US", "CN¥1,234.50"),  # an American locale tells the yuan from the dollar
        (123450, "USD", "en_US", "$1,234.50"),
        (123450, "USD", "zh_CN", "US$1,234.50"),
        (-123450, "CNY", "zh_CN", "-¥1,234.50"),  # a refund
        (-5, "USD", "en_US", "-$0.05"),
        (0, "CNY", "zh_CN", "¥0.00"),
        (5, "CNY", "zh_CN", "¥0.05"),
        (100_000_000, "CNY", "zh_CN", "¥1,000,000.00"),
        (123450, "JPY", "en_US", "¥123,450"),  # no decimals for yen
    ],
)
def test_format_money(minor: int, currency: str, locale: str, expected: str) -> None:
    assert format_money(minor, currency, locale) == expected


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "expected"),
    [
        (123450, "CNY", "zh_CN", "1,234.50"),
        (123450, "USD", "en_US", "1,234.50"),
        (-123450, "CNY", "zh_CN", "-1,234.50"),
        (-5, "CNY", "zh_CN", "-0.05"),
        (5, "CNY", "en_US", "0.05"),
        (0, "USD", "en_US", "0.00"),
        (123450, "JPY", "zh_CN", "123,450"),
        (-7, "JPY", "en_US", "-7"),
    ],
)
def test_format_plain(minor: int, currency: str, locale: str, expected: str) -> None:
    assert format_plain(minor, currency, locale) == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(-(10**13), 10**13), st.sampled_from(["CNY", "USD"]), st.sampled_from(["zh_CN", "en_US"]))
def test_formatted_amount_shows_every_minor_unit(minor: int, currency: str, locale: str) -> None:
    text = format_money(minor, currency, locale)
    digits = "".join(c for c in text if c.isdigit())
    assert int(digits) == abs(minor)  # no rounding when printing
    assert text.startswith("-") == (minor < 0)
    assert Decimal(format_plain(minor, currency, locale).replace(",", "")) == Decimal(minor).scaleb(-2)
