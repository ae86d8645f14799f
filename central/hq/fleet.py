"""The fleet view: every till with what it last reported on a sync (``central.fleet``); a till not
heard from for an hour, or never, is highlighted."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from central import fleet
from central.hq.web import needs, page, scope
from central.hq_users import HqUser

router = APIRouter(prefix="/hq/fleet")
PRINTER = {"ok": "OK", "paper_out": "Out of paper", "paper_low": "Paper low", "offline": "Offline",
           "unknown": "Unknown", "not_set_up": "Not set up"}  # fmt: skip


@router.get("", response_class=HTMLResponse)
def fleet_view(
    request: Request, user: Annotated[HqUser, Depends(needs("stores.view"))], store: str = ""
) -> HTMLResponse:
    if store:
        scope(user, store[:16])
    with request.app.state.db.read() as s:
        rows = fleet.fleet(s, store[:16] or None, stores=user.stores)
    silent = sum(1 for r in rows if r.silent)
    return page(
        request,
        "fleet/list.html",
        rows=rows,
        silent=silent,
        store=store,
        hours=fleet.SILENT_AFTER.seconds // 3600,
        printer=PRINTER,
    )
