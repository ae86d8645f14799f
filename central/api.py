"""The central platform's HTTP API (FastAPI). Stateless apart from its database: run as many
processes as needed behind a load balancer on PostgreSQL. OpenAPI at ``/openapi.json``.

No ``from __future__ import annotations`` here: FastAPI reads the annotations at run time.
"""

import gc
import logging
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from starlette.exceptions import HTTPException

from central import auth, availability, catalog, feeds, ingest, limits, locations, orders, resend, shelf, shop_keys
from central.db import CentralDB
from central.errors import ServiceError
from central.ingest import REFUSED
from central.inputs import Input, check_params
from central.models import Location
from central.serving import MAX_BODY, MAX_BODY_ENV, BodyLimit
from sync.protocol import MAX_BATCH, MAX_PAGE
from sync.protocol import shelf as sp

log = logging.getLogger(__name__)
MAX_SEQ = 2**53 - 1  # exact in every JSON reader, and far beyond any till's or feed's count


class ErrorBody(BaseModel):
    error: str
    message: str
    hint: str = ""


class EnrolRequest(Input):
    code: str = Field(min_length=1, max_length=40)
    next_seq: int = Field(default=1, ge=1, le=MAX_SEQ, description="The first event this terminal will send.")


class EnrolResponse(BaseModel):
    terminal_id: str
    store: str
    store_name: str
    terminal: str
    token: str
    expires_at: str
    last_receipt_seq: int
    store_settings: dict[str, Any]
    locations: list[dict[str, str]]


class PushRequest(BaseModel):
    events: list[dict[str, Any]] = Field(max_length=MAX_BATCH)


class EventResult(BaseModel):
    id: str | None
    seq: int | None
    status: str
    expected: int | None = None
    message: str | None = None
    stock_seq: int | None = None
    order_state: str | None = None
    conflict: str | None = None


class PushResponse(BaseModel):
    results: list[EventResult]


class FeedItem(BaseModel):
    seq: int
    key: str
    op: str
    data: dict[str, Any]


class FeedPage(BaseModel):
    items: list[FeedItem]
    cursor: int
    more: bool


class SnapshotItem(BaseModel):
    key: str
    data: dict[str, Any]


class SnapshotPage(BaseModel):
    items: list[SnapshotItem]
    as_of: int
    next_key: str | None


class Ping(BaseModel):
    store: str
    terminal: str


class OrderLineIn(BaseModel):
    sku: str = Field(min_length=1, max_length=60)
    qty: int = Field(ge=1, le=orders.MAX_QTY)
    unit_price: int | None = Field(default=None, ge=0, le=MAX_SEQ, description="Minor units; default: price list")


class CustomerIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)


class OrderRequest(Input):
    store: str = Field(min_length=1, max_length=16, description="The pickup store's code.")
    lines: list[OrderLineIn] = Field(min_length=1, max_length=orders.MAX_LINES)
    customer: CustomerIn
    paid: bool = Field(description="Paid online; otherwise paid at the till before the handover.")
    reference: str | None = Field(default=None, max_length=80, description="The shop's own id: a repeat is one order.")
    note: str = Field(default="", max_length=500)


class OrderCreated(BaseModel):
    code: str
    pickup_code: str | None = Field(description="Shown once, for the customer; None for a repeat.")
    qr: str | None = Field(description="What the customer's QR code holds (order and pickup code).")
    repeat: bool
    order: dict[str, Any]


class CancelRequest(Input):
    reason: str = Field(min_length=1, max_length=200)


class AvailabilityStyle(BaseModel):
    code: str
    name: str


class AvailabilityVariant(BaseModel):
    sku: str
    size: str
    colour: str


class AvailabilityLocation(BaseModel):
    code: str
    name: str
    kind: str
    region: str


class AvailabilityColumns(BaseModel):
    """One row per stock level, as columns of equal length."""

    variant: list[int] = Field(description="Index into variants")
    location: list[int] = Field(description="Index into locations")
    on_hand: list[int]
    moved: list[int] = Field(description="Index into times: the last movement")


class Availability(BaseModel):
    style: AvailabilityStyle
    as_of: str
    variants: list[AvailabilityVariant]
    locations: list[AvailabilityLocation]
    times: list[str] = Field(description="Times of last movements, each once")
    stock: AvailabilityColumns
    held: list[tuple[int, int, int]] = Field(description="[variant index, location index, units held]")


