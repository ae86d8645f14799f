"""The central platform's HTTP API (FastAPI): the app, its error answers and its routers.

Stateless apart from its database: run as many processes as needed behind a load balancer on
PostgreSQL. OpenAPI at ``/openapi.json``. The routes live in ``central.routes``, one router per area;
a new area is a new router module and one line in ``ROUTERS``.
"""

import gc
import logging
import os
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from central import hq, resend, uploads
from central.db import CentralDB
from central.errors import ServiceError
from central.ingest import REFUSED
from central.inputs import BadText
from central.routes import enrol, events, feeds, shelf, shop, stock, system
from central.routes.deps import storable_params
from central.serving import MAX_BODY, MAX_BODY_ENV, BodyLimit

log = logging.getLogger(__name__)
# the console's catalogue file: its own limit, with room for the form around it
UPLOADS = {"/hq/imports/preview": uploads.MAX_BYTES + 1024 * 1024}
ROUTERS = (system.router, enrol.router, events.router, feeds.router, stock.router, shelf.router, shop.router)


def app_from_env() -> FastAPI:
    """The app in a server process of its own (``central serve --workers N``): the database URL comes
    from ``CLOUDSHELF_CENTRAL_DB``."""
    max_body = int(os.environ.get(MAX_BODY_ENV, MAX_BODY))
    return create_app(CentralDB(os.environ["CLOUDSHELF_CENTRAL_DB"]), max_body=max_body)


def create_app(db: CentralDB, *, enrol_limit: int = 10, max_body: int = MAX_BODY) -> FastAPI:
    """``enrol_limit``: enrolment calls per client a minute (counted in the database, so across
    processes); ``max_body``: the largest request body in bytes (a larger one is a 413 before it is read)."""
    app = FastAPI(
        title="CloudShelf central platform",
        version="1",
        openapi_url="/openapi.json",
        lifespan=frozen_at_start,
        dependencies=[Depends(storable_params)],
    )
    app.state.db = db
    app.state.enrol_limit = enrol_limit
    app.add_middleware(BodyLimit, limit=max_body, uploads=UPLOADS)
    app.add_middleware(resend.PlatformMarker)  # every answer says it is the platform's (added last: outermost)
    answer_errors(app)
    for router in ROUTERS:
        app.include_router(router)
    hq.install(app)  # the head office's console at /hq (its refusals are pages, not JSON)
    return app


def answer_errors(app: FastAPI) -> None:
    """Every refusal in the platform's error body (``error``, ``message``, ``hint``), never a 5xx
    for anything a caller sent."""

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
        cause = (first.get("ctx") or {}).get("error")
        if isinstance(cause, BadText):  # the same answer as for a NUL in the address
            return JSONResponse({"error": "bad_text", "message": str(cause), "hint": "Fix the request."}, 400)
        # a key of the body may hold a lone surrogate, which no answer can encode: it reads as "?"
        where = ".".join(str(p).encode("utf-8", "replace").decode()[:120] for p in first.get("loc", ()))
        return JSONResponse(
            {"error": "invalid_request", "message": f"{where}: {first.get('msg')}", "hint": "Fix the request."},
            status_code=422,
        )


@asynccontextmanager
async def frozen_at_start(_app: FastAPI):
    """What is loaded when a server process starts lives as long as it: out of the collector's sight,
    a full collection no longer walks it (it stalled big answers, such as a style's availability, by
    ~80 ms)."""
    gc.freeze()
    yield
