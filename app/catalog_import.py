"""Catalog import from CSV, all or nothing (format: docs/catalog-csv.md).

Two passes over the file: the first checks every row and collects every problem with its line
number, holding only the keys it must compare (SKUs, barcodes); the second writes in chunks inside
one ``BEGIN IMMEDIATE`` transaction. Any problem, or any failure while writing, leaves the catalog as
it was. Memory stays bounded, so a million-variant catalog imports on a till.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.codes import normalise
from app.db.engine import Database
from app.errors import UserError
from app.money import parse_amount

REQUIRED = ("style_code", "style_name", "sku", "size", "colour", "barcodes", "price", "tax_class")
PRICE_PREFIX = "price:"
CHUNK = 5000
MAX_ERRORS_SHOWN = 50


@dataclass(frozen=True)
class Row:
    line: int
    style_code: str
    style_name: str
    sku: str
    size: str
    colour: str
    barcodes: tuple[str, ...]
    tax_class: str
    prices: dict[str, int]  # price list code -> amount


@dataclass(frozen=True)
class ImportResult:
    rows: int
    styles: int
    variants_new: int
    variants_updated: int


class ImportFailed(UserError):
    """Every bad row of a file, with line numbers; nothing was written."""

    code = "import_failed"

    def __init__(self, path: Path, problems: list[str]) -> None:
        shown = problems[:MAX_ERRORS_SHOWN]
        more = len(problems) - len(shown)
        detail = "\n".join(shown) + (f"\n... and {more} more" if more else "")
        super().__init__(
            f"{path.name}: {len(problems)} problem(s); nothing was imported.\n{detail}",
            "Fix these rows and import the whole file again.",
        )
        self.problems = problems


def _open(path: Path):
    try:
        return path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}.", "Check the file name and its permissions.") from None


def _rows(path: Path, default_list: str, currency: str, tax_classes: set[str], problems: list[str]) -> Iterator[Row]:
    with _open(path) as handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except (UnicodeDecodeError, csv.Error) as exc:
            problems.append(f"line 1: cannot read the header ({exc}); save the file as UTF-8 CSV")
            return
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            problems.append(f"line 1: missing column(s) {', '.join(missing)}; the header needs {', '.join(REQUIRED)}")
            return
        extra_lists = [c for c in header if c.startswith(PRICE_PREFIX)]
        try:
            for record in reader:
                line = reader.line_num
                row = _parse(record, line, default_list, extra_lists, currency, tax_classes, problems)
                if row is not None:
                    yield row
        except (UnicodeDecodeError, csv.Error) as exc:
            problems.append(f"line {reader.line_num}: unreadable ({exc}); save the file as UTF-8 CSV")


def _parse(
    record: dict,
    line: int,
    default_list: str,
    extra_lists: list[str],
    currency: str,
    tax_classes: set[str],
    problems: list[str],
) -> Row | None:
    if None in record:
        problems.append(f"line {line}: more fields than columns; quote values that contain commas")
        return None
    values = {k: (v or "").strip() for k, v in record.items()}
    bad: list[str] = []
    for column in ("style_code", "style_name", "sku"):
        if not values[column]:
            bad.append(f"{column} is empty")
    if len(values["sku"]) > 60:
        bad.append("sku is longer than 60 characters")
    if values["tax_class"] not in tax_classes:
        bad.append(f"tax_class '{values['tax_class']}' is not one of {', '.join(sorted(tax_classes))}")
    prices: dict[str, int] = {}
    for column, code in [("price", default_list)] + [(c, c[len(PRICE_PREFIX) :]) for c in extra_lists]:
        raw = values.get(column, "")
        if not raw and column != "price":
            continue
        try:
            amount = parse_amount(raw, currency)
        except UserError as exc:
            bad.append(f"{column}: {exc.message}" if raw else f"{column} is empty")
            continue
        if amount < 0:
            bad.append(f"{column} is negative")
        prices[code] = amount
    codes = []
    for raw in filter(None, (c.strip() for c in values["barcodes"].split("|"))):
        try:
            codes.append(normalise(raw))
        except UserError as exc:
            bad.append(f"barcode {exc.message}")
    if bad:
        problems.append(f"line {line}: " + "; ".join(bad))
        return None
    return Row(
        line,
        values["style_code"],
        values["style_name"],
        values["sku"],
        values["size"],
        values["colour"],
        tuple(dict.fromkeys(codes)),
        values["tax_class"],
        prices,
    )


def import_csv(db: Database, path: Path, *, default_list: str, currency: str) -> ImportResult:
    path = Path(path)
    with db.read() as session:
        tax_classes = {r[0] for r in session.execute(text("SELECT code FROM tax_classes"))}
    problems: list[str] = []
    seen_sku: dict[str, int] = {}
    seen_code: dict[str, tuple[int, str]] = {}
    count = 0
    for row in _rows(path, default_list, currency, tax_classes, problems):
        count += 1
        if row.sku in seen_sku:
            problems.append(f"line {row.line}: sku {row.sku} is already on line {seen_sku[row.sku]}")
        seen_sku[row.sku] = row.line
        for code in row.barcodes:
            if code in seen_code and seen_code[code][1] != row.sku:
                problems.append(f"line {row.line}: barcode {code} is already on line {seen_code[code][0]}")
            seen_code[code] = (row.line, row.sku)
    if not problems and count == 0:
        problems.append("the file has no rows under its header")
    if not problems:
        problems.extend(_clashes_with_catalog(db, seen_code))
    if problems:
        raise ImportFailed(path, sorted(problems, key=_line_of))
    del seen_sku, seen_code

    new = updated = 0
    styles: set[str] = set()
    with db.write() as session:
        chunk: list[Row] = []
        for row in _rows(path, default_list, currency, tax_classes, problems):
            chunk.append(row)
            if len(chunk) >= CHUNK:
                n, u = _write_chunk(session, chunk)
                new, updated = new + n, updated + u
                styles.update(r.style_code for r in chunk)
                chunk = []
        if chunk:
            n, u = _write_chunk(session, chunk)
            new, updated = new + n, updated + u
            styles.update(r.style_code for r in chunk)
        if problems:  # the file changed between the passes
            raise ImportFailed(path, problems)
    return ImportResult(rows=count, styles=len(styles), variants_new=new, variants_updated=updated)


def _line_of(problem: str) -> int:
    try:
        return int(problem.split(":", 1)[0].removeprefix("line "))
    except ValueError:
        return 0


def _clashes_with_catalog(db: Database, codes: dict[str, tuple[int, str]]) -> list[str]:
    """Barcodes of the file that the catalog already gives to a SKU the file does not name."""
    problems = []
    items = list(codes.items())
    with db.read() as session:
        for start in range(0, len(items), 500):
            part = dict(items[start : start + 500])
            marks = ",".join(f":c{i}" for i in range(len(part)))
            params = {f"c{i}": c for i, c in enumerate(part)}
            for code, sku in session.execute(
                text(
                    "SELECT b.code, v.sku FROM barcodes b JOIN variants v ON v.id = b.variant_id "
                    f"WHERE b.code IN ({marks})"
                ),
                params,
            ):
                line, file_sku = part[code]
                if sku != file_sku:
                    problems.append(f"line {line}: barcode {code} already belongs to sku {sku}")
    return problems


def _write_chunk(session: Session, rows: list[Row]) -> tuple[int, int]:
    conn = session.connection()
    style_rows = {r.style_code: {"code": r.style_code, "name": r.style_name} for r in rows}
    conn.execute(
        text(
            "INSERT INTO styles(code, name) VALUES (:code, :name) ON CONFLICT(code) DO UPDATE SET name = excluded.name"
        ),
        list(style_rows.values()),
    )
    skus = [r.sku for r in rows]
    marks = ",".join(f":s{i}" for i in range(len(skus)))
    sku_params = {f"s{i}": s for i, s in enumerate(skus)}
    existing = {
        sku: vid for sku, vid in conn.execute(text(f"SELECT sku, id FROM variants WHERE sku IN ({marks})"), sku_params)
    }
    conn.execute(
        text(
            "INSERT INTO variants(sku, style_id, size, colour, tax_class) "
            "VALUES (:sku, (SELECT id FROM styles WHERE code = :style), :size, :colour, :tax) "
            "ON CONFLICT(sku) DO UPDATE SET style_id = excluded.style_id, size = excluded.size, "
            "colour = excluded.colour, tax_class = excluded.tax_class"
        ),
        [{"sku": r.sku, "style": r.style_code, "size": r.size, "colour": r.colour, "tax": r.tax_class} for r in rows],
    )
    ids = {
        sku: vid for sku, vid in conn.execute(text(f"SELECT sku, id FROM variants WHERE sku IN ({marks})"), sku_params)
    }
    if existing:
        old = [{"id": vid} for vid in existing.values()]
        conn.execute(text("DELETE FROM barcodes WHERE variant_id = :id"), old)
        conn.execute(text("DELETE FROM catalog_search WHERE rowid = :id"), old)
    barcode_rows = [{"code": c, "vid": ids[r.sku]} for r in rows for c in r.barcodes]
    if barcode_rows:
        conn.execute(text("INSERT INTO barcodes(code, variant_id) VALUES (:code, :vid)"), barcode_rows)
    price_rows = [{"pl": pl, "vid": ids[r.sku], "amount": a} for r in rows for pl, a in r.prices.items()]
    lists = {p["pl"] for p in price_rows}
    for code in lists:
        conn.execute(
            text(
                "INSERT INTO price_lists(code, name, currency) SELECT :code, :code, currency FROM store_settings "
                "WHERE NOT EXISTS (SELECT 1 FROM price_lists WHERE code = :code) LIMIT 1"
            ),
            {"code": code},
        )
    conn.execute(
        text(
            "INSERT INTO prices(price_list, variant_id, amount) VALUES (:pl, :vid, :amount) "
            "ON CONFLICT(price_list, variant_id) DO UPDATE SET amount = excluded.amount"
        ),
        price_rows,
    )
    conn.execute(
        text("INSERT INTO catalog_search(rowid, text) VALUES (:id, :text)"),
        [{"id": ids[r.sku], "text": f"{r.style_name} {r.style_code} {r.sku} {r.colour} {r.size}"} for r in rows],
    )
    return len(rows) - len(existing), len(existing)
