"""The web shop's credential for the order API: a key of its own, never a terminal's token.

Keys start with ``shop_`` so each side can say plainly when the other's credential is used: a
terminal token cannot create orders, and a shop key cannot push or pull a terminal's data. Only the
SHA-256 digest is stored; the key is shown once, when it is made.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central.auth import digest
from central.clock import now_iso
from central.errors import ServiceError
from central.models import ShopKey, Terminal

PREFIX = "shop_"


@dataclass(frozen=True)
class Shop:
    key_id: str
    name: str


def create(session: Session, name: str) -> str:
    name = name.strip()
    if not name or len(name) > 60:
        raise ServiceError(400, "bad_name", "A shop key needs a name of 1 to 60 characters.", "e.g. --name webshop")
    if session.scalar(select(ShopKey.id).where(ShopKey.name == name, ShopKey.revoked_at.is_(None))):
        raise ServiceError(409, "exists", f"A shop key named {name} exists.", "Revoke it first, or pick another name.")
    import uuid6

    key = PREFIX + secrets.token_urlsafe(32)
    session.add(ShopKey(id=str(uuid6.uuid7()), name=name, key_hash=digest(key), created_at=now_iso()))
    return key


def revoke(session: Session, name: str) -> int:
    return session.execute(
        update(ShopKey).where(ShopKey.name == name, ShopKey.revoked_at.is_(None)).values(revoked_at=now_iso())
    ).rowcount


def authenticate(session: Session, header: str | None) -> Shop:
    if not header or not header.startswith("Bearer "):
        raise ServiceError(401, "no_key", "This call needs the shop's key.", "Send 'Authorization: Bearer SHOP_KEY'.")
    token = header[7:].strip()
    if not token.startswith(PREFIX):
        if session.scalar(select(Terminal.id).where(Terminal.token_hash == digest(token))) is not None:
            raise ServiceError(
                403, "terminal_token", "A terminal's token cannot create or change orders.",
                "The web shop needs a shop key: 'cloudshelf central shop-key create'.",
            )  # fmt: skip
        raise ServiceError(401, "bad_key", "This shop key is not known here.", "Check the key, or make a new one.")
    row = session.scalar(select(ShopKey).where(ShopKey.key_hash == digest(token)))
    if row is None or row.revoked_at is not None:
        raise ServiceError(401, "bad_key", "This shop key is unknown or revoked.", "Make a new one.")
    return Shop(row.id, row.name)
