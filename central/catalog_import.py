"""The catalogue CSV import (format: docs/catalog-csv.md, read by core.catalog_csv): a preview that
writes nothing, and an apply that writes all or nothing.

The preview reads the whole file and lists every bad row with its line and what to fix, and every
good row as new, changed (each field's before and after) or unchanged. Apply checks the file again
and writes only what changed, in one transaction, publishing to the catalog and price feeds only the
variants and prices that changed: a file imported twice reaches the tills once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
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
MAX_SHOWN = 50
VARIANT_FIELDS = ("style_code", "size", "colour", "tax_class", "active")
STYLE_FIELDS = ("name", *catalog_csv.ATTRIBUTES)


@dataclass(frozen=True)
class RowChange:
    """One good row of the file against the catalogue: ``changes`` maps a field to (before, after)."""

    line: int
    sku: str
    style_code: str
    status: str  # new | changed | unchanged
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)


@dataclass
class Preview:
    rows: int
    problems: list[str]
    changes: list[RowChange]

    def count(self, status: str) -> int:
        return sum(1 for c in self.changes if c.status == status)


def upsert(session: Session, model: type, rows: list[dict], keys: list[str]) -> None:
    if not rows:
        return
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(model)
    columns = [c for c in rows[0] if c not in keys]
    session.execute(
        statement.on_conflict_do_update(index_elements=keys, set_={c: statement.excluded[c] for c in columns}), rows
    )


def _check(db: CentralDB, path: Path, currency: str) -> tuple[catalog_csv.Check, set[str]]:
    """The first pass, with barcodes that already belong to another SKU in the catalogue."""
    with db.read() as s:
        tax_classes = set(s.scalars(select(TaxClass.code)))
    try:
        checked = catalog_csv.check(path, DEFAULT_LIST, currency, tax_classes)
    except FormatError as exc:
        raise ServiceError(400, "unreadable", exc.message, exc.hint) from None
    codes = list(checked.barcodes)
    with db.read() as s:
        for start in range(0, len(codes), 1000):
            for code, sku in s.execute(
                select(Barcode.code, Barcode.sku).where(Barcode.code.in_(codes[start : start + 1000]))
            ):
                line, file_sku = checked.barcodes[code]
                if sku != file_sku:
                    checked.problems.append(f"line {line}: barcode {code} already belongs to sku {sku}")
    checked.problems.sort(key=catalog_csv.line_of)
    return checked, tax_classes


def _chunks(path: Path, currency: str, tax_classes: set[str]) -> Iterator[list[catalog_csv.Row]]:
    chunk: list[catalog_csv.Row] = []
    for row in catalog_csv.read_rows(path, DEFAULT_LIST, currency, tax_classes, []):
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def preview(db: CentralDB, path: Path, currency: str = "CNY") -> Preview:
    """Every bad row and every change the file would make; writes nothing."""
    path = Path(path)
    checked, tax_classes = _check(db, path, currency)
    changes: list[RowChange] = []
    with db.read() as s:
        for chunk in _chunks(path, currency, tax_classes):
            changes += _diff(s, chunk, checked.styles)
    return Preview(checked.rows, checked.problems, changes)


def apply(db: CentralDB, path: Path, currency: str = "CNY") -> Preview:
    """Writes every change of a good file in one transaction, or nothing (a 400 listing the bad rows)."""
    path = Path(path)
    checked, tax_classes = _check(db, path, currency)
    if checked.problems:
        shown = "\n".join(checked.problems[:MAX_SHOWN])
        raise ServiceError(
            400,
            "import_failed",
            f"{path.name}: {len(checked.problems)} problem(s); nothing was imported.\n{shown}",
            "Fix these rows and import the whole file again.",
        )
    changes: list[RowChange] = []
    with db.write() as s:
        renamed: set[str] = set()
        to_publish: set[str] = set()
        for chunk in _chunks(path, currency, tax_classes):
            diffs = _diff(s, chunk, checked.styles)
            renamed |= _write(s, chunk, diffs, checked.styles)
            to_publish |= {d.sku for d in diffs if d.status == "new" or _variant_changed(d)}
            changes += diffs
        if renamed:  # a style's name is in each of its variants' bodies
            to_publish |= set(s.scalars(select(Variant.sku).where(Variant.style_code.in_(renamed))))
        skus = sorted(to_publish)
        for start in range(0, len(skus), 1000):
            publish_variants(s, skus[start : start + 1000])
    return Preview(checked.rows, [], changes)


def import_csv(db: CentralDB, path: Path, currency: str = "CNY") -> int:
    """``cloudshelf central catalog import``: apply, returning the rows read."""
    return apply(db, path, currency).rows


def _variant_changed(d: RowChange) -> bool:
    return any(f in d.changes for f in (*VARIANT_FIELDS, "barcodes", "style_name"))


def _current(s: Session, rows: list[catalog_csv.Row]) -> tuple[dict, dict, dict, dict]:
    """The catalogue's variants, barcodes, prices and styles of a chunk's rows."""
    skus = [r.sku for r in rows]
    variants = {
        r[0]: dict(zip(VARIANT_FIELDS, r[1:], strict=True))
        for r in s.execute(
            select(Variant.sku, Variant.style_code, Variant.size, Variant.colour, Variant.tax_class, Variant.active)
            .where(Variant.sku.in_(skus))
        )
    }  # fmt: skip
    codes: dict[str, list[str]] = defaultdict(list)
    for code, sku in s.execute(select(Barcode.code, Barcode.sku).where(Barcode.sku.in_(skus)).order_by(Barcode.code)):
        codes[sku].append(code)
    prices = {
        (sku, pl): amount
        for pl, sku, amount in s.execute(select(Price.price_list, Price.sku, Price.amount).where(Price.sku.in_(skus)))
    }
    columns = [getattr(Style, c) for c in STYLE_FIELDS]
    styles = {
        r[0]: dict(zip(STYLE_FIELDS, r[1:], strict=True))
        for r in s.execute(select(Style.code, *columns).where(Style.code.in_({r.style_code for r in rows})))
    }
    return variants, codes, prices, styles


def _diff(s: Session, rows: list[catalog_csv.Row], final: dict[str, tuple[int, str, dict]]) -> list[RowChange]:
    variants, codes, prices, styles = _current(s, rows)
    out = []
    for row in rows:
        after = {"style_code": row.style_code, "size": row.size, "colour": row.colour, "tax_class": row.tax_class,
                 "active": True}  # fmt: skip
        before = variants.get(row.sku)
        changes: dict[str, tuple[object, object]] = {}
        for name, value in after.items():
            if before is None or before[name] != value:
                changes[name] = (None if before is None else before[name], value)
        barcodes = sorted(row.barcodes)
        if sorted(codes.get(row.sku, [])) != barcodes:
            changes["barcodes"] = ("|".join(sorted(codes.get(row.sku, []))), "|".join(barcodes))
        for plist, amount in row.prices.items():
            old = prices.get((row.sku, plist))
            if old != amount:
                changes[f"price:{plist}"] = (old, amount)
        line, name, attrs = final[row.style_code]
        if line == row.line:  # a style's changes show on its last row, whose values win
            current = styles.get(row.style_code, {})
            for key, value in {"name": name, **attrs}.items():
                if current.get(key) != value:
                    changes["style_name" if key == "name" else key] = (current.get(key), value)
        status = "new" if before is None else ("changed" if changes else "unchanged")
        out.append(RowChange(row.line, row.sku, row.style_code, status, changes))
    return out


def _write(s: Session, rows: list[catalog_csv.Row], diffs: list[RowChange], final: dict) -> set[str]:
    """Writes a chunk's changes; returns the codes of styles renamed."""
    styles, renamed = {}, set()
    known = set(s.scalars(select(Style.code).where(Style.code.in_({r.style_code for r in rows}))))
    for row, d in zip(rows, diffs, strict=True):
        if row.style_code in styles:
            continue
        _, name, attrs = final[row.style_code]
        style_changed = any(k in d.changes for k in ("style_name", *catalog_csv.ATTRIBUTES))
        if d.status == "new" or style_changed or row.style_code not in known:
            styles[row.style_code] = {"code": row.style_code, "name": name, **attrs}
        if "style_name" in d.changes and d.changes["style_name"][0] is not None:
            renamed.add(row.style_code)
    for keys in {tuple(v) for v in styles.values()}:  # the same columns in one statement
        upsert(s, Style, [v for v in styles.values() if tuple(v) == keys], ["code"])
    changed = [(r, d) for r, d in zip(rows, diffs, strict=True) if d.status != "unchanged"]
    upsert(
        s,
        Variant,
        [
            {"sku": r.sku, "style_code": r.style_code, "size": r.size, "colour": r.colour, "tax_class": r.tax_class,
             "active": True}
            for r, d in changed
            if d.status == "new" or any(f in d.changes for f in VARIANT_FIELDS)
        ],
        ["sku"],
    )  # fmt: skip
    recoded = [r for r, d in changed if "barcodes" in d.changes]
    if recoded:
        s.execute(delete(Barcode).where(Barcode.sku.in_([r.sku for r in recoded])))
        codes = [{"code": c, "sku": r.sku} for r in recoded for c in r.barcodes]
        if codes:
            dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
            s.execute(dialect.insert(Barcode), codes)
    prices = [
        {"price_list": pl, "sku": r.sku, "amount": a}
        for r, d in changed
        for pl, a in r.prices.items()
        if f"price:{pl}" in d.changes
    ]
    upsert(s, Price, prices, ["price_list", "sku"])
    s.flush()
    publish_prices(s, [Price(**p) for p in prices])
    return renamed
