"""The same till's store open in two windows (two Terminal instances on one store file, the same
cashier signed in twice after a crash): a sale completed, voided or parked in one window is never
completed again in the other; that window is told so, in words, and starts a new sale."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import config
from app.drafts import SaleGone
from app.errors import UserError
from app.terminal import Terminal
from tests.conftest import CASHIER, barcodes


@pytest.fixture
def second(store_dir: Path, till: Terminal) -> Iterator[Terminal]:
    """A second window on the same store, the same cashier signed in: the sale on screen comes back."""
    with Terminal.open(store_dir) as other:
        other.sign_in(CASHIER.login, CASHIER.pin)
        yield other


def sales_count(store_dir: Path) -> int:
    with sqlite3.connect(store_dir / config.STORE_FILE) as db:
        return db.execute("SELECT COUNT(*) FROM sales").fetchone()[0]


def ring_up(term: Terminal, codes: list[str]) -> None:
    for code in codes:
        term.sale.scan(code)


def test_a_sale_completed_in_one_window_is_not_paid_again_in_the_other(
    store_dir: Path, till: Terminal, second: Terminal
) -> None:
    codes = barcodes(till, 2)
    ring_up(till, codes)
    other = Terminal.open(store_dir)
    try:
        other.sign_in(CASHIER.login, CASHIER.pin)  # the window left open before the crash
        assert other.sale.cart is not None and len(other.sale.cart.lines) == 2
        till.sale.add_cash(till.sale.totals().due)
        done = till.sale.complete()
        other.sale.add_cash(100_000)  # every Pay in the other window
        pytest.fail("a sale completed elsewhere took a payment")
    except SaleGone as gone:
        assert "completed in another window" in gone.message and done.receipt_no in gone.message
        assert "new sale" in gone.hint
        assert other.sale.cart is None  # a new sale starts there
        other.sale.scan(codes[0])
        other.sale.add_cash(other.sale.totals().due)
        assert other.sale.complete().receipt_no != done.receipt_no
    finally:
        other.close()
    assert sales_count(store_dir) == 2


def test_completing_the_same_sale_twice_is_refused_in_words(store_dir: Path, till: Terminal, second: Terminal) -> None:
    ring_up(till, barcodes(till, 1))
    assert second.sale.cart is None  # it signed in before the first scan
    second.sign_in(CASHIER.login, CASHIER.pin)
    till.sale.add_cash(till.sale.totals().due)
    second_cart = second.sale.cart
    assert second_cart is not None
    done = till.sale.complete()
    with pytest.raises(SaleGone) as gone:
        second.sale.complete()
    assert done.receipt_no in gone.value.message and second.sale.cart is None
    assert sales_count(store_dir) == 1
    with pytest.raises(UserError, match="no items"):  # nothing left to pay: no raw database error
        second.sale.complete()


def test_edits_in_either_window_land_in_the_one_sale(till: Terminal, second: Terminal) -> None:
    codes = barcodes(till, 3)
    first = till.sale.scan(codes[0]).sku
    second.sign_in(CASHIER.login, CASHIER.pin)
    other = second.sale.scan(codes[1]).sku
    last = till.sale.scan(codes[2]).sku  # starts from the saved sale, so the other window's scan is kept
    assert [ln.sku for ln in till.sale.cart.lines] == [first, other, last]


def test_a_sale_voided_or_parked_in_one_window_is_not_brought_back_by_the_other(
    store_dir: Path, till: Terminal, second: Terminal
) -> None:
    codes = barcodes(till, 2)
    till.sale.scan(codes[0])
    second.sign_in(CASHIER.login, CASHIER.pin)
    till.sale.park("blue one")
    with pytest.raises(SaleGone, match="parked in another window"):
        second.sale.scan(codes[1])
    assert second.sale.cart is None and [p.label for p in till.sale.parked()] == ["blue one"]
    parked = till.sale.parked()[0].id
    till.sale.resume(parked)
    with pytest.raises(UserError, match="resumed elsewhere"):
        second.sale.resume(parked)
    second.sign_in(CASHIER.login, CASHIER.pin)  # the resumed sale shows in the other window too
    assert second.sale.cart is not None and second.sale.cart.id == parked
    till.sale.void("customer left")
    with pytest.raises(SaleGone, match="voided in another window"):
        second.sale.add_cash(1000)
    assert till.sale.parked() == [] and sales_count(store_dir) == 0
