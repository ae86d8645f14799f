"""What one till and one cloud-shelf order may hold (issue 13, item 4), in process on a real SQLite
file: units per order, units per till, how long a hold lasts and how often a till may hold a SKU
again; the limits set by head office through the CLI, kept in the database. (Two worker processes
on PostgreSQL: tests/test_platform_authz.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app import catalog_gen
from central import auth, clock, ingest, locations, shelf, shelf_holds
from central.catalog_import import import_csv
from central.db import CentralDB
from central.errors import ServiceError
from central.stock import adjust
from core import pickup_codes
from sync.protocol import SHELF_ORDER
from tests.platform import ROOT


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[CentralDB, list[str]]]:
    db = CentralDB(str(tmp_path / "central.db"))
    db.migrate()
    with db.write() as s:
        for code, kind in (("S01", "store"), ("S02", "store"), ("W01", "warehouse")):
            locations.add_location(s, code=code, name=f"Place {code}", kind=kind, region="East")
    catalog_gen.write_csv(tmp_path / "c.csv", catalog_gen.generate_rows(2, seed=5))
    import_csv(db, tmp_path / "c.csv")
    with db.read() as s:
        skus = list(s.scalars(text("SELECT sku FROM variants ORDER BY sku")))
    with db.write() as s:
        for sku in skus[:6]:
            adjust(s, "W01", sku, 40, "receive")
            adjust(s, "S02", sku, 40, "receive")
    yield db, skus
    db.dispose()


def till(db: CentralDB, terminal: str = "T01") -> auth.Caller:
    with db.write() as s:
        code = auth.new_enrol_code(s, "S01", terminal)
    with db.write() as s:
        row, _token, _ = auth.enrol(s, code)
        return auth.Caller(row.id, "S01", terminal)


def hold(db: CentralDB, caller: auth.Caller, *lines: tuple[str, int], minutes: int = 15) -> dict:
    with db.write() as s:
        wanted = [shelf_holds.LineIn(n, sku, q) for n, (sku, q) in enumerate(lines, 1)]
        return shelf_holds.hold(s, caller, str(uuid.uuid4()), wanted, minutes)


def refused(db: CentralDB, caller: auth.Caller, *lines: tuple[str, int]) -> ServiceError:
    with pytest.raises(ServiceError) as no:
        hold(db, caller, *lines)
    assert no.value.status == 409
    return no.value


def setting(db_file: str, *args: str) -> subprocess.CompletedProcess:
    """``cloudshelf central setting ...``, as head office runs it."""
    return subprocess.run([sys.executable, "-m", "app", "central", "setting", *args, "--db", db_file],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)  # fmt: skip


def test_one_till_cannot_hold_a_variants_stock_everywhere(central) -> None:
    db, skus = central
    caller, sibling = till(db, "T01"), till(db, "T02")
    assert "at most 10 units; this one asks for 11" in refused(db, caller, (skus[0], 6), (skus[1], 5)).message
    for sku in skus[:3]:  # 30 units in three orders: the till's whole budget
        hold(db, caller, (sku, 10))
    over = refused(db, caller, (skus[3], 1))
    assert over.code == "till_hold_limit" and "holds 30 units already" in over.message
    with db.read() as s:
        free = {k: level.free for k, level in shelf.reservations.stock(s, [skus[3]]).items()}
    assert free == {("S02", skus[3]): 40, ("W01", skus[3]): 40}  # the refused hold took nothing
    assert hold(db, sibling, (skus[3], 10))["plan"]  # another till has its own budget
    with db.write() as s:  # a hold given back frees the till's budget at once
        first = s.execute(text("SELECT holder FROM stock_reservations WHERE sku = :k"), {"k": skus[0]}).scalar()
        assert shelf_holds.release_hold(s, caller, first.split(":")[-1]) == 10
    assert hold(db, caller, (skus[3], 10))["plan"]


def test_a_till_renews_a_hold_of_one_sku_only_so_often_and_no_hold_outlasts_the_limit(central, monkeypatch) -> None:
    db, skus = central
    caller = till(db)
    for _ in range(5):  # held again every 10 minutes (renewed before it lapses): five times an hour
        asked_at = clock.now()
        made = hold(db, caller, (skus[0], 1), minutes=60)  # the till asks for an hour: 15 minutes is the limit
        assert datetime.fromisoformat(made["expires_at"]) <= asked_at + timedelta(minutes=15, seconds=5)
        later = clock.now() + timedelta(minutes=10)
        monkeypatch.setattr(clock, "now", lambda at=later: at)
    assert refused(db, caller, (skus[0], 1)).code == "hold_renewals"
    assert hold(db, caller, (skus[1], 1))["plan"]  # another SKU is not a renewal
    hour_on = clock.now() + timedelta(minutes=15)
    monkeypatch.setattr(clock, "now", lambda: hour_on)
    assert hold(db, caller, (skus[0], 1))["plan"]


def test_head_office_sets_the_limits_in_the_database(central, tmp_path: Path) -> None:
    _db, skus = central
    db_file = str(tmp_path / "central.db")
    done = setting(db_file, "set", "shelf.order_units", "3")
    assert done.returncode == 0, done.stderr
    assert setting(db_file, "set", "shelf.hold_minutes", "5").returncode == 0
    bad = setting(db_file, "set", "shelf.order_units", "0")
    assert bad.returncode == 2 and "shelf.order_units is from 1 to 1980" in bad.stderr
    unknown = setting(db_file, "set", "shelf.everything", "1")
    assert unknown.returncode == 2 and "There is no setting shelf.everything" in unknown.stderr
    shown = setting(db_file, "show").stdout
    assert "shelf.order_units" in shown and " 3  units one cloud-shelf order" in shown
    other_process = CentralDB(db_file)  # what another worker process reads: the same limits
    try:
        caller = till(other_process)
        assert "at most 3 units" in refused(other_process, caller, (skus[0], 4)).message
        made = hold(other_process, caller, (skus[0], 3), minutes=60)
        assert datetime.fromisoformat(made["expires_at"]) <= clock.now() + timedelta(minutes=5, seconds=5)
    finally:
        other_process.dispose()


def test_a_paid_order_over_the_order_limit_is_unfilled_and_flagged_never_reserved(central) -> None:
    db, skus = central
    caller = till(db)
    data = {"order_id": str(uuid.uuid4()), "code": pickup_codes.new_order_code("S01"), "sale_id": str(uuid.uuid4()),
            "receipt_no": "S01-T01-000001", "delivery": "home", "deliver_to": None, "currency": "CNY",
            "total": 29900 * 60, "taken_offline": True,
            "lines": [{"line_no": n, "sku": sku, "description": "x", "qty": 20, "unit_price": 29900,
                       "total": 29900 * 20, "tax_rate_ppm": 130_000, "source": "auto"} for n, sku in
                      enumerate(skus[:3], 1)]}  # fmt: skip
    event = {"v": 1, "id": str(uuid.uuid4()), "type": SHELF_ORDER, "seq": 1, "store": "S01", "terminal": "T01",
             "created_at": clock.now_iso(), "data": data}  # fmt: skip
    [answer] = ingest.ingest(db, caller, [event])
    assert answer["status"] == "accepted" and answer["order_state"] == "unfilled", answer
    assert "More than 10 units in one cloud-shelf order" in answer["message"]
    with db.read() as s:
        held = s.scalar(text("SELECT COUNT(*) FROM stock_reservations WHERE released_at IS NULL"))
        flagged = [json.loads(d) for d in s.scalars(text("SELECT detail FROM flags WHERE kind = 'shelf'"))]
    assert held == 0 and flagged and flagged[0]["conflict"] == "over_order_limit"


def test_a_sibling_till_repeating_another_tills_hold_id_gets_nothing_of_it(central) -> None:
    """A hold id is the till's own: a sibling that sends it again learns nothing of the hold (its
    sources and units) and frees none of it; the till that made it still gets its hold back."""
    db, skus = central
    caller, sibling = till(db, "T01"), till(db, "T02")
    hold_id = str(uuid.uuid4())
    with db.write() as s:
        first = shelf_holds.hold(s, caller, hold_id, [shelf_holds.LineIn(1, skus[0], 2)], 15)
    with pytest.raises(ServiceError) as no, db.write() as s:
        shelf_holds.hold(s, sibling, hold_id, [shelf_holds.LineIn(1, skus[0], 2)], 15)
    assert no.value.status == 409 and no.value.code == "hold_taken"
    with db.write() as s:
        assert shelf_holds.release_hold(s, sibling, hold_id) == 0
    with db.write() as s:
        again = shelf_holds.hold(s, caller, hold_id, [shelf_holds.LineIn(1, skus[0], 2)], 15)
    assert again["plan"] == first["plan"] and sum(p["qty"] for p in again["plan"]) == 2
