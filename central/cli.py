"""``cloudshelf central ...``: run and administer the central platform service.

Registered with the ``cloudshelf`` command through the ``cloudshelf.commands`` entry point, so the
terminal's CLI never imports this package unless these commands are used.
"""

from __future__ import annotations

import json
import os

import click
from sqlalchemy import select

from central import auth
from central.db import CentralDB
from central.errors import ServiceError

DB_ENV = "CLOUDSHELF_CENTRAL_DB"
DB_HELP = "Database URL: postgresql://USER@HOST/DB, or a SQLite file path (env CLOUDSHELF_CENTRAL_DB)."


def _db(url: str) -> CentralDB:
    db = CentralDB(url)
    db.migrate()
    return db


def db_option(f):
    return click.option("--db", "db_url", required=True, envvar=DB_ENV, help=DB_HELP)(f)


class _Group(click.Group):
    """Shows a ServiceError as a user error (message and hint, exit status 2), never a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ServiceError as exc:
            error = click.ClickException(f"{exc.message} {exc.hint}".strip())
            error.exit_code = 2
            raise error from None


@click.group(cls=_Group)
def central() -> None:
    """The central platform service."""


@central.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8700, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Server processes.")
@click.option("--tls-cert", type=click.Path(exists=True, dir_okay=False), help="PEM certificate chain: serve HTTPS.")
@click.option("--tls-key", type=click.Path(exists=True, dir_okay=False), help="PEM private key of --tls-cert.")
@click.option(
    "--tasks-every",
    default=60.0,
    show_default=True,
    help="Seconds between runs of the periodic tasks (expire orders, send notifications); 0: never.",
)
@click.option("--migrate", "migrate_first", is_flag=True, help="Bring the database's schema up to date first.")
@click.option(
    "--max-body",
    default=8 * 1024 * 1024,
    show_default=True,
    envvar="CLOUDSHELF_MAX_BODY",
    type=click.IntRange(1024),
    help="Largest request body in bytes; a larger one is refused (413) unread.",
)
@click.option(
    "--trusted-proxy",
    "trusted_proxies",
    multiple=True,
    envvar="CLOUDSHELF_TRUSTED_PROXIES",
    help="Address or network of a proxy whose X-Forwarded-For is believed (repeat; env: space-separated). "
    "None by default: the client is the connection's peer.",
)
def serve(
    db_url: str,
    host: str,
    port: int,
    workers: int,
    tls_cert: str | None,
    tls_key: str | None,
    tasks_every: float,
    migrate_first: bool,
    max_body: int,
    trusted_proxies: tuple[str, ...],
) -> None:
    """Serve the API (OpenAPI at /openapi.json); HTTPS with --tls-cert and --tls-key. A database on an
    older schema is refused unless --migrate is given."""
    import uvicorn

    from central.api import create_app
    from central.serving import MAX_BODY_ENV, NoDelayH11Protocol
    from central.tasks import start_periodic

    if bool(tls_cert) != bool(tls_key):
        raise ServiceError(400, "tls", "HTTPS needs both --tls-cert and --tls-key.", "Give both, or neither.")
    db = CentralDB(db_url)
    if migrate_first:
        db.migrate()
    else:
        db.check_schema()
    if tasks_every > 0:  # in this process only, however many serve the API
        start_periodic(db, tasks_every)
    scheme = "https" if tls_cert else "http"
    click.echo(f"CloudShelf central on {scheme}://{host}:{port} ({db.dialect}, {workers} process(es))", err=True)
    options = {
        "host": host,
        "port": port,
        "log_level": "warning",
        "access_log": False,
        "ssl_certfile": tls_cert,
        "ssl_keyfile": tls_key,
        "http": NoDelayH11Protocol,
        "proxy_headers": bool(trusted_proxies),
        "forwarded_allow_ips": ",".join(trusted_proxies) or None,
    }
    os.environ[MAX_BODY_ENV] = str(max_body)
    if workers > 1:  # each process opens the database itself (see central.api.app_from_env)
        db.dispose()
        os.environ[DB_ENV] = db.url
        uvicorn.run("central.api:app_from_env", factory=True, workers=workers, **options)
    else:
        uvicorn.run(create_app(db, max_body=max_body), **options)


@central.command()
@db_option
def migrate(db_url: str) -> None:
    """Create or upgrade the central database."""
    _db(db_url).dispose()
    click.echo("Central database is up to date.")


@central.group()
def location() -> None:
    """Stores and warehouses."""


@location.command("add")
@db_option
@click.argument("code")
@click.option("--name", required=True)
@click.option("--kind", type=click.Choice(["store", "warehouse"]), default="store", show_default=True)
@click.option("--region", default="")
@click.option("--currency", default="CNY", show_default=True)
@click.option("--locale", default="zh_CN", show_default=True)
@click.option("--tax-mode", type=click.Choice(["inclusive", "exclusive"]), default="inclusive", show_default=True)
@click.option("--tax-rounding", type=click.Choice(["line", "receipt"]), default="line", show_default=True)
@click.option("--cash-increment", type=int, default=1, show_default=True)
@click.option("--discount-limit-bp", type=int, default=1000, show_default=True, help="Cashier discount limit.")
@click.option("--pickup-days", type=int, default=7, show_default=True, help="Days a ready pickup order waits.")
@click.option(
    "--standard-rate-ppm",
    type=click.IntRange(0, 1_000_000),
    default=130_000,
    show_default=True,
    help="The platform's standard tax rate in millionths, set with its first location.",
)
@click.option(
    "--reduced-rate-ppm",
    type=click.IntRange(0, 1_000_000),
    default=90_000,
    show_default=True,
    help="The platform's reduced tax rate in millionths, set with its first location.",
)
def location_add(
    db_url: str,
    code: str,
    name: str,
    kind: str,
    region: str,
    standard_rate_ppm: int,
    reduced_rate_ppm: int,
    **settings: object,
) -> None:
    from central.locations import add_location

    db = _db(db_url)
    with db.write() as s:
        add_location(
            s,
            code=code,
            name=name,
            kind=kind,
            region=region,
            settings=settings,
            standard_rate_ppm=standard_rate_ppm,
            reduced_rate_ppm=reduced_rate_ppm,
        )
    click.echo(f"Added {kind} {code}.")


@central.command("enrol-code")
@db_option
@click.option("--store", required=True)
@click.option("--terminal", required=True)
def enrol_code(db_url: str, store: str, terminal: str) -> None:
    """Print a one-time code (valid 24 h) that enrols one terminal of a store."""
    db = _db(db_url)
    with db.write() as s:
        code = auth.new_enrol_code(s, store, terminal)
    click.echo(code)


@central.command()
@db_option
@click.option("--store", required=True)
@click.option("--terminal", required=True)
def revoke(db_url: str, store: str, terminal: str) -> None:
    """Revoke a terminal's token at once."""
    db = _db(db_url)
    with db.write() as s:
        count = auth.revoke(s, store, terminal)
    if not count:
        raise ServiceError(404, "no_terminal", f"No enrolled terminal {store}-{terminal}.", "Check the codes.")
    click.echo(f"Revoked {store}-{terminal}.")


