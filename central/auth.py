"""Terminal enrolment and bearer tokens (DESIGN.md, Security).

A manager prints a one-time enrolment code for a store and terminal; the terminal trades it for a
bearer token scoped to that store and terminal. Only SHA-256 digests of codes and tokens are stored,
so a copy of the database gives no working token. Tokens expire and can be revoked.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from central.clock import now_iso
from central.errors import ServiceError
from central.models import EnrolCode, Location, Sale, Terminal

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_TTL = timedelta(hours=24)
TOKEN_TTL = timedelta(days=365)


@dataclass(frozen=True)
class Caller:
    terminal_id: str
    store: str
    terminal: str


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_enrol_code(session: Session, store: str, terminal: str) -> str:
    location = session.get(Location, store)
    if location is None or location.kind != "store":
        raise ServiceError(
            404, "no_store", f"There is no store {store}.", "Add it with 'cloudshelf central location add'."
        )
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
    session.add(
        EnrolCode(
            code_hash=digest(raw),
            store_code=store,
            terminal_code=terminal,
            created_at=now_iso(),
            expires_at=now_iso(CODE_TTL),
        )
    )
    return f"{raw[:5]}-{raw[5:]}"


def enrol(session: Session, code: str, next_seq: int = 1) -> tuple[Terminal, str, int]:
    """Trade a code for a token. Returns the terminal, its token and the last receipt seq seen for it.

    ``next_seq`` is the first event the terminal will send: 1 for a new or wiped store, the first
    unacknowledged event for a store enrolled again after its token was revoked.
    """
    cleaned = code.replace("-", "").replace(" ", "").upper()
    row = session.get(EnrolCode, digest(cleaned), with_for_update=True)
    if row is None or row.used_at is not None or row.expires_at < now_iso():
        raise ServiceError(
            403,
            "bad_code",
            "This enrolment code is unknown, used or expired.",
            "Ask a manager for a new code ('cloudshelf central enrol-code').",
        )
    row.used_at = now_iso()
    # A terminal enrolled again (a new or wiped machine) replaces the old identity of the same code.
    session.execute(
        update(Terminal)
        .where(Terminal.store_code == row.store_code, Terminal.code == row.terminal_code, Terminal.revoked_at.is_(None))
        .values(revoked_at=now_iso())
    )
    token = secrets.token_urlsafe(32)
    terminal = Terminal(
        id=_uuid(),
        store_code=row.store_code,
        code=row.terminal_code,
        token_hash=digest(token),
        created_at=now_iso(),
        expires_at=now_iso(TOKEN_TTL),
        last_seq=next_seq - 1,
    )
    session.add(terminal)
    prefix = f"{row.store_code}-{row.terminal_code}-"
    last = session.scalar(  # escaped: a '_' or '%' in a terminal's code must not match another till's receipts
        select(func.max(Sale.receipt_no)).where(
            Sale.store_code == row.store_code, Sale.receipt_no.startswith(prefix, autoescape=True)
        )
    )
    return terminal, token, int(last.rsplit("-", 1)[1]) if last else 0


def authenticate(session: Session, header: str | None) -> Caller:
    if not header or not header.startswith("Bearer "):
        raise ServiceError(
            401,
            "no_token",
            "This call needs the terminal's bearer token.",
            "Enrol the terminal with 'cloudshelf enrol'.",
        )
    if header[7:].strip().startswith("shop_"):
        raise ServiceError(
            403,
            "shop_key",
            "A shop key cannot push or pull a terminal's data.",
            "Terminals use their own token ('cloudshelf enrol').",
        )
    terminal = session.scalar(select(Terminal).where(Terminal.token_hash == digest(header[7:].strip())))
    if terminal is None:
        raise ServiceError(
            401, "bad_token", "The terminal's token is not known here.", "Enrol the terminal again with a new code."
        )
    if terminal.revoked_at is not None:
        raise ServiceError(401, "revoked", "The terminal's token was revoked.", "Enrol the terminal again.")
    if terminal.expires_at < now_iso():
        raise ServiceError(401, "expired", "The terminal's token has expired.", "Enrol the terminal again.")
    return Caller(terminal.id, terminal.store_code, terminal.code)


def revoke(session: Session, store: str, terminal: str) -> int:
    result = session.execute(
        update(Terminal)
        .where(Terminal.store_code == store, Terminal.code == terminal, Terminal.revoked_at.is_(None))
        .values(revoked_at=now_iso())
    )
    return result.rowcount


def _uuid() -> str:
    import uuid6

    return str(uuid6.uuid7())
