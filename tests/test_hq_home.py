"""The console's home page counts what needs a person in the stores the user sees; the CLI manages
head-office users; money is shown exactly in the page's locale (integer minor units, never a float)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from central import audit, auth
from central.db import CentralDB
from central.hq.web import ZONE_ENV, money, when
from central.models_hq import AuditEntry
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


@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1)),
    zone_name=st.sampled_from(["Asia/Shanghai", "Europe/London", "America/St_Johns", "Asia/Kolkata", "UTC"]),
)
def test_times_are_shown_in_head_offices_zone_with_its_offset(moment: datetime, zone_name: str) -> None:
    """A stored UTC time reads as the wall clock of head office's zone, with the offset it had that day,
    and names the same minute: read back, it is the stored time."""
    stamp = moment.replace(tzinfo=UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    shown = when(stamp, zone_name)
    wall, offset = re.fullmatch(r"(\d{4}-\d\d-\d\d \d\d:\d\d) \(UTC([+-]\d+(?::\d\d)?)\)", shown).groups()
    hours, _, minutes = offset.partition(":")
    delta = timedelta(hours=abs(int(hours)), minutes=int(minutes or 0)) * (-1 if hours.startswith("-") else 1)
    assert datetime.fromisoformat(wall) - delta == moment.replace(second=0, microsecond=0)
    assert shown == when(stamp.replace("Z", "+00:00"), zone_name) == when(stamp[:-1], zone_name)  # naive: UTC


def test_a_time_zone_nobody_knows_shows_the_chains_and_a_broken_stamp_as_stored(monkeypatch) -> None:
    monkeypatch.setenv(ZONE_ENV, "Mars/Olympus")
    assert when("2026-12-03T20:25:00Z") == "2026-12-04 04:25 (UTC+8)"
    assert when("yesterday") == "yesterday" and when(None) == ""


def test_the_audits_days_are_head_offices_days(tmp_path) -> None:
    """A day typed in the audit's search is a day of the zone its times are shown in: in Shanghai,
    4 December runs from 16:00 UTC on the 3rd to 16:00 UTC on the 4th."""
    db = CentralDB(str(tmp_path / "central.db"))
    db.migrate()
    stamps = ["2026-12-03T15:59:59.999Z", "2026-12-03T16:00:00.000Z", "2026-12-04T15:59:59.999Z",
              "2026-12-04T16:00:00.000Z"]  # fmt: skip
    with db.write() as s:
        s.add_all(AuditEntry(at=at, actor="ada", action="edit", entity="style", entity_id=at) for at in stamps)
    with db.read() as s:
        shanghai = [e.at for e in audit.search(s, since="2026-12-04", until="2026-12-04", zone="Asia/Shanghai")]
        utc = [e.at for e in audit.search(s, since="2026-12-04", until="2026-12-04")]
    db.dispose()
    assert sorted(shanghai) == stamps[1:3] and sorted(utc) == stamps[2:]
