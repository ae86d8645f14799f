"""Online orders picked up at this store: the queue, finding an order at the counter (rate limited),
picking by scan, ready, handing over after the pickup code (or a manager's check), cancelling."""

from __future__ import annotations

from app import pickup
from app.errors import ApprovalRequired, AuthFailed, NotFound, UserError
from app.pick_slip import PickSlipDoc
from app.terminal.context import Context
from app.users import Credentials


class PickupService:
    """``terminal.pickup``: the store's online orders, from the local store (works offline)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def _pickup(self, permission: str = "pickup") -> pickup.Context:
        info = self._ctx.info
        return pickup.Context(info.store, info.terminal, self._ctx.require(permission))

    def _limits(self) -> pickup.Limits:
        cfg = self._ctx.config
        return pickup.Limits(cfg.pickup_lookup_failures, cfg.pickup_lookup_window_minutes)

    def queue(self, states: tuple[str, ...] | None = None) -> list[pickup.QueueEntry]:
        """The store's online orders by state and age."""
        self._pickup("sell")
        with self._ctx.db.read() as s:
            return pickup.queue(s, states)

    def order(self, code: str) -> pickup.OrderView:
        """An order opened from the queue (staff only: the queue lists them all anyway)."""
        self._pickup("sell")
        with self._ctx.db.read() as s:
            return pickup.get(s, code)

    def open(self, code: str) -> pickup.OrderView:
        """An order opened on the pickup screen: a clerk opening a new one starts picking it (new ->
        picking); someone who may not pick (a cashier taking payment) only looks at it."""
        ctx = self._pickup("sell")
        if not ctx.user.can("pickup"):
            return self.order(code)
        with self._ctx.db.write() as s:
            return pickup.start(s, ctx, code)

    def find(self, key: str, second: str = "") -> pickup.OrderView:
        """The order a customer asks for at the counter: its QR code, or its code and a second
        factor (pickup code, name, or last 4 phone digits). Failures count towards the rate limit
        and are committed even though the call raises."""
        ctx = self._pickup("sell")
        failure: UserError | None = None
        with self._ctx.db.write() as s:
            try:
                return pickup.lookup(s, ctx, key, second, self._limits())
            except (AuthFailed, NotFound) as exc:
                failure = exc
        raise failure

    def pick(self, code: str, barcode: str) -> pickup.OrderView:
        ctx = self._pickup()
        with self._ctx.db.write() as s:
            return pickup.pick(s, ctx, code, barcode)

    def mark_ready(self, code: str) -> pickup.OrderView:
        """All picked: ready. The platform tells the customer when it hears of it."""
        ctx = self._pickup()
        with self._ctx.db.write() as s:
            return pickup.ready(s, ctx, code)

    def hand_over(
        self,
        code: str,
        *,
        pickup_code: str = "",
        lines: dict[int, int] | None = None,
        approval: Credentials | None = None,
    ) -> pickup.OrderView:
        """Hand the order over after checking its pickup code (or, without it, a manager checks the
        customer's ID). ``lines`` (line number -> units) hands over part; the rest is cancelled."""
        ctx = self._pickup()
        approver = None
        if pickup_code.strip():
            failure: UserError | None = None
            with self._ctx.db.write() as s:
                try:
                    pickup.check_code(s, ctx, code, pickup_code, self._limits())
                except AuthFailed as exc:
                    failure = exc
            if failure is not None:
                raise failure
            verified = "pickup_code"
        else:
            asked = ApprovalRequired(
                "handover_without_code",
                "Handing over without the pickup code needs a manager to check the customer's ID.",
            )
            approver = self._ctx.approve(asked, approval)
            verified = "manager"
        with self._ctx.db.write() as s:
            return pickup.hand_over(s, ctx, code, verified=verified, lines=lines, approved_by=approver)

    def cancel(self, code: str, reason: str) -> pickup.OrderView:
        """Cancel at the store with a reason; the platform frees the stock and refunds centrally."""
        ctx = self._pickup()
        with self._ctx.db.write() as s:
            return pickup.cancel(s, ctx, code, reason)

    def acknowledge_conflict(self, code: str) -> pickup.OrderView:
        ctx = self._pickup()
        with self._ctx.db.write() as s:
            return pickup.acknowledge(s, ctx, code)

    def pick_slip(self, code: str) -> PickSlipDoc:
        self._pickup("sell")
        with self._ctx.db.read() as s:
            return pickup.slip(s, code, self._ctx.info.store_name)

    def purge(self) -> int:
        """Remove customer details of orders closed more than ``[pickup] purge_days`` ago."""
        with self._ctx.db.write() as s:
            pickup.prune_lookups(s, self._limits())
            return pickup.purge(s, self._ctx.config.pickup_purge_days)
