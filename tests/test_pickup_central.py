"""The central side of pickup on its own (in process, SQLite): stock held per store, expiry on a
clock moved forward, customer notifications by SMTP to a local sink or to the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from sqlalchemy import select, text

from app import catalog_gen
from central import auth, clock, ingest, locations, notify, order_create, orders, reservations
from central.catalog_import import import_csv
from central.db import CentralDB
from central.errors import ServiceError
from central.models import Notification, Order
from central.stock import adjust
from sync.protocol import ORDER_COLLECTED, ORDER_PAID, ORDER_READY
from tests.platform import free_port


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[CentralDB, list[str]]]:
    db = CentralDB(str(tmp_path / "central.db"))
    db.migrate()
    with db.write() as s:
        locations.add_location(s, code="S01", name="Shanghai", kind="store", settings={"pickup_days": 3})
        locations.add_location(s, code="S02", name="Hangzhou", kind="store")
    catalog_gen.write_csv(tmp_path / "c.csv", catalog_gen.generate_rows(2, seed=5))
    import_csv(db, tmp_path / "c.csv")
    with db.read() as s:
        skus = list(s.scalars(text("SELECT sku FROM variants ORDER BY sku")))
    with db.write() as s:
        for sku in skus[:3]:
            adjust(s, "S01", sku, 2, "receive")
    yield db, skus
    db.dispose()


def create(db: CentralDB, skus: list[tuple[str, int]], **kw) -> order_create.Created:
    with db.write() as s:
        return order_create.create_order(
            s,
            store=kw.pop("store", "S01"),
            lines=[order_create.LineRequest(sku, qty) for sku, qty in skus],
            customer=order_create.Customer("Mia Wang", "+86 138 0013 1234", kw.pop("email", "mia@example.com")),
            paid=kw.pop("paid", True),
            **kw,
        )


def till(db: CentralDB, terminal: str = "T01") -> auth.Caller:
    with db.write() as s:
        code = auth.new_enrol_code(s, "S01", terminal)
    with db.write() as s:
        row, _token, _ = auth.enrol(s, code)
        return auth.Caller(row.id, "S01", terminal)


def push(db: CentralDB, caller: auth.Caller, seq: int, kind: str, made: order_create.Created, **data) -> dict:
    """One order event of a till, through the real ingest path."""
    event = {"v": 1, "id": f"01a20a79-0000-7000-8000-{seq:012d}", "type": kind, "seq": seq, "store": "S01",
             "terminal": caller.terminal, "created_at": clock.now_iso(),
             "data": {"order_id": made.order.id, "code": made.order.code, **data}}  # fmt: skip
    [answer] = ingest.ingest(db, caller, [event])
    return answer


def ready(db: CentralDB, made: order_create.Created) -> None:
    answer = push(db, till(db), 1, ORDER_READY, made, picked=[])
    assert answer["status"] == "accepted" and answer["order_state"] == "ready", answer


def test_stock_is_held_per_store_and_the_last_unit_is_not_promised_twice(central) -> None:
    db, skus = central
    first = create(db, [(skus[0], 2)], reference="web-1001")
    with db.read() as s:
        assert reservations.available(s, "S01", [skus[0]]) == {skus[0]: 0}
    with pytest.raises(ServiceError, match=r"Not enough stock at S01 for: .* \(0 of 1\)") as refused:
        create(db, [(skus[0], 1)])
    assert refused.value.status == 409
    again = create(db, [(skus[0], 2)], reference="web-1001")  # the shop sent it twice: one order
    assert again.repeat and again.order.id == first.order.id and again.pickup_code is None
    with pytest.raises(ServiceError, match="Not in the catalog: NOPE"):
        create(db, [("NOPE", 1)])
    with pytest.raises(ServiceError, match="no store S09"):
        create(db, [(skus[1], 1)], store="S09")
    with db.write() as s:
        orders.cancel(s, orders.find(s, first.order.code), reason="customer request", actor="shop")
    with db.read() as s:
        assert reservations.available(s, "S01", [skus[0]]) == {skus[0]: 2}
        assert s.get(Order, first.order.id).refund_due == first.order.total


def test_a_ready_order_expires_on_a_moved_clock_and_the_customer_is_told(central, monkeypatch, caplog) -> None:
    db, skus = central
    made = create(db, [(skus[1], 1)])
    ready(db, made)
    with db.write() as s:
        assert orders.expire_due(s) == []
    later = clock.now() + timedelta(days=3, minutes=1)  # the store keeps ready orders 3 days
    monkeypatch.setattr(clock, "now", lambda: later)
    with db.write() as s:
        assert orders.expire_due(s) == [made.order.code]
    with db.read() as s:
        order = s.get(Order, made.order.id)
        assert (order.state, order.refund_due) == ("expired", order.total)
        assert reservations.available(s, "S01", [skus[1]]) == {skus[1]: 2}
        kinds = [n.kind for n in s.scalars(select(Notification).order_by(Notification.id))]
    assert kinds == ["ready", "expired"]
    with caplog.at_level(logging.INFO, logger="cloudshelf.central.notify"):
        sent = notify.send_pending(db, None)
    assert (sent.sent, sent.logged) == (0, 2)
    logged = caplog.text
    assert made.order.code in logged and "no SMTP configured" in logged
    assert "mia@example.com" not in logged and "1234" not in logged and "Mia" not in logged


def test_the_ready_email_goes_out_by_smtp(central) -> None:
    db, skus = central
    received: list = []

    class Sink(Message):
        def handle_message(self, message) -> None:
            received.append(message)

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        made = create(db, [(skus[2], 1)])
        ready(db, made)
        done = notify.send_pending(db, notify.Smtp("127.0.0.1", controller.port, sender="shop@example.com"))
    finally:
        controller.stop()
    assert (done.sent, done.failed) == (1, 0)
    [mail] = received
    assert mail["To"] == "mia@example.com" and mail["Subject"] == f"Your order {made.order.code} is ready for pickup"
    assert "Shanghai" in mail.get_payload() and made.pickup_code not in mail.get_payload()
    with db.read() as s:
        assert s.scalar(select(Notification.status)) == "sent"


def test_a_mail_server_that_is_down_is_retried_then_given_up(central) -> None:
    db, skus = central
    ready(db, create(db, [(skus[0], 1)]))
    down = notify.Smtp("127.0.0.1", free_port())
    for _ in range(notify.MAX_ATTEMPTS):
        assert notify.send_pending(db, down).failed == 1
    assert notify.send_pending(db, down).failed == 0  # given up: a person looks at it
    with db.read() as s:
        row = s.scalar(select(Notification))
        assert (row.status, row.attempts, row.last_error) == ("failed", notify.MAX_ATTEMPTS, "ConnectionRefusedError")


def test_goods_handed_over_or_paid_after_an_online_cancel_are_recorded_and_flagged(central) -> None:
    db, skus = central
    made = create(db, [(skus[0], 1)], paid=False)
    caller = till(db)
    with db.write() as s:
        orders.cancel(s, orders.find(s, made.order.code), reason="customer request", actor="shop")
    paid = push(db, caller, 1, ORDER_PAID, made, sale_id="x", receipt_no="S01-T01-000009", amount=made.order.total)
    assert (paid["status"], paid["conflict"], paid["order_state"]) == ("accepted", "paid_after_cancel", "cancelled")
    movement = {"id": "01a20a79-0000-7000-8000-0000000000aa", "location_code": "S01", "sku": skus[0], "qty": -1,
                "reason": "pickup", "created_at": clock.now_iso()}  # fmt: skip
    taken = push(db, caller, 2, ORDER_COLLECTED, made, lines=[{"line_no": 1, "sku": skus[0], "qty": 1}],
                 movements=[movement], partial=False, verified="pickup_code")  # fmt: skip
    assert (taken["status"], taken["conflict"], taken["order_state"]) == (
        "accepted",
        "collected_after_cancel",
        "collected",
    )
    assert taken["stock_seq"] > 0  # the goods left the store: the ledger says so
    with db.read() as s:
        order = s.get(Order, made.order.id)
        assert order.refund_due == made.order.total  # paid at the till, still owed back: a person decides
        flags = [f for (f,) in s.execute(text("SELECT detail FROM flags WHERE kind = 'order' ORDER BY id"))]
        on_hand = s.scalar(
            text("SELECT on_hand FROM stock_levels WHERE location_code = 'S01' AND sku = :s"), {"s": skus[0]}
        )
    assert ["paid_after_cancel" in flags[0], "collected_after_cancel" in flags[1]] == [True, True]
    assert on_hand == 1


def test_an_event_for_another_stores_order_is_refused_as_forbidden(central) -> None:
    db, skus = central
    with db.write() as s:
        adjust(s, "S02", skus[0], 1, "receive")
    there = create(db, [(skus[0], 1)], store="S02")
    answer = push(db, till(db), 1, ORDER_READY, there, picked=[])
    assert answer["status"] == "forbidden" and "for pickup at S02, not S01" in answer["message"]
