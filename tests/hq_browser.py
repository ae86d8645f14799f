"""Real parts for the head office console's tests (/hq): a running platform with a head-office user
of every role, a client that signs in over HTTP like a browser, Playwright pages on Debian's
chromium signed in per role, and screenshots for the README.

The platform is a real process (tests/platform.py) on SQLite or PostgreSQL; its clock can be moved
on (``Site.advance``) through ``CLOUDSHELF_CENTRAL_CLOCK`` (central/clock.py), so session expiry is
tested without waiting. Chromium is Debian's (``.ci/run`` installs it); Playwright never downloads one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from central import hq_users
from central.clock import CLOCK_ENV, now_iso
from central.limits import set_setting
from tests.platform import ROOT, CentralProcess, Platform, make_platform, new_pg_database

PASSWORD = "hq-test-password"
# role -> (login, stores); the store manager runs S01 only (S02 is "another store")
USERS = {
    "admin": ("ada", None),
    "merchandiser": ("mei", None),
    "store_manager": ("sam", ["S01"]),
    "auditor": ("aud", None),
}
SHOTS = ROOT / "docs" / "screenshots" / "hq"
SHOTS_ENV = "CLOUDSHELF_SCREENSHOTS"  # 1: write the README's screenshots
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]  # fmt: skip


@dataclass
class Site:
    """A platform serving the console, with its users and a clock the test moves on."""

    platform: Platform
    clock: Path

    @property
    def url(self) -> str:
        return self.platform.url

    def advance(self, seconds: float) -> None:
        """Move the platform's clock on (the running server follows at its next call)."""
        before = float(self.clock.read_text() or 0)
        self.clock.write_text(str(before + seconds))

    def login(self, role: str) -> str:
        return USERS[role][0]

    def db_write(self):
        db = self.platform.db()
        return _closing_write(db)


@contextlib.contextmanager
def _closing_write(db) -> Iterator:
    try:
        with db.write() as s:
            yield s
    finally:
        db.dispose()


def add_users(platform: Platform, **limits: int) -> None:
    """A user of every role; ``limits``: console settings (hq.*) to set, else sign-ins are not rate
    limited in practice (a module's tests sign in many times a minute from one address)."""
    db = platform.db()
    try:
        with db.write() as s:
            for role, (login, stores) in USERS.items():
                hq_users.add_user(s, login=login, name=login.title(), role=role, password=PASSWORD, stores=stores)
            for key, value in {"hq_login_per_minute": 1000, **limits}.items():
                set_setting(s, key.replace("_", ".", 1), value)
    finally:
        db.dispose()


def start_site(db_url: str, workdir: Path, workers: int = 1, **limits: int) -> Site:
    """The test platform (two stores, a warehouse, a small catalogue) with the console's users,
    served by ``workers`` processes that follow a clock file; ``limits`` as for :func:`add_users`."""
    clock = workdir / "clock"
    clock.write_text("0")
    platform = make_platform(db_url, workdir)
    platform.server.stop()
    add_users(platform, **limits)
    platform.server = CentralProcess(db_url, workers=workers, env={CLOCK_ENV: str(clock)}).start()
    return Site(platform, clock)


class Client:
    """The console over HTTP as a browser uses it: cookies, the sign-in form and CSRF tokens."""

    def __init__(self, url: str, lang: str | None = None) -> None:
        self.url = url
        self.http = requests.Session()
        if lang:
            self.http.cookies.set("hq_lang", lang, path="/hq")

    def get(self, path: str, **kw) -> requests.Response:
        return self.http.get(self.url + path, allow_redirects=False, timeout=30, **kw)

    def post(self, path: str, data: dict | None = None, csrf: bool = True, **kw) -> requests.Response:
        data = dict(data or {})
        if csrf:
            data.setdefault("csrf", self.csrf())
        return self.http.post(self.url + path, data=data, allow_redirects=False, timeout=30, **kw)

    def csrf(self) -> str:
        """The session's CSRF token, as the pages carry it (a GET of the home page)."""
        page = self.http.get(self.url + "/hq", timeout=30).text
        return form_token(page)

    def sign_in(self, login: str, password: str = PASSWORD) -> requests.Response:
        form = self.http.get(self.url + "/hq/login", timeout=30)
        return self.http.post(self.url + "/hq/login", allow_redirects=False, timeout=30,
                              data={"login": login, "password": password, "csrf": form_token(form.text)})  # fmt: skip


def form_token(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]*)"', html)
    assert found, "the page has no form with a CSRF token"
    return found.group(1)


def signed_in(site: Site, role: str, lang: str | None = None) -> Client:
    client = Client(site.url, lang)
    answer = client.sign_in(site.login(role))
    assert answer.status_code == 303, answer.text[-500:]
    return client


