"""The cart repaints what a step changed, not the whole sale (issue 16, scan to cart row painted): a scan
inserts its row, a repeat scan changes its line's row, a voided line removes its row; only another sale
resets the cart. Driven with real key events on the real window; the diffing itself is checked as a
property against Qt's own model tester."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from tests.conftest import CASHIER, barcodes
from tests.test_ui_till import scan, sign_in, window  # noqa: F401 - the window fixture
from ui.cart_model import CartModel
from ui.main_window import MainWindow
from ui.sale_view import LineView


class Seen:
    """What the cart model told its view during one step."""

    def __init__(self, model: CartModel) -> None:
        self.said: list[tuple] = []
        model.modelReset.connect(lambda: self.said.append(("reset",)))
        model.rowsInserted.connect(lambda _p, first, last: self.said.append(("inserted", first, last)))
        model.rowsRemoved.connect(lambda _p, first, last: self.said.append(("removed", first, last)))
        model.dataChanged.connect(lambda a, b, _r=None: self.said.append(("changed", a.row(), b.row())))

    def take(self) -> list[tuple]:
        said, self.said = self.said, []
        return said


def test_a_scan_inserts_its_row_a_repeat_changes_its_row_and_a_void_removes_it(
    qtbot,
    window: MainWindow,  # noqa: F811
) -> None:
    term = window.till.terminal
    a, b, c = barcodes(term, 3)
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    scan(qtbot, window, a)
    scan(qtbot, window, b)
    seen = Seen(window.sale.model)
    scan(qtbot, window, c)
    assert seen.take() == [("inserted", 2, 2)]  # the two rows already there are left alone
    scan(qtbot, window, a)  # the store merges a repeat scan into the item's line
    assert seen.take() == [("changed", 0, 0)]
    assert window.sale.selected_line() == window.sale.model.lines[0].id
    with qtbot.waitSignal(window.till.sale_changed):
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_F8)  # void the selected line
    assert seen.take() == [("removed", 0, 0)]
    assert [line.sku for line in window.sale.model.lines] == [term.catalog.lookup(x).sku for x in (b, c)]
    assert window.sale.cart.model().rowCount() == 2


def line(n: int, qty: int) -> LineView:
    return LineView(f"L{n}", f"Item {n}", f"SKU-{n}", qty, "¥1.00", "", f"¥{qty}.00", False, False)


carts = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 3)), max_size=8, unique_by=lambda t: t[0]).map(
    lambda pairs: [line(n, q) for n, q in pairs]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(carts, min_size=1, max_size=6))
def test_any_sequence_of_carts_shows_each_cart_exactly(qapp, steps: list[list[LineView]]) -> None:
    model = CartModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view = QTableView()
    view.setModel(model)
    for lines in steps:
        model.set_lines(lines)
        assert model.rowCount() == len(lines)
        shown = [
            (model.data(model.index(r, 0), Qt.ItemDataRole.UserRole), model.data(model.index(r, 1)))
            for r in range(model.rowCount())
        ]
        assert shown == [(ln.id, str(ln.qty)) for ln in lines]


def test_the_status_bar_is_read_beside_a_scan_not_behind_it(qtbot, window: MainWindow, store_dir) -> None:  # noqa: F811
    """The status bar's reading every few seconds does not queue behind the cashier's work: with the
    scan waiting for the store (another process writing), the sync status still arrives, and the scan
    lands once the store is free."""
    import sqlite3

    from app import config

    term = window.till.terminal
    code = barcodes(term, 1)[0]
    sign_in(qtbot, window, CASHIER.login, CASHIER.pin)
    other = sqlite3.connect(store_dir / config.STORE_FILE, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the store's write lock
    landed: list = []
    window.till.sale_changed.connect(landed.append)
    try:
        window.sale.scan.setFocus()
        qtbot.keyClicks(window.sale.scan, code)
        qtbot.keyClick(window.sale.scan, Qt.Key.Key_Return)  # the scan waits for the lock on the ops thread
        with qtbot.waitSignal(window.till.status_changed, timeout=8_000):
            window.till.load_status()
        assert not any(view.count for view in landed)  # the status came while the scan still waited (an empty
        # sale's view from signing in may come late: only the scanned item counts)
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: any(view.count == 1 for view in landed))
