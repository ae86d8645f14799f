"""Stores and their tills as head office sees them (the console's stores page): every location with
its terminals, enrolment codes checked before they are made, and revocation with its audit entry.
The codes and tokens themselves are ``central.auth``'s."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import audit, auth
from central.clock import now_iso
from central.errors import ServiceError
from central.models import Location, Terminal

_TERMINAL = re.compile(r"^[A-Z0-9]{1,16}$")


@dataclass(frozen=True)
class Till:
    code: str
    enrolled_at: str
    last_seen_at: str | None
    expires_at: str
    revoked_at: str | None

    @property
    def state(self) -> str:
        if self.revoked_at:
            return "revoked"
        return "expired" if self.expires_at < now_iso() else "active"


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    kind: str
    region: str
    tills: list[Till] = field(default_factory=list)


def places(session: Session, stores: frozenset[str] | None) -> list[Place]:
    """Every location (only the given stores when ``stores`` is a set) with its tills, newest
    enrolment first; a till enrolled again shows once per enrolment (the old one revoked)."""
    query = select(Location).order_by(Location.kind, Location.code)
    if stores is not None:
        query = query.where(Location.code.in_(sorted(stores)))
    found = {loc.code: Place(loc.code, loc.name, loc.kind, loc.region) for loc in session.scalars(query)}
    rows = session.scalars(
        select(Terminal).where(Terminal.store_code.in_(list(found))).order_by(Terminal.code, Terminal.created_at.desc())
    )
    for t in rows:
        found[t.store_code].tills.append(Till(t.code, t.created_at, t.last_seen_at, t.expires_at, t.revoked_at))
    return list(found.values())


def issue_code(session: Session, store: str, terminal: str, *, actor: str) -> tuple[str, str]:
    """A one-time enrolment code for ``terminal`` of ``store`` and when it expires; audited
    (without the code: it is a secret until used)."""
    terminal = terminal.strip().upper()
    if not _TERMINAL.match(terminal):
        raise ServiceError(400, "bad_terminal", "A till's code is 1 to 16 capital letters or digits.",
                           "Use a code like T01.")  # fmt: skip
    code = auth.new_enrol_code(session, store, terminal)
    expires = now_iso(auth.CODE_TTL)
    audit.record(session, actor=actor, action="enrol_code", entity="terminal", entity_id=f"{store}-{terminal}",
                 before=None, after={"code_expires_at": expires})  # fmt: skip
    return code, expires


def revoke(session: Session, store: str, terminal: str, *, actor: str) -> None:
    """Revoke a till's token at once (its next call is refused; it enrols again with a new code); audited."""
    stamp = now_iso()
    if not auth.revoke(session, store, terminal):
        raise ServiceError(404, "no_terminal", "There is no enrolled till by that code here.",
                           "It may be revoked already: reload the page.")  # fmt: skip
    audit.record(session, actor=actor, action="revoke", entity="terminal", entity_id=f"{store}-{terminal}",
                 before={"revoked_at": None}, after={"revoked_at": stamp})  # fmt: skip
