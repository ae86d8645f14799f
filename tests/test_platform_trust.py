"""The platform trusts no till (issue 13, items 1 and 3), in process on a real SQLite file through the
real ingest path: every quantity and amount in an event is checked against what it belongs to, and an
event that names another store's or terminal's record is refused as forbidden and flagged, while the
rest of its batch goes on."""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app import catalog_gen
from central import auth, clock, ingest, locations, order_create, orders, shelf
from central.catalog_import import import_csv
from central.db import CentralDB
from central.stock import adjust
from core import pickup_codes
from sync.protocol import (
    CASH_MOVED,
    ORDER_COLLECTED,
    ORDER_PAID,
    ORDER_READY,
    SALE_COMPLETED,
    SHELF_CANCELLED,
    SHELF_ORDER,
    SHIFT_CLOSED,
    SHIFT_OPENED,
)

PLACES = (("S01", "store", "East"), ("S02", "store", "East"), ("W01", "warehouse", "East"))


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[CentralDB, list[str]]]:
    db = CentralDB(str(tmp_path / "central.db"))
    db.migrate()
    with db.write() as s:
        for code, kind, region in PLACES:
            locations.add_location(s, code=code, name=f"Place {code}", kind=kind, region=region)
    catalog_gen.write_csv(tmp_path / "c.csv", catalog_gen.generate_rows(2, seed=5))
    import_csv(db, tmp_path / "c.csv")
    with db.read() as s:
        skus = list(s.scalars(text("SELECT sku FROM variants ORDER BY sku")))
    with db.write() as s:
        for code, _kind, _region in PLACES:
            for sku in skus[:2]:
                adjust(s, code, sku, 40, "receive")
    yield db, skus
    db.dispose()


class Till:
    """An enrolled terminal pushing events in sequence through ``ingest``."""

    def __init__(self, db: CentralDB, store: str = "S01", terminal: str = "T01") -> None:
        with db.write() as s:
            code = auth.new_enrol_code(s, store, terminal)
        with db.write() as s:
            row, _token, _ = auth.enrol(s, code)
            self.caller = auth.Caller(row.id, store, terminal)
        self.db, self.seq = db, itertools.count(1)

    def event(self, kind: str, data: dict) -> dict:
        return {"v": 1, "id": str(uuid.uuid4()), "type": kind, "seq": next(self.seq), "store": self.caller.store,
                "terminal": self.caller.terminal, "created_at": clock.now_iso(), "data": data}  # fmt: skip

    def push(self, *events: tuple[str, dict]) -> list[dict]:
        return ingest.ingest(self.db, self.caller, [self.event(kind, data) for kind, data in events])


def ident() -> str:
    return str(uuid.uuid4())


def sale(store: str, sku: str, qty: int, *, shift: str = "shift-1", moved: int | None = None, refund_of=None) -> dict:
    """A sale (``qty`` > 0) or a return (``qty`` < 0) of one line, shaped as ``app.sales`` sends it."""
    sale_id, total = ident(), 10000 * qty
    move = -qty if moved is None else moved
    return {
        "id": sale_id, "receipt_no": f"{store}-T01-000001", "shift_id": shift, "kind": "sale" if qty > 0 else "return",
        "currency": "CNY", "subtotal": total, "discount_total": 0, "tax_total": 0, "total": total, "rounding": 0,
        "created_at": clock.now_iso(), "note": "",
        "lines": [{"id": ident(), "sale_id": sale_id, "line_no": 1, "variant_id": 1, "sku": sku, "qty": qty,
                   "unit_price": 10000, "discount": 0, "net": total, "tax": 0, "total": total,
                   "tax_rate_ppm": 0, "original_line_id": None, "flags": ""}],
        "payments": [{"id": ident(), "sale_id": sale_id, "seq": 1, "method": "card", "amount": total,
                      "original_payment_id": refund_of}],
        "movements": [{"id": ident(), "variant_id": 1, "location_code": store, "sku": sku, "qty": move,
                       "reason": "sale" if move < 0 else "return", "sale_id": sale_id, "created_at": clock.now_iso()}],
    }  # fmt: skip


def on_hand(db: CentralDB) -> dict[tuple[str, str], int]:
    with db.read() as s:
        return {
            (loc, sku): q for loc, sku, q in s.execute(text("SELECT location_code, sku, on_hand FROM stock_levels"))
        }


def flags(db: CentralDB, kind: str) -> list[dict]:
    with db.read() as s:
        return [
            json.loads(d) for d in s.scalars(text("SELECT detail FROM flags WHERE kind = :k ORDER BY id"), {"k": kind})
        ]


