"""Signing in and out of the console, and its language switch (the only /hq pages without a session)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from central import hq_users
from central.errors import ServiceError
from central.hq import i18n
from central.hq.web import PRE_COOKIE, SESSION_COOKIE, Problem, lang, local_target, needs, page, secure, storable_form
from central.hq_users import HqUser

router = APIRouter(prefix="/hq")
YEAR = 365 * 24 * 3600


def _login_page(request: Request, target: str, status: int = 200, error: ServiceError | None = None) -> HTMLResponse:
    """The sign-in form, with a fresh pre-session CSRF token in its field and in a cookie."""
    token = secrets.token_urlsafe(24)
    request.state.csrf = token
    answer = page(request, "login.html", status=status, target=local_target(target), error=error)
    answer.set_cookie(PRE_COOKIE, token, httponly=True, samesite="lax", secure=secure(request), path="/hq")
    return answer


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/hq") -> HTMLResponse:
    return _login_page(request, next)


@router.post("/login", response_class=HTMLResponse)
async def login(
    request: Request,
    login: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/hq",
) -> Response:
    """Check the form's CSRF token against its cookie, then the password (rate limited, lockout);
    a good one opens a session and goes on to the page asked for."""
    await storable_form(request)
    expected = request.cookies.get(PRE_COOKIE, "")
    if not expected or not secrets.compare_digest(csrf, expected):
        raise Problem(403, "The form has expired or did not come from this console.", "Reload the page and try again.")
    if not login.strip() or not password:
        error = ServiceError(400, "missing", "Fill in the user name and the password.", "Both are needed to sign in.")
        return _login_page(request, next, 400, error)
    if len(login) > 60 or len(password) > hq_users.MAX_PASSWORD:
        return _login_page(
            request, next, 400, ServiceError(400, "long", "A field is too long.", "Shorten it and try again.")
        )
    client = request.client.host if request.client else "unknown"
    try:
        signed = await run_in_threadpool(hq_users.sign_in, request.app.state.db, login, password, client)
    except ServiceError as exc:
        if exc.status == 429:
            raise
        return _login_page(request, next, exc.status, exc)
    answer = RedirectResponse(local_target(next), status_code=303)
    answer.set_cookie(SESSION_COOKIE, signed.token, httponly=True, samesite="lax", secure=secure(request), path="/hq")
    answer.delete_cookie(PRE_COOKIE, path="/hq")
    return answer


@router.post("/logout")
async def logout(request: Request, _user: Annotated[HqUser, Depends(needs(None))]) -> Response:
    await run_in_threadpool(hq_users.sign_out, request.app.state.db, request.cookies.get(SESSION_COOKIE, ""))
    answer = RedirectResponse("/hq/login", status_code=303)
    answer.delete_cookie(SESSION_COOKIE, path="/hq")
    return answer


@router.get("/lang")
def switch_language(request: Request, to: str = "", next: str = "/hq") -> Response:
    """Remember the chosen language in a cookie and go back to the page it was chosen on."""
    if to not in i18n.LANGS:
        raise Problem(400, "There is no such language.", "Choose English or 中文.")
    request.state.lang = lang(request)
    answer = RedirectResponse(local_target(next), status_code=303)
    answer.set_cookie(i18n.COOKIE, to, max_age=YEAR, httponly=True, samesite="lax", secure=secure(request), path="/hq")
    return answer
