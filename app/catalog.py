"""Catalog look-ups for the till: by barcode or SKU (an index probe), and by name (FTS5)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.codes import normalise
from app.errors import NotFound, UserError


@dataclass(frozen=True)
class Item:
    variant_id: int
    sku: str
    style_code: str
    style_name: str
    size: str
    colour: str
    price: int | None  # in the store's price list; None when the list has no price for it
    tax_rate_ppm: int

    @property
    def description(self) -> str:
        return " ".join(part for part in (self.style_name, self.colour, self.size) if part)


_ITEM_SQL = """
SELECT v.id, v.sku, s.code, s.name, v.size, v.colour, p.amount, t.rate_ppm
FROM variants v
JOIN styles s ON s.id = v.style_id AND v.active
JOIN tax_classes t ON t.code = v.tax_class
LEFT JOIN prices p ON p.variant_id = v.id AND p.price_list = :price_list
"""


def _item(row) -> Item:
    return Item(*row)


def find_code(session: Session, code: str, price_list: str) -> Item:
    """The variant a scanned or typed barcode or SKU names."""
    key = normalise(code)
    row = session.execute(
        text(_ITEM_SQL + " WHERE v.id = (SELECT variant_id FROM barcodes WHERE code = :code)"),
        {"code": key, "price_list": price_list},
    ).first()
    if row is None:
        row = session.execute(
            text(_ITEM_SQL + " WHERE v.sku = :sku"), {"sku": code.strip(), "price_list": price_list}
        ).first()
    if row is None:
        raise NotFound(
            f"No item with the code {code.strip()[:40]}.",
            "Check the code, search for the item by name, or set it aside for a manager.",
        )
    return _item(row)


def get_variant(session: Session, variant_id: int, price_list: str) -> Item:
    row = session.execute(text(_ITEM_SQL + " WHERE v.id = :id"), {"id": variant_id, "price_list": price_list}).first()
    if row is None:
        raise NotFound("That item is no longer in the catalog.", "Search for it again.")
    return _item(row)


def fts_query(query: str) -> str:
    """Each word becomes a quoted prefix term, so typed punctuation never breaks the FTS syntax."""
    words = [w.replace('"', '""') for w in query.split() if w.strip()]
    if not words:
        raise UserError("Type a word of the item's name, a SKU or a barcode.", "")
    return " ".join(f'"{w}"*' for w in words[:8])


def search(session: Session, query: str, price_list: str, *, limit: int = 50, offset: int = 0) -> list[Item]:
    """Variants whose name, style code, SKU, colour or size start with every typed word."""
    ids = [
        r[0]
        for r in session.execute(
            text("SELECT rowid FROM catalog_search WHERE catalog_search MATCH :q LIMIT :limit OFFSET :offset"),
            {"q": fts_query(query), "limit": limit, "offset": offset},
        )
    ]
    if not ids:
        return []
    params = {f"i{n}": v for n, v in enumerate(ids)}
    params["price_list"] = price_list
    placeholders = ",".join(f":i{n}" for n in range(len(ids)))
    rows = session.execute(text(_ITEM_SQL + f" WHERE v.id IN ({placeholders})"), params).all()
    by_id = {r[0]: _item(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]