def shelf_order(sku: str, qty: int, plan: list | None = None, **extra) -> dict:
    code = pickup_codes.new_order_code("S01")
    return {"order_id": ident(), "code": code, "sale_id": ident(), "receipt_no": "S01-T01-000009",
            "delivery": "home", "deliver_to": None, "currency": "CNY", "total": 29900 * qty, "taken_offline": False,
            "lines": [{"line_no": 1, "sku": sku, "description": "x", "qty": qty, "unit_price": 29900,
                       "total": 29900 * qty, "tax_rate_ppm": 130_000, "source": "auto"}],
            "plan": plan or [], **extra}  # fmt: skip


# ---------------------------------------------------------------- 1. quantities, whatever the till claims
def test_a_shelf_order_plan_with_negative_units_creates_no_stock_when_it_ships(central) -> None:
    db, skus = central
    till = Till(db)
    before = on_hand(db)
    # the example: 40 held at the warehouse, -39 "recorded" at another store: one unit sold
    forged = shelf_order(skus[0], 1, [[1, "W01", 40], [1, "S02", -39]])
    good = shelf_order(skus[0], 1, [[1, "W01", 1]])
    refused, accepted = till.push((SHELF_ORDER, forged), (SHELF_ORDER, good))
    assert refused["status"] == "invalid" and "'plan'" in refused["message"], refused
    assert accepted["status"] == "accepted" and accepted["order_state"] == "confirmed", accepted
    with db.write() as s:
        shelf.ship(s, good["code"])
    after = on_hand(db)
    assert after[("W01", skus[0])] == before[("W01", skus[0])] - 1
    assert after[("S02", skus[0])] == before[("S02", skus[0])]  # not raised by 39
    assert [f["message"] for f in flags(db, "invalid")] == [refused["message"]]


LOCS = st.sampled_from(["S01", "S02", "W01", "X9"])


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    qty=st.integers(1, 5),
    parts=st.lists(st.tuples(LOCS, st.integers(-45, 45)), max_size=3),
    last=LOCS,
    stray=st.lists(st.tuples(st.integers(-2, 3), LOCS, st.integers(-9, 9)), max_size=1),
)
def test_no_plan_a_till_sends_makes_stock_anywhere_rise_when_the_order_ships(central, qty, parts, last, stray) -> None:
    """Plans whose units add up to the line (the only check there was), and stray entries."""
    db, skus = central
    till = Till(db, "S01", f"P{uuid.uuid4().hex[:6]}")
    plan = [[1, loc, q] for loc, q in parts] + [[1, last, qty - sum(q for _loc, q in parts)]] + [list(x) for x in stray]
    before = on_hand(db)
    data = shelf_order(skus[1], qty, plan)
    [answer] = till.push((SHELF_ORDER, data))
    shipped = 0
    if answer["status"] == "accepted" and answer["order_state"] == "confirmed":
        with db.write() as s:
            shelf.ship(s, data["code"])
        shipped = qty
    after = on_hand(db)
    assert all(after[key] <= before[key] for key in before), (plan, answer)  # shipping only takes stock out
    assert sum(before.values()) - sum(after.values()) == shipped, (plan, answer)


def test_every_quantity_and_amount_of_a_sale_or_cash_movement_is_checked(central) -> None:
    db, skus = central
    till = Till(db)
    before = on_hand(db)
    mislabelled = sale("S01", skus[0], -1)
    mislabelled["movements"][0]["reason"] = "sale"
    bad = [
        (SALE_COMPLETED, sale("S01", skus[0], 1, moved=39), "do not add up"),  # a sale that brings 39 units in
        (SALE_COMPLETED, mislabelled, "does not fit its reason 'sale'"),
        (SALE_COMPLETED, sale("S01", skus[0], -1, moved=40), "do not add up"),  # a return of 1 "returns" 40
        (SALE_COMPLETED, sale("S01", skus[0], 0), "is 0"),
        (SALE_COMPLETED, sale("S01", skus[0], 2_000_000_000), "from -9999 to 9999"),
        (CASH_MOVED, {"id": ident(), "shift_id": "shift-1", "kind": "in", "amount": -500, "reason": "x"}, "'amount'"),
        (CASH_MOVED, {"id": ident(), "shift_id": "shift-1", "kind": "out", "amount": 0, "reason": "x"}, "'amount'"),
    ]
    answers = till.push(*[(kind, data) for kind, data, _why in bad], (SALE_COMPLETED, sale("S01", skus[0], 2)))
    for answer, (_kind, _data, why) in zip(answers, bad, strict=False):
        assert answer["status"] == "invalid" and why in answer["message"], answer
    assert answers[-1]["status"] == "accepted"  # the rest of the batch goes on
    assert on_hand(db)[("S01", skus[0])] == before[("S01", skus[0])] - 2
    assert len(flags(db, "invalid")) == len(bad)


