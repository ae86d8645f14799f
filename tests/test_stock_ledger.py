"""Stock for head office's console (issue 17, item 6, first half): levels per location paged and
filtered, a variant's ledger with each movement's source (a till's sale and return with their receipt,
goods received, a count import, an adjustment), adjustments with a reason, and a store manager held to
their stores. Real platform database (SQLite and PostgreSQL) and a real till selling through it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app import catalog_gen
from app.terminal import Terminal
from central import locations
from central.catalog_import import import_csv
from central.db import CentralDB
from central.errors import ServiceError
from central.stock import import_counts
from central.stock_ledger import ADJUST_REASONS, adjust_stock, ledger, levels
from sync.worker import sync_once
from tests.platform import Platform, enrolled_till


def on(platform: Platform, fn, *args, write: bool = False, **kwargs):
    db = platform.db()
    try:
        with db.write() if write else db.read() as s:
            return fn(s, *args, **kwargs)
    finally:
        db.dispose()


def test_a_variants_ledger_shows_every_movement_with_its_source(platform: Platform, tmp_path: Path) -> None:
    sku = platform.skus[0]
    platform.adjust("S01", sku, 10)  # goods received
    till = enrolled_till(platform, tmp_path / "till")
    with Terminal.open(till) as term:
        term.sign_in("boss", "2468")
        term.shift.open(10_000)
        term.sale.scan(sku, 3)
        term.sale.add_cash(term.sale.totals().due)
        receipt = term.sale.complete().receipt_no
    sync_once(till)
    on(platform, adjust_stock, location="S01", sku=sku, qty=-2, reason="damaged", actor="hq", write=True)
    counts = tmp_path / "count.csv"
    counts.write_text(f"location,sku,on_hand\nS01,{sku},4\n")
    import_counts(platform.db(), counts)
    moves = on(platform, ledger, sku, location="S01")
    assert [(m.source, m.qty, m.balance) for m in moves] == [
        ("receiving", 10, 10),
        ("sale", -3, 7),
        ("adjustment", -2, 5),
        ("import", -1, 4),
    ]
    sale = moves[1]
    assert (sale.receipt_no, sale.terminal) == (receipt, "T01") and sale.event_id
    assert moves[2].reason == "damaged"
    assert platform.scalar("SELECT on_hand FROM stock_levels WHERE location_code = 'S01' AND sku = :s", s=sku) == 4
    sync_once(till)  # the adjustment reached the till through the stock feed
    with Terminal.open(till) as term:
        assert term.stock.here(term.catalog.lookup(sku).variant_id).on_hand == 4


def test_a_store_manager_sees_and_changes_only_their_stores(platform: Platform) -> None:
    a, b = platform.skus[:2]
    for location, sku in [("S01", a), ("S02", a), ("S02", b), ("W01", b)]:
        platform.adjust(location, sku, 5)
    mine = frozenset({"S01"})
    page = on(platform, levels, stores=mine)
    assert {(r.location, r.sku) for r in page.rows} == {("S01", a)} and page.total == 1
    assert {m.location for m in on(platform, ledger, a, stores=mine)} == {"S01"}
    for call in (
        lambda: on(platform, levels, location="S02", stores=mine),
        lambda: on(platform, ledger, a, location="S02", stores=mine),
        lambda: on(platform, adjust_stock, location="S02", sku=a, qty=1, reason="found", actor="m", stores=mine,
                   write=True),
    ):  # fmt: skip
        with pytest.raises(ServiceError, match="not one of your stores") as refused:
            call()
        assert refused.value.status == 403
    assert platform.scalar("SELECT on_hand FROM stock_levels WHERE location_code = 'S02' AND sku = :s", s=a) == 5
    everyone = on(platform, levels)
    assert everyone.total == 4 and [r.location for r in everyone.rows] == ["S01", "S02", "S02", "W01"]


def test_levels_are_paged_and_filtered_by_style(platform: Platform) -> None:
    for sku in platform.skus:
        platform.adjust("S01", sku, 1)
    style = on(platform, levels, location="S01", per_page=1).rows[0].style_code
    same_style = [s for s in platform.skus if s.startswith(style + "-")]
    first = on(platform, levels, location="S01", per_page=7)
    assert first.total == len(platform.skus) and first.pages == -(-len(platform.skus) // 7)
    seen = []
    for n in range(1, first.pages + 1):
        seen += [r.sku for r in on(platform, levels, location="S01", per_page=7, page=n).rows]
    assert seen == sorted(platform.skus)
    assert on(platform, levels, location="S01", page=999, per_page=7).page == first.pages
    filtered = on(platform, levels, style=style.lower())
    assert sorted(r.sku for r in filtered.rows) == sorted(same_style) and filtered.total == len(same_style)
    assert not first.more and not filtered.more
    # a chain's whole stock is counted only so far: past the cap the page says so and pages within it
    capped = on(platform, levels, location="S01", per_page=7, cap=10)
    assert capped.more and capped.total == 10 and capped.pages == 2
    assert [r.sku for r in on(platform, levels, location="S01", per_page=7, cap=10, page=2).rows] == seen[7:14]


def test_a_bad_adjustment_says_what_to_fix_and_writes_nothing(platform: Platform) -> None:
    sku = platform.skus[0]
    for kwargs, fix in [
        ({"reason": "stolen"}, "not a reason"),
        ({"qty": 0}, "not 0"),
        ({"qty": 1.5}, "whole number"),
        ({"qty": 10**7}, "whole number"),
        ({"location": "S09"}, "no such location"),
        ({"sku": "NOPE"}, "no such SKU"),
    ]:
        args = {"location": "S01", "sku": sku, "qty": -1, "reason": "lost", "actor": "hq"} | kwargs
        with pytest.raises(ServiceError, match=fix):
            on(platform, adjust_stock, write=True, **args)
    assert platform.scalar("SELECT COUNT(*) FROM stock_movements") == 0
    assert platform.scalar("SELECT COUNT(*) FROM changes WHERE feed = 'stock'") == 0


_DB: dict = {}


def _ledger_db() -> CentralDB:
    if "db" not in _DB:
        workdir = Path(tempfile.mkdtemp())
        db = CentralDB(str(workdir / "central.db"))
        db.migrate()
        with db.write() as s:
            locations.add_location(s, code="S01", name="S01", kind="store")
        csv = workdir / "catalog.csv"
        catalog_gen.write_csv(csv, catalog_gen.generate_rows(1, seed=3))
        import_csv(db, csv)
        with db.read() as s:
            _DB["skus"] = list(s.scalars(text("SELECT sku FROM variants ORDER BY sku")))
        _DB["db"] = db
    return _DB["db"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(moves=st.lists(st.tuples(st.integers(-50, 50).filter(bool), st.sampled_from(ADJUST_REASONS)), max_size=8))
def test_the_ledgers_last_balance_is_the_level_whatever_the_adjustments(moves: list[tuple[int, str]]) -> None:
    db = _ledger_db()
    _DB["n"] = n = _DB.get("n", 0) + 1
    sku = _DB["skus"][n % len(_DB["skus"])]
    with db.read() as s:
        start = [m.balance for m in ledger(s, sku, location="S01")][-1:] or [0]
    for qty, reason in moves:
        with db.write() as s:
            adjust_stock(s, location="S01", sku=sku, qty=qty, reason=reason, actor="p")
    with db.read() as s:
        moved = ledger(s, sku, location="S01")
        level = s.scalar(text("SELECT on_hand FROM stock_levels WHERE location_code = 'S01' AND sku = :s"), {"s": sku})
    assert (moved[-1].balance if moved else 0) == (level or 0) == start[0] + sum(q for q, _ in moves)
    assert [m.source for m in moved[len(moved) - len(moves) :]] == ["adjustment"] * len(moves)
