"""``cloudshelf central`` commands for online orders: the web shop's keys, pickup orders, their
notifications and the cloud shelf's orders."""

from __future__ import annotations

import click
from sqlalchemy import select

from central.cli.options import db_option, open_db
from central.errors import ServiceError


# ---------------------------------------------------------------- pickup orders
@click.group("shop-key")
def shop_key() -> None:
    """The web shop's keys for the order API."""


@shop_key.command("create")
@db_option
@click.option("--name", required=True, help="Which shop uses it, e.g. webshop.")
def shop_key_create(db_url: str, name: str) -> None:
    """Print a new shop key (shown once; only its digest is kept)."""
    from central import shop_keys

    db = open_db(db_url)
    with db.write() as s:
        key = shop_keys.create(s, name)
    click.echo(key)


@shop_key.command("revoke")
@db_option
@click.option("--name", required=True)
def shop_key_revoke(db_url: str, name: str) -> None:
    from central import shop_keys

    db = open_db(db_url)
    with db.write() as s:
        if not shop_keys.revoke(s, name):
            raise ServiceError(404, "no_key", f"No shop key named {name}.", "Check the name.")
    click.echo(f"Revoked the shop key {name}.")


def _line(text: str) -> tuple[str, int]:
    sku, _, qty = text.partition(":")
    if not sku or (qty and not qty.isdigit()):
        raise ServiceError(400, "bad_line", f"'{text}' is not SKU or SKU:QTY.", "e.g. --sku TS01-BLACK-M:2")
    return sku, int(qty or 1)


@click.group()
def order() -> None:
    """Online orders for pickup in store."""


@order.command("create")
@db_option
@click.option("--store", required=True, help="The pickup store.")
@click.option("--sku", "skus", multiple=True, required=True, help="SKU or SKU:QTY; repeat for more lines.")
@click.option("--customer", required=True, help="The customer's name.")
@click.option("--phone", default="")
@click.option("--email", default="")
@click.option("--paid", is_flag=True, help="Paid online (otherwise paid at the till).")
@click.option("--note", default="")
def order_create(
    db_url: str, store: str, skus: tuple[str, ...], customer: str, phone: str, email: str, paid: bool, note: str
) -> None:
    """Create an order as the web shop would (for a demo and for tests); prints its codes."""
    from central.order_create import Customer, LineRequest, create_order

    lines = [LineRequest(*_line(text)) for text in skus]
    db = open_db(db_url)
    with db.write() as s:
        made = create_order(
            s,
            store=store,
            lines=lines,
            customer=Customer(customer, phone, email),
            paid=paid,
            note=note,
        )
    click.echo(f"order    {made.order.code}")
    click.echo(f"pickup   {made.pickup_code}")
    click.echo(f"qr       {made.qr}")
    click.echo(f"total    {made.order.total} {made.order.currency} ({'paid' if paid else 'to pay at the till'})")


@order.command("cancel")
@db_option
@click.argument("code")
@click.option("--reason", required=True)
def order_cancel(db_url: str, code: str, reason: str) -> None:
    """Cancel an order online (as the customer asking the web shop)."""
    from central import orders

    db = open_db(db_url)
    with db.write() as s:
        done = orders.cancel(s, orders.find(s, code, lock=True), reason=reason, actor="shop")
    click.echo(f"Cancelled {done.code}.")


@order.command("show")
@db_option
@click.argument("code")
def order_show(db_url: str, code: str) -> None:
    """An order's state, lines and history (no customer contact details)."""
    from central import orders
    from central.models import OrderHistory

    db = open_db(db_url)
    with db.read() as s:
        o = orders.find(s, code)
        click.echo(f"{o.code}  {o.state}  {o.store_code}  {'paid' if o.paid else 'unpaid'}  {o.total} {o.currency}")
        for ln in orders.lines_of(s, o):
            click.echo(f"  {ln.line_no}. {ln.sku} x{ln.qty}  picked {ln.picked}  collected {ln.collected}")
        for h in s.scalars(select(OrderHistory).where(OrderHistory.order_id == o.id).order_by(OrderHistory.id)):
            click.echo(f"  {h.at} {h.actor:<10} {h.action:<18} {h.state_before or '-'} -> {h.state_after} {h.detail}")


@click.group("orders")
def orders_group() -> None:
    """Jobs over all orders."""


@orders_group.command("expire")
@db_option
def orders_expire(db_url: str) -> None:
    """Expire ready orders not collected in time (the service also does this periodically)."""
    from central.orders import expire_due

    db = open_db(db_url)
    with db.write() as s:
        codes = expire_due(s)
    click.echo(f"Expired {len(codes)} order(s)" + (f": {', '.join(codes)}" if codes else "."))


