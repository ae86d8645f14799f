"""The catalogue CSV import's pages: upload, a preview of every change and every bad row (nothing
written to the catalogue), and apply (all or nothing, audited). The upload waits in the database
between the two (``central.uploads``); the work is ``central.catalog_import``'."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from central import audit, catalog_import, uploads
from central.hq.import_text import problem_text
from central.hq.web import lang, needs, page
from central.hq_users import HqUser

router = APIRouter(prefix="/hq/imports")
SHOWN = 500  # rows of the preview table; the counts cover the whole file


@router.get("", response_class=HTMLResponse)
def upload_form(request: Request, _user: Annotated[HqUser, Depends(needs("catalog.edit"))]) -> HTMLResponse:
    return page(request, "imports/upload.html")


def _run(request: Request, token: str, user: HqUser, work):
    """``work(db, path)`` on the upload's bytes, written to a file of its own name in a private folder."""
    db = request.app.state.db
    with db.read() as s:
        upload = uploads.get(s, token, user.login)
        name, data = Path(upload.name).name or "upload.csv", upload.data
    with tempfile.TemporaryDirectory(prefix="hq-import-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return name, work(db, path)


@router.post("/preview", response_class=HTMLResponse)
async def preview(
    request: Request,
    user: Annotated[HqUser, Depends(needs("catalog.edit"))],
    file: Annotated[UploadFile, File()],
) -> HTMLResponse:
    data = await file.read(uploads.MAX_BYTES + 1)
    return await run_in_threadpool(_preview, request, user, file.filename or "upload.csv", data)


def _preview(request: Request, user: HqUser, file_name: str, data: bytes) -> HTMLResponse:
    with request.app.state.db.write() as s:
        token = uploads.keep(s, user.login, file_name, data)
    name, seen = _run(request, token, user, catalog_import.preview)
    shown = [c for c in seen.changes if c.status != "unchanged"][:SHOWN]
    problems = [problem_text(lang(request), p) for p in seen.problems[:SHOWN]]
    return page(request, "imports/preview.html", file_name=name, token=token, seen=seen, shown=shown, most=SHOWN,
                problems=problems)  # fmt: skip


@router.post("/apply", response_class=HTMLResponse)
def apply(
    request: Request,
    user: Annotated[HqUser, Depends(needs("catalog.edit"))],
    token: Annotated[str, Form(max_length=32)],
) -> HTMLResponse:
    name, done = _run(request, token, user, catalog_import.apply)
    counts = {status: done.count(status) for status in ("new", "changed", "unchanged")}
    with request.app.state.db.write() as s:
        uploads.drop(s, token)
        audit.record(s, actor=user.login, action="import", entity="catalog", entity_id=name, before=None,
                     after={"rows": done.rows, **counts})  # fmt: skip
    return page(request, "imports/done.html", file_name=name, done=done, counts=counts)
