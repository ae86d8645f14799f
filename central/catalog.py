"""The central catalog: feed bodies, snapshots, and changes made by imports.

The body of a catalog, price or stock item is built here only, so a feed change and a snapshot row
of the same item are the same JSON.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, func, select, tuple_, update
from sqlalchemy.orm import Session

from central.errors import ServiceError
from central.feeds import ALL_STORES, append_many
from central.models import Barcode, Price, StockLevel, Style, TaxClass, Variant
from sync.protocol import CATALOG, DELETE, MAX_PAGE, PRICES, STOCK, UPSERT


def catalog_bodies(session: Session, skus: list[str]) -> list[dict]:
    rows = session.execute(_BODY_COLUMNS.where(Variant.sku.in_(skus)).order_by(Variant.sku)).all()
    codes: dict[str, list[str]] = defaultdict(list)
    for code, sku in session.execute(
        select(Barcode.code, Barcode.sku).where(Barcode.sku.in_(skus)).order_by(Barcode.code)
    ):
        codes[sku].append(code)
    return _bodies(rows, codes)


# Plain columns, not ``Variant`` objects: a snapshot page of thousands of rows spent most of its time
# building ORM objects it then read five attributes of.
_BODY_COLUMNS = (
    select(Variant.sku, Variant.style_code, Style.name, Variant.size, Variant.colour, Variant.tax_class,
           TaxClass.rate_ppm, Variant.active)
    .join(Style, Style.code == Variant.style_code)
    .join(TaxClass, TaxClass.code == Variant.tax_class)
)  # fmt: skip


def _bodies(rows, codes: dict[str, list[str]]) -> list[dict]:
    """The catalog feed's body of each (sku, style_code, style_name, size, colour, tax_class,
    rate_ppm, active) row, with its barcodes in code order."""
    return [
        {
            "sku": sku,
            "style_code": style_code,
            "style_name": name,
            "size": size,
            "colour": colour,
            "tax_class": tax_class,
            "tax_rate_ppm": rate,
            "barcodes": codes.get(sku, []),
            "active": bool(active),
        }
        for sku, style_code, name, size, colour, tax_class, rate, active in rows
    ]


def _catalog_page(session: Session, after_key: str, limit: int) -> list[dict]:
    """Keyset pages on the SKU index: the variants after ``after_key``, then the barcodes of that SKU
    range by a range scan of their SKU index (no list of a page's SKUs sent back as parameters)."""
    conn = session.connection()  # Core rows: the ORM's row loading cost a third of a page
    rows = conn.execute(_BODY_COLUMNS.where(Variant.sku > after_key).order_by(Variant.sku).limit(limit)).all()
    if not rows:
        return []
    codes: dict[str, list[str]] = defaultdict(list)
    for code, sku in conn.execute(
        select(Barcode.code, Barcode.sku)
        .where(Barcode.sku > after_key, Barcode.sku <= rows[-1][0])
        .order_by(Barcode.code)
    ).all():
        codes[sku].append(code)
    return [{"key": b["sku"], "data": b} for b in _bodies(rows, codes)]


def price_body(price) -> dict:
    """Of a ``Price`` or a row with its columns."""
    return {"price_list": price.price_list, "sku": price.sku, "amount": price.amount}


def stock_body(level) -> dict:
    """Of a ``StockLevel`` or a row with its columns."""
    return {
        "location": level.location_code,
        "sku": level.sku,
        "on_hand": level.on_hand,
        "last_movement_at": level.last_movement_at,
    }


def publish_variants(session: Session, skus: list[str]) -> None:
    append_many(session, CATALOG, [(ALL_STORES, b["sku"], UPSERT, b) for b in catalog_bodies(session, skus)])


def publish_prices(session: Session, prices: list[Price]) -> None:
    append_many(session, PRICES, [(ALL_STORES, f"{p.price_list}:{p.sku}", UPSERT, price_body(p)) for p in prices])


def retire_variants(session: Session, skus: list[str]) -> int:
    """Withdraw variants from sale: kept for old sales and returns, gone from scanning and search.
    Terminals learn it by a tombstone on the catalog feed (a new import brings a variant back)."""
    rows = session.execute(select(Variant.sku, Variant.active).where(Variant.sku.in_(skus))).all()
    known = [sku for sku, active in rows if active]
    missing = sorted(set(skus) - {sku for sku, _ in rows})
    if missing:
        raise ServiceError(404, "no_sku", f"No variant {', '.join(missing[:5])}.", "Check the SKUs.")
    if known:
        session.execute(update(Variant).where(Variant.sku.in_(known)).values(active=False))
        append_many(session, CATALOG, [(ALL_STORES, sku, DELETE, {"sku": sku}) for sku in known])
    return len(known)


def remove_prices(session: Session, price_list: str, skus: list[str]) -> int:
    """Take variants off a price list (a member price that ends); a tombstone on the prices feed."""
    rows = list(session.scalars(select(Price).where(Price.price_list == price_list, Price.sku.in_(skus))))
    if rows:
        session.execute(delete(Price).where(Price.price_list == price_list, Price.sku.in_([p.sku for p in rows])))
        append_many(session, PRICES, [(ALL_STORES, f"{p.price_list}:{p.sku}", DELETE, price_body(p)) for p in rows])
    return len(rows)


def snapshot(session: Session, feed: str, scopes: list[str], after_key: str, limit: int) -> list[dict]:
    """One page of a catalogue feed's current state (catalogue, prices, stock), in key order (the
    orders feed's is ``central.orders.snapshot_rows``)."""
    limit = max(1, min(limit, MAX_PAGE))
    if feed == CATALOG:
        items = _catalog_page(session, after_key, limit)
    elif feed == PRICES:
        rows = (
            session.connection()
            .execute(
                select(Price.price_list, Price.sku, Price.amount)
                .where(tuple_(Price.price_list, Price.sku) > _split(after_key))
                .order_by(Price.price_list, Price.sku)
                .limit(limit)
            )
            .all()
        )
        items = [{"key": f"{p.price_list}:{p.sku}", "data": price_body(p)} for p in rows]
    elif feed == STOCK:
        rows = (
            session.connection()
            .execute(
                select(StockLevel.location_code, StockLevel.sku, StockLevel.on_hand, StockLevel.last_movement_at)
                .where(
                    StockLevel.location_code.in_(scopes),
                    tuple_(StockLevel.location_code, StockLevel.sku) > _split(after_key),
                )
                .order_by(StockLevel.location_code, StockLevel.sku)
                .limit(limit)
            )
            .all()
        )
        items = [{"key": f"{s.location_code}:{s.sku}", "data": stock_body(s)} for s in rows]
    else:
        raise ServiceError(404, "no_snapshot", f"The {feed} feed has no snapshot.", "Read the feed from cursor 0.")
    return items


def snapshot_total(session: Session, feed: str, scopes: list[str], after_key: str = "") -> int | None:
    """How many rows of a catalogue feed's snapshot come after ``after_key`` (None for other feeds):
    asked with the first page a till fetches, so it can show how far its first sync has come."""
    if feed == CATALOG:
        return session.scalar(select(func.count()).where(Variant.sku > after_key))
    if feed == PRICES:
        return session.scalar(select(func.count()).where(tuple_(Price.price_list, Price.sku) > _split(after_key)))
    if feed == STOCK:
        return session.scalar(
            select(func.count()).where(
                StockLevel.location_code.in_(scopes),
                tuple_(StockLevel.location_code, StockLevel.sku) > _split(after_key),
            )
        )
    return None


def _split(key: str) -> tuple[str, str]:
    """A snapshot key ``A:B`` as the pair the rows are ordered by (codes never hold ':')."""
    first, _, second = key.partition(":")
    return first, second
