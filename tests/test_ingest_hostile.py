"""A broken or hostile event never stops a till's sync (SQLite and PostgreSQL, the real service over
HTTP): whatever one event holds (a NUL, a lone surrogate, a number no column takes, an id already in
the ledger, a string longer than its column), the push is answered 200 with one answer per event,
that event is refused (``invalid``, flagged) and the good events around it are taken."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.terminal import Terminal
from sync.protocol import EVENT_TYPES
from tests.platform import Platform, enrolled_till
from tests.test_sync_protocol import pending_events, sell, token_of

HOSTILE_TEXT = ["\x00", "a\x00b", "\ud800", "x\udfff", "S" * 500, "", " ", "💥" * 40, "' OR 1=1 --", "\u202e"]
HOSTILE_NUMBERS = [2**31 - 1, -(2**31), 2**31, 2**53 + 1, 2**63, -(2**63) - 1, 10**30, -1, 0, 0.5, True, None]
REFUSED_OR_TAKEN = {"accepted", "invalid", "duplicate", "conflict"}


class Pusher:
    """A till's events sent straight to the platform, numbered from 1 like the till numbers them."""

    def __init__(self, platform: Platform, till: Path, templates: dict[str, dict]) -> None:
        self.url = platform.url + "/v1/events"
        self.headers = {"Authorization": f"Bearer {token_of(till)}"}
        self.templates = templates
        self.seq = 0

    def envelope(self, kind: str, data: dict | None = None) -> dict:
        self.seq += 1
        event = copy.deepcopy(self.templates[kind])
        event.update(id=str(uuid.uuid4()), seq=self.seq)
        if data is not None:
            event["data"] = data
        return event

    def good_sale(self) -> dict:
        event = self.envelope("sale.completed")
        data = event["data"]
        data["id"] = str(uuid.uuid4())
        for item in data["payments"] + data["movements"]:
            item["id"] = str(uuid.uuid4())
        return event

    def push(self, events: list[dict]) -> list[dict]:
        body = json.dumps({"events": events}, ensure_ascii=True)  # lone surrogates travel as \ud800 escapes
        answer = requests.post(
            self.url, data=body, headers={**self.headers, "Content-Type": "application/json"}, timeout=60
        )
        assert answer.status_code == 200, (answer.status_code, answer.text[:500], events)
        results = answer.json()["results"]
        assert len(results) == len(events)
        return results


@pytest.fixture
def pusher(platform: Platform, tmp_path: Path) -> Pusher:
    """Templates of every event type a till sends: the till's own events where it makes them."""
    till = enrolled_till(platform, tmp_path / "till")
    with Terminal.open(till) as term:
        term.sign_in("ann", "1357")
        term.shift.open(50_000)
        term.shift.cash_in(1_000, "change")
        sell(term, platform.skus[0])
        term.shift.close(51_000 + 100_000)
    made = {e["type"]: e for e in pending_events(till)}
    base = made["sale.completed"]
    order = {"order_id": str(uuid.uuid4()), "code": "S01-ABC123", "picked": [], "receipt_no": "S01-T01-000009"}
    for kind in EVENT_TYPES - set(made):
        made[kind] = {**base, "type": kind, "data": dict(order)}
    made["shelf.order"]["data"] = {
        **order, "sale_id": str(uuid.uuid4()), "delivery": "home", "deliver_to": None, "currency": "CNY",
        "total": 100, "taken_offline": False,
        "lines": [{"line_no": 1, "sku": platform.skus[1], "description": "x", "qty": 1, "unit_price": 100,
                   "total": 100, "tax_rate_ppm": 130_000, "source": "auto"}],
    }  # fmt: skip
    made["event.set_aside"] = {**base, "type": "event.set_aside", "data": {"event_id": str(uuid.uuid4())}}
    return Pusher(platform, till, made)


def flagged_invalid(platform: Platform, event_id: str) -> bool:
    return bool(platform.scalar("SELECT COUNT(*) FROM flags WHERE kind = 'invalid' AND event_id = :e", e=event_id))