def test_pickup_events_hand_over_and_charge_only_what_the_order_holds(central) -> None:
    db, skus = central
    with db.write() as s:
        made = order_create.create_order(s, store="S01", lines=[order_create.LineRequest(skus[0], 2)],
                                   customer=order_create.Customer("Mia Wang", "13800131234"), paid=False)  # fmt: skip
        order_id, code, total = made.order.id, made.order.code, made.order.total
    till = Till(db)
    before = on_hand(db)

    def collected(lines: list, moves: list) -> dict:
        return {"order_id": order_id, "code": code, "partial": False, "verified": "code", "lines": lines,
                "movements": [{"id": ident(), "location_code": "S01", "sku": skus[0], "qty": q, "reason": "pickup",
                               "created_at": clock.now_iso()} for q in moves]}  # fmt: skip

    key = {"order_id": order_id, "code": code}
    bad = [
        (ORDER_READY, {**key, "picked": [{"line_no": 1, "qty": -5}]}, "from 0 to 2"),
        (ORDER_READY, {**key, "picked": [{"line_no": 7, "qty": 1}]}, "has no line 7"),
        (ORDER_COLLECTED, collected([{"line_no": 1, "qty": 2}], [+2]), "from -9999 to -1"),  # goods "back in"
        (ORDER_COLLECTED, collected([{"line_no": 1, "qty": 2}], [-40]), "do not match"),  # more than handed over
        (ORDER_COLLECTED, collected([{"line_no": 1, "qty": 9}], [-9]), "from 0 to 2"),
        (ORDER_PAID, {**key, "sale_id": ident(), "receipt_no": "S01-T01-000001", "amount": -total}, "'amount'"),
        (ORDER_PAID, {**key, "sale_id": ident(), "receipt_no": "S01-T01-000001", "amount": total * 50}, "'amount'"),
    ]
    answers = till.push(*[(kind, data) for kind, data, _why in bad], (ORDER_COLLECTED, collected(
        [{"line_no": 1, "qty": 2}], [-2])))  # fmt: skip
    for answer, (_kind, _data, why) in zip(answers, bad, strict=False):
        assert answer["status"] == "invalid" and why in answer["message"], answer
    assert answers[-1]["status"] == "accepted" and answers[-1]["order_state"] == "collected", answers[-1]
    assert on_hand(db)[("S01", skus[0])] == before[("S01", skus[0])] - 2


# ---------------------------------------------------------------- 3. records of another store or terminal
def test_a_till_cannot_overwrite_another_tills_z_report_or_shift(central) -> None:
    db, skus = central
    ours, sibling, other = Till(db, "S01", "T01"), Till(db, "S01", "T02"), Till(db, "S02", "T01")
    z = {"shift_id": "shift-S01-T01", "z_number": 7, "closed_at": clock.now_iso(), "cash_counted": 50000}
    assert [a["status"] for a in ours.push((SHIFT_OPENED, {"shift_id": "shift-S01-T01"}), (SHIFT_CLOSED, z))] == [
        "accepted", "accepted"]  # fmt: skip
    forged = {**z, "z_number": 8, "cash_counted": 1}
    for intruder in (other, sibling):
        answers = intruder.push(
            (SHIFT_CLOSED, forged),
            (SHIFT_OPENED, {"shift_id": "shift-S01-T01"}),
            (SALE_COMPLETED, sale(intruder.caller.store, skus[0], 1, shift="shift-S01-T01")),
            (CASH_MOVED, {"id": ident(), "shift_id": "shift-S01-T01", "kind": "in", "amount": 500, "reason": "x"}),
            (SHIFT_OPENED, {"shift_id": f"shift-{intruder.caller.store}-{intruder.caller.terminal}"}),
        )
        assert [a["status"] for a in answers] == ["forbidden"] * 4 + ["accepted"], answers
        assert "belongs to S01-T01" in answers[0]["message"]
    with db.read() as s:
        row = s.execute(text("SELECT z_number, z_report FROM shifts WHERE id = 'shift-S01-T01'")).one()
    assert row.z_number == 7 and json.loads(row.z_report)["cash_counted"] == 50000
    assert len(flags(db, "forbidden")) == 8
    # the same till enrolled again (a new identity at the platform) still closes its own shift
    again = Till(db, "S01", "T01")
    [answer] = again.push((SHIFT_CLOSED, {**z, "z_number": 9}))
    assert answer["status"] == "accepted"


