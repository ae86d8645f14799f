"""The cloud shelf end to end against the real central service on 127.0.0.1 (SQLite and
PostgreSQL): the matrix from live figures, an order split across two stores and the warehouse, an
order shipped to another store that lands in its pickup queue, orders sold offline "to be confirmed"
(the stock still there, or gone: refund or another source), and 50 tills' holds racing for the last
three units."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import requests

from app.errors import UserError
from app.ids import new_id
from app.shelf import ShelfItem, ShelfRequest
from app.terminal import Terminal
from central import limits, locations
from central import shelf as central_shelf
from sync.client import Refused
from sync.enrol import set_server
from sync.shelf import fetch_matrix, release, resource, sell
from sync.worker import client_for, sync_once
from tests.platform import Platform, enrolled_till, free_port

# a customer of a store in China (the test stores are zh_CN)
HOME = {"name": "Li Lei", "phone": "138 0013 1234", "email": "li@example.com", "province": "Shanghai",
        "city": "Shanghai", "district": "Huangpu", "address": "1 Nanjing Rd"}  # fmt: skip
AT_STORE = {"name": "Mia Wang", "phone": "139 1111 2222"}


def add_far_store(platform: Platform) -> None:
    db = platform.db()
    try:
        with db.write() as s:
            locations.add_location(s, code="S03", name="Beijing", kind="store", region="North")
    finally:
        db.dispose()


def central(platform: Platform, action: str, *args: object):
    db = platform.db()
    try:
        with db.write() as s:
            return getattr(central_shelf, action)(s, *args).state
    finally:
        db.dispose()


def cashier(till: Path) -> Terminal:
    term = Terminal.open(till)
    term.sign_in("ann", "1357")
    if term.shift.current_id() is None:
        term.shift.open(10_000)
    return term


def pay(term: Terminal) -> str:
    term.sale.add_cash(term.sale.totals().due)
    return term.sale.complete().receipt_no


def level(platform: Platform, location: str, sku: str) -> int:
    """On hand, checked against the ledger it must add up to."""
    on_hand = platform.scalar(
        "SELECT on_hand FROM stock_levels WHERE location_code = :l AND sku = :s", l=location, s=sku
    )
    moved = platform.scalar(
        "SELECT SUM(qty) FROM stock_movements WHERE location_code = :l AND sku = :s", l=location, s=sku
    )
    assert on_hand == moved
    return on_hand


def test_an_order_split_across_two_stores_and_the_warehouse_is_held_paid_confirmed_and_delivered(
    platform: Platform, tmp_path: Path
) -> None:
    add_far_store(platform)
    sku = platform.skus[0]
    for loc in ("S02", "S03", "W01"):
        platform.adjust(loc, sku, 1)
    till = enrolled_till(platform, tmp_path / "till")
    with cashier(till) as term:
        matrix = fetch_matrix(term, sku)
        cell = matrix.find(sku)
        assert matrix.live and (cell.here, cell.stores, cell.warehouse) == (0, 2, 1)
        assert [pl.code for pl in cell.places] == ["S02", "W01", "S03"]  # the rule's order: region, warehouse, far
        request = ShelfRequest((ShelfItem(cell.variant_id, 3),), "home", None, HOME)
        _lines, held = sell(term, request)
        assert held and term.sale.view().lines[0].shelf == "held" and term.sale.view().lines[0].shelf_to == "home"
        assert platform.scalar("SELECT SUM(qty) FROM stock_reservations WHERE released_at IS NULL") == 3
        receipt = pay(term)
        footer = term.printing.receipt(receipt).footer  # printed under the totals
        assert footer[0].startswith("Cloud shelf order ") and footer[1] == "to your address"
        [order] = term.shelf.orders()
        assert order.state == "held" and order.contact_waiting
    assert sync_once(till).push.dead == 0
    code = order.code
    row = platform.rows("SELECT state, customer_name, address, receipt_no FROM shelf_orders WHERE code = :c", c=code)
    assert row[0][0] == "confirmed" and row[0][1] == "Li Lei" and row[0][3] == receipt
    assert json.loads(row[0][2]) == {
        "address": "1 Nanjing Rd",
        "city": "Shanghai",
        "postcode": "",
        "country": "CN",
        "province": "Shanghai",
        "district": "Huangpu",
    }  # as a store in China writes it
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        [order] = term.shelf.orders()
        assert order.state == "confirmed" and not order.contact_waiting  # the till forgot the address
        assert order.lines[0].sources == "S02 x1, S03 x1, W01 x1"
        with term.db.read() as s:
            events = [r[0] for r in s.connection().exec_driver_sql("SELECT body FROM outbox")]
            kept = s.connection().exec_driver_sql("SELECT contact FROM shelf_orders").scalar()
        assert kept == "" and not any("Li Lei" in b or "Nanjing" in b for b in events)
    assert central(platform, "ship", code, None) == "shipped"
    assert central(platform, "deliver", code, None) == "delivered"
    sync_once(till)
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        assert term.shelf.order(code).state == "delivered"
        assert [s for _loc, s, _n in term.shelf.order(code).shipments] == ["delivered"] * 3
    assert [level(platform, loc, sku) for loc in ("S02", "S03", "W01")] == [0, 0, 0]
    assert platform.scalar("SELECT COUNT(*) FROM stock_movements WHERE reason = 'shelf_out'") == 3
    assert platform.scalar("SELECT COUNT(*) FROM stock_reservations WHERE released_at IS NULL") == 0
    assert sorted(r[0] for r in platform.rows("SELECT kind FROM notifications")) == ["delivered", "shipped"]


def test_an_order_for_another_store_reaches_its_pickup_queue_and_is_collected_with_the_receipts_code(
    platform: Platform, tmp_path: Path
) -> None:
    sku = platform.skus[1]
    platform.adjust("W01", sku, 1)
    till = enrolled_till(platform, tmp_path / "s01")
    with cashier(till) as term:
        cell = fetch_matrix(term, sku).find(sku)
        stores = term.shelf.stores()
        assert stores[0][0] == "S01" and ("S02", "Hangzhou") in stores
        sell(term, ShelfRequest((ShelfItem(cell.variant_id, 1, "W01"),), "store", "S02", AT_STORE))
        assert term.sale.view().lines[0].shelf_to == "S02"
        receipt = pay(term)
        footer = term.printing.receipt(receipt).footer
        [order] = term.shelf.orders()
    pickup_code = footer[2].removeprefix("Pickup code ")
    assert order.code.startswith("S02-") and footer[:2] == [f"Cloud shelf order {order.code}", "to store S02"]
    assert len(pickup_code) == 6 and pickup_code.isdigit()
    sync_once(till)
    assert central(platform, "ship", order.code, "W01") == "shipped"
    assert central(platform, "arrive", order.code, None) == "arrived"
    assert platform.rows("SELECT store_code, paid, source FROM orders WHERE code = :c", c=order.code) == [
        ("S02", True, "cloud_shelf")
    ]
    other = enrolled_till(platform, tmp_path / "s02", store="S02")
    with Terminal.open(other) as term:
        term.users.add("cleo", "Cleo", "clerk", "3579", by=term.sign_in("boss", "2468"))
        term.sign_in("cleo", "3579")
        assert [(e.code, e.state, e.items, e.paid) for e in term.pickup.queue()] == [(order.code, "new", 1, True)]
        found = term.pickup.find(f"{order.code}/{pickup_code}")  # the customer shows the receipt
        assert found.verified == "qr" and found.customer_name == "Mia Wang"
        barcode = term.catalog.lookup(sku)
        with term.db.read() as s:
            code = (
                s.connection()
                .exec_driver_sql("SELECT code FROM barcodes WHERE variant_id = ?", (barcode.variant_id,))
                .scalar()
            )
        term.pickup.pick(order.code, code[1:])
        term.pickup.mark_ready(order.code)
        assert term.pickup.hand_over(order.code, pickup_code=pickup_code).state == "collected"
    assert sync_once(other).push.dead == 0
    assert platform.scalar("SELECT state FROM orders WHERE code = :c", c=order.code) == "collected"
    assert level(platform, "W01", sku) == 0 and level(platform, "S02", sku) == 0  # arrived, then collected
    sync_once(till)
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        shown = term.shelf.order(order.code)
        assert shown.state == "arrived" and not shown.contact_waiting
        assert not any("Pickup code" in line for line in term.printing.receipt(receipt).footer)  # closed: not kept here


def test_orders_sold_offline_are_confirmed_or_unfilled_then_refunded_or_sourced_elsewhere(
    platform: Platform, tmp_path: Path
) -> None:
    a, b, c = platform.skus[2], platform.skus[3], platform.skus[4]
    platform.adjust("S02", a, 1)
    platform.adjust("W01", b, 1)
    platform.adjust("S02", c, 1)
    till = enrolled_till(platform, tmp_path / "till")
    with cashier(till) as term:
        for sku in (a, b, c):
            fetch_matrix(term, sku)  # online: the figures are kept
    set_server(till, f"http://127.0.0.1:{free_port()}")  # the network goes
    codes = {}
    with cashier(till) as term:
        matrix = fetch_matrix(term, a)
        assert not matrix.live and matrix.age_minutes() == 0 and "cannot be reached" in matrix.note
        assert matrix.find(a).stores == 1  # the last figures, shown with their age
        for sku, source in ((a, "S02"), (b, "auto"), (c, "S02")):
            vid = term.catalog.lookup(sku).variant_id
            _lines, held = sell(term, ShelfRequest((ShelfItem(vid, 1, source),), "home", None, HOME))
            assert not held and term.sale.view().lines[0].shelf == "to_confirm"
            pay(term)
            codes[sku] = next(o.code for o in term.shelf.orders() if o.lines[0].sku == sku)
        assert {o.state for o in term.shelf.orders()} == {"to_confirm"}
    platform.adjust("S02", a, -1)  # sold in Hangzhou meanwhile: the units are gone
    platform.adjust("S02", c, -1)
    set_server(till, platform.url)
    assert sync_once(till).push.dead == 0  # an unfilled order is accepted, never a dead letter
    with cashier(till) as term:
        views = {o.code: o for o in term.shelf.orders()}
        assert views[codes[b]].state == "confirmed"
        gone = views[codes[a]]
        assert gone.state == "unfilled" and gone.needs_action and "at S02 (0 of 1 free)" in gone.problem
        assert term.shelf.orders()[0].needs_action  # the orders a person must act on come first
        # the refund: the order's lines come back as returns, paid back to the original tender
        term.shelf.refund_order(codes[a])
        assert term.sale.totals().due < 0
        term.returns.refund_to_original()
        refund = term.sale.complete().receipt_no
        assert term.shelf.order(codes[a]).refund_receipt == refund
        with pytest.raises(UserError, match="refunded already"):
            term.shelf.refund_order(codes[a])
        # another source for the other one: where it is short too, then where it is
        with pytest.raises(UserError, match="S02"):
            resource(term, codes[c], {1: "S02"})
        platform.adjust("W01", c, 1)
        assert resource(term, codes[c], {1: "W01"}).state == "confirmed"
    sync_once(till)
    assert platform.scalar("SELECT state FROM shelf_orders WHERE code = :c", c=codes[a]) == "cancelled"
    with cashier(till) as term:
        assert term.shelf.order(codes[a]).state == "cancelled" and not term.shelf.order(codes[a]).needs_action
        assert term.shelf.order(codes[c]).lines[0].sources == "W01 x1"


def test_a_hold_refused_for_stock_gone_leaves_the_sale_as_it_was_and_a_voided_line_frees_its_units(
    platform: Platform, tmp_path: Path
) -> None:
    sku = platform.skus[5]
    platform.adjust("W01", sku, 1)
    till = enrolled_till(platform, tmp_path / "till")
    with cashier(till) as term:
        vid = fetch_matrix(term, sku).find(sku).variant_id
        with pytest.raises(UserError, match=r"at S02 \(0 of 1 free\)") as refused:
            sell(term, ShelfRequest((ShelfItem(vid, 1, "S02"),), "home", None, HOME))
        assert "another source" in refused.value.hint and term.sale.view().lines == []
        with pytest.raises(UserError, match="province, city, district and street"):  # checked before any hold
            sell(term, ShelfRequest((ShelfItem(vid, 1),), "home", None, {"name": "Li", "phone": "13800131234"}))
        lines, held = sell(term, ShelfRequest((ShelfItem(vid, 1),), "home", None, HOME))
        assert held and platform.scalar("SELECT COUNT(*) FROM stock_reservations WHERE released_at IS NULL") == 1
        with pytest.raises(UserError, match="keeps the units"):
            term.sale.set_qty(lines[0].id, 2)
        hold_id = term.sale.void_line(lines[0].id)
        assert release(term, hold_id) == 1 and term.sale.view().lines == []
    assert platform.scalar("SELECT COUNT(*) FROM stock_reservations WHERE released_at IS NULL") == 0


def test_the_shelf_api_answers_bad_requests_with_a_4xx_that_says_what_to_do(platform: Platform, tmp_path: Path) -> None:
    till = enrolled_till(platform, tmp_path / "till")
    with Terminal.open(till) as term, term.db.read() as s:
        token = s.connection().exec_driver_sql("SELECT token FROM sync_config").scalar()
    headers = {"Authorization": f"Bearer {token}"}
    sku = platform.skus[0]
    line = {"line_no": 1, "sku": sku, "qty": 1}
    asks = [
        ("GET", "/v1/stock/availability", None, {"style": "ST\x00"}, 400),
        ("GET", "/v1/stock/availability", None, {"barcode": "12345"}, 400),
        ("GET", "/v1/stock/availability", None, {"sku": "NOPE"}, 404),
        ("GET", "/v1/stock/availability", None, {}, 400),
        ("POST", "/v1/shelf/holds", {"hold_id": new_id(), "lines": [line, line]}, None, 400),
        ("POST", "/v1/shelf/holds", {"hold_id": "x" * 36, "lines": [line]}, None, 400),
        ("POST", "/v1/shelf/holds", {"hold_id": new_id(), "lines": [{**line, "qty": 0}]}, None, 422),
        ("POST", "/v1/shelf/holds", {"hold_id": new_id(), "lines": [{**line, "source": "W\x00"}]}, None, 400),
        ("PUT", f"/v1/shelf/orders/{new_id()}/contact", {"name": "Li"}, None, 404),
        ("POST", f"/v1/shelf/orders/{new_id()}/source", {"lines": []}, None, 404),
    ]
    for method, path, body, params, status in asks:
        answer = requests.request(method, platform.url + path, json=body, params=params, headers=headers, timeout=30)
        assert answer.status_code == status, (path, answer.text)
        assert answer.json()["message"] and "hint" in answer.json()
    assert requests.get(platform.url + "/v1/stock/availability", params={"sku": sku}, timeout=30).status_code == 401
    assert requests.delete(platform.url + f"/v1/shelf/holds/{new_id()}", headers=headers, timeout=30).json() == {
        "released": 0
    }


def test_fifty_tills_racing_for_the_last_three_units_get_exactly_three_holds(
    platform: Platform, tmp_path: Path
) -> None:
    """Row locks on PostgreSQL, BEGIN IMMEDIATE on SQLite: the same outcome."""
    sku, nowhere = platform.skus[6], platform.skus[7]
    platform.adjust("W01", sku, 3)
    db = platform.db()
    with db.write() as s:  # one till stands for fifty here: let it hold the SKU that often
        limits.set_setting(s, "shelf.holds_per_hour", 100)
    db.dispose()
    till = enrolled_till(platform, tmp_path / "till")
    with Terminal.open(till) as term, term.db.read() as s:
        token = s.connection().exec_driver_sql("SELECT token FROM sync_config").scalar()
    headers = {"Authorization": f"Bearer {token}"}
    answers: list[requests.Response] = []
    start = threading.Barrier(50)

    def hold(target: str) -> None:
        start.wait()
        answers.append(
            requests.post(
                platform.url + "/v1/shelf/holds",
                json={"hold_id": new_id(), "lines": [{"line_no": 1, "sku": target, "qty": 1}]},
                headers=headers,
                timeout=60,
            )
        )

    threads = [threading.Thread(target=hold, args=(sku,)) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    won = [a for a in answers if a.status_code == 201]
    lost = [a for a in answers if a.status_code == 409]
    assert len(won) == 3 and len(lost) == 47, sorted(a.status_code for a in answers)
    assert all(a.json()["error"] == "insufficient_stock" and "0 of 1 free" in a.json()["message"] for a in lost)
    assert {a.json()["plan"][0]["location"] for a in won} == {"W01"}
    assert platform.scalar("SELECT SUM(qty) FROM stock_reservations WHERE released_at IS NULL") == 3
    assert level(platform, "W01", sku) == 3  # held, not moved: nothing below zero

    # the three winners' sales reach the platform, and a fourth sold offline: it finds nothing left
    holds = [a.json()["hold_id"] for a in won] + [None]
    events = []
    for seq, hold_id in enumerate(holds, 1):
        line = {"line_no": 1, "sku": sku, "description": "x", "qty": 1, "unit_price": 100, "total": 100,
                "tax_rate_ppm": 0, "source": "auto"}  # fmt: skip
        data = {
            "order_id": new_id(), "code": f"S01-{'ABCD'[seq - 1]}BCDEF", "sale_id": new_id(),
            "receipt_no": f"S01-T01-{seq:06d}", "delivery": "home", "deliver_to": None, "currency": "CNY",
            "total": 100, "taken_offline": hold_id is None, "hold_id": hold_id, "lines": [line],
        }  # fmt: skip
        events.append(
            {"v": 1, "id": new_id(), "type": "shelf.order", "seq": seq, "store": "S01", "terminal": "T01",
             "created_at": "2026-11-23T10:00:00.000Z", "data": data}
        )  # fmt: skip
    pushed = requests.post(platform.url + "/v1/events", json={"events": events}, headers=headers, timeout=60)
    pushed = pushed.json()
    assert [r["order_state"] for r in pushed["results"]] == ["confirmed"] * 3 + ["unfilled"]
    for ev in events[:3]:
        central(platform, "ship", ev["data"]["code"], None)
    assert level(platform, "W01", sku) == 0
    assert platform.scalar("SELECT MIN(on_hand) FROM stock_levels") >= 0
    assert platform.scalar("SELECT COUNT(*) FROM flags WHERE kind = 'oversell'") == 0

    answers.clear()  # a SKU with no stock row anywhere has nothing to lock and nothing to promise
    threads = [threading.Thread(target=hold, args=(nowhere,)) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {a.status_code for a in answers} == {409}


def test_the_platform_takes_an_address_in_either_shape_and_refuses_a_bad_chinese_mobile_number(
    platform: Platform, tmp_path: Path
) -> None:
    """A till of a store in China sends its country's shape; a till from before sends street, city,
    postcode without a country, and is taken as it always was; a bad mobile number is a 400 that says
    why, never a 5xx."""
    sku = platform.skus[0]
    platform.adjust("W01", sku, 1)
    till = enrolled_till(platform, tmp_path / "till")
    with cashier(till) as term:
        cell = fetch_matrix(term, sku).find(sku)
        sell(term, ShelfRequest((ShelfItem(cell.variant_id, 1),), "home", None, HOME))
        pay(term)
        [order] = term.shelf.orders()
        client = client_for(term.db)
    assert sync_once(till).push.dead == 0

    def address() -> dict:
        return json.loads(platform.scalar("SELECT address FROM shelf_orders WHERE code = :c", c=order.code))

    path = f"/v1/shelf/orders/{order.id}/contact"
    try:
        for phone in ("1380013123", "23800131234", "+1 212 555 0100"):
            with pytest.raises(Refused) as bad:
                client.call("PUT", path, json={**HOME, "country": "CN", "phone": phone})
            assert bad.value.status == 400 and "11 digits and starts with 1" in bad.value.message
        with pytest.raises(Refused) as short:
            client.call("PUT", path, json={**HOME, "country": "CN", "district": ""})
        assert short.value.status == 400 and "province, city, district and street" in short.value.message
        assert address()["district"] == "Huangpu"  # a refusal changes nothing
        first = {"name": "Li Lei", "phone": "13800131234", "address": "1 Nanjing Rd", "city": "Shanghai",
                 "postcode": "200001"}  # fmt: skip
        client.call("PUT", path, json=first)
        assert address() == {"address": "1 Nanjing Rd", "city": "Shanghai", "postcode": "200001"}
        us = {"name": "Ann Lee", "phone": "(212) 555-0100", "address": "120 Prince St", "city": "New York",
              "province": "NY", "postcode": "10012", "country": "US"}  # fmt: skip
        client.call("PUT", path, json=us)
        assert address() == {"address": "120 Prince St", "city": "New York", "postcode": "10012", "country": "US",
                             "province": "NY"}  # fmt: skip
    finally:
        client.close()
