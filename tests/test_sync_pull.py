"""Pulling feeds from a real central service (SQLite and PostgreSQL): deletes arrive as tombstones, an
expired cursor (410) or one ahead of a restored platform leads to a fresh snapshot, and a terminal of
one store never reads another store's stock."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from app import config
from app.errors import NotFound
from app.terminal import Terminal
from sync.client import ServerBusy
from sync.enrol import set_server
from sync.worker import sync_once
from tests.faults import LosingProxy
from tests.platform import ROOT, Platform, enrolled_till
from tests.test_sync_protocol import token_of


def central_cli(platform: Platform, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "app", "central", *args, "--db", platform.db_url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def local_prices(till: Path, sku: str) -> dict[str, int]:
    with sqlite3.connect(till / config.STORE_FILE) as db:
        rows = db.execute(
            "SELECT p.price_list, p.amount FROM prices p JOIN variants v ON v.id = p.variant_id WHERE v.sku = ?", (sku,)
        ).fetchall()
    return dict(rows)


def barcode_of(platform: Platform, sku: str) -> str:
    return str(platform.scalar("SELECT code FROM barcodes WHERE sku = :s", s=sku))[1:]  # as printed (EAN-13)


def cursors(till: Path) -> dict[str, int]:
    with Terminal.open(till) as term:
        return term.sync.health().cursors


def feed_heads(platform: Platform) -> dict[str, int]:
    return dict(platform.rows("SELECT feed, last_seq FROM feed_counters"))


def assert_withdrawn(term: Terminal, sku: str, barcode: str) -> None:
    for code in (sku, barcode):
        with pytest.raises(NotFound):
            term.catalog.lookup(code)
    assert all(item.sku != sku for item in term.catalog.search(sku))


def test_tombstones_withdraw_items_and_prices(platform: Platform, tmp_path: Path) -> None:
    gone, repriced = platform.skus[0], platform.skus[1]
    till = enrolled_till(platform, tmp_path / "till")
    with Terminal.open(till) as term:
        assert term.catalog.lookup(barcode_of(platform, gone)).sku == gone
        assert [i.sku for i in term.catalog.search(gone)] == [gone]
    assert set(local_prices(till, repriced)) == {"retail", "member"}

    assert "Retired 1" in central_cli(platform, "catalog", "retire", gone)
    assert "Removed 1" in central_cli(platform, "price", "remove", "--list", "member", repriced)
    done = sync_once(till)
    assert done.pull.snapshots == [] and done.pull.applied["catalog"] == 1 and done.pull.applied["prices"] == 0
    with Terminal.open(till) as term:
        assert_withdrawn(term, gone, barcode_of(platform, gone))
        assert term.catalog.lookup(repriced).price == local_prices(till, repriced)["retail"]
    assert set(local_prices(till, repriced)) == {"retail"}
    with sqlite3.connect(till / config.STORE_FILE) as db:  # kept for old sales and returns
        assert db.execute("SELECT active FROM variants WHERE sku = ?", (gone,)).fetchone() == (0,)
    assert cursors(till) == feed_heads(platform)

    # a new import brings the variant back
    central_cli(platform, "catalog", "import", str(platform.catalog_csv))
    sync_once(till)
    with Terminal.open(till) as term:
        assert term.catalog.lookup(barcode_of(platform, gone)).sku == gone
    assert set(local_prices(till, repriced)) == {"retail", "member"}


def test_an_expired_cursor_takes_a_fresh_snapshot(platform: Platform, tmp_path: Path) -> None:
    gone, repriced, counted = platform.skus[2], platform.skus[3], platform.skus[4]
    till = enrolled_till(platform, tmp_path / "till")
    platform.adjust("S01", counted, 7)
    central_cli(platform, "catalog", "retire", gone)
    central_cli(platform, "price", "remove", "--list", "member", repriced)
    central_cli(platform, "feeds", "compact", "--drop-tombstones-before", "999999999")
    assert platform.scalar("SELECT COUNT(*) FROM changes WHERE op = 'delete'") == 0  # only a snapshot can tell
    stale = cursors(till)["catalog"]
    answer = requests.get(
        f"{platform.url}/v1/feeds/catalog",
        params={"after": stale},
        headers={"Authorization": f"Bearer {token_of(till)}"},
        timeout=10,
    )
    assert answer.status_code == 410 and answer.json()["error"] == "cursor_expired"

    done = sync_once(till)
    assert done.pull.snapshots == ["catalog", "prices", "stock"]
    with Terminal.open(till) as term:
        assert_withdrawn(term, gone, barcode_of(platform, gone))
        assert term.stock.here(term.catalog.lookup(counted).variant_id).on_hand == 7
    assert set(local_prices(till, repriced)) == {"retail"}
    assert cursors(till) == feed_heads(platform)
    assert sync_once(till).pull.snapshots == []  # back on the feed


def restore_stock_feed(platform: Platform, head: int, sku: str, on_hand: int) -> None:
    """The platform's database as a backup taken when the stock feed stood at ``head`` holds it."""
    db = platform.db()
    try:
        with db.write() as s:
            s.execute(text("DELETE FROM changes WHERE feed = 'stock' AND seq > :h"), {"h": head})
            s.execute(text("UPDATE feed_counters SET last_seq = :h WHERE feed = 'stock'"), {"h": head})
            s.execute(text("DELETE FROM stock_movements WHERE sku = :s AND qty = 2"), {"s": sku})
            s.execute(text("UPDATE stock_levels SET on_hand = :q WHERE sku = :s"), {"q": on_hand, "s": sku})
    finally:
        db.dispose()


