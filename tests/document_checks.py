"""The document identities (app/receipt.py, app/shifts.py, docs/documents.md) as checks, on a
document's data and on its printed text read back line by line.

The printed checks read an English layout (the labels the layout prints for ``en``) as a person
checking the paper would: every figure is parsed back from the text, nothing from the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from app.receipt import ReceiptDoc
from app.shifts import ShiftReport

AMOUNT = r"-?\d[\d,]*\.\d+"  # with its decimals: a size or a count is not an amount
_ROW = re.compile(rf"^(.*?)\s+({AMOUNT})$")
_QTY = re.compile(rf"^  (-?\d+) x ({AMOUNT})$")


def minor(text: str, digits: int = 2) -> int:
    """A printed amount ("1,234.50", "-249.00") in minor units."""
    value = Decimal(text.replace(",", "")).scaleb(digits)
    assert value == value.to_integral_value(), f"{text} has more than {digits} decimals"
    return int(value)


@dataclass
class PrintedItem:
    amount: int
    qty: int = 1
    unit: int | None = None
    discount: int = 0


@dataclass
class PrintedReceipt:
    items: list[PrintedItem] = field(default_factory=list)
    totals: list[tuple[str, int]] = field(default_factory=list)  # in printed order, tenders included

    def value(self, label: str) -> int:
        found = [v for k, v in self.totals if k == label or k.startswith(label + " ")]
        assert len(found) <= 1, f"{label} printed {len(found)} times"
        return found[0] if found else 0

    def labels(self) -> list[str]:
        return [k for k, _ in self.totals]


def parse_receipt(lines: list[str], width: int) -> PrintedReceipt:
    """The items block (between the first two rules) and the totals and tenders below it."""
    rules = [i for i, line in enumerate(lines) if line == "-" * width]
    assert len(rules) >= 2, "a receipt has a rule above and below its items"
    out = PrintedReceipt()
    for line in lines[rules[0] + 1 : rules[1]]:
        qty = _QTY.match(line)
        row = _ROW.match(line)
        if qty:
            out.items[-1].qty, out.items[-1].unit = int(qty.group(1)), minor(qty.group(2))
        elif row and row.group(1).strip() == "discount" and line.startswith("  "):
            out.items[-1].discount = minor(row.group(2))
        elif row:
            out.items.append(PrintedItem(minor(row.group(2))))
        # else: the head of a long name wrapped onto its own line
    for line in lines[rules[1] + 1 :]:
        if not line.strip():
            break
        row = _ROW.match(line)
        assert row, f"a totals row without an amount: {line!r}"
        out.totals.append((row.group(1).strip(), minor(row.group(2))))
    return out


def figures(lines: list[str]) -> list[int]:
    """Every amount printed at the end of a line, in order: the same in every language."""
    return [minor(m.group(2)) for m in map(_ROW.match, lines) if m]


def check_receipt_doc(doc: ReceiptDoc) -> None:
    """The identities on the receipt's data."""
    for item in doc.items:
        assert minor(item.amount) == item.amount_minor == item.qty * minor(item.unit_price), item
        assert (minor(item.discount) if item.discount else 0) == item.discount_minor, item
    assert sum(i.amount_minor for i in doc.items) == doc.subtotal, "lines sum to the subtotal"
    assert sum(i.discount_minor for i in doc.items) == doc.discount, "line discounts sum to the discount"
    added = doc.tax if doc.tax_added else 0
    assert doc.subtotal + doc.discount + added + doc.rounding == doc.total, "subtotal - discounts + tax + rounding"
    assert sum(t - c for t, c in doc.tendered) == doc.total, "tenders - change = total"


