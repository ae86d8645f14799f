"""Taking payment (app.tenders) on carts priced by app.pricing: cash with change and cash rounding, card,
split tenders, refunds, and the refusals a cashier sees."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import tenders
from app.cart import Cart, CartLine, Tender
from app.errors import UserError
from app.pricing import Totals, price_cart

VAT13 = 130_000


def sale(*prices: int) -> Cart:
    """A cart of tax-inclusive lines, one unit each; a negative price is a blind return of one unit."""
    lines = [
        CartLine(
            id=f"l{i}",
            variant_id=None,
            sku=f"SKU{i}",
            description=f"item {i}",
            qty=-1 if price < 0 else 1,
            unit_price=abs(price),
            tax_rate_ppm=VAT13,
            blind_return=price < 0,
        )
        for i, price in enumerate(prices)
    ]
    return Cart(id="cart", lines=lines)


def priced(cart: Cart) -> Totals:
    return price_cart(cart, "inclusive", "line")


def cash(cart: Cart, tendered: int, increment: int = 1) -> Tender:
    return tenders.add_cash(cart, priced(cart), tendered, increment)


def card(cart: Cart, amount: int, reference: str = "TERM-0042", approval: str = "A1B2", **kw: str) -> Tender:
    return tenders.add_card(cart, priced(cart), amount, reference, approval, **kw)


def assert_refused(cart: Cart, action: Callable[[], object], *words: str) -> UserError:
    """The action is refused with a message and a hint, and the cart's payments are as they were."""
    before = (copy.deepcopy(cart.tenders), cart.rounding)
    with pytest.raises(UserError) as caught:
        action()
    err = caught.value
    assert len(err.message.strip()) > 10
    assert len(err.hint.strip()) > 10  # says what to do next
    for word in words:
        assert word.lower() in str(err).lower()
    assert (cart.tenders, cart.rounding) == before
    return err


# ------------------------------------------------------------------ cash
def test_exact_cash() -> None:
    c = sale(1003)
    t = cash(c, 1003)
    assert (t.method, t.amount, t.tendered, t.change) == ("cash", 1003, 1003, 0)
    assert c.rounding == 0
    assert priced(c).due == 0


def test_cash_with_change() -> None:
    c = sale(5000, 3850)  # 88.50 due, 100.00 handed over: 11.50 change
    t = cash(c, 10_000)
    assert (t.amount, t.tendered, t.change) == (8850, 10_000, 1150)
    assert priced(c).due == 0
    assert priced(c).paid == 8850  # the change is not kept


@pytest.mark.parametrize(
    ("increment", "total", "tendered", "amount", "change", "rounding"),
    [
        (5, 1003, 2000, 1005, 995, 2),  # 10.03 -> 10.05 in cash; 20.00 handed over
        (5, 1002, 1000, 1000, 0, -2),  # 10.02 -> 10.00
        (5, 1001, 1000, 1000, 0, -1),
        (5, 1004, 1005, 1005, 0, 1),
        (5, 1005, 1005, 1005, 0, 0),
        (10, 1004, 2000, 1000, 1000, -4),  # 10.04 -> 10.00 to the nearest 0.10
        (10, 1005, 1010, 1010, 0, 5),  # 10.05 is a half: up to 10.10
        (10, 1006, 1010, 1010, 0, 4),
        (10, 1000, 1000, 1000, 0, 0),
        (10, 1002, 1000, 1000, 0, -2),
        (1, 1003, 1003, 1003, 0, 0),  # increment 1: no rounding
    ],
)
def test_cash_rounding_when_cash_settles(
    increment: int, total: int, tendered: int, amount: int, change: int, rounding: int
) -> None:
    c = sale(total)
    t = cash(c, tendered, increment)
    assert (t.amount, t.tendered, t.change) == (amount, tendered, change)
    assert c.rounding == rounding
    totals = priced(c)
    assert totals.total == total  # the lines are never rounded
    assert totals.rounding == rounding
    assert totals.due == 0
    assert totals.total + totals.rounding == totals.paid


def test_partial_cash_is_not_rounded() -> None:
    c = sale(1003)
    t = cash(c, 500, 5)
    assert (t.amount, t.tendered, t.change) == (500, 500, 0)
    assert c.rounding == 0
    assert priced(c).due == 503
    # the cash that settles the rest is rounded: 5.03 -> 5.05
    t2 = cash(c, 1000, 5)
    assert (t2.amount, t2.change) == (505, 495)
    assert c.rounding == 2
    assert priced(c).due == 0


def test_cash_of_exactly_the_unrounded_amount_settles_without_rounding() -> None:
    c = sale(1003)
    t = cash(c, 1003, 5)
    assert (t.amount, t.change) == (1003, 0)
    assert c.rounding == 0
    assert priced(c).due == 0