@central.group()
def setting() -> None:
    """Limits every worker process enforces (central.limits, docs/cloud-shelf.md)."""


@setting.command("show")
@db_option
def setting_show(db_url: str) -> None:
    """Every limit: its value (what head office set, else the default) and what it limits."""
    from central import limits

    db = _db(db_url)
    with db.read() as s:
        values = limits.settings(s)
    for key, known in limits.SETTINGS.items():
        click.echo(f"{key:<22} {values[key]:>7}  {known.means} (default {known.default})")


@setting.command("set")
@db_option
@click.argument("key")
@click.argument("value", type=int)
def setting_set(db_url: str, key: str, value: int) -> None:
    """Set one limit; it holds at once for every worker process."""
    from central import limits

    db = _db(db_url)
    with db.write() as s:
        limits.set_setting(s, key, value)
    click.echo(f"{key} = {value}")


@central.group()
def catalog() -> None:
    """The catalog."""


@catalog.command("import")
@db_option
@click.argument("csv_file", type=click.Path(dir_okay=False))
@click.option("--currency", default="CNY", show_default=True, help="Currency of the file's prices.")
def catalog_import(db_url: str, csv_file: str, currency: str) -> None:
    """Import the catalog from the terminal's CSV format (docs/catalog-csv.md), all or nothing."""
    from pathlib import Path

    from central.catalog_import import import_csv

    rows = import_csv(_db(db_url), Path(csv_file), currency)
    click.echo(f"Imported {rows} rows; terminals receive them at their next sync.")


