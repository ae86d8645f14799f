"""``cloudshelf enrol`` and ``cloudshelf sync ...`` (registered through the ``cloudshelf.commands``
entry point, so the terminal's CLI loads this package only when these commands run)."""

from __future__ import annotations

import contextlib
from functools import partial

import click

from app import config
from app.errors import UserError
from app.money import format_money
from app.terminal import Terminal
from sync.client import SyncError


def _dir(ctx: click.Context):
    return config.data_dir(ctx.find_root().obj.get("data_dir"))


@click.command()
@click.option("--server", required=True, help="The platform's address, https://HOST[:PORT].")
@click.option("--code", required=True, help="The one-time code a manager printed for this terminal.")
@click.option("--ca-cert", default="", help="A PEM file of the CA that signed the platform's certificate.")
@click.pass_context
def enrol(ctx: click.Context, server: str, code: str, ca_cert: str) -> None:
    """Connect this terminal to the central platform."""
    from sync.enrol import enrol as do_enrol

    done = do_enrol(_dir(ctx), server, code, ca_cert)
    made = " (new store set up from the platform)" if done.created_store else ""
    click.echo(f"Enrolled as {done.store}-{done.terminal}{made}. Run 'cloudshelf sync now' to fetch the catalog.")


@click.group()
def sync() -> None:
    """Sync with the central platform."""


@sync.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Online or not, last success, events waiting, dead letters."""
    with Terminal.open(_dir(ctx)) as term:
        h = term.sync.health()
        dead = term.sync.dead_letters()
    if not h.enrolled:
        raise UserError("This terminal is not enrolled.", "Run 'cloudshelf enrol --server URL --code CODE'.")
    click.echo(f"server        {h.server_url}")
    click.echo(f"online        {'yes' if h.online else 'no'}")
    click.echo(f"last success  {h.last_success_at or 'never'}")
    click.echo(f"last attempt  {h.last_attempt_at or 'never'}")
    if h.last_error:
        click.echo(f"last error    {h.last_error}")
    click.echo(f"backlog       {h.backlog} event(s)")
    click.echo(f"dead letters  {h.dead_letters}")
    if h.worker_restarted_at:
        click.echo(f"restarted     {h.worker_restarts} time(s), last at {h.worker_restarted_at}: {h.worker_error}")
    for d in dead:
        click.echo(f"  #{d['seq']} {d['type']}: {d['error']}")
    click.echo("cursors       " + ", ".join(f"{k} {v}" for k, v in h.cursors.items()))


@sync.command()
@click.pass_context
def now(ctx: click.Context) -> None:
    """Send what is waiting and fetch what changed, now, in the foreground.

    A first sync shows a progress bar per feed on a terminal; Ctrl+C keeps every page applied and the
    next run goes on from there."""
    from app.progress import cli_bar
    from sync.worker import sync_once

    try:
        with cli_bar() as show:
            done = sync_once(_dir(ctx), on_progress=show)
    except SyncError as exc:
        raise UserError(exc.message, exc.hint) from None
    except KeyboardInterrupt:
        click.echo("Interrupted: every page fetched so far is kept. Run 'cloudshelf sync now' again to go on.")
        ctx.exit(130)
    if done.push is None:
        click.echo("Another process is sending this terminal's events; fetched changes only.")
    else:
        click.echo(f"Sent {done.push.sent} event(s): {done.push.acked} accepted, {done.push.dead} refused.")
        if done.push.unreadable:
            click.echo(
                f"{done.push.unreadable} event(s) could not be read on this till and were set aside with their "
                "bytes kept; run 'cloudshelf doctor' and tell support."
            )
    if done.again is not None:
        click.echo(f"Sent again as the platform asked: {done.again.acked} accepted, {done.again.dead} refused.")
    if done.pull is not None:
        fetched = ", ".join(f"{feed} {n}" for feed, n in done.pull.applied.items())
        click.echo(
            f"Fetched: {fetched}" + (f" (snapshots: {', '.join(done.pull.snapshots)})" if done.pull.snapshots else "")
        )


@sync.command("retry-dead")
@click.argument("keys", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every dead letter.")
@click.pass_context
def retry_dead(ctx: click.Context, keys: tuple[str, ...], every: bool) -> None:
    """Send dead letters again once their cause is fixed: KEYS are event ids or numbers (#4) from
    'sync status'. The platform takes each in place of its stand-in, once."""
    from sync.worker import sync_once

    if every == bool(keys):
        raise UserError("Name the dead letters to send again, or pass --all.", "See 'cloudshelf sync status'.")
    with Terminal.open(_dir(ctx)) as term:
        waiting = term.sync.retry_dead_letters(None if every else list(keys))
    click.echo(f"{waiting} dead letter(s) will be sent again.")
    try:
        done = sync_once(_dir(ctx))
    except SyncError as exc:
        raise UserError(exc.message, "They wait and go with the next sync: " + exc.hint) from None
    if done.push is not None:
        click.echo(f"Sent {done.push.sent} event(s): {done.push.acked} accepted, {done.push.dead} refused.")


@sync.command()
@click.option("--interval", default=15.0, show_default=True, help="Seconds between rounds.")
@click.pass_context
def run(ctx: click.Context, interval: float) -> None:
    """Run the sync worker in the foreground until interrupted (for a service manager)."""
    import signal
    import threading

    from sync.worker import SyncWorker

    stop = threading.Event()
    worker = SyncWorker(_dir(ctx), interval=interval)
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    worker.start()
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
    worker.stop()


@click.command()
@click.argument("key")
@click.option("--offline", is_flag=True, help="Do not ask the platform: show the last figures and their age.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="Also write every location's figures.")
@click.option("--login", help="A manager's login (needed with --csv).")
@click.option("--pin", help="Their PIN (else asked; or env CLOUDSHELF_PIN).")
@click.pass_context
def stock(
    ctx: click.Context, key: str, offline: bool, csv_path: str | None, login: str | None, pin: str | None
) -> None:
    """A style's size and colour matrix: here, at the other stores and at the warehouse.

    KEY is a style code, a SKU, a barcode or a name. Online when enrolled, else the last figures."""
    from app.cli import _pin
    from app.shelf import matrix_text
    from sync.shelf import fetch_matrix

    with Terminal.open(_dir(ctx)) as term:
        if offline:
            matrix = term.shelf.matrix(term.shelf.style(key), note="asked for offline")
        else:
            matrix = fetch_matrix(term, key)
        click.echo(
            matrix_text(matrix, partial(format_money, currency=term.info.currency, locale=term.info.locale)), nl=False
        )
        if csv_path:
            if not login:
                raise UserError("Exporting the shared stock needs a manager.", "Pass --login LOGIN (and --pin).")
            term.sign_in(login, _pin("PIN", pin))
            rows = term.stock.export_csv(matrix.style_code, csv_path)
            click.echo(f"Wrote {rows} rows to {csv_path}.")