def test_a_restored_platform_sends_tills_to_a_snapshot(platform: Platform, tmp_path: Path) -> None:
    sku = platform.skus[5]
    platform.adjust("S01", sku, 4)
    early = enrolled_till(platform, tmp_path / "early", terminal="T01")
    late = enrolled_till(platform, tmp_path / "late", terminal="T02")
    head = feed_heads(platform)["stock"]
    platform.adjust("S01", sku, 2)  # both tills see this delivery; then the platform's disk is lost
    sync_once(early)
    sync_once(late)
    assert cursors(early)["stock"] == cursors(late)["stock"] == head + 1
    restore_stock_feed(platform, head, sku, 4)

    # a till that asks before anything changes is ahead of the feed: it takes a snapshot
    assert "stock" in sync_once(early).pull.snapshots
    with Terminal.open(early) as term:
        assert term.stock.here(term.catalog.lookup(sku).variant_id).on_hand == 4

    # the restore procedure makes sure a till that asks later cannot take a reused number for a seen one
    assert "fresh snapshot" in central_cli(platform, "feeds", "resync")
    platform.adjust("S01", sku, 1)
    for till in (early, late):
        assert sync_once(till).pull.snapshots == ["catalog", "prices", "stock", "orders"]
        with Terminal.open(till) as term:
            assert term.stock.here(term.catalog.lookup(sku).variant_id).on_hand == 5
        assert cursors(till) == feed_heads(platform)
        assert sync_once(till).pull.snapshots == []


def test_a_till_reads_its_own_store_stock_only(platform: Platform, tmp_path: Path) -> None:
    ours, theirs = platform.skus[6], platform.skus[7]
    platform.adjust("S01", ours, 3)
    platform.adjust("S02", theirs, 9)
    till = enrolled_till(platform, tmp_path / "till")  # S01: snapshot, then the feed
    platform.adjust("S02", theirs, 1)
    platform.adjust("S01", ours, 1)
    sync_once(till)
    with sqlite3.connect(till / config.STORE_FILE) as db:
        assert db.execute("SELECT DISTINCT location_code FROM stock_levels").fetchall() == [("S01",)]
    headers = {"Authorization": f"Bearer {token_of(till)}"}
    for path in ("/v1/feeds/stock?after=0", "/v1/snapshots/stock"):
        items = requests.get(platform.url + path, headers=headers, timeout=10).json()["items"]
        assert items and {i["data"]["location"] for i in items} == {"S01"}, path


MALFORMED_PAGES = [
    {"items": [{"key": "XYZ-1", "op": "upsert", "data": {"sku": "XYZ-1"}}], "cursor": 99, "more": False},
    {"items": [], "more": False},
    {"items": "nonsense", "cursor": 3, "more": False},
    ["not", "a", "page"],
]


def test_a_malformed_page_is_not_applied_and_says_so(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    proxy = LosingProxy(platform.url)
    try:
        set_server(till, proxy.url)
        platform.adjust("S01", platform.skus[0], 2)
        before = cursors(till)
        for page in MALFORMED_PAGES:
            proxy.feed_answers = [(200, {"Content-Type": "application/json"}, json.dumps(page).encode())]
            with pytest.raises(ServerBusy) as refused:
                sync_once(till)
            assert "malformed page of the catalog feed" in refused.value.message, page
            assert cursors(till) == before  # nothing skipped
            with Terminal.open(till) as term:
                assert "malformed" in term.sync.health().last_error
                with pytest.raises(NotFound):
                    term.catalog.lookup("XYZ-1")
        sync_once(till)  # the next answer is sound: applied as usual
    finally:
        proxy.close()
    with Terminal.open(till) as term:
        assert term.stock.here(term.catalog.lookup(platform.skus[0]).variant_id).on_hand == 2
    assert cursors(till) == feed_heads(platform)
