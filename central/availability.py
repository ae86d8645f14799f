"""Stock of a style at every location: on hand, reserved, available and the time of the last
movement, for the tills' cloud shelf and the managers' shared stock screen.

Read with plain Core queries (no ORM objects): one style of 40 variants at 500 locations is 20,000
rows, and the answer (``sync.protocol.shelf``, by index) must leave the service within 100 ms.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from central.clock import now_iso
from central.errors import ServiceError
from central.models import Barcode, Location, StockLevel, StockReservation, Style, Variant
from sync.protocol.formats import FormatError, normalise_code
from sync.protocol.shelf import size_key


def find_style(
    session: Session, *, style: str | None = None, sku: str | None = None, barcode: str | None = None
) -> str:
    """The style code that a style code, a SKU or a barcode names; 404 when none does."""
    given = [k for k, v in (("style", style), ("sku", sku), ("barcode", barcode)) if v]
    if len(given) != 1:
        raise ServiceError(400, "one_key", "Ask by exactly one of style, sku or barcode.", "e.g. ?style=ST0000001")
    if style:
        code = session.scalar(select(Style.code).where(Style.code == style.strip().upper()))
    elif sku:
        code = session.scalar(select(Variant.style_code).where(Variant.sku == sku.strip()))
    else:
        try:
            key = normalise_code(barcode)
        except FormatError as exc:
            raise ServiceError(400, "bad_barcode", exc.message, exc.hint) from None
        code = session.scalar(
            select(Variant.style_code).join(Barcode, Barcode.sku == Variant.sku).where(Barcode.code == key)
        )
    if code is None:
        what = style or sku or barcode
        raise ServiceError(404, "no_style", f"Nothing in the catalog is called {what.strip()[:60]}.", "Check the code.")
    return code


def availability(session: Session, style_code: str) -> dict:
    """Every location's figures for the style's active variants (see ``sync.protocol.shelf``)."""
    name = session.scalar(select(Style.name).where(Style.code == style_code))
    variants = sorted(
        session.execute(
            select(Variant.sku, Variant.size, Variant.colour).where(Variant.style_code == style_code, Variant.active)
        ).all(),
        key=lambda v: (v.colour, size_key(v.size), v.sku),
    )
    skus = [v.sku for v in variants]
    places = session.execute(select(Location.code, Location.name, Location.kind, Location.region)).all()
    where = {code: n for n, (code, *_rest) in enumerate(places)}
    index = {sku: n for n, sku in enumerate(skus)}
    stamp = now_iso()
    held = {
        (loc, sku): int(qty)
        for loc, sku, qty in session.execute(
            select(StockReservation.location_code, StockReservation.sku, func.sum(StockReservation.qty))
            .where(
                StockReservation.sku.in_(skus),
                StockReservation.released_at.is_(None),
                or_(StockReservation.expires_at.is_(None), StockReservation.expires_at > stamp),
            )
            .group_by(StockReservation.location_code, StockReservation.sku)
        )
    }
    rows = session.execute(
        select(StockLevel.location_code, StockLevel.sku, StockLevel.on_hand, StockLevel.last_movement_at).where(
            StockLevel.sku.in_(skus)
        )
    ).all()
    stock = [[index[sku], where[loc], on_hand, held.get((loc, sku), 0), last] for loc, sku, on_hand, last in rows]
    return {
        "style": {"code": style_code, "name": name},
        "as_of": stamp,
        "variants": [{"sku": v.sku, "size": v.size, "colour": v.colour} for v in variants],
        "locations": [{"code": c, "name": n, "kind": k, "region": r} for c, n, k, r in places],
        "stock": stock,
    }
