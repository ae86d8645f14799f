"""The console's web layer shared by every page: templates, the signed-in user, permissions, store
scopes, CSRF and languages. Pages call the platform's area modules; nothing here decides business.

* ``templates``: Jinja2 over ``central/hq/templates``, with ``t`` (a screen text in the request's
  language), ``csrf_field()`` and the filters ``money`` and ``when``.
* ``page(request, name, **ctx)``: a template extending ``base.html``.
* ``needs(permission)``: the dependency giving the signed-in ``HqUser``; it sends a browser without
  a session to the sign-in page, answers a 403 page without the permission, and refuses an unsafe
  method (POST ...) whose CSRF token (form field ``csrf`` or header ``X-CSRF-Token``) is not the
  session's. A till's or a shop's bearer token is no session: it gets the sign-in page.
* ``scope(user, location)``: the 403 page when a store manager reaches another store's data.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

from babel.numbers import format_currency, get_currency_precision
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from markupsafe import Markup, escape
from starlette.concurrency import run_in_threadpool

from central import hq_users
from central.hq import i18n
from central.hq.roles import allows
from central.hq_users import HqUser
from central.inputs import check_params
from core.formats import FormatError
from core.price_rules import DEFAULT_TIMEZONE, zone

SESSION_COOKIE = "hq_session"
PRE_COOKIE = "hq_pre"  # the sign-in form's CSRF token, before there is a session
SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))


class Answer(Exception):
    """A response that ends a request early (the sign-in redirect); ``central.hq.install`` answers it."""

    def __init__(self, response: Response) -> None:
        super().__init__("answer")
        self.response = response


class Problem(Exception):
    """A refusal shown as a page in the request's language (``central.hq.install`` renders it)."""

    def __init__(self, status: int, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.status, self.message, self.hint = status, message, hint


def forbidden() -> Problem:
    return Problem(
        403, "Your role cannot open this page or do this.", "Ask an administrator for the permission you need."
    )


def lang(request: Request) -> str:
    if not hasattr(request.state, "lang"):
        request.state.lang = i18n.choose(request.cookies.get(i18n.COOKIE), request.headers.get("accept-language"))
    return request.state.lang


@pass_context
def _t(context, text: str, *args: object) -> str:
    return i18n.translate(lang(context["request"]), text, *args)


@pass_context
def _csrf_field(context) -> Markup:
    token = getattr(context["request"].state, "csrf", "")
    return Markup(f'<input type="hidden" name="csrf" value="{escape(token)}">')


def money(amount: int, currency: str, locale: str = "zh_CN") -> str:
    """Minor units shown in the store's locale (exact: Decimal, never a float)."""
    digits = get_currency_precision(currency)
    return format_currency(Decimal(int(amount)).scaleb(-digits), currency, locale=locale)


ZONE_ENV = "CLOUDSHELF_HQ_TIMEZONE"  # head office's time zone for the console's times (default the chain's)


def hq_zone() -> str:
    """Head office's time zone (``CLOUDSHELF_HQ_TIMEZONE``; a misspelt one is the chain's default, never
    a broken page)."""
    name = os.environ.get(ZONE_ENV) or DEFAULT_TIMEZONE
    try:
        zone(name)
    except FormatError:
        return DEFAULT_TIMEZONE
    return name


def when(stamp: str | None, zone_name: str | None = None) -> str:
    """A stored time (ISO, UTC) as head office reads it: 'YYYY-MM-DD HH:MM (UTC+8)' in its time zone
    (``CLOUDSHELF_HQ_TIMEZONE``, default Asia/Shanghai); empty for none, as stored if unreadable."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(zone(zone_name or hq_zone()))
    minutes = int(local.utcoffset().total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    offset = ("-" if minutes < 0 else "+") + str(hours) + (f":{rest:02d}" if rest else "")
    return f"{local:%Y-%m-%d %H:%M} (UTC{offset})"


templates.env.globals.update(t=_t, csrf_field=_csrf_field, can=allows, LANGS=i18n.LANGS)
templates.env.filters.update(money=money, when=when)


# no framing (clickjacking), scripts only from the package (no inline script), no sniffing; htmx adds
# its indicator styles inline, hence 'unsafe-inline' for styles only
SECURITY = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def page(request: Request, name: str, status: int = 200, **ctx: object) -> HTMLResponse:
    """Render a page template (extending base.html) for the request's user and language."""
    ctx.setdefault("user", getattr(request.state, "hq_user", None))
    ctx["lang"] = lang(request)
    answer = templates.TemplateResponse(request, name, ctx, status_code=status)
    answer.headers.update(SECURITY)
    return answer


def done(request: Request, target: str) -> Response:
    """After a change: on to ``target`` (htmx is told to load it; a plain form is redirected)."""
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def problem(request: Request, status: int, message: str, hint: str = "", args: tuple = ()) -> HTMLResponse:
    """A page saying what went wrong and what to do, in the request's language (``args`` fill the
    hint's placeholders)."""
    back = request.headers.get("referer", "").partition(str(request.base_url).rstrip("/"))[2]
    return page(request, "error.html", status=status, message=message, hint=hint, hint_args=args,
                back=local_target(back))  # fmt: skip


def to_sign_in(request: Request) -> Answer:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.headers.get("hx-request"):  # htmx follows HX-Redirect with a full page load
        return Answer(Response(status_code=401, headers={"HX-Redirect": "/hq/login"}))
    return Answer(RedirectResponse(f"/hq/login?next={quote(target)}", status_code=303))


def needs(permission: str | None) -> Callable[[Request], Awaitable[HqUser]]:
    """A dependency: the signed-in user holding ``permission`` (None: any signed-in user)."""

    async def signed_in(request: Request) -> HqUser:
        found = await run_in_threadpool(hq_users.resume, request.app.state.db, request.cookies.get(SESSION_COOKIE, ""))
        if found is None:
            raise to_sign_in(request)
        user, csrf = found
        request.state.hq_user, request.state.csrf = user, csrf
        if request.method not in SAFE:
            await storable_form(request)
        if request.method not in SAFE and not await _csrf_ok(request, csrf):
            raise Problem(403, "The form has expired or did not come from this console.",
                          "Reload the page and try again.")  # fmt: skip
        if permission is not None and not allows(user.role, permission):
            raise forbidden()
        return user

    signed_in.permission = permission  # the role matrix reads it (tests/test_hq_roles.py)
    return signed_in


async def storable_form(request: Request) -> None:
    """A form's fields hold only text a column can store (a NUL, a broken character: a 400 page)."""
    if "form" in request.headers.get("content-type", ""):
        form = await request.form()
        check_params((k, v) for k, v in form.multi_items() if isinstance(v, str))


async def _csrf_ok(request: Request, expected: str) -> bool:
    given = request.headers.get("x-csrf-token")
    if given is None and "form" in request.headers.get("content-type", ""):
        given = (await request.form()).get("csrf")
    return isinstance(given, str) and secrets.compare_digest(given, expected)


def scope(user: HqUser, location_id: str) -> None:
    """Refuse (the 403 page) a store manager reaching a store that is not theirs."""
    if not user.sees(location_id):
        raise forbidden()


def secure(request: Request) -> bool:
    """Cookies are Secure when the browser speaks HTTPS to us or to the proxy before us."""
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "").lower() == "https"


def local_target(target: str | None) -> str:
    """A redirect target inside the console only (no open redirect to another site)."""
    if target and target.startswith("/hq") and "//" not in target and "\\" not in target:
        return target
    return "/hq"