def test_each_bad_event_is_refused_alone_and_the_batch_goes_on(platform: Platform, pusher: Pusher) -> None:
    [first] = pusher.push([pusher.good_sale()])
    assert first["status"] == "accepted"
    ledger_id = platform.scalar("SELECT id FROM stock_movements WHERE event_id = :e", e=first["id"])

    def sale_with(change) -> dict:
        event = pusher.good_sale()
        change(event["data"])
        return event

    shelf_order = pusher.templates["shelf.order"]["data"]
    long_line = {"line_no": 1, "sku": "S" * 500, "qty": 1, "source": "auto"}
    bad = {  # each made when its turn comes, so it is numbered between two good sales
        "NUL in a SKU": lambda: sale_with(lambda d: d["movements"][0].update(sku="AB\x00C")),
        "NUL in the receipt number": lambda: sale_with(lambda d: d.update(receipt_no="S01\x00")),
        "lone surrogate": lambda: sale_with(lambda d: d["lines"][0].update(description="\ud800")),
        "surrogate in the type": lambda: {**pusher.envelope("cash.moved"), "type": "cash.\udc80"},
        "a return of 2,147,483,647 units": lambda: sale_with(lambda d: d["movements"][0].update(qty=2**31 - 1)),
        "a movement id already in the ledger": lambda: sale_with(lambda d: d["movements"][0].update(id=ledger_id)),
        "one movement id twice": lambda: sale_with(lambda d: d["movements"].append(dict(d["movements"][0]))),
        "a 500-character SKU": lambda: sale_with(lambda d: d["movements"][0].update(sku="S" * 500)),
        "a 500-character SKU in an order": lambda: pusher.envelope("shelf.order", {**shelf_order,
                                                                                   "lines": [long_line]}),
        "a huge Z number": lambda: pusher.envelope("shift.closed", {**pusher.templates["shift.closed"]["data"],
                                                                    "z_number": 2**40}),
        "a NUL in a set-aside": lambda: pusher.envelope("event.set_aside", {"event_id": "\x00"}),
        "a list for an id": lambda: pusher.envelope("event.set_aside", {"event_id": ["x"]}),
    }  # fmt: skip
    for what, make in bad.items():
        before = pusher.good_sale()
        event = make()
        after = pusher.good_sale()
        results = pusher.push([before, event, after])
        assert [r["status"] for r in results] == ["accepted", "invalid", "accepted"], (what, results)
        assert flagged_invalid(platform, event["id"]), what
        taken = platform.scalar("SELECT COUNT(*) FROM sales WHERE event_id IN (:a, :b)", a=before["id"], b=after["id"])
        assert taken == 2, what
        assert pusher.push([event])[0]["status"] == "invalid", what  # a repeat is refused again, never taken
    # the refused events wrote nothing but their own record; the till's stock moved only by the good sales
    good_sales = 1 + 2 * len(bad)
    assert platform.scalar("SELECT COUNT(*) FROM sales") == good_sales
    assert platform.scalar("SELECT COUNT(*) FROM events") == good_sales + len(bad)


def mutate(event: dict, path: list, value: Any) -> dict:
    """The event with one value somewhere in its data replaced (or a key added) by ``value``."""
    node: Any = event["data"]
    for step in path[:-1]:
        if isinstance(node, dict) and node:
            node = node[sorted(node)[step % len(node)]]
        elif isinstance(node, list) and node:
            node = node[step % len(node)]
    last = path[-1] if path else 0
    if isinstance(node, dict) and node:
        node[sorted(node)[last % len(node)] if last >= 0 else "\x00key"] = value
    elif isinstance(node, list) and node:
        node[last % len(node)] = value
    return event


hostile = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.sampled_from(HOSTILE_NUMBERS),
    st.text(max_size=80),
    st.integers(),
    st.recursive(st.none() | st.booleans() | st.text(max_size=5), lambda inner: st.lists(inner, max_size=3)
                 | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6),
)  # fmt: skip


