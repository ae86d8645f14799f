"""Repeated scans and sold-out items (issue 14 item 4), on a real store file: a repeated scan adds to the
item's line when the store merges scans (its setting, on by default), one line per scan when it does not;
a sale holding more of an item than the store has is short, and says so on the line."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.clock import now_iso
from app.terminal import Terminal
from sync.apply import apply_items
from sync.protocol import STOCK, UPSERT
from tests.conftest import MANAGER, barcodes
from tests.test_cli import run

FIXTURES = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def stock_figure(term: Terminal, code: str, on_hand: int) -> None:
    """The platform's stock figure of the item here, applied as the stock feed applies it."""
    sku = term.catalog.lookup(code).sku
    data = {"sku": sku, "location": term.info.store, "on_hand": on_hand, "last_movement_at": now_iso()}
    item = {"key": f"{sku}@{term.info.store}", "op": UPSERT, "data": data}
    with term.db.engine.begin() as conn:
        apply_items(conn, STOCK, [item])


def fresh_sale(term: Terminal) -> None:
    term.sale.void("next example")


@FIXTURES
@given(picks=st.lists(st.integers(0, 3), min_size=1, max_size=12))
def test_repeated_scans_add_to_the_items_line_wherever_it_is(till: Terminal, picks: list[int]) -> None:
    fresh_sale(till)
    codes = barcodes(till, 4)
    for p in picks:
        till.sale.scan(codes[p])
    lines = till.sale.cart.lines
    counts = Counter(picks)
    first_seen = list(dict.fromkeys(picks))  # one line per item, in the order first scanned
    assert [ln.sku for ln in lines] == [till.catalog.lookup(codes[p]).sku for p in first_seen]
    assert [ln.qty for ln in lines] == [counts[p] for p in first_seen]
    assert till.sale.view().count == len(picks)


@FIXTURES
@given(picks=st.lists(st.integers(0, 3), min_size=1, max_size=8))
def test_a_store_that_does_not_merge_scans_gets_a_line_per_scan(till: Terminal, picks: list[int]) -> None:
    fresh_sale(till)
    till.sign_in(MANAGER.login, MANAGER.pin)
    till.catalog.set_merge_scans(False)
    codes = barcodes(till, 4)
    for p in picks:
        till.sale.scan(codes[p])
    assert [(ln.sku, ln.qty) for ln in till.sale.cart.lines] == [(till.catalog.lookup(codes[p]).sku, 1) for p in picks]


def test_the_setting_is_the_stores_and_lasts(till: Terminal, store_dir) -> None:
    assert till.info.merge_scans  # on by default
    till.sign_in(MANAGER.login, MANAGER.pin)
    till.catalog.set_merge_scans(False)
    with Terminal.open(store_dir) as again:
        assert not again.info.merge_scans


@FIXTURES
@given(on_hand=st.integers(-2, 3), scans=st.integers(1, 5))
def test_a_sale_holding_more_than_the_store_has_is_short_on_its_line(till: Terminal, on_hand: int, scans: int) -> None:
    fresh_sale(till)
    code = barcodes(till, 1)[0]
    stock_figure(till, code, on_hand)
    for _ in range(scans):
        line = till.sale.scan(code)
    short = till.sale.shortage(line.id)
    assert (short is not None) == (scans > on_hand)
    if short is not None:
        assert (short.on_hand, short.in_sale, short.sku) == (on_hand, scans, line.sku)
    assert till.sale.view().lines[0].short_here == (scans > on_hand)


def test_an_item_the_platform_never_counted_is_not_called_sold_out(till: Terminal) -> None:
    line = till.sale.scan(barcodes(till, 1)[0])
    assert till.sale.shortage(line.id) is None and not till.sale.view().lines[0].short_here


def test_a_store_set_up_without_merging_scans_gives_a_line_per_scan(tmp_path) -> None:
    d = tmp_path / "till"
    result = run(d, "init", "--store", "S09", "--name", "One Line Each", "--terminal", "T02", "--no-merge-scans")
    assert result.returncode == 0, result.stderr
    with Terminal.open(d) as term:
        assert not term.info.merge_scans


@FIXTURES
@given(
    figures=st.lists(st.integers(-1, 3), min_size=4, max_size=4),
    picks=st.lists(st.integers(0, 4), min_size=1, max_size=10),
)
def test_the_cart_read_at_once_marks_the_lines_each_line_alone_would(
    till: Terminal, figures: list[int], picks: list[int]
) -> None:
    """The screen marks short lines from the whole cart's stock read at once after every scan; it marks
    the same lines as asking for each line alone (the fifth item has no figure: never short)."""
    fresh_sale(till)
    till.sign_in(MANAGER.login, MANAGER.pin)
    till.catalog.set_merge_scans(False)  # several lines of one item: their units add up
    codes = barcodes(till, 5)
    for code, on_hand in zip(codes, figures, strict=False):
        stock_figure(till, code, on_hand)
    for p in picks:
        till.sale.scan(codes[p])
    marked = {ln.id: ln.short_here for ln in till.sale.view().lines}
    assert marked == {ln.id: till.sale.shortage(ln.id) is not None for ln in till.sale.cart.lines}
    assert not any(marked[ln.id] for ln in till.sale.cart.lines if ln.sku == till.catalog.lookup(codes[4]).sku)
