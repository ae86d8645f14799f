"""The cloud shelf on one till with no platform: the matrix from the last figures and their age,
requests refused before anything is held, an order sold "to be confirmed" in the sale's transaction
(its event carries no customer detail), the shelf feed, refunds of whole orders, the manager's
shared stock and its CSV, and ``cloudshelf stock`` as a real process."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app import clock, config
from app.errors import NotAllowed, NotFound, UserError
from app.shelf import ShelfItem, ShelfRequest
from app.terminal import Terminal
from sync.apply import apply_items
from sync.protocol import SHELF
from tests.conftest import CASHIER, MANAGER
from tests.platform import HANG_GUARD
from tests.shelf_helpers import answer, feed_item, style_of

HOME = {"name": "Li Lei", "phone": "138 0013 1234", "province": "Shanghai", "city": "Shanghai", "district": "Huangpu",
        "address": "1 Nanjing Rd"}  # fmt: skip
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def figures(till: Terminal) -> tuple[str, list]:
    """A style with stock at the other stores and the warehouse, none here."""
    style, variants = style_of(till)
    levels = {}
    for n, (_id, sku, _size, _colour) in enumerate(variants):
        levels[(sku, "S02")] = n % 3
        levels[(sku, "S03")] = 1
        levels[(sku, "W01")] = 5 if n % 2 else 0
    levels[(variants[0][1], "S01")] = 0
    till.shelf.save_availability(answer(till, style, levels, held={(variants[1][1], "W01"): 2}))
    return style, variants


def events(term: Terminal) -> list[tuple[str, dict]]:
    with term.db.read() as s:
        return [(t, json.loads(b)) for t, b in s.execute(text("SELECT type, body FROM outbox ORDER BY seq"))]


def test_the_matrix_comes_from_the_last_figures_with_their_age(till: Terminal, figures, monkeypatch) -> None:
    style, variants = figures
    m = till.shelf.matrix(till.shelf.style(variants[0][1]))  # a SKU names its style
    assert m.style_code == style and not m.live and m.age_minutes() == 0
    first = m.find(variants[0][1])
    assert (first.here, first.stores, first.warehouse) == (0, 0 + 1, 0)
    second = m.find(variants[1][1])
    assert second.warehouse == 3 and second.stores == 1 + 1  # W01 5 on hand, 2 held: 3 available
    assert [pl.code for pl in second.places] == ["S02", "W01", "S03"]  # the rule's order
    assert set(m.sizes) == {v[2] for v in variants} and set(m.colours) == {v[3] for v in variants}
    assert till.shelf.style(style.lower()) == style
    with till.db.read() as s:
        barcode = s.connection().exec_driver_sql("SELECT code FROM barcodes WHERE variant_id = ?", (variants[0][0],))
        assert till.shelf.style(barcode.scalar()[1:]) == style
    with pytest.raises(NotFound, match="Nothing in the catalog matches"):
        till.shelf.style("no such thing")
    with pytest.raises(UserError, match="Scan an item"):
        till.shelf.style("  ")
    later = clock.now() + timedelta(minutes=42, seconds=5)
    monkeypatch.setattr("app.shelf.now", lambda: later)
    assert till.shelf.matrix(style).age_minutes() == 42


def test_a_request_is_refused_before_anything_is_held_when_it_cannot_become_an_order(till: Terminal, figures) -> None:
    _style, variants = figures
    vid = variants[1][0]
    refused = [
        (ShelfRequest((), "home", None, HOME), "no items"),
        (
            ShelfRequest((ShelfItem(vid, 1),), "home", None, {"name": "Li Lei", "phone": "13800131234"}),
            "province, city, district and street",
        ),
        (ShelfRequest((ShelfItem(vid, 1),), "store", "W01", {"name": "Li", "phone": "1234"}), "no store W01"),
        (ShelfRequest((ShelfItem(vid, 1),), "store", "S02", {"name": "Li"}), "phone or email"),
        (ShelfRequest((ShelfItem(vid, 0),), "home", None, HOME), "whole number from 1"),
        (ShelfRequest((ShelfItem(vid, 1, "S01"),), "home", None, HOME), "here in the store"),
        (ShelfRequest((ShelfItem(vid, 1, "X9"),), "home", None, HOME), "no location X9"),
        (ShelfRequest((ShelfItem(vid, 1),), "moon", None, HOME), "not a delivery"),
    ]
    for request, why in refused:
        with pytest.raises(UserError, match=why) as info:
            till.shelf.add_order(request, None)
        assert info.value.hint
    assert till.sale.cart is None or till.sale.cart.lines == []
    assert till.shelf.hold_lines(ShelfRequest((ShelfItem(vid, 2, "W01"),), "home", None, HOME)) == [
        {"line_no": 1, "sku": variants[1][1], "qty": 2, "source": "W01"}
    ]


def test_an_offline_order_is_sold_to_be_confirmed_with_its_event_and_no_customer_detail_in_it(
    till: Terminal, figures
) -> None:
    _style, variants = figures
    lines = till.shelf.add_order(
        ShelfRequest((ShelfItem(variants[1][0], 1), ShelfItem(variants[3][0], 2, "S03")), "store", "S02",
                     {"name": "Mia Wang", "phone": "139 1111 2222", "email": "mia@example.com"}),
        None,
    )  # fmt: skip
    view = till.sale.view()
    assert [(ln.shelf, ln.shelf_to) for ln in view.lines] == [("to_confirm", "S02")] * 2
    assert lines[0].variant_id is None  # it moves no stock here
    with pytest.raises(UserError, match="keeps the units"):
        till.sale.set_qty(lines[0].id, 5)
    till.sale.line_discount(lines[1].id, percent_bp=500)  # a discount is the cashier's to give
    till.sale.add_cash(till.sale.totals().due)
    done = till.sale.complete()
    [order] = till.shelf.orders()
    assert order.state == "to_confirm" and order.code.startswith("S02-") and order.contact_waiting
    assert [(ln.qty, ln.source) for ln in order.lines] == [(1, "auto"), (2, "S03")]
    kinds = [t for t, _b in events(till)]
    assert kinds[-2:] == ["sale.completed", "shelf.order"]
    sale, shelf_event = events(till)[-2][1], events(till)[-1][1]
    assert sale["data"]["movements"] == [] and "cloud_shelf" in sale["data"]["lines"][0]["flags"]
    data = shelf_event["data"]
    assert data["taken_offline"] and data["hold_id"] is None and data["deliver_to"] == "S02"
    assert data["total"] == sum(ln["total"] for ln in sale["data"]["lines"]) == done.total
    body = json.dumps(shelf_event)
    assert "Mia" not in body and "1111" not in body and "mia@" not in body  # events are kept for ever
    footer = till.printing.receipt(done.receipt_no).footer  # the printer lays it out (devices/printer/layout.py)
    assert footer[:2] == [f"Cloud shelf order {order.code}", "to store S02"] and footer[2].startswith("Pickup code ")
    with till.db.read() as s:
        assert s.connection().exec_driver_sql("SELECT COUNT(*) FROM stock_movements").scalar() == 0


def test_the_feed_brings_the_platforms_state_and_other_tills_orders_and_never_goes_back(till: Terminal) -> None:
    def apply(*items: dict) -> int:
        with till.db.write() as s:
            return apply_items(s.connection(), SHELF, list(items))

    oid = "01a20a79-0000-7000-a000-000000000001"
    assert apply(feed_item(till, oid, "S01-ABCDEF", "confirmed", 2)) == 1
    [order] = till.shelf.orders()
    assert order.state == "confirmed" and not order.sold_here and order.lines[0].sources == "W01 x1"
    with pytest.raises(UserError, match="sold at another till"):
        till.shelf.refund_order("S01-ABCDEF")
    assert apply(feed_item(till, oid, "S01-ABCDEF", "unfilled", 1)) == 0  # older: ignored
    assert apply(feed_item(till, oid, "S01-ABCDEF", "shipped", 3, shipments=[])) == 1
    assert till.shelf.order("s01-abcdef").state == "shipped"
    assert apply({**feed_item(till, oid, "S02-ABCDEF", "confirmed", 9), "data": {"store": "S02", "id": "x"}}) == 0
    assert not till.shelf.order("S01-ABCDEF").needs_action  # another till's: refunded there


def test_a_refund_gives_back_the_whole_order_and_cancels_it_with_the_return(till: Terminal, figures) -> None:
    _style, variants = figures
    till.shelf.add_order(ShelfRequest((ShelfItem(variants[1][0], 2),), "home", None, HOME), None)
    till.sale.add_cash(till.sale.totals().due)
    receipt = till.sale.complete().receipt_no
    [order] = till.shelf.orders()
    with till.db.write() as s:  # the platform could not fill it
        apply_items(s.connection(), SHELF, [feed_item(till, order.id, order.code, "unfilled", 1,
                                                       problem="Not enough stock", receipt_no=receipt)])  # fmt: skip
    assert till.shelf.attention() == 1 and till.shelf.orders()[0].needs_action
    line = till.returns.find_receipt(receipt).lines[0]
    till.returns.add(receipt, line.line_id, 1)  # part of it, the usual way: refused at completion
    till.returns.refund_to_original()
    with pytest.raises(UserError, match="refunded whole"):
        till.sale.complete()
    for tender in list(till.sale.cart.tenders):
        till.sale.remove_tender(tender.id)
    till.sale.void()
    added = till.shelf.refund_order(order.code)
    assert [ln.qty for ln in added] == [-2]
    till.returns.refund_to_original()
    refund = till.sale.complete()
    assert till.shelf.order(order.code).refund_receipt == refund.receipt_no and till.shelf.attention() == 0
    kind, body = events(till)[-1]
    assert kind == "shelf.cancelled" and body["data"]["order_id"] == order.id
    with till.db.read() as s:
        assert s.connection().exec_driver_sql("SELECT contact FROM shelf_orders").scalar() == ""


def test_voiding_a_cloud_shelf_line_takes_its_order_out_and_names_the_hold_to_free(till: Terminal, figures) -> None:
    _style, variants = figures
    hold = {"hold_id": "01a20a79-0000-7000-b000-000000000001", "expires_at": clock.now_iso(),
            "plan": [{"line_no": 1, "sku": variants[1][1], "location": "W01", "qty": 1}]}  # fmt: skip
    lines = till.shelf.add_order(ShelfRequest((ShelfItem(variants[1][0], 1),), "home", None, HOME), hold)
    assert till.sale.view().lines[0].shelf == "held"
    assert till.sale.void_line(lines[0].id) == hold["hold_id"] and till.sale.cart.shelf == {}
    till.shelf.add_order(ShelfRequest((ShelfItem(variants[1][0], 1),), "home", None, HOME), hold)
    assert till.sale.void() == [hold["hold_id"]]


def test_an_order_takes_the_place_of_the_line_it_came_from_and_voiding_it_puts_the_line_back(
    till: Terminal, figures
) -> None:
    _style, variants = figures
    first = till.sale.add_item(variants[0][0])
    sold_out = till.sale.add_item(variants[1][0], 3)
    last = till.sale.add_item(variants[2][0])
    request = ShelfRequest((ShelfItem(variants[1][0], 3, "W01"),), "home", None, HOME, replaces=sold_out.id)
    assert till.shelf.replaces(sold_out.id) and not till.shelf.replaces("no such line")
    [ordered] = till.shelf.add_order(request, None)
    assert [ln.id for ln in till.sale.cart.lines] == [first.id, ordered.id, last.id]  # in its place: one charge
    assert not till.shelf.replaces(ordered.id)  # a cloud-shelf line is never replaced by another order
    till.shelf.add_order(ShelfRequest((ShelfItem(variants[2][0], 1),), "home", None, HOME, replaces=ordered.id), None)
    assert [ln.id for ln in till.sale.cart.lines][:3] == [first.id, ordered.id, last.id] and len(
        till.sale.cart.lines
    ) == 4
    till.sale.void_line(ordered.id)
    assert [(ln.id, ln.qty) for ln in till.sale.cart.lines][:3] == [(first.id, 1), (sold_out.id, 3), (last.id, 1)]
    assert len(till.sale.cart.shelf) == 1 and till.sale.totals().due == sum(
        ln.unit_price * ln.qty for ln in till.sale.cart.lines
    )


def test_the_shared_stock_lists_low_stock_and_exports_csv_for_a_manager_only(
    store_dir: Path, figures, tmp_path: Path
) -> None:
    (store_dir / config.CONFIG_FILE).write_text("[cloud_shelf]\nlow_stock = 0\n", encoding="utf-8")
    style, variants = figures
    with Terminal.open(store_dir) as term:
        term.sign_in(CASHIER.login, CASHIER.pin)
        with pytest.raises(NotAllowed):
            term.stock.shared(style)
        term.sign_in(MANAGER.login, MANAGER.pin)
        _m, rows, low = term.stock.shared(style)
        assert len(rows) == len(variants) * 4 and rows[0].location == "S01"
        assert {(r.location, r.available) for r in low} >= {("S02", 0)} and all(r.available == 0 for r in low)
        path = tmp_path / "stock.csv"
        assert term.stock.export_csv(style, path) == len(rows)
        assert term.stock.export_csv(style, tmp_path / "low.csv", low_only=True) == len(low)
        with pytest.raises(UserError, match="Cannot write"):
            term.stock.export_csv(style, tmp_path / "no" / "such" / "dir.csv")
    with path.open(encoding="utf-8-sig") as handle:
        table = list(csv.DictReader(handle))
    assert table[0].keys() >= {"sku", "location", "available", "last_movement_at", "figures_as_of"}
    w01 = next(r for r in table if r["sku"] == variants[1][1] and r["location"] == "W01")
    assert (w01["on_hand"], w01["reserved"], w01["available"]) == ("5", "2", "3")


def test_cloudshelf_stock_prints_the_matrix_offline_and_refuses_an_unknown_style(store_dir: Path, figures) -> None:
    style, _variants = figures
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(store_dir), "stock", *args],
                              capture_output=True, text=True, env=env, timeout=HANG_GUARD)  # fmt: skip

    done = run(style)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(style) and "not enrolled with the platform" in done.stdout
    assert "here  stores  warehouse" in done.stdout
    bad = run("NOPE-NOTHING")
    assert bad.returncode == 2 and "Nothing in the catalog matches" in bad.stderr and "Traceback" not in bad.stderr
    needs = run(style, "--offline", "--csv", str(store_dir / "x.csv"))
    assert needs.returncode == 2 and "needs a manager" in needs.stderr
