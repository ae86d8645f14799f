"""Head-office users of the console at /hq: logins, Argon2id passwords, roles and store scopes,
sign-in with rate limits and lockout, and server-side sessions.

Rate limits count in the database (``central.limits.count_call``) and wrong passwords are counted
on the user's row, so both hold whichever worker process takes a sign-in. A session is a random
token in the browser's cookie; only its SHA-256 is stored, with its CSRF token, its start (the
absolute expiry) and its last use (the idle expiry)."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central.auth import digest
from central.clock import iso, now, now_iso
from central.db import CentralDB
from central.errors import ServiceError
from central.limits import count_call, settings
from central.models import Location
from central.models_hq import HqAccount, HqSession

ROLES = ("admin", "merchandiser", "store_manager", "auditor")
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,59}$")
MIN_PASSWORD, MAX_PASSWORD = 10, 200
_hasher = PasswordHasher()  # Argon2id, argon2-cffi's defaults (RFC 9106 low-memory profile)
WRONG = ("Wrong user name or password.", "Check both and try again.")


@dataclass(frozen=True)
class HqUser:
    """The signed-in user as the console sees it: ``stores`` None means every store."""

    id: int
    login: str
    name: str
    role: str
    stores: frozenset[str] | None

    def sees(self, location: str) -> bool:
        return self.stores is None or location in self.stores


def view(row: HqAccount) -> HqUser:
    stores = None if row.stores is None else frozenset(json.loads(row.stores))
    return HqUser(row.id, row.login, row.name, row.role, stores)


def check_login(login: str) -> str:
    cleaned = login.strip().lower()
    if not _LOGIN.match(cleaned):
        raise ServiceError(400, "bad_login", "A user name is 1 to 60 letters, digits, '.', '_', '@' or '-'.",
                           "Pick a user name like anna.li.")  # fmt: skip
    return cleaned


def check_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise ServiceError(400, "bad_password", "A password is 10 to 200 characters long.",
                           "Choose a longer password, such as a few words.")  # fmt: skip
    return password


def _check_stores(session: Session, role: str, stores: list[str] | None) -> str | None:
    if role not in ROLES:
        raise ServiceError(400, "bad_role", "There is no such role.", "One of: " + ", ".join(ROLES) + ".")
    if role != "store_manager":
        return None
    if not stores:
        raise ServiceError(400, "no_stores", "A store manager needs the stores they manage.", "Give one or more.")
    for code in stores:
        location = session.get(Location, code)
        if location is None or location.kind != "store":
            raise ServiceError(404, "no_store", "One of the stores given does not exist.", "Check the store codes.")
    return json.dumps(sorted(set(stores)))


def add_user(
    session: Session, *, login: str, name: str, role: str, password: str, stores: list[str] | None = None
) -> HqUser:
    """A new head-office user (the caller records it in the audit log where a person did it)."""
    login = check_login(login)
    if not name.strip() or len(name) > 120:
        raise ServiceError(400, "bad_name", "A name is 1 to 120 characters.", "Give the person's name.")
    scope = _check_stores(session, role, stores)
    if session.scalar(select(HqAccount.id).where(HqAccount.login == login)) is not None:
        raise ServiceError(409, "exists", "This user name is taken.", "Pick another user name.")
    row = HqAccount(login=login, name=name.strip(), role=role, stores=scope, failures=0,
                    password_hash=_hasher.hash(check_password(password)), created_at=now_iso())  # fmt: skip
    session.add(row)
    session.flush()
    return view(row)


def account(session: Session, login: str, *, lock: bool = False) -> HqAccount:
    query = select(HqAccount).where(HqAccount.login == login.strip().lower()[:60])
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise ServiceError(404, "no_user", "There is no such head-office user.", "Check the user name.")
    return row


def set_password(session: Session, login: str, password: str) -> None:
    """A new password ends every session of the user."""
    row = account(session, login, lock=True)
    row.password_hash = _hasher.hash(check_password(password))
    end_sessions(session, row.id)


def disable(session: Session, login: str) -> None:
    row = account(session, login, lock=True)
    row.disabled_at = row.disabled_at or now_iso()
    end_sessions(session, row.id)


def unlock(session: Session, login: str) -> dict:
    """An admin lets a locked-out user try again; returns the row's state before, for the audit."""
    row = account(session, login, lock=True)
    before = {"locked_at": row.locked_at, "failures": row.failures}
    row.locked_at, row.failures = None, 0
    return before


