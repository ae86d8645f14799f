"""``cloudshelf central staff ...``: the people who work at the tills, on the same functions as the
head-office console (``central.staff``). A PIN is asked for without echo unless given with --pin."""

from __future__ import annotations

import click

from central.cli.options import db_option, open_db

ACTOR = "cli"


def _pin_option(f):
    return click.option("--pin", prompt=True, hide_input=True, confirmation_prompt=True, help="4 to 8 digits.")(f)


@click.group()
def staff() -> None:
    """Staff, their roles, stores and PINs, synced to the tills."""


@staff.command("add")
@db_option
@click.argument("login")
@click.option("--name", default="", help="The name the till shows (default: the login).")
@click.option("--role", type=click.Choice(["cashier", "clerk", "manager"]), default="cashier", show_default=True)
@click.option("--store", "stores", multiple=True, required=True, help="A store the person may work in (repeatable).")
@_pin_option
def staff_add(db_url: str, login: str, name: str, role: str, stores: tuple[str, ...], pin: str) -> None:
    """Add a person; the tills of their stores let them sign in from their next sync."""
    from central.staff import add_staff

    with open_db(db_url).write() as s:
        person = add_staff(s, login=login, name=name, role=role, stores=stores, pin=pin, actor=ACTOR)
    click.echo(f"Added {person.login} ({person.role}) for {', '.join(person.stores)}.")


@staff.command("change")
@db_option
@click.argument("login")
@click.option("--role", type=click.Choice(["cashier", "clerk", "manager"]), default=None)
@click.option("--store", "stores", multiple=True, help="The person's stores from now on (repeatable).")
@click.option("--name", default=None)
def staff_change(db_url: str, login: str, role: str | None, stores: tuple[str, ...], name: str | None) -> None:
    """Change a person's role, stores or name."""
    from central.staff import change_staff

    with open_db(db_url).write() as s:
        person = change_staff(s, login, actor=ACTOR, role=role, stores=stores or None, name=name)
    click.echo(f"{person.login}: {person.role} for {', '.join(person.stores)}.")


@staff.command("list")
@db_option
@click.option("--store", default=None, help="Only the people of this store.")
@click.option("--all", "everyone", is_flag=True, help="Also those revoked.")
def staff_list(db_url: str, store: str | None, everyone: bool) -> None:
    """The staff, by login."""
    from central.staff import list_staff

    with open_db(db_url).read() as s:
        people = list_staff(s, store=store, include_revoked=everyone)
    for p in people:
        click.echo(f"{p.login}\t{p.name}\t{p.role}\t{','.join(p.stores)}\t{'active' if p.active else 'revoked'}")
    if not people:
        click.echo("No staff.")


@staff.command("revoke")
@db_option
@click.argument("login")
def staff_revoke(db_url: str, login: str) -> None:
    """Refuse a person at every till from its next sync."""
    from central.staff import revoke_staff

    with open_db(db_url).write() as s:
        person = revoke_staff(s, login, actor=ACTOR)
    click.echo(f"Revoked {person.login}; the tills refuse them from their next sync.")


@staff.command("pin")
@db_option
@click.argument("login")
@_pin_option
def staff_pin(db_url: str, login: str, pin: str) -> None:
    """Set a new PIN for a person (the old one stops working at each till's next sync)."""
    from central.staff import reset_pin

    with open_db(db_url).write() as s:
        person = reset_pin(s, login, pin, actor=ACTOR)
    click.echo(f"New PIN set for {person.login}.")
