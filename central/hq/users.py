"""Head-office users: the list, and unlocking one locked out by wrong passwords (audited).
Adding users and setting passwords is ``cloudshelf central hq-user`` for now."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from central import audit, hq_users
from central.hq.web import needs, page
from central.hq_users import HqUser

router = APIRouter(prefix="/hq/users")


@router.get("", response_class=HTMLResponse)
def user_list(request: Request, _user: Annotated[HqUser, Depends(needs("users.admin"))]) -> HTMLResponse:
    with request.app.state.db.read() as s:
        rows = [(hq_users.view(row), row) for row in hq_users.users(s)]
    return page(request, "users/list.html", rows=rows)


@router.post("/{login}/unlock")
def unlock(request: Request, login: str, user: Annotated[HqUser, Depends(needs("users.admin"))]) -> Response:
    with request.app.state.db.write() as s:
        before = hq_users.unlock(s, login)
        audit.record(s, actor=user.login, action="unlock", entity="hq_user", entity_id=login.strip().lower(),
                     before=before, after={"locked_at": None, "failures": 0})  # fmt: skip
    return RedirectResponse("/hq/users", status_code=303)
