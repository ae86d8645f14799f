"""The catalog CSV format (docs/catalog-csv.md), read alike by a terminal and by the platform.

Reading never writes: :func:`check` makes the first pass over a file and returns every problem with
its line number; :func:`read_rows` yields the parsed rows for the pass that writes. Both stream the
file, holding only the keys they must compare, so a million-variant file fits in a till's memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from core.formats import FormatError, normalise_code, parse_amount

REQUIRED = ("style_code", "style_name", "sku", "size", "colour", "barcodes", "price", "tax_class")
PRICE_PREFIX = "price:"
# a style's attributes (optional columns; a column left out leaves the attribute as it is)
TEXT_ATTRIBUTES = {"category": 60, "brand": 60, "season": 60, "collection": 60, "description": 2000}
ATTRIBUTES = (*TEXT_ATTRIBUTES, "cost")


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
    attributes: dict[str, object] = field(default_factory=dict)  # the style's, of the columns present


@dataclass
class Check:
    """The first pass: how many rows, every problem, and which row names each barcode."""

    rows: int = 0
    problems: list[str] = field(default_factory=list)
    barcodes: dict[str, tuple[int, str]] = field(default_factory=dict)  # code -> (line, sku)
    styles: dict[str, tuple[int, str, dict]] = field(default_factory=dict)  # code -> its last row's (line, name, attrs)


def check(path: Path, default_list: str, currency: str, tax_classes: set[str]) -> Check:
    result = Check()
    problems = result.problems
    seen_sku: dict[str, int] = {}
    for row in read_rows(path, default_list, currency, tax_classes, problems):
        result.rows += 1
        if row.sku in seen_sku:
            problems.append(f"line {row.line}: sku {row.sku} is already on line {seen_sku[row.sku]}")
        seen_sku[row.sku] = row.line
        result.styles[row.style_code] = (row.line, row.style_name, row.attributes)
        for code in row.barcodes:
            if code in result.barcodes and result.barcodes[code][1] != row.sku:
                problems.append(f"line {row.line}: barcode {code} is already on line {result.barcodes[code][0]}")
            result.barcodes[code] = (row.line, row.sku)
    if not problems and result.rows == 0:
        problems.append("the file has no rows under its header")
    problems.sort(key=line_of)
    return result


def _open(path: Path):
    try:
        return path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise FormatError(f"Cannot read {path}: {exc.strerror}.", "Check the file name and its permissions.") from None


def read_rows(
    path: Path, default_list: str, currency: str, tax_classes: set[str], problems: list[str]
) -> Iterator[Row]:
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
        attributes = [c for c in ATTRIBUTES if c in header]
        try:
            for record in reader:
                line = reader.line_num
                row = _parse(record, line, default_list, extra_lists, currency, tax_classes, problems)
                if row is not None and attributes:
                    row = _with_attributes(row, values_of(record), attributes, currency, problems)
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
        except FormatError as exc:
            bad.append(f"{column}: {exc.message}" if raw else f"{column} is empty")
            continue
        if amount < 0:
            bad.append(f"{column} is negative")
        prices[code] = amount
    codes = []
    for raw in filter(None, (c.strip() for c in values["barcodes"].split("|"))):
        try:
            codes.append(normalise_code(raw))
        except FormatError as exc:
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


def values_of(record: dict) -> dict[str, str]:
    return {k: (v or "").strip() for k, v in record.items() if k is not None}


def _with_attributes(
    row: Row, values: dict[str, str], columns: list[str], currency: str, problems: list[str]
) -> Row | None:
    """The row with its style's attributes; an empty cost means none, an empty text clears it."""
    attrs: dict[str, object] = {}
    bad: list[str] = []
    for column in columns:
        raw = values.get(column, "")
        if column == "cost":
            try:
                attrs["cost"] = parse_amount(raw, currency) if raw else None
            except FormatError as exc:
                bad.append(f"cost: {exc.message}")
                continue
            if attrs["cost"] is not None and attrs["cost"] < 0:
                bad.append("cost is negative")
        elif len(raw) > TEXT_ATTRIBUTES[column]:
            bad.append(f"{column} is longer than {TEXT_ATTRIBUTES[column]} characters")
        else:
            attrs[column] = raw
    if bad:
        problems.append(f"line {row.line}: " + "; ".join(bad))
        return None
    return replace(row, attributes=attrs)


def line_of(problem: str) -> int:
    try:
        return int(problem.split(":", 1)[0].removeprefix("line "))
    except ValueError:
        return 0
