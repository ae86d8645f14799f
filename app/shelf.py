"""The cloud shelf at the till (docs/cloud-shelf.md): a style's size and colour matrix of stock here,
at the other stores and at the warehouse; cloud-shelf orders sold as lines of the sale; the store's
list of them; the shared stock figures a manager reads and exports.

No network here (DESIGN.md, layers): the platform's figures arrive through ``app.shelf_feed`` (saved
by the caller that fetched them, ``sync.shelf``), so everything below works offline on the last
figures, with their age. A cloud-shelf line moves no stock here: its units leave other locations.
The sale's transaction writes the order and its ``shelf.order`` event together (:func:`settle`), so
the platform confirms it exactly once; the customer's details wait in ``shelf_orders.contact`` only
until the platform has them (``sync.shelf.send_contacts``).
"""

from __future__ import annotations

import csv
import json
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app import catalog, outbox, stock
from app.cart import Cart, CartLine
from app.clock import now, now_iso, parse_iso
from app.db.models import Location, SaleLine, ShelfLine, ShelfOrder, Style
from app.errors import NotFound, UserError
from app.ids import new_id
from app.stored import loads_dict
from core import allocation, contacts, pickup_codes, sizes
from sync.protocol import SHELF_CANCELLED, SHELF_ORDER
from sync.protocol import shelf as sp


# ---------------------------------------------------------------- the matrix
class PlaceStock(NamedTuple):
    code: str
    name: str
    kind: str
    region: str
    on_hand: int
    reserved: int
    last_movement_at: str

    @property
    def available(self) -> int:
        return max(0, self.on_hand - self.reserved)


@dataclass(frozen=True)
class Cell:
    variant_id: int
    sku: str
    size: str
    colour: str
    price: int | None
    here: int  # on hand here and now (the platform's figure plus this till's unsynced sales)
    here_reserved: int  # held here for pickup or cloud-shelf orders, as last fetched
    stores: int  # available at the other stores
    warehouse: int  # available at the warehouses
    # every other location in the split rule's order, as plain tuples:
    # (rank, code, name, kind, region, on hand, held, last movement); ``places`` names them
    rows: tuple[tuple, ...] = ()

    @cached_property
    def places(self) -> tuple[PlaceStock, ...]:
        """Every other location's figures, in the split rule's order; made when first asked for (a
        style at 500 locations is 20,000 of them, and a cashier looks at one cell)."""
        return tuple(PlaceStock._make(row[1:]) for row in self.rows)

    @property
    def here_available(self) -> int:
        return max(0, self.here - self.here_reserved)

    @property
    def elsewhere(self) -> int:
        return self.stores + self.warehouse


