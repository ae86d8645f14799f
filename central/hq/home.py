"""The console's home page: what needs a person today in the stores the user sees."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from central import overview
from central.hq.web import needs, page
from central.hq_users import HqUser

router = APIRouter(prefix="/hq")


@router.get("", response_class=HTMLResponse)
def home(request: Request, user: Annotated[HqUser, Depends(needs(None))]) -> HTMLResponse:
    with request.app.state.db.read() as s:
        figures = overview.counts(s, user.stores)
    return page(request, "home.html", figures=figures)