@click.group()
def notifications() -> None:
    """Customer notifications."""


@notifications.command("send")
@db_option
def notifications_send(db_url: str) -> None:
    """Send waiting notifications now: SMTP when CLOUDSHELF_SMTP_HOST is set, else logged."""
    from central.notify import send_pending

    done = send_pending(open_db(db_url))
    click.echo(f"Sent {done.sent}, logged {done.logged}, failed {done.failed}.")


# ---------------------------------------------------------------- cloud-shelf orders
@click.group()
def shelf() -> None:
    """Cloud-shelf orders: filled from other locations, to a home or a store."""


@shelf.command("list")
@db_option
@click.option("--state", help="Only orders in this state (confirmed, unfilled, shipped, ...).")
@click.option("--store", help="Only orders sold at this store.")
def shelf_list(db_url: str, state: str | None, store: str | None) -> None:
    """Orders, newest first: code, state, where sold, where it goes, sources."""
    from central.models import ShelfOrder, ShelfShipment

    db = open_db(db_url)
    with db.read() as s:
        query = select(ShelfOrder).order_by(ShelfOrder.id.desc())
        if state:
            query = query.where(ShelfOrder.state == state)
        if store:
            query = query.where(ShelfOrder.store_code == store)
        for o in s.scalars(query):
            sources = ", ".join(
                f"{x.location_code} {x.state}"
                for x in s.scalars(select(ShelfShipment).where(ShelfShipment.order_id == o.id))
            )
            to = o.deliver_to if o.delivery == "store" else "home"
            click.echo(f"{o.code:<12} {o.state:<10} sold {o.store_code:<5} to {to:<5} {sources or '-'}")


@shelf.command("show")
@db_option
@click.argument("code")
def shelf_show(db_url: str, code: str) -> None:
    """An order's lines, where each unit comes from and its shipments (no customer details)."""
    from central import shelf as shelf_svc

    db = open_db(db_url)
    with db.read() as s:
        v = shelf_svc.view(s, shelf_svc.find(s, code))
    to = f"store {v['deliver_to']}" if v["delivery"] == "store" else "the customer's home"
    click.echo(f"{v['code']}  {v['state']}  sold at {v['store']} ({v['receipt_no']})  to {to}")
    if v["problem"]:
        click.echo(f"  {v['problem']}")
    for ln in v["lines"]:
        where = ", ".join(f"{a['location']} x{a['qty']}" for a in ln["allocations"]) or "-"
        click.echo(f"  {ln['line_no']}. {ln['sku']} x{ln['qty']}  source {ln['source']}: {where}")
    for sh in v["shipments"]:
        click.echo(f"  from {sh['location']:<5} {sh['state']:<9} {sh['units']} unit(s)")
    if v["pickup_state"]:
        click.echo(f"  pickup order at {v['deliver_to']}: {v['pickup_state']}")


def _fulfil(db_url: str, action: str, code: str, location: str | None) -> None:
    from central import shelf as shelf_svc

    db = open_db(db_url)
    with db.write() as s:
        order = getattr(shelf_svc, action)(s, code, location)
        state = order.state
    click.echo(f"{code.upper()}: {state}.")


@shelf.command("ship")
@db_option
@click.argument("code")
@click.option("--from", "location", help="The source location that shipped (default: every one waiting).")
def shelf_ship(db_url: str, code: str, location: str | None) -> None:
    """A parcel left its source: the units leave that location's ledger."""
    _fulfil(db_url, "ship", code, location)


@shelf.command("deliver")
@db_option
@click.argument("code")
@click.option("--from", "location", help="The parcel's source (default: every shipped one).")
def shelf_deliver(db_url: str, code: str, location: str | None) -> None:
    """Home delivery: the carrier delivered."""
    _fulfil(db_url, "deliver", code, location)


@shelf.command("arrive")
@db_option
@click.argument("code")
@click.option("--from", "location", help="The parcel's source (default: every shipped one).")
def shelf_arrive(db_url: str, code: str, location: str | None) -> None:
    """Store delivery: the parcel arrived; when all have, the order joins that store's pickup queue."""
    _fulfil(db_url, "arrive", code, location)


@shelf.command("cancel")
@db_option
@click.argument("code")
@click.option("--reason", required=True)
def shelf_cancel(db_url: str, code: str, reason: str) -> None:
    """Cancel before anything shipped; the selling till offers the customer the refund."""
    from central import shelf as shelf_svc

    db = open_db(db_url)
    with db.write() as s:
        shelf_svc.cancel(s, code, reason)
    click.echo(f"Cancelled {code.upper()}.")
