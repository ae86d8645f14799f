"""X and Z reports as text columns, for the CLI and the screen (printers use the same figures)."""

from __future__ import annotations

from app.clock import local_text
from app.money import format_plain
from app.receipt import cols
from app.shifts import ShiftReport


def report_text(r: ShiftReport, locale: str, width: int = 42) -> str:
    def fmt(minor: int) -> str:
        return format_plain(minor, r.currency, locale)

    title = f"Z REPORT #{r.z_number}" if r.kind == "Z" else "X REPORT (shift open)"
    out = [
        title,
        cols(f"{r.store}-{r.terminal}", r.currency, width),
        f"Opened {local_text(r.opened_at)} by {r.opened_by}",
    ]
    if r.closed_at:
        out.append(f"Closed {local_text(r.closed_at)}")
    out.append("-" * width)
    out += [
        cols("Sales", str(r.sales_count), width),
        cols("Returns", str(r.returns_count), width),
        cols("Gross sales", fmt(r.gross_sales), width),
        cols("Discounts", fmt(-r.discounts), width),
        cols("Returns", fmt(r.returns_total), width),
        cols("Net total", fmt(r.net_total), width),
    ]
    for rate, tax in sorted(r.tax_by_rate.items(), key=lambda kv: int(kv[0])):
        out.append(cols(f"Tax {int(rate) / 10_000:g}%", fmt(tax), width))
    if r.rounding:
        out.append(cols("Cash rounding", fmt(r.rounding), width))
    out.append("-" * width)
    for method, amount in sorted(r.payments.items()):
        out.append(cols(method.capitalize(), fmt(amount), width))
    out += [
        cols("Float", fmt(r.float_amount), width),
        cols("Cash in", fmt(r.cash_in), width),
        cols("Cash out", fmt(-r.cash_out), width),
        cols("Expected cash", fmt(r.expected_cash), width),
    ]
    if r.counted_cash is not None and r.variance is not None:
        out += [cols("Counted cash", fmt(r.counted_cash), width), cols("Variance", fmt(r.variance), width)]
    return "\n".join(out) + "\n"