def test_fuzzed_events_of_every_type_are_answered_one_by_one(platform: Platform, pusher: Pusher) -> None:
    kinds = sorted(pusher.templates)

    @given(
        kind=st.sampled_from(kinds),
        path=st.lists(st.integers(min_value=-1, max_value=20), min_size=1, max_size=4),
        value=hostile,
        type_too=st.sampled_from([None, None, None, *HOSTILE_TEXT, 7]),
    )
    @settings(max_examples=60, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def check(kind: str, path: list, value: Any, type_too: Any) -> None:
        before = pusher.good_sale()
        event = mutate(pusher.envelope(kind), path, value)
        if type_too is not None:
            event["type"] = type_too
        after = pusher.good_sale()
        results = pusher.push([before, event, after])
        assert results[0]["status"] == "accepted" and results[2]["status"] == "accepted", results
        assert results[1]["status"] in REFUSED_OR_TAKEN, results
        assert results[1]["id"] == event["id"] and results[1]["seq"] == event["seq"]

    check()
    assert platform.server.healthy()


def test_an_event_the_database_refuses_is_refused_alone(platform: Platform, pusher: Pusher) -> None:
    """The checks cannot know every level: a sale that would take a level past the ledger's range is
    refused by the database, and then that event alone is answered invalid."""
    sku = pusher.templates["sale.completed"]["data"]["movements"][0]["sku"]
    platform.adjust("S01", sku, -(2**31 - 100))
    before, after = pusher.good_sale(), None
    event = pusher.good_sale()
    event["data"]["lines"][0]["qty"] = 1_000
    event["data"]["movements"][0]["qty"] = -1_000
    after = pusher.good_sale()
    results = pusher.push([before, event, after])
    assert [r["status"] for r in results] == ["accepted", "invalid", "accepted"], results
    assert "refused" in results[1]["message"]
    assert flagged_invalid(platform, event["id"])
    level = platform.scalar("SELECT on_hand FROM stock_levels WHERE location_code = 'S01' AND sku = :s", s=sku)
    assert level == -(2**31 - 100) - 2  # the two good sales took one unit each; the refused sale nothing


@pytest.mark.parametrize("broken", ["\x00", "\ud800"])
def test_broken_text_in_any_request_is_a_clear_4xx(platform: Platform, pusher: Pusher, broken: str) -> None:
    """The snapshot, feed, stock and web-shop calls: NUL or a lone surrogate anywhere is refused with
    the platform's error body, never a 500."""
    from tests.test_api_schema import shop_key

    till = {"Authorization": pusher.headers["Authorization"]}
    in_url = broken if broken == "\x00" else "\udcff".encode("utf-8", "surrogateescape").decode("latin-1")
    shop = {"Authorization": f"Bearer {shop_key(platform)}", "Content-Type": "application/json"}
    order = {"store": "S01", "lines": [{"sku": platform.skus[0], "qty": 1}], "paid": True,
             "customer": {"name": "Ann"}, "reference": "web-1"}  # fmt: skip
    calls = [
        ("GET", "/v1/snapshots/catalog", {"params": {"after_key": f"A{in_url}"}, "headers": till}),
        ("GET", f"/v1/snapshots/{in_url}", {"headers": till}),
        ("GET", "/v1/stock/availability", {"params": {"sku": in_url}, "headers": till}),
        ("GET", f"/v1/shop/orders/{in_url}", {"headers": shop}),
        ("POST", "/v1/shop/orders", {"data": json.dumps({**order, "reference": broken}), "headers": shop}),
        ("POST", "/v1/shop/orders", {"data": json.dumps({**order, "customer": {"name": f"A{broken}"}}),
                                     "headers": shop}),
        ("POST", "/v1/shop/orders", {"data": json.dumps({**order, "note": broken}), "headers": shop}),
        ("POST", f"/v1/shop/orders/X{in_url}/cancel", {"data": json.dumps({"reason": "r"}), "headers": shop}),
        ("POST", "/v1/enrol", {"data": json.dumps({"code": f"A{broken}"}), "headers": shop}),
    ]  # fmt: skip
    for method, path, options in calls:
        answer = requests.request(method, platform.url + path, timeout=30, **options)
        assert answer.status_code < 500, (path, answer.status_code, answer.text[:300])
        if broken == "\x00" or "data" in options:  # bytes that are not UTF-8 in a URL are read as U+FFFD
            assert 400 <= answer.status_code < 500 and answer.json()["message"], (path, answer.text[:300])
    assert platform.scalar("SELECT COUNT(*) FROM orders") == 0