@catalog.command("retire")
@db_option
@click.argument("skus", nargs=-1, required=True)
def catalog_retire(db_url: str, skus: tuple[str, ...]) -> None:
    """Withdraw variants from sale everywhere (kept for old sales and returns)."""
    from central.catalog import retire_variants

    db = _db(db_url)
    with db.write() as s:
        count = retire_variants(s, list(skus))
    click.echo(f"Retired {count} variant(s); terminals drop them at their next sync.")


@central.group()
def price() -> None:
    """Price lists."""


@price.command("remove")
@db_option
@click.option("--list", "price_list", required=True, help="The price list, e.g. member.")
@click.argument("skus", nargs=-1, required=True)
def price_remove(db_url: str, price_list: str, skus: tuple[str, ...]) -> None:
    """Take variants off a price list."""
    from central.catalog import remove_prices

    db = _db(db_url)
    with db.write() as s:
        count = remove_prices(s, price_list, list(skus))
    click.echo(f"Removed {count} price(s) from {price_list}.")


@central.group()
def feeds() -> None:
    """The change feeds terminals pull."""


@feeds.command("compact")
@db_option
@click.option("--feed", "names", multiple=True, help="Only this feed (repeatable); default: all.")
@click.option(
    "--drop-tombstones-before",
    type=int,
    default=None,
    help="Also drop deletes older than this feed sequence; terminals behind it take a fresh snapshot.",
)
def feeds_compact(db_url: str, names: tuple[str, ...], drop_tombstones_before: int | None) -> None:
    """Drop changes that a later change of the same item supersedes (terminals lose nothing)."""
    from central.feeds import SNAPSHOT_FEEDS, check_feed, compact
    from sync.protocol import FEEDS

    for name in names:
        check_feed(name)
    db = _db(db_url)
    for name in names or FEEDS:
        # only a feed a terminal can take a snapshot of may lose its tombstones
        drop = drop_tombstones_before if name in SNAPSHOT_FEEDS else None
        with db.write() as s:
            removed = compact(s, name, drop_tombstones_before=drop)
        click.echo(f"{name}: {removed} change(s) removed.")


@feeds.command("resync")
@db_option
def feeds_resync(db_url: str) -> None:
    """After restoring the database from a backup, before serving: every terminal re-reads the
    catalog, prices and stock from a fresh snapshot (its events are resent as the platform asks)."""
    from central.feeds import SNAPSHOT_FEEDS, resync

    db = _db(db_url)
    with db.write() as s:
        for name in SNAPSHOT_FEEDS:
            resync(s, name)
    click.echo("Terminals take a fresh snapshot of " + ", ".join(SNAPSHOT_FEEDS) + " at their next sync.")


@central.group()
def stock() -> None:
    """The stock ledger."""


