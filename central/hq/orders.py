"""The orders page: pickup and cloud-shelf orders with their states, searched by code, customer or
store, and the actions the CLI had (ship, deliver, arrive, cancel), each audited."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from central import order_desk
from central.hq.web import Problem, needs, page, scope
from central.hq_users import HqUser
from sync.protocol import pickup, shelf

router = APIRouter(prefix="/hq/orders")


@router.get("", response_class=HTMLResponse)
def order_list(
    request: Request,
    user: Annotated[HqUser, Depends(needs("orders.view"))],
    q: str = "",
    store: str = "",
    kind: str = "",
    state: str = "",
    refund: str = "",
) -> HTMLResponse:
    asked = {"q": q[:80], "store": store[:16], "kind": kind[:10], "state": state[:20], "refund": refund[:3]}
    with request.app.state.db.read() as s:
        rows = order_desk.search(s, user.stores, text=asked["q"], store=asked["store"], kind=asked["kind"],
                                 state=asked["state"], refund_due=bool(asked["refund"]))  # fmt: skip
    states = sorted(set(pickup.STATES) | set(shelf.STATES))
    return page(request, "orders/list.html", rows=rows, asked=asked, states=states, most=order_desk.PAGE)


@router.post("/{kind}/{code}/{action}")
def act(
    request: Request,
    kind: str,
    code: str,
    action: str,
    user: Annotated[HqUser, Depends(needs("orders.act"))],
    reason: Annotated[str, Form(max_length=200)] = "",
    location: Annotated[str, Form(max_length=16)] = "",
) -> Response:
    if kind not in order_desk.KINDS or len(code) > 30:
        raise Problem(404, "There is no such order.", "Check the order code.")
    with request.app.state.db.write() as s:
        scope(user, order_desk.store_of(s, kind, code))
        order_desk.act(s, kind, code, action, actor=user.login, reason=reason, location=location)
    return RedirectResponse(f"/hq/orders?q={quote(code.strip().upper())}", status_code=303)
