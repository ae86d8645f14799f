"""A cloud-shelf hold whose answer is lost (issue 13, item 9): the till keeps the hold's id (a
UUIDv7 it made) with the sale before it asks, asks again with the same id and gets the first hold;
if no answer comes at all, the order's event names the id and the platform frees those units for
the order instead of letting an orphan keep them. Against the real platform, through the fault
proxy of tests/faults.py cutting the answer after the platform committed."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.shelf import ShelfItem, ShelfRequest
from sync.enrol import set_server
from sync.shelf import fetch_matrix, sell
from sync.worker import sync_once
from tests.faults import LosingProxy
from tests.platform import Platform, enrolled_till
from tests.test_shelf_sync import HOME, cashier, pay


def live_holds(platform: Platform) -> list[tuple[str, str, int]]:
    return platform.rows(
        "SELECT holder, location_code, qty FROM stock_reservations WHERE released_at IS NULL ORDER BY holder"
    )


@pytest.fixture
def shelf_till(platform: Platform, tmp_path: Path):
    """A till that reaches the platform through the fault proxy; one unit of a SKU at the warehouse."""
    sku = platform.skus[6]
    platform.adjust("W01", sku, 1)
    till = enrolled_till(platform, tmp_path / "till")
    proxy = LosingProxy(platform.url)
    set_server(till, proxy.url)
    try:
        yield till, proxy, sku
    finally:
        proxy.close()


def test_a_hold_whose_answer_is_lost_is_asked_again_and_is_the_same_hold(platform: Platform, shelf_till) -> None:
    till, proxy, sku = shelf_till
    with cashier(till) as term:
        vid = fetch_matrix(term, sku).find(sku).variant_id
        proxy.drop_holds = 1  # the platform holds the unit; its answer never reaches the till
        _lines, held = sell(term, ShelfRequest((ShelfItem(vid, 1),), "home", None, HOME))
        assert held and term.sale.view().lines[0].shelf == "held"
        hold_id = next(iter(term.sale.cart.shelf.values()))["hold_id"]
        assert uuid.UUID(hold_id).version == 7 and term.sale.cart.holds_asked == []
        assert live_holds(platform) == [(f"hold:S01:{hold_id}", "W01", 1)]  # one hold, not an orphan and another
        pay(term)
    assert sync_once(till).push.dead == 0
    assert platform.scalar("SELECT state FROM shelf_orders") == "confirmed"
    assert [h[0] for h in live_holds(platform)] == [f"shelf:{platform.scalar('SELECT id FROM shelf_orders')}"]


def test_a_hold_never_answered_is_freed_for_its_order_when_the_sale_arrives(platform: Platform, shelf_till) -> None:
    till, proxy, sku = shelf_till
    with cashier(till) as term:
        vid = fetch_matrix(term, sku).find(sku).variant_id
        proxy.drop_holds = 2  # asked twice with one id: both answers lost, the unit held once
        _lines, held = sell(term, ShelfRequest((ShelfItem(vid, 1),), "home", None, HOME))
        assert not held and term.sale.view().lines[0].shelf == "to_confirm"
        asked = next(iter(term.sale.cart.shelf.values()))["hold_asked"]
        assert live_holds(platform) == [(f"hold:S01:{asked}", "W01", 1)]  # the last unit, under the till's id
        pay(term)
    assert sync_once(till).push.dead == 0
    # the platform freed the till's own hold for the order: confirmed, not "unfilled" with stock there
    assert platform.scalar("SELECT state FROM shelf_orders") == "confirmed"
    assert [h[0] for h in live_holds(platform)] == [f"shelf:{platform.scalar('SELECT id FROM shelf_orders')}"]