@stock.command("adjust")
@db_option
@click.option("--location", "location_code", required=True)
@click.option("--sku", required=True)
@click.option("--qty", required=True, type=int, help="Units in (positive) or out (negative).")
@click.option("--reason", default="adjust", show_default=True)
def stock_adjust(db_url: str, location_code: str, sku: str, qty: int, reason: str) -> None:
    """Record a stock movement (goods received, a count) in the ledger."""
    from central.stock import adjust

    db = _db(db_url)
    with db.write() as s:
        on_hand = adjust(s, location_code, sku, qty, reason)
    click.echo(f"{location_code} {sku}: {on_hand} on hand.")


@stock.command("import")
@db_option
@click.argument("csv_file", type=click.Path(dir_okay=False))
def stock_import(db_url: str, csv_file: str) -> None:
    """Set stock levels from a count: CSV with the columns location,sku,on_hand (all or nothing)."""
    from pathlib import Path

    from central.stock import import_counts

    changed = import_counts(_db(db_url), Path(csv_file))
    click.echo(f"Counted; {changed} stock levels changed. Terminals receive them at their next sync.")


@central.command()
@db_option
@click.option("--kind", help="Only flags of this kind (conflict, behind, oversell, invalid, forbidden, set_aside).")
def flags(db_url: str, kind: str | None) -> None:
    """Things for a person to look at: conflicting, held-back or set-aside events, oversells."""
    from central.models import Flag

    db = _db(db_url)
    with db.read() as s:
        query = select(Flag).order_by(Flag.id)
        if kind:
            query = query.where(Flag.kind == kind)
        for f in s.scalars(query):
            click.echo(f"{f.id:>6} {f.kind:<10} {f.store_code:<6} {f.created_at} {json.loads(f.detail)}")


@central.group()
def events() -> None:
    """Terminals' events the platform set aside."""


@events.command("resend")
@db_option
@click.option("--terminal", "who", required=True, help="The till, STORE-TERMINAL (e.g. S01-T01).")
@click.option("--all", "every", is_flag=True, help="Every event of that till set aside and not yet back.")
@click.argument("event_ids", nargs=-1)
def events_resend(db_url: str, who: str, every: bool, event_ids: tuple[str, ...]) -> None:
    """Once the cause is fixed, ask a till to send set-aside events again; each takes its stand-in's
    place at the platform, once. The till sends them at its next contact."""
    from central import resend

    store, _, terminal = who.partition("-")
    if not terminal or (every == bool(event_ids)):
        raise click.UsageError("Name the till as STORE-TERMINAL and either event ids or --all.")
    db = _db(db_url)
    with db.write() as s:
        asked = resend.ask(s, store, terminal, None if every else list(event_ids))
    if not asked:
        raise click.ClickException(f"{who} has no set-aside event waiting by those ids ('central flags').")
    click.echo(f"Asked {who} to send {len(asked)} event(s) again at its next contact: {', '.join(asked)}")


# ---------------------------------------------------------------- pickup orders
@central.group("shop-key")
def shop_key() -> None:
    """The web shop's keys for the order API."""


@shop_key.command("create")
@db_option
@click.option("--name", required=True, help="Which shop uses it, e.g. webshop.")
def shop_key_create(db_url: str, name: str) -> None:
    """Print a new shop key (shown once; only its digest is kept)."""
    from central import shop_keys

    db = _db(db_url)
    with db.write() as s:
        key = shop_keys.create(s, name)
    click.echo(key)


@shop_key.command("revoke")
@db_option
@click.option("--name", required=True)
def shop_key_revoke(db_url: str, name: str) -> None:
    from central import shop_keys

    db = _db(db_url)
    with db.write() as s:
        if not shop_keys.revoke(s, name):
            raise ServiceError(404, "no_key", f"No shop key named {name}.", "Check the name.")
    click.echo(f"Revoked the shop key {name}.")


def _line(text: str) -> tuple[str, int]:
    sku, _, qty = text.partition(":")
    if not sku or (qty and not qty.isdigit()):
        raise ServiceError(400, "bad_line", f"'{text}' is not SKU or SKU:QTY.", "e.g. --sku TS01-BLACK-M:2")
    return sku, int(qty or 1)


