"""The push: a till's events in sequence order, each answered on its own (see ``sync.protocol``)."""

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from central import ingest, resend
from central.routes.deps import DB, ERRORS, Authed
from sync.protocol import MAX_BATCH

router = APIRouter()


class PushRequest(BaseModel):
    events: list[dict[str, Any]] = Field(max_length=MAX_BATCH)


class EventResult(BaseModel):
    id: str | None
    seq: int | None
    status: str
    expected: int | None = None
    message: str | None = None
    stock_seq: int | None = None
    order_state: str | None = None
    conflict: str | None = None


class PushResponse(BaseModel):
    results: list[EventResult]


@router.post("/v1/events", responses=ERRORS)
def push(body: PushRequest, who: Authed, request: Request, db: DB) -> PushResponse:
    """Events of one terminal in sequence order; each answered on its own (see sync.protocol)."""
    results = ingest.ingest(db, who, body.events)
    with db.read() as s:  # the answer carries what the platform holds now, after this batch
        request.state.terminal_state = resend.terminal_state(s, who.terminal_id)
    return PushResponse(results=[EventResult(**r) for r in results])
