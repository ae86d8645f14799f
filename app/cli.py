"""The ``cloudshelf`` command. User errors print a message and a hint and exit with status 2;
nothing here prints a traceback for bad input."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import click
from sqlalchemy.exc import DatabaseError

from app import config, health
from app.errors import UserError
from app.money import parse_percent
from app.terminal import Terminal

EXIT_USER_ERROR = 2
PIN_ENV = "CLOUDSHELF_PIN"


def _dir(ctx: click.Context) -> Path:
    return config.data_dir(ctx.obj.get("data_dir"))


def _open(ctx: click.Context) -> Terminal:
    return Terminal.open(_dir(ctx))


def _pin(prompt: str, given: str | None, env: str = PIN_ENV) -> str:
    if given:
        return given
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise UserError(f"{prompt} is needed.", f"Pass it with the option, or set {env}.")
    return click.prompt(prompt, hide_input=True)


class PluginGroup(click.Group):
    """Adds the commands other packages register under the ``cloudshelf.commands`` entry point
    (``central``, ``enrol``, ``sync``), loading each only when it is used, so ``app`` never imports them
    and a till's everyday commands start fast."""

    def _plugins(self) -> dict:
        from importlib.metadata import entry_points

        return {ep.name: ep for ep in entry_points(group="cloudshelf.commands")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self._plugins()})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None and name in (plugins := self._plugins()):
            command = plugins[name].load()
        return command


@click.group(cls=PluginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    envvar=config.ENV_DATA_DIR,
    help=f"Where this terminal keeps its store (default: the platform's data dir; env {config.ENV_DATA_DIR}).",
)
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None) -> None:
    """CloudShelf POS terminal."""
    ctx.ensure_object(dict)
    ctx.obj["data_dir"] = data_dir


@cli.command()
@click.option("--store", "store_code", required=True, help="Store code, e.g. S01.")
@click.option("--name", "store_name", required=True, help="The store's name, printed on receipts.")
@click.option("--terminal", "terminal_code", required=True, help="Terminal code, e.g. T01.")
@click.option("--currency", default="CNY", show_default=True)
@click.option("--locale", default="zh_CN", show_default=True)
@click.option("--region", default="")
@click.option("--tax-mode", type=click.Choice(["inclusive", "exclusive"]), default="inclusive", show_default=True)
@click.option("--tax-rounding", type=click.Choice(["line", "receipt"]), default="line", show_default=True)
@click.option("--cash-increment", type=int, default=1, show_default=True, help="Cash rounding in minor units (5, 10).")
@click.option("--discount-limit", default="10", show_default=True, help="Percent a cashier may give without a manager.")
@click.option("--tax-rate", default="13", show_default=True, help="Standard tax rate in percent.")
@click.option(
    "--merge-scans/--no-merge-scans", default=True, show_default=True, help="A repeated scan adds to the item's line."
)
@click.pass_context
def init(ctx: click.Context, discount_limit: str, tax_rate: str, **spec: object) -> None:
    """Set up a new terminal's store in the data directory."""
    from app import setup
    from app.db import migrate
    from app.db.engine import Database

    directory = _dir(ctx)
    if (directory / config.STORE_FILE).exists():
        raise UserError(f"{directory} already holds a terminal store.", "Use another --data-dir, or keep this one.")
    store_spec = setup.StoreSpec(
        **spec, discount_limit_bp=parse_percent(discount_limit), standard_rate_ppm=parse_percent(tax_rate) * 100
    )
    setup.validate(store_spec)
    directory.mkdir(parents=True, exist_ok=True)
    db = Database(directory / config.STORE_FILE)
    try:
        migrate.upgrade(db.engine)
        with db.write() as s:
            setup.init_store(s, store_spec)
    finally:
        db.dispose()
    click.echo(f"Terminal {store_spec.store_code}-{store_spec.terminal_code} ready in {directory}.")
    click.echo("Next: 'cloudshelf user add' for a manager, then 'cloudshelf catalog import FILE.csv'.")


@cli.group()
def catalog() -> None:
    """The catalog."""


