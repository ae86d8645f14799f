"""Stock pages: levels per location (paged, by style and store), a variant's ledger with every
movement and its source, and the adjustment form (``central.stock_ledger``, audited). A store
manager sees and adjusts only their stores; the domain checks it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from central import stock_ledger
from central.hq.web import needs, page
from central.hq_users import HqUser
from central.locations import all_locations

router = APIRouter(prefix="/hq/stock")
SOURCES = {"sale": "Sale", "return": "Return", "transfer": "Transfer", "import": "Import", "receiving": "Receiving",
           "adjustment": "Adjustment", "other": "Other"}  # fmt: skip
REASONS = {"damaged": "Damaged", "lost": "Lost", "found": "Found", "sample": "Sample", "count": "Count"}
SHOWN = REASONS | {"receive": "Received", "sale": "Sale", "return": "Return", "pickup": "Online order collected",
                   "shelf_out": "Cloud-shelf shipment", "shelf_in": "Cloud-shelf arrival",
                   "adjust": "Adjustment"}  # fmt: skip


def _locations(request: Request, user: HqUser) -> list[tuple[str, str]]:
    with request.app.state.db.read() as s:
        return [(loc.code, loc.name) for loc in all_locations(s) if user.sees(loc.code)]


@router.get("", response_class=HTMLResponse)
def stock_levels(
    request: Request,
    user: Annotated[HqUser, Depends(needs("stock.view"))],
    location: Annotated[str, Query(max_length=16)] = "",
    style: Annotated[str, Query(max_length=40)] = "",
    page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1,
) -> HTMLResponse:
    with request.app.state.db.read() as s:
        found = stock_ledger.levels(s, location=location or None, style=style or None, stores=user.stores,
                                    page=page_no, per_page=50)  # fmt: skip
    return page(request, "stock/levels.html", found=found, location=location, style=style,
                locations=_locations(request, user))  # fmt: skip


@router.get("/ledger", response_class=HTMLResponse)
def stock_ledger_page(
    request: Request,
    user: Annotated[HqUser, Depends(needs("stock.view"))],
    sku: Annotated[str, Query(max_length=60)] = "",
    location: Annotated[str, Query(max_length=16)] = "",
) -> HTMLResponse:
    with request.app.state.db.read() as s:
        moves = stock_ledger.ledger(s, sku, location=location or None, stores=user.stores) if sku else []
    return page(request, "stock/ledger.html", moves=moves, sku=sku, location=location,
                locations=_locations(request, user), reasons=REASONS, sources=SOURCES, shown=SHOWN)  # fmt: skip


@router.post("/adjust")
def stock_adjust(
    request: Request,
    user: Annotated[HqUser, Depends(needs("stock.adjust"))],
    sku: Annotated[str, Form(max_length=60)] = "",
    location: Annotated[str, Form(max_length=16)] = "",
    qty: Annotated[int, Form(ge=-1_000_000, le=1_000_000)] = 0,
    reason: Annotated[str, Form(max_length=16)] = "",
) -> Response:
    with request.app.state.db.write() as s:
        stock_ledger.adjust_stock(s, location=location, sku=sku, qty=qty, reason=reason, actor=user.login,
                                  stores=user.stores)  # fmt: skip
    return RedirectResponse(f"/hq/stock/ledger?sku={sku}&location={location}", status_code=303)
