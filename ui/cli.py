"""``cloudshelf till`` and ``cloudshelf demo`` (registered through the ``cloudshelf.commands`` entry
point, so the terminal's everyday commands never load Qt)."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

import click

from app import config, pickup_demo
from app import demo as demo_data
from app.errors import UserError
from app.money import format_money
from app.progress import cli_bar
from app.receipt import ReceiptDoc
from app.terminal import Terminal
from sync import demo_platform
from sync.worker import sync_once


def _dir(ctx: click.Context) -> Path:
    return config.data_dir(ctx.find_root().obj.get("data_dir"))


@click.command()
@click.option("--locale", help="Screen language, e.g. en or zh_CN (default: the store's).")
@click.pass_context
def till(ctx: click.Context, locale: str | None) -> None:
    """Open the till (Qt) on this terminal's store."""
    from ui.app import run

    ctx.exit(run(_dir(ctx), locale=locale))


@click.command("demo")
@click.option("--reset", is_flag=True, help="Delete the demo store and its platform and build them again.")
@click.option("--headless", is_flag=True, help="No window: ring up one sale, sync it and print what the till shows.")
@click.option("--locale", help="Screen language, e.g. en or zh_CN (default: the store's).")
@click.option(
    "--store",
    "which",
    type=click.Choice(sorted(demo_data.DEMOS)),
    default="cn",
    show_default=True,
    help="cn: Shanghai, prices include VAT; us: New York, sales tax added at the till (its own folder).",
)
@click.pass_context
def demo(ctx: click.Context, reset: bool, headless: bool, locale: str | None, which: str) -> None:
    """Open the till on a demo store, synced with a central service on this machine (PINs in the README)."""
    chosen = demo_data.DEMOS[which]
    given = ctx.find_root().obj.get("data_dir")
    directory = Path(given) if given else config.data_dir() / chosen.folder
    if reset:
        for path in demo_platform.files(directory):
            path.unlink(missing_ok=True)
    if not (directory / config.STORE_FILE).exists():
        click.echo(f"Building the demo platform and enrolling a till with it in {directory} ...", err=True)
        with cli_bar() as show:
            demo_platform.create(directory, demo=chosen, on_progress=show)
    demo_data.check_store(directory, chosen)
    headless = headless or not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    )
    if not demo_platform.has_platform(directory):
        click.echo("This demo store has no platform beside it: it sells offline ('--reset' builds both).", err=True)
        ctx.exit(_show(directory, headless, locale))
    with demo_platform.booting(directory) as central:  # the window opens while the platform starts
        click.echo(f"Demo platform (central service) on {central.url}", err=True)
        click.echo("\n".join(demo_platform.console_lines(central.url)), err=True)
        ctx.exit(_show(directory, headless, locale, ready=_said(central.wait_ready)))


def _said(wait: Callable[[], object]) -> Callable[[], object]:
    """``wait``, saying on the console why the platform did not start (the till sells offline)."""

    def waited() -> object:
        try:
            return wait()
        except UserError as exc:
            click.echo(f"{exc.message}\n{exc.hint}", err=True)
            raise

    return waited


def printed_text(term: Terminal):
    """Receipts and reports as the printer lays them out, for the console."""
    from devices.printer import layout

    width, locale = term.config.receipt_width, term.info.locale

    def render(doc) -> str:
        ops = layout.receipt(doc, width, locale) if isinstance(doc, ReceiptDoc) else layout.report(doc, width, locale)
        return layout.as_text(ops, width)

    return render


def _show(directory: Path, headless: bool, locale: str | None, ready: Callable[[], object] | None = None) -> int:
    """The demo as a window, or as text; ``ready`` waits for the platform where it is needed (the
    window's sync starts when it returns)."""
    if headless:
        click.echo("No window (no display, or --headless): the demo as text.", err=True)
        with Terminal.open(directory) as term:
            click.echo(demo_data.walkthrough(term, printed_text(term)))
        if demo_platform.has_platform(directory):
            if ready is not None:
                ready()
            with Terminal.open(directory) as term:
                _cloud_shelf(term)
            pushed = sync_once(directory).push
            if pushed is not None:
                click.echo(f"Synced with the platform: {pushed.acked} events accepted, {pushed.dead} refused.")
        return 0
    from ui.app import run

    click.echo("Demo users: " + ", ".join(f"{u.login} ({u.role}) PIN {u.pin}" for u in demo_data.USERS), err=True)
    codes = pickup_demo.lines(pickup_demo.load(directory))
    if codes:
        click.echo("\n".join(["Demo pickup orders (the customers' codes, shown in the demo only):", *codes]), err=True)
    return run(directory, locale=locale, sync_after=ready)


def _cloud_shelf(term: Terminal) -> None:
    """The matrix of a style sold out here in one size: what Ctrl+E shows at the till."""
    from app.shelf import matrix_text
    from sync.shelf import fetch_matrix

    with term.db.read() as s:
        sku = (
            s.connection()
            .exec_driver_sql(
                "SELECT v.sku FROM variants v JOIN stock_levels l ON l.variant_id = v.id "
                "WHERE l.location_code = ? AND l.on_hand = 0 ORDER BY v.id LIMIT 1",
                (term.info.store,),
            )
            .scalar()
        )
    if sku:
        click.echo(f"Cloud shelf for {sku} (cloudshelf stock {sku}):")
        click.echo(
            matrix_text(
                fetch_matrix(term, sku), partial(format_money, currency=term.info.currency, locale=term.info.locale)
            )
        )
