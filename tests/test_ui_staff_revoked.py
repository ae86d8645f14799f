"""A cashier head office revokes while signed in finishes the sale on screen and is taken back to the
sign-in pad, told why, when the next sale starts (issue 17, item 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.staff_feed import apply_staff
from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import scan, sign_in, window  # noqa: F401  (the till window fixture)
from tests.ui_helpers import child
from ui.main_window import MainWindow


def staff_item(login: str, op: str = "upsert") -> dict:
    data = {"id": "hq-" + login, "login": login, "name": "Ann from head office", "role": "cashier",
            "pin_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"}  # fmt: skip
    return {"key": login, "op": op, "data": data}


def test_a_revoked_cashier_is_signed_out_at_the_next_sale_not_in_the_middle_of_one(
    qtbot,
    window: MainWindow,  # noqa: F811
) -> None:
    term = window.till.terminal
    first, second = barcodes(term, 2)
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, first)  # a sale under way
    with term.db.write() as s:  # the staff feed takes her over, then revokes her (as a sync applies it)
        apply_staff(s.connection(), [staff_item(CASHIER.login), staff_item(CASHIER.login, "delete")])
    scan(qtbot, window, second)  # the sale on screen goes on
    term.sale.add_cash(term.sale.totals().due)
    term.sale.complete()
    with qtbot.waitSignal(window.till.signed_out):
        window.till.scan(first)  # the next sale's start
    assert window.stack.currentWidget() is window.sign_in
    assert term.user is None
    qtbot.waitUntil(lambda: "may no longer work at this till" in child(window.sign_in, "sign_in_error", QLabel).text())
