"""The staff page: the people who work at the tills, added, given stores and a role, a new PIN or
revoked here, and synced to their stores' tills (``central.staff``; the PIN never shows again)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from central import staff
from central.hq.web import needs, page
from central.hq_users import HqUser
from central.locations import all_locations
from core.staff import ROLES

router = APIRouter(prefix="/hq/staff")


def _stores(request: Request, user: HqUser) -> list[tuple[str, str]]:
    with request.app.state.db.read() as s:
        return [(loc.code, loc.name) for loc in all_locations(s) if loc.kind == "store" and user.sees(loc.code)]


@router.get("", response_class=HTMLResponse)
def staff_list(
    request: Request, user: Annotated[HqUser, Depends(needs("staff.view"))], store: str = "", revoked: bool = False
) -> HTMLResponse:
    with request.app.state.db.read() as s:
        people = staff.list_staff(s, store=store[:16] or None, include_revoked=revoked, scope=user.stores)
    return page(request, "staff/list.html", people=people, stores=_stores(request, user), roles=ROLES,
                store=store, revoked=revoked)  # fmt: skip


@router.post("")
def staff_add(
    request: Request,
    user: Annotated[HqUser, Depends(needs("staff.edit"))],
    login: Annotated[str, Form(max_length=40)] = "",
    name: Annotated[str, Form(max_length=120)] = "",
    role: Annotated[str, Form(max_length=16)] = "cashier",
    stores: Annotated[list[str], Form()] = [],  # noqa: B006 - FastAPI copies a form default
    pin: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    with request.app.state.db.write() as s:
        staff.add_staff(s, login=login, name=name, role=role, stores=stores, pin=pin, actor=user.login,
                        scope=user.stores)  # fmt: skip
    return RedirectResponse("/hq/staff", status_code=303)


@router.post("/{login}/change")
def staff_change(
    request: Request,
    login: str,
    user: Annotated[HqUser, Depends(needs("staff.edit"))],
    role: Annotated[str, Form(max_length=16)] = "",
    stores: Annotated[list[str], Form()] = [],  # noqa: B006 - FastAPI copies a form default
) -> Response:
    with request.app.state.db.write() as s:
        staff.change_staff(s, login[:40], actor=user.login, role=role or None, stores=stores, scope=user.stores)
    return RedirectResponse("/hq/staff", status_code=303)


@router.post("/{login}/pin")
def staff_pin(
    request: Request,
    login: str,
    user: Annotated[HqUser, Depends(needs("staff.edit"))],
    pin: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    with request.app.state.db.write() as s:
        staff.reset_pin(s, login[:40], pin, actor=user.login, scope=user.stores)
    return RedirectResponse("/hq/staff", status_code=303)


@router.post("/{login}/revoke")
def staff_revoke(request: Request, login: str, user: Annotated[HqUser, Depends(needs("staff.edit"))]) -> Response:
    with request.app.state.db.write() as s:
        staff.revoke_staff(s, login[:40], actor=user.login, scope=user.stores)
    return RedirectResponse("/hq/staff", status_code=303)
