"""Enrolment: a till trades a one-time code for its token (rate limited per client address)."""

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from central import auth, limits, locations
from central.inputs import Input
from central.models import Location
from central.routes.deps import DB, ERRORS, MAX_SEQ

router = APIRouter()


class EnrolRequest(Input):
    code: str = Field(min_length=1, max_length=40)
    next_seq: int = Field(default=1, ge=1, le=MAX_SEQ, description="The first event this terminal will send.")


class EnrolResponse(BaseModel):
    terminal_id: str
    store: str
    store_name: str
    terminal: str
    token: str
    expires_at: str
    last_receipt_seq: int
    store_settings: dict[str, Any]
    locations: list[dict[str, str]]


@router.post("/v1/enrol", responses=ERRORS)
def enrol(body: EnrolRequest, request: Request, db: DB) -> EnrolResponse:
    limits.count_call(db, "enrol", request.client.host if request.client else "?", request.app.state.enrol_limit)
    with db.write() as s:
        terminal, token, last_seq = auth.enrol(s, body.code, body.next_seq)
        store = s.get(Location, terminal.store_code)
        return EnrolResponse(
            terminal_id=terminal.id,
            store=terminal.store_code,
            store_name=store.name,
            terminal=terminal.code,
            token=token,
            expires_at=terminal.expires_at,
            last_receipt_seq=last_seq,
            store_settings=locations.store_settings(s, terminal.store_code),
            locations=[
                {"code": loc.code, "name": loc.name, "kind": loc.kind, "region": loc.region}
                for loc in locations.all_locations(s)
            ],
        )
