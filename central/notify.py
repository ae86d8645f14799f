"""Customer notifications: an outbox table in the central database, and the sender that empties it.

A notification is written in the same transaction as the order change that calls for it, so a ready
order always gets its message; it is sent afterwards, at least once: by SMTP when
``CLOUDSHELF_SMTP_HOST`` is set, otherwise logged. Logs name the notification, the order code and
the kind, never an address, a phone number or a name (DESIGN.md, Security).
"""

from __future__ import annotations

import logging
import os
import smtplib
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from central.clock import now_iso
from central.db import CentralDB
from central.models import Location, Notification, Order, ShelfOrder

log = logging.getLogger("cloudshelf.central.notify")

MAX_ATTEMPTS = 5
CLAIM_TIMEOUT = timedelta(minutes=10)  # a sender that died mid-send: its claim lapses and another sends


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int = 25
    user: str = ""
    password: str = ""
    sender: str = "orders@cloudshelf.example"
    starttls: bool = False

    @classmethod
    def from_env(cls) -> Smtp | None:
        host = os.environ.get("CLOUDSHELF_SMTP_HOST", "").strip()
        if not host:
            return None
        return cls(
            host=host,
            port=int(os.environ.get("CLOUDSHELF_SMTP_PORT", "25")),
            user=os.environ.get("CLOUDSHELF_SMTP_USER", ""),
            password=os.environ.get("CLOUDSHELF_SMTP_PASSWORD", ""),
            sender=os.environ.get("CLOUDSHELF_SMTP_FROM", cls.sender),
            starttls=os.environ.get("CLOUDSHELF_SMTP_STARTTLS", "") in ("1", "true", "yes"),
        )

    def __repr__(self) -> str:
        return f"Smtp({self.host!r}, {self.port})"  # never the password


def _text(order: Order, kind: str, store_name: str) -> tuple[str, str]:
    refund = "\nWhat you paid for it will be refunded.\n" if order.refund_due else ""
    if kind == "ready":
        until = (order.expires_at or "")[:10]
        return (
            f"Your order {order.code} is ready for pickup",
            f"Hello {order.customer_name},\n\nyour order {order.code} is ready for pickup at {store_name}.\n"
            "Show the QR code or tell the pickup code from your order confirmation at the counter.\n"
            f"Please collect it by {until}.\n",
        )
    if kind == "expired":
        return (
            f"Your order {order.code} was not collected",
            f"Hello {order.customer_name},\n\nyour order {order.code} was not collected at {store_name} "
            f"in time and has been cancelled.\n{refund}",
        )
    return (
        f"Your order {order.code} was cancelled",
        f"Hello {order.customer_name},\n\nyour order {order.code} for pickup at {store_name} was cancelled"
        f" ({order.cancel_reason or 'no reason given'}).\n{refund}",
    )


def _shelf_text(order: ShelfOrder, kind: str, store_name: str) -> tuple[str, str]:
    where = f"the store {store_name}" if order.delivery == "store" else "your address"
    if kind == "shipped":
        return (
            f"Your order {order.code} is on its way",
            f"Hello {order.customer_name},\n\nyour order {order.code} has left our stock "
            f"and is on its way to {where}.\n",
        )
    if kind == "delivered":
        return (
            f"Your order {order.code} was delivered",
            f"Hello {order.customer_name},\n\nyour order {order.code} was delivered. Thank you for shopping with us.\n",
        )
    return (
        f"Your order {order.code} was cancelled",
        f"Hello {order.customer_name},\n\nyour order {order.code} was cancelled ({order.problem or 'no reason given'})."
        "\nThe store that sold it refunds what you paid.\n",
    )


def enqueue_shelf(session: Session, order: ShelfOrder, kind: str) -> None:
    """A cloud-shelf order's message (shipped, delivered, cancelled), with the order change."""
    store = session.get(Location, order.deliver_to) if order.deliver_to else None
    subject, body = _shelf_text(order, kind, store.name if store else "")
    session.add(
        Notification(
            order_id=None,
            shelf_order_id=order.id,
            kind=kind,
            recipient=order.customer_email,
            subject=subject,
            body=body,
            status="pending",
            attempts=0,
            created_at=now_iso(),
            last_error="",
        )
    )


def enqueue(session: Session, order: Order, kind: str) -> None:
    store = session.get(Location, order.store_code)
    subject, body = _text(order, kind, store.name if store else order.store_code)
    session.add(
        Notification(
            order_id=order.id,
            kind=kind,
            recipient=order.customer_email,
            subject=subject,
            body=body,
            status="pending",
            attempts=0,
            created_at=now_iso(),
            last_error="",
        )
    )


@dataclass
class SendReport:
    sent: int = 0
    logged: int = 0
    failed: int = 0


def _claim(db: CentralDB, limit: int) -> list[tuple[int, str, str, str, str]]:
    lapsed = now_iso(-CLAIM_TIMEOUT)
    with db.write() as s:
        query = (
            select(Notification)
            .where(
                or_(
                    Notification.status == "pending",
                    (Notification.status == "sending") & (Notification.claimed_at < lapsed),
                )
            )
            .order_by(Notification.id)
            .limit(limit)
        )
        if db.dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        claimed = []
        for n in s.scalars(query):
            n.status, n.claimed_at, n.attempts = "sending", now_iso(), n.attempts + 1
            if n.order_id is not None:
                code = s.scalar(select(Order.code).where(Order.id == n.order_id))
            else:
                code = s.scalar(select(ShelfOrder.code).where(ShelfOrder.id == n.shelf_order_id))
            claimed.append((n.id, n.recipient, n.subject, n.body, f"{code} {n.kind}"))
        return claimed


def _finish(db: CentralDB, ident: int, status: str, error: str = "") -> None:
    with db.write() as s:
        n = s.get(Notification, ident)
        if status == "retry":
            status = "failed" if n.attempts >= MAX_ATTEMPTS else "pending"
        n.status, n.last_error = status, error[:500]
        if status in ("sent", "logged"):
            n.sent_at = now_iso()


def send_pending(db: CentralDB, smtp: Smtp | None = None, limit: int = 50) -> SendReport:
    """Send what is waiting: SMTP if configured (``smtp`` or the environment), else a log line."""
    smtp = smtp or Smtp.from_env()
    report = SendReport()
    for ident, recipient, subject, body, what in _claim(db, limit):
        if smtp is None or not recipient:
            why = "no SMTP configured" if smtp is None else "no email address"
            log.info("notification %s (order %s): logged, %s", ident, what, why)
            _finish(db, ident, "logged")
            report.logged += 1
            continue
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = smtp.sender, recipient, subject
        message.set_content(body)
        try:
            with smtplib.SMTP(smtp.host, smtp.port, timeout=20) as client:
                if smtp.starttls:
                    client.starttls()
                if smtp.user:
                    client.login(smtp.user, smtp.password)
                client.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            log.warning("notification %s (order %s): not sent (%s)", ident, what, type(exc).__name__)
            _finish(db, ident, "retry", type(exc).__name__)
            report.failed += 1
            continue
        log.info("notification %s (order %s): sent", ident, what)
        _finish(db, ident, "sent")
        report.sent += 1
    return report
