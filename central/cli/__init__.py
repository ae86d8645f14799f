"""``cloudshelf central ...``: run and administer the central platform service.

Registered with the ``cloudshelf`` command through the ``cloudshelf.commands`` entry point, so the
terminal's CLI never imports this package unless these commands are used. One module per area:
``service`` (serving and administering), ``stock`` (catalog, prices, feeds, stock), ``orders``
(pickup and cloud-shelf orders), ``hq`` (head-office users); ``options`` holds what they share.
"""

from __future__ import annotations

import click

from central.cli import hq, orders, service, stock
from central.errors import ServiceError


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


for command in (
    service.serve,
    service.migrate,
    service.location,
    service.enrol_code,
    service.revoke,
    service.setting,
    service.flags,
    service.events,
    stock.catalog,
    stock.price,
    stock.feeds,
    stock.stock,
    orders.shop_key,
    orders.order,
    orders.orders_group,
    orders.notifications,
    orders.shelf,
    hq.hq_user,
):
    central.add_command(command)
