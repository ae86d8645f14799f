"""A whole sale as a cashier rings it up: scan, discount, split tender, complete, receipt."""

from app.terminal import Terminal
from devices.printer import layout
from tests.conftest import MANAGER, barcodes


def test_sale_with_split_tender_and_receipt(till: Terminal) -> None:
    codes = barcodes(till, 3)
    for code in codes:
        till.sale.scan(code)
    till.sale.scan(codes[-1])
    assert [ln.qty for ln in till.sale.cart.lines] == [1, 1, 2]
    till.sale.line_discount(till.sale.cart.lines[0].id, percent_bp=2500, approval=MANAGER)
    till.sale.add_card(10_000, "REF-77")
    tender = till.sale.add_cash(till.sale.totals().due + 5_000)
    assert tender.change == 5_000
    done = till.sale.complete()
    assert done.receipt_no == "S01-T01-000001"
    text = layout.as_text(layout.receipt(till.printing.receipt(done.receipt_no), 42, "en"), 42)
    assert "S01-T01-000001" in text and "Card REF-77" in text and "Change" in text
    assert till.sale.cart is None
