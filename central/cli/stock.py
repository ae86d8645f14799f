"""``cloudshelf central`` commands for the catalog, prices, the change feeds and the stock ledger."""

from __future__ import annotations

import click

from central.cli.options import db_option, open_db


@click.group()
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

    rows = import_csv(open_db(db_url), Path(csv_file), currency)
    click.echo(f"Imported {rows} rows; terminals receive them at their next sync.")


@catalog.command("retire")
@db_option
@click.argument("skus", nargs=-1, required=True)
def catalog_retire(db_url: str, skus: tuple[str, ...]) -> None:
    """Withdraw variants from sale everywhere (kept for old sales and returns)."""
    from central.catalog import retire_variants

    db = open_db(db_url)
    with db.write() as s:
        count = retire_variants(s, list(skus))
    click.echo(f"Retired {count} variant(s); terminals drop them at their next sync.")


@click.group()
def price() -> None:
    """Price lists."""


@price.command("remove")
@db_option
@click.option("--list", "price_list", required=True, help="The price list, e.g. member.")
@click.argument("skus", nargs=-1, required=True)
def price_remove(db_url: str, price_list: str, skus: tuple[str, ...]) -> None:
    """Take variants off a price list."""
    from central.catalog import remove_prices

    db = open_db(db_url)
    with db.write() as s:
        count = remove_prices(s, price_list, list(skus))
    click.echo(f"Removed {count} price(s) from {price_list}.")


@click.group()
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
    db = open_db(db_url)
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

    db = open_db(db_url)
    with db.write() as s:
        for name in SNAPSHOT_FEEDS:
            resync(s, name)
    click.echo("Terminals take a fresh snapshot of " + ", ".join(SNAPSHOT_FEEDS) + " at their next sync.")


@click.group()
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

    db = open_db(db_url)
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

    changed = import_counts(open_db(db_url), Path(csv_file))
    click.echo(f"Counted; {changed} stock levels changed. Terminals receive them at their next sync.")
