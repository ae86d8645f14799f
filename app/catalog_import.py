"""Catalog import from CSV, all or nothing (format: docs/catalog-csv.md).

Two passes over the file: the first checks every row and collects every problem with its line
number, holding only the keys it must compare (SKUs, barcodes); the second writes in chunks inside
one ``BEGIN IMMEDIATE`` transaction. Any problem, or any failure while writing, leaves the catalog as
it was. Memory stays bounded, so a million-variant catalog imports on a till.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.catalog_store import VariantRecord, optimize_search, upsert_prices, upsert_variants
from app.db.engine import Database
from app.errors import UserError
from app.progress import OnProgress, Progress, ignore
from core import catalog_csv
from core.catalog_csv import Row
from core.formats import FormatError

CHUNK = 5000
MAX_ERRORS_SHOWN = 50


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


def import_csv(
    db: Database, path: Path, *, default_list: str, currency: str, on_progress: OnProgress = ignore
) -> ImportResult:
    """``on_progress`` hears the rows written (of the rows the first pass counted)."""
    path = Path(path)
    with db.read() as session:
        tax_classes = {r[0] for r in session.execute(text("SELECT code FROM tax_classes"))}
    try:
        checked = catalog_csv.check(path, default_list, currency, tax_classes)
    except FormatError as exc:
        raise UserError(exc.message, exc.hint) from None
    problems, count = checked.problems, checked.rows
    if not problems:
        problems.extend(_clashes_with_catalog(db, checked.barcodes))
    if problems:
        raise ImportFailed(path, sorted(problems, key=catalog_csv.line_of))
    del checked
    try:
        new, updated, styles = _write(db, path, default_list, currency, tax_classes, (on_progress, count))
    except FormatError as exc:  # the file went away between the passes
        raise UserError(exc.message, exc.hint) from None
    return ImportResult(rows=count, styles=len(styles), variants_new=new, variants_updated=updated)


def _write(
    db: Database, path: Path, default_list: str, currency: str, tax_classes: set[str], progress: tuple[OnProgress, int]
) -> tuple[int, int, set]:
    """The second pass: every row, in chunks, in one transaction; ``progress``: who hears the rows
    written, of how many."""
    on_progress, total = progress
    on_progress(Progress("import", 0, total))
    new = updated = 0
    styles: set[str] = set()
    problems: list[str] = []
    with db.write() as session:
        chunk: list[Row] = []
        for row in catalog_csv.read_rows(path, default_list, currency, tax_classes, problems):
            chunk.append(row)
            if len(chunk) >= CHUNK:
                n, u = _write_chunk(session, chunk)
                new, updated = new + n, updated + u
                styles.update(r.style_code for r in chunk)
                chunk = []
                on_progress(Progress("import", new + updated, total))
        if chunk:
            n, u = _write_chunk(session, chunk)
            new, updated = new + n, updated + u
            styles.update(r.style_code for r in chunk)
        on_progress(Progress("import", new + updated, total))
        if problems:  # the file changed between the passes
            raise ImportFailed(path, problems)
        optimize_search(session.connection())
    return new, updated, styles


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
    records = [
        VariantRecord(r.sku, r.style_code, r.style_name, r.size, r.colour, r.tax_class, r.barcodes) for r in rows
    ]
    ids, existed = upsert_variants(conn, records)
    upsert_prices(conn, [(pl, ids[r.sku], amount) for r in rows for pl, amount in r.prices.items()])
    return len(rows) - existed, existed
