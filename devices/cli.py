"""``cloudshelf devices ...``: what is plugged in, a test per device, the print queue.

Registered through the ``cloudshelf.commands`` entry point, so the till's other commands never load
the device libraries. The tests here are the same as the settings screen's "Test" buttons.
"""

from __future__ import annotations

import click

from app import config
from app.errors import UserError
from app.terminal import Terminal
from devices.inventory import serial_ports, usb_devices
from devices.manager import Devices
from devices.printer import layout

PIN_ENV = "CLOUDSHELF_PIN"


def _term(ctx: click.Context) -> Terminal:
    return Terminal.open(config.data_dir(ctx.find_root().obj.get("data_dir")))


@click.group()
def devices() -> None:
    """Scanners, receipt printers, the cash drawer and the customer display."""


@devices.command("list")
@click.pass_context
def list_devices(ctx: click.Context) -> None:
    """Serial ports, USB devices that look like scanners or printers, and the configured devices."""
    click.echo("Serial ports:")
    ports = serial_ports()
    for p in ports:
        click.echo(f"  {p.where:<24} {p.name}")
    if not ports:
        click.echo("  (none)")
    click.echo("USB devices:")
    usb = usb_devices()
    for d in usb:
        click.echo(f"  {d.kind:<9} {d.where:<20} {d.name}")
    if not usb:
        click.echo("  (none that look like a scanner, printer or keyboard)")
    with _term(ctx) as term:
        s = term.config.devices
        waiting = term.printing.queue.waiting()
    click.echo("Configured (config.toml):")
    p = s.printer
    click.echo(
        f"  printer   {p.url or 'not set up'}"
        + (f"  profile {p.profile}, {p.width} columns, {p.encoding}" if p.url else "")
    )
    scanner = s.scanner.port or (f"usb {s.scanner.usb}" if s.scanner.usb else "")
    wedge = "keyboard scanners on" if s.scanner.wedge else "keyboard scanners off"
    click.echo(f"  scanner   {scanner + ', ' if scanner else ''}{wedge}")
    click.echo(f"  drawer    {s.drawer.url or ('through the printer' if p.url else 'not set up')}")
    click.echo(f"  display   {s.display.url or 'not set up'}" + (f"  {s.display.protocol}" if s.display.url else ""))
    click.echo(f"  barcodes  region {s.barcodes.region}, variable-measure prefixes {', '.join(s.barcodes.templates)}")
    click.echo(f"Print jobs waiting: {waiting}")


@devices.command("test")
@click.argument("kind", type=click.Choice(["printer", "scanner", "drawer", "display"]))
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Seconds to wait for a scan.")
@click.option("--login", help="A manager's login (the drawer test opens the drawer, and is audited).")
@click.option("--pin", help=f"The manager's PIN (else asked; or env {PIN_ENV}).")
@click.pass_context
def test(ctx: click.Context, kind: str, timeout: float, login: str | None, pin: str | None) -> None:
    """Try one device now: print a test page, read a scan, kick the drawer, or show two lines."""
    from app.cli import _pin

    with _term(ctx) as term:
        if kind == "drawer":
            if not login:
                raise UserError("Opening the drawer needs a manager.", "Pass --login LOGIN (and the PIN).")
            term.sign_in(login, _pin("PIN", pin))
            term.printing.test_drawer()
        box = Devices(term.config.devices, term.printing.queue, term.info.locale)
        try:
            message = box.test_scanner(timeout) if kind == "scanner" else box.test(kind)
        finally:
            box.stop()
        lost = term.printing.text_warning() if kind == "printer" else ""
    click.echo(message)
    if lost:
        click.echo(lost, err=True)


@devices.command("queue")
@click.option("--all", "show_all", is_flag=True, help="Printed and cancelled jobs too (the last 50).")
@click.option("--cancel", "cancel_id", help="Cancel a waiting job (its id, or the start of it).")
@click.pass_context
def queue(ctx: click.Context, show_all: bool, cancel_id: str | None) -> None:
    """The print queue: jobs waiting for the printer (the till's print worker prints them)."""
    with _term(ctx) as term:
        jobs = term.printing.queue
        if cancel_id:
            jobs.cancel(cancel_id)
            click.echo(f"Cancelled {cancel_id}.")
            return
        rows = jobs.jobs(waiting_only=not show_all)
    for j in rows:
        problem = f"  {j.last_error}" if j.last_error and j.status == "waiting" else ""
        click.echo(f"{j.id}  {j.status:<9} {j.kind:<9} {j.ref:<20} tries {j.attempts}{problem}")
    if not rows:
        click.echo("No print jobs waiting." if not show_all else "No print jobs.")


@devices.command("reprint")
@click.argument("receipt")
@click.pass_context
def reprint(ctx: click.Context, receipt: str) -> None:
    """Queue a copy of a receipt (by its number or its QR code's sale id)."""
    with _term(ctx) as term:
        doc = term.printing.print_receipt(receipt, copy=True)
    click.echo(f"Copy of {doc.receipt_no} queued; the till prints it.")


@click.command()
@click.argument("kind", type=click.Choice(["x", "z"]))
@click.option("--login", required=True, help="Who asks for the report.")
@click.option("--pin", help=f"Their PIN (else asked; or env {PIN_ENV}).")
@click.option("--number", type=int, help="Z report number (default: the last).")
@click.option("--print", "to_printer", is_flag=True, help="Also queue it for the receipt printer.")
@click.pass_context
def report(ctx: click.Context, kind: str, login: str, pin: str | None, number: int | None, to_printer: bool) -> None:
    """Show the X report of the open shift, or a Z report of a closed one, as the printer lays it out."""
    from app.cli import _pin

    with _term(ctx) as term:
        term.sign_in(login, _pin("PIN", pin))
        r = term.shift.x_report() if kind == "x" else term.shift.z_report(number)
        width = term.config.receipt_width
        click.echo(layout.as_text(layout.report(r, width, term.info.locale), width), nl=False)
        if to_printer:
            term.printing.print_document(r)
            click.echo("Queued for the receipt printer; the till prints it.")
