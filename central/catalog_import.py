"""``cloudshelf central catalog import``: the terminal's CSV format (core.catalog_csv),
all or nothing, published to the catalog and price feeds in the same transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from central.catalog import publish_prices, publish_variants
from central.db import CentralDB
from central.errors import ServiceError
from central.models import Barcode, Price, Style, TaxClass, Variant
from core import catalog_csv
from core.formats import FormatError

CHUNK = 2000
DEFAULT_LIST = "retail"


def upsert(session: Session, model: type, rows: list[dict], keys: list[str]) -> None:
    if not rows:
        return
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(model)
    columns = [c for c in rows[0] if c not in keys]
    session.execute(
        statement.on_conflict_do_update(index_elements=keys, set_={c: statement.excluded[c] for c in columns}), rows
    )


def import_csv(db: CentralDB, path: Path, currency: str = "CNY") -> int:
    path = Path(path)
    with db.read() as s:
        tax_classes = set(s.scalars(select(TaxClass.code)))
    try:
        checked = catalog_csv.check(path, DEFAULT_LIST, currency, tax_classes)
    except FormatError as exc:
        raise ServiceError(400, "unreadable", exc.message, exc.hint) from None
    problems = checked.problems
    if not problems:
        with db.read() as s:
            codes = list(checked.barcodes)
            for start in range(0, len(codes), 1000):
                part = codes[start : start + 1000]
                for code, sku in s.execute(select(Barcode.code, Barcode.sku).where(Barcode.code.in_(part))):
                    line, file_sku = checked.barcodes[code]
                    if sku != file_sku:
                        problems.append(f"line {line}: barcode {code} already belongs to sku {sku}")
    if problems:
        shown = "\n".join(problems[:50])
        raise ServiceError(
            400,
            "import_failed",
            f"{path.name}: {len(problems)} problem(s); nothing was imported.\n{shown}",
            "Fix these rows and import the whole file again.",
        )
    with db.write() as s:
        chunk: list[catalog_csv.Row] = []
        for row in catalog_csv.read_rows(path, DEFAULT_LIST, currency, tax_classes, problems):
            chunk.append(row)
            if len(chunk) >= CHUNK:
                _write(s, chunk)
                chunk = []
        _write(s, chunk)
    return checked.rows


def _write(s: Session, rows: list[catalog_csv.Row]) -> None:
    if not rows:
        return
    upsert(
        s, Style, list({r.style_code: {"code": r.style_code, "name": r.style_name} for r in rows}.values()), ["code"]
    )
    upsert(
        s,
        Variant,
        [
            {
                "sku": r.sku,
                "style_code": r.style_code,
                "size": r.size,
                "colour": r.colour,
                "tax_class": r.tax_class,
                "active": True,
            }
            for r in rows
        ],
        ["sku"],
    )
    skus = [r.sku for r in rows]
    s.execute(delete(Barcode).where(Barcode.sku.in_(skus)))
    codes = [{"code": c, "sku": r.sku} for r in rows for c in r.barcodes]
    if codes:
        s.execute(
            postgresql.insert(Barcode) if s.get_bind().dialect.name == "postgresql" else sqlite.insert(Barcode), codes
        )
    prices = [{"price_list": pl, "sku": r.sku, "amount": a} for r in rows for pl, a in r.prices.items()]
    upsert(s, Price, prices, ["price_list", "sku"])
    s.flush()
    publish_variants(s, skus)
    publish_prices(s, [Price(**p) for p in prices])
