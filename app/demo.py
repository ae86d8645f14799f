"""The demo: an apparel retailer with three stores and a warehouse, a few hundred styles, some
sizes sold out in the demo store, and a user of each role (PINs in the README).

Two demos: ``cn``, a Shanghai store whose prices include VAT, with cash rounded to 0.10 (the
default), and ``us``, a New York store that adds sales tax at the till, tax rounded per receipt,
no cash rounding (``cloudshelf demo --store us``). Each has its own folder and platform."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from app import catalog_gen, config, pickup_demo, setup
from app.catalog_import import import_csv
from app.clock import now_iso
from app.codes import display
from app.db import migrate
from app.db.engine import Database
from app.db.models import Location, StockLevel, Variant
from app.errors import UserError
from app.money import format_money
from app.progress import OnProgress, ignore
from app.receipt import ReceiptDoc
from app.shifts import ShiftReport

if TYPE_CHECKING:
    from app.terminal import Terminal

STORE = setup.StoreSpec(
    store_code="S01",
    store_name="CloudShelf Shanghai Flagship",
    terminal_code="T01",
    currency="CNY",
    locale="zh_CN",
    region="East",
    tax_mode="inclusive",
    tax_rounding="line",
    cash_increment=10,
    discount_limit_bp=1000,
)
OTHER_LOCATIONS = [
    ("S02", "CloudShelf Hangzhou West Lake", "store", "East"),
    ("S03", "CloudShelf Beijing Sanlitun", "store", "North"),
    ("W01", "CloudShelf Central Warehouse", "warehouse", "East"),
]
US_STORE = setup.StoreSpec(
    store_code="NY01",
    store_name="CloudShelf New York SoHo",
    terminal_code="T01",
    currency="USD",
    locale="en_US",
    region="East",
    tax_mode="exclusive",
    tax_rounding="receipt",
    cash_increment=1,
    discount_limit_bp=1000,
    standard_rate_ppm=88_750,  # New York City sales tax, 8.875%
    reduced_rate_ppm=45_000,
)


@dataclass(frozen=True)
class DemoStore:
    """One demo: the store the till sells in, the chain's other locations, its folder."""

    key: str
    spec: setup.StoreSpec
    others: list[tuple[str, str, str, str]]  # code, name, kind, region
    folder: str  # under the platform's data directory


DEMOS = {
    "cn": DemoStore("cn", STORE, OTHER_LOCATIONS, "demo"),
    "us": DemoStore(
        "us",
        US_STORE,
        [
            ("NY02", "CloudShelf Brooklyn Williamsburg", "store", "East"),
            ("CA01", "CloudShelf San Francisco Union Square", "store", "West"),
            ("W01", "CloudShelf New Jersey Warehouse", "warehouse", "East"),
        ],
        "demo-us",
    ),
}


@dataclass(frozen=True)
class DemoUser:
    login: str
    name: str
    role: str
    pin: str


USERS = [
    DemoUser("mia", "Mia Wang", "manager", "9024"),
    DemoUser("chen", "Chen Jie", "cashier", "1357"),
    DemoUser("li", "Li Na", "clerk", "2468"),
]
STYLES = 300
SOLD_OUT_SHARE = 0.15


def create(
    directory: Path,
    *,
    demo: DemoStore = DEMOS["cn"],
    styles: int = STYLES,
    seed: int = 7,
    on_progress: OnProgress = ignore,
) -> None:
    """Build the demo store in ``directory`` (which must not hold a terminal yet), offline;
    ``on_progress`` hears its catalogue being written."""
    from app.terminal import Terminal

    directory.mkdir(parents=True, exist_ok=True)
    store = directory / config.STORE_FILE
    db = Database(store)
    built = False
    try:
        migrate.upgrade(db.engine)
        with db.write() as s:
            setup.init_store(s, demo.spec)
            s.add_all(Location(code=c, name=n, kind=k, region=r) for c, n, k, r in demo.others)
        add_users(db)
        with tempfile.TemporaryDirectory() as tmp:
            csv_path = Path(tmp) / "demo-catalog.csv"
            catalog_gen.write_csv(csv_path, catalog_gen.generate_rows(styles, seed=seed))
            import_csv(db, csv_path, default_list="retail", currency=demo.spec.currency, on_progress=on_progress)
        _stock(db, seed, demo)
        built = True
    finally:
        db.dispose()
        if not built:  # never leave half a demo store behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{store}{suffix}").unlink(missing_ok=True)
    name_quick_keys(directory, store=demo.spec.store_code)
    Terminal.open(directory).close()


def name_quick_keys(directory: Path, count: int = 6, *, store: str = STORE.store_code) -> None:
    """The demo till's quick keys: the M size of a few styles in stock here (a real store names its
    bags and basics in ``[till] quick_keys``)."""
    from app.device_config import save_sections

    db = Database(directory / config.STORE_FILE)
    try:
        with db.read() as s:
            skus = list(
                s.execute(
                    select(func.min(Variant.sku))
                    .join(StockLevel, StockLevel.variant_id == Variant.id)
                    .where(StockLevel.location_code == store, StockLevel.on_hand >= 3, Variant.size == "M")
                    .group_by(Variant.style_id)
                    .order_by(Variant.style_id)
                    .limit(count)
                ).scalars()
            )
    finally:
        db.dispose()
    save_sections(directory / config.CONFIG_FILE, {"till": {"quick_keys": skus}})


