"""``cloudshelf till`` and ``cloudshelf demo`` (registered through the ``cloudshelf.commands`` entry
point, so the terminal's everyday commands never load Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from app import config
from app import demo as demo_data
from app.facade import Terminal


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
@click.option("--reset", is_flag=True, help="Delete the demo store and build it again.")
@click.option("--headless", is_flag=True, help="No window: ring up one sale and print what the till shows.")
@click.option("--locale", help="Screen language, e.g. en or zh_CN (default: the store's).")
@click.pass_context
def demo(ctx: click.Context, reset: bool, headless: bool, locale: str | None) -> None:
    """Open the till on a store with demo data (PINs in the README)."""
    given = ctx.find_root().obj.get("data_dir")
    directory = Path(given) if given else config.data_dir() / "demo"
    store = directory / config.STORE_FILE
    if reset:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
    if not store.exists():
        click.echo(f"Building the demo store in {directory} ...", err=True)
        demo_data.create(directory)
    if headless or not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        if not headless:
            click.echo("No display found: showing the demo as text (use a desktop session for the till).", err=True)
        with Terminal.open(directory) as term:
            click.echo(demo_data.walkthrough(term))
        return
    from ui.app import run

    click.echo("Demo users: " + ", ".join(f"{u.login} ({u.role}) PIN {u.pin}" for u in demo_data.USERS), err=True)
    ctx.exit(run(directory, locale=locale))
