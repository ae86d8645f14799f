"""The till's view model: the screens' one door to the terminal (``app.terminal``) and its services.

Every terminal call runs on :class:`ui.tasks.Tasks`; results come back as signals carrying plain
data (``SaleView``, ``ShiftReport``, ...). A refused call becomes ``error(message, hint)``; a call a
manager must approve becomes ``approval_needed(message, retry)``, where ``retry(credentials)`` makes
the same call again with the manager's PIN. No business rule lives here or in the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from app import device_config
from app.drafts import SaleGone
from app.errors import SignedOut, StoreFull, UserError
from app.shifts import ShiftReport
from app.terminal import Terminal
from app.users import Credentials
from ui.devices import DeviceBridge
from ui.messages import joined, localized
from ui.sale_view import SaleView, money, view_of
from ui.tasks import Tasks, show_failure

SEARCH_PAGE = 50  # results per page; the next page loads when the list is scrolled to its end


class Till(QObject):
    signed_in = Signal(object)  # UserInfo
    signed_out = Signal()
    users_loaded = Signal(list)  # [UserInfo]
    sale_changed = Signal(object)  # SaleView
    quit_approved = Signal()  # a manager let the till close
    shift_changed = Signal(bool)  # a shift is open
    shift_needed = Signal()  # signed in with no shift open: ask for the float
    search_done = Signal(str, list, int)  # query, [Item], offset of the page
    error = Signal(str, str)  # message, what to do
    approval_needed = Signal(str, object)  # message, retry(Credentials)
    completed = Signal(object, object)  # Completed, ReceiptDoc
    reprinted = Signal(object, bool)  # ReceiptDoc, queued for the printer
    report_ready = Signal(object)  # ShiftReport
    parked_loaded = Signal(list)  # [DraftSummary]
    receipt_found = Signal(object)  # ReceiptLookup
    status_changed = Signal(object)  # SyncHealth
    store_writable = Signal(bool)  # False once a full disk refused a step; True when a change is saved again
    notice = Signal(str)  # a short confirmation for the status line
    short_here = Signal(object)  # app.scanning.Shortage: the item just added is sold out here
    quick_keys_loaded = Signal(object)  # QuickKeys
    device_tested = Signal(str, bool, str)  # device, worked, what happened
    devices_saved = Signal(str)  # what the printer's encoding would lose ('' when nothing)
    shelf_matrix_ready = Signal(object)  # app.shelf.Matrix
    shelf_added = Signal(bool)  # the cloud-shelf order joined the sale: held at the platform (True) or offline
    shelf_orders_loaded = Signal(object)  # ([app.shelf.OrderView], [(code, name, kind) of other locations])
    shelf_order_changed = Signal(object)  # OrderView (another source found)
    shelf_attention = Signal(int)  # cloud-shelf orders a person must act on (stock gone, cancelled)
    stock_loaded = Signal(object)  # (Matrix, [StockRow], [StockRow] low)
    stock_exported = Signal(int, str)  # rows, path
    sync_progress = Signal(str, int, object)  # feed, rows done, rows in all (None: unknown)

    def __init__(self, terminal: Terminal, parent: QObject | None = None, *, locale: str = "") -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.locale = locale or terminal.info.locale  # the screen's language: X and Z reports follow it
        self.tasks = Tasks(self)
        self.devices = DeviceBridge(terminal.config.devices, terminal.printing.queue, terminal.info.locale, self)
        self.sale_changed.connect(self.show_on_display)
        self.completed.connect(self.show_change_on_display)
        self._change_on_display = False  # the last sale's change stays on the display until the next sale
        self._search_serial = 0
        self.store_full = False
        self.search_page = SEARCH_PAGE

    def money(self, minor: int) -> str:
        """An amount as the screens show it, in the store's currency and locale."""
        return money(self.terminal.info, minor)

    # ---------------------------------------------------------------- plumbing
    def _call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        refresh: bool = True,
        approval_retry: Callable[[Credentials], None] | None = None,
        checked: bool = False,
        query: bool = False,
    ) -> None:
        """Run ``fn`` on the ops thread; then refresh the sale view and hand the result to ``then``.
        ``checked``: ``fn`` added a line, and ``then`` gets its shortage (or None) in its place, asked
        for only when the view, which reads the cart's stock anyway, marks the line short. ``query``: a
        read that changes nothing (with ``refresh=False``) runs on the queries thread instead, so it
        never holds up the cashier's next scan."""
        term = self.terminal

        def work() -> tuple[Any, SaleView | None]:
            try:
                result = fn(*args)
            except SaleGone as gone:  # another window finished this sale: show the new, empty one
                gone.view = view_of(term)
                raise
            view = view_of(term) if (refresh or checked) and term.user is not None else None
            if checked:
                short = view is not None and any(ln.short_here for ln in view.lines if ln.id == result.id)
                result = term.sale.shortage(result.id) if short else None
            return result, view

        def ok(outcome: tuple[Any, SaleView | None]) -> None:
            result, view = outcome
            if self.store_full and refresh and fn not in (_nothing, term.shift.current_id):  # a change was saved
                self.store_full = False
                self.store_writable.emit(True)
            if view is not None:
                self.sale_changed.emit(view)
            if then is not None:
                then(result)

        self.tasks.run(work, on_ok=ok, on_error=lambda exc: self._failed(exc, approval_retry), query=query)

    def _failed(self, exc: BaseException, retry: Callable[[Credentials], None] | None) -> None:
        if isinstance(exc, StoreFull) and not self.store_full:  # the status bar says so until a step is saved
            self.store_full = True
            self.store_writable.emit(False)
        if isinstance(exc, SaleGone) and getattr(exc, "view", None) is not None:
            self.sale_changed.emit(exc.view)
        if isinstance(exc, SignedOut):  # head office revoked the person: the sign-in pad says why
            self.signed_out.emit()
        kept = self.tr("The sale is kept. Try again; if it happens again, call support.")
        show_failure(exc, retry, error=self.error, approval_needed=self.approval_needed, kept=kept)

    # ---------------------------------------------------------------- users and shifts
    def load_quick_keys(self) -> None:
        self._call(self.terminal.catalog.quick_keys, then=self.quick_keys_loaded.emit, refresh=False)

    def load_users(self) -> None:
        self._call(self.terminal.users.list, then=self.users_loaded.emit, refresh=False)

    def sign_in(self, login: str, pin: str) -> None:
        def done(user: Any) -> None:
            self.signed_in.emit(user)
            self._call(self.terminal.shift.current_id, then=self._after_sign_in)

        self._call(self.terminal.sign_in, login, pin, then=done)

    def _after_sign_in(self, shift_id: str | None) -> None:
        self.shift_changed.emit(shift_id is not None)
        if shift_id is None:
            self.shift_needed.emit()

    def sign_out(self) -> None:
        self._call(self.terminal.sign_out, then=lambda _r: self.signed_out.emit(), refresh=False)

    def quit_till(self, approval: Credentials | None = None) -> None:
        """Close the till: a manager's call (a cashier's screen asks for a manager's PIN first)."""
        self._call(
            self.terminal.users.quit_till,
            approval,
            then=lambda _manager: self.quit_approved.emit(),
            refresh=False,
            approval_retry=self.quit_till,
        )

    def open_shift(self, float_amount: int) -> None:
        self._call(self.terminal.shift.open, float_amount, then=lambda _r: self.shift_changed.emit(True))

    def close_shift(self, counted: int) -> None:
        def done(report: Any) -> None:
            self.report_ready.emit(report)
            self.shift_changed.emit(False)

        self._call(self.printed(self.terminal.shift.close), counted, then=done)

    def x_report(self) -> None:
        self._call(self.printed(self.terminal.shift.x_report), then=self.report_ready.emit, refresh=False)

    def printed(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` returns a report or a pick slip; with a printer set up, it is queued for printing too."""
        term, devices = self.terminal, self.devices

        def work(*args: Any) -> Any:
            report = fn(*args)
            if isinstance(report, ShiftReport):
                report = replace(report, locale=self.locale)
            if devices.printer:
                term.printing.print_document(report)
                devices.devices.printed_later()
            return report

        return work

    def cash_move(self, kind: str, amount: int, reason: str) -> None:
        fn = self.terminal.shift.cash_in if kind == "in" else self.terminal.shift.cash_out
        self._call(fn, amount, reason, then=lambda _r: self.notice.emit(self.tr("Cash movement recorded.")))

    # ---------------------------------------------------------------- the sale
    def refresh(self) -> None:
        self._call(_nothing)

    def scan(self, code: str) -> None:
        self._call(self.terminal.sale.scan, code, then=self._short, checked=True)

    def add_item(self, variant_id: int, qty: int = 1) -> None:
        self._call(self.terminal.sale.add_item, variant_id, qty, then=self._short, checked=True)

    def _short(self, shortage: Any) -> None:
        if shortage is not None:
            self.short_here.emit(shortage)

    def set_qty(self, line_id: str, qty: int) -> None:
        self._call(self.terminal.sale.set_qty, line_id, qty)

    def void_line(self, line_id: str) -> None:
        self._call(self.terminal.sale.void_line, line_id, then=lambda hold: self._release(hold))

    def line_discount(self, line_id: str, percent_bp: int, approval: Credentials | None = None) -> None:
        self._call(
            lambda: self.terminal.sale.line_discount(line_id, percent_bp=percent_bp, approval=approval),
            approval_retry=lambda cred: self.line_discount(line_id, percent_bp, cred),
        )

    def order_discount(self, percent_bp: int, approval: Credentials | None = None) -> None:
        self._call(
            lambda: self.terminal.sale.order_discount(percent_bp=percent_bp, approval=approval),
            approval_retry=lambda cred: self.order_discount(percent_bp, cred),
        )

    def override_price(self, line_id: str, price: int, approval: Credentials | None = None) -> None:
        self._call(
            lambda: self.terminal.sale.override_price(line_id, price, approval=approval),
            approval_retry=lambda cred: self.override_price(line_id, price, cred),
        )

    def set_note(self, note: str) -> None:
        self._call(self.terminal.sale.set_note, note)

    def park(self, label: str = "") -> None:
        self._call(self.terminal.sale.park, label, then=lambda _r: self.notice.emit(self.tr("Sale parked.")))

    def load_parked(self) -> None:
        self._call(self.terminal.sale.parked, then=self.parked_loaded.emit, refresh=False)

    def resume(self, draft_id: str) -> None:
        self._call(self.terminal.sale.resume, draft_id)

    def void_sale(self) -> None:
        self._call(self.terminal.sale.void, "voided at the till", then=lambda holds: self._release(*holds))

    def search(self, query: str, offset: int = 0) -> None:
        """One page of results from ``offset``, on the queries thread; only the newest search's answer is shown."""
        self._search_serial += 1
        serial = self._search_serial

        def done(items: list) -> None:
            if serial == self._search_serial:
                self.search_done.emit(query, items, offset)

        self.tasks.run(
            lambda: self.terminal.catalog.search(query, limit=self.search_page, offset=offset),
            on_ok=done,
            on_error=lambda e: self._failed(e, None),
            query=True,
        )

    # ---------------------------------------------------------------- payment
    def pay_cash(self, tendered: int) -> None:
        self._call(self.terminal.sale.add_cash, tendered)

    def pay_card(self, amount: int, reference: str, approval_code: str = "") -> None:
        self._call(self.terminal.sale.add_card, amount, reference, approval_code)

    def refund_to_original(self) -> None:
        self._call(self.terminal.returns.refund_to_original)

    def remove_tender(self, tender_id: str) -> None:
        self._call(self.terminal.sale.remove_tender, tender_id)

    def complete(self) -> None:
        term, devices = self.terminal, self.devices

        def work() -> tuple:
            cash = any(t.method == "cash" for t in (term.sale.cart.tenders if term.sale.cart else []))
            done = term.sale.complete()  # committed before anything prints
            if not devices.printer:
                return done, term.printing.receipt(done.receipt_no)
            doc = term.printing.print_receipt(done.receipt_no, kick=cash)  # queued; the print worker prints it
            devices.devices.printed_later()
            return done, doc

        self._call(work, then=lambda pair: self.completed.emit(*pair))

    def reprint(self, receipt_no: str) -> None:
        """A copy through the print queue (marked COPY); its preview shows either way."""
        if not self.devices.printer:
            self._call(
                self.terminal.printing.receipt,
                receipt_no,
                then=lambda doc: self.reprinted.emit(doc, False),
                refresh=False,
            )
            return
        devices = self.devices.devices

        def work() -> Any:
            doc = self.terminal.printing.print_receipt(receipt_no, copy=True)
            devices.printed_later()
            return doc

        self._call(work, then=lambda doc: self.reprinted.emit(doc, True))

    # ---------------------------------------------------------------- devices
    def open_drawer(self, reason: str) -> None:
        """ "No sale": audited with its reason, then the drawer is kicked."""
        devices = self.devices.devices

        def work() -> None:
            self.terminal.shift.open_drawer(reason)
            devices.open_drawer()

        self._call(work, then=lambda _r: self.notice.emit(self.tr("Drawer opened.")), refresh=False)

    def show_on_display(self, view: SaleView) -> None:
        if self.devices.devices is None or self.devices.devices.display is None:
            return
        if view.lines:
            self._change_on_display = False
            last = view.lines[-1]
            self.devices.devices.show((last.description, last.total), (self.tr("TOTAL"), view.total))
        elif not self._change_on_display:
            self.devices.devices.show((self.terminal.info.store_name, ""), ("", ""))

    def show_change_on_display(self, done: Any, _doc: Any) -> None:
        """The customer sees what they paid and their change until the next sale starts."""
        if done is None or self.devices.devices is None or self.devices.devices.display is None:
            return
        self._change_on_display = True
        money = self.money
        self.devices.devices.show((self.tr("TOTAL"), money(done.total)), (self.tr("CHANGE"), money(done.change)))

    def test_device(self, kind: str, sections: dict[str, dict] | None = None) -> None:
        """Try a device with the settings as saved, or as typed in the settings screen (``sections``)."""
        term, running = self.terminal, self.devices.devices

        def work() -> str:
            from devices.manager import Devices

            settings = term.config.devices
            if sections is not None:
                settings = device_config.settings_from(sections, term.config.receipt_width)
            if kind == "drawer":
                term.printing.test_drawer()  # a manager's job, audited
            if settings == term.config.devices and running is not None:
                said = running.test(kind)
            else:
                box = Devices(settings, term.printing.queue, term.info.locale)
                said = box.test_scanner(3.0) if kind == "scanner" else box.test(kind)
            lost = term.printing.text_warning(settings.printer.encoding) if kind == "printer" else ""
            return said, lost

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self.device_tested.emit(kind, False, joined(localized(exc.message), localized(exc.hint)))
            else:
                self._failed(exc, None)

        self.tasks.run(
            work,
            on_ok=lambda said: self.device_tested.emit(kind, True, _with_warning(*said)),
            on_error=failed,
            query=True,
        )

    def save_device_settings(self, sections: dict[str, dict]) -> None:
        def done(lost: str) -> None:
            self.devices.apply(self.terminal.config.devices)
            self.devices_saved.emit(localized(lost) if lost else "")
            self.notice.emit(self.tr("Device settings saved."))

        self._call(self.terminal.printing.save_device_settings, sections, then=done, refresh=False)

    # ---------------------------------------------------------------- returns
    def find_receipt(self, key: str) -> None:
        self._call(self.terminal.returns.find_receipt, key, then=self.receipt_found.emit, refresh=False)

    def add_return(self, receipt_key: str, line_id: str, qty: int) -> None:
        self._call(self.terminal.returns.add, receipt_key, line_id, qty)

    # ---------------------------------------------------------------- the cloud shelf
    def shelf_matrix(self, key: str) -> None:
        """The style's matrix: live from the platform when it answers, else the last figures (queries thread)."""
        from sync.shelf import fetch_matrix

        self.tasks.run(
            lambda: fetch_matrix(self.terminal, key),
            on_ok=self.shelf_matrix_ready.emit,
            on_error=lambda e: self._failed(e, None),
            query=True,
        )

    def sell_shelf(self, request: Any) -> None:
        """Hold the units at the platform (or, offline, sell them to be confirmed) and add the order."""
        from sync.shelf import sell

        self._call(sell, self.terminal, request, then=lambda result: self.shelf_added.emit(result[1]))

    def _release(self, *hold_ids: str) -> None:
        """Holds of cloud-shelf lines taken out of the sale are freed at once (else they lapse)."""
        if any(hold_ids):
            from sync.shelf import release

            self.tasks.run(release, self.terminal, *hold_ids, query=True)

    def load_shelf_orders(self) -> None:
        term = self.terminal
        self._call(lambda: (term.shelf.orders(), term.shelf.places()), then=self.shelf_orders_loaded.emit,
                   refresh=False)  # fmt: skip

    def refund_shelf(self, code: str) -> None:
        """The order's lines come back into the sale as returns; the cashier pays the refund (F10)."""
        self._call(
            self.terminal.shelf.refund_order,
            code,
            then=lambda _r: self.notice.emit(self.tr("Refund of %s added: pay it back (F10).") % code),
        )

    def resource_shelf(self, code: str, sources: dict) -> None:
        from sync.shelf import resource

        self._call(resource, self.terminal, code, sources, then=self.shelf_order_changed.emit, refresh=False)

    def load_stock(self, key: str) -> None:
        """A manager's shared stock of a style: live figures when online, per location, low stock."""
        from sync.shelf import fetch_matrix

        term = self.terminal

        def work() -> Any:
            m = fetch_matrix(term, key)
            return term.stock.shared(m.style_code, live=m.live, note=m.note)

        self.tasks.run(work, on_ok=self.stock_loaded.emit, on_error=lambda e: self._failed(e, None), query=True)

    def export_stock(self, style_code: str, path: str, low_only: bool = False) -> None:
        self._call(
            lambda: self.terminal.stock.export_csv(style_code, path, low_only=low_only),
            then=lambda rows: self.stock_exported.emit(rows, path),
            refresh=False,
        )

    # ---------------------------------------------------------------- status
    def report_progress(self, feed: str, done: int, total: int | None) -> None:
        """A long sync's progress, from any thread (the sync worker's): the signal reaches the status
        bar through the event loop, so the sync never waits for the screen."""
        self.sync_progress.emit(feed, done, total)

    def load_status(self) -> None:
        """The status bar's figures, every few seconds: read beside the cashier's work, not in its queue."""
        self._call(self.terminal.sync.health, then=self.status_changed.emit, refresh=False, query=True)
        if self.terminal.user is not None:
            self._call(self.terminal.shelf.attention, then=self.shelf_attention.emit, refresh=False, query=True)


def _nothing() -> None:
    """The call of a plain refresh: it saves nothing."""


def _with_warning(said: str, lost: str) -> str:
    """A device test's result, then what the printer's encoding would lose, each in the screen's language."""
    return localized(said) + (f"\n{localized(lost)}" if lost else "")
