"""The cloud shelf at the till: holds while the customer pays, the customer's contact, another source."""

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from central import shelf, shelf_holds
from central.inputs import Input
from central.routes.deps import DB, ERRORS, Authed
from sync.protocol import shelf as sp

router = APIRouter()


class ShelfLineIn(BaseModel):
    line_no: int = Field(ge=1, le=sp.MAX_LINES)
    sku: str = Field(min_length=1, max_length=60)
    qty: int = Field(ge=1, le=sp.MAX_QTY)
    source: str = Field(default=sp.AUTO, min_length=1, max_length=16, description="auto (the rule) or a location")


class HoldRequest(Input):
    hold_id: str = Field(min_length=36, max_length=36, description="A UUID the till made; a repeat is one hold.")
    lines: list[ShelfLineIn] = Field(min_length=1, max_length=sp.MAX_LINES)
    minutes: int = Field(default=sp.HOLD_MINUTES, ge=1, le=60, description="The hold lapses after this.")


class HoldLine(BaseModel):
    line_no: int
    sku: str
    location: str
    qty: int


class HoldAnswer(BaseModel):
    hold_id: str
    expires_at: str | None
    plan: list[HoldLine]


class ContactIn(Input):
    name: str = Field(min_length=1, max_length=120)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=300)
    city: str = Field(default="", max_length=80)
    postcode: str = Field(default="", max_length=20)
    country: str = Field(default="", max_length=2, description="The store's country (ISO 3166).")
    province: str = Field(default="", max_length=80, description="Province (China), or state or region.")
    district: str = Field(default="", max_length=80, description="District (China).")
    pickup_hash: str = Field(default="", max_length=200, description="Argon2 hash of the receipt's pickup code.")


class SourceLine(BaseModel):
    line_no: int = Field(ge=1, le=sp.MAX_LINES)
    source: str = Field(min_length=1, max_length=16)


class SourceRequest(Input):
    lines: list[SourceLine] = Field(max_length=sp.MAX_LINES)


@router.post("/v1/shelf/holds", status_code=201, responses=ERRORS)
def shelf_hold(body: HoldRequest, who: Authed, db: DB) -> HoldAnswer:
    """Hold units at their sources while the customer pays (all or nothing; 409 names what is short).
    The sale's ``shelf.order`` event turns the hold into the order's reservation."""
    lines = [shelf_holds.LineIn(ln.line_no, ln.sku, ln.qty, ln.source) for ln in body.lines]
    with db.write() as s:
        return HoldAnswer(**shelf_holds.hold(s, who, body.hold_id, lines, body.minutes))


@router.delete("/v1/shelf/holds/{hold_id}", responses=ERRORS)
def shelf_release(hold_id: str, who: Authed, db: DB) -> dict[str, int]:
    """Free a hold at once (the line left the sale); an unknown or lapsed hold frees nothing."""
    with db.write() as s:
        return {"released": shelf_holds.release_hold(s, who, hold_id)}


@router.put("/v1/shelf/orders/{order_id}/contact", responses=ERRORS)
def shelf_contact(order_id: str, body: ContactIn, who: Authed, db: DB) -> dict[str, bool]:
    """The customer's details of an order this store sold: kept here only, never in a feed or a log."""
    with db.write() as s:
        shelf.set_contact(s, who, order_id, body.model_dump(exclude={"pickup_hash"}), body.pickup_hash)
    return {"ok": True}


@router.post("/v1/shelf/orders/{order_id}/source", responses=ERRORS)
def shelf_source(order_id: str, body: SourceRequest, who: Authed, db: DB) -> dict[str, Any]:
    """Another source for an unfilled order of this store (409 when that is short too)."""
    with db.write() as s:
        return shelf.view(s, shelf.resource(s, who, order_id, {ln.line_no: ln.source for ln in body.lines}))