# ---------------------------------------------------------------- browsers
@contextlib.contextmanager
def chromium() -> Iterator:
    """Debian's chromium, headless, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def browser_page(browser, site: Site, role: str, lang: str = "en"):
    """A page of a new browser context (its own cookies) signed in as ``role`` in ``lang``."""
    locale = "zh-CN" if lang == "zh_CN" else "en-US"
    context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 800})
    context.add_cookies([{"name": "hq_lang", "value": lang, "domain": "127.0.0.1", "path": "/hq"}])
    page = context.new_page()
    page.goto(site.url + "/hq/login")
    page.fill("input[name=login]", site.login(role))
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(site.url + "/hq")
    return page


def screenshot(page, name: str, lang: str) -> Path:
    """The page as a PNG: docs/screenshots/hq/<name>-<lang>.png (the README's) when the run sets
    ``CLOUDSHELF_SCREENSHOTS=1``, else in the run's own temp folder, so a test run leaves the clone's
    files as they were (each run's codes and times differ)."""
    folder = SHOTS if os.environ.get(SHOTS_ENV) == "1" else Path(tempfile.gettempdir()) / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{lang}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


# ---------------------------------------------------------------- fixtures (tests/conftest.py imports them)
@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hq_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """A console on each database, for a module's tests."""
    workdir = tmp_path_factory.mktemp("hq")
    if request.param == "sqlite":
        url = str(workdir / "central.db")
    else:
        url = new_pg_database(request.getfixturevalue("pg_admin_url"))
    site = start_site(url, workdir)
    try:
        yield site
    finally:
        site.platform.server.stop()


@pytest.fixture(scope="module")
def hq_sqlite_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """A console on SQLite only (browser tests, where one database is enough)."""
    workdir = tmp_path_factory.mktemp("hq")
    site = start_site(str(workdir / "central.db"), workdir)
    try:
        yield site
    finally:
        site.platform.server.stop()


@pytest.fixture(scope="session")
def hq_browser() -> Iterator:
    with chromium() as browser:
        yield browser


def add_flag(site: Site, store: str, kind: str = "oversell", **detail: object) -> int:
    """A flag as the platform raises them (central.ingest, central.stock): for a test's queue."""
    from central.models import Flag

    with site.db_write() as s:
        flag = Flag(kind=kind, store_code=store, terminal_id=None, event_id=None,
                    detail=json.dumps(detail or {"sku": "X", "on_hand": -1}), created_at=now_iso())  # fmt: skip
        s.add(flag)
        s.flush()
        return flag.id


def add_pickup_order(site: Site, store: str = "S01", customer: str = "Wang Fang", phone: str = "13800000001") -> str:
    """A paid web-shop order for pickup at ``store`` (its stock added first); its code."""
    from central.order_create import Customer, LineRequest, create_order
    from central.stock import adjust

    sku = site.platform.skus[0]
    with site.db_write() as s:
        adjust(s, store, sku, 2, "receive")
    with site.db_write() as s:
        made = create_order(s, store=store, lines=[LineRequest(sku, 1)], customer=Customer(customer, phone),
                            paid=True)  # fmt: skip
        return made.order.code


def add_shelf_order(site: Site, store: str = "S01", *, to_store: str | None = None, n: int = 1) -> str:
    """A cloud-shelf order sold at ``store`` and filled from the warehouse, as a till's event brings
    it (held, then the sale's event through ``central.ingest``): to the customer's home, or to
    ``to_store``. ``n`` tells a test's orders apart. Its code."""
    from central import auth, ingest, shelf, shelf_holds
    from central.shelf_holds import LineIn
    from central.stock import adjust
    from core import pickup_codes
    from sync.protocol import SHELF_ORDER

    sku = site.platform.skus[1]
    with site.db_write() as s:
        adjust(s, "W01", sku, 1, "receive")
        code = auth.new_enrol_code(s, store, f"Q{n}")
    db = site.platform.db()
    try:
        with db.write() as s:
            row, _token, _ = auth.enrol(s, code)
            caller = auth.Caller(row.id, store, f"Q{n}")
        hold = f"01a20a79-0000-7000-8000-{n:012d}"
        with db.write() as s:
            made = shelf_holds.hold(s, caller, hold, [LineIn(1, sku, 1)])
        order_code = pickup_codes.new_order_code(to_store or store)
        data = {
            "order_id": f"01a20a79-0000-7000-a000-{n:012d}", "code": order_code, "sale_id": f"sale-{n}",
            "receipt_no": f"{store}-Q{n}-000001", "delivery": "store" if to_store else "home",
            "deliver_to": to_store, "currency": "CNY", "total": 29900, "taken_offline": False,
            "lines": [{"line_no": 1, "sku": sku, "description": f"Item {sku}", "qty": 1, "unit_price": 29900,
                       "total": 29900, "tax_rate_ppm": 130_000, "source": "auto"}],
            "hold_id": hold, "plan": [[x["line_no"], x["location"], x["qty"]] for x in made["plan"]],
        }  # fmt: skip
        event = {"v": 1, "id": f"01a20a79-0000-7000-9000-{n:012d}", "type": SHELF_ORDER, "seq": 1, "store": store,
                 "terminal": f"Q{n}", "created_at": now_iso(), "data": data}  # fmt: skip
        [answer] = ingest.ingest(db, caller, [event])
        assert answer["status"] == "accepted", answer
        if to_store:  # the selling till sends the customer's details beside the sale
            with db.write() as s:
                shelf.set_contact(s, caller, data["order_id"], {"name": "Li Na", "phone": "13700000000"})
        return order_code
    finally:
        db.dispose()
