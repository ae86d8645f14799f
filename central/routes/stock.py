"""One style's stock at every location: what the cloud shelf and the shared stock screen show."""

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from central import availability
from central.routes.deps import DB, ERRORS, Authed

router = APIRouter()


class AvailabilityStyle(BaseModel):
    code: str
    name: str


class AvailabilityVariant(BaseModel):
    sku: str
    size: str
    colour: str


class AvailabilityLocation(BaseModel):
    code: str
    name: str
    kind: str
    region: str


class AvailabilityColumns(BaseModel):
    """One row per stock level, as columns of equal length."""

    variant: list[int] = Field(description="Index into variants")
    location: list[int] = Field(description="Index into locations")
    on_hand: list[int]
    moved: list[int] = Field(description="Index into times: the last movement")


class Availability(BaseModel):
    style: AvailabilityStyle
    as_of: str
    variants: list[AvailabilityVariant]
    locations: list[AvailabilityLocation]
    times: list[str] = Field(description="Times of last movements, each once")
    stock: AvailabilityColumns
    held: list[tuple[int, int, int]] = Field(description="[variant index, location index, units held]")


@router.get("/v1/stock/availability", responses=ERRORS, response_model=Availability)
def stock_availability(
    who: Authed,
    db: DB,
    style: Annotated[str | None, Query(max_length=40)] = None,
    sku: Annotated[str | None, Query(max_length=60)] = None,
    barcode: Annotated[str | None, Query(max_length=64)] = None,
) -> JSONResponse:
    """One style's stock at every location (on hand, reserved, last movement), by style code, SKU or
    barcode. Any enrolled till may read every location: that is the cloud shelf. The rows are by
    index into ``variants`` and ``locations`` (see ``sync.protocol.shelf``)."""
    with db.read() as s:
        body = availability.availability(s, availability.find_style(s, style=style, sku=sku, barcode=barcode))
    return JSONResponse(body)  # built as plain data: 20,000 rows through pydantic would cost more
