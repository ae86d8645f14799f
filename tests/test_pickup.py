"""The pickup flow on one till, offline (no platform): orders come through the real orders-feed
code; every refusal says what to do, and nothing is half written."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app import clock, config
from app.errors import ApprovalRequired, AuthFailed, LockedOut, NotAllowed, NotFound, UserError
from app.terminal import Terminal
from app.users import Credentials
from sync.protocol import pickup as p
from tests.conftest import CASHIER, CLERK, MANAGER
from tests.pickup_helpers import PICKUP_CODE, deliver, newer, order_body, skus


@pytest.fixture
def clerk(term: Terminal) -> Terminal:
    term.sign_in(CLERK.login, CLERK.pin)
    return term


def one_order(term: Terminal, *, paid: bool = True, qty: int = 2, **kw) -> tuple[dict, list]:
    items = skus(term, 3)
    body = order_body(term, [(items[0][0], qty, items[0][2]), (items[1][0], 1, items[1][2])], paid=paid, **kw)
    deliver(term, body)
    return body, items


def ready_order(term: Terminal, **kw) -> tuple[dict, list]:
    body, items = one_order(term, **kw)
    for code in [items[0][1]] * 2 + [items[1][1]]:
        term.pickup.pick(body["code"], code)
    term.pickup.mark_ready(body["code"])
    return body, items


def events(term: Terminal) -> list[str]:
    with term.db.read() as s:
        return [r[0] for r in s.execute(text("SELECT type FROM outbox ORDER BY seq"))]


def test_the_counter_needs_a_second_factor_and_pauses_after_failures(clerk: Terminal) -> None:
    body, _ = one_order(clerk)
    code = body["code"]
    with pytest.raises(UserError, match="needs a second factor"):
        clerk.pickup.find(code)
    with pytest.raises(UserError, match="is not an order code"):
        clerk.pickup.find("6900000000014")
    assert clerk.pickup.find(code, "1234").verified == "phone"
    assert clerk.pickup.find(code, " MIA  wang ").verified == "name"
    assert clerk.pickup.find(code, PICKUP_CODE).verified == "pickup_code"
    assert clerk.pickup.find(f"{code}/{PICKUP_CODE}").verified == "qr"
    with pytest.raises(AuthFailed, match="do not match"):
        clerk.pickup.find(f"{code}/000000")
    with pytest.raises(NotFound, match="no order S01-ABCDEF"):
        clerk.pickup.find("S01-ABCDEF", "Mia Wang")
    for _ in range(3):
        with pytest.raises(AuthFailed):
            clerk.pickup.find(code, "9999")
    with pytest.raises(LockedOut, match="Too many failed order look-ups") as paused:
        clerk.pickup.find(code, "Mia Wang")  # even the right answer waits now
    assert "Try again in 10 min" in paused.value.hint
    later = clock.now() + timedelta(minutes=11)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(clock, "now", lambda: later)
        mp.setattr("app.pickup.now", lambda: later)
        assert clerk.pickup.find(code, "Mia Wang").verified == "name"


def test_lookup_limits_come_from_the_config(store_dir: Path) -> None:
    (store_dir / config.CONFIG_FILE).write_text("[pickup]\nlookup_failures = 1\npurge_days = 2\n")
    with Terminal.open(store_dir) as term:
        term.sign_in(CLERK.login, CLERK.pin)
        body, _ = one_order(term)
        with pytest.raises(AuthFailed):
            term.pickup.find(body["code"], "nobody")
        with pytest.raises(LockedOut):
            term.pickup.find(body["code"], "Mia Wang")
    (store_dir / config.CONFIG_FILE).write_text("[pickup]\npurge_days = 0\n")
    with pytest.raises(config.ConfigError, match=r"pickup\.purge_days must be 1 or more"):
        Terminal.open(store_dir)


def test_an_order_of_another_store_is_named_with_that_store(clerk: Terminal) -> None:
    with clerk.db.write() as s:
        s.execute(text("INSERT INTO locations(code, name, kind, region) VALUES ('S02', 'Hangzhou', 'store', '')"))
    with pytest.raises(NotFound, match=r"for pickup at S02 \(Hangzhou\), not at this store"):
        clerk.pickup.find("S02-ABCDEF/123456")
    one_order(clerk, store="S02")  # another store's order in the feed is not kept here
    assert clerk.pickup.queue() == []


def test_roles_cashiers_see_the_queue_and_take_payment_but_do_not_pick(term: Terminal) -> None:
    body, items = one_order(term, paid=False)
    term.sign_in(CASHIER.login, CASHIER.pin)
    assert [e.code for e in term.pickup.queue()] == [body["code"]]
    with pytest.raises(NotAllowed, match="for a pickup clerk or a manager"):
        term.pickup.pick(body["code"], items[0][1])
    term.sign_out()
    with pytest.raises(NotAllowed, match="Nobody is signed in"):
        term.pickup.queue()


def test_ready_needs_everything_picked_and_handover_needs_payment_and_the_code(clerk: Terminal) -> None:
    body, items = one_order(clerk, paid=False)
    code = body["code"]
    clerk.pickup.pick(code, items[0][1])
    with pytest.raises(UserError, match=r"2 item\(s\) of order .* are not picked yet"):
        clerk.pickup.mark_ready(code)
    with pytest.raises(UserError, match="is not ready yet"):
        clerk.pickup.hand_over(code, pickup_code=PICKUP_CODE)
    clerk.pickup.pick(code, items[0][1])
    clerk.pickup.pick(code, items[1][1])
    clerk.pickup.mark_ready(code)
    with pytest.raises(UserError, match="already picked and ready"):
        clerk.pickup.pick(code, items[0][1])
    with pytest.raises(UserError, match="is not paid yet"):
        clerk.pickup.hand_over(code, pickup_code=PICKUP_CODE)
    assert events(clerk) == ["order.picking", "order.ready"]
    deliver(clerk, newer(body, state="ready", paid=True))  # paid online after all
    with pytest.raises(ApprovalRequired, match="needs a manager to check the customer's ID"):
        clerk.pickup.hand_over(code)
    with pytest.raises(NotAllowed, match="may not approve"):
        clerk.pickup.hand_over(code, approval=Credentials(CASHIER.login, CASHIER.pin))
    with pytest.raises(UserError, match="hand over 0 to 2"):
        clerk.pickup.hand_over(code, pickup_code=PICKUP_CODE, lines={1: 3})
    with pytest.raises(UserError, match="Nothing to hand over"):
        clerk.pickup.hand_over(code, pickup_code=PICKUP_CODE, lines={1: 0, 2: 0})
    done = clerk.pickup.hand_over(code, approval=Credentials(MANAGER.login, MANAGER.pin))
    assert done.state == "collected"
    with pytest.raises(UserError, match="already handed over at S01-T01"):
        clerk.pickup.hand_over(code, pickup_code=PICKUP_CODE)
    with clerk.db.read() as s:
        audit = s.execute(text("SELECT approved_by IS NOT NULL FROM audit_log WHERE action = 'pickup_handover'"))
        assert audit.scalar() == 1
        body_json = s.execute(text("SELECT body FROM outbox WHERE type = 'order.collected'")).scalar()
    assert '"verified":"manager"' in body_json and "Mia" not in body_json and "1234" not in body_json


def test_partial_handover_moves_only_what_left_the_store(clerk: Terminal) -> None:
    body, items = ready_order(clerk)
    variant = clerk.catalog.lookup(items[0][0]).variant_id
    before = clerk.stock.here(variant).on_hand
    done = clerk.pickup.hand_over(body["code"], pickup_code=PICKUP_CODE, lines={1: 1, 2: 1})
    assert done.state == "partly_collected" and [ln.collected for ln in done.lines] == [1, 1]
    assert clerk.stock.here(variant).on_hand == before - 1
    with clerk.db.read() as s:
        data = s.execute(text("SELECT body FROM outbox WHERE type = 'order.collected'")).scalar()
    assert '"partial":true' in data


def test_cancel_needs_a_reason_and_a_cancelled_order_is_refused_everywhere(clerk: Terminal) -> None:
    body, items = one_order(clerk)
    with pytest.raises(UserError, match="Say why"):
        clerk.pickup.cancel(body["code"], "  ")
    clerk.pickup.pick(body["code"], items[0][1])
    assert clerk.pickup.cancel(body["code"], "item damaged").state == "cancelled"
    for action in (
        lambda: clerk.pickup.pick(body["code"], items[0][1]),
        lambda: clerk.pickup.mark_ready(body["code"]),
        lambda: clerk.pickup.hand_over(body["code"], pickup_code=PICKUP_CODE),
        lambda: clerk.pickup.cancel(body["code"], "again"),
    ):
        with pytest.raises(UserError, match=r"was cancelled \(item damaged\)"):
            action()
    assert events(clerk) == ["order.picking", "order.cancelled"]


def test_payment_at_the_till_marks_the_order_paid_and_moves_no_stock(term: Terminal) -> None:
    body, items = one_order(term, paid=False)
    term.sign_in(CASHIER.login, CASHIER.pin)
    term.shift.open(10_000)
    variant = term.catalog.lookup(items[0][0]).variant_id
    before = term.stock.here(variant).on_hand
    term.sale.scan(body["code"].lower())
    assert term.sale.totals().total == body["total"]
    with pytest.raises(UserError, match="already in this sale"):
        term.sale.add_order(body["code"])
    line = term.sale.cart.lines[0]
    for refused in (
        lambda: term.sale.set_qty(line.id, 5),
        lambda: term.sale.line_discount(line.id, percent_bp=500),
        lambda: term.sale.order_discount(percent_bp=500),
    ):
        with pytest.raises(UserError, match="online order"):
            refused()
    term.sale.void_line(line.id)  # the whole order leaves the sale
    assert term.sale.cart.lines == []
    term.sale.add_order(body["code"])
    term.sale.add_cash(term.sale.totals().due)
    done = term.sale.complete()
    assert term.stock.here(variant).on_hand == before  # moves when it is handed over
    term.sign_in(CLERK.login, CLERK.pin)
    shown = term.pickup.order(body["code"])
    assert shown.paid and shown.paid_receipt == done.receipt_no
    assert events(term)[-2:] == ["sale.completed", "order.paid"]
    with pytest.raises(UserError, match="already paid"):
        term.sale.add_order(body["code"])


def test_an_order_cancelled_before_the_sale_completes_stops_the_sale_whole(term: Terminal) -> None:
    body, _ = one_order(term, paid=False)
    term.sign_in(CASHIER.login, CASHIER.pin)
    term.shift.open(10_000)
    term.sale.add_order(body["code"])
    term.sale.add_cash(term.sale.totals().due)
    deliver(term, newer(body, state="cancelled", cancel_reason="customer request"))
    with pytest.raises(UserError, match="is cancelled now"):
        term.sale.complete()
    with term.db.read() as s:
        assert s.execute(text("SELECT COUNT(*) FROM sales")).scalar() == 0
    assert events(term) == ["shift.opened"]


def test_feed_items_apply_once_and_an_older_version_changes_nothing(clerk: Terminal) -> None:
    body, items = one_order(clerk)
    clerk.pickup.pick(body["code"], items[0][1])
    assert deliver(clerk, body) == 0  # the same version again
    later = newer(body, state="ready", ready_at=clock.now_iso())  # another till finished it
    assert deliver(clerk, later) == 1
    assert clerk.pickup.order(body["code"]).state == "ready"
    assert deliver(clerk, newer(body, state="picking") | {"version": later["version"] - 1}) == 0
    assert clerk.pickup.order(body["code"]).state == "ready"


def test_merge_rules() -> None:
    from app.pickup_feed import merge

    me = "S01-T01"
    assert merge(None, "", p.READY, "", False, me) == (p.READY, "")
    assert merge(p.PICKING, "", p.NEW, "", True, me) == (p.PICKING, "")  # ours, not heard yet
    assert merge(p.COLLECTED, me, p.READY, "", True, me) == (p.COLLECTED, "")
    assert merge(p.READY, "", p.CANCELLED, "", True, me) == (p.CANCELLED, "cancelled_while_picking")
    assert merge(p.READY, "", p.CANCELLED, "", False, me) == (p.CANCELLED, "")  # another till picked it
    assert merge(p.READY, "", p.COLLECTED, "S01-T02", False, me) == (p.COLLECTED, "")
    assert merge(p.COLLECTED, me, p.COLLECTED, "S01-T02", True, me) == (p.COLLECTED, "collected_twice")
    assert merge(p.COLLECTED, me, p.COLLECTED, me, True, me) == (p.COLLECTED, "")
    assert merge(p.COLLECTED, me, p.EXPIRED, "", True, me) == (p.COLLECTED, "collected_after_cancel")
    assert merge(p.CANCELLED, "", p.COLLECTED, "S01-T02", True, me) == (p.COLLECTED, "cancelled_after_collect")


def test_customer_details_are_removed_some_days_after_the_order_closed(clerk: Terminal) -> None:
    body, _ = ready_order(clerk)
    clerk.pickup.hand_over(body["code"], pickup_code=PICKUP_CODE)
    open_body, _ = one_order(clerk)
    assert clerk.pickup.purge() == 0
    later = clock.now() + timedelta(days=31)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("app.pickup.now", lambda: later)
        assert clerk.pickup.purge() == 1
    gone = clerk.pickup.order(body["code"])
    assert (gone.customer_name, gone.phone_last4, gone.state) == ("", "", "collected")
    with pytest.raises(UserError, match="its details were removed"):
        clerk.pickup.find(body["code"], "Mia Wang")
    deliver(clerk, newer(body, state="collected"))  # a later feed item does not bring them back
    assert clerk.pickup.order(body["code"]).customer_name == ""
    assert clerk.pickup.order(open_body["code"]).customer_name == "Mia Wang"


def test_pick_slip(clerk: Terminal) -> None:
    from devices.printer import layout

    body, items = one_order(clerk)
    clerk.pickup.pick(body["code"], items[1][1])
    doc = clerk.pickup.pick_slip(body["code"])
    assert (doc.order_code, doc.store, doc.qr_payload, doc.customer_name) == (
        body["code"],
        "S01",
        body["code"],
        "Mia Wang",
    )
    assert [(ln.qty, ln.picked, ln.barcode) for ln in doc.lines] == [(2, 0, items[0][1]), (1, 1, items[1][1])]
    text_ = layout.as_text(layout.pick_slip(doc, 32, "en"), 32)
    assert f"Order {body['code']}" in text_ and "1/1" in text_ and f"[QR {body['code']}]" in text_
    assert all(len(row) <= 32 for row in text_.splitlines())


def test_an_open_order_missing_from_a_fresh_snapshot_is_kept_and_shown(clerk: Terminal) -> None:
    from sync.apply import sweep

    kept, _ = one_order(clerk)
    seen, _ = one_order(clerk)
    with clerk.db.write() as s:
        s.execute(text("INSERT INTO sync_seen(feed, key) VALUES ('orders', :k)"), {"k": seen["id"]})
        assert sweep(s.connection(), "orders") == 1
    gone = clerk.pickup.order(kept["code"])
    assert (gone.state, gone.conflict) == ("new", "gone") and "a manager checks it online" in gone.conflict_detail
    assert clerk.pickup.order(seen["code"]).conflict == ""
