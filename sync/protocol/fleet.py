"""The figures a till reports with each sync, for head office's fleet view (issue 17, item 4).

They ride the round's first call as one header (ASCII JSON), so reporting costs no extra round
trip; an older platform ignores the header and an older till sends none (its row says it never
reported). ``v`` versions the report: a platform takes the versions it knows and ignores the rest,
never refusing the call it came with.

Report (v1): ``version`` (the till's software), ``backlog`` (events queued), ``dead_letters``,
``printer`` (one of PRINTER_STATES), ``z`` (the last Z report: ``number``, ``at``, ``totals`` with
``currency`` and whole minor-unit amounts and counts) or null.
"""

from __future__ import annotations

REPORT_HEADER = "X-CloudShelf-Report"
REPORT_VERSION = 1
MAX_REPORT = 2000  # characters of the header's value
PRINTER_STATES = frozenset({"ok", "paper_out", "paper_low", "offline", "unknown", "not_set_up"})
Z_TOTALS = ("sales_count", "returns_count", "gross_sales", "net_total", "tax_total", "expected_cash", "variance")