def users(session: Session) -> list[HqAccount]:
    return list(session.scalars(select(HqAccount).order_by(HqAccount.login)))


@dataclass(frozen=True)
class SignedIn:
    user: HqUser
    token: str  # for the cookie only: never stored
    csrf: str


def sign_in(db: CentralDB, login: str, password: str, client: str) -> SignedIn:
    """Check a password, counting the attempt per user and per client first (a refused attempt
    still counts) and the wrong ones on the user's row; past the limit the user is locked out until
    an admin unlocks them."""
    with db.read() as s:
        limit = settings(s)
    name = login.strip().lower()[:60]
    count_call(db, "hq-user", name, limit["hq.login_per_minute"])
    count_call(db, "hq-client", client, limit["hq.login_per_minute"] * 3)
    with db.write() as s:
        row = s.scalar(select(HqAccount).where(HqAccount.login == name).with_for_update())
        if row is None or row.disabled_at is not None:
            _hasher.hash(password[:MAX_PASSWORD])  # the same work as a real check: no timing tells who exists
            outcome = "wrong"
        elif row.locked_at is not None:
            outcome = "locked"
        elif _verifies(row.password_hash, password):
            row.failures = 0
            return _open(s, row)
        else:
            row.failures += 1
            outcome = "wrong"
            if row.failures >= limit["hq.lockout_failures"]:
                row.locked_at, outcome = now_iso(), "locked"
    if outcome == "locked":
        raise ServiceError(403, "locked", "This account is locked after too many wrong passwords.",
                           "Ask an administrator to unlock it.")  # fmt: skip
    raise ServiceError(401, "wrong_password", *WRONG)


def _verifies(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password[: MAX_PASSWORD + 1])
    except (VerificationError, InvalidHashError):
        return False


def _open(session: Session, row: HqAccount) -> SignedIn:
    token, csrf, stamp = secrets.token_urlsafe(32), secrets.token_urlsafe(24), now_iso()
    session.add(HqSession(token_hash=digest(token), user_id=row.id, csrf=csrf, created_at=stamp, seen_at=stamp))
    return SignedIn(view(row), token, csrf)


def resume(db: CentralDB, token: str) -> tuple[HqUser, str] | None:
    """The user and CSRF token of a live session (its last use moved on), or None when the session
    is unknown, ended, idle too long, too old, or its user is locked out or disabled."""
    if not token or len(token) > 100:
        return None
    with db.write() as s:
        found = s.execute(
            select(HqSession, HqAccount)
            .join(HqAccount, HqAccount.id == HqSession.user_id)
            .where(HqSession.token_hash == digest(token), HqSession.ended_at.is_(None))
        ).first()
        if found is None:
            return None
        row, user = found
        limit, moment = settings(s), now()
        idle = _parse(row.seen_at) + timedelta(minutes=limit["hq.session_idle_minutes"])
        absolute = _parse(row.created_at) + timedelta(hours=limit["hq.session_hours"])
        if moment >= idle or moment >= absolute or user.locked_at or user.disabled_at:
            row.ended_at = iso(moment)
            return None
        row.seen_at = iso(moment)
        return view(user), row.csrf


def sign_out(db: CentralDB, token: str) -> None:
    with db.write() as s:
        s.execute(update(HqSession).where(HqSession.token_hash == digest(token)).values(ended_at=now_iso()))


def end_sessions(session: Session, user_id: int) -> None:
    session.execute(
        update(HqSession).where(HqSession.user_id == user_id, HqSession.ended_at.is_(None)).values(ended_at=now_iso())
    )


def _parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