def test_cash_between_the_exact_and_the_rounded_amount_is_refused() -> None:
    # 10.03 is 10.05 in cash; 10.04 would overpay the sale yet be short of the cash due
    c = sale(1003)
    err = assert_refused(c, lambda: cash(c, 1004, 5), "1005")
    assert "1003" in err.hint
    assert priced(c).due == 1003


@pytest.mark.parametrize("tendered", [0, -100])
def test_zero_or_negative_cash_is_refused(tendered: int) -> None:
    c = sale(1000)
    assert_refused(c, lambda: cash(c, tendered), "cash", "more than zero")


# ------------------------------------------------------------------ card and split tenders
def test_split_card_then_cash() -> None:
    c = sale(20_000, 5_000)
    t1 = card(c, 20_000, reference="  TERM-0042  ", approval=" 884411 ")
    assert (t1.method, t1.amount, t1.tendered, t1.change) == ("card", 20_000, 20_000, 0)
    assert (t1.reference, t1.approval_code) == ("TERM-0042", "884411")
    assert priced(c).due == 5_000
    t2 = cash(c, 10_000)
    assert (t2.amount, t2.change) == (5_000, 5_000)
    assert [t.method for t in c.tenders] == ["card", "cash"]
    assert priced(c).due == 0


def test_cash_rounding_applies_to_the_cash_part_only() -> None:
    c = sale(2003)
    card(c, 1000)
    assert c.rounding == 0
    t = cash(c, 2000, 10)  # 10.03 left -> 10.00 in cash
    assert (t.amount, t.change) == (1000, 1000)
    assert c.rounding == -3
    totals = priced(c)
    assert (totals.total, totals.paid, totals.due) == (2003, 2000, 0)


def test_card_for_the_whole_sale_is_not_rounded() -> None:
    c = sale(1003)
    card(c, 1003)
    assert c.rounding == 0
    assert priced(c).due == 0


def test_card_more_than_due_is_refused() -> None:
    c = sale(1000)
    card(c, 400)
    assert_refused(c, lambda: card(c, 601), "more than", "cash")
    assert priced(c).due == 600


@pytest.mark.parametrize("reference", ["", "   "])
def test_card_without_a_reference_is_refused(reference: str) -> None:
    c = sale(1000)
    assert_refused(c, lambda: card(c, 1000, reference=reference), "reference")


@pytest.mark.parametrize("amount", [0, -500])
def test_card_with_the_wrong_sign_is_refused(amount: int) -> None:
    c = sale(1000)
    assert_refused(c, lambda: card(c, amount), "card amount")


def test_nothing_left_to_pay_is_refused() -> None:
    c = sale(1000)
    cash(c, 2000)
    assert_refused(c, lambda: cash(c, 100), "nothing is left to pay")
    assert_refused(c, lambda: card(c, 100), "nothing is left to pay")


def test_nothing_left_to_pay_after_cash_rounding() -> None:
    c = sale(1002)
    cash(c, 1000, 5)  # settled at 10.00 with -0.02 rounding
    assert_refused(c, lambda: cash(c, 5, 5), "nothing is left to pay")
    assert_refused(c, lambda: card(c, 2), "nothing is left to pay")


def test_empty_cart_has_nothing_to_pay() -> None:
    c = sale()
    assert_refused(c, lambda: cash(c, 100), "nothing is left to pay")


# ------------------------------------------------------------------ refunds
@pytest.mark.parametrize(
    ("increment", "total", "amount", "rounding"),
    [
        (1, -1003, -1003, 0),
        (5, -1003, -1005, -2),  # 10.03 owed -> 10.05 paid out (the nearest 0.05)
        (5, -1002, -1000, 2),  # 10.02 owed -> 10.00
        (10, -1005, -1010, -5),  # a half goes away from zero, as for a sale
        (10, -1004, -1000, 4),
    ],
)
def test_cash_refund(increment: int, total: int, amount: int, rounding: int) -> None:
    c = sale(total)
    assert priced(c).due == total
    t = cash(c, 0, increment)  # an empty amount refunds all of it
    assert (t.method, t.amount, t.tendered, t.change) == ("cash", amount, amount, 0)
    assert c.rounding == rounding
    assert priced(c).due == 0


def test_cash_refund_of_the_exact_amount_typed() -> None:
    c = sale(-1003)
    t = cash(c, 1005, 5)  # the cashier types what leaves the drawer
    assert t.amount == -1005
    assert priced(c).due == 0


