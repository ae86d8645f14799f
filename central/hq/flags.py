"""The flags page: the queue of flags with filters (htmx swaps the table), resolve with a note (audited)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from central import flags
from central.hq.web import needs, page, scope
from central.hq_users import HqUser

router = APIRouter(prefix="/hq/flags")


@router.get("", response_class=HTMLResponse)
def flag_list(
    request: Request,
    user: Annotated[HqUser, Depends(needs("flags.view"))],
    kind: str = "",
    store: str = "",
    state: str = "open",
) -> HTMLResponse:
    asked = {"kind": kind[:40], "store": store[:16], "state": state[:10]}
    with request.app.state.db.read() as s:
        found = flags.queue(s, user.stores, **asked)
        known = flags.kinds(s)
    return page(request, "flags/list.html", flags=found, kinds=known, asked=asked, most=flags.PAGE)


@router.post("/{flag_id}/resolve")
def resolve(
    request: Request,
    flag_id: Annotated[int, Path(ge=1, le=2**62)],
    user: Annotated[HqUser, Depends(needs("flags.resolve"))],
    note: Annotated[str, Form()] = "",
) -> Response:
    with request.app.state.db.write() as s:
        scope(user, flags.store_of(s, flag_id))
        flags.resolve(s, flag_id, note, actor=user.login)
    return RedirectResponse("/hq/flags", status_code=303)
