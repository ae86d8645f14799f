"""Online orders picked up in store, end to end against the real central service on 127.0.0.1
(SQLite and PostgreSQL): the web shop's API, the store's tills online and offline, and the races."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from app.errors import AuthFailed, NotFound, UserError
from app.terminal import Terminal
from central import shop_keys
from sync.client import Offline
from sync.enrol import set_server
from sync.worker import sync_once
from tests.faults import LosingProxy, backlog
from tests.platform import Platform, enrolled_till, free_port

CLERK = ("cleo", "3579")


def shop_key(platform: Platform) -> dict[str, str]:
    db = platform.db()
    try:
        with db.write() as s:
            return {"Authorization": f"Bearer {shop_keys.create(s, 'webshop')}"}
    finally:
        db.dispose()


def order(
    platform: Platform, key: dict, lines: list[tuple[str, int]], *, store: str = "S01", paid: bool = True
) -> dict:
    answer = requests.post(
        platform.url + "/v1/shop/orders",
        json={
            "store": store,
            "lines": [{"sku": sku, "qty": qty} for sku, qty in lines],
            "customer": {"name": "Mia Wang", "phone": "+86 138 0013 1234", "email": "mia@example.com"},
            "paid": paid,
        },
        headers=key,
        timeout=30,
    )
    assert answer.status_code == 201, answer.text
    return answer.json()


def till_with_clerk(platform: Platform, directory: Path, terminal: str = "T01") -> Path:
    till = enrolled_till(platform, directory, terminal=terminal)
    with Terminal.open(till) as term:
        term.users.add(CLERK[0], "Cleo", "clerk", CLERK[1], by=term.sign_in("boss", "2468"))
    return till


def barcode(term: Terminal, sku: str) -> str:
    with term.db.read() as s:
        return (
            s.connection()
            .exec_driver_sql(
                "SELECT MIN(b.code) FROM barcodes b JOIN variants v ON v.id = b.variant_id WHERE v.sku = ?", (sku,)
            )
            .scalar()
        )


def pick_all(term: Terminal, code: str) -> None:
    for line in term.pickup.order(code).lines:
        for _ in range(line.qty - line.picked):
            term.pickup.pick(code, barcode(term, line.sku))


def central_order(platform: Platform, code: str) -> tuple:
    return platform.rows("SELECT state, paid, paid_ref, collected_by, refund_due FROM orders WHERE code = :c", c=code)[
        0
    ]


def ledger_agrees(platform: Platform, sku: str, store: str = "S01") -> int:
    """The level equals the sum of its ledger; returns units on hand."""
    level = platform.scalar("SELECT on_hand FROM stock_levels WHERE location_code = :l AND sku = :s", l=store, s=sku)
    moved = platform.scalar(
        "SELECT SUM(qty) FROM stock_movements WHERE location_code = :l AND sku = :s", l=store, s=sku
    )
    assert level == moved
    return level


def held(platform: Platform, sku: str) -> int:
    return platform.scalar(
        "SELECT COALESCE(SUM(qty), 0) FROM stock_reservations WHERE sku = :s AND released_at IS NULL", s=sku
    )


def test_order_from_the_api_is_picked_paid_and_collected_at_the_till(platform: Platform, tmp_path: Path) -> None:
    a, b = platform.skus[0], platform.skus[1]
    platform.adjust("S01", a, 5)
    platform.adjust("S01", b, 2)
    key = shop_key(platform)
    made = order(platform, key, [(a, 2), (b, 1)], paid=False)
    code, pickup_code = made["code"], made["pickup_code"]
    assert code.startswith("S01-") and len(pickup_code) == 6 and made["qr"] == f"{code}/{pickup_code}"
    assert held(platform, a) == 2 and held(platform, b) == 1
    assert "pickup_hash" not in made["order"]
    till = till_with_clerk(platform, tmp_path / "till")
    sync_once(till)
    with Terminal.open(till) as term:
        term.sign_in(*CLERK)
        assert [(e.code, e.state, e.items) for e in term.pickup.queue()] == [(code, "new", 3)]
        pick_all(term, code)
        assert term.pickup.mark_ready(code).state == "ready"
    sync_once(till)
    assert central_order(platform, code)[0] == "ready"
    assert platform.rows("SELECT kind, status FROM notifications") == [("ready", "pending")]
    with Terminal.open(till) as term:  # the cashier takes the payment: the order joins the sale
        term.sign_in("ann", "1357")
        term.shift.open(10_000)
        term.sale.scan(made["qr"])
        assert term.sale.totals().total == made["order"]["total"]
        term.sale.add_cash(term.sale.totals().due)
        receipt = term.sale.complete().receipt_no
        term.sign_in(*CLERK)
        with pytest.raises(AuthFailed, match="Wrong pickup code"):
            term.pickup.hand_over(code, pickup_code="000000" if pickup_code != "000000" else "111111")
        found = term.pickup.find(made["qr"])
        assert found.verified == "qr" and found.paid
        done = term.pickup.hand_over(code, pickup_code=pickup_code)
        assert done.state == "collected"
    pushed = sync_once(till).push
    assert pushed.dead == 0
    assert central_order(platform, code) == ("collected", True, receipt, "S01-T01", 0)
    assert held(platform, a) == 0 and held(platform, b) == 0
    assert ledger_agrees(platform, a) == 3 and ledger_agrees(platform, b) == 1
    assert platform.scalar("SELECT COUNT(*) FROM stock_movements WHERE reason = 'pickup'") == 2
    assert platform.scalar("SELECT COUNT(*) FROM sales WHERE receipt_no = :r", r=receipt) == 1
    with Terminal.open(till) as term:  # the till's figure is the platform's, its own movement not counted twice
        assert term.stock.here(term.catalog.lookup(a).variant_id).on_hand == 3
        assert term.sync.health().dead_letters == 0
        term.sign_in(*CLERK)
        assert term.pickup.order(code).conflict == ""


def test_collected_offline_is_synced_later_exactly_once(platform: Platform, tmp_path: Path) -> None:
    sku = platform.skus[2]
    platform.adjust("S01", sku, 3)
    made = order(platform, shop_key(platform), [(sku, 2)])
    till = till_with_clerk(platform, tmp_path / "till")
    sync_once(till)  # the order arrived; now the store's network goes down
    set_server(till, f"http://127.0.0.1:{free_port()}")
    with Terminal.open(till) as term:
        term.sign_in(*CLERK)
        pick_all(term, made["code"])
        term.pickup.mark_ready(made["code"])
        found = term.pickup.find(made["code"], made["pickup_code"])
        assert found.verified == "pickup_code"
        term.pickup.hand_over(made["code"], pickup_code=made["pickup_code"])
        assert term.stock.here(term.catalog.lookup(sku).variant_id).on_hand == 1  # offline: the till's own movement
    with pytest.raises(Offline):
        sync_once(till)
    assert central_order(platform, made["code"])[0] == "new"
    proxy = LosingProxy(platform.url)
    try:
        set_server(till, proxy.url)
        proxy.drop = 1  # the platform takes the batch, the answer is lost on the way back
        with pytest.raises(Offline):
            sync_once(till)
        assert central_order(platform, made["code"])[0] == "collected"
        assert backlog(till) == 3  # picking, ready, collected: the till does not know yet
        done = sync_once(till).push
        assert (done.acked, done.dead) == (3, 0)
    finally:
        proxy.close()
    assert platform.scalar("SELECT COUNT(*) FROM stock_movements WHERE reason = 'pickup'") == 1
    assert ledger_agrees(platform, sku) == 1
    assert platform.scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'ready'") == 1
    assert platform.scalar("SELECT COUNT(*) FROM flags") == 0
    set_server(till, platform.url)
    assert sync_once(till).push.sent == 0


def test_wrong_code_other_store_and_cancelled_order_are_refused_plainly(platform: Platform, tmp_path: Path) -> None:
    sku = platform.skus[3]
    platform.adjust("S01", sku, 2)
    platform.adjust("S02", sku, 2)
    key = shop_key(platform)
    here = order(platform, key, [(sku, 1)])
    there = order(platform, key, [(sku, 1)], store="S02")
    till = till_with_clerk(platform, tmp_path / "till")
    sync_once(till)
    with Terminal.open(till) as term:  # a terminal's token creates no order; a shop key pushes no event
        token = term.db.engine.connect().exec_driver_sql("SELECT token FROM sync_config").scalar()
    refused = requests.post(platform.url + "/v1/shop/orders", json={}, headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 403 and "shop key" in refused.json()["hint"]
    pushed = requests.post(platform.url + "/v1/events", json={"events": []}, headers=key)
    assert pushed.status_code == 403 and "shop key cannot" in pushed.json()["message"]
    cancelled = requests.post(
        f"{platform.url}/v1/shop/orders/{here['code']}/cancel", json={"reason": "customer request"}, headers=key
    )
    assert cancelled.json()["state"] == "cancelled" and held(platform, sku) == 1  # only S02's order holds stock
    with Terminal.open(till) as term:
        term.sign_in(*CLERK)
        with pytest.raises(NotFound, match=r"for pickup at S02 \(Hangzhou\), not at this store"):
            term.pickup.find(there["qr"])
        with pytest.raises(AuthFailed, match="do not match"):
            term.pickup.find(here["code"], "Someone Else")
        assert term.pickup.order(here["code"]).state == "new"
    sync_once(till)
    with Terminal.open(till) as term:
        term.sign_in(*CLERK)
        shown = term.pickup.find(here["code"], "wang mia")
        assert (shown.state, shown.cancel_reason, shown.verified) == ("cancelled", "customer request", "name")
        with pytest.raises(UserError, match=r"was cancelled \(customer request\): nothing to hand over"):
            term.pickup.hand_over(here["code"], pickup_code=here["pickup_code"])
        with pytest.raises(UserError, match="was cancelled"):
            term.pickup.pick(here["code"], barcode(term, sku))


def test_cancelled_online_while_the_clerk_picks(platform: Platform, tmp_path: Path) -> None:
    a, b = platform.skus[4], platform.skus[5]
    platform.adjust("S01", a, 2)
    platform.adjust("S01", b, 2)
    key = shop_key(platform)
    made = order(platform, key, [(a, 1), (b, 1)])
    till = till_with_clerk(platform, tmp_path / "till")
    sync_once(till)
    with Terminal.open(till) as term:
        term.sign_in(*CLERK)
        term.pickup.pick(made["code"], barcode(term, a))
        # meanwhile the customer cancels online; the clerk, not yet told, finishes and marks it ready
        requests.post(f"{platform.url}/v1/shop/orders/{made['code']}/cancel", json={"reason": "changed my mind"},
                      headers=key)  # fmt: skip
        term.pickup.pick(made["code"], barcode(term, b))
        term.pickup.mark_ready(made["code"])
    done = sync_once(till)
    assert done.push.dead == 0  # answered, not a dead letter
    answers = platform.rows("SELECT response FROM events WHERE type = 'order.ready'")
    assert '"conflict": "order_cancelled"' in answers[0][0]
    assert central_order(platform, made["code"])[0] == "cancelled"
    history = [r[0] for r in platform.rows("SELECT action FROM order_history ORDER BY id")]
    assert history == ["created", "cancelled", "picking_refused", "ready_refused"]  # both sides kept
    assert held(platform, a) == 0 and ledger_agrees(platform, a) == 2
    with Terminal.open(till) as term:
        term.sign_in(*CLERK)
        shown = term.pickup.order(made["code"])
        assert shown.state == "cancelled" and shown.conflict == "cancelled_while_picking"
        assert "changed my mind" in shown.conflict_detail and "put the picked items back" in shown.conflict_detail
        assert shown.picked == 2  # what the clerk did is kept
        assert term.pickup.queue()[0].conflict == "cancelled_while_picking"
        assert term.pickup.acknowledge_conflict(made["code"]).conflict == ""
    sync_once(till)
    with Terminal.open(till) as term:
        term.sign_in(*CLERK)
        assert term.pickup.order(made["code"]).conflict == ""  # acknowledged stays acknowledged


def test_collected_at_one_till_while_another_has_it_open(platform: Platform, tmp_path: Path) -> None:
    sku = platform.skus[6]
    platform.adjust("S01", sku, 4)
    made = order(platform, shop_key(platform), [(sku, 2)])
    first = till_with_clerk(platform, tmp_path / "t1")
    second = till_with_clerk(platform, tmp_path / "t2", terminal="T02")
    sync_once(first)
    with Terminal.open(first) as term:
        term.sign_in(*CLERK)
        pick_all(term, made["code"])
        term.pickup.mark_ready(made["code"])
    sync_once(first)
    sync_once(second)  # T02 has it ready on screen; from here T02 hears nothing
    with Terminal.open(second) as term:
        term.sign_in(*CLERK)
        assert term.pickup.order(made["code"]).state == "ready"
    with Terminal.open(first) as term:
        term.sign_in(*CLERK)
        term.pickup.hand_over(made["code"], pickup_code=made["pickup_code"])
    sync_once(first)
    with Terminal.open(second) as term:
        term.sign_in(*CLERK)
        term.pickup.hand_over(made["code"], pickup_code=made["pickup_code"])
    assert sync_once(second).push.dead == 0
    assert central_order(platform, made["code"])[:4] == ("collected", True, "web", "S01-T01")
    assert ledger_agrees(platform, sku) == 2  # the goods left once
    flags = platform.rows("SELECT kind, detail FROM flags")
    assert len(flags) == 1 and flags[0][0] == "order" and "collected_twice" in flags[0][1]
    actions = [r[0] for r in platform.rows("SELECT actor || ' ' || action FROM order_history ORDER BY id")]
    assert actions[-2:] == ["S01-T01 collected", "S01-T02 collected_refused"]
    with Terminal.open(second) as term:
        term.sign_in(*CLERK)
        shown = term.pickup.order(made["code"])
        assert shown.conflict == "collected_twice" and "S01-T01" in shown.conflict_detail
        assert shown.collected_by == "S01-T02"  # this till's record is kept beside the platform's
    with Terminal.open(first) as term:
        term.sign_in(*CLERK)
        assert term.pickup.order(made["code"]).conflict == ""
