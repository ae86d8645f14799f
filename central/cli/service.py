"""``cloudshelf central`` commands that run the service and administer it: serving, the schema,
locations, terminals' codes and tokens, limits, flags and set-aside events."""

from __future__ import annotations

import json
import os

import click
from sqlalchemy import select

from central import auth
from central.cli.options import DB_ENV, db_option, open_db
from central.db import CentralDB
from central.errors import ServiceError


@click.command()
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


@click.command()
@db_option
def migrate(db_url: str) -> None:
    """Create or upgrade the central database."""
    open_db(db_url).dispose()
    click.echo("Central database is up to date.")


@click.group()
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

    db = open_db(db_url)
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


@click.command("enrol-code")
@db_option
@click.option("--store", required=True)
@click.option("--terminal", required=True)
def enrol_code(db_url: str, store: str, terminal: str) -> None:
    """Print a one-time code (valid 24 h) that enrols one terminal of a store."""
    db = open_db(db_url)
    with db.write() as s:
        code = auth.new_enrol_code(s, store, terminal)
    click.echo(code)


@click.command()
@db_option
@click.option("--store", required=True)
@click.option("--terminal", required=True)
def revoke(db_url: str, store: str, terminal: str) -> None:
    """Revoke a terminal's token at once."""
    db = open_db(db_url)
    with db.write() as s:
        count = auth.revoke(s, store, terminal)
    if not count:
        raise ServiceError(404, "no_terminal", f"No enrolled terminal {store}-{terminal}.", "Check the codes.")
    click.echo(f"Revoked {store}-{terminal}.")


@click.group()
def setting() -> None:
    """Limits every worker process enforces (central.limits, docs/cloud-shelf.md)."""


@setting.command("show")
@db_option
def setting_show(db_url: str) -> None:
    """Every limit: its value (what head office set, else the default) and what it limits."""
    from central import limits

    db = open_db(db_url)
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

    db = open_db(db_url)
    with db.write() as s:
        limits.set_setting(s, key, value)
    click.echo(f"{key} = {value}")


@click.command()
@db_option
@click.option("--kind", help="Only flags of this kind (conflict, behind, oversell, invalid, forbidden, set_aside).")
def flags(db_url: str, kind: str | None) -> None:
    """Things for a person to look at: conflicting, held-back or set-aside events, oversells."""
    from central.models import Flag

    db = open_db(db_url)
    with db.read() as s:
        query = select(Flag).order_by(Flag.id)
        if kind:
            query = query.where(Flag.kind == kind)
        for f in s.scalars(query):
            click.echo(f"{f.id:>6} {f.kind:<10} {f.store_code:<6} {f.created_at} {json.loads(f.detail)}")


@click.group()
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
    db = open_db(db_url)
    with db.write() as s:
        asked = resend.ask(s, store, terminal, None if every else list(event_ids))
    if not asked:
        raise click.ClickException(f"{who} has no set-aside event waiting by those ids ('central flags').")
    click.echo(f"Asked {who} to send {len(asked)} event(s) again at its next contact: {', '.join(asked)}")