def stock_counts(skus: list[str], seed: int = 7, demo: DemoStore = DEMOS["cn"]) -> Iterator[tuple[str, str, int]]:
    """(location, sku, on hand) for every location; about one size in seven sold out in the demo store."""
    rng = random.Random(seed)
    here = demo.spec.store_code
    codes = [here] + [c for c, *_ in demo.others]
    for sku in skus:
        for code in codes:
            if code == here:
                qty = 0 if rng.random() < SOLD_OUT_SHARE else rng.randint(1, 8)
            elif code.startswith("W"):
                qty = rng.randint(0, 60)
            else:
                qty = rng.randint(0, 10)
            yield code, sku, qty


def check_store(directory: Path, demo: DemoStore) -> None:
    """Refuse to open another demo's store as this one (a ``--data-dir`` given to both)."""
    from app.db.models import StoreSettings

    db = Database(directory / config.STORE_FILE)
    try:
        with db.read() as s:
            code = s.scalar(select(StoreSettings.store_code))
    finally:
        db.dispose()
    if code != demo.spec.store_code:
        raise UserError(
            f"{directory} holds the store {code}, not the '{demo.key}' demo's store {demo.spec.store_code}.",
            f"Add --reset to build the '{demo.key}' demo there, or give another --data-dir.",
        )


def add_users(db: Database) -> None:
    from app.users import add_user

    with db.write() as s:
        for u in USERS:
            add_user(s, login=u.login, name=u.name, role=u.role, pin=u.pin)


def _stock(db: Database, seed: int, demo: DemoStore) -> None:
    stamp = now_iso()
    with db.write() as s:
        ids = {sku: vid for sku, vid in s.execute(select(Variant.sku, Variant.id).order_by(Variant.id))}
        rows = [
            {"variant_id": ids[sku], "location_code": code, "on_hand": qty, "as_of": stamp}
            for code, sku, qty in stock_counts(list(ids), seed, demo)
        ]
        s.execute(insert(StockLevel), rows)


def walkthrough(term: Terminal, render: Callable[[ReceiptDoc | ShiftReport], str]) -> str:
    """Ring up one sale as the demo cashier and return what the till would show and print;
    ``render`` lays out the receipt and the X report as the printer does (``devices``)."""
    from sqlalchemy import text

    cashier = USERS[1]
    out: list[str] = []
    info = term.info
    money = partial(format_money, currency=info.currency, locale=info.locale)  # the demo's text, as the CLI's
    out.append(f"{info.store_name} ({info.store}-{info.terminal}), {info.currency}, tax {info.tax_mode}")
    out.append("Demo users: " + ", ".join(f"{u.login} ({u.role}) PIN {u.pin}" for u in USERS))
    user = term.sign_in(cashier.login, cashier.pin)
    out.append(f"Signed in: {user.name} ({user.role})")
    if term.shift.current_id() is None:
        term.shift.open(50_000)
        out.append(f"Shift opened with a float of {money(50_000)}")
    if term.sale.cart is not None and term.sale.cart.lines:
        term.sale.void("demo restarted")
    with term.db.read() as s:
        in_stock = s.execute(
            text(
                "SELECT b.code FROM barcodes b JOIN stock_levels l ON l.variant_id = b.variant_id "
                "WHERE l.location_code = :store AND l.on_hand > 0 ORDER BY b.variant_id LIMIT 1"
            ),
            {"store": info.store},
        ).scalar_one()
        sold_out = (
            s.execute(
                text(
                    "SELECT v.sku FROM variants v JOIN stock_levels l ON l.variant_id = v.id "
                    "WHERE l.location_code = :store AND l.on_hand = 0 ORDER BY v.id LIMIT 3"
                ),
                {"store": info.store},
            )
            .scalars()
            .all()
        )
    line = term.sale.scan(in_stock)
    out.append(f"Scanned {display(in_stock)}: {line.description} {money(line.unit_price)}")
    found = term.catalog.search("jeans", limit=5)
    out.append(f"Search 'jeans': {len(found)} shown, first {found[0].sku}")
    term.sale.add_item(found[0].variant_id, 2)
    term.sale.line_discount(line.id, percent_bp=500)
    totals = term.sale.totals()
    out.append(f"Total {money(totals.total)} (tax {money(totals.tax_total)}, discount {money(totals.discount_total)})")
    term.sale.add_card(20_000, "DEMO-0001", "A1B2C3")
    cash_given = -(-(totals.due) // 10_000) * 10_000
    tender = term.sale.add_cash(cash_given)
    out.append(f"Card {money(20_000)}, cash {money(cash_given)}, change {money(tender.change)}")
    done = term.sale.complete()
    out.append(f"Completed {done.receipt_no}")
    out.append("")
    out.append(render(term.printing.receipt(done.receipt_no)))
    out.append(render(term.shift.x_report()))
    out.append(f"Sold out here: {', '.join(sold_out)} (the cloud shelf will offer them from other stores)")
    out.append(f"Events waiting for the central platform: {term.sync.pending_events()}")
    queue = term.pickup.queue()
    codes = pickup_demo.load(term.directory)  # the demo's customers' codes, to try the handover
    out.append(
        f"Online orders for pickup: {len(queue)}"
        + "".join(
            f"\n  {e.code} {e.state} {e.items} item(s) {'paid' if e.paid else 'to pay'}"
            + (f", pickup code {codes[e.code]} (QR {e.code}/{codes[e.code]})" if e.code in codes else "")
            for e in queue
        )
    )
    term.sign_out()
    return "\n".join(out)