@central.group()
def order() -> None:
    """Online orders for pickup in store."""


@order.command("create")
@db_option
@click.option("--store", required=True, help="The pickup store.")
@click.option("--sku", "skus", multiple=True, required=True, help="SKU or SKU:QTY; repeat for more lines.")
@click.option("--customer", required=True, help="The customer's name.")
@click.option("--phone", default="")
@click.option("--email", default="")
@click.option("--paid", is_flag=True, help="Paid online (otherwise paid at the till).")
@click.option("--note", default="")
def order_create(
    db_url: str, store: str, skus: tuple[str, ...], customer: str, phone: str, email: str, paid: bool, note: str
) -> None:
    """Create an order as the web shop would (for a demo and for tests); prints its codes."""
    from central import orders

    lines = [orders.LineRequest(*_line(text)) for text in skus]
    db = _db(db_url)
    with db.write() as s:
        made = orders.create_order(
            s,
            store=store,
            lines=lines,
            customer=orders.Customer(customer, phone, email),
            paid=paid,
            note=note,
        )
    click.echo(f"order    {made.order.code}")
    click.echo(f"pickup   {made.pickup_code}")
    click.echo(f"qr       {made.qr}")
    click.echo(f"total    {made.order.total} {made.order.currency} ({'paid' if paid else 'to pay at the till'})")


@order.command("cancel")
@db_option
@click.argument("code")
@click.option("--reason", required=True)
def order_cancel(db_url: str, code: str, reason: str) -> None:
    """Cancel an order online (as the customer asking the web shop)."""
    from central import orders

    db = _db(db_url)
    with db.write() as s:
        done = orders.cancel(s, orders.find(s, code, lock=True), reason=reason, actor="shop")
    click.echo(f"Cancelled {done.code}.")


@order.command("show")
@db_option
@click.argument("code")
def order_show(db_url: str, code: str) -> None:
    """An order's state, lines and history (no customer contact details)."""
    from central import orders
    from central.models import OrderHistory

    db = _db(db_url)
    with db.read() as s:
        o = orders.find(s, code)
        click.echo(f"{o.code}  {o.state}  {o.store_code}  {'paid' if o.paid else 'unpaid'}  {o.total} {o.currency}")
        for ln in orders.lines_of(s, o):
            click.echo(f"  {ln.line_no}. {ln.sku} x{ln.qty}  picked {ln.picked}  collected {ln.collected}")
        for h in s.scalars(select(OrderHistory).where(OrderHistory.order_id == o.id).order_by(OrderHistory.id)):
            click.echo(f"  {h.at} {h.actor:<10} {h.action:<18} {h.state_before or '-'} -> {h.state_after} {h.detail}")


@central.group("orders")
def orders_group() -> None:
    """Jobs over all orders."""


@orders_group.command("expire")
@db_option
def orders_expire(db_url: str) -> None:
    """Expire ready orders not collected in time (the service also does this periodically)."""
    from central.orders import expire_due

    db = _db(db_url)
    with db.write() as s:
        codes = expire_due(s)
    click.echo(f"Expired {len(codes)} order(s)" + (f": {', '.join(codes)}" if codes else "."))


@central.group()
def notifications() -> None:
    """Customer notifications."""


@notifications.command("send")
@db_option
def notifications_send(db_url: str) -> None:
    """Send waiting notifications now: SMTP when CLOUDSHELF_SMTP_HOST is set, else logged."""
    from central.notify import send_pending

    done = send_pending(_db(db_url))
    click.echo(f"Sent {done.sent}, logged {done.logged}, failed {done.failed}.")


# ---------------------------------------------------------------- cloud-shelf orders
@central.group()
def shelf() -> None:
    """Cloud-shelf orders: filled from other locations, to a home or a store."""