def plain(*texts: str | None) -> None:
    """Refuse text no database column can hold (PostgreSQL rejects NUL): a 400, not a 500."""
    if any(t and "\x00" in t for t in texts):
        raise ServiceError(400, "bad_text", "The request holds a NUL character.", "Fix the request.")


class ShelfLineIn(BaseModel):
    line_no: int = Field(ge=1, le=sp.MAX_LINES)
    sku: str = Field(min_length=1, max_length=60)
    qty: int = Field(ge=1, le=sp.MAX_QTY)
    source: str = Field(default=sp.AUTO, min_length=1, max_length=16, description="auto (the rule) or a location")


class HoldRequest(Input):
    hold_id: str = Field(min_length=36, max_length=36, description="A UUID the till made; a repeat is one hold.")
    lines: list[ShelfLineIn] = Field(min_length=1, max_length=sp.MAX_LINES)
    minutes: int = Field(default=sp.HOLD_MINUTES, ge=1, le=60, description="The hold lapses after this.")


class HoldLine(BaseModel):
    line_no: int
    sku: str
    location: str
    qty: int


class HoldAnswer(BaseModel):
    hold_id: str
    expires_at: str | None
    plan: list[HoldLine]


class ContactIn(Input):
    name: str = Field(min_length=1, max_length=120)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=300)
    city: str = Field(default="", max_length=80)
    postcode: str = Field(default="", max_length=20)
    country: str = Field(default="", max_length=2, description="The store's country (ISO 3166).")
    province: str = Field(default="", max_length=80, description="Province (China), or state or region.")
    district: str = Field(default="", max_length=80, description="District (China).")
    pickup_hash: str = Field(default="", max_length=200, description="Argon2 hash of the receipt's pickup code.")


class SourceLine(BaseModel):
    line_no: int = Field(ge=1, le=sp.MAX_LINES)
    source: str = Field(min_length=1, max_length=16)


class SourceRequest(Input):
    lines: list[SourceLine] = Field(max_length=sp.MAX_LINES)


ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 410, 413, 422, 429)}


def storable_params(request: Request) -> None:
    """Every call's path and query parameters hold only text a column can store (else a 400)."""
    check_params(request.path_params.items())
    check_params(request.query_params.multi_items())


bearer = HTTPBearer(auto_error=False, description="The terminal's token from enrolment.")


def caller(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> auth.Caller:
    """The terminal behind the bearer token; every call but enrolment and health needs one."""
    header = f"Bearer {credentials.credentials}" if credentials is not None else None
    with request.app.state.db.read() as s:
        who = auth.authenticate(s, header)
        request.state.terminal_state = resend.terminal_state(s, who.terminal_id)  # carried by the answer
        return who


Authed = Annotated[auth.Caller, Depends(caller)]


shop_bearer = HTTPBearer(auto_error=False, scheme_name="ShopKey", description="The web shop's key.")


def shop(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(shop_bearer)]
) -> shop_keys.Shop:
    """The web shop behind a shop key: the order API's only caller."""
    header = f"Bearer {credentials.credentials}" if credentials is not None else None
    with request.app.state.db.read() as s:
        return shop_keys.authenticate(s, header)


ShopAuthed = Annotated[shop_keys.Shop, Depends(shop)]


def app_from_env() -> FastAPI:
    """The app in a server process of its own (``central serve --workers N``): the database URL comes
    from ``CLOUDSHELF_CENTRAL_DB``. Each process keeps its own enrolment rate limit."""
    import os

    max_body = int(os.environ.get(MAX_BODY_ENV, MAX_BODY))
    return create_app(CentralDB(os.environ["CLOUDSHELF_CENTRAL_DB"]), max_body=max_body)


