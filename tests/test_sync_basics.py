"""A till enrolled with a real central service (SQLite and PostgreSQL) sells and syncs."""

from __future__ import annotations

from pathlib import Path

from app.terminal import Terminal
from sync.worker import sync_once
from tests.platform import Platform, enrolled_till


def sell(term: Terminal, sku: str, qty: int = 1) -> str:
    term.sale.scan(sku, qty)
    term.sale.add_cash(term.sale.totals().due)
    return term.sale.complete().receipt_no


def test_enrol_pull_sell_push(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    sku = platform.skus[0]
    platform.adjust("S01", sku, 5)
    sync_once(till)
    with Terminal.open(till) as term:
        assert term.info.store == "S01" and term.info.currency == "CNY"
        assert term.catalog.lookup(sku).price is not None
        assert term.stock.here(term.catalog.lookup(sku).variant_id).on_hand == 5
        term.sign_in("ann", "1357")
        term.shift.open(10_000)
        receipt = sell(term, sku, 2)
        assert term.stock.here(term.catalog.lookup(sku).variant_id).on_hand == 3
    done = sync_once(till)
    assert done.push.acked == 2 and done.push.dead == 0  # shift.opened + sale.completed
    assert platform.scalar("SELECT COUNT(*) FROM sales WHERE receipt_no = :r", r=receipt) == 1
    assert platform.scalar("SELECT on_hand FROM stock_levels WHERE location_code = 'S01' AND sku = :s", s=sku) == 3
    with Terminal.open(till) as term:
        figure = term.stock.here(term.catalog.lookup(sku).variant_id)
        assert (figure.server_on_hand, figure.unsynced) == (3, 0)
        health = term.sync.health()
        assert health.online and health.backlog == 0 and health.dead_letters == 0
