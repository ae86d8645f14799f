"""Staff managed at head office reach the tills of their stores (issue 17, item 5): one PIN at every
till of every store the person may work in, sign-in offline from the synced hashes, a revoked person
(or one taken off a store) refused from the till's next sync, and a session of theirs ended at the next
sale's start, never in the middle of one. Real platform process, two real tills of two stores."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import config
from app.db.engine import Database
from app.errors import AuthFailed, NotAllowed
from app.terminal import Terminal
from central import feeds, locations
from central.db import CentralDB
from central.errors import ServiceError
from central.staff import add_staff, change_staff, reset_pin, revoke_staff
from sync.enrol import client_for
from sync.protocol import DELETE, STAFF
from sync.worker import sync_once
from tests.platform import ROOT, Platform, enrolled_till

PIN, OTHER_PIN = "4826", "7391"


def on_platform(platform: Platform, change, *args, **kwargs):
    db = platform.db()
    try:
        with db.write() as s:
            return change(s, *args, actor="test", **kwargs)
    finally:
        db.dispose()


def two_stores(platform: Platform, tmp_path: Path) -> tuple[Path, Path]:
    one = enrolled_till(platform, tmp_path / "s01", "S01", "T01")
    return one, enrolled_till(platform, tmp_path / "s02", "S02", "T01")


def signs_in(till: Path, login: str, pin: str) -> bool:
    with Terminal.open(till) as term:
        try:
            term.sign_in(login, pin)
        except AuthFailed:
            return False
        return True


def test_one_pin_at_both_stores_offline_and_only_the_stores_allowed(platform: Platform, tmp_path: Path) -> None:
    one, two = two_stores(platform, tmp_path)
    on_platform(platform, add_staff, login="Mei", name="Mei", role="cashier",
                stores=["S01", "S02"], pin=PIN)  # fmt: skip
    on_platform(platform, add_staff, login="li", name="Li", role="manager", stores=["S02"], pin=OTHER_PIN)
    on_platform(platform, add_staff, login="bo", name="Bo", role="manager", stores=["S01"], pin="2580")
    sync_once(one)
    sync_once(two)
    platform.server.stop()  # offline from here: sign-in checks the synced hashes
    assert signs_in(one, "mei", PIN) and signs_in(two, "mei", PIN)
    assert not signs_in(one, "mei", OTHER_PIN)
    assert not signs_in(one, "li", OTHER_PIN), "li may not work at S01"
    with Terminal.open(two) as term:
        assert term.sign_in("li", OTHER_PIN).role == "manager"
        assert [u.login for u in term.users.list()] == ["li", "mei"]
    # head office's list is the store's now: the till's own users no longer sign in, and none are added here
    assert not signs_in(one, "ann", "1357")
    with Terminal.open(one) as term, pytest.raises(NotAllowed, match="head office"):
        term.users.add("zoe", "Zoe", "cashier", "8642", by=term.sign_in("bo", "2580"))


def test_revoked_or_moved_refused_after_next_sync_and_a_session_ends_at_the_next_sale(
    platform: Platform, tmp_path: Path
) -> None:
    one, two = two_stores(platform, tmp_path)
    on_platform(platform, add_staff, login="mei", name="Mei", role="cashier",
                stores=["S01", "S02"], pin=PIN)  # fmt: skip
    sync_once(one)
    sync_once(two)
    sku = platform.skus[0]
    with Terminal.open(one) as term:
        term.sign_in("mei", PIN)
        term.shift.open(10_000)
        term.sale.scan(sku)  # a sale under way when head office revokes her
        on_platform(platform, revoke_staff, "mei")
        sync_once(one)
        term.sale.scan(sku)  # the sale in progress is never cut off
        term.sale.add_cash(term.sale.totals().due)
        term.sale.complete()
        with pytest.raises(NotAllowed, match="may no longer work at this till"):
            term.sale.scan(sku)  # the next sale's start: the boundary
        assert term.user is None
    assert not signs_in(one, "mei", PIN)
    assert signs_in(two, "mei", PIN), "S02's till has not synced since: it still knows her"
    sync_once(two)
    assert not signs_in(two, "mei", PIN)


def test_taken_off_a_store_and_a_new_pin(platform: Platform, tmp_path: Path) -> None:
    one, two = two_stores(platform, tmp_path)
    on_platform(platform, add_staff, login="mei", name="Mei", role="cashier",
                stores=["S01", "S02"], pin=PIN)  # fmt: skip
    sync_once(one)
    sync_once(two)
    on_platform(platform, change_staff, "mei", stores=["S01"], role="clerk")
    on_platform(platform, reset_pin, "mei", OTHER_PIN)
    sync_once(one)
    sync_once(two)
    assert not signs_in(one, "mei", PIN)
    with Terminal.open(one) as term:
        assert term.sign_in("mei", OTHER_PIN).role == "clerk"
    assert not signs_in(two, "mei", OTHER_PIN) and not signs_in(two, "mei", PIN)


def test_the_pin_is_never_in_the_feed(platform: Platform, tmp_path: Path) -> None:
    one, _ = two_stores(platform, tmp_path)
    on_platform(platform, add_staff, login="mei", name="Mei", role="cashier",
                stores=["S01"], pin="50318")  # fmt: skip
    on_platform(platform, reset_pin, "mei", "61729")
    db = Database(config.data_dir(one) / config.STORE_FILE)
    client = client_for(db)
    try:
        raw = client.http.get(f"{platform.url}/v1/feeds/{STAFF}", params={"after": 0}).content
    finally:
        client.close()
        db.dispose()
    assert b"50318" not in raw and b"61729" not in raw
    latest = json.loads(raw)["items"][-1]  # the reset's change follows the add's
    assert PasswordHasher().verify(latest["data"]["pin_hash"], "61729")
    stored = platform.rows("SELECT body FROM changes WHERE feed = 'staff'")
    assert stored and all("50318" not in b and "61729" not in b for (b,) in stored)


def test_bad_input_is_refused_with_what_to_fix(platform: Platform) -> None:
    for kwargs, fix in [
        ({"pin": "12"}, "4 to 8 digits"),
        ({"pin": "1111"}, "repeated digit"),
        ({"stores": ["S09"]}, "not a store"),
        ({"stores": ["W01"]}, "not a store"),
        ({"stores": []}, "at least one store"),
        ({"role": "boss"}, "no such role"),
        ({"login": "a b"}, "A login is 1 to 40"),
    ]:
        args = {"login": "mei", "name": "Mei", "role": "cashier", "stores": ["S01"], "pin": PIN} | kwargs
        with pytest.raises(ServiceError, match=fix):
            on_platform(platform, add_staff, **args)
    assert platform.scalar("SELECT COUNT(*) FROM staff") == 0
    assert platform.scalar("SELECT COUNT(*) FROM changes WHERE feed = 'staff'") == 0


_DB: dict = {}


def _feed_db() -> CentralDB:
    """One SQLite platform for every example (examples use their own logins)."""
    if "db" not in _DB:
        path = Path(tempfile.mkdtemp()) / "central.db"
        db = CentralDB(str(path))
        db.migrate()
        with db.write() as s:
            for code in ("S01", "S02", "S03"):
                locations.add_location(s, code=code, name=code, kind="store")
        _DB["db"] = db
    return _DB["db"]


STORES = st.sets(st.sampled_from(["S01", "S02", "S03"]), min_size=1)
STEP = st.one_of(
    st.tuples(st.just("stores"), st.integers(0, 2), STORES), st.tuples(st.just("revoke"), st.integers(0, 2), st.none())
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.lists(STORES, min_size=1, max_size=3), steps=st.lists(STEP, max_size=4))
def test_a_stores_feed_holds_exactly_its_people(start: list[set[str]], steps: list) -> None:
    """Whatever the assignments and revocations, folding a store's feed gives exactly the people who
    may work there now."""
    db = _feed_db()
    _DB["examples"] = run = _DB.get("examples", 0) + 1  # each example its own people
    logins = [f"p{run}x{i}" for i in range(len(start))]
    with db.read() as s:
        after = feeds.current_seq(s, STAFF)
    expected = {login: set(stores) for login, stores in zip(logins, start, strict=True)}
    with db.write() as s:
        for login, stores in zip(logins, start, strict=True):
            add_staff(s, login=login, name=login, role="cashier", stores=stores, pin=PIN, actor="t")
    for kind, who, stores in steps:
        login = logins[who % len(logins)]
        with db.write() as s:
            if kind == "revoke":
                revoke_staff(s, login, actor="t")
                expected[login] = set()
            elif expected[login]:  # a revoked person is not changed
                change_staff(s, login, stores=stores, actor="t")
                expected[login] = set(stores)
    for store in ("S01", "S02", "S03"):
        with db.read() as s:
            items = feeds.read(s, STAFF, [store, feeds.ALL_STORES], after, 5000).items
        present: set[str] = set()
        for item in items:
            (present.discard if item["op"] == DELETE else present.add)(item["key"])
        assert present == {login for login, where in expected.items() if store in where}


def central_cli(platform: Platform, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "central", "staff", *args, "--db", platform.db_url],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_platforms_staff_commands(platform: Platform) -> None:
    added = central_cli(platform, "add", "mei", "--name", "Mei", "--role", "clerk", "--store", "S01", "--pin", "4826")
    assert added.returncode == 0, added.stderr
    assert "4826" not in added.stdout
    listed = central_cli(platform, "list", "--store", "S01")
    assert listed.stdout.split("\t")[:4] == ["mei", "Mei", "clerk", "S01"]
    bad = central_cli(platform, "pin", "mei", "--pin", "1111")
    assert bad.returncode == 2 and "too easy to guess" in bad.stderr
    assert central_cli(platform, "revoke", "mei").returncode == 0
    assert central_cli(platform, "list").stdout.strip() == "No staff."


def test_a_till_syncs_with_an_older_platform_that_has_no_staff_feed(platform: Platform, proxied) -> None:
    """The staff feed is new: a platform without it answers 404, and the till's round goes on, its
    own users still working; once the platform has the feed, its staff arrive."""
    till, proxy = proxied
    on_platform(platform, add_staff, login="mei", name="Mei", role="cashier", stores=["S01"], pin=PIN)
    proxy.missing_feeds.add(STAFF)
    done = sync_once(till)
    assert done.pull.applied[STAFF] == 0 and not signs_in(till, "mei", PIN) and signs_in(till, "ann", "1357")
    proxy.missing_feeds.clear()
    assert sync_once(till).pull.applied[STAFF] == 1
    assert signs_in(till, "mei", PIN) and not signs_in(till, "ann", "1357")
