"""The pickup clerk's view model: the pickup screen's one door to the terminal's pickup service, beside ``ui.till``.

It shares the till's worker (``Till.tasks``): a pick scan and a sale scan never run at once on the
one ``Terminal``. Results come back as signals carrying plain data (``OrderView``, ``QueueEntry``,
``PickSlipDoc``); a refused call becomes ``error(message, hint)``; a handover without the pickup
code becomes ``approval_needed(message, retry)``, like the till's approvals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app import pickup_demo
from app.users import Credentials
from sync.protocol import pickup as p
from ui.sale_view import money
from ui.tasks import show_failure
from ui.till import Till

FILTERS: dict[str, tuple[str, ...] | None] = {
    "open": tuple(sorted(p.OPEN_STATES)),
    "new": (p.NEW,),
    "picking": (p.PICKING,),
    "ready": (p.READY,),
    "closed": tuple(sorted(p.CLOSED_STATES)),
}


class PickupModel(QObject):
    queue_loaded = Signal(list)  # [QueueEntry]
    order_loaded = Signal(object)  # OrderView
    slip_ready = Signal(object)  # PickSlipDoc
    handed_over = Signal(object)  # OrderView
    error = Signal(str, str)
    notice = Signal(str)
    approval_needed = Signal(str, object)  # message, retry(Credentials)
    added_to_sale = Signal(str)  # order code

    def __init__(self, till: Till, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.terminal = till.terminal
        self.filter = "open"
        # the demo's customers' pickup codes (a real store has none): the demo's handover can be tried
        self.demo_codes = pickup_demo.load(self.terminal.directory)

    def money(self, minor: int) -> str:
        """An amount as the pickup screen shows it, in the store's currency and locale."""
        return money(self.terminal.info, minor)

    def _call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        retry: Callable[[Credentials], None] | None = None,
    ) -> None:
        self.till.tasks.run(fn, *args, on_ok=then, on_error=lambda exc: self._failed(exc, retry))

    def _failed(self, exc: BaseException, retry: Callable[[Credentials], None] | None) -> None:
        kept = self.tr("Nothing was lost. Try again; if it happens again, call support.")
        show_failure(exc, retry, error=self.error, approval_needed=self.approval_needed, kept=kept)

    def _shown(self, view: Any) -> None:
        self.order_loaded.emit(view)
        self.load_queue()

    # ---------------------------------------------------------------- reading
    def load_queue(self, name: str | None = None) -> None:
        self.filter = name or self.filter
        self._call(self.terminal.pickup.queue, FILTERS[self.filter], then=self.queue_loaded.emit)

    def open_order(self, code: str) -> None:
        """Staff open an order (queue, pick slip): a clerk starts picking it, so the queue shows it."""
        self._call(self.terminal.pickup.open, code, then=self._shown)

    def find(self, key: str, second: str) -> None:
        """The counter: the customer's QR code, or the order code and a second factor."""
        self._call(self.terminal.pickup.find, key, second, then=self.order_loaded.emit)

    def slip(self, code: str) -> None:
        self._call(self.till.printed(self.terminal.pickup.pick_slip), code, then=self.slip_ready.emit)

    # ---------------------------------------------------------------- changing
    def pick(self, code: str, barcode: str) -> None:
        self._call(self.terminal.pickup.pick, code, barcode, then=self._shown)

    def ready(self, code: str) -> None:
        def done(view: Any) -> None:
            self._shown(view)
            self.notice.emit(self.tr("Order %s is ready; the customer is told when the platform hears of it.") % code)

        self._call(self.terminal.pickup.mark_ready, code, then=done)

    def hand_over(
        self, code: str, pickup_code: str, lines: dict[int, int] | None, approval: Credentials | None = None
    ) -> None:
        def done(view: Any) -> None:
            self._shown(view)
            self.handed_over.emit(view)

        self._call(
            lambda: self.terminal.pickup.hand_over(code, pickup_code=pickup_code, lines=lines, approval=approval),
            then=done,
            retry=lambda cred: self.hand_over(code, pickup_code, lines, cred),
        )

    def cancel(self, code: str, reason: str) -> None:
        self._call(self.terminal.pickup.cancel, code, reason, then=self._shown)

    def acknowledge(self, code: str) -> None:
        self._call(self.terminal.pickup.acknowledge_conflict, code, then=self._shown)

    def take_payment(self, code: str) -> None:
        """The order's lines join the sale on screen; the sale screen takes the payment."""

        def done(_lines: Any) -> None:
            self.till.refresh()
            self.added_to_sale.emit(code)

        self._call(self.terminal.sale.add_order, code, then=done)