@pytest.mark.parametrize("tendered", [1003, 1000, 2000, -1005])
def test_cash_refund_of_another_amount_is_refused(tendered: int) -> None:
    c = sale(-1003)
    err = assert_refused(c, lambda: cash(c, tendered, 5), "1005")
    assert "empty" in err.hint  # how to refund all of it


def test_card_refund() -> None:
    c = sale(-4500)
    t = card(c, -4500, reference="TERM-0099", original_payment_id="pay-1")
    assert (t.method, t.amount, t.tendered, t.original_payment_id) == ("card", -4500, -4500, "pay-1")
    assert c.rounding == 0
    assert priced(c).due == 0


def test_refund_split_between_card_and_cash() -> None:
    c = sale(-4503)
    card(c, -3000)
    assert priced(c).due == -1503
    t = cash(c, 0, 5)  # 15.03 -> 15.05 paid out
    assert t.amount == -1505
    assert c.rounding == -2
    assert priced(c).due == 0


def test_card_refund_more_than_owed_is_refused() -> None:
    c = sale(-1000)
    assert_refused(c, lambda: card(c, -1001), "more than")


def test_card_payment_on_a_refund_is_refused() -> None:
    c = sale(-1000)
    assert_refused(c, lambda: card(c, 1000), "wrong sign")


def test_exchange_customer_pays_the_difference() -> None:
    c = sale(3000, -1000)  # a 30.00 item for a returned 10.00 one
    assert priced(c).total == 2000
    t = cash(c, 5000)
    assert (t.amount, t.change) == (2000, 3000)
    assert priced(c).due == 0


# ------------------------------------------------------------------ removing a tender
def test_remove_a_tender_reopens_what_it_paid() -> None:
    c = sale(1003)
    first = card(c, 500)
    second = cash(c, 1000, 5)  # 5.03 -> 5.05
    assert c.rounding == 2
    removed = tenders.remove(c, second.id)
    assert removed == second
    assert c.tenders == [first]
    assert c.rounding == 0  # the rounding went with the cash that settled
    assert priced(c).due == 503
    tenders.remove(c, first.id)
    assert c.tenders == []
    assert priced(c).due == 1003


def test_remove_an_unknown_tender_is_refused() -> None:
    c = sale(1000)
    card(c, 500)
    assert_refused(c, lambda: tenders.remove(c, "no-such-id"), "payment")


# ------------------------------------------------------------------ properties
INCREMENTS = st.sampled_from([1, 5, 10, 50])


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 10**7),
    INCREMENTS,
    st.integers(0, 100),
    st.integers(0, 10**6),
)
def test_cash_settling_any_sale_leaves_nothing_due(total: int, increment: int, card_pct: int, extra: int) -> None:
    c = sale(total)
    card_part = total * card_pct // 100
    if card_part:
        card(c, card_part)
    if card_part == total:
        assert priced(c).due == 0
        return
    rest = total - card_part
    t = cash(c, rest + increment + extra, increment)  # always enough cash
    totals = priced(c)
    assert totals.due == 0
    assert t.amount % increment == 0  # the cash taken is a whole number of the store's coins
    assert 2 * abs(c.rounding) <= increment
    assert t.amount == rest + c.rounding
    assert t.change == t.tendered - t.amount >= 0
    assert all(type(x) is int for x in (t.amount, t.tendered, t.change, c.rounding, totals.due))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**7), INCREMENTS, st.lists(st.integers(1, 10**6), max_size=5))
def test_partial_cash_then_settling_cash_adds_up(total: int, increment: int, partials: list[int]) -> None:
    c = sale(total)
    for handed in partials:
        totals = priced(c)
        if totals.total - totals.paid <= handed:  # this one would settle: stop taking part payments
            break
        t = cash(c, handed, increment)
        assert (t.amount, t.change) == (handed, 0)
        assert c.rounding == 0
    cash(c, total + increment, increment)
    totals = priced(c)
    assert totals.due == 0
    assert totals.paid == totals.total + totals.rounding
    assert 2 * abs(totals.rounding) <= increment


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 10**7), INCREMENTS)
def test_cash_refund_leaves_nothing_due(owed: int, increment: int) -> None:
    c = sale(-owed)
    t = cash(c, 0, increment)
    assert priced(c).due == 0
    assert t.amount <= 0
    assert t.amount % increment == 0
    assert 2 * abs(c.rounding) <= increment


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 10**7), st.integers(-(10**7), 10**7), st.sampled_from(["", "REF-1"]))
def test_a_refused_card_changes_nothing(total: int, amount: int, reference: str) -> None:
    c = sale(total)
    due = priced(c).due
    if reference and 0 < amount <= due:
        card(c, amount, reference=reference)
        assert priced(c).due == due - amount
    else:
        assert_refused(c, lambda: card(c, amount, reference=reference))