def test_refunds_and_orders_of_another_store_are_refused_and_flagged(central) -> None:
    db, skus = central
    s01, s02 = Till(db, "S01", "T01"), Till(db, "S02", "T01")
    theirs = sale("S02", skus[0], 1)
    [sold] = s02.push((SALE_COMPLETED, theirs))
    their_shelf = shelf_order(skus[0], 1)
    [made] = s02.push((SHELF_ORDER, their_shelf))
    assert sold["status"] == made["status"] == "accepted"
    answers = s01.push(
        (SALE_COMPLETED, sale("S01", skus[0], -1, refund_of=theirs["payments"][0]["id"])),  # refund to their card
        (SHELF_CANCELLED, {"order_id": their_shelf["order_id"], "reason": "refunded"}),
        (SHELF_ORDER, shelf_order(skus[0], 1, sale_id=theirs["id"])),
        (SALE_COMPLETED, sale("S01", skus[0], 1)),
    )
    assert [a["status"] for a in answers] == ["forbidden", "forbidden", "forbidden", "accepted"], answers
    assert "made at S02-T01" in answers[0]["message"] and "sold at S02" in answers[1]["message"]
    cash_refund = sale("S01", skus[0], -1)  # refunded in cash: the returned line names their sale
    cash_refund["lines"][0]["original_sale_id"] = theirs["id"]
    [answer] = s01.push((SALE_COMPLETED, cash_refund))
    assert answer["status"] == "forbidden" and "names sale S02-T01-000001" in answer["message"], answer
    with db.read() as s:
        state = s.scalar(text("SELECT state FROM shelf_orders WHERE id = :i"), {"i": their_shelf["order_id"]})
        refunds = s.scalar(text("SELECT COUNT(*) FROM sales WHERE store_code = 'S01' AND kind = 'return'"))
    assert state == "confirmed" and refunds == 0
    assert len(flags(db, "forbidden")) == 4
    sibling = Till(db, "S01", "T02")  # numbers of another till would move where T01 continues after a re-enrolment
    [forged] = sibling.push((SALE_COMPLETED, sale("S01", skus[0], 1)))
    assert forged["status"] == "forbidden" and "S01-T01-000001 is not numbered for S01-T02" in forged["message"]


# ---------------------------------------------------------------- 7. one count of free units
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("receive"), st.integers(1, 4)),
        st.tuples(st.just("sell"), st.integers(1, 4)),  # over the counter: may take stock below what is held
        st.tuples(st.just("order"), st.integers(1, 4)),  # the web shop
        st.tuples(st.just("cancel"), st.integers(0, 9)),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS, pick=st.integers(0, 39))
def test_holds_web_orders_and_availability_count_free_units_alike(central, ops, pick) -> None:
    """Free = on hand less live holds, never below 0, the same for the web shop's orders, the
    availability answer and ``reservations.available``; an order is taken exactly when it fits."""
    from central import availability, reservations
    from central.errors import ServiceError

    db, skus = central
    sku, made = skus[pick], []
    for op, n in ops:
        with db.read() as s:
            free_before = reservations.available(s, "S01", [sku])[sku]
        with db.write() as s:
            if op in ("receive", "sell"):
                adjust(s, "S01", sku, n if op == "receive" else -n, op)
            elif op == "order":
                try:
                    lines, who = [order_create.LineRequest(sku, n)], order_create.Customer("Mia Wang")
                    new = order_create.create_order(s, store="S01", lines=lines, customer=who, paid=True)
                    made.append(new.order.code)
                    assert n <= free_before, (ops, "promised more than was free")
                except ServiceError as exc:
                    assert exc.status == 409 and n > free_before, (ops, exc.message)
            elif made:
                order = orders.find(s, made.pop(n % len(made)), lock=True)
                orders.cancel(s, order, reason="customer asked", actor="shop")
        with db.read() as s:
            live = s.scalar(text("SELECT COALESCE(SUM(qty), 0) FROM stock_reservations WHERE sku = :k AND "
                                 "location_code = 'S01' AND released_at IS NULL"), {"k": sku})  # fmt: skip
            on_hand = s.scalar(text("SELECT on_hand FROM stock_levels WHERE sku = :k AND location_code = 'S01'"),
                               {"k": sku})  # fmt: skip
            free = reservations.available(s, "S01", [sku])[sku]
            answer = availability.availability(s, availability.find_style(s, sku=sku))
        if on_hand is None:  # never stocked here: nothing to count, nothing promised
            assert live == 0 and free == 0, ops
            continue
        assert free == max(0, on_hand - live), ops
        v = [x["sku"] for x in answer["variants"]].index(sku)
        w = [x["code"] for x in answer["locations"]].index("S01")
        rows = zip(answer["stock"]["variant"], answer["stock"]["location"], answer["stock"]["on_hand"], strict=True)
        assert [q for a, b, q in rows if (a, b) == (v, w)] == [on_hand], ops
        assert [q for a, b, q in answer["held"] if (a, b) == (v, w)] == ([live] if live else []), ops