def check_paper_receipt(p: PrintedReceipt, tax_added: bool) -> int:
    """The identities on the printed figures alone; the printed total."""
    for item in p.items:
        if item.unit is not None:
            assert item.qty * item.unit == item.amount, f"{item.qty} x {item.unit} printed beside {item.amount}"
        else:
            assert item.qty == 1
    labels = p.labels()
    total_at = next(i for i, k in enumerate(labels) if k.startswith("TOTAL "))
    above = dict(p.totals[:total_at])
    assert set(above) <= {"Subtotal", "Discount", "Tax", "Rounding"}, labels
    assert sum(i.amount for i in p.items) == above["Subtotal"], "printed lines sum to the printed subtotal"
    assert sum(i.discount for i in p.items) == above.get("Discount", 0), "printed line discounts"
    total = p.totals[total_at][1]
    assert sum(above.values()) == total, "the rows above TOTAL add up to it"
    assert ("Tax" in above) == tax_added and ("incl. tax" in labels) != tax_added
    tenders = [(k, v) for k, v in p.totals[total_at + 1 :] if k != "incl. tax"]
    paid = sum(v for k, v in tenders if k != "Change") - sum(v for k, v in tenders if k == "Change")
    assert paid == total, "printed tenders less change equal the printed total"
    return total


def check_printed_receipt(p: PrintedReceipt, doc: ReceiptDoc) -> None:
    """The identities on the printed figures, and that they are the data's figures."""
    assert [i.amount for i in p.items] == [i.amount_minor for i in doc.items]
    assert check_paper_receipt(p, doc.tax_added) == doc.total


def check_report_doc(r: ShiftReport) -> None:
    """The X and Z report's identities on its data."""
    added = r.tax_total if r.tax_mode == "exclusive" else 0
    assert r.gross_sales - r.discounts + r.returns_total + added == r.net_total, "gross - discounts - returns"
    assert r.tax_total == sum(r.tax_by_rate.values())
    assert sum(r.payments.values()) == r.net_total + r.rounding, "payments = net + rounding"
    assert r.cash_taken - r.cash_refunded == r.payments.get("cash", 0)
    expected = r.float_amount + r.cash_taken - r.cash_refunded + r.cash_in - r.cash_out
    assert r.expected_cash == expected, "expected cash"
    if r.counted_cash is not None:
        assert r.variance == r.counted_cash - r.expected_cash


def parse_report(lines: list[str]) -> list[tuple[str, int]]:
    """The report's amount rows (label, minor units) in printed order; counts are left out."""
    return [
        (m.group(1).strip(), minor(m.group(2)))
        for m in map(_ROW.match, lines)
        if m and not m.group(1).startswith(("Opened", "Closed"))
    ]


def check_paper_report(rows: list[tuple[str, int]], tax_added: bool) -> dict[str, int]:
    """The identities on the printed report's figures alone; its rows by label."""
    labels = [k for k, _ in rows]
    net_at = labels.index("Net total")
    above = rows[labels.index("Gross sales") : net_at]
    assert all(k in ("Gross sales", "Discount", "Returns total") or k.startswith("Tax ") for k, _ in above), labels
    if not tax_added:
        assert not any(k.startswith("Tax ") for k, _ in above), labels
    net = rows[net_at][1]
    assert sum(v for _, v in above) == net, "printed gross - discounts - returns (+ tax) = net"
    value = dict(rows)
    methods = [v for k, v in rows if k in ("Cash", "Card")]
    assert sum(methods) == net + value.get("Cash rounding", 0), "printed payments = net + rounding"
    cash = ("Float", "Cash taken", "Cash refunded", "Cash in", "Cash out")
    assert sum(value[k] for k in cash) == value["Expected cash"], "printed expected cash"
    return value


def check_printed_report(rows: list[tuple[str, int]], r: ShiftReport) -> None:
    """The identities on the printed report's figures, and that they are the data's figures."""
    added = r.tax_mode == "exclusive"
    value = check_paper_report(rows, added)
    assert any(k.startswith("Tax ") for k, _ in rows) == (added and bool(r.tax_by_rate))
    assert value["Net total"] == r.net_total and value["Expected cash"] == r.expected_cash
