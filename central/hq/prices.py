"""The price pages: price lists (store, region, chain), their dated entries and markdowns (create,
edit, delete; audited), and the preview of what a store charges on a chosen date. The work is
``central.prices``'; a store manager previews only their own stores."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from central import audit, prices
from central.hq.web import forbidden, needs, page, scope
from central.hq_users import HqUser
from central.models import Location
from core.formats import amount_text

router = APIRouter(prefix="/hq/prices")
EntryId = Annotated[int, Path(ge=1, le=2**62)]
Text = Annotated[str, Form(max_length=120)]


def _entry(entry) -> dict:
    return {c: getattr(entry, c) for c in ("list_code", "sku", "amount", "starts_local", "ends_local", "kind")}


@router.get("", response_class=HTMLResponse)
def price_lists(request: Request, user: Annotated[HqUser, Depends(needs("prices.view"))]) -> HTMLResponse:
    with request.app.state.db.read() as s:
        lists = [p for p in prices.all_lists(s) if prices.reaches(s, p, user.sees)]
        stores = [loc for loc in s.scalars(select(Location).where(Location.kind == "store").order_by(Location.code))
                  if user.sees(loc.code)]  # fmt: skip
        regions = sorted({loc.region for loc in stores if loc.region})
    return page(request, "prices/lists.html", lists=lists, stores=stores, regions=regions)


@router.post("")
def create_list(
    request: Request,
    user: Annotated[HqUser, Depends(needs("prices.edit"))],
    code: Annotated[str, Form(max_length=16)],
    name: Text,
    scope_kind: Annotated[str, Form(max_length=8)],
    scope_code: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    with request.app.state.db.write() as s:
        plist = prices.create_list(s, code=code, name=name, scope_kind=scope_kind, scope_code=scope_code)
        audit.record(s, actor=user.login, action="create", entity="price_list", entity_id=plist.code, before=None,
                     after={"name": plist.name, "scope": plist.scope_kind, "of": plist.scope_code})  # fmt: skip
    return RedirectResponse(f"/hq/prices/lists/{plist.code}", status_code=303)


@router.get("/lists/{list_code}", response_class=HTMLResponse)
def price_list(
    request: Request, list_code: str, user: Annotated[HqUser, Depends(needs("prices.view"))]
) -> HTMLResponse:
    with request.app.state.db.read() as s:
        plist = prices.get_list(s, list_code[:16])
        if not prices.reaches(s, plist, user.sees):
            raise forbidden()
        entries = prices.list_entries(s, plist.code)
    typed = {e.id: amount_text(e.amount, "CNY") for e in entries}  # as the edit form shows them
    return page(request, "prices/list.html", plist=plist, entries=entries, typed=typed)


def _typed(
    sku: Annotated[str, Form(max_length=60)],
    amount: Annotated[str, Form(max_length=30)],
    starts: Annotated[str, Form(max_length=30)],
    ends: Annotated[str, Form(max_length=30)] = "",
    kind: Annotated[str, Form(max_length=10)] = "price",
) -> prices.EntryInput:
    """An entry's form, the same for adding and editing one."""
    return prices.EntryInput(sku, amount, starts, ends, kind)


Typed = Annotated[prices.EntryInput, Depends(_typed)]


@router.post("/lists/{list_code}/entries")
def add_entry(
    request: Request,
    list_code: str,
    user: Annotated[HqUser, Depends(needs("prices.edit"))],
    typed: Typed,
) -> Response:
    with request.app.state.db.write() as s:
        entry = prices.add_entry(s, list_code[:16], typed)
        audit.record(s, actor=user.login, action="create", entity="price_entry", entity_id=str(entry.id),
                     before=None, after=_entry(entry))  # fmt: skip
    return RedirectResponse(f"/hq/prices/lists/{entry.list_code}", status_code=303)


@router.post("/entries/{entry_id}")
def edit_entry(
    request: Request,
    entry_id: EntryId,
    user: Annotated[HqUser, Depends(needs("prices.edit"))],
    typed: Typed,
) -> Response:
    with request.app.state.db.write() as s:
        before = _entry(prices.get_entry(s, entry_id))
        entry = prices.update_entry(s, entry_id, typed)
        audit.record(s, actor=user.login, action="edit", entity="price_entry", entity_id=str(entry_id),
                     before=before, after=_entry(entry))  # fmt: skip
    return RedirectResponse(f"/hq/prices/lists/{entry.list_code}", status_code=303)


@router.post("/entries/{entry_id}/delete")
def delete_entry(
    request: Request, entry_id: EntryId, user: Annotated[HqUser, Depends(needs("prices.edit"))]
) -> Response:
    with request.app.state.db.write() as s:
        before = _entry(prices.get_entry(s, entry_id))
        prices.delete_entry(s, entry_id)
        audit.record(s, actor=user.login, action="delete", entity="price_entry", entity_id=str(entry_id),
                     before=before, after=None)  # fmt: skip
    return RedirectResponse(f"/hq/prices/lists/{before['list_code']}", status_code=303)


@router.get("/preview", response_class=HTMLResponse)
def preview(
    request: Request,
    user: Annotated[HqUser, Depends(needs("prices.view"))],
    store: str = "",
    date: str = "",
    q: str = "",
) -> HTMLResponse:
    """What ``store`` charges on ``date`` for a style's variants (``q`` a style code) or one SKU."""
    asked = {"store": store[:16], "date": date[:20], "q": q[:60]}
    charges = []
    with request.app.state.db.read() as s:
        stores = [c for c in s.scalars(select(Location.code).where(Location.kind == "store").order_by(Location.code))
                  if user.sees(c)]  # fmt: skip
        if asked["store"] and asked["date"] and asked["q"]:
            scope(user, asked["store"])
            skus = prices.skus_of(s, asked["q"])
            charges = [asdict(c) for c in prices.preview(s, asked["store"], asked["date"], skus)]
    return page(request, "prices/preview.html", asked=asked, stores=stores, charges=charges)
