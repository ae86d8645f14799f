"""``cloudshelf central hq-user ...``: head-office users of the console at /hq (add, password,
disable, unlock). Passwords are read from a prompt, or from CLOUDSHELF_HQ_PASSWORD for scripts."""

from __future__ import annotations

import click

from central import hq_users
from central.cli.options import db_option, open_db

PASSWORD_ENV = "CLOUDSHELF_HQ_PASSWORD"


def _password(f):
    said = f"The password (asked when not given; env {PASSWORD_ENV})."
    return click.option(
        "--password", prompt=True, hide_input=True, confirmation_prompt=True, envvar=PASSWORD_ENV, help=said
    )(f)


@click.group("hq-user")
def hq_user() -> None:
    """Head-office users of the console at /hq."""


@hq_user.command("add")
@db_option
@click.argument("login")
@click.option("--name", required=True)
@click.option("--role", required=True, type=click.Choice(hq_users.ROLES))
@click.option("--store", "stores", multiple=True, help="A store a store manager manages (repeat).")
@click.option("--if-missing", is_flag=True, help="Do nothing when the user exists already.")
@_password
def hq_user_add(
    db_url: str, login: str, name: str, role: str, stores: tuple[str, ...], if_missing: bool, password: str
) -> None:
    """Add a head-office user (a store manager needs --store)."""
    db = open_db(db_url)
    with db.write() as s:
        if if_missing and login.strip().lower() in {row.login for row in hq_users.users(s)}:
            click.echo(f"{login} exists already.")
            return
        user = hq_users.add_user(s, login=login, name=name, role=role, password=password, stores=list(stores) or None)
    click.echo(f"Added {user.login} ({user.role}).")


@hq_user.command("passwd")
@db_option
@click.argument("login")
@_password
def hq_user_passwd(db_url: str, login: str, password: str) -> None:
    """Set a user's password (their sessions end)."""
    db = open_db(db_url)
    with db.write() as s:
        hq_users.set_password(s, login, password)
    click.echo(f"Password of {login} set.")


@hq_user.command("disable")
@db_option
@click.argument("login")
def hq_user_disable(db_url: str, login: str) -> None:
    """Stop a user signing in (their sessions end at once)."""
    db = open_db(db_url)
    with db.write() as s:
        hq_users.disable(s, login)
    click.echo(f"Disabled {login}.")


@hq_user.command("unlock")
@db_option
@click.argument("login")
def hq_user_unlock(db_url: str, login: str) -> None:
    """Let a user locked out by wrong passwords try again."""
    db = open_db(db_url)
    with db.write() as s:
        hq_users.unlock(s, login)
    click.echo(f"Unlocked {login}.")
