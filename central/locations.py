"""Stores and warehouses, and the settings a store's terminals take on enrolment."""

from __future__ import annotations

import json
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.errors import ServiceError
from central.models import Location, TaxClass

_CODE = re.compile(r"^[A-Z0-9]{1,8}$")
STORE_DEFAULTS = {
    "currency": "CNY",
    "locale": "zh_CN",
    "tax_mode": "inclusive",
    "tax_rounding": "line",
    "cash_increment": 1,
    "discount_limit_bp": 1000,
    "pickup_days": 7,
}


def add_location(
    session: Session,
    *,
    code: str,
    name: str,
    kind: str,
    region: str = "",
    settings: dict | None = None,
    standard_rate_ppm: int = 130_000,
    reduced_rate_ppm: int = 90_000,
) -> Location:
    if not _CODE.match(code):
        raise ServiceError(400, "bad_code", f"'{code}' is not 1-8 capital letters or digits.", "Use a code like S01.")
    if kind not in ("store", "warehouse"):
        raise ServiceError(400, "bad_kind", "A location is a store or a warehouse.", "")
    if session.get(Location, code) is not None:
        raise ServiceError(409, "exists", f"Location {code} already exists.", "Pick another code.")
    merged = {**STORE_DEFAULTS, **(settings or {})} if kind == "store" else {}
    location = Location(code=code, name=name, kind=kind, region=region, settings=json.dumps(merged, sort_keys=True))
    session.add(location)
    if session.scalar(select(TaxClass.code).limit(1)) is None:
        session.add_all(
            [
                TaxClass(code="standard", name="Standard", rate_ppm=standard_rate_ppm),
                TaxClass(code="reduced", name="Reduced", rate_ppm=reduced_rate_ppm),
                TaxClass(code="zero", name="Zero-rated", rate_ppm=0),
            ]
        )
    session.flush()
    return location


def store_settings(session: Session, code: str) -> dict:
    location = session.get(Location, code)
    rates = {t.code: t.rate_ppm for t in session.scalars(select(TaxClass))}
    return {**json.loads(location.settings), "tax_rates": rates}


def all_locations(session: Session) -> list[Location]:
    return list(session.scalars(select(Location).order_by(Location.code)))