def create_app(db: CentralDB, *, enrol_limit: int = 10, max_body: int = MAX_BODY) -> FastAPI:
    """``max_body``: the largest request body in bytes (a larger one is a 413 before it is read)."""
    app = FastAPI(
        title="CloudShelf central platform",
        version="1",
        openapi_url="/openapi.json",
        lifespan=frozen_at_start,
        dependencies=[Depends(storable_params)],
    )
    app.state.db = db
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(resend.PlatformMarker)  # every answer says it is the platform's (added last: outermost)

    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError) -> JSONResponse:
        headers = {"Retry-After": exc.hint.split()[1]} if exc.status == 429 else None
        return JSONResponse(exc.body(), status_code=exc.status, headers=headers)

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        # Starlette's own refusals (no such path, wrong method, a body that is not JSON) in our error shape.
        message = exc.detail if isinstance(exc.detail, str) else "The request was refused."
        hint = "Check the address and method against /openapi.json." if exc.status_code in (404, 405) else ""
        return JSONResponse(
            {"error": f"http_{exc.status_code}", "message": message, "hint": hint or "Fix the request."},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    async def _refused(_request: Request, exc: Exception) -> JSONResponse:
        # The last guard: a value the checks let through and the database refused is the request's fault.
        log.warning("database refused a request's value: %s", type(exc).__name__)
        body = {"error": "bad_value", "message": "The platform cannot store a value of this request.",
                "hint": "Fix the request: a text too long, a number out of range or a repeated id."}  # fmt: skip
        return JSONResponse(body, status_code=400)

    for kind in REFUSED:
        app.add_exception_handler(kind, _refused)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid"}
        # a key of the body may hold a lone surrogate, which no answer can encode: it reads as "?"
        where = ".".join(str(p).encode("utf-8", "replace").decode()[:120] for p in first.get("loc", ()))
        return JSONResponse(
            {"error": "invalid_request", "message": f"{where}: {first.get('msg')}", "hint": "Fix the request."},
            status_code=422,
        )

    @app.get("/v1/health", responses={503: {"model": ErrorBody}})
    def health() -> dict[str, bool]:
        """200 only while the database answers: a load balancer takes a process without one out."""
        try:
            with db.read() as s:
                s.execute(text("SELECT 1"))
        except SQLAlchemyError:
            raise ServiceError(503, "no_database", "The platform cannot reach its database.",
                               "Try again shortly; an administrator checks the database server.") from None  # fmt: skip
        return {"ok": True}

    @app.get("/v1/ping", responses=ERRORS)
    def ping(who: Authed) -> Ping:
        """A trivial authenticated call: the baseline of the sync benchmarks."""
        return Ping(store=who.store, terminal=who.terminal)

    @app.post("/v1/enrol", responses=ERRORS)
    def enrol(body: EnrolRequest, request: Request) -> EnrolResponse:
        limits.count_call(db, "enrol", request.client.host if request.client else "?", enrol_limit)
        with db.write() as s:
            terminal, token, last_seq = auth.enrol(s, body.code, body.next_seq)
            store = s.get(Location, terminal.store_code)
            return EnrolResponse(
                terminal_id=terminal.id,
                store=terminal.store_code,
                store_name=store.name,
                terminal=terminal.code,
                token=token,
                expires_at=terminal.expires_at,
                last_receipt_seq=last_seq,
                store_settings=locations.store_settings(s, terminal.store_code),
                locations=[
                    {"code": loc.code, "name": loc.name, "kind": loc.kind, "region": loc.region}
                    for loc in locations.all_locations(s)
                ],
            )

    @app.post("/v1/events", responses=ERRORS)
    def push(body: PushRequest, who: Authed, request: Request) -> PushResponse:
        """Events of one terminal in sequence order; each answered on its own (see sync.protocol)."""
        results = ingest.ingest(db, who, body.events)
        with db.read() as s:  # the answer carries what the platform holds now, after this batch
            request.state.terminal_state = resend.terminal_state(s, who.terminal_id)
        return PushResponse(results=[EventResult(**r) for r in results])

    # The two big answers are built as plain JSON: a thousand items through pydantic models cost more
    # than reading them from the database. Their shape is the documented model (schemathesis checks it).
    @app.get("/v1/feeds/{feed}", responses=ERRORS, response_model=FeedPage)
    def feed(
        feed: str,
        who: Authed,
        after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
    ) -> JSONResponse:
        with db.read() as s:
            page = feeds.read(s, feed, [who.store, feeds.ALL_STORES], after, limit)
        return JSONResponse({"items": page.items, "cursor": page.cursor, "more": page.more})

    @app.get("/v1/snapshots/{feed}", responses=ERRORS, response_model=SnapshotPage)
    def snapshot(
        feed: str,
        who: Authed,
        after_key: Annotated[str, Query(max_length=200)] = "",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 500,
    ) -> JSONResponse:
        with db.read() as s:
            feeds.check_feed(feed)
            as_of = feeds.current_seq(s, feed)
            items, next_key = catalog.snapshot(s, feed, [who.store], after_key, limit)
        return JSONResponse({"items": items, "as_of": as_of, "next_key": next_key})

    @app.get("/v1/stock/availability", responses=ERRORS, response_model=Availability)
    def stock_availability(
        who: Authed,
        style: Annotated[str | None, Query(max_length=40)] = None,
        sku: Annotated[str | None, Query(max_length=60)] = None,
        barcode: Annotated[str | None, Query(max_length=64)] = None,
    ) -> JSONResponse:
        """One style's stock at every location (on hand, reserved, last movement), by style code, SKU or
        barcode. Any enrolled till may read every location: that is the cloud shelf. The rows are by
        index into ``variants`` and ``locations`` (see ``sync.protocol.shelf``)."""
        plain(style, sku, barcode)
        with db.read() as s:
            body = availability.availability(s, availability.find_style(s, style=style, sku=sku, barcode=barcode))
        return JSONResponse(body)  # built as plain data: 20,000 rows through pydantic would cost more

    @app.post("/v1/shelf/holds", status_code=201, responses=ERRORS)
    def shelf_hold(body: HoldRequest, who: Authed) -> HoldAnswer:
        """Hold units at their sources while the customer pays (all or nothing; 409 names what is short).
        The sale's ``shelf.order`` event turns the hold into the order's reservation."""
        plain(body.hold_id, *(ln.sku for ln in body.lines), *(ln.source for ln in body.lines))
        lines = [shelf.LineIn(ln.line_no, ln.sku, ln.qty, ln.source) for ln in body.lines]
        with db.write() as s:
            return HoldAnswer(**shelf.hold(s, who, body.hold_id, lines, body.minutes))

    @app.delete("/v1/shelf/holds/{hold_id}", responses=ERRORS)
    def shelf_release(hold_id: str, who: Authed) -> dict[str, int]:
        """Free a hold at once (the line left the sale); an unknown or lapsed hold frees nothing."""
        plain(hold_id)
        with db.write() as s:
            return {"released": shelf.release_hold(s, who, hold_id)}

    @app.put("/v1/shelf/orders/{order_id}/contact", responses=ERRORS)
    def shelf_contact(order_id: str, body: ContactIn, who: Authed) -> dict[str, bool]:
        """The customer's details of an order this store sold: kept here only, never in a feed or a log."""
        plain(order_id, *body.model_dump().values())
        with db.write() as s:
            shelf.set_contact(s, who, order_id, body.model_dump(exclude={"pickup_hash"}), body.pickup_hash)
        return {"ok": True}

    @app.post("/v1/shelf/orders/{order_id}/source", responses=ERRORS)
    def shelf_source(order_id: str, body: SourceRequest, who: Authed) -> dict[str, Any]:
        """Another source for an unfilled order of this store (409 when that is short too)."""
        plain(order_id, *(ln.source for ln in body.lines))
        with db.write() as s:
            return shelf.view(s, shelf.resource(s, who, order_id, {ln.line_no: ln.source for ln in body.lines}))

    @app.post("/v1/shop/orders", status_code=201, responses=ERRORS)
    def create_order(body: OrderRequest, who: ShopAuthed) -> OrderCreated:
        """An order for pickup at a store: its stock is held there and its tills see it."""

        def make() -> OrderCreated:
            with db.write() as s:
                made = orders.create_order(
                    s,
                    store=body.store,
                    lines=[orders.LineRequest(ln.sku, ln.qty, ln.unit_price) for ln in body.lines],
                    customer=orders.Customer(body.customer.name, body.customer.phone, body.customer.email),
                    paid=body.paid,
                    reference=body.reference,
                    note=body.note,
                )
                view = orders.shop_view(s, made.order)
            return OrderCreated(code=made.order.code, pickup_code=made.pickup_code, qr=made.qr, repeat=made.repeat,
                                order=view)  # fmt: skip

        try:
            return make()
        except IntegrityError:
            # Another process made the order with this reference meanwhile (its unique key refused
            # ours): asked again, the repeat finds that order and answers with it.
            return make()

    @app.get("/v1/shop/orders/{code}", responses=ERRORS)
    def get_order(code: str, who: ShopAuthed) -> dict[str, Any]:
        with db.read() as s:
            return orders.shop_view(s, orders.find(s, code))

    @app.post("/v1/shop/orders/{code}/cancel", responses=ERRORS)
    def cancel_order(code: str, body: CancelRequest, who: ShopAuthed) -> dict[str, Any]:
        """Cancelled online (the customer asked): the store's tills see it at their next pull."""
        with db.write() as s:
            order = orders.cancel(s, orders.find(s, code, lock=True), reason=body.reason, actor="shop")
            return orders.shop_view(s, order)

    return app


@asynccontextmanager
async def frozen_at_start(_app: FastAPI):
    """What is loaded when a server process starts lives as long as it: out of the collector's sight,
    a full collection no longer walks it (it stalled big answers, such as a style's availability, by
    ~80 ms)."""
    gc.freeze()
    yield
