"""Who may call what on the real platform (issue 13, items 2, 4 and 7): PostgreSQL, served by two
worker processes on 127.0.0.1, driven over HTTP.

* every endpoint in /openapi.json against every kind of caller: no token, a malformed one, an expired
  one, a revoked one, another terminal of the same store, another store's terminal, the web shop's
  key and the right terminal; a refused call changes nothing, and a new endpoint without a row here
  fails the test;
* web-shop orders racing for the last units (50 at once for 3: exactly 3), one till's holds racing
  past its limit, and lookups by a blank or wildcard-like reference.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from central import auth, shop_keys
from central.clock import now_iso
from core import pickup_codes
from sync.protocol import SHELF_ORDER, SHIFT_OPENED
from tests.platform import CentralProcess, Platform, make_platform, new_pg_database

RIGHT, SIBLING, OTHER_STORE, SHOP = "right", "sibling", "other store", "shop key"
NOBODY, MALFORMED, EXPIRED, REVOKED = "no token", "malformed", "expired", "revoked"
SCOPES = (NOBODY, MALFORMED, EXPIRED, REVOKED, SIBLING, OTHER_STORE, SHOP, RIGHT)
TERMINALS = (SIBLING, OTHER_STORE, RIGHT)
UNAUTHENTICATED = (NOBODY, MALFORMED, EXPIRED, REVOKED)


class Till:
    """A terminal enrolled at the platform (in process: the HTTP enrolment is rate limited)."""

    def __init__(self, platform: Platform, store: str, terminal: str) -> None:
        db = platform.db()
        try:
            with db.write() as s:
                code = auth.new_enrol_code(s, store, terminal)
            with db.write() as s:
                _row, self.token, _last = auth.enrol(s, code)
        finally:
            db.dispose()
        self.store, self.terminal, self.seq = store, terminal, 0

    def event(self, kind: str, data: dict, *, store: str | None = None, terminal: str | None = None) -> dict:
        self.seq += 1
        return {"v": 1, "id": str(uuid.uuid4()), "type": kind, "seq": self.seq, "store": store or self.store,
                "terminal": terminal or self.terminal, "created_at": now_iso(), "data": data}  # fmt: skip


@pytest.fixture(scope="module")
def two_workers(pg_admin_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Platform]:
    """The test platform on PostgreSQL, served by two worker processes."""
    url = new_pg_database(pg_admin_url)
    platform = make_platform(url, tmp_path_factory.mktemp("authz"))
    platform.server.stop()
    platform.server = CentralProcess(url, workers=2).start()
    try:
        yield platform
    finally:
        platform.server.stop()


def shop_key(platform: Platform, name: str) -> str:
    db = platform.db()
    try:
        with db.write() as s:
            return shop_keys.create(s, name)
    finally:
        db.dispose()


def counts(platform: Platform) -> tuple:
    tables = ("events", "sales", "stock_movements", "stock_reservations", "orders", "shelf_orders", "terminals")
    changed = (
        "SELECT COUNT(*) FROM stock_reservations WHERE released_at IS NOT NULL",
        "SELECT COUNT(*) FROM orders WHERE state = 'cancelled'",
        "SELECT COUNT(*) FROM shelf_orders WHERE contact_at IS NOT NULL",
    )
    return (*(platform.scalar(f"SELECT COUNT(*) FROM {t}") for t in tables), *map(platform.scalar, changed))


def test_every_endpoint_against_every_kind_of_caller(two_workers: Platform) -> None:
    platform = two_workers
    sku = platform.skus[0]
    platform.adjust("W01", sku, 20)
    platform.adjust("S01", sku, 5)
    right, sibling, other = Till(platform, "S01", "T01"), Till(platform, "S01", "T02"), Till(platform, "S02", "T01")
    expired, revoked = Till(platform, "S01", "T08"), Till(platform, "S01", "T09")
    db = platform.db()
    with db.write() as s:
        s.execute(auth.Terminal.__table__.update().where(auth.Terminal.code == "T08").values(expires_at="2001-01-01"))
        auth.revoke(s, "S01", "T09")
    db.dispose()
    key = shop_key(platform, "webshop")
    tokens = {MALFORMED: "not a token", EXPIRED: expired.token, REVOKED: revoked.token, SIBLING: sibling.token,
              OTHER_STORE: other.token, SHOP: key, RIGHT: right.token}  # fmt: skip
    headers = {scope: {"Authorization": f"Bearer {tokens[scope]}"} if scope in tokens else {} for scope in SCOPES}
    # what the calls name: a cloud-shelf order sold by S01-T01, a hold of S01-T01, a web order for S01
    shelf_id = str(uuid.uuid4())
    sold = right.event(SHELF_ORDER, {
        "order_id": shelf_id, "code": pickup_codes.new_order_code("S01"), "sale_id": str(uuid.uuid4()),
        "receipt_no": "S01-T01-000001", "delivery": "home", "currency": "CNY", "total": 100, "taken_offline": False,
        "lines": [{"line_no": 1, "sku": sku, "description": "x", "qty": 1, "unit_price": 100, "total": 100,
                   "tax_rate_ppm": 0, "source": "W01"}]})  # fmt: skip
    pushed = requests.post(platform.url + "/v1/events", json={"events": [sold]}, headers=headers[RIGHT], timeout=30)
    assert pushed.json()["results"][0]["status"] == "accepted", pushed.text
    hold_id = str(uuid.uuid4())
    held = requests.post(platform.url + "/v1/shelf/holds", headers=headers[RIGHT], timeout=30,
                         json={"hold_id": hold_id, "lines": [{"line_no": 1, "sku": sku, "qty": 3}]})  # fmt: skip
    assert held.status_code == 201, held.text
    web = requests.post(platform.url + "/v1/shop/orders", headers=headers[SHOP], timeout=30, json={
        "store": "S01", "lines": [{"sku": sku, "qty": 1}], "customer": {"name": "Mia Wang"}, "paid": True,
        "reference": "web-1"})  # fmt: skip
    assert web.status_code == 201, web.text
    order_code = web.json()["code"]

    def push(scope: str) -> dict:  # every caller claims to be S01-T01 with T01's next event
        claim = right.event(SHIFT_OPENED, {"shift_id": f"shift-{scope}"})
        if scope != RIGHT:
            right.seq -= 1  # not taken: T01's own next event keeps the number
        return {"events": [claim]}

    n = iter(range(1000))
    requests_of: dict[str, Callable[[str], dict]] = {
        "GET /v1/health": lambda _s: {},
        "GET /v1/ping": lambda _s: {},
        "POST /v1/enrol": lambda _s: {"json": {"code": "AAAAA-BBBBB"}},
        "POST /v1/events": lambda s: {"json": push(s)},
        "GET /v1/feeds/{feed}": lambda _s: {"path": {"feed": "orders"}},
        "GET /v1/snapshots/{feed}": lambda _s: {"path": {"feed": "catalog"}, "params": {"limit": 1}},
        "GET /v1/stock/availability": lambda _s: {"params": {"sku": sku}},
        "POST /v1/shelf/holds": lambda _s: {
            "json": {"hold_id": str(uuid.uuid4()), "lines": [{"line_no": 1, "sku": sku, "qty": 1, "source": "W01"}]}
        },
        "DELETE /v1/shelf/holds/{hold_id}": lambda _s: {"path": {"hold_id": hold_id}},
        "PUT /v1/shelf/orders/{order_id}/contact": lambda _s: {
            "path": {"order_id": shelf_id},
            "json": {"name": "Li Lei", "phone": "13800131234", "address": "1 Nanjing Rd", "city": "Shanghai"},
        },
        "POST /v1/shelf/orders/{order_id}/source": lambda _s: {
            "path": {"order_id": shelf_id},
            "json": {"lines": [{"line_no": 1, "source": "W01"}]},
        },
        "POST /v1/shop/orders": lambda _s: {
            "json": {
                "store": "S01",
                "lines": [{"sku": sku, "qty": 1}],
                "paid": True,
                "customer": {"name": "Zhou Xun"},
                "reference": f"r{next(n)}",
            }
        },
        "GET /v1/shop/orders/{code}": lambda _s: {"path": {"code": order_code}},
        "POST /v1/shop/orders/{code}/cancel": lambda _s: {"path": {"code": order_code}, "json": {"reason": "asked"}},
    }
    terminal_ok = {RIGHT: 200, SIBLING: 200, OTHER_STORE: 200}
    expected: dict[str, dict[str, int]] = {
        "GET /v1/health": dict.fromkeys(SCOPES, 200),
        "POST /v1/enrol": dict.fromkeys(SCOPES, 403),  # a code, not a token: this one is unknown to everyone
        "GET /v1/ping": terminal_ok,
        "POST /v1/events": terminal_ok,  # per event: see below
        "GET /v1/feeds/{feed}": terminal_ok,  # each sees its own store's orders only: see below
        "GET /v1/snapshots/{feed}": terminal_ok,
        "GET /v1/stock/availability": terminal_ok,  # the cloud shelf: any till reads every location
        "POST /v1/shelf/holds": dict.fromkeys(TERMINALS, 201),
        "DELETE /v1/shelf/holds/{hold_id}": terminal_ok,  # frees only the caller's own: see below
        "PUT /v1/shelf/orders/{order_id}/contact": {RIGHT: 200, SIBLING: 200, OTHER_STORE: 403},
        "POST /v1/shelf/orders/{order_id}/source": {RIGHT: 409, SIBLING: 409, OTHER_STORE: 403},  # 409: not unfilled
        "POST /v1/shop/orders": {SHOP: 201},
        "GET /v1/shop/orders/{code}": {SHOP: 200},
        "POST /v1/shop/orders/{code}/cancel": {SHOP: 200},
    }
    spec = requests.get(platform.url + "/openapi.json", timeout=30).json()
    labels = {f"{method.upper()} {path}" for path, ops in spec["paths"].items() for method in ops}
    assert labels == set(requests_of) == set(expected), "an endpoint without a row in the matrix"

    got: dict[tuple[str, str], requests.Response] = {}
    for label in sorted(labels):
        method, path = label.split(" ", 1)
        for scope in SCOPES:
            before = counts(platform)
            call = requests_of[label](scope)
            answer = requests.request(method, platform.url + path.format(**call.get("path", {})),
                                      json=call.get("json"), params=call.get("params"), headers=headers[scope],
                                      timeout=30)  # fmt: skip
            got[(label, scope)] = answer
            want = expected[label].get(scope)
            if want is None:  # refused: who you are (401) or what your credential may do (403), nothing changed
                if RIGHT in expected[label]:  # a terminal's call: no valid token 401, the shop's key 403
                    refusal = 401 if scope in UNAUTHENTICATED else 403
                else:  # the shop's: no key 401, any terminal's token (even a lapsed one) 403
                    refusal = 401 if scope in (NOBODY, MALFORMED) else 403
                assert answer.status_code == refusal, (label, scope, answer.status_code, answer.text)
                assert answer.json()["error"] and answer.json()["message"], (label, scope)
                assert counts(platform) == before, (label, scope, "a refused call changed something")
            else:
                assert answer.status_code == want, (label, scope, answer.status_code, answer.text)
    # a till claiming its sibling's (or another store's) events is refused; only the right one is taken
    results = {s: got[("POST /v1/events", s)].json()["results"][0]["status"] for s in TERMINALS}
    assert results == {RIGHT: "accepted", SIBLING: "forbidden", OTHER_STORE: "forbidden"}
    assert platform.scalar("SELECT COUNT(*) FROM shifts") == 1
    # a hold is freed by the till that made it only
    released = {s: got[("DELETE /v1/shelf/holds/{hold_id}", s)].json()["released"] for s in TERMINALS}
    assert released == {SIBLING: 0, OTHER_STORE: 0, RIGHT: 3}
    # each store's tills read their own store's orders
    assert order_code in got[("GET /v1/feeds/{feed}", RIGHT)].text
    assert order_code not in got[("GET /v1/feeds/{feed}", OTHER_STORE)].text


def test_web_shop_orders_racing_for_the_last_units_on_two_workers(two_workers: Platform) -> None:
    platform = two_workers
    sku = platform.skus[5]
    platform.adjust("S01", sku, 3)
    headers = {"Authorization": f"Bearer {shop_key(platform, 'race')}"}
    start = threading.Barrier(50)

    def buy(n: int) -> requests.Response:
        with requests.Session() as http:
            start.wait()
            return http.post(platform.url + "/v1/shop/orders", headers=headers, timeout=120, json={
                "store": "S01", "lines": [{"sku": sku, "qty": 1}], "customer": {"name": f"Customer {n}"},
                "paid": True, "reference": f"race-{n}"})  # fmt: skip

    with ThreadPoolExecutor(50) as pool:
        answers = list(pool.map(buy, range(50)))
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201] * 3 + [409] * 47, statuses
    assert {a.json()["error"] for a in answers if a.status_code == 409} == {"insufficient_stock"}
    held = platform.scalar("SELECT SUM(qty) FROM stock_reservations WHERE sku = :sku AND released_at IS NULL", sku=sku)
    assert held == 3 and platform.scalar("SELECT COUNT(*) FROM orders WHERE reference LIKE 'race-%'") == 3


def test_one_tills_holds_racing_past_its_limit_on_two_workers(two_workers: Platform) -> None:
    platform = two_workers
    skus = platform.skus[10:22]
    for sku in skus:
        platform.adjust("W01", sku, 10)
    till = Till(platform, "S02", "T05")
    headers = {"Authorization": f"Bearer {till.token}"}
    start = threading.Barrier(len(skus))

    def hold(sku: str) -> requests.Response:
        with requests.Session() as http:
            start.wait()
            return http.post(platform.url + "/v1/shelf/holds", headers=headers, timeout=120, json={
                "hold_id": str(uuid.uuid4()), "lines": [{"line_no": 1, "sku": sku, "qty": 5}]})  # fmt: skip

    with ThreadPoolExecutor(len(skus)) as pool:
        answers = list(pool.map(hold, skus))
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [201] * 6 + [409] * 6, statuses  # 30 units: the default limit of one till
    assert {a.json()["error"] for a in answers if a.status_code == 409} == {"till_hold_limit"}


def test_a_blank_or_wildcard_reference_never_answers_with_another_customers_order(two_workers: Platform) -> None:
    platform = two_workers
    sku = platform.skus[6]
    platform.adjust("S01", sku, 10)
    headers = {"Authorization": f"Bearer {shop_key(platform, 'refs')}"}

    def order(name: str, reference: str | None) -> requests.Response:
        body = {"store": "S01", "lines": [{"sku": sku, "qty": 1}], "customer": {"name": name}, "paid": True}
        return requests.post(platform.url + "/v1/shop/orders", headers=headers, timeout=30,
                             json=body if reference is None else {**body, "reference": reference})  # fmt: skip

    first = order("Mia Wang", None)  # made without a reference
    assert first.status_code == 201 and first.json()["repeat"] is False
    for reference in ("", "   ", "\t"):
        answer = order("Eve Intruder", reference)
        assert answer.status_code == 400 and answer.json()["error"] == "blank_reference", answer.text
        assert "Mia" not in answer.text
    wild = order("Wu Ling", "%")
    assert wild.status_code == 201 and wild.json()["repeat"] is False
    assert order("Wu Ling", "%").json()["order"]["code"] == wild.json()["code"]  # a real repeat: the same order
    for reference in ("*", "_", "%%"):
        answer = order("Eve Intruder", reference)
        assert answer.status_code == 201 and answer.json()["repeat"] is False and "Wu" not in answer.text
    reused = order("Eve Intruder", "%")  # another customer under a reference already used
    assert reused.status_code == 409 and reused.json()["error"] == "reference_used" and "Wu" not in reused.text
    for code in (" ", "%25", "_", "*"):
        answer = requests.get(f"{platform.url}/v1/shop/orders/{code}", headers=headers, timeout=30)
        assert answer.status_code == 404 and "Mia" not in answer.text and "Wu" not in answer.text, code


def test_enrolment_by_a_terminal_code_with_wildcards_counts_only_its_own_receipts(tmp_path: Path) -> None:
    """A terminal named 'T_1' enrolled again learns its own last receipt, not T01's or T11's."""
    from central import locations
    from central.db import CentralDB
    from central.models import Event, Sale

    db = CentralDB(str(tmp_path / "c.db"))
    db.migrate()
    with db.write() as s:
        locations.add_location(s, code="S01", name="Shanghai", kind="store")
        code = auth.new_enrol_code(s, "S01", "T01")
    with db.write() as s:
        t01, _token, _ = auth.enrol(s, code)
        s.add(Event(id="e1", terminal_id=t01.id, seq=1, type="sale.completed", digest="d", body="{}",
                    status="accepted", response="{}", received_at=now_iso()))  # fmt: skip
        s.flush()
        s.add(Sale(id="s1", event_id="e1", store_code="S01", terminal_id=t01.id, receipt_no="S01-T01-000042",
                   shift_id="x", kind="sale", currency="CNY", total=1, tax_total=0, discount_total=0, rounding=0,
                   created_at=now_iso(), body="{}"))  # fmt: skip
    with db.write() as s:
        code = auth.new_enrol_code(s, "S01", "T_1")
    with db.write() as s:
        _terminal, _token, last = auth.enrol(s, code)
    db.dispose()
    assert last == 0


def test_a_web_order_whose_total_no_amount_column_holds_is_refused_not_a_500(two_workers: Platform) -> None:
    platform = two_workers
    sku = platform.skus[7]
    platform.adjust("S01", sku, 3000)
    headers = {"Authorization": f"Bearer {shop_key(platform, 'huge')}"}
    line = {"sku": sku, "qty": 999, "unit_price": 2**53 - 1}  # each line within the documented bounds
    answer = requests.post(platform.url + "/v1/shop/orders", headers=headers, timeout=30, json={
        "store": "S01", "lines": [line] * 3, "customer": {"name": "Mia Wang"}, "paid": True})  # fmt: skip
    assert answer.status_code == 400 and answer.json()["error"] == "bad_total", answer.text
    assert platform.scalar("SELECT COUNT(*) FROM stock_reservations WHERE sku = :sku", sku=sku) == 0
