"""The audit log's page: every change made from the console, searched by actor, entity, id, action and days."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from central import audit
from central.hq.web import hq_zone, needs, page
from central.hq_users import HqUser

router = APIRouter(prefix="/hq/audit")


@router.get("", response_class=HTMLResponse)
def audit_log(
    request: Request,
    _user: Annotated[HqUser, Depends(needs("audit.view"))],
    actor: str = "",
    entity: str = "",
    entity_id: str = "",
    action: str = "",
    since: str = "",
    until: str = "",
) -> HTMLResponse:
    asked = {"actor": actor, "entity": entity, "entity_id": entity_id, "action": action, "since": since, "until": until}
    with request.app.state.db.read() as s:
        entries = audit.search(s, **{k: v[:120] for k, v in asked.items()}, zone=hq_zone())
    return page(request, "audit/list.html", entries=entries, asked=asked, most=audit.PAGE)
