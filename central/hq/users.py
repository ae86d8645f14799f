"""Head-office users: the list, adding one with a role (and a store manager's stores), disabling one,
and unlocking one locked out by wrong passwords; each audited (never with the password). Setting a
password is ``cloudshelf central hq-user passwd``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from central import audit, hq_users
from central.hq.roles import PERMISSIONS
from central.hq.web import needs, page
from central.hq_users import HqUser

router = APIRouter(prefix="/hq/users")


@router.get("", response_class=HTMLResponse)
def user_list(request: Request, _user: Annotated[HqUser, Depends(needs("users.admin"))]) -> HTMLResponse:
    with request.app.state.db.read() as s:
        rows = [(hq_users.view(row), row) for row in hq_users.users(s)]
    return page(request, "users/list.html", rows=rows, roles=list(PERMISSIONS))


@router.post("")
def add(
    request: Request,
    user: Annotated[HqUser, Depends(needs("users.admin"))],
    login: Annotated[str, Form(max_length=60)] = "",
    name: Annotated[str, Form(max_length=120)] = "",
    role: Annotated[str, Form(max_length=20)] = "",
    stores: Annotated[str, Form(max_length=400)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """A new user; ``stores``: a store manager's store codes, separated by commas or spaces."""
    codes = [c for c in stores.replace(",", " ").upper().split() if c]
    with request.app.state.db.write() as s:
        made = hq_users.add_user(s, login=login, name=name, role=role, password=password, stores=codes or None)
        after = {"name": made.name, "role": made.role, "stores": sorted(made.stores) if made.stores else None}
        audit.record(s, actor=user.login, action="add", entity="hq_user", entity_id=made.login, before=None,
                     after=after)  # fmt: skip
    return RedirectResponse("/hq/users", status_code=303)


@router.post("/{login}/disable")
def disable(request: Request, login: str, user: Annotated[HqUser, Depends(needs("users.admin"))]) -> Response:
    with request.app.state.db.write() as s:
        hq_users.disable(s, login)
        audit.record(s, actor=user.login, action="disable", entity="hq_user", entity_id=login.strip().lower(),
                     before={"disabled": False}, after={"disabled": True})  # fmt: skip
    return RedirectResponse("/hq/users", status_code=303)


@router.post("/{login}/unlock")
def unlock(request: Request, login: str, user: Annotated[HqUser, Depends(needs("users.admin"))]) -> Response:
    with request.app.state.db.write() as s:
        before = hq_users.unlock(s, login)
        audit.record(s, actor=user.login, action="unlock", entity="hq_user", entity_id=login.strip().lower(),
                     before=before, after={"locked_at": None, "failures": 0})  # fmt: skip
    return RedirectResponse("/hq/users", status_code=303)
