"""The cloud shelf: a style's sizes and colours here, at other stores and the warehouse (offline on the
last figures, with their age), and selling a size this store lacks as an order that joins the sale."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from app import returns as returns_svc
from app import shelf, shelf_address, shelf_feed, shelf_orders
from app.cart import CartLine
from app.db.models import Location
from app.terminal.context import Context


class ShelfService:
    """``terminal.shelf``: the matrix, cloud-shelf orders in the sale and their follow-up."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def style(self, key: str) -> str:
        """The style a scan, a SKU, a style code or a name names (for the matrix)."""
        return self.key(key)[0]

    def key(self, key: str) -> tuple[str, str]:
        """(style, SKU) of a scan or a SKU: the matrix opens on that variant ("" for a style or a name)."""
        with self._ctx.db.read() as s:
            return shelf.key_of(s, key, self._ctx.info.price_list)

    def replaces(self, line_id: str | None) -> bool:
        """Whether a cloud-shelf order opened on this line takes its place (an item sold here, not an
        order's line or a return)."""
        cart = self._ctx.cart
        found = next((ln for ln in (cart.lines if cart else []) if ln.id == line_id), None)
        return found is not None and shelf.replaceable(found)

    def address_form(self) -> shelf_address.AddressForm:
        """The delivery address as the store's country writes it (its locale's territory)."""
        return shelf_address.address_form(self._ctx.info.locale)

    def _request(self, request: shelf.ShelfRequest) -> shelf.ShelfRequest:
        """The request with the customer's details in the store's country's shape."""
        country = self.address_form().country
        return replace(request, contact=shelf_address.with_country(request.contact, country))

    def matrix(self, style_code: str, *, live: bool = False, note: str = "") -> shelf.Matrix:
        """The style's matrix from the local store: works offline on the last figures, with their age."""
        info = self._ctx.info
        with self._ctx.db.read() as s:
            return shelf.matrix(s, style_code, info.store, info.price_list, live=live, note=note)

    def save_availability(self, answer: dict) -> shelf.Matrix:
        """Keep the platform's figures (fetched by the caller, ``sync.shelf``) for the matrix offline,
        and give the matrix they make now."""
        info = self._ctx.info
        with self._ctx.db.write() as s:
            style = shelf_feed.save_availability(s.connection(), answer)
            return shelf.matrix(s, style, info.store, info.price_list, live=True, answer=answer)

    def stores(self) -> list[tuple[str, str]]:
        """(code, name) of every store a cloud-shelf order may go to, this store first."""
        with self._ctx.db.read() as s:
            rows = s.execute(select(Location.code, Location.name).where(Location.kind == "store")).all()
        here = self._ctx.info.store
        return sorted(((c, n) for c, n in rows), key=lambda r: (r[0] != here, r[0]))

    def places(self) -> list[tuple[str, str, str]]:
        """(code, name, kind) of every other location, a possible source of a cloud-shelf order."""
        with self._ctx.db.read() as s:
            rows = s.execute(
                select(Location.code, Location.name, Location.kind).where(Location.code != self._ctx.info.store)
            )
            return sorted((tuple(r) for r in rows), key=lambda r: (r[2] != "warehouse", r[0]))

    def hold_lines(self, request: shelf.ShelfRequest) -> list[dict]:
        """Check a cloud-shelf request (a UserError says what to fix) and give the lines of its hold,
        which the caller asks the platform for before :meth:`add_order`."""
        ctx = self._ctx
        ctx.require("sell")
        request = self._request(request)
        with ctx.db.read() as s:
            items = shelf.check_request(s, request, ctx.info.store, ctx.info.price_list)
        return shelf.hold_lines(request, items)

    def ask_hold(self) -> str:
        """A hold id for the next request to the platform, saved with the sale before it is sent."""
        with self._ctx.editing(lines=False) as (_s, cart):
            return shelf.ask_hold(cart)

    def add_order(self, request: shelf.ShelfRequest, hold: dict | None, asked: str = "") -> list[CartLine]:
        """The order joins the sale: on the platform's ``hold``, or, offline (``None``), to be confirmed
        when the sale reaches the platform; ``asked`` is the hold id asked for (app.shelf.add_to_cart)."""
        info = self._ctx.info
        request = self._request(request)
        with self._ctx.editing() as (s, cart):
            items = shelf.check_request(s, request, info.store, info.price_list)
            return shelf.add_to_cart(cart, request, items, info.store, hold, asked)

    def orders(self, *, open_only: bool = False) -> list[shelf_orders.OrderView]:
        self._ctx.require("sell")
        with self._ctx.db.read() as s:
            return shelf_orders.orders(s, open_only=open_only)

    def attention(self) -> int:
        """How many cloud-shelf orders sold here wait for a refund or another source."""
        with self._ctx.db.read() as s:
            return sum(1 for v in shelf_orders.orders(s, open_only=True) if v.needs_action)

    def order(self, code: str) -> shelf_orders.OrderView:
        self._ctx.require("sell")
        with self._ctx.db.read() as s:
            return shelf_orders.order(s, code)

    def refund_order(self, code: str) -> list[CartLine]:
        """The order's lines come back into the sale as returns; paying the refund to the original
        tender cancels the order at the platform (``shelf.cancelled``, with the sale)."""
        self._ctx.require("return")
        with self._ctx.db.read() as s:
            receipt_no, lines = shelf_orders.refund_lines(s, code)
        with self._ctx.editing() as (s, cart):
            receipt = returns_svc.find_receipt(s, receipt_no)
            added = []
            for line_id, qty in lines:
                added.append(returns_svc.return_line(s, cart, receipt, line_id, qty))
                cart.lines.append(added[-1])
            return added

    def apply_order(self, body: dict) -> shelf_orders.OrderView:
        """The platform's answer about one order (another source was found): kept as the feed keeps it."""
        with self._ctx.db.write() as s:
            shelf_feed.apply_shelf(s.connection(), [{"key": body["id"], "op": "upsert", "data": body}])
        return self.order(body["code"])
