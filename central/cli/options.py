"""What every ``cloudshelf central`` command shares: the database option and opening the database."""

from __future__ import annotations

from collections.abc import Callable

import click

from central.db import CentralDB

DB_ENV = "CLOUDSHELF_CENTRAL_DB"
DB_HELP = "Database URL: postgresql://USER@HOST/DB, or a SQLite file path (env CLOUDSHELF_CENTRAL_DB)."


def open_db(url: str) -> CentralDB:
    """The platform's database, its schema brought up to date (an admin command may run before serve)."""
    db = CentralDB(url)
    db.migrate()
    return db


def db_option(f: Callable) -> Callable:
    return click.option("--db", "db_url", required=True, envvar=DB_ENV, help=DB_HELP)(f)