@catalog.command("import")
@click.argument("csv_file", type=click.Path(dir_okay=False))
@click.pass_context
def catalog_import(ctx: click.Context, csv_file: str) -> None:
    """Import styles, variants, barcodes and prices from CSV (all or nothing; docs/catalog-csv.md)."""
    from app.catalog_import import import_csv
    from app.progress import cli_bar

    with _open(ctx) as term, cli_bar() as show:
        info = term.info
        result = import_csv(
            term.db, Path(csv_file), default_list=info.price_list, currency=info.currency, on_progress=show
        )
    click.echo(
        f"Imported {result.rows} rows: {result.styles} styles, {result.variants_new} new and "
        f"{result.variants_updated} updated variants."
    )


@cli.group()
def user() -> None:
    """Users and roles."""


@user.command("add")
@click.argument("login")
@click.option("--name", default="", help="Full name shown on screen and on receipts.")
@click.option("--role", type=click.Choice(["cashier", "clerk", "manager"]), required=True)
@click.option("--pin", help=f"The new user's PIN (else asked; or env {PIN_ENV}_NEW).")
@click.option("--manager", "manager_login", help="A manager's login, to approve (not needed for the first user).")
@click.option("--manager-pin", help=f"The manager's PIN (else asked; or env {PIN_ENV}).")
@click.pass_context
def user_add(
    ctx: click.Context,
    login: str,
    name: str,
    role: str,
    pin: str | None,
    manager_login: str | None,
    manager_pin: str | None,
) -> None:
    """Add a user."""
    with _open(ctx) as term:
        by = None
        if term.users.list():
            if not manager_login:
                raise UserError("Adding a user needs a manager.", "Pass --manager LOGIN (and the manager's PIN).")
            by = term.sign_in(manager_login, _pin("Manager PIN", manager_pin))
        created = term.users.add(login, name or login, role, _pin("New user's PIN", pin, PIN_ENV + "_NEW"), by=by)
    click.echo(f"Added {created.role} {created.login}.")


@user.command("list")
@click.pass_context
def user_list(ctx: click.Context) -> None:
    with _open(ctx) as term:
        for u in term.users.list():
            click.echo(f"{u.login:<16} {u.role:<8} {u.name}")


@cli.group()
def pickup() -> None:
    """Online orders for pickup at this store (the till's own copy: works offline)."""


@pickup.command("list")
@click.option("--login", required=True, help="Who asks.")
@click.option("--pin", help=f"Their PIN (else asked; or env {PIN_ENV}).")
@click.option("--all", "everything", is_flag=True, help="Also collected, cancelled and expired orders.")
@click.pass_context
def pickup_list(ctx: click.Context, login: str, pin: str | None, everything: bool) -> None:
    """The queue: order code, state, items, paid, age, and any conflict."""
    from sync.protocol.pickup import OPEN_STATES

    with _open(ctx) as term:
        term.sign_in(login, _pin("PIN", pin))
        queue = term.pickup.queue(None if everything else tuple(sorted(OPEN_STATES)))
    for e in queue:
        flag = f"  ! {e.conflict}" if e.conflict else ""
        paid = "paid" if e.paid else "to pay"
        click.echo(f"{e.code:<12} {e.state:<17} {e.items:>3} item(s)  {paid:<6} {e.age_minutes:>6} min{flag}")
    if not queue:
        click.echo("No orders.")


@cli.command()
@click.pass_context
def doctor(ctx: click.Context) -> None:
    """Check the store's integrity, the sync backlog and the config."""
    rep = health.check(_dir(ctx))
    for line in rep.ok:
        click.echo(f"ok       {line}")
    for line in rep.notes:
        click.echo(f"note     {line}")
    for line in rep.problems:
        click.echo(f"PROBLEM  {line}")
    if rep.problems:
        ctx.exit(1)


def main() -> None:
    try:
        code = cli.main(standalone_mode=False, prog_name="cloudshelf")
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.UsageError as exc:
        exc.show()
        sys.exit(EXIT_USER_ERROR)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(EXIT_USER_ERROR)
    except UserError as exc:
        click.echo(f"error: {exc.message}", err=True)
        if exc.hint:
            click.echo(exc.hint, err=True)
        sys.exit(EXIT_USER_ERROR)
    except (sqlite3.DatabaseError, DatabaseError) as exc:
        click.echo(f"error: the local store cannot be used: {str(exc).splitlines()[0]}", err=True)
        click.echo("Run 'cloudshelf doctor'; if another program holds the store, close it and try again.", err=True)
        sys.exit(EXIT_USER_ERROR)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