@dataclass(frozen=True)
class Matrix:
    style_code: str
    style_name: str
    sizes: tuple[str, ...]  # rows
    colours: tuple[str, ...]  # columns
    cells: dict[tuple[str, str], Cell]
    store: str
    home_region: str
    as_of: str | None  # when the figures of other locations were fetched; None: never
    live: bool = False  # fetched from the platform just now
    note: str = ""  # why the figures are not live (offline, not enrolled)
    focus: str = ""  # the SKU the cashier scanned or selected: the matrix opens on it

    def cell(self, size: str, colour: str) -> Cell | None:
        return self.cells.get((size, colour))

    def find(self, sku: str) -> Cell | None:
        return next((c for c in self.cells.values() if c.sku == sku), None)

    def age_minutes(self) -> int | None:
        if self.as_of is None:
            return None
        return max(0, int((now() - parse_iso(self.as_of)).total_seconds() // 60))


def style_of(session: Session, key: str, price_list: str) -> str:
    """The style a scanned barcode, a SKU, a style code or a name names."""
    return key_of(session, key, price_list)[0]


def key_of(session: Session, key: str, price_list: str) -> tuple[str, str]:
    """(style, SKU) a scanned barcode or a SKU names; a style code or a name names no SKU ("")."""
    key = key.strip()
    if not key:
        raise UserError("Scan an item, or type a style code, a SKU or a name.", "")
    code = session.scalar(select(Style.code).where(Style.code == key.upper()))
    if code:
        return code, ""
    try:
        item = catalog.find_code(session, key, price_list)
        return item.style_code, item.sku
    except UserError:
        pass
    found = catalog.search(session, key, price_list, limit=1) if any(c.isalpha() for c in key) else []
    if not found:
        raise NotFound(f"Nothing in the catalog matches {key[:40]}.", "Scan the item, or type its style code or SKU.")
    return found[0].style_code, ""


def matrix(session: Session, style_code: str, store: str, price_list: str, *, live: bool = False,
           note: str = "", answer: dict | None = None) -> Matrix:  # fmt: skip
    """The style's matrix: here and now from the local store, other locations from ``answer`` (just
    fetched) or the platform's last answer kept for the style (``shelf_figures``)."""
    style = session.scalar(select(Style).where(Style.code == style_code))
    if style is None:
        raise NotFound(f"There is no style {style_code[:40]} here.", "Check the code; the catalog may be syncing.")
    variants = session.execute(
        text(
            f"SELECT v.id, v.sku, v.size, v.colour, {catalog.PRICE_IN_FORCE} FROM variants v LEFT JOIN prices p "
            "ON p.variant_id = v.id AND p.price_list = :pl WHERE v.style_id = :s AND v.active"
        ),
        {"pl": price_list, "s": style.id, "at": now_iso()},  # the price a scan charges now
    ).all()
    home = session.get(Location, store)
    home_region = home.region if home else ""
    as_of = None
    if answer is None:
        saved = session.execute(
            text("SELECT CAST(answer AS BLOB), fetched_at FROM shelf_figures WHERE style_code = :s"), {"s": style_code}
        ).first()
        kept = loads_dict(saved[0]) if saved is not None else {}  # a damaged copy: as if never asked
        answer, as_of = (kept, saved[1]) if kept else (None, None)
    else:
        as_of = now_iso()
    figures = _figures(answer, {v[1] for v in variants}, store, home_region) if answer else {}
    here = stock.on_hand_many(session, [v[0] for v in variants], store)
    cells = {}
    for vid, sku, size, colour, price in variants:
        held_here, stores, warehouse, rows = figures.get(sku, (0, 0, 0, []))
        cells[(size, colour)] = Cell(
            variant_id=vid,
            sku=sku,
            size=size,
            colour=colour,
            price=price,
            here=here.get(vid, 0),
            here_reserved=held_here,
            stores=stores,
            warehouse=warehouse,
            rows=tuple(sorted(rows)),
        )
    return Matrix(
        style_code=style.code,
        style_name=style.name,
        sizes=tuple(sorted({v[2] for v in variants}, key=sizes.size_key)),
        colours=tuple(sorted({v[3] for v in variants})),
        cells=cells,
        store=store,
        home_region=home_region,
        as_of=as_of,
        live=live,
        note=note,
    )


def _figures(answer: dict, known: set[str], store: str, home_region: str) -> dict[str, tuple]:
    """An availability answer spread over the SKUs the catalog here knows:
    ``{sku: (held here, available at stores, available at warehouses, [rows])}``; each row is
    ``(rank, code, name, kind, region, on hand, held, last movement)``, rank by the split rule."""
    skus = [v["sku"] for v in answer["variants"]]
    sites = [(x["code"], x["name"], x["kind"], x.get("region") or "") for x in answer["locations"]]
    order = allocation.ranked((allocation.Place(c, k, r) for c, _n, k, r in sites), store, home_region)
    rank = {p.code: n for n, p in enumerate(order)}
    sites = [(rank.get(c, 1 << 30), c, n, k, r) for c, n, k, r in sites]
    times, columns = answer["times"], answer["stock"]
    held = {(v, loc): qty for v, loc, qty in answer.get("held", [])}
    out: dict[str, list] = {sku: [0, 0, 0, []] for sku in known}
    rows = zip(columns["variant"], columns["location"], columns["on_hand"], columns["moved"], strict=True)
    for v, loc, on_hand, moved in rows:  # 20,000 rows for 40 variants at 500 locations: kept plain
        into = out.get(skus[v])
        if into is None:
            continue  # not in this till's catalog yet
        r, code, name, kind, region = sites[loc]
        units = held.get((v, loc), 0) if held else 0
        if code == store:
            into[0] = units
            continue
        free = on_hand - units
        if free > 0:
            into[1 if kind == "store" else 2] += free
        into[3].append((r, code, name, kind, region, on_hand, units, times[moved]))
    return {sku: tuple(v) for sku, v in out.items()}


def matrix_text(m: Matrix, money=str) -> str:
    """The matrix as plain text for ``cloudshelf stock``: a block per colour, a row per size."""
    age = m.age_minutes()
    if m.live:
        said = "live from the platform"
    elif age is None:
        said = "no figures from the platform yet" + (f" ({m.note})" if m.note else "")
    else:
        said = f"figures as of {age} min ago" + (f" ({m.note})" if m.note else "")
    out = [f"{m.style_code}  {m.style_name}  ({said})", f"{'size':<8}{'here':>6}{'stores':>8}{'warehouse':>11}  price"]
    for colour in m.colours:
        out.append(colour)
        for size in m.sizes:
            c = m.cell(size, colour)
            if c is not None:
                price = money(c.price) if c.price is not None else "-"
                out.append(f"  {size:<6}{c.here:>6}{c.stores:>8}{c.warehouse:>11}  {price}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the shared stock (manager)
@dataclass(frozen=True)
class StockRow:
    sku: str
    size: str
    colour: str
    location: str
    name: str
    kind: str
    region: str
    on_hand: int
    reserved: int
    last_movement_at: str

    @property
    def available(self) -> int:
        return max(0, self.on_hand - self.reserved)


def stock_rows(m: Matrix, store_name: str) -> list[StockRow]:
    """Every variant at every location, this store first (here and now), then the rule's order."""
    rows = []
    for colour in m.colours:
        for size in m.sizes:
            c = m.cell(size, colour)
            if c is None:
                continue
            rows.append(StockRow(c.sku, size, colour, m.store, store_name, "store", "", c.here, c.here_reserved, ""))
            rows += [
                StockRow(c.sku, size, colour, pl.code, pl.name, pl.kind, pl.region, pl.on_hand, pl.reserved,
                         pl.last_movement_at)
                for pl in c.places
            ]  # fmt: skip
    return rows


def low_stock(rows: list[StockRow], threshold: int) -> list[StockRow]:
    """Locations with ``threshold`` units available or fewer, fewest first."""
    return sorted((r for r in rows if r.available <= threshold), key=lambda r: (r.available, r.location, r.sku))


CSV_COLUMNS = ("style", "sku", "size", "colour", "location", "name", "kind", "region", "on_hand", "reserved",
               "available", "last_movement_at", "figures_as_of")  # fmt: skip


def write_csv(m: Matrix, rows: list[StockRow], path: Path) -> int:
    """The rows as CSV (UTF-8 with a BOM, so a spreadsheet opens Chinese names right); returns how many."""
    try:
        with Path(path).open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for r in rows:
                writer.writerow([m.style_code, r.sku, r.size, r.colour, r.location, r.name, r.kind, r.region,
                                 r.on_hand, r.reserved, r.available, r.last_movement_at, m.as_of or ""])  # fmt: skip
    except OSError as exc:
        raise UserError(f"Cannot write {path}: {exc.strerror}.", "Choose another folder or file name.") from None
    return len(rows)


# ---------------------------------------------------------------- a cloud-shelf order joins the sale
@dataclass(frozen=True)
class ShelfItem:
    variant_id: int
    qty: int
    source: str = sp.AUTO  # "auto" (best by the rule) or a location code


@dataclass(frozen=True)
class ShelfRequest:
    items: tuple[ShelfItem, ...]
    delivery: str  # home | store
    deliver_to: str | None = None  # the store, for delivery to a store
    contact: dict = field(default_factory=dict)  # name, phone, email and the address (contacts.CONTACT_FIELDS)
    replaces: str = ""  # the sale line the order takes the place of (a size sold out here), if any


def check_request(session: Session, req: ShelfRequest, store: str, price_list: str) -> list[catalog.Item]:
    """Refuse a request that cannot become an order, before any hold is asked for; its items."""
    if not req.items:
        raise UserError("The cloud-shelf order has no items.", "Choose a size and colour in the matrix first.")
    if len(req.items) > sp.MAX_LINES:
        raise UserError(f"A cloud-shelf order has at most {sp.MAX_LINES} lines.", "Split it into two orders.")
    places = {loc.code: loc for loc in session.scalars(select(Location))}
    if req.delivery == sp.STORE:
        target = places.get(req.deliver_to or "")
        if target is None or target.kind != "store":
            raise UserError(f"There is no store {req.deliver_to or ''} to deliver to.", "Choose a store from the list.")
    problem = contacts.contact_problem(req.delivery, req.contact)
    if problem:
        raise UserError(problem, "Ask the customer and fill in their details.")
    items = []
    for it in req.items:
        if not isinstance(it.qty, int) or isinstance(it.qty, bool) or not 1 <= it.qty <= sp.MAX_QTY:
            raise UserError(f"A quantity is a whole number from 1 to {sp.MAX_QTY}.", "Type the number of units.")
        if it.source == store:
            raise UserError("That stock is here in the store.", "Sell it over the counter: scan the item.")
        if it.source != sp.AUTO and it.source not in places:
            raise UserError(f"There is no location {it.source}.", "Choose a source from the list, or the rule.")
        item = catalog.get_variant(session, it.variant_id, price_list)
        if item.price is None:
            raise UserError(f"{item.description} has no price in this store.", "Ask a manager to set its price.")
        items.append(item)
    return items


def hold_lines(req: ShelfRequest, items: list[catalog.Item]) -> list[dict]:
    """The lines of the platform's hold request (``POST /v1/shelf/holds``)."""
    return [{"line_no": n, "sku": item.sku, "qty": it.qty, "source": it.source}
            for n, (it, item) in enumerate(zip(req.items, items, strict=True), 1)]  # fmt: skip


def ask_hold(cart: Cart) -> str:
    """A new hold id (UUIDv7), kept in the sale before the platform is asked: the same id asked again
    gets the same hold, and one whose answer was lost is still known (to release, or to convert)."""
    hold_id = new_id()
    cart.holds_asked.append(hold_id)
    return hold_id


def add_to_cart(cart: Cart, req: ShelfRequest, items: list[catalog.Item], store: str,
                hold: dict | None, asked: str = "") -> list[CartLine]:  # fmt: skip
    """The order's lines join the sale; ``hold`` is the platform's answer, or None when sold offline
    ("to be confirmed"); ``asked`` the hold id asked for, which the platform may hold units under
    though its answer never came: the order's event names it, and the platform frees those units
    before it places the order. A store delivery gets the pickup code printed on the customer's
    receipt."""
    order_id = new_id()
    lines = [
        CartLine(id=new_id(), variant_id=None, sku=item.sku, description=item.description, qty=it.qty,
                 unit_price=item.price, tax_rate_ppm=item.tax_rate_ppm, shelf_order=order_id, shelf_source=it.source)
        for it, item in zip(req.items, items, strict=True)
    ]  # fmt: skip
    line_of = {n: ln.id for n, ln in enumerate(lines, 1)}
    cart.shelf[order_id] = {
        "code": pickup_codes.new_order_code(req.deliver_to if req.delivery == sp.STORE else store),
        "delivery": req.delivery,
        "deliver_to": req.deliver_to if req.delivery == sp.STORE else None,
        "contact": contacts.clean_contact(req.contact),
        "pickup_code": pickup_codes.new_pickup_code() if req.delivery == sp.STORE else "",
        "hold_id": hold["hold_id"] if hold else "",
        "hold_asked": "" if hold else asked,
        "held_until": hold.get("expires_at") if hold else None,
        "plan": [[line_of[x["line_no"]], x["location"], x["qty"]] for x in hold["plan"]] if hold else [],
    }
    at = next((n for n, ln in enumerate(cart.lines) if ln.id == req.replaces and replaceable(ln)), None)
    if at is None:
        cart.lines.extend(lines)
    else:  # the order stands where the line was; voiding it puts the line back
        cart.shelf[order_id]["replaced"] = asdict(cart.lines[at])
        cart.lines[at : at + 1] = lines
    cart.holds_asked = [h for h in cart.holds_asked if h not in (asked, hold["hold_id"] if hold else "")]
    return lines


def replaceable(line: CartLine) -> bool:
    """A line a cloud-shelf order may take the place of: an item sold here, not an order's or a return."""
    return not (line.shelf_order or line.pickup_order or line.is_return)


def holds_of(cart: Cart) -> list[str]:
    """Every hold the platform may keep for this sale: answered, or asked with no answer."""
    entries = [e.get("hold_id") or e.get("hold_asked", "") for e in cart.shelf.values()]
    return [h for h in entries + cart.holds_asked if h]


def state_in_cart(cart: Cart, line: CartLine) -> str:
    """held (the platform holds its units) or to_confirm (sold from the last figures, offline)."""
    return sp.HELD if cart.shelf.get(line.shelf_order or "", {}).get("hold_id") else sp.TO_CONFIRM


def drop_from_cart(cart: Cart, order_id: str) -> str:
    """Take a cloud-shelf order out of the sale, putting back the line it replaced; returns its hold
    id ("" if none) to release."""
    at = next((n for n, ln in enumerate(cart.lines) if ln.shelf_order == order_id), len(cart.lines))
    cart.lines = [ln for ln in cart.lines if ln.shelf_order != order_id]
    entry = cart.shelf.pop(order_id, {})
    if entry.get("replaced"):
        cart.lines.insert(at, CartLine(**entry["replaced"]))
    return entry.get("hold_id") or entry.get("hold_asked", "")


# ---------------------------------------------------------------- inside the sale's transaction
@dataclass(frozen=True)
class Context:
    store: str
    terminal: str
    currency: str


def settle(s: Session, ctx: Context, cart: Cart, sale_id: str, receipt_no: str, sale_lines: list[dict]) -> None:
    """Each cloud-shelf order of the sale: its row here and its ``shelf.order`` event, with the sale."""
    by_id = {ln["id"]: ln for ln in sale_lines}
    stamp = now_iso()
    for order_id, entry in cart.shelf.items():
        lines = [ln for ln in cart.lines if ln.shelf_order == order_id]
        if not lines:
            continue
        numbered = list(enumerate(lines, 1))
        number = {ln.id: n for n, ln in numbered}
        data = {
            "order_id": order_id,
            "code": entry["code"],
            "sale_id": sale_id,
            "receipt_no": receipt_no,
            "delivery": entry["delivery"],
            "deliver_to": entry["deliver_to"],
            "currency": ctx.currency,
            "total": sum(by_id[ln.id]["total"] for ln in lines),
            "taken_offline": not entry["hold_id"],
            "hold_id": entry["hold_id"] or entry.get("hold_asked") or None,  # the platform frees it first
            "plan": [[number[line_id], loc, qty] for line_id, loc, qty in entry["plan"] if line_id in number],
            "lines": [
                {
                    "line_no": n,
                    "sale_line_id": ln.id,
                    "sku": ln.sku,
                    "description": ln.description,
                    "qty": ln.qty,
                    "unit_price": ln.unit_price,
                    "total": by_id[ln.id]["total"],
                    "tax_rate_ppm": ln.tax_rate_ppm,
                    "source": ln.shelf_source or sp.AUTO,
                }
                for n, ln in numbered
            ],
        }  # fmt: skip  (the customer's details never go into an event: events are kept for ever)
        event_id = outbox.append(s, event_type=SHELF_ORDER, store=ctx.store, terminal=ctx.terminal, data=data)
        s.add(
            ShelfOrder(
                id=order_id, code=entry["code"], sale_id=sale_id, receipt_no=receipt_no, event_id=event_id,
                delivery=entry["delivery"], deliver_to=entry["deliver_to"],
                state=sp.HELD if entry["hold_id"] else sp.TO_CONFIRM, version=0, hold_id=entry["hold_id"],
                currency=ctx.currency, total=data["total"], problem="",
                contact=json.dumps(entry["contact"], ensure_ascii=False), contact_error="",
                pickup_code=entry["pickup_code"], refund_receipt="", detail="{}", created_at=stamp, updated_at=stamp,
            )
        )  # fmt: skip
        s.flush()
        s.add_all(
            ShelfLine(order_id=order_id, line_no=n, sale_line_id=ln.id, sku=ln.sku, description=ln.description,
                      qty=ln.qty, source=ln.shelf_source or sp.AUTO)
            for n, ln in numbered
        )  # fmt: skip
    s.flush()


def settle_returns(s: Session, ctx: Context, cart: Cart, sale_id: str, receipt_no: str) -> None:
    """Returned cloud-shelf lines refund their order: the whole of it, with a ``shelf.cancelled`` event."""
    originals = {ln.original_line_id: ln for ln in cart.lines if ln.is_return and ln.original_line_id}
    if not originals:
        return
    touched = {r.order_id for r in s.scalars(select(ShelfLine).where(ShelfLine.sale_line_id.in_(list(originals))))}
    for order_id in sorted(touched):
        order = s.get(ShelfOrder, order_id)
        for line in s.scalars(select(ShelfLine).where(ShelfLine.order_id == order_id)):
            before = s.scalar(
                select(func.coalesce(func.sum(-SaleLine.qty), 0)).where(
                    SaleLine.original_line_id == line.sale_line_id, SaleLine.sale_id != sale_id
                )
            )
            now_back = -originals[line.sale_line_id].qty if line.sale_line_id in originals else 0
            if before + now_back < line.qty:
                raise UserError(
                    f"Cloud-shelf order {order.code} is refunded whole: return every unit of every line.",
                    "Use Refund in the cloud-shelf orders list (Ctrl+Shift+E).",
                )
        order.refund_receipt, order.updated_at = receipt_no, now_iso()
        order.contact, order.pickup_code = "", ""  # nothing will be delivered: forget the customer's details
        data = {"order_id": order.id, "code": order.code, "reason": "refunded at the till", "sale_id": sale_id,
                "receipt_no": receipt_no}  # fmt: skip
        outbox.append(s, event_type=SHELF_CANCELLED, store=ctx.store, terminal=ctx.terminal, data=data)
    s.flush()
