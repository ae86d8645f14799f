"""The demo: an apparel retailer with three stores and a warehouse, a few hundred styles, some
sizes sold out in the demo store, and a user of each role (PINs in the README)."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from app import catalog_gen, config, setup
from app.catalog_import import import_csv
from app.clock import now_iso
from app.codes import display
from app.db import migrate
from app.db.engine import Database
from app.db.models import Location, StockLevel, Variant
from app.receipt import ReceiptDoc
from app.shifts import ShiftReport

if TYPE_CHECKING:
    from app.facade import Terminal

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


def create(directory: Path, *, styles: int = STYLES, seed: int = 7) -> None:
    """Build the demo store in ``directory`` (which must not hold a terminal yet)."""
    from app.facade import Terminal

    directory.mkdir(parents=True, exist_ok=True)
    store = directory / config.STORE_FILE
    db = Database(store)
    built = False
    try:
        migrate.upgrade(db.engine)
        with db.write() as s:
            setup.init_store(s, STORE)
            s.add_all(Location(code=c, name=n, kind=k, region=r) for c, n, k, r in OTHER_LOCATIONS)
        add_users(db)
        with tempfile.TemporaryDirectory() as tmp:
            csv_path = Path(tmp) / "demo-catalog.csv"
            catalog_gen.write_csv(csv_path, catalog_gen.generate_rows(styles, seed=seed))
            import_csv(db, csv_path, default_list="retail", currency=STORE.currency)
        _stock(db, seed)
        built = True
    finally:
        db.dispose()
        if not built:  # never leave half a demo store behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{store}{suffix}").unlink(missing_ok=True)
    name_quick_keys(directory)
    Terminal.open(directory).close()


def name_quick_keys(directory: Path, count: int = 6) -> None:
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
                    .where(StockLevel.location_code == STORE.store_code, StockLevel.on_hand >= 3, Variant.size == "M")
                    .group_by(Variant.style_id)
                    .order_by(Variant.style_id)
                    .limit(count)
                ).scalars()
            )
    finally:
        db.dispose()
    save_sections(directory / config.CONFIG_FILE, {"till": {"quick_keys": skus}})


def stock_counts(skus: list[str], seed: int = 7) -> Iterator[tuple[str, str, int]]:
    """(location, sku, on hand) for every location; about one size in seven sold out in the demo store."""
    rng = random.Random(seed)
    codes = [STORE.store_code] + [c for c, *_ in OTHER_LOCATIONS]
    for sku in skus:
        for code in codes:
            if code == STORE.store_code:
                qty = 0 if rng.random() < SOLD_OUT_SHARE else rng.randint(1, 8)
            elif code.startswith("W"):
                qty = rng.randint(0, 60)
            else:
                qty = rng.randint(0, 10)
            yield code, sku, qty


def add_users(db: Database) -> None:
    from app.users import add_user

    with db.write() as s:
        for u in USERS:
            add_user(s, login=u.login, name=u.name, role=u.role, pin=u.pin)


def _stock(db: Database, seed: int) -> None:
    stamp = now_iso()
    with db.write() as s:
        ids = {sku: vid for sku, vid in s.execute(select(Variant.sku, Variant.id).order_by(Variant.id))}
        rows = [
            {"variant_id": ids[sku], "location_code": code, "on_hand": qty, "as_of": stamp}
            for code, sku, qty in stock_counts(list(ids), seed)
        ]
        s.execute(insert(StockLevel), rows)


def walkthrough(term: Terminal, render: Callable[[ReceiptDoc | ShiftReport], str]) -> str:
    """Ring up one sale as the demo cashier and return what the till would show and print;
    ``render`` lays out the receipt and the X report as the printer does (``devices``)."""
    from sqlalchemy import text

    cashier = USERS[1]
    out: list[str] = []
    info = term.info
    out.append(f"{info.store_name} ({info.store}-{info.terminal}), {info.currency}, tax {info.tax_mode}")
    out.append("Demo users: " + ", ".join(f"{u.login} ({u.role}) PIN {u.pin}" for u in USERS))
    user = term.sign_in(cashier.login, cashier.pin)
    out.append(f"Signed in: {user.name} ({user.role})")
    if term.current_shift_id() is None:
        term.open_shift(50_000)
        out.append(f"Shift opened with a float of {term.money(50_000)}")
    if term.cart is not None and term.cart.lines:
        term.void_sale("demo restarted")
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
    line = term.scan(in_stock)
    out.append(f"Scanned {display(in_stock)}: {line.description} {term.money(line.unit_price)}")
    found = term.search("jeans", limit=5)
    out.append(f"Search 'jeans': {len(found)} shown, first {found[0].sku}")
    term.add_item(found[0].variant_id, 2)
    term.line_discount(line.id, percent_bp=500)
    totals = term.totals()
    out.append(
        f"Total {term.money(totals.total)} (tax {term.money(totals.tax_total)}, "
        f"discount {term.money(totals.discount_total)})"
    )
    term.add_card(20_000, "DEMO-0001", "A1B2C3")
    cash_given = -(-(totals.due) // 10_000) * 10_000
    tender = term.add_cash(cash_given)
    out.append(f"Card {term.money(20_000)}, cash {term.money(cash_given)}, change {term.money(tender.change)}")
    done = term.complete()
    out.append(f"Completed {done.receipt_no}")
    out.append("")
    out.append(render(term.receipt(done.receipt_no)))
    out.append(render(term.x_report()))
    out.append(f"Sold out here: {', '.join(sold_out)} (the cloud shelf will offer them from other stores)")
    out.append(f"Events waiting for the central platform: {term.pending_events()}")
    queue = term.pickup_queue()
    out.append(
        f"Online orders for pickup: {len(queue)}"
        + "".join(f"\n  {e.code} {e.state} {e.items} item(s) {'paid' if e.paid else 'to pay'}" for e in queue)
    )
    term.sign_out()
    return "\n".join(out)
