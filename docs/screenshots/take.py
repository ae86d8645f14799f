"""Screenshots of the real till for the README, in English and Chinese, on the demo data.

Run on a virtual screen:  xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/take.py [DIR]
(needs a CJK font for the Chinese screens, e.g. Debian's fonts-noto-cjk). The shots go to DIR, by
default beside this file; look at each one before they go into the README.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402
from app.terminal import Terminal  # noqa: E402
from sync import demo_platform  # noqa: E402
from ui.app import build_window  # noqa: E402
from ui.dialogs.devices import DeviceSettingsDialog  # noqa: E402
from ui.dialogs.shelf import ShelfDialog  # noqa: E402
from ui.dialogs.stock import StockDialog  # noqa: E402
from ui.dialogs.tender import TenderDialog  # noqa: E402
from ui.sale_view import view_of  # noqa: E402

OUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent


def wait(signal: SignalInstance, start: object = None, timeout_ms: int = 10_000) -> None:
    """Run the event loop until ``signal`` fires (after calling ``start``)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if callable(start):
        start()
    loop.exec()
    signal.disconnect(loop.quit)


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(app: QApplication, name: str) -> None:
    settle()
    app.primaryScreen().grabWindow(0).save(str(OUT / name))
    print(OUT / name)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "demo"
        demo_platform.create(store)
        with demo_platform.serving(store):
            for locale in ("en", "zh_CN"):
                capture(app, store, locale)


def capture(app: QApplication, store: Path, locale: str) -> None:
    term = Terminal.open(store)
    cashier = demo.USERS[1]
    if term.shift.current_id() is None:  # the float was counted at the start of the day
        term.sign_in(cashier.login, cashier.pin)
        term.shift.open(50_000)
        term.sign_out()
    win = build_window(term, app, locale)
    win.resize(1366, 740)
    wait(win.till.users_loaded, win.show)
    shoot(app, f"sign-in-{locale}.png")
    wait(win.till.signed_in, lambda c=cashier: win.till.sign_in(c.login, c.pin))
    for style in ("ST0000001", "ST0000002", "ST0000005", "ST0000008"):
        sku = next((i.sku for i in term.catalog.search(style, limit=1)), None)
        if sku:
            wait(win.till.sale_changed, lambda s=sku: win.till.scan(s))
    wait(win.till.sale_changed, lambda: win.till.order_discount(500))
    shoot(app, f"sale-{locale}.png")
    dialog = TenderDialog(win.till, view_of(term), win.sale)
    dialog.open()
    shoot(app, f"tender-{locale}.png")
    dialog.reject()
    devices = DeviceSettingsDialog(win.till, win.sale)
    devices.open()
    shoot(app, f"devices-{locale}.png")
    devices.reject()
    shelf_shots(app, win, term, locale)
    pickup_shot(app, win, term, locale)
    term.sale.void("screenshots")
    win.close()
    term.close()


def sold_out_here(term: Terminal) -> str:
    """A SKU sold out in the demo store that other locations have: what the cloud shelf is for."""
    with term.db.read() as s:
        return (
            s.connection()
            .exec_driver_sql(
                "SELECT v.sku FROM variants v JOIN stock_levels l ON l.variant_id = v.id "
                "WHERE l.location_code = ? AND l.on_hand = 0 ORDER BY v.id LIMIT 1 OFFSET 3",
                (term.info.store,),
            )
            .scalar()
        )


def shelf_shots(app: QApplication, win, term: Terminal, locale: str) -> None:
    """The cloud shelf's matrix with a cell chosen and one item in the order; the shared stock screen."""
    sku = sold_out_here(term)
    shelf = ShelfDialog(win.till, "", win.sale)
    shelf.search.setText(sku)
    wait(win.till.shelf_matrix_ready, lambda: (shelf.open(), shelf.load()))
    cell = shelf.matrix.find(sku)
    shelf.table.setCurrentCell(shelf.matrix.sizes.index(cell.size), shelf.matrix.colours.index(cell.colour))
    shelf.add_item()
    shoot(app, f"shelf-{locale}.png")
    shelf.reject()
    manager = demo.USERS[0]
    wait(win.till.signed_in, lambda: win.till.sign_in(manager.login, manager.pin))
    stock = StockDialog(win.till, "", win.sale)
    stock.search.setText(sku)
    wait(win.till.stock_loaded, lambda: (stock.open(), stock.load()))
    shoot(app, f"stock-{locale}.png")
    stock.reject()
    cashier = demo.USERS[1]
    wait(win.till.signed_in, lambda: win.till.sign_in(cashier.login, cashier.pin))


def pickup_shot(app: QApplication, win, term: Terminal, locale: str) -> None:
    """The clerk's queue of the demo's online orders, one of them open with its pick list."""
    clerk = demo.USERS[2]
    wait(win.pickup_model.queue_loaded, lambda: win.till.sign_in(clerk.login, clerk.pin))
    first = term.pickup.queue()[0].code
    wait(win.pickup_model.order_loaded, lambda: win.pickup_model.open_order(first))
    shoot(app, f"pickup-{locale}.png")
    win.show_sale()
    cashier = demo.USERS[1]
    wait(win.till.signed_in, lambda: win.till.sign_in(cashier.login, cashier.pin))


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # PySide6 may abort while the interpreter tears its objects down: the shots are saved
