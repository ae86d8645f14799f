"""Users, roles and PIN sign-in (DESIGN.md, Security).

PINs are stored as Argon2id hashes (argon2-cffi, salted, deliberately slow). After
``lockout_attempts`` wrong PINs in a row a user is locked for ``lockout_minutes``; the lockout is
audited. Roles are checked here in the services, whatever the UI shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.clock import now, parse_iso
from app.db.models import StoreSettings, User
from app.errors import AuthFailed, LockedOut, NotAllowed, UserError
from app.ids import new_id
from core.staff import ROLES, pin_problem

_SELL = {"sell", "return", "shift", "report_x"}
PERMISSIONS: dict[str, frozenset[str]] = {
    "cashier": frozenset(_SELL),
    "clerk": frozenset(_SELL | {"pickup"}),
    "manager": frozenset(_SELL | {"pickup", "approve", "users", "report_z_any", "catalog", "stock"}),
}

_hasher = PasswordHasher()
PLATFORM = "platform"  # a user received from head office's staff feed (app.staff_feed)


@dataclass(frozen=True)
class UserInfo:
    id: str
    login: str
    name: str
    role: str

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS[self.role]


@dataclass(frozen=True)
class Credentials:
    """A manager's login and PIN, typed into an approval dialog."""

    login: str
    pin: str


def refusal(permission: str) -> str:
    """What a person is told when their role lacks ``permission``: said in words a screen translates,
    never a role or permission code (the till also shows it on the action it disables)."""
    if permission == "stock":
        return "The stock shared across stores is for a manager."
    if permission == "pickup":
        return "Picking and handing over online orders is for a pickup clerk or a manager."
    if permission in ("approve", "users", "catalog", "report_z_any"):
        return "Only a manager may do this."
    return "Your role may not do this."


def require(user: UserInfo | None, permission: str) -> UserInfo:
    if user is None:
        raise NotAllowed("Nobody is signed in.", "Sign in with your PIN first.")
    if not user.can(permission):
        raise NotAllowed(refusal(permission), "Ask a manager, or sign in as one.")
    return user


def validate_pin(pin: str) -> str:
    problem = pin_problem(pin)
    if problem is not None:
        raise UserError(*problem)
    return pin


def head_office_staff(session: Session) -> bool:
    """Whether this till has received its store's staff from head office (then theirs is the list)."""
    return session.scalar(select(User.id).where(User.source == PLATFORM).limit(1)) is not None


def still_allowed(session: Session, user: UserInfo) -> bool:
    """Whether a signed-in person may still work here: not revoked or taken off this store by head
    office since they signed in (checked at each sale's start, never in the middle of one)."""
    row = session.get(User, user.id)
    if row is None or not row.active:
        return False
    return row.source == PLATFORM or not head_office_staff(session)


def add_user(session: Session, *, login: str, name: str, role: str, pin: str) -> UserInfo:
    if head_office_staff(session):
        raise NotAllowed(
            "This store's staff are managed at head office.", "Ask head office to add the person in the console."
        )
    login = login.strip().lower()
    if not login or not login.replace("_", "").replace(".", "").isalnum() or len(login) > 40:
        raise UserError(f"'{login}' is not a usable login.", "Use letters, digits, '.' or '_', up to 40.")
    if role not in ROLES:
        raise UserError(f"'{role}' is not a role.", f"Use one of: {', '.join(ROLES)}.")
    validate_pin(pin)
    if session.scalar(select(User.id).where(User.login == login)):
        raise UserError(f"A user '{login}' already exists.", "Pick another login.")
    user = User(id=new_id(), login=login, name=name.strip() or login, role=role, pin_hash=_hasher.hash(pin))
    session.add(user)
    session.flush()
    return UserInfo(user.id, user.login, user.name, user.role)


def check_pin(session: Session, login: str, pin: str, settings: StoreSettings) -> UserInfo:
    """Verify a PIN, counting failures and locking out. Commit the session even when it raises."""
    user = session.scalar(select(User).where(User.login == login.strip().lower(), User.active.is_(True)))
    if user is not None and user.source != PLATFORM and head_office_staff(session):
        user = None  # head office's list is the store's: a user added only at this till no longer signs in
    if user is None:
        # Same message as a wrong PIN: do not tell which logins exist.
        raise AuthFailed("Unknown login or wrong PIN.", "Check your login and PIN and try again.")
    if user.locked_until and parse_iso(user.locked_until) > now():
        minutes = max(1, int((parse_iso(user.locked_until) - now()).total_seconds() // 60) + 1)
        raise LockedOut(
            f"{user.name} is locked after too many wrong PINs.",
            f"Try again in {minutes} min, or ask a manager.",
        )
    try:
        _hasher.verify(user.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        user.failed_attempts += 1
        left = settings.lockout_attempts - user.failed_attempts
        if left <= 0:
            until = now() + timedelta(minutes=settings.lockout_minutes)
            user.locked_until = until.isoformat()
            user.failed_attempts = 0
            audit.record(session, "lockout", user_id=user.id, subject=user.login)
            raise LockedOut(
                f"Too many wrong PINs: {user.name} is locked for {settings.lockout_minutes} min.",
                "Ask a manager, or wait and try again.",
            ) from None
        raise AuthFailed(
            "Unknown login or wrong PIN.", f"Check your PIN; {left} attempt(s) left before lockout."
        ) from None
    user.failed_attempts = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.pin_hash):
        user.pin_hash = _hasher.hash(pin)
    return UserInfo(user.id, user.login, user.name, user.role)


def set_pin(session: Session, login: str, pin: str) -> None:
    user = session.scalar(select(User).where(User.login == login.strip().lower()))
    if user is None:
        raise UserError(f"No user '{login}'.", "Check the login with 'cloudshelf user list'.")
    user.pin_hash = _hasher.hash(validate_pin(pin))
    user.failed_attempts = 0
    user.locked_until = None


def list_users(session: Session) -> list[UserInfo]:
    query = select(User).where(User.active.is_(True)).order_by(User.login)
    if head_office_staff(session):
        query = query.where(User.source == PLATFORM)
    rows = session.scalars(query)
    return [UserInfo(u.id, u.login, u.name, u.role) for u in rows]