@shelf.command("list")
@db_option
@click.option("--state", help="Only orders in this state (confirmed, unfilled, shipped, ...).")
@click.option("--store", help="Only orders sold at this store.")
def shelf_list(db_url: str, state: str | None, store: str | None) -> None:
    """Orders, newest first: code, state, where sold, where it goes, sources."""
    from central.models import ShelfOrder, ShelfShipment

    db = _db(db_url)
    with db.read() as s:
        query = select(ShelfOrder).order_by(ShelfOrder.id.desc())
        if state:
            query = query.where(ShelfOrder.state == state)
        if store:
            query = query.where(ShelfOrder.store_code == store)
        for o in s.scalars(query):
            sources = ", ".join(
                f"{x.location_code} {x.state}"
                for x in s.scalars(select(ShelfShipment).where(ShelfShipment.order_id == o.id))
            )
            to = o.deliver_to if o.delivery == "store" else "home"
            click.echo(f"{o.code:<12} {o.state:<10} sold {o.store_code:<5} to {to:<5} {sources or '-'}")


@shelf.command("show")
@db_option
@click.argument("code")
def shelf_show(db_url: str, code: str) -> None:
    """An order's lines, where each unit comes from and its shipments (no customer details)."""
    from central import shelf as shelf_svc

    db = _db(db_url)
    with db.read() as s:
        v = shelf_svc.view(s, shelf_svc.find(s, code))
    to = f"store {v['deliver_to']}" if v["delivery"] == "store" else "the customer's home"
    click.echo(f"{v['code']}  {v['state']}  sold at {v['store']} ({v['receipt_no']})  to {to}")
    if v["problem"]:
        click.echo(f"  {v['problem']}")
    for ln in v["lines"]:
        where = ", ".join(f"{a['location']} x{a['qty']}" for a in ln["allocations"]) or "-"
        click.echo(f"  {ln['line_no']}. {ln['sku']} x{ln['qty']}  source {ln['source']}: {where}")
    for sh in v["shipments"]:
        click.echo(f"  from {sh['location']:<5} {sh['state']:<9} {sh['units']} unit(s)")
    if v["pickup_state"]:
        click.echo(f"  pickup order at {v['deliver_to']}: {v['pickup_state']}")


def _fulfil(db_url: str, action: str, code: str, location: str | None) -> None:
    from central import shelf as shelf_svc

    db = _db(db_url)
    with db.write() as s:
        order = getattr(shelf_svc, action)(s, code, location)
        state = order.state
    click.echo(f"{code.upper()}: {state}.")


@shelf.command("ship")
@db_option
@click.argument("code")
@click.option("--from", "location", help="The source location that shipped (default: every one waiting).")
def shelf_ship(db_url: str, code: str, location: str | None) -> None:
    """A parcel left its source: the units leave that location's ledger."""
    _fulfil(db_url, "ship", code, location)


@shelf.command("deliver")
@db_option
@click.argument("code")
@click.option("--from", "location", help="The parcel's source (default: every shipped one).")
def shelf_deliver(db_url: str, code: str, location: str | None) -> None:
    """Home delivery: the carrier delivered."""
    _fulfil(db_url, "deliver", code, location)


@shelf.command("arrive")
@db_option
@click.argument("code")
@click.option("--from", "location", help="The parcel's source (default: every shipped one).")
def shelf_arrive(db_url: str, code: str, location: str | None) -> None:
    """Store delivery: the parcel arrived; when all have, the order joins that store's pickup queue."""
    _fulfil(db_url, "arrive", code, location)


@shelf.command("cancel")
@db_option
@click.argument("code")
@click.option("--reason", required=True)
def shelf_cancel(db_url: str, code: str, reason: str) -> None:
    """Cancel before anything shipped; the selling till offers the customer the refund."""
    from central import shelf as shelf_svc

    db = _db(db_url)
    with db.write() as s:
        shelf_svc.cancel(s, code, reason)
    click.echo(f"Cancelled {code.upper()}.")
