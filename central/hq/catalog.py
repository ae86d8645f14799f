"""The catalogue's pages: styles with search and filters (htmx narrows the table as one types), a
style's page with its size x colour matrix, attributes, pictures and edit form (audited), and the
pictures themselves. The work is ``central.styles``'."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Path, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from central import audit, styles
from central.hq.web import needs, page
from central.hq_users import HqUser
from core.formats import amount_text

router = APIRouter(prefix="/hq/catalog")
PAGE = 50
ImageId = Annotated[int, Path(ge=1, le=2**62)]


@router.get("", response_class=HTMLResponse)
def style_list(
    request: Request,
    _user: Annotated[HqUser, Depends(needs("catalog.view"))],
    q: str = "",
    category: str = "",
    brand: str = "",
    season: str = "",
    offset: int = 0,
) -> HTMLResponse:
    asked = {"q": q[:80], "category": category[:60], "brand": brand[:60], "season": season[:60]}
    with request.app.state.db.read() as s:
        rows = styles.search(s, asked["q"], filters=asked, limit=PAGE, offset=max(0, min(offset, 10**7)))
        facets = styles.facets(s) if not request.headers.get("hx-request") else {}
    name = "catalog/_rows.html" if request.headers.get("hx-request") else "catalog/list.html"
    return page(request, name, rows=rows, asked=asked, facets=facets, offset=offset, most=PAGE)


@router.get("/styles/{style}", response_class=HTMLResponse)
def style_page(request: Request, style: str, _user: Annotated[HqUser, Depends(needs("catalog.view"))]) -> HTMLResponse:
    with request.app.state.db.read() as s:
        found = styles.detail(s, style[:40])
    attrs = styles.attributes(found.style)
    cost = "" if attrs["cost"] is None else amount_text(attrs["cost"], "CNY")
    return page(request, "catalog/style.html", d=found, attrs=attrs, cost_text=cost)


@router.post("/styles/{style}")
async def edit_style(request: Request, style: str, user: Annotated[HqUser, Depends(needs("catalog.edit"))]) -> Response:
    form = await request.form()
    typed = {name: str(form.get(name, "")) for name in styles.EDITABLE if name in form}
    await run_in_threadpool(_edit, request, user, style[:40], typed)
    return RedirectResponse(f"/hq/catalog/styles/{style[:40]}", status_code=303)


def _edit(request: Request, user: HqUser, style: str, typed: dict[str, str]) -> None:
    with request.app.state.db.write() as s:
        before, after = styles.update(s, style, typed)
        if before != after:
            audit.record(s, actor=user.login, action="edit", entity="style", entity_id=style, before=before,
                         after=after)  # fmt: skip


@router.post("/styles/{style}/images")
async def add_image(
    request: Request,
    style: str,
    user: Annotated[HqUser, Depends(needs("catalog.edit"))],
    picture: Annotated[UploadFile, File()],
) -> Response:
    data = await picture.read(styles.MAX_IMAGE_BYTES + 1)
    await run_in_threadpool(_add_image, request, user, style[:40], data)
    return RedirectResponse(f"/hq/catalog/styles/{style[:40]}", status_code=303)


def _add_image(request: Request, user: HqUser, style: str, data: bytes) -> None:
    with request.app.state.db.write() as s:
        image = styles.add_image(s, style, data)
        shown = {"image": image.id, "type": image.content_type, "size": [image.width, image.height]}
        audit.record(s, actor=user.login, action="add_image", entity="style", entity_id=style, before=None,
                     after=shown)  # fmt: skip


@router.post("/images/{image_id}/delete")
def remove_image(
    request: Request,
    image_id: ImageId,
    user: Annotated[HqUser, Depends(needs("catalog.edit"))],
) -> Response:
    with request.app.state.db.write() as s:
        image = styles.remove_image(s, image_id)
        audit.record(s, actor=user.login, action="remove_image", entity="style", entity_id=image.style_code,
                     before={"image": image.id}, after=None)  # fmt: skip
    return RedirectResponse(f"/hq/catalog/styles/{image.style_code}", status_code=303)


@router.get("/images/{image_id}")
def image(request: Request, image_id: ImageId, _user: Annotated[HqUser, Depends(needs("catalog.view"))]) -> Response:
    with request.app.state.db.read() as s:
        found = styles.get_image(s, image_id)
    return Response(
        found.data,
        media_type=found.content_type,
        headers={"Cache-Control": "private, max-age=86400", "X-Content-Type-Options": "nosniff"},
    )
