"""The stores and tills page: locations, their tills (enrolled, last seen, revoked), a new
enrolment code shown as a QR code, and revoking a till."""

from __future__ import annotations

from typing import Annotated

import segno
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from central import terminals
from central.hq.web import needs, page, scope
from central.hq_users import HqUser

router = APIRouter(prefix="/hq/stores")


@router.get("", response_class=HTMLResponse)
def store_list(request: Request, user: Annotated[HqUser, Depends(needs("stores.view"))]) -> HTMLResponse:
    with request.app.state.db.read() as s:
        found = terminals.places(s, user.stores)
    return page(request, "stores/list.html", places=found)


@router.post("/{location}/codes", response_class=HTMLResponse)
def new_code(
    request: Request,
    location: str,
    user: Annotated[HqUser, Depends(needs("stores.edit"))],
    terminal: Annotated[str, Form(max_length=40)] = "",
) -> HTMLResponse:
    """A one-time code for a till of the store, shown once, as text and as a QR code to scan."""
    scope(user, location)
    with request.app.state.db.write() as s:
        code, expires = terminals.issue_code(s, location, terminal, actor=user.login)
    server = str(request.base_url).rstrip("/")
    qr = Markup(segno.make_qr(code, error="m").svg_inline(scale=6, border=4))
    return page(request, "stores/code.html", store=location, terminal=terminal.strip().upper(), code=code,
                expires=expires, qr=qr, server=server)  # fmt: skip


@router.post("/{location}/tills/{terminal}/revoke")
def revoke(
    request: Request, location: str, terminal: str, user: Annotated[HqUser, Depends(needs("stores.edit"))]
) -> Response:
    scope(user, location)
    with request.app.state.db.write() as s:
        terminals.revoke(s, location, terminal, actor=user.login)
    return RedirectResponse("/hq/stores", status_code=303)
