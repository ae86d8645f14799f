"""The cloud shelf's calls to the platform: a style's availability, the hold taken while the
customer pays, releasing it, another source for an unfilled order, and the sync round's step that
sends each customer's details once and then forgets them on the till.

These run on a worker (the till's tasks, the sync worker, the CLI), never on the UI thread. When the
platform cannot be reached the till carries on: the matrix shows the last figures with their age,
and an order is sold "to be confirmed" (docs/cloud-shelf.md).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from sqlalchemy import text

from app import shelf, shelf_orders
from app.db.engine import Database
from app.errors import UserError, shown
from app.stored import loads
from app.terminal import Terminal
from core import pickup_codes
from sync.client import Client, Refused, SyncError
from sync.enrol import client_for

log = logging.getLogger(__name__)


def _client(term: Terminal) -> Client | None:
    try:
        return client_for(term.db)
    except UserError:
        return None  # not enrolled: the till works on its own figures


def fetch_matrix(term: Terminal, key: str) -> shelf.Matrix:
    """The style's matrix: fresh from the platform when it answers, else the last figures and why;
    it opens on the variant a scanned code or a SKU names (``focus``)."""
    style, sku = term.shelf.key(key)
    return replace(_figures(term, style), focus=sku)


def _figures(term: Terminal, style: str) -> shelf.Matrix:
    client = _client(term)
    if client is None:
        return term.shelf.matrix(style, note=shown("not enrolled with the platform"))
    try:
        answer = client.call("GET", "/v1/stock/availability", params={"style": style})
    except Refused as exc:
        if exc.status == 404:  # the platform does not know the style yet: what we have
            return term.shelf.matrix(style, note=exc.message)
        raise UserError(exc.message, exc.hint) from None
    except SyncError as exc:
        return term.shelf.matrix(style, note=exc.message)
    finally:
        client.close()
    try:
        return term.shelf.save_availability(answer)
    except (KeyError, TypeError, ValueError, IndexError):
        log.warning("cloud shelf: an availability answer could not be read")
        return term.shelf.matrix(style, note=shown("the platform's answer could not be read"))


def sell(term: Terminal, request: shelf.ShelfRequest) -> tuple[list, bool]:
    """Hold the units at the platform and put the order into the sale; (lines, held). Offline, the
    order joins the sale unheld, to be confirmed with the sale. A refused hold (stock gone) is a
    UserError that says what is short and changes nothing."""
    lines = term.shelf.hold_lines(request)
    client = _client(term)
    hold, asked = None, ""
    if client is not None:
        asked = term.shelf.ask_hold()  # kept with the sale before the platform hears of it
        try:
            hold = _hold(client, asked, lines)
        except Refused as exc:
            raise UserError(exc.message, exc.hint) from None
        finally:
            client.close()
    try:
        added = term.shelf.add_order(request, hold, asked)
    except BaseException:
        if asked:
            release(term, asked)
        raise
    return added, hold is not None


def _hold(client: Client, hold_id: str, lines: list[dict]) -> dict | None:
    """Ask for the hold; a lost answer is asked again with the same id, which the platform answers
    with the hold it made the first time. None when it cannot be reached: sold from the last
    figures, confirmed when the sale reaches the platform (its event names ``hold_id``, so units the
    platform held without the till hearing are freed for it)."""
    for _attempt in range(2):
        try:
            return client.call("POST", "/v1/shelf/holds", json={"hold_id": hold_id, "lines": lines})
        except Refused:
            raise
        except SyncError as exc:
            log.info("cloud shelf: no answer to hold %s (%s)", hold_id, type(exc).__name__)
    return None


def release(term: Terminal, *hold_ids: str) -> int:
    """Free holds of lines taken out of the sale; best effort (an unreleased hold lapses by itself)."""
    ids = [h for h in hold_ids if h]
    client = _client(term) if ids else None
    if client is None:
        return 0
    freed = 0
    try:
        for hold_id in ids:
            freed += client.call("DELETE", f"/v1/shelf/holds/{hold_id}").get("released", 0)
    except SyncError as exc:
        log.info("cloud shelf: a hold was not released now (%s); it lapses by itself", type(exc).__name__)
    finally:
        client.close()
    return freed


def resource(term: Terminal, code: str, sources: dict[int, str]) -> shelf_orders.OrderView:
    """Another source for an unfilled order; needs the platform (it must reserve there, now)."""
    order = term.shelf.order(code)
    client = _client(term)
    if client is None:
        raise UserError("This till is not enrolled with the platform.", "Refund the customer instead.")
    try:
        body = client.call(
            "POST",
            f"/v1/shelf/orders/{order.id}/source",
            json={"lines": [{"line_no": n, "source": src} for n, src in sorted(sources.items())]},
        )
    except Refused as exc:
        raise UserError(exc.message, exc.hint) from None
    except SyncError as exc:
        raise UserError(exc.message, "Another source needs the platform: try again when online, or refund.") from None
    finally:
        client.close()
    return term.shelf.apply_order(body)


def send_contacts(db: Database, client: Client) -> int:
    """Send the customer's details of orders the platform has (their event acknowledged), once; the
    till forgets them as soon as the platform took them. Returns how many were sent."""
    with db.read() as s:
        waiting = s.execute(
            text(
                "SELECT o.id, o.code, CAST(o.contact AS BLOB), o.pickup_code FROM shelf_orders o "
                "JOIN outbox_delivery d ON d.event_id = o.event_id "
                "WHERE o.contact != '' AND o.contact_error = '' AND d.status = 'acked'"
            )
        ).all()
    sent = 0
    for order_id, code, contact, pickup_code in waiting:
        details = loads(contact)[0]
        if not isinstance(details, dict):  # damaged on disk: say so on the order, send the others
            _contact_failed(db, order_id, damaged_contact())
            log.warning("cloud shelf: the customer's details of %s cannot be read back", code)
            continue
        body = {**details, "pickup_hash": pickup_codes.hash_pickup_code(pickup_code) if pickup_code else ""}
        try:
            client.call("PUT", f"/v1/shelf/orders/{order_id}/contact", json=body)
        except Refused as exc:
            if exc.status == 404:
                continue  # not there yet: the next round
            _contact_failed(db, order_id, f"{exc.message}\n{exc.hint}")  # each shown in the screen's language
            log.warning("cloud shelf: the platform refused the customer's details of %s", code)
            continue
        with db.write() as s:
            s.connection().execute(text("UPDATE shelf_orders SET contact = '' WHERE id = :id"), {"id": order_id})
        sent += 1
    return sent


def damaged_contact() -> str:
    """What the order says when the customer's details kept here cannot be read back (message, hint)."""
    return (
        shown("The customer's details kept on this till for the order cannot be read back.")
        + "\n"
        + shown("Ask the customer for them again and pass them to head office.")
    )


def _contact_failed(db: Database, order_id: str, said: str) -> None:
    with db.write() as s:
        s.connection().execute(
            text("UPDATE shelf_orders SET contact_error = :e WHERE id = :id"), {"e": said.strip()[:300], "id": order_id}
        )
