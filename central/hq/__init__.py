"""The head office's back office at ``/hq``: server-rendered pages (Jinja2, htmx) on the platform's
own FastAPI app, calling the same area modules as the API (issue 17).

A page module is ``central/hq/<area>.py`` with ``router = APIRouter(prefix="/hq/<area>")``,
registered by one line in ``ROUTERS`` and, when it has a menu entry, one line in ``NAV``;
its templates are in ``central/hq/templates/<area>/``. ``central.hq.web`` holds what pages share.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from central.errors import ServiceError
from central.hq import audit, catalog, flags, fleet, home, imports, orders, prices, session, staff, stock, stores, users
from central.hq.web import Answer, Problem, problem
from central.ingest import REFUSED

ROUTERS = (
    session.router, home.router, catalog.router, imports.router, prices.router, stock.router, stores.router,
    fleet.router, staff.router, orders.router, flags.router, audit.router, users.router,
)  # fmt: skip
# the menu: (address, screen text, permission needed to see the entry)
NAV = (
    ("/hq", "Home", None),
    ("/hq/catalog", "Catalogue", "catalog.view"),
    ("/hq/imports", "Import", "catalog.edit"),
    ("/hq/prices", "Prices", "prices.view"),
    ("/hq/stock", "Stock", "stock.view"),
    ("/hq/stores", "Stores and tills", "stores.view"),
    ("/hq/fleet", "Fleet", "stores.view"),
    ("/hq/staff", "Staff", "staff.view"),
    ("/hq/orders", "Orders", "orders.view"),
    ("/hq/flags", "Flags", "flags.view"),
    ("/hq/audit", "Audit log", "audit.view"),
    ("/hq/users", "Users", "users.admin"),
)
STATIC = Path(__file__).with_name("static")


def console(request: Request) -> bool:
    return request.url.path == "/hq" or request.url.path.startswith("/hq/")


def install(app: FastAPI) -> None:
    """Add the console's routes and static files to the platform's app, and answer refusals on
    /hq as pages (the API keeps its JSON error bodies)."""
    for router in ROUTERS:
        app.include_router(router, include_in_schema=False)
    app.mount("/hq/static", StaticFiles(directory=STATIC), name="hq-static")
    app.state.hq_nav = NAV

    @app.exception_handler(Answer)
    async def _answer(_request: Request, exc: Answer):
        return exc.response

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return problem(request, exc.status, exc.message, exc.hint)

    _as_pages(app)


def _as_pages(app: FastAPI) -> None:
    """The platform's error handlers, answering a page instead on the console's addresses."""
    api = dict(app.exception_handlers)

    async def service_error(request: Request, exc: ServiceError):
        if not console(request):
            return await api[ServiceError](request, exc)
        if exc.status == 429:
            return problem(request, 429, exc.message, "Wait {0} s and try again.", args=(exc.hint.split()[1],))
        return problem(request, exc.status, exc.message, exc.hint)

    async def http_error(request: Request, exc: HTTPException):
        if not console(request):
            return await api[HTTPException](request, exc)
        if exc.status_code in (404, 405):
            return problem(request, 404, "There is no such page in the console.",
                           "Check the address, or start from the home page.")  # fmt: skip
        return problem(request, exc.status_code, "The form is not complete or has a wrong value.",
                       "Check the fields and try again.")  # fmt: skip

    async def invalid(request: Request, exc: RequestValidationError):
        if not console(request):
            return await api[RequestValidationError](request, exc)
        return problem(
            request, 400, "The form is not complete or has a wrong value.", "Check the fields and try again."
        )

    async def refused(request: Request, exc: Exception):
        if not console(request):
            return await next(api[k] for k in type(exc).__mro__ if k in api)(request, exc)
        return problem(
            request, 400, "The form is not complete or has a wrong value.", "Check the fields and try again."
        )

    for kind in REFUSED:  # a value the checks let through and the database refused: the request's fault
        if kind in api:
            app.add_exception_handler(kind, refused)
    app.add_exception_handler(ServiceError, service_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
