"""The console's home page counts what needs a person in the stores the user sees; the CLI manages
head-office users; money is shown exactly in the page's locale (integer minor units, never a float)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from central import auth
from central.hq.web import money
from tests.hq_browser import Client, Site, add_flag, add_pickup_order, signed_in
from tests.platform import ROOT


def figures(page: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r'id="([a-z-]+)"><span class="n">(\d+)</span>', page)}


def test_the_home_page_counts_open_flags_waiting_orders_and_silent_tills_per_store(hq_sqlite_site: Site):
    site = hq_sqlite_site
    admin, sam = signed_in(site, "admin"), signed_in(site, "store_manager")
    before, sam_before = figures(admin.get("/hq").text), figures(sam.get("/hq").text)
    add_flag(site, "S02")
    add_pickup_order(site, "S02")
    code = site.platform.enrol_code("S02", "T88")
    assert figures(admin.get("/hq").text)["tills-silent"] == before["tills-silent"], "a code is not a till yet"
    with site.db_write() as s:
        auth.enrol(s, code)  # enrolled, never synced since
    after = figures(admin.get("/hq").text)
    assert after["open-flags"] == before["open-flags"] + 1
    assert after["orders-waiting"] == before["orders-waiting"] + 1
    assert after["tills-silent"] == before["tills-silent"] + 1
    assert figures(sam.get("/hq").text) == sam_before, "another store's work is not the store manager's"
    add_flag(site, "S01")
    assert figures(sam.get("/hq").text)["open-flags"] == sam_before["open-flags"] + 1


def cli(db_url: str, *args: str, password: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLOUDSHELF_HQ_PASSWORD": password}
    return subprocess.run([sys.executable, "-m", "app", "central", "hq-user", *args, "--db", db_url],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)  # fmt: skip


def test_the_cli_adds_a_user_sets_a_password_ending_their_sessions_and_disables_them(hq_sqlite_site: Site):
    site = hq_sqlite_site
    db = site.platform.db_url
    added = cli(db, "add", "Kim", "--name", "Kim Lee", "--role", "store_manager", "--store", "S02",
                password="first-password")  # fmt: skip
    assert added.returncode == 0 and "Added kim (store_manager)." in added.stdout
    kim = Client(site.url)
    assert kim.sign_in("kim", "first-password").status_code == 303
    assert cli(db, "passwd", "kim", password="second-password").returncode == 0
    assert kim.get("/hq").status_code == 303, "a new password ends the user's sessions"
    assert kim.sign_in("kim", "first-password").status_code == 401
    assert kim.sign_in("kim", "second-password").status_code == 303
    short = cli(db, "add", "tim", "--name", "Tim", "--role", "auditor", password="short")
    assert short.returncode == 2 and "A password is 10 to 200 characters long." in short.stderr
    unscoped = cli(db, "add", "tom", "--name", "Tom", "--role", "store_manager", password="long-enough-pw")
    assert unscoped.returncode == 2 and "A store manager needs the stores they manage." in unscoped.stderr
    assert cli(db, "disable", "kim").returncode == 0
    assert kim.get("/hq").status_code == 303 and kim.sign_in("kim", "second-password").status_code == 401
    missing = cli(db, "unlock", "nobody")
    assert missing.returncode == 2 and "There is no such head-office user." in missing.stderr


@given(amount=st.integers(-(10**15), 10**15), currency=st.sampled_from(["CNY", "USD", "JPY", "KWD"]))
def test_money_is_shown_exactly_whatever_the_amount(amount: int, currency: str):
    digits = {"CNY": 2, "USD": 2, "JPY": 0, "KWD": 3}[currency]
    shown = money(amount, currency, "en_US")
    number = re.sub(r"[^\d.\-]", "", shown.replace("(", "-"))
    assert Decimal(number) == Decimal(amount).scaleb(-digits)
