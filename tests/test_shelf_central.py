"""The cloud shelf at the platform on its own (in process, SQLite): availability, the split rule,
holds that lapse, orders confirmed by the sale's event (or unfilled), shipments, the hand-over to the
pickup flow, and the customer's details kept at the platform only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import catalog_gen
from central import auth, availability, clock, ingest, locations, reservations, shelf, shelf_holds
from central.catalog_import import import_csv
from central.db import CentralDB
from central.errors import ServiceError
from central.models import Change, Notification, Order, ShelfOrder
from central.shelf_holds import LineIn
from central.stock import adjust
from core import pickup_codes
from sync.protocol import SHELF_CANCELLED, SHELF_ORDER
from sync.protocol import shelf as sp

HOLD = "01a20a79-0000-7000-8000-00000000000{}"


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[CentralDB, list[str]]]:
    db = CentralDB(str(tmp_path / "central.db"))
    db.migrate()
    with db.write() as s:
        for code, kind, region in (("S01", "store", "East"), ("S02", "store", "East"), ("S03", "store", "North"),
                                   ("W01", "warehouse", "East")):  # fmt: skip
            locations.add_location(s, code=code, name=f"Place {code}", kind=kind, region=region)
    catalog_gen.write_csv(tmp_path / "c.csv", catalog_gen.generate_rows(2, seed=5))
    import_csv(db, tmp_path / "c.csv")
    with db.read() as s:
        skus = list(s.scalars(text("SELECT sku FROM variants ORDER BY sku")))
    yield db, skus
    db.dispose()


def stock(db: CentralDB, **levels: int) -> None:
    """stock(db, S02_0=2, W01_1=5): units of skus[0], skus[1] ... at a location."""
    with db.read() as s:
        skus = list(s.scalars(text("SELECT sku FROM variants ORDER BY sku")))
    with db.write() as s:
        for key, qty in levels.items():
            loc, n = key.split("_")
            adjust(s, loc, skus[int(n)], qty, "receive")


def till(db: CentralDB, store: str = "S01", terminal: str = "T01") -> auth.Caller:
    with db.write() as s:
        code = auth.new_enrol_code(s, store, terminal)
    with db.write() as s:
        row, _token, _ = auth.enrol(s, code)
        return auth.Caller(row.id, store, terminal)


def event(caller: auth.Caller, seq: int, kind: str, data: dict) -> dict:
    return {"v": 1, "id": f"01a20a79-0000-7000-9000-{seq:012d}", "type": kind, "seq": seq, "store": caller.store,
            "terminal": caller.terminal, "created_at": clock.now_iso(), "data": data}  # fmt: skip


def order_data(lines: list[tuple[str, int, str]], *, delivery: str = "home", deliver_to: str | None = None,
               code: str | None = None, n: int = 1, **extra) -> dict:  # fmt: skip
    code = code or pickup_codes.new_order_code(deliver_to or "S01")
    return {
        "order_id": f"01a20a79-0000-7000-a000-{n:012d}", "code": code,
        "sale_id": f"sale-{n}", "receipt_no": f"S01-T01-{n:06d}", "delivery": delivery, "deliver_to": deliver_to,
        "currency": "CNY", "total": 29900 * sum(q for _, q, _ in lines), "taken_offline": False,
        "lines": [{"line_no": i, "sku": sku, "description": f"Item {sku}", "qty": q, "unit_price": 29900,
                   "total": 29900 * q, "tax_rate_ppm": 130_000, "source": src}
                  for i, (sku, q, src) in enumerate(lines, 1)],
        **extra,
    }  # fmt: skip


def push(db: CentralDB, caller: auth.Caller, seq: int, kind: str, data: dict) -> dict:
    [answer] = ingest.ingest(db, caller, [event(caller, seq, kind, data)])
    assert answer["status"] == "accepted", answer
    return answer


def free(db: CentralDB, sku: str) -> dict[str, int]:
    with db.read() as s:
        return {loc: level.free for (loc, k), level in reservations.stock(s, [sku]).items() if k == sku}


def view(db: CentralDB, code: str) -> dict:
    with db.read() as s:
        return shelf.view(s, shelf.find(s, code))


# ---------------------------------------------------------------- availability
def test_availability_of_a_style_by_style_sku_or_barcode_with_reservations(central) -> None:
    db, skus = central
    stock(db, S01_0=1, S02_0=3, W01_0=7, W01_1=2)
    with db.read() as s:
        style = availability.find_style(s, sku=skus[0])
        barcode = s.scalar(text("SELECT code FROM barcodes WHERE sku = :s"), {"s": skus[0]})
        assert availability.find_style(s, barcode=barcode[1:]) == style  # as printed (EAN-13)
        assert availability.find_style(s, style=style.lower()) == style
        for bad, status in ((dict(style="NOPE"), 404), (dict(), 400), (dict(style=style, sku=skus[0]), 400),
                            (dict(barcode="123"), 400)):  # fmt: skip
            with pytest.raises(ServiceError) as refused:
                availability.find_style(s, **bad)
            assert refused.value.status == status and refused.value.message
    with db.write() as s:
        shelf_holds.hold(s, till(db), HOLD.format(1), [LineIn(1, skus[0], 2, "W01")])
    with db.read() as s:
        body = availability.availability(s, style)
    variants = [v["sku"] for v in body["variants"]]
    places = [x["code"] for x in body["locations"]]
    columns = body["stock"]
    on_hand = {
        (variants[v], places[loc]): q
        for v, loc, q in zip(columns["variant"], columns["location"], columns["on_hand"], strict=True)
    }
    assert on_hand[(skus[0], "W01")] == 7 and on_hand[(skus[0], "S02")] == 3 and on_hand[(skus[1], "W01")] == 2
    assert body["held"] == [[variants.index(skus[0]), places.index("W01"), 2]]
    assert {x["kind"] for x in body["locations"]} == {"store", "warehouse"}
    assert body["style"]["code"] == style and len(body["times"]) >= 1
    assert {len(c) for c in columns.values()} == {len(on_hand)} and max(columns["moved"]) < len(body["times"])


# ---------------------------------------------------------------- holds
def test_a_hold_is_all_or_nothing_repeats_as_one_and_lapses_on_its_own(central, monkeypatch) -> None:
    db, skus = central
    stock(db, S02_0=1, W01_0=1, W01_1=1)
    caller = till(db)
    with db.write() as s, pytest.raises(ServiceError, match=r"Not enough stock for: .* at S02 \(1 of 2 free\)") as no:
        shelf_holds.hold(s, caller, HOLD.format(1), [LineIn(1, skus[0], 2, "S02")])
    assert no.value.status == 409 and "another source" in no.value.hint
    assert free(db, skus[0]) == {"S02": 1, "W01": 1}  # nothing held by the refused hold
    with db.write() as s:
        made = shelf_holds.hold(s, caller, HOLD.format(2), [LineIn(1, skus[0], 2), LineIn(2, skus[1], 1)])
    assert sorted((x["location"], x["qty"]) for x in made["plan"]) == [("S02", 1), ("W01", 1), ("W01", 1)]
    with db.write() as s:  # the answer was lost: the same hold, not a second one
        again = shelf_holds.hold(s, caller, HOLD.format(2), [LineIn(1, skus[0], 2), LineIn(2, skus[1], 1)])
    assert again["expires_at"] == made["expires_at"] and free(db, skus[0]) == {"S02": 0, "W01": 0}
    with db.write() as s, pytest.raises(ServiceError, match="anywhere"):
        shelf_holds.hold(s, caller, HOLD.format(3), [LineIn(1, skus[0], 1)])
    later = clock.now() + timedelta(minutes=sp.HOLD_MINUTES, seconds=1)
    monkeypatch.setattr(clock, "now", lambda: later)
    assert free(db, skus[0]) == {"S02": 1, "W01": 1}  # lapsed: free again with nobody releasing it
    monkeypatch.undo()
    with db.write() as s:
        assert shelf_holds.release_hold(s, caller, HOLD.format(2)) == 3
    with db.write() as s, pytest.raises(ServiceError, match="no location X9"):
        shelf_holds.hold(s, caller, HOLD.format(4), [LineIn(1, skus[0], 1, "X9")])
    with db.write() as s, pytest.raises(ServiceError, match="Not in the catalog"):
        shelf_holds.hold(s, caller, HOLD.format(5), [LineIn(1, "NOPE", 1)])
    with db.write() as s, pytest.raises(ServiceError, match="UUID"):
        shelf_holds.hold(s, caller, "not-a-uuid", [LineIn(1, skus[0], 1)])


# ---------------------------------------------------------------- orders confirmed by the sale's event
def test_the_sale_event_turns_the_hold_into_the_order_split_across_two_stores_and_the_warehouse(central) -> None:
    db, skus = central
    stock(db, S02_0=1, S03_0=1, W01_0=1)
    caller = till(db)
    with db.write() as s:
        made = shelf_holds.hold(s, caller, HOLD.format(1), [LineIn(1, skus[0], 3)])
    assert sorted(x["location"] for x in made["plan"]) == ["S02", "S03", "W01"]
    plan = [[x["line_no"], x["location"], x["qty"]] for x in made["plan"]]
    data = order_data([(skus[0], 3, "auto")], hold_id=HOLD.format(1), plan=plan)
    answer = push(db, caller, 1, SHELF_ORDER, data)
    assert answer["order_state"] == "confirmed" and "conflict" not in answer
    v = view(db, data["code"])
    assert [(sh["location"], sh["state"], sh["units"]) for sh in v["shipments"]] == [
        ("S02", "reserved", 1), ("S03", "reserved", 1), ("W01", "reserved", 1)]  # fmt: skip
    assert free(db, skus[0]) == {"S02": 0, "S03": 0, "W01": 0}
    with db.read() as s:  # the hold became the order's reservation: no lapse, one holder
        holders = s.execute(text("SELECT holder, expires_at FROM stock_reservations WHERE released_at IS NULL")).all()
    assert {h for h, _ in holders} == {f"shelf:{data['order_id']}"} and all(e is None for _, e in holders)
    for loc in ("S02", "S03"):
        with db.write() as s:
            assert shelf.ship(s, data["code"], loc).state == "confirmed"  # one parcel left, one waits
    with db.write() as s:
        assert shelf.ship(s, data["code"]).state == "shipped"
        assert shelf.deliver(s, data["code"]).state == "delivered"
    with db.read() as s:
        levels = dict(
            s.execute(text("SELECT location_code, on_hand FROM stock_levels WHERE sku = :s"), {"s": skus[0]}).all()
        )
        kinds = [n.kind for n in s.scalars(select(Notification).order_by(Notification.id))]
    assert levels == {"S02": 0, "S03": 0, "W01": 0} and kinds == ["shipped", "delivered"]
    with db.write() as s, pytest.raises(ServiceError, match="nothing to ship"):
        shelf.ship(s, data["code"])


def test_stock_gone_before_the_offline_sale_reached_the_platform_is_unfilled_then_another_source(central) -> None:
    db, skus = central
    stock(db, S02_0=1, W01_0=2)
    caller = till(db)
    with db.write() as s:  # someone else takes S02's last unit while the till is offline
        shelf_holds.hold(s, till(db, "S02", "T09"), HOLD.format(9), [LineIn(1, skus[0], 1, "S02")])
    data = order_data([(skus[0], 1, "S02")], taken_offline=True)
    answer = push(db, caller, 1, SHELF_ORDER, data)
    assert answer["order_state"] == "unfilled" and answer["conflict"] == "stock_gone"
    assert "at S02 (0 of 1 free)" in answer["message"]
    v = view(db, data["code"])
    assert v["state"] == "unfilled" and v["shipments"] == [] and v["taken_offline"]
    with db.write() as s, pytest.raises(ServiceError, match="S02") as no:
        shelf.resource(s, caller, data["order_id"], {1: "S02"})
    assert no.value.status == 409
    with db.write() as s:
        shelf.resource(s, caller, data["order_id"], {1: "W01"})
    v = view(db, data["code"])
    assert v["state"] == "confirmed" and v["lines"][0]["allocations"] == [{"location": "W01", "qty": 1}]
    with db.write() as s, pytest.raises(ServiceError, match="needs no other source"):
        shelf.resource(s, caller, data["order_id"], {1: "W01"})
    with db.write() as s, pytest.raises(ServiceError, match="sold at S01") as other:
        shelf.resource(s, till(db, "S02", "T02"), data["order_id"], {1: "W01"})
    assert other.value.status == 403


def test_a_repeat_or_a_malformed_order_event_is_refused_and_flagged_not_applied(central) -> None:
    db, skus = central
    stock(db, W01_0=2)
    caller = till(db)
    data = order_data([(skus[0], 1, "auto")])
    push(db, caller, 1, SHELF_ORDER, data)
    bad = [
        ({**data}, "already received"),
        (order_data([(skus[0], 1, "auto")], n=2, delivery="store", deliver_to="W01"), "no store W01"),
        (order_data([(skus[0], 0, "auto")], n=3), "'qty'"),
        ({**order_data([(skus[0], 1, "auto")], n=4), "lines": "x"}, "'lines'"),
        ({**order_data([(skus[0], 1, "auto")], n=5), "delivery": "moon"}, "'delivery'"),
    ]
    for seq, (body, why) in enumerate(bad, 2):
        [answer] = ingest.ingest(db, caller, [event(caller, seq, SHELF_ORDER, body)])
        assert answer["status"] == "invalid" and why in answer["message"], answer
    assert free(db, skus[0]) == {"W01": 1}


# ---------------------------------------------------------------- delivered to a store: the pickup flow
def test_an_order_for_another_store_becomes_a_paid_pickup_order_there_when_its_parcels_arrive(central) -> None:
    db, skus = central
    stock(db, W01_0=1, S03_1=1)
    caller = till(db)
    code = pickup_codes.new_order_code("S02")
    data = order_data([(skus[0], 1, "auto"), (skus[1], 1, "auto")], delivery="store", deliver_to="S02", code=code)
    push(db, caller, 1, SHELF_ORDER, data)
    with db.write() as s:
        shelf.ship(s, code)
    with db.write() as s:
        assert shelf.arrive(s, code, "W01").state == "shipped"
        order = shelf.arrive(s, code)  # the other parcel; the customer's details are not here yet
        assert order.state == "shipped" and order.pickup_order_id is None
    hashed = pickup_codes.hash_pickup_code("482913")
    with db.write() as s, pytest.raises(ServiceError, match="phone or email"):
        shelf.set_contact(s, caller, data["order_id"], {"name": "Mia Wang"}, hashed)
    with db.write() as s:
        shelf.set_contact(s, caller, data["order_id"], {"name": "Mia Wang", "phone": "138 0013 1234"}, hashed)
    v = view(db, code)
    assert v["state"] == "arrived" and v["pickup_state"] == "new"
    with db.read() as s:
        pickup = s.scalar(select(Order).where(Order.code == code))
        assert (pickup.store_code, pickup.source, pickup.paid, pickup.paid_ref) == ("S02", "cloud_shelf", True,
                                                                                   "S01-T01-000001")  # fmt: skip
        assert pickup_codes.check_pickup_code(pickup.pickup_hash, "482913")  # the code on the customer's receipt
        levels = dict(s.execute(text("SELECT sku, on_hand FROM stock_levels WHERE location_code = 'S02'")).all())
        held = s.scalar(
            text("SELECT SUM(qty) FROM stock_reservations WHERE released_at IS NULL AND location_code='S02'")
        )
        feeds = [(c.feed, c.scope) for c in s.scalars(select(Change).where(Change.feed.in_(["orders", "shelf"])))]
        shelf_bodies = [c.body for c in s.scalars(select(Change).where(Change.feed == "shelf"))]
    assert levels == {skus[0]: 1, skus[1]: 1} and held == 2  # arrived in S02's ledger, held for the customer
    assert ("orders", "S02") in feeds and {scope for feed, scope in feeds if feed == "shelf"} == {"S01"}
    assert not any("Mia" in b or "1234" in b for b in shelf_bodies)  # never a customer detail in the feed


def test_home_delivery_needs_an_address_and_keeps_it_at_the_platform(central) -> None:
    db, skus = central
    stock(db, W01_0=1)
    caller = till(db)
    data = order_data([(skus[0], 1, "auto")])
    push(db, caller, 1, SHELF_ORDER, data)
    refused = (
        ({"name": "Li Lei", "phone": "13800131234"}, "address, city"),
        ({"name": "", "phone": "1"}, "name is missing"),
        ({"name": "Li", "phone": "12", "address": "a", "city": "b"}, "fewer than 4 digits"),
        ({"name": "Li", "phone": "1234", "email": "x", "address": "a", "city": "b"}, "email"),
    )
    for contact, why in refused:
        with db.write() as s, pytest.raises(ServiceError, match=why):
            shelf.set_contact(s, caller, data["order_id"], contact)
    with db.write() as s, pytest.raises(ServiceError) as other:
        shelf.set_contact(s, till(db, "S02", "T02"), data["order_id"], {"name": "X"})
    assert other.value.status == 403
    with db.write() as s, pytest.raises(ServiceError) as early:
        shelf.set_contact(s, caller, "01a20a79-0000-7000-a000-999999999999", {"name": "X"})
    assert early.value.status == 404 and "after the next sync" in early.value.hint
    address = {"name": "Li Lei", "phone": "13800131234", "email": "li@example.com", "address": "1 Nanjing Rd",
               "city": "Shanghai", "postcode": "200001"}  # fmt: skip
    with db.write() as s:
        shelf.set_contact(s, caller, data["order_id"], address)
    with db.read() as s:
        row = s.get(ShelfOrder, data["order_id"])
        assert json.loads(row.address) == {"address": "1 Nanjing Rd", "city": "Shanghai", "postcode": "200001"}
        assert row.customer_email == "li@example.com" and row.contact_at


def test_a_refund_at_the_till_cancels_the_order_and_frees_its_units_unless_goods_left(central) -> None:
    db, skus = central
    stock(db, W01_0=2)
    caller = till(db)
    first, second = order_data([(skus[0], 1, "W01")], n=1), order_data([(skus[0], 1, "W01")], n=2)
    push(db, caller, 1, SHELF_ORDER, first)
    push(db, caller, 2, SHELF_ORDER, second)
    assert free(db, skus[0]) == {"W01": 0}
    answer = push(db, caller, 3, SHELF_CANCELLED, {"order_id": first["order_id"], "reason": "refunded"})
    assert answer["order_state"] == "cancelled" and free(db, skus[0]) == {"W01": 1}
    with db.write() as s:
        shelf.ship(s, second["code"])
    answer = push(db, caller, 4, SHELF_CANCELLED, {"order_id": second["order_id"], "receipt_no": "S01-T01-000009"})
    assert answer["conflict"] == "refunded_after_shipping" and answer["order_state"] == "shipped"
    with db.read() as s:
        assert s.scalar(text("SELECT COUNT(*) FROM flags WHERE kind = 'shelf'")) == 1
    with db.write() as s, pytest.raises(ServiceError, match="goods may have left"):
        shelf.cancel(s, second["code"], "lost")


def test_a_held_unit_sold_over_the_counter_at_its_source_is_flagged_when_the_parcel_ships(central) -> None:
    db, skus = central
    stock(db, S02_0=1)
    caller = till(db)
    data = order_data([(skus[0], 1, "S02")])
    push(db, caller, 1, SHELF_ORDER, data)
    stock(db, S02_0=-1)  # S02's till sold it offline: the platform records it, never refuses a sale
    with db.write() as s:
        shelf.ship(s, data["code"])
    with db.read() as s:
        flags = [json.loads(f) for f in s.scalars(text("SELECT detail FROM flags WHERE kind = 'oversell'"))]
    assert flags == [{"location": "S02", "sku": skus[0], "on_hand": -1, "order": data["code"], "reason": "shelf_out"}]


def test_an_order_event_with_fields_no_column_can_hold_is_invalid_not_a_failed_batch(central) -> None:
    db, skus = central
    stock(db, W01_0=5)
    caller = till(db)
    good = order_data([(skus[0], 1, "auto")])
    bad = [
        ({**good, "receipt_no": "R" * 49}, "'receipt_no'"),
        ({**good, "currency": "YUAN"}, "'currency'"),
        ({**good, "total": 10**16}, "'total'"),
        ({**good, "hold_id": "not-a-hold"}, "'hold_id'"),
        ({**good, "plan": [[1, "W01"]]}, "'plan'"),
        ({**good, "lines": [{**good["lines"][0], "line_no": 2**40}]}, "'line_no'"),
        ({**good, "lines": [{**good["lines"][0], "tax_rate_ppm": -1}]}, "'tax_rate_ppm'"),
        ({**good, "sale_id": "s\x00"}, "'sale_id'"),
    ]
    events = [event(caller, seq, SHELF_ORDER, body) for seq, (body, _why) in enumerate(bad, 1)]
    answers = ingest.ingest(db, caller, [*events, event(caller, len(bad) + 1, SHELF_ORDER, good)])
    for answer, (_body, why) in zip(answers, bad, strict=False):
        assert answer["status"] == "invalid" and why in answer["message"], answer
    assert answers[-1]["status"] == "accepted" and answers[-1]["order_state"] == "confirmed"
